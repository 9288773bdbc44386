/*
 * t-report: unit tests of the name tables (names.c), the text report
 * (report-text.c) and the JSON report (report-json.c) over models built by
 * hand: two resolvers that disagree, two exchangers, three probes with
 * transcripts and TLS, findings and a verdict; then a model full of hostile
 * (sanitized) text, and write errors.  Prints TAP.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mxscope.h"
#include "tap.h"
#include "words.h"

/* Append a transcript line to a probe. */
static void
add_line(struct mx_probe *p, uint32_t t, char dir, int tls, int code,
    const char *esc, const char *text)
{
	struct mx_line *l;

	if (p->lines == NULL)
		p->lines = mx_xcalloc(MX_TRANSCRIPT_MAX, sizeof *p->lines);
	l = &p->lines[p->nlines++];
	l->t_ms = t;
	l->dir = dir;
	l->tls = tls;
	l->code = code;
	mx_strlcpy(l->esc, esc, sizeof l->esc);
	l->text = mx_xstrdup(text);
}

/* Set a stage reply of a probe. */
static void
set_reply(struct mx_probe *p, enum mx_stage st, int code, const char *esc,
    const char *text, uint32_t ms)
{
	p->reply[st].code = code;
	mx_strlcpy(p->reply[st].esc, esc, sizeof p->reply[st].esc);
	mx_strlcpy(p->reply[st].text, text, sizeof p->reply[st].text);
	p->stage_ms[st] = ms;
}

/* Add a finding. */
static void
add_finding(struct mx_model *m, const char *id, enum mx_severity sev,
    enum mx_actor act, const char *subject, const char *summary,
    const char *remedy)
{
	struct mx_finding *f = &m->findings[m->nfindings++];

	mx_strlcpy(f->id, id, sizeof f->id);
	f->severity = sev;
	f->actor = act;
	mx_strlcpy(f->subject, subject, sizeof f->subject);
	mx_strlcpy(f->summary, summary, sizeof f->summary);
	mx_strlcpy(f->remedy, remedy, sizeof f->remedy);
}

/* Fill caps with a typical modern exchanger's EHLO. */
static void
full_caps(struct mx_caps *c, int starttls)
{
	c->esmtp = 1;
	c->has_size = 1;
	c->size = 10240000;
	c->starttls = starttls;
	c->pipelining = 1;
	c->eightbit = 1;
	c->smtputf8 = 1;
	mx_strlcpy(c->auth, "PLAIN LOGIN", sizeof c->auth);
}

