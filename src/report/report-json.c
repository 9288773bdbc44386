/*
 * report-json: the whole model of one run as one JSON document (RFC 8259),
 * built with jansson.  The field names are a contract documented in
 * mxscope(1), section JSON OUTPUT: add fields, never rename them.  All text
 * in the model was sanitized on entry, so it is valid UTF-8; anything that
 * jansson still refuses becomes null rather than a broken document.
 * Reply codes carry their RFC 3463 enhanced status codes; stage names follow
 * RFC 5321 §3 and RFC 3207.
 */
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "mxscope.h"

#define MX_JSON_SCHEMA_VERSION	3	/* bumped when fields are added */
#include "mailbox.h"
#include "policy.h"
#include "report-dane.h"

/* A JSON string from sanitized text, or null if jansson refuses it. */
static json_t *
jstr(const char *s)
{
	json_t *j;

	if (s == NULL)
		return json_null();
	if ((j = json_string(s)) == NULL)
		return json_null();
	return j;
}

/* A JSON string, or null when s is empty. */
static json_t *
jstr_or_null(const char *s)
{
	if (s == NULL || *s == '\0')
		return json_null();
	return jstr(s);
}

/* Set key on obj to a new reference (jansson steals it). */
static void
set(json_t *obj, const char *key, json_t *val)
{
	if (val == NULL)
		val = json_null();
	json_object_set_new(obj, key, val);
}