/* Build the reference model: two disagreeing resolvers, two exchangers. */
static struct mx_model *
build_model(void)
{
	struct mx_model *m = mx_xcalloc(1, sizeof *m);
	struct mx_resolver *r;
	struct mx_probe *p;

	mx_strlcpy(m->target, "user@example.org", sizeof m->target);
	mx_strlcpy(m->local, "user", sizeof m->local);
	mx_strlcpy(m->domain, "example.org", sizeof m->domain);
	m->port = 25;
	m->started_wall = 1700000000;	/* 2023-11-14 22:13:20 UTC */
	m->elapsed_ms = 1234;
	m->dns_done = 1;

	m->nresolvers = 2;
	r = &m->resolvers[0];
	mx_strlcpy(r->name, "127.0.0.1:5301", sizeof r->name);
	r->status = MX_DNS_ANSWER;
	r->rtt_ms = 12;
	r->nmx = 2;
	r->mx[0].pref = 10;
	mx_strlcpy(r->mx[0].host, "mx1.example.org", MX_HOST_MAX);
	r->mx[1].pref = 20;
	mx_strlcpy(r->mx[1].host, "mx2.example.org", MX_HOST_MAX);
	r->addr_status = MX_DNS_ANSWER;
	r->done = 1;
	r = &m->resolvers[1];
	mx_strlcpy(r->name, "[::1]:5302", sizeof r->name);
	r->status = MX_DNS_ANSWER;
	r->rtt_ms = 7;
	r->nmx = 1;
	r->mx[0].pref = 10;
	mx_strlcpy(r->mx[0].host, "mx1.example.org", MX_HOST_MAX);
	r->mx_cut = 1;
	r->addr_failures = 1;
	r->addr_status = MX_DNS_SERVFAIL;
	r->done = 1;

	m->nexch = 2;
	m->exch[0].pref = 10;
	mx_strlcpy(m->exch[0].host, "mx1.example.org", MX_HOST_MAX);
	m->exch[0].seen_by = 3;
	m->exch[0].naddr = 2;
	m->exch[0].a_status = MX_DNS_ANSWER;
	m->exch[0].aaaa_status = MX_DNS_ANSWER;
	m->exch[1].pref = 20;
	mx_strlcpy(m->exch[1].host, "mx2.example.org", MX_HOST_MAX);
	m->exch[1].seen_by = 1;
	m->exch[1].naddr = 1;
	m->exch[1].addr_cut = 1;
	m->exch[1].a_status = MX_DNS_ANSWER;
	m->exch[1].aaaa_status = MX_DNS_NODATA;

	m->nprobes = 3;
	/* mx1 over IPv4: TLS, then 550 5.1.1 at RCPT. */
	p = &m->probes[0];
	p->mx_index = 0;
	mx_strlcpy(p->addr, "127.0.0.10", sizeof p->addr);
	p->family = 4;
	p->stage = MX_ST_DONE;
	p->mark = MX_MARK_FAIL;
	p->outcome = MX_OUT_RESP;
	mx_strlcpy(p->outcome_text, "550 5.1.1 <user@example.org>: "
	    "Recipient address rejected: User unknown", sizeof p->outcome_text);
	p->failed_stage = MX_ST_RCPT;
	p->last_code = 550;
	mx_strlcpy(p->last_esc, "5.1.1", sizeof p->last_esc);
	p->stage_ms[MX_ST_CONNECT] = 1;
	set_reply(p, MX_ST_BANNER, 220, "", "mx1.example.org ESMTP", 3);
	set_reply(p, MX_ST_EHLO, 250, "", "HELP", 2);
	set_reply(p, MX_ST_STARTTLS, 220, "2.0.0", "Ready to start TLS", 1);
	p->stage_ms[MX_ST_TLS] = 9;
	set_reply(p, MX_ST_EHLO2, 250, "", "HELP", 2);
	set_reply(p, MX_ST_MAIL, 250, "2.1.0", "Ok", 1);
	set_reply(p, MX_ST_RCPT, 550, "5.1.1", "<user@example.org>: "
	    "Recipient address rejected: User unknown", 4);
	p->total_ms = 25;
	full_caps(&p->caps, 0);
	full_caps(&p->caps_plain, 1);
	p->tls.attempted = p->tls.ok = p->tls.verified = p->tls.name_ok = 1;
	mx_strlcpy(p->tls.protocol, "TLSv1.3", sizeof p->tls.protocol);
	mx_strlcpy(p->tls.cipher, "TLS_AES_256_GCM_SHA384",
	    sizeof p->tls.cipher);
	mx_strlcpy(p->tls.subject, "CN=mx1.example.org",
	    sizeof p->tls.subject);
	mx_strlcpy(p->tls.issuer, "CN=mxscope lab CA", sizeof p->tls.issuer);
	mx_strlcpy(p->tls.not_after, "Dec 31 23:59:59 2030 GMT",
	    sizeof p->tls.not_after);
	p->notes = MX_NOTE_BARE_LF | MX_NOTE_CODE_MISMATCH;
	add_line(p, 0, 'S', 0, 220, "", "220 mx1.example.org ESMTP");
	add_line(p, 3, 'C', 0, 0, "", "EHLO client.invalid");
	add_line(p, 5, 'S', 0, 250, "", "250-mx1.example.org");
	add_line(p, 5, 'S', 0, 250, "", "250 STARTTLS");
	add_line(p, 5, 'C', 0, 0, "", "STARTTLS");
	add_line(p, 6, 'S', 0, 220, "2.0.0", "220 2.0.0 Ready to start TLS");
	add_line(p, 15, 'C', 1, 0, "", "EHLO client.invalid");
	add_line(p, 17, 'S', 1, 250, "", "250 HELP");
	add_line(p, 17, 'C', 1, 0, "", "MAIL FROM:<>");
	add_line(p, 18, 'S', 1, 250, "2.1.0", "250 2.1.0 Ok");
	add_line(p, 18, 'C', 1, 0, "", "RCPT TO:<user@example.org>");
	add_line(p, 22, 'S', 1, 550, "5.1.1", "550 5.1.1 <user@example.org>: "
	    "Recipient address rejected: User unknown in virtual mailbox "
	    "table, and this reply is long enough to need wrapping");
	p->lines_dropped = 2;
	p->done = 1;

	/* mx1 over IPv6: all fine. */
	p = &m->probes[1];
	p->mx_index = 0;
	mx_strlcpy(p->addr, "::1", sizeof p->addr);
	p->family = 6;
	p->stage = MX_ST_DONE;
	p->mark = MX_MARK_OK;
	p->outcome = MX_OUT_OK;
	p->last_code = 221;
	mx_strlcpy(p->last_esc, "2.0.0", sizeof p->last_esc);
	set_reply(p, MX_ST_BANNER, 220, "", "mx1.example.org ESMTP", 2);
	set_reply(p, MX_ST_EHLO, 250, "", "HELP", 1);
	set_reply(p, MX_ST_QUIT, 221, "2.0.0", "Bye", 1);
	p->total_ms = 12000;
	full_caps(&p->caps, 0);
	full_caps(&p->caps_plain, 0);
	add_line(p, 0, 'S', 0, 220, "", "220 mx1.example.org ESMTP");
	add_line(p, 1, 'C', 0, 0, "", "QUIT");
	add_line(p, 2, 'S', 0, 221, "2.0.0", "221 2.0.0 Bye");
	p->done = 1;

	/* mx2: connection refused. */
	p = &m->probes[2];
	p->mx_index = 1;
	mx_strlcpy(p->addr, "127.0.0.20", sizeof p->addr);
	p->family = 4;
	p->stage = MX_ST_CONNECT;
	p->mark = MX_MARK_FAIL;
	p->outcome = MX_OUT_CONN;
	mx_strlcpy(p->outcome_text, "connection refused",
	    sizeof p->outcome_text);
	p->failed_stage = MX_ST_CONNECT;
	p->total_ms = 1;
	add_line(p, 1, '*', 0, 0, "", "connect: connection refused");
	p->done = 1;

	add_finding(m, "dns.resolvers_disagree", MX_SEV_WARN, MX_ACT_REMOTE,
	    "example.org", "The resolvers give different MX sets.",
	    "Compare the zone on every authoritative server.");
	add_finding(m, "dns.implicit_mx", MX_SEV_INFO, MX_ACT_NOBODY,
	    "", "An informational finding.", "");
	add_finding(m, "smtp.connect_refused", MX_SEV_ERROR, MX_ACT_REMOTE,
	    "mx2.example.org", "mx2.example.org refuses connections on "
	    "port 25.", "Ask the remote admin to start the SMTP service or "
	    "remove the MX record that points at a host without one.");
	add_finding(m, "tls.cert_expired", MX_SEV_CRIT, MX_ACT_REMOTE,
	    "mx1.example.org", "A critical finding.", "Renew it.");

	mx_strlcpy(m->verdict.reason, "userunknown", sizeof m->verdict.reason);
	mx_strlcpy(m->verdict.summary, "The mailbox user@example.org does "
	    "not exist at mx1.example.org (550 5.1.1).",
	    sizeof m->verdict.summary);
	m->verdict.exit_code = MX_EXIT_PERM;
	m->verdict.final = 1;
	return m;
}

/* Free a model built by build_model. */
static void
free_model(struct mx_model *m)
{
	int i, j;

	for (i = 0; i < m->nprobes; i++) {
		for (j = 0; j < m->probes[i].nlines; j++)
			free(m->probes[i].lines[j].text);
		free(m->probes[i].lines);
	}
	free(m);
}

/* Render a report into a new string (NUL-terminated); *rc gets its status. */
static char *
render(int (*fn)(const struct mx_model *, FILE *), const struct mx_model *m,
    int *rc)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		mx_fatalx("open_memstream failed");
	*rc = fn(m, fp);
	fclose(fp);
	return buf;
}

/* Count occurrences of needle in hay. */
static int
count(const char *hay, const char *needle)
{
	int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

/* The widest line of s, in code points. */
static int
widest_line(const char *s)
{
	int w = 0, max = 0;

	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			w = 0;
			continue;
		}
		if (((unsigned char)*s & 0xc0) != 0x80 && ++w > max)
			max = w;
	}
	return max;
}

/* Whether s holds a byte below 0x20 other than newline. */
static int
has_control(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 && *s != '\n')
			return 1;
	return 0;
}

/* Remove newlines and the spaces of indentation from s, in place. */
static void
squeeze(char *s)
{
	char *d = s;

	for (; *s != '\0'; s++)
		if (*s != '\n' && *s != ' ')
			*d++ = *s;
	*d = '\0';
}

/* Position of needle in hay, or -1. */
static long
pos(const char *hay, const char *needle)
{
	const char *p = strstr(hay, needle);

	return p == NULL ? -1 : p - hay;
}

/* Check the name tables. */
static void
test_names(void)
{
	is_str(mx_dns_status_name(MX_DNS_NXDOMAIN), "nxdomain", "dns name");
	is_str(mx_dns_status_name(MX_DNS_ERROR), "error", "last dns name");
	is_str(mx_dns_status_name(MX_DNS_NSTATUS), "unknown", "dns bound");
	is_str(mx_dns_status_name((enum mx_dns_status)-1), "unknown",
	    "dns negative");
	is_str(mx_stage_name(MX_ST_EHLO2), "ehlo2", "stage name");
	is_str(mx_stage_name(MX_ST_DONE), "done", "last stage name");
	is_str(mx_stage_name(MX_ST_NSTAGES), "unknown", "stage bound");
	is_str(mx_outcome_name(MX_OUT_INJECTION), "injection", "outcome");
	is_str(mx_outcome_name(MX_OUT_INTERNAL), "internal", "last outcome");
	is_str(mx_outcome_name((enum mx_outcome)99), "unknown",
	    "outcome bound");
	is_str(mx_severity_name(MX_SEV_WARN), "warning", "severity");
	is_str(mx_severity_name(MX_SEV_CRIT), "critical", "last severity");
	is_str(mx_actor_name(MX_ACT_BLOCKLIST), "blocklist operator", "actor");
	is_str(mx_actor_name(MX_ACT_RECIPIENT), "recipient", "last actor");
	is_str(mx_actor_name((enum mx_actor)7), "unknown", "actor bound");
	is_str(mx_mark_name(MX_MARK_FAIL), "fail", "mark");
	is_str(mx_note_name(MX_NOTE_BARE_LF), "bare_lf", "first note");
	is_str(mx_note_name(MX_NOTE_PLAIN_RETRY), "plain_retry", "last note");
	ok(mx_note_name(MX_NOTE_BARE_LF | MX_NOTE_NUL) == NULL,
	    "two bits are not one note");
	ok(mx_note_name(1 << MX_NOTE_NBITS) == NULL, "note bound");
}

/* Check the text report of the reference model. */
static void
test_text(const struct mx_model *m)
{
	char *s;
	int rc;

	s = render(mx_report_text, m, &rc);
	is_int(rc, 0, "text report writes");
	ok(strncmp(s, "Verdict: Address does not exist (userunknown)", 45) ==
	    0, "verdict in plain words on the first line");
	is_int(count(s, "(userunknown)"), 1, "verdict said once");
	ok(pos(s, "Who must act: ") > 0 && pos(s, "Exit status: 2 (permanent "
	    "failure)") > 0, "who must act, exit status");
	ok(strlen(s) > 0 && strcmp(s + strlen(s) - 1, "\n") == 0,
	    "ends with a newline");
	ok(pos(s, "Elapsed:  1.234 s") >= 0, "elapsed");
	ok(pos(s, "2023-11-14 22:13:20 UTC") >= 0, "start time");
	ok(pos(s, "local part: user") >= 0, "local part");
	ok(pos(s, "127.0.0.1:5301") >= 0 && pos(s, "[::1]:5302") >= 0,
	    "both resolvers");
	ok(pos(s, "20 mx2.example.org") >= 0, "MX set of resolver 1");
	ok(pos(s, "(more records, list cut)") >= 0, "MX cut noted");
	ok(pos(s, "(1 address lookup failed: servfail)") >= 0,
	    "address failures noted");
	ok(pos(s, "seen by all") >= 0, "mx1 seen by all");
	ok(pos(s, "mx2.example.org  seen by #1\n") >= 0, "mx2 seen by #1");
	ok(pos(s, "        127.0.0.10                  RCPT TO   refused     550 5.1.1    25ms\n") >= 0,
	    "address row: failed stage, result, reply, time aligned");
	ok(pos(s, "        ::1                         done      accepted    221 2.0.0   12.0s\n") >= 0, "ok row: done, accepted");
	ok(pos(s, "12.0s") >= 0, "long time formatted in seconds");
	ok(pos(s, "(more addresses, list cut)") >= 0, "address cut noted");
	ok(pos(s, "mx1.example.org [::1]:25") >= 0, "IPv6 in brackets");
	ok(pos(s, "refused at RCPT TO (last reply 550 5.1.1)") >= 0,
	    "probe result in words");
	ok(pos(s, "unreachable at connect") >= 0, "refused probe result");
	ok(pos(s, "SIZE 10240000, PIPELINING") >= 0, "capabilities");
	ok(pos(s, "Pre-TLS:") < 0 && pos(s, "Offers:   ESMTP, SIZE 10240000, "
	    "STARTTLS") >= 0, "lists differing only by STARTTLS: one line");
	ok(pos(s, "TLSv1.3, TLS_AES_256_GCM_SHA384") >= 0, "TLS protocol");
	ok(pos(s, "CN=mxscope lab CA") >= 0, "TLS issuer");
	ok(pos(s, "Dec 31 23:59:59 2030 GMT") >= 0, "TLS expiry");
	ok(pos(s, "chain verified; name matches") >= 0, "TLS checks");
	ok(pos(s, "bare_lf code_mismatch") >= 0, "notes");
	ok(pos(s, "       0ms  S: 220 mx1.example.org ESMTP") >= 0,
	    "server line with time offset");
	ok(pos(s, "      18ms ~C: RCPT TO:<user@example.org>") >= 0,
	    "client line inside TLS marked");
	ok(pos(s, "(2 more lines not kept)") >= 0, "dropped lines noted");
	ok(pos(s, "Remedy: Ask the remote admin") >= 0, "remedy");
	ok(pos(s, "(to act: remote admin)") >= 0, "actor");
	ok(pos(s, "tls.cert_expired") < pos(s, "smtp.connect_refused") &&
	    pos(s, "smtp.connect_refused") < pos(s, "dns.resolvers_disagree")
	    && pos(s, "dns.resolvers_disagree") < pos(s, "dns.implicit_mx"),
	    "findings sorted by severity");
	ok(pos(s, "critical  tls.cert_expired") >= 0, "severity column");
	ok(widest_line(s) <= 79, "fits 80 columns (widest %d)",
	    widest_line(s));
	ok(!has_control(s), "no control bytes");
	free(s);
}

/* Fetch a path like "mx/0/addresses/1/stage" from a JSON document. */
static json_t *
jget(json_t *j, const char *path)
{
	char buf[256], *p, *tok, *save = NULL, *end;
	long idx;

	mx_strlcpy(buf, path, sizeof buf);
	for (p = buf; j != NULL && (tok = strtok_r(p, "/", &save)) != NULL;
	    p = NULL) {
		idx = strtol(tok, &end, 10);
		if (json_is_array(j) && *end == '\0')
			j = json_array_get(j, (size_t)idx);
		else
			j = json_object_get(j, tok);
	}
	return j;
}

/* The string at path, or NULL. */
static const char *
jgets(json_t *j, const char *path)
{
	return json_string_value(jget(j, path));
}

/* The integer at path, or -12345. */
static long long
jgeti(json_t *j, const char *path)
{
	json_t *v = jget(j, path);

	return json_is_integer(v) ? json_integer_value(v) : -12345;
}