/* The start time as ISO 8601 UTC, or null when unknown. */
static json_t *
started_json(int64_t wall)
{
	char buf[32];
	time_t t = (time_t)wall;
	struct tm tm;

	if (wall <= 0 || gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		return json_null();
	return json_string(buf);
}

/* The exchanger addresses a resolver gave, with their TTLs. */
static json_t *
resolver_addrs_json(const struct mx_resolver *r, const char *domain)
{
	json_t *a = json_array(), *e;
	int i;

	for (i = 0; i < r->naddrs && i < (int)(sizeof r->addrs /
	    sizeof r->addrs[0]); i++) {
		const struct mx_resaddr *x = &r->addrs[i];
		e = json_object();
		set(e, "host", jstr(x->mx >= 0 && x->mx < r->nmx ?
		    r->mx[x->mx].host : domain));
		set(e, "address", jstr(x->addr));
		set(e, "ttl", json_integer(x->ttl));
		json_array_append_new(a, e);
	}
	return a;
}

/* One resolver and the MX set it gave. */
static json_t *
resolver_json(const struct mx_resolver *r, const char *domain)
{
	json_t *o = json_object(), *mx = json_array(), *e;
	int i;

	set(o, "server", jstr(r->name));
	set(o, "status", json_string(mx_dns_status_name(r->status)));
	/* "rtt" is the name (milliseconds); "rtt_ms" says the unit. */
	set(o, "rtt", r->status == MX_DNS_PENDING || r->rtt_ms < 0 ?
	    json_null() : json_integer(r->rtt_ms));
	set(o, "rtt_ms", r->status == MX_DNS_PENDING || r->rtt_ms < 0 ?
	    json_null() : json_integer(r->rtt_ms));
	for (i = 0; i < r->nmx && i < MX_MAX_EXCHANGERS; i++) {
		e = json_object();
		set(e, "preference", json_integer(r->mx[i].pref));
		set(e, "host", jstr(r->mx[i].host));
		set(e, "ttl", json_integer(r->mx[i].ttl));
		json_array_append_new(mx, e);
	}
	set(o, "mx", mx);
	set(o, "addresses", resolver_addrs_json(r, domain));
	set(o, "soa_status", json_string(mx_dns_status_name(r->soa_status)));
	set(o, "soa_zone", r->has_soa ? jstr(r->soa_zone) : json_null());
	set(o, "soa_serial", r->has_soa ? json_integer(r->soa_serial) :
	    json_null());
	set(o, "soa_ttl", r->has_soa ? json_integer(r->soa_ttl) :
	    json_null());
	set(o, "implicit_mx", json_boolean(r->implicit));
	set(o, "null_mx", json_boolean(r->null_mx));
	set(o, "mx_truncated", json_boolean(r->mx_cut));
	set(o, "address_failures", json_integer(r->addr_failures));
	set(o, "address_status", json_string(
	    mx_dns_status_name(r->addr_status)));
	set(o, "done", json_boolean(r->done));
	return o;
}

/* EHLO capabilities as an object; auth is an array of mechanisms. */
static json_t *
caps_json(const struct mx_caps *c)
{
	json_t *o = json_object(), *auth = json_array();
	char buf[sizeof c->auth], *p, *tok, *save = NULL;

	set(o, "esmtp", json_boolean(c->esmtp));
	set(o, "size", c->has_size ? json_integer(c->size) : json_null());
	set(o, "starttls", json_boolean(c->starttls));
	set(o, "pipelining", json_boolean(c->pipelining));
	set(o, "8bitmime", json_boolean(c->eightbit));
	set(o, "smtputf8", json_boolean(c->smtputf8));
	set(o, "chunking", json_boolean(c->chunking));
	mx_strlcpy(buf, c->auth, sizeof buf);
	for (p = buf; (tok = strtok_r(p, " \t", &save)) != NULL; p = NULL)
		json_array_append_new(auth, jstr(tok));
	set(o, "auth", auth);
	return o;
}

/* The TLS result, or null when no handshake was attempted. */
static json_t *
tls_json(const struct mx_tls *t)
{
	json_t *o;

	if (!t->attempted)
		return json_null();
	o = json_object();
	set(o, "attempted", json_boolean(t->attempted));
	set(o, "ok", json_boolean(t->ok));
	set(o, "verified", json_boolean(t->verified));
	set(o, "name_ok", json_boolean(t->name_ok));
	set(o, "expired", json_boolean(t->expired));
	set(o, "not_yet_valid", json_boolean(t->not_yet_valid));
	set(o, "no_cert", json_boolean(t->no_cert));
	set(o, "verify_code", json_integer(t->verify_code));
	set(o, "verify_error", jstr_or_null(t->verify_error));
	set(o, "error", jstr_or_null(t->error));
	set(o, "protocol", jstr_or_null(t->protocol));
	set(o, "cipher", jstr_or_null(t->cipher));
	set(o, "subject", jstr_or_null(t->subject));
	set(o, "issuer", jstr_or_null(t->issuer));
	set(o, "not_after", jstr_or_null(t->not_after));
	return o;
}

/* Whether a probe reached stage st (for stage_ms). */
static int
stage_reached(const struct mx_probe *p, int st)
{
	if (p->stage_ms[st] != 0 || p->reply[st].code != 0)
		return 1;
	if (st == MX_ST_CONNECT)
		return p->stage > MX_ST_PENDING;
	if (st == MX_ST_TLS)
		return p->tls.attempted;
	return 0;
}

/* Milliseconds per stage reached, and the replies seen per stage. */
static void
stages_json(const struct mx_probe *p, json_t **ms, json_t **replies)
{
	const struct mx_stage_reply *r;
	json_t *e;
	int st;

	*ms = json_object();
	*replies = json_object();
	for (st = MX_ST_CONNECT; st < MX_ST_DONE; st++) {
		if (stage_reached(p, st))
			set(*ms, mx_stage_name(st), json_integer(
			    p->stage_ms[st]));
		r = &p->reply[st];
		if (r->code == 0)
			continue;
		e = json_object();
		set(e, "code", json_integer(r->code));
		set(e, "enhanced", jstr_or_null(r->esc));
		set(e, "text", jstr(r->text));
		set(*replies, mx_stage_name(st), e);
	}
}

/* The transcript: one object per line. */
static json_t *
transcript_json(const struct mx_probe *p)
{
	const struct mx_line *l;
	json_t *a = json_array(), *e;
	char dir[2];
	int i;

	for (i = 0; p->lines != NULL && i < p->nlines &&
	    i < MX_TRANSCRIPT_MAX; i++) {
		l = &p->lines[i];
		dir[0] = l->dir != '\0' ? l->dir : '?';
		dir[1] = '\0';
		e = json_object();
		set(e, "t_ms", json_integer(l->t_ms));
		set(e, "dir", jstr(dir));
		set(e, "tls", json_boolean(l->tls));
		set(e, "pipelined", json_boolean(l->group));
		set(e, "code", l->code > 0 ? json_integer(l->code) :
		    json_null());
		set(e, "enhanced", jstr_or_null(l->esc));
		set(e, "text", jstr(l->text != NULL ? l->text : ""));
		/* Schema 3: the line as sent, escaped only as JSON escapes
		 * (null when it is not UTF-8; text shows it escaped). */
		set(e, "text_raw", l->raw != NULL ? json_stringn(l->raw,
		    l->raw_len) : jstr(l->text != NULL ? l->text : ""));
		json_array_append_new(a, e);
	}
	return a;
}

/* One exchanger address with its SMTP result. */
static json_t *
probe_json(const struct mx_model *m, const struct mx_probe *p)
{
	json_t *o = json_object(), *notes = json_array(), *ms, *replies;
	int bit;

	set(o, "address", jstr(p->addr));
	set(o, "family", json_integer(p->family));
	set(o, "source_ip", jstr_or_null(p->local));	/* schema 3 */
	set(o, "ptr", jstr_or_null(p->ptr));
	set(o, "ptr_status", json_string(mx_dns_status_name(p->ptr_status)));
	set(o, "ptr_confirmed", p->ptr_fcrdns == MX_FCRDNS_UNKNOWN ?
	    json_null() : json_boolean(p->ptr_fcrdns == MX_FCRDNS_YES));
	set(o, "banner_name", jstr_or_null(p->banner_name));
	set(o, "ehlo_name", jstr_or_null(p->ehlo_name));
	set(o, "alt_port", p->alt_tried ? json_integer(p->alt_port) :
	    json_null());
	set(o, "retried", json_integer(p->retried));
	set(o, "retry_code", p->retried ? json_integer(p->retry_code) :
	    json_null());
	set(o, "stage", json_string(mx_stage_name(p->stage)));
	set(o, "state", json_string(mx_mark_name(p->mark)));
	set(o, "outcome", json_string(mx_outcome_name(p->outcome)));
	set(o, "outcome_text", jstr(p->outcome_text));
	set(o, "fail", json_string(mx_fail_name(p->fail)));
	set(o, "reply_all", jstr_or_null(p->reply_all));
	set(o, "failed_stage", p->outcome == MX_OUT_OK ||
	    p->outcome == MX_OUT_NONE ? json_null() :
	    json_string(mx_stage_name(p->failed_stage)));
	set(o, "last_code", p->last_code > 0 ? json_integer(p->last_code) :
	    json_null());
	set(o, "last_enhanced", jstr_or_null(p->last_esc));
	set(o, "done", json_boolean(p->done));
	set(o, "total_ms", json_integer(p->total_ms));
	stages_json(p, &ms, &replies);
	set(o, "stage_ms", ms);
	set(o, "replies", replies);
	set(o, "capabilities", caps_json(&p->caps));
	set(o, "capabilities_plain", caps_json(&p->caps_plain));
	set(o, "tls", tls_json(&p->tls));
	set(o, "dane", mx__report_json_dane(m, p));	/* RFC 7672 */
	for (bit = 0; bit < MX_NOTE_NBITS; bit++)
		if (p->notes & (1 << bit))
			json_array_append_new(notes,
			    json_string(mx_note_name(1 << bit)));
	set(o, "notes", notes);
	set(o, "transcript", transcript_json(p));
	set(o, "transcript_dropped", json_integer(p->lines_dropped));
	return o;
}

/* One exchanger with the resolvers that named it and its addresses. */
static json_t *
exchanger_json(const struct mx_model *m, int i)
{
	const struct mx_exchanger *x = &m->exch[i];
	json_t *o = json_object(), *seen = json_array(), *addrs = json_array();
	int r, j;

	set(o, "preference", json_integer(x->pref));
	set(o, "host", jstr(x->host));
	for (r = 0; r < m->nresolvers && r < MX_MAX_RESOLVERS; r++)
		if (x->seen_by & (1u << r))
			json_array_append_new(seen,
			    jstr(m->resolvers[r].name));
	set(o, "seen_by", seen);
	set(o, "a_status", json_string(mx_dns_status_name(x->a_status)));
	set(o, "aaaa_status", json_string(mx_dns_status_name(x->aaaa_status)));
	set(o, "addresses_truncated", json_boolean(x->addr_cut));
	for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
		if (m->probes[j].mx_index == i)
			json_array_append_new(addrs, probe_json(m, &m->probes[j]));
	set(o, "addresses", addrs);
	return o;
}

/* Every subject of a finding, the first being its subject. */
static json_t *
subjects_json(const struct mx_finding *f)
{
	json_t *a = json_array();
	const char *p = f->subjects, *nl;
	char buf[sizeof f->subjects];

	if (f->nsubjects == 0 || f->subjects[0] == '\0') {
		json_array_append_new(a, jstr(f->subject));
		return a;
	}
	for (; *p != '\0'; p = *nl ? nl + 1 : nl) {
		nl = p + strcspn(p, "\n");
		mx_strlcpy(buf, p, (size_t)(nl - p) + 1 < sizeof buf ?
		    (size_t)(nl - p) + 1 : sizeof buf);
		json_array_append_new(a, jstr(buf));
	}
	return a;
}

/* One finding. */
static json_t *
finding_json(const struct mx_finding *f)
{
	json_t *o = json_object();

	set(o, "id", jstr(f->id));
	set(o, "severity", json_string(mx_severity_name(f->severity)));
	set(o, "actor", json_string(mx_actor_name(f->actor)));
	set(o, "subject", jstr(f->subject));
	set(o, "subjects", subjects_json(f));
	set(o, "summary", jstr(f->summary));
	set(o, "remedy", jstr(f->remedy));
	return o;
}

/* The verdict. */
static json_t *
verdict_json(const struct mx_verdict *v)
{
	json_t *o = json_object();

	set(o, "reason", jstr_or_null(v->reason));
	set(o, "summary", jstr(v->summary));
	set(o, "exit_code", json_integer(v->exit_code));
	set(o, "final", json_boolean(v->final));
	set(o, "actor", json_string(mx_actor_name(v->actor)));
	set(o, "actor_also", v->has_also ? json_string(mx_actor_name(
	    v->actor_also)) : json_null());
	return o;
}

/* The bounce's evidence (issue 4), or null when none was given. */
static json_t *
bounce_json(const struct mx_bounce *b)
{
	json_t *o, *ips;
	int i;

	if (!b->present)
		return json_null();
	o = json_object();
	set(o, "source", jstr(b->source));
	set(o, "mta", jstr_or_null(b->mta));
	set(o, "address", jstr(b->address));
	set(o, "reason", jstr(b->reason));
	set(o, "status", jstr_or_null(b->status));
	set(o, "replycode", b->replycode ? json_integer(b->replycode) :
	    json_null());
	set(o, "diagnostic", jstr_or_null(b->diagnostic));
	set(o, "remote_mta", jstr_or_null(b->remote_mta));
	set(o, "command", jstr_or_null(b->command));
	set(o, "hardbounce", json_boolean(b->hardbounce));
	set(o, "message_size", b->msg_size >= 0 ? json_integer(b->msg_size) :
	    json_null());
	ips = json_array();
	for (i = 0; i < b->nips && i < MX_BOUNCE_MAX_IPS; i++) {
		json_t *ip = json_object();
		set(ip, "address", jstr(b->ips[i].ip));
		set(ip, "ptr", jstr_or_null(b->ips[i].ptr));
		set(ip, "ptr_status", jstr(mx_dns_status_name(
		    b->ips[i].status)));
		json_array_append_new(ips, ip);
	}
	set(o, "ips", ips);
	return o;
}

/* The blocklist lookups (RFC 5782), one object each. */
static json_t *
dnsbl_json(const struct mx_model *m)
{
	json_t *a = json_array(), *o;
	int i;

	for (i = 0; i < m->ndnsbl && i < MX_MAX_DNSBL; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		o = json_object();
		set(o, "ip", jstr(l->ip));
		set(o, "zone", jstr(l->zone));
		set(o, "status", json_string(mx_dns_status_name(l->status)));
		set(o, "listed", json_boolean(l->listed));
		set(o, "error", json_boolean(l->error));
		set(o, "answer", jstr_or_null(l->answer));
		set(o, "txt", jstr_or_null(l->txt));
		set(o, "from_reply", json_boolean(l->from_reply));
		json_array_append_new(a, o);
	}
	return a;
}

/* Resolvers that disagree: each view, where it leads, which one leads. */
static json_t *
views_json(const struct mx_model *m)
{
	json_t *a = json_array(), *o, *names;
	int i, k;

	for (k = 0; k < m->verdict.nviews && k < MX_MAX_RESOLVERS; k++) {
		const struct mx_view *v = &m->verdict.views[k];
		o = json_object();
		names = json_array();
		for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
			if (v->resolvers & (1u << i))
				json_array_append_new(names,
				    jstr(m->resolvers[i].name));
		set(o, "resolvers", names);
		set(o, "primary", json_boolean(v->primary));
		set(o, "stale", json_boolean(v->stale));
		set(o, "fails", json_boolean(v->fails));
		set(o, "soa_serial", v->has_serial ? json_integer(v->serial) :
		    json_null());
		set(o, "ttl", json_integer(v->ttl));
		set(o, "reason", jstr(v->reason));
		set(o, "exit_code", json_integer(v->exit_code));
		set(o, "summary", jstr(v->summary));
		json_array_append_new(a, o);
	}
	return a;
}

/* Our source IPs: the local ends of the connections, each once. */
static json_t *
sources_json(const struct mx_model *m)
{
	const char *src[MX_MAX_PROBES];
	json_t *a = json_array();
	int i, n = mx_report_sources(m, src, MX_MAX_PROBES);

	for (i = 0; i < n; i++)
		json_array_append_new(a, jstr(src[i]));
	return a;
}

/* Build the whole document for a model. */
static json_t *
model_json(const struct mx_model *m)
{
	json_t *doc = json_object(), *a;
	int i;

	/* 2: issue 13 (plain words on screen and in the text report; the
	 * JSON keeps every field of 1 with its meaning). */
	set(doc, "schema_version", json_integer(MX_JSON_SCHEMA_VERSION));
	set(doc, "target", jstr(m->target));
	set(doc, "domain", jstr(m->domain));
	set(doc, "local", jstr(m->local));
	set(doc, "port", json_integer(m->port));
	set(doc, "source_ips", sources_json(m));	/* schema 3 */
	set(doc, "started", started_json(m->started_wall));
	set(doc, "elapsed_ms", json_integer(m->elapsed_ms));
	set(doc, "verdict_ms", json_integer(m->verdict_ms));
	set(doc, "running", json_boolean(m->running));
	set(doc, "bounce", bounce_json(&m->bounce));
	set(doc, "dnsbl", dnsbl_json(m));
	a = mx_policy_json(m);		/* SPF, DMARC, DKIM (policy-json.c) */
	mx__report_json_sts(m, a);	/* MTA-STS, TLS-RPT (report-dane.c) */
	set(doc, "policy", a);
	a = json_array();
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
		json_array_append_new(a, resolver_json(&m->resolvers[i],
		    m->domain));
	set(doc, "resolvers", a);
	a = json_array();
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++)
		json_array_append_new(a, exchanger_json(m, i));
	set(doc, "mx", a);
	set(doc, "mx_truncated", json_boolean(m->exch_cut));
	set(doc, "addresses_truncated", json_boolean(m->probes_cut));
	a = json_array();
	for (i = 0; i < m->nfindings && i < MX_MAX_FINDINGS; i++)
		json_array_append_new(a, finding_json(&m->findings[i]));
	set(doc, "findings", a);
	set(doc, "mailbox", mx_report_mailbox_json(m));	/* report-mailbox.c */
	set(doc, "verdict", verdict_json(&m->verdict));
	set(doc, "views", views_json(m));
	set(doc, "retry", m->retries > 0 ? json_pack("{s:i, s:i, s:i}",
	    "asked", m->retries, "done", m->retry_round, "interval",
	    m->retry_ms / 1000) : json_null());
	set(doc, "deadline_ms", m->deadline_ms > 0 ?
	    json_integer(m->deadline_ms) : json_null());
	return doc;
}