/* Check the JSON report of the reference model. */
static void
test_json(const struct mx_model *m)
{
	static const char *const contract[] = {
	    "target", "domain", "local", "elapsed_ms", "resolvers/0/server",
	    "resolvers/0/status", "resolvers/0/rtt", "resolvers/0/rtt_ms",
	    "resolvers/0/mx",
	    "resolvers/0/mx/0/preference", "resolvers/0/mx/0/host",
	    "resolvers/0/implicit_mx", "resolvers/0/null_mx",
	    "resolvers/0/mx_truncated", "mx/0/preference", "mx/0/host",
	    "mx/0/seen_by", "mx/0/addresses_truncated", "mx/0/addresses",
	    "mx/0/addresses/0/address", "mx/0/addresses/0/family",
	    "mx/0/addresses/0/stage", "mx/0/addresses/0/state",
	    "mx/0/addresses/0/outcome", "mx/0/addresses/0/outcome_text",
	    "mx/0/addresses/0/failed_stage", "mx/0/addresses/0/last_code",
	    "mx/0/addresses/0/last_enhanced", "mx/0/addresses/0/total_ms",
	    "mx/0/addresses/0/stage_ms", "mx/0/addresses/0/replies",
	    "mx/0/addresses/0/capabilities/esmtp",
	    "mx/0/addresses/0/capabilities/size",
	    "mx/0/addresses/0/capabilities/starttls",
	    "mx/0/addresses/0/capabilities/pipelining",
	    "mx/0/addresses/0/capabilities/8bitmime",
	    "mx/0/addresses/0/capabilities/smtputf8",
	    "mx/0/addresses/0/capabilities/chunking",
	    "mx/0/addresses/0/capabilities/auth",
	    "mx/0/addresses/0/capabilities_plain/starttls",
	    "mx/0/addresses/0/tls/attempted", "mx/0/addresses/0/tls/ok",
	    "mx/0/addresses/0/tls/verified", "mx/0/addresses/0/tls/name_ok",
	    "mx/0/addresses/0/tls/expired",
	    "mx/0/addresses/0/tls/not_yet_valid",
	    "mx/0/addresses/0/tls/no_cert",
	    "mx/0/addresses/0/tls/verify_code",
	    "mx/0/addresses/0/tls/verify_error",
	    "mx/0/addresses/0/tls/error", "mx/0/addresses/0/tls/protocol",
	    "mx/0/addresses/0/tls/cipher", "mx/0/addresses/0/tls/subject",
	    "mx/0/addresses/0/tls/issuer", "mx/0/addresses/0/tls/not_after",
	    "mx/0/addresses/0/notes", "mx/0/addresses/0/transcript",
	    "mx/0/addresses/0/transcript/0/t_ms",
	    "mx/0/addresses/0/transcript/0/dir",
	    "mx/0/addresses/0/transcript/0/tls",
	    "mx/0/addresses/0/transcript/0/code",
	    "mx/0/addresses/0/transcript/0/enhanced",
	    "mx/0/addresses/0/transcript/0/text",
	    "mx/0/addresses/0/transcript_dropped", "findings/0/id",
	    "findings/0/severity", "findings/0/actor", "findings/0/subject",
	    "findings/0/summary", "findings/0/remedy", "verdict/reason",
	    "verdict/summary", "verdict/exit_code", "verdict/final"
	};
	json_error_t err;
	json_t *j, *a;
	char *s;
	size_t i;
	int rc, missing = 0;

	s = render(mx_report_json, m, &rc);
	is_int(rc, 0, "json report writes");
	ok(strlen(s) > 2 && s[strlen(s) - 1] == '\n' && s[strlen(s) - 2] ==
	    '}', "one document and a trailing newline");
	ok(pos(s, "\n  \"target\": ") >= 0, "indented by 2");
	j = json_loads(s, 0, &err);
	ok(j != NULL, "json parses back (%s at line %d)",
	    j ? "ok" : err.text, err.line);
	if (j == NULL) {
		free(s);
		return;
	}
	for (i = 0; i < sizeof contract / sizeof contract[0]; i++)
		if (jget(j, contract[i]) == NULL) {
			printf("# missing %s\n", contract[i]);
			missing++;
		}
	is_int(missing, 0, "every contract field present");
	ok(pos(s, "\"target\"") < pos(s, "\"domain\"") &&
	    pos(s, "\"resolvers\"") < pos(s, "\"findings\"") &&
	    pos(s, "\"findings\"") < pos(s, "\"verdict\""),
	    "fields in document order");
	is_str(jgets(j, "target"), "user@example.org", "target");
	is_str(jgets(j, "domain"), "example.org", "domain");
	is_str(jgets(j, "local"), "user", "local");
	is_int(jgeti(j, "elapsed_ms"), 1234, "elapsed_ms");
	is_str(jgets(j, "started"), "2023-11-14T22:13:20Z", "started");
	is_int(json_array_size(jget(j, "resolvers")), 2, "two resolvers");
	is_str(jgets(j, "resolvers/1/server"), "[::1]:5302", "resolver name");
	is_str(jgets(j, "resolvers/0/status"), "answer", "resolver status");
	is_int(jgeti(j, "resolvers/0/rtt_ms"), 12, "resolver rtt_ms");
	is_int(jgeti(j, "resolvers/0/rtt"), 12, "resolver rtt (the issue's name)");
	is_int(json_array_size(jget(j, "resolvers/0/mx")), 2,
	    "resolver 0 gave two MX");
	is_int(json_array_size(jget(j, "resolvers/1/mx")), 1,
	    "resolver 1 gave one MX");
	is_int(jgeti(j, "resolvers/0/mx/1/preference"), 20, "MX preference");
	is_str(jgets(j, "resolvers/0/mx/1/host"), "mx2.example.org",
	    "MX host");
	ok(json_is_true(jget(j, "resolvers/1/mx_truncated")) &&
	    json_is_false(jget(j, "resolvers/0/mx_truncated")), "mx_truncated");
	ok(json_is_false(jget(j, "resolvers/0/null_mx")) &&
	    json_is_false(jget(j, "resolvers/0/implicit_mx")),
	    "null and implicit flags");
	is_int(json_array_size(jget(j, "mx")), 2, "two exchangers");
	a = jget(j, "mx/0/seen_by");
	ok(json_array_size(a) == 2 &&
	    strcmp(jgets(a, "0"), "127.0.0.1:5301") == 0 &&
	    strcmp(jgets(a, "1"), "[::1]:5302") == 0, "mx1 seen by both");
	a = jget(j, "mx/1/seen_by");
	ok(json_array_size(a) == 1 &&
	    strcmp(jgets(a, "0"), "127.0.0.1:5301") == 0, "mx2 seen by one");
	ok(json_is_true(jget(j, "mx/1/addresses_truncated")),
	    "addresses_truncated");
	is_int(json_array_size(jget(j, "mx/0/addresses")), 2,
	    "mx1 has two addresses");
	is_int(json_array_size(jget(j, "mx/1/addresses")), 1,
	    "mx2 has one address");
	is_str(jgets(j, "mx/0/addresses/1/address"), "::1", "address");
	is_int(jgeti(j, "mx/0/addresses/1/family"), 6, "family");
	is_str(jgets(j, "mx/0/addresses/0/stage"), "done", "stage");
	is_str(jgets(j, "mx/0/addresses/0/state"), "fail", "state");
	is_str(jgets(j, "mx/0/addresses/0/outcome"), "resp", "outcome");
	is_str(jgets(j, "mx/0/addresses/0/failed_stage"), "rcpt",
	    "failed_stage");
	ok(json_is_null(jget(j, "mx/0/addresses/1/failed_stage")),
	    "no failed_stage when ok");
	is_int(jgeti(j, "mx/0/addresses/0/last_code"), 550, "last_code");
	is_str(jgets(j, "mx/0/addresses/0/last_enhanced"), "5.1.1",
	    "last_enhanced");
	is_int(jgeti(j, "mx/0/addresses/0/total_ms"), 25, "total_ms");
	is_int(jgeti(j, "mx/0/addresses/0/stage_ms/tls"), 9, "stage_ms tls");
	is_int(jgeti(j, "mx/0/addresses/0/stage_ms/connect"), 1,
	    "stage_ms connect");
	ok(jget(j, "mx/0/addresses/0/stage_ms/helo") == NULL,
	    "stage not reached is absent");
	is_int(jgeti(j, "mx/0/addresses/0/replies/rcpt/code"), 550,
	    "reply code at rcpt");
	is_str(jgets(j, "mx/0/addresses/0/replies/rcpt/enhanced"), "5.1.1",
	    "enhanced code at rcpt");
	ok(json_is_null(jget(j, "mx/0/addresses/0/replies/banner/enhanced")),
	    "no enhanced code is null");
	is_int(jgeti(j, "mx/0/addresses/0/capabilities/size"), 10240000,
	    "SIZE");
	ok(json_is_false(jget(j, "mx/0/addresses/0/capabilities/starttls")) &&
	    json_is_true(jget(j,
	    "mx/0/addresses/0/capabilities_plain/starttls")),
	    "STARTTLS offered before TLS only");
	a = jget(j, "mx/0/addresses/0/capabilities/auth");
	ok(json_array_size(a) == 2 && strcmp(jgets(a, "1"), "LOGIN") == 0,
	    "AUTH mechanisms as array");
	is_str(jgets(j, "mx/0/addresses/0/tls/protocol"), "TLSv1.3",
	    "tls protocol");
	ok(json_is_true(jget(j, "mx/0/addresses/0/tls/verified")),
	    "tls verified");
	ok(json_is_null(jget(j, "mx/1/addresses/0/tls")),
	    "tls null when not attempted");
	a = jget(j, "mx/0/addresses/0/notes");
	ok(json_array_size(a) == 2 && strcmp(jgets(a, "0"), "bare_lf") == 0 &&
	    strcmp(jgets(a, "1"), "code_mismatch") == 0, "notes");
	is_int(json_array_size(jget(j, "mx/0/addresses/0/transcript")), 12,
	    "transcript length");
	is_str(jgets(j, "mx/0/addresses/0/transcript/10/dir"), "C", "dir");
	ok(json_is_true(jget(j, "mx/0/addresses/0/transcript/10/tls")),
	    "line inside TLS");
	is_int(jgeti(j, "mx/0/addresses/0/transcript/11/t_ms"), 22, "t_ms");
	is_int(jgeti(j, "mx/0/addresses/0/transcript/11/code"), 550,
	    "line code");
	ok(json_is_null(jget(j, "mx/0/addresses/0/transcript/10/code")),
	    "client line has null code");
	is_int(jgeti(j, "mx/0/addresses/0/transcript_dropped"), 2,
	    "transcript_dropped");
	is_int(json_array_size(jget(j, "findings")), 4, "four findings");
	is_str(jgets(j, "findings/2/id"), "smtp.connect_refused", "finding id");
	is_str(jgets(j, "findings/2/severity"), "error", "finding severity");
	is_str(jgets(j, "findings/2/actor"), "remote admin", "finding actor");
	is_str(jgets(j, "findings/2/subject"), "mx2.example.org",
	    "finding subject");
	is_str(jgets(j, "verdict/reason"), "userunknown", "verdict reason");
	is_int(jgeti(j, "verdict/exit_code"), 2, "verdict exit code");
	ok(json_is_true(jget(j, "verdict/final")), "verdict final");
	json_decref(j);
	free(s);
}

/* Hostile bytes, sanitized the way the engine does before the model. */
static void
put_hostile(char *dst, size_t sz, const char *raw, size_t len)
{
	mx_sanitize(dst, sz, raw, len);
}

/* A model full of hostile (sanitized) text stays valid JSON and clean text. */
/* Our source IP in the header and the JSON; --redact hides it (and the
 * local parts) but not an address that merely starts with it. */
static void
test_source(struct mx_model *m)
{
	struct mx_report_ctx c;
	char *buf = NULL, saved[80];
	size_t len = 0;
	FILE *fp;

	mx_strlcpy(m->probes[0].local, "192.0.2.7", sizeof m->probes[0].local);
	mx_strlcpy(m->probes[1].local, "192.0.2.7", sizeof m->probes[1].local);
	mx_strlcpy(m->probes[2].local, "2001:db8::7",
	    sizeof m->probes[2].local);
	mx_strlcpy(saved, m->resolvers[0].name, sizeof saved);
	mx_strlcpy(m->resolvers[0].name, "192.0.2.71:53",
	    sizeof m->resolvers[0].name);
	memset(&c, 0, sizeof c);
	c.from = "alice@example.net";
	c.helo = "[192.0.2.7]";
	fp = open_memstream(&buf, &len);
	is_int(mx_report_text_ctx(m, &c, fp), 0, "report with a context");
	fclose(fp);
	ok(pos(buf, "Our IP:   192.0.2.7, 2001:db8::7\n") >= 0,
	    "the header names our source IPs, each once");
	free(buf);
	buf = NULL;
	c.redact = 1;
	fp = open_memstream(&buf, &len);
	is_int(mx_report_text_ctx(m, &c, fp), 0, "redacted report");
	fclose(fp);
	ok(pos(buf, "Our IP:   [our IP], [our IP]\n") >= 0,
	    "--redact: our source IPs replaced");
	ok(pos(buf, "EHLO [[our IP]]") >= 0, "also in the EHLO literal");
	is_int(count(buf, "192.0.2.7"), count(buf, "192.0.2.71"),
	    "192.0.2.7 appears nowhere else");
	ok(pos(buf, "192.0.2.71:53") >= 0,
	    "an address that starts with ours is kept");
	ok(pos(buf, "[local]@example.net") >= 0 && pos(buf,
	    "alice@") < 0, "the sender's local part is replaced");
	free(buf);
	buf = NULL;
	/* Our IP behind a tag is an address too: an IPv6 EHLO literal
	 * (RFC 5321 §4.1.3), an SPF term a remedy names (RFC 7208). */
	c.helo = "[IPv6:2001:db8::7] ip4:192.0.2.7 xip4:192.0.2.7";
	fp = open_memstream(&buf, &len);
	is_int(mx_report_text_ctx(m, &c, fp), 0, "redacted report, tags");
	fclose(fp);
	ok(pos(buf, "EHLO [IPv6:[our IP]] ip4:[our IP] xip4:192.0.2.7") >= 0,
	    "--redact: our IP after IPv6: and ip4: is replaced");
	ok(pos(buf, "2001:db8::7") < 0, "our IPv6 address appears nowhere");
	free(buf);
	buf = NULL;
	c.helo = "[192.0.2.7]";
	fp = open_memstream(&buf, &len);
	is_int(mx_report_json(m, fp), 0, "JSON with source IPs");
	fclose(fp);
	ok(pos(buf, "\"source_ips\": [") >= 0 && count(buf, "\"2001:db8::7\"")
	    == 2, "JSON source_ips");
	ok(pos(buf, "\"source_ip\": \"192.0.2.7\"") >= 0,
	    "JSON source_ip per address");
	free(buf);
	mx_strlcpy(m->resolvers[0].name, saved, sizeof m->resolvers[0].name);
	m->probes[0].local[0] = m->probes[1].local[0] = '\0';
	m->probes[2].local[0] = '\0';
}