/*
 * Write a piece of the dumped document to the FILE in data.  jansson
 * escapes every control character but DEL; a DEL byte can only be inside
 * a string (text_raw), where \u007f is the same character.
 */
static int
dump_ascii(const char *buf, size_t size, void *data)
{
	FILE *fp = data;
	size_t i, run;

	for (i = 0; i < size; i += run) {
		if (buf[i] == 0x7f) {
			if (fputs("\\u007f", fp) == EOF)
				return -1;
			run = 1;
			continue;
		}
		for (run = 0; i + run < size && buf[i + run] != 0x7f; run++)
			;
		if (fwrite(buf + i, 1, run, fp) != run)
			return -1;
	}
	return 0;
}

/* Write the JSON document and a newline; 0 or -1 on a write error. */
int
mx_report_json(const struct mx_model *m, FILE *fp)
{
	json_t *doc;
	int rc;

	if ((doc = model_json(m)) == NULL) {
		errno = ENOMEM;
		return -1;
	}
	/* ASCII only: text_raw's C1 and bidirectional characters reach a
	 * terminal that shows the document as \uXXXX, never as such. */
	rc = json_dump_callback(doc, dump_ascii, fp, JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER | JSON_ENSURE_ASCII);
	json_decref(doc);
	if (rc != 0 || fputc('\n', fp) == EOF || fflush(fp) != 0 ||
	    ferror(fp))
		return -1;
	return 0;
}