static void
test_hostile(void)
{
	static const char raw[] = "\x1b[31mred\x1b]0;title\x07 \"q\" \\ "
	    "\x9b\xc2\x9b \xe2\x80\xae rtl \xff\xfe \x00nul\r\n"
	    "{\"id\":1} </script> \xf0\x9f\x93\xa7 end";
	struct mx_model *m = build_model();
	struct mx_probe *p = &m->probes[0];
	char buf[MX_TEXT_MAX];
	json_error_t err;
	json_t *j;
	char *s;
	int rc;

	put_hostile(buf, sizeof buf, raw, sizeof raw - 1);
	ok(strchr(buf, '\x1b') == NULL && strstr(buf, "^[") != NULL,
	    "sanitizer made ESC visible");
	mx_strlcpy(m->verdict.summary, buf, sizeof m->verdict.summary);
	mx_strlcpy(m->findings[0].summary, buf, MX_TEXT_MAX);
	mx_strlcpy(m->findings[0].subject, buf, MX_HOST_MAX);
	mx_strlcpy(p->outcome_text, buf, sizeof p->outcome_text);
	mx_strlcpy(p->tls.subject, buf, sizeof p->tls.subject);
	mx_strlcpy(p->reply[MX_ST_BANNER].text, buf, MX_TEXT_MAX);
	mx_strlcpy(m->exch[1].host, buf, MX_HOST_MAX);
	mx_strlcpy(m->resolvers[1].mx[0].host, buf, MX_HOST_MAX);
	free(p->lines[0].text);
	p->lines[0].text = mx_xstrdup(buf);

	s = render(mx_report_json, m, &rc);
	is_int(rc, 0, "hostile json writes");
	j = json_loads(s, 0, &err);
	ok(j != NULL, "hostile json parses (%s)", j ? "ok" : err.text);
	is_str(jgets(j, "verdict/summary"), buf, "verdict text round-trips");
	is_str(jgets(j, "mx/0/addresses/0/transcript/0/text"), buf,
	    "transcript text round-trips");
	is_str(jgets(j, "mx/1/host"), buf, "host round-trips");
	json_decref(j);
	free(s);

	s = render(mx_report_text, m, &rc);
	is_int(rc, 0, "hostile text writes");
	if (getenv("T_REPORT_SHOW") != NULL)
		fputs(s, stderr);
	ok(!has_control(s), "hostile text report has no control bytes");
	ok(widest_line(s) <= 79, "hostile text fits 80 columns (widest %d)",
	    widest_line(s));
	free(s);

	/* Defence in depth: unsanitized invalid UTF-8 becomes null. */
	mx_strlcpy(m->verdict.summary, "bad \xff\xfe utf8",
	    sizeof m->verdict.summary);
	s = render(mx_report_json, m, &rc);
	j = json_loads(s, 0, &err);
	ok(j != NULL && json_is_null(jget(j, "verdict/summary")),
	    "invalid UTF-8 yields null, document stays valid");
	json_decref(j);
	free(s);
	free_model(m);
}

/* Edge cases: empty model, long words, null MX, implicit MX. */
static void
test_edges(void)
{
	struct mx_model *m = mx_xcalloc(1, sizeof *m);
	json_error_t err;
	json_t *j;
	char *s, want[301];
	int rc;

	mx_strlcpy(m->target, "example.net", sizeof m->target);
	mx_strlcpy(m->domain, "example.net", sizeof m->domain);
	m->port = 25;
	m->running = 1;
	s = render(mx_report_text, m, &rc);
	ok(rc == 0 && pos(s, "Verdict: Checking...") == 0 &&
	    pos(s, "checks not finished") > 0 && pos(s, "Started:  unknown") >
	    0, "empty model: text report");
	free(s);
	/* A running check says what it checks once, not "Checking...
	 * Checking example.net..." (the dashboard's live header). */
	mx_strlcpy(m->verdict.summary, "Checking example.net...",
	    sizeof m->verdict.summary);
	mx_words_verdict_line(m, want, sizeof want);
	is_str(want, "Verdict: Checking example.net...",
	    "running: the verdict line says Checking once");
	m->verdict.summary[0] = '\0';
	/* The second actor (the JSON's actor_also) is said too: the fix of
	 * a listing asks us to request delisting. */
	m->running = 0;
	m->verdict.final = 1;
	mx_strlcpy(m->verdict.reason, "blocked", sizeof m->verdict.reason);
	m->verdict.actor = MX_ACT_BLOCKLIST;
	m->verdict.actor_also = MX_ACT_US;
	m->verdict.has_also = 1;
	mx_words_act_line(m, want, sizeof want);
	ok(strncmp(want, "Who must act: blocklist operator. Also: us. ", 44) ==
	    0, "act line: both actors, as the JSON's actor and actor_also");
	memset(&m->verdict, 0, sizeof m->verdict);
	m->running = 1;
	s = render(mx_report_json, m, &rc);
	j = json_loads(s, 0, &err);
	ok(rc == 0 && j != NULL && json_is_null(jget(j, "verdict/reason")) &&
	    json_array_size(jget(j, "mx")) == 0 &&
	    json_is_null(jget(j, "started")), "empty model: json");
	json_decref(j);
	free(s);

	m->nresolvers = 2;
	mx_strlcpy(m->resolvers[0].name, "127.0.0.53", 80);
	m->resolvers[0].status = MX_DNS_ANSWER;
	m->resolvers[0].null_mx = 1;
	m->resolvers[0].nmx = 1;
	mx_strlcpy(m->resolvers[0].mx[0].host, ".", MX_HOST_MAX);
	mx_strlcpy(m->resolvers[1].name,
	    "[2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff]:5353", 80);
	m->resolvers[1].status = MX_DNS_NODATA;
	m->resolvers[1].implicit = 1;
	m->nfindings = 1;
	m->findings[0].severity = MX_SEV_ERROR;
	mx_strlcpy(m->findings[0].id, "dns.null_mx", 48);
	memset(m->findings[0].summary, 'x', 300);
	mx_strlcpy(m->verdict.reason, "notaccept", sizeof m->verdict.reason);
	m->verdict.exit_code = MX_EXIT_PERM;
	s = render(mx_report_text, m, &rc);
	ok(pos(s, "0 . (null MX: no mail)") > 0, "null MX shown");
	ok(pos(s, "implicit MX") > 0, "implicit MX shown");
	ok(pos(s, "eeee:ffff]:5353\n") > 0, "long resolver name on its line");
	ok(widest_line(s) <= 79, "long words wrap (widest %d)",
	    widest_line(s));
	squeeze(s);
	memset(want, 'x', 300);
	want[300] = '\0';
	ok(pos(s, want) > 0 && count(s, want) == 1 && strstr(s, "xxx") ==
	    strstr(s, want), "no text lost in wrapping");
	free(s);
	s = render(mx_report_json, m, &rc);
	j = json_loads(s, 0, &err);
	ok(j != NULL && json_is_true(jget(j, "resolvers/0/null_mx")) &&
	    json_is_true(jget(j, "resolvers/1/implicit_mx")),
	    "null and implicit MX in json");
	json_decref(j);
	free(s);
	free(m);
}

/* Write errors are reported as -1. */
static void
test_write_error(void)
{
	struct mx_model *m = build_model();
	FILE *fp;

	if ((fp = fopen("/dev/full", "w")) == NULL) {
		ok(1, "# SKIP no /dev/full");
		ok(1, "# SKIP no /dev/full");
	} else {
		is_int(mx_report_text(m, fp), -1, "text: write error is -1");
		clearerr(fp);
		is_int(mx_report_json(m, fp), -1, "json: write error is -1");
		fclose(fp);
	}
	free_model(m);
}

/* Whether the man page marks word in bold on some .B/.BR/.RB line. */
static int
man_has_bold(const char *man, const char *word)
{
	char line[512], tok[128], *p, *t, *save = NULL;
	const char *nl;
	size_t n, i, o;

	for (; *man != '\0'; man = *nl ? nl + 1 : nl) {
		nl = strchr(man, '\n');
		if (nl == NULL)
			nl = man + strlen(man);
		n = (size_t)(nl - man);
		if (n < 3 || n >= sizeof line || man[0] != '.' ||
		    (strncmp(man, ".B", 2) != 0 && strncmp(man, ".RB", 3) != 0))
			continue;
		memcpy(line, man, n);
		line[n] = '\0';
		for (p = line; (t = strtok_r(p, " \"{},", &save)) != NULL;
		    p = NULL) {
			for (i = o = 0; t[i] != '\0' && o < sizeof tok - 1; i++)
				if (!(t[i] == '\\' && t[i + 1] == '-'))
					tok[o++] = t[i];
			tok[o] = '\0';
			if (strcmp(tok, word) == 0)
				return 1;
		}
	}
	return 0;
}

static int	man_check_keys(const char *, json_t *, const char *);

/* The records of --batch --json: one line each, "line" first, every key
 * documented. */
static void
test_batch_records(const char *man, const struct mx_model *m)
{
	FILE *fp = tmpfile();
	char buf[256 * 1024];
	size_t n;
	json_t *j;
	char *nl;

	if (fp == NULL) {
		ok(0, "tmpfile");
		return;
	}
	ok(mx_report_json_line(m, 42, fp) == 0 && mx_report_json_error(7,
	    "a@b@example.org", "more than one '@'", fp) == 0,
	    "batch records written");
	rewind(fp);
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	nl = strchr(buf, '\n');
	ok(nl != NULL && strncmp(buf, "{\"line\":42,\"schema_version\":", 28)
	    == 0, "batch record: one line, \"line\" first");
	if (nl == NULL)
		return;
	*nl = '\0';
	ok(strchr(nl + 1, '\n') == nl + 1 + strlen(nl + 1) - 1,
	    "the error record is the second and last line");
	j = json_loads(buf, 0, NULL);
	is_int(man_check_keys(man, j, "batch"), 0,
	    "every key of a batch record is documented in mxscope.1");
	json_decref(j);
	j = json_loads(nl + 1, 0, NULL);
	ok(json_is_string(json_object_get(j, "error")) &&
	    json_integer_value(json_object_get(j, "line")) == 7,
	    "the error record has its line and error");
	is_int(man_check_keys(man, j, "batch error"), 0,
	    "every key of a batch error record is documented in mxscope.1");
	json_decref(j);
}

/* Check every key of a JSON value is documented in the man page. */
static int
man_check_keys(const char *man, json_t *j, const char *where)
{
	const char *key;
	json_t *v;
	size_t i;
	int bad = 0;

	if (json_is_object(j)) {
		json_object_foreach(j, key, v) {
			if (!man_has_bold(man, key)) {
				printf("# %s: key \"%s\" not in mxscope.1\n",
				    where, key);
				bad++;
			}
			bad += man_check_keys(man, v, key);
		}
	} else if (json_is_array(j))
		for (i = 0; i < json_array_size(j); i++)
			bad += man_check_keys(man, json_array_get(j, i), where);
	return bad;
}

/* Whether the quoted string at p (n bytes) starts with one of prefixes. */
static int
has_prefix(const char *p, const char *const *prefixes)
{
	for (; *prefixes != NULL; prefixes++)
		if (strncmp(p, *prefixes, strlen(*prefixes)) == 0)
			return 1;
	return 0;
}

/* Count the finding ids (with one of prefixes) quoted in file that the
 * man page lacks; fewer than min ids found counts as a failure too. */
static int
diag_ids_undocumented(const char *man, const char *top, const char *file,
    const char *const *prefixes, int min)
{
	char path[1024], *src, *p, *q, id[64];
	size_t len, n;
	FILE *fp;
	int bad = 0, seen = 0;

	snprintf(path, sizeof path, "%s/%s", top ? top : ".", file);
	if ((fp = fopen(path, "r")) == NULL) {
		printf("# cannot read %s\n", path);
		return 1;
	}
	src = mx_xcalloc(1, 512 * 1024);
	len = fread(src, 1, 512 * 1024 - 1, fp);
	fclose(fp);
	src[len] = '\0';
	for (p = src; (p = strchr(p, '"')) != NULL; p = q + 1) {
		if ((q = strchr(p + 1, '"')) == NULL)
			break;
		n = (size_t)(q - p - 1);
		if (n >= sizeof id || !has_prefix(p + 1, prefixes) ||
		    strspn(p + 1, "abcdefghijklmnopqrstuvwxyz0123456789._") != n)
			continue;
		memcpy(id, p + 1, n);
		id[n] = '\0';
		if (strcmp(id + n - 2, ".h") == 0 ||
		    strcmp(id + n - 2, ".c") == 0)
			continue;	/* an #include, not an id */
		seen++;
		if (!man_has_bold(man, id)) {
			printf("# finding %s (%s) not in mxscope.1\n", id,
			    file);
			bad++;
		}
	}
	free(src);
	if (seen < min) {
		printf("# only %d finding ids found in %s\n", seen, path);
		bad++;
	}
	return bad;
}