/* Write obj compact on one line with a newline, in one write; 0 or -1. */
static int
json_line(json_t *obj, FILE *fp)
{
	char *text;
	size_t n;
	int rc;

	text = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(obj);
	if (text == NULL) {
		errno = ENOMEM;
		return -1;
	}
	n = strlen(text);
	text[n] = '\n';	/* json_dumps' NUL becomes the line's end */
	rc = fwrite(text, 1, n + 1, fp) == n + 1 && fflush(fp) == 0 ? 0 : -1;
	free(text);
	return rc;
}

/* One JSON Lines record of a batch: "line" (the input line number)
 * first, then the single-target document; 0 or -1. */
int
mx_report_json_line(const struct mx_model *m, long line, FILE *fp)
{
	json_t *doc, *obj;

	if ((doc = model_json(m)) == NULL || (obj = json_object()) == NULL) {
		json_decref(doc);
		errno = ENOMEM;
		return -1;
	}
	set(obj, "line", json_integer(line));
	json_object_update(obj, doc);
	json_decref(doc);
	return json_line(obj, fp);
}

/* The record of a batch line that could not be checked; 0 or -1. */
int
mx_report_json_error(long line, const char *target, const char *error,
    FILE *fp)
{
	json_t *obj = json_object();

	if (obj == NULL) {
		errno = ENOMEM;
		return -1;
	}
	set(obj, "line", json_integer(line));
	set(obj, "schema_version", json_integer(MX_JSON_SCHEMA_VERSION));
	set(obj, "target", jstr(target));
	set(obj, "error", jstr(error));
	return json_line(obj, fp);
}

/* For report-mailbox.c: the TLS object of a handshake (or null). */
void *
mx__report_json_tls(const struct mx_tls *t)
{
	return tls_json(t);
}