/* Every JSON key and finding id the reports use is in the man page. */
static void
test_man(const struct mx_model *m)
{
	static const char *const ids[] = {
	    "dns.nxdomain", "dns.servfail", "dns.timeout", "dns.implicit_mx",
	    "dns.null_mx", "dns.resolvers_disagree", "smtp.connect_refused",
	    "smtp.connect_timeout", "smtp.no_banner",
	    "smtp.starttls_injection", "tls.unavailable", "tls.cert_untrusted",
	    "tls.cert_name_mismatch", "tls.cert_expired"
	};
	static const char *const live[] = { "dns.", "smtp.", "tls.", NULL };
	static const char *const ndr[] = { "ndr.", NULL };
	static const char *const policy[] = { "spf.", "dmarc.", "dkim.", NULL };
	const char *top = getenv("top_srcdir");
	struct mx_model *bm;
	char path[1024], *man = NULL, *s;
	size_t len = 0, i;
	json_t *j;
	FILE *fp;
	int rc, bad = 0, bit;

	snprintf(path, sizeof path, "%s/man/mxscope.1", top ? top : ".");
	if ((fp = fopen(path, "r")) != NULL) {
		man = mx_xcalloc(1, 256 * 1024);
		len = fread(man, 1, 256 * 1024 - 1, fp);
		fclose(fp);
	}
	ok(man != NULL && len > 1000, "man page readable at %s", path);
	if (man == NULL)
		return;
	s = render(mx_report_json, m, &rc);
	j = json_loads(s, 0, NULL);
	is_int(man_check_keys(man, j, "top"), 0,
	    "every JSON key is documented in mxscope.1");
	json_decref(j);
	free(s);
	/* The same with a bounce's evidence (a shallow copy: only read). */
	bm = mx_xmalloc(sizeof *bm);
	*bm = *m;
	memset(&bm->bounce, 0, sizeof bm->bounce);
	bm->bounce.present = 1;
	mx_strlcpy(bm->bounce.source, "pasted", sizeof bm->bounce.source);
	mx_strlcpy(bm->bounce.mta, "Postfix", sizeof bm->bounce.mta);
	mx_strlcpy(bm->bounce.address, "u@example.org",
	    sizeof bm->bounce.address);
	mx_strlcpy(bm->bounce.reason, "blocked", sizeof bm->bounce.reason);
	mx_strlcpy(bm->bounce.status, "5.7.1", sizeof bm->bounce.status);
	mx_strlcpy(bm->bounce.diagnostic, "554 5.7.1 blocked",
	    sizeof bm->bounce.diagnostic);
	mx_strlcpy(bm->bounce.remote_mta, "mx.example.org",
	    sizeof bm->bounce.remote_mta);
	mx_strlcpy(bm->bounce.command, "MAIL", sizeof bm->bounce.command);
	bm->bounce.replycode = 554;
	bm->bounce.msg_size = 1234;
	bm->bounce.nips = 1;
	mx_strlcpy(bm->bounce.ips[0].ip, "192.0.2.1",
	    sizeof bm->bounce.ips[0].ip);
	mx_strlcpy(bm->bounce.ips[0].ptr, "a.example.org",
	    sizeof bm->bounce.ips[0].ptr);
	bm->bounce.ips[0].status = MX_DNS_ANSWER;
	s = render(mx_report_json, bm, &rc);
	j = json_loads(s, 0, NULL);
	ok(json_is_object(jget(j, "bounce/ips/0")), "json has a bounce object");
	is_int(man_check_keys(man, jget(j, "bounce"), "bounce"), 0,
	    "every key of the bounce object is documented in mxscope.1");
	json_decref(j);
	free(s);
	free(bm);
	for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if (!man_has_bold(man, ids[i])) {
			printf("# finding %s not in mxscope.1\n", ids[i]);
			bad++;
		}
	for (bit = 0; bit < MX_NOTE_NBITS; bit++)
		if (!man_has_bold(man, mx_note_name(1 << bit))) {
			printf("# note %s not in mxscope.1\n",
			    mx_note_name(1 << bit));
			bad++;
		}
	for (i = 0; i <= MX_OUT_INTERNAL; i++)
		if (!man_has_bold(man, mx_outcome_name((enum mx_outcome)i))) {
			printf("# outcome %s not in mxscope.1\n",
			    mx_outcome_name((enum mx_outcome)i));
			bad++;
		}
	for (i = 0; i < MX_DNS_NSTATUS; i++)
		if (!man_has_bold(man,
		    mx_dns_status_name((enum mx_dns_status)i)))
			bad++;
	for (i = 0; i <= MX_MARK_FAIL; i++)
		if (!man_has_bold(man, mx_mark_name((enum mx_mark)i)))
			bad++;
	for (i = 0; i < MX_FAIL_N; i++)
		if (!man_has_bold(man, mx_fail_name((enum mx_fail)i))) {
			printf("# fail class %s not in mxscope.1\n",
			    mx_fail_name((enum mx_fail)i));
			bad++;
		}
	is_int(bad, 0, "finding ids, notes, outcomes, statuses and marks "
	    "are documented");
	is_int(diag_ids_undocumented(man, top, "src/core/diag.c", live, 14), 0,
	    "every finding id in src/core/diag.c is documented");
	is_int(diag_ids_undocumented(man, top, "src/core/diag-mxhosts.c", live,
	    7), 0, "every finding id in src/core/diag-mxhosts.c is documented");
	is_int(diag_ids_undocumented(man, top, "src/core/diag-equalpref.c",
	    live, 1), 0, "every finding id in src/core/diag-equalpref.c is "
	    "documented");
	is_int(diag_ids_undocumented(man, top, "src/core/diag-probe.c", live,
	    10), 0, "every finding id in src/core/diag-probe.c is documented");
	is_int(diag_ids_undocumented(man, top, "src/core/diag-bounce.c", ndr, 5), 0,
	    "every finding id in src/core/diag-bounce.c is documented");
	is_int(diag_ids_undocumented(man, top, "src/policy/policy-diag.c",
	    policy, 10), 0,
	    "every finding id in src/policy/policy-diag.c is documented");
	ok(!man_has_bold(man, "no_such_key_anywhere"),
	    "the documentation check can fail");
	test_batch_records(man, m);
	free(man);
}

/* Run every test. */
int
main(void)
{
	struct mx_model *m;

	test_names();
	m = build_model();
	test_text(m);
	test_json(m);
	test_man(m);
	test_source(m);
	if (getenv("T_REPORT_SHOW") != NULL) {
		mx_report_text(m, stderr);
		mx_report_json(m, stderr);
	}
	free_model(m);
	test_hostile();
	test_edges();
	test_write_error();
	return tap_done();
}
