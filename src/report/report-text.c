/*
 * report-text: the plain-text report of one run, in the spirit of
 * `mtr --report`: verdict, header, resolver table, exchanger table, then per
 * address its capabilities, TLS result and a compact transcript, then the
 * findings (most severe first) and the verdict again.  It only reads the
 * model; every string in it was sanitized (mx_sanitize) when it entered.
 * Fits an 80-column ticket: long text wraps, columns stay aligned.
 * Reply codes are shown with their RFC 3463 enhanced status codes; the
 * stages are those of the RFC 5321 §3 dialogue plus STARTTLS (RFC 3207).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "report-dane.h"
#include "mxscope.h"
#include "mailbox.h"
#include "policy.h"
#include "report-fmt.h"
#include "report-send.h"
#include "words.h"
#include "textwidth.h"
#include "i18n.h"
#include "config.h"

#define WIDTH	MX_REPORT_WIDTH

/* Column layout of the exchanger table. */
#define EX_PREF		4
#define EX_ADDR		27
#define EX_STAGE	9
#define EX_MARK		11
#define EX_REPLY	10

/* Write s padded with spaces to w columns; returns the columns used. */
static int
put_pad(FILE *fp, const char *s, int w)
{
	int tw = mx__rt_width(s);

	mx__rt_bytes(fp, s, strlen(s));
	if (tw < w) {
		mx__rt_spaces(fp, w - tw);
		return w;
	}
	return tw;
}

/* Format a duration for a table cell. */
static void
fmt_ms(char *buf, size_t sz, uint32_t ms)
{
	if (ms < 10000)
		snprintf(buf, sz, "%ums", (unsigned)ms);
	else if (ms < 600000)
		snprintf(buf, sz, "%.1fs", ms / 1000.0);
	else
		snprintf(buf, sz, "%um%02us", (unsigned)(ms / 60000),
		    (unsigned)(ms / 1000 % 60));
}

/* Format a reply code with its enhanced status code, or "-". */
static void
fmt_code(char *buf, size_t sz, int code, const char *esc)
{
	if (code <= 0)
		snprintf(buf, sz, "-");
	else if (esc != NULL && *esc != '\0')
		snprintf(buf, sz, "%d %s", code, esc);
	else
		snprintf(buf, sz, "%d", code);
}

/*
 * Write the answer: the verdict in plain words with its id, who must act
 * and the fix (the same words as the dashboard, words.c), the exit status.
 */
static void
put_verdict(FILE *fp, const struct mx_model *m)
{
	char buf[MX_TEXT_MAX * 2 + 256];

	mx_words_verdict_line(m, buf, sizeof buf);
	mx__rt_wrapped(fp, buf, 0, 9);
	mx_words_act_line(m, buf, sizeof buf);
	mx__rt_wrapped(fp, buf, 0, 14);
	fprintf(fp, _("Exit status: %d (%s%s)\n"), (int)m->verdict.exit_code,
	    _(mx_words_exit(m->verdict.exit_code)), m->verdict.final ? "" :
	    _("; checks not finished"));
}

/* The header's line of our source IPs (none connected: not known). */
static void
put_sources(FILE *fp, const struct mx_model *m)
{
	const char *src[4];
	char buf[4 * MX_ADDR_MAX + 16];
	int i, n = mx_report_sources(m, src, 4);

	if (m->nprobes == 0)
		return;
	buf[0] = '\0';
	for (i = 0; i < n; i++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s",
		    i ? ", " : "", src[i]);
	mx_text_pad(fp, _("Our IP:"), 10);
	mx__rt_wrapped(fp, n > 0 ? buf : _("not known (no connection was made)"),
	    10, 10);
}

static int put_policy_none(FILE *, const struct mx_model *);

/* Write the header: target, domain, start time and duration. */
static void
put_header(FILE *fp, const struct mx_model *m, const struct mx_report_ctx *c)
{
	char when[64], res[MX_MAX_RESOLVERS * 82];
	time_t t;
	struct tm tm;
	int i;

	mx_text_pad(fp, _("Target:"), 10);
	mx__rt_wrapped(fp, m->target, 10, 10);
	mx_text_pad(fp, _("Domain:"), 10);
	mx__rt_bytes(fp, m->domain, strlen(m->domain));
	if (m->local[0] != '\0') {
		fputs(_("   local part: "), fp);
		mx__rt_bytes(fp, m->local, strlen(m->local));
	}
	fprintf(fp, _("   SMTP port: %d\n"), m->port);
	if (m->server[0] != '\0') {	/* --server: not the MX */
		char srv[MX_MAX_EXCHANGERS * (MX_HOST_MAX + 8) + 128];
		mx_words_server(m, srv, sizeof srv);
		mx_text_pad(fp, _("Server:"), 10);
		mx__rt_wrapped(fp, srv, 10, 10);
	}
	t = (time_t)m->started_wall;
	if (m->started_wall <= 0 || gmtime_r(&t, &tm) == NULL ||
	    strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0)
		mx_strlcpy(when, _("unknown"), sizeof when);
	mx_text_pad(fp, _("Started:"), 10);
	fprintf(fp, "%s\n", when);
	mx_text_pad(fp, _("Elapsed:"), 10);
	fprintf(fp, _("%u.%03u s%s\n"), (unsigned)(m->elapsed_ms / 1000),
	    (unsigned)(m->elapsed_ms % 1000), m->running ? _(" (running)") : "");
	if (c != NULL) {
		mx_text_pad(fp, _("Sent as:"), 10);
		fputs("MAIL FROM:<", fp);
		if (c->from != NULL)
			mx__rt_bytes(fp, c->from, strlen(c->from));
		fputs(">", fp);
		if (c->helo != NULL) {
			fputs("  EHLO ", fp);
			mx__rt_bytes(fp, c->helo, strlen(c->helo));
		}
		fputc('\n', fp);
	}
	res[0] = '\0';
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
		snprintf(res + strlen(res), sizeof res - strlen(res), "%s%s",
		    i ? ", " : "", m->resolvers[i].name);
	if (res[0] != '\0') {
		mx_text_pad(fp, _("Asked:"), 10);
		mx__rt_wrapped(fp, res, 10, 10);
	}
	put_sources(fp, m);
	put_policy_none(fp, m);
	mx_text_pad(fp, _("By:"), 10);
	fprintf(fp, "mxscope %s\n", PACKAGE_VERSION);
}

/* Write one item of a resolver's MX set at column 44 (or below it). */
static void
put_mx_item(FILE *fp, int *first, const char *item)
{
	const int col = 44;

	if (!*first)
		mx__rt_spaces(fp, col);
	*first = 0;
	mx__rt_wrapped(fp, item, col, col + 3);
}

/* Write the resolver table. */
static void
put_resolvers(FILE *fp, const struct mx_model *m)
{
	const struct mx_resolver *r;
	char rtt[16], item[MX_HOST_MAX + 64];
	int i, j, first;

	if (m->domain[0] == '[') {	/* RFC 5321 §4.1.3: no domain */
		fprintf(fp, _("\nDNS: no MX asked: %s is an address literal\n"),
		    m->domain);
		return;
	}
	fprintf(fp, _("\nDNS: MX of %s, per resolver\n"), m->domain);
	if (m->nresolvers == 0) {
		fputs(_("  (no resolver has answered yet)\n"), fp);
		return;
	}
	fputs("  #  ", fp);
	mx_text_pad(fp, _("Resolver"), 18);
	fputc(' ', fp);
	mx_text_pad(fp, _("Status"), 11);
	fputc(' ', fp);
	mx_text_rpad(fp, _("RTT"), 6);
	fprintf(fp, "  %s\n", _("MX set"));
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++) {
		r = &m->resolvers[i];
		fprintf(fp, "  %-2d ", i + 1);
		if (mx__rt_width(r->name) > 18) {
			mx__rt_bytes(fp, r->name, strlen(r->name));
			fputc('\n', fp);
			mx__rt_spaces(fp, 5 + 18);
		} else
			put_pad(fp, r->name, 18);
		if (r->status == MX_DNS_PENDING || r->rtt_ms < 0)
			snprintf(rtt, sizeof rtt, "-");
		else
			fmt_ms(rtt, sizeof rtt, (uint32_t)r->rtt_ms);
		fprintf(fp, " %-11s %6s  ", mx_dns_status_name(r->status), rtt);
		first = 1;
		if (r->null_mx)
			put_mx_item(fp, &first, _("0 . (null MX: no mail)"));
		if (r->implicit)
			put_mx_item(fp, &first,
			    _("implicit MX: the domain's own address"));
		for (j = 0; j < r->nmx && j < MX_MAX_EXCHANGERS; j++) {
			if (r->null_mx && r->mx[j].pref == 0 &&
			    strcmp(r->mx[j].host, ".") == 0)
				continue;
			snprintf(item, sizeof item, "%d %s  TTL %u",
			    r->mx[j].pref, r->mx[j].host, r->mx[j].ttl);
			put_mx_item(fp, &first, item);
		}
		if (r->has_soa) {
			snprintf(item, sizeof item, _("SOA serial %u, TTL %u"),
			    r->soa_serial, r->soa_ttl);
			put_mx_item(fp, &first, item);
		}
		if (r->mx_cut)
			put_mx_item(fp, &first, _("(more records, list cut)"));
		if (r->addr_failures > 0) {
			snprintf(item, sizeof item,
			    _("(%d address lookup%s failed: %s)"),
			    r->addr_failures, r->addr_failures == 1 ? "" : "s",
			    mx_dns_status_name(r->addr_status));
			put_mx_item(fp, &first, item);
		}
		if (first)
			put_mx_item(fp, &first, "-");
	}
}

/* Format the "seen by" part of an exchanger row (empty, one resolver). */
static void
seen_by(char *buf, size_t sz, const struct mx_model *m,
    const struct mx_exchanger *x)
{
	unsigned all;
	size_t n;
	int i;

	buf[0] = '\0';
	if (m->nresolvers <= 1)
		return;
	all = m->nresolvers >= 32 ? ~0u : (1u << m->nresolvers) - 1;
	if ((x->seen_by & all) == all) {
		snprintf(buf, sz, "%s", _("  seen by all"));
		return;
	}
	snprintf(buf, sz, "%s", _("  seen by"));
	for (i = 0; i < m->nresolvers && i < 32; i++) {
		n = strlen(buf);
		if (x->seen_by & (1u << i))
			snprintf(buf + n, sz - n, " #%d", i + 1);
	}
	n = strlen(buf);
	if ((x->seen_by & all) == 0)
		snprintf(buf + n, sz - n, "%s", _(" none"));
}

/* Write one address row of the exchanger table (stage: where it failed). */
static void
put_probe_row(FILE *fp, const struct mx_probe *p)
{
	char code[32], ms[16];
	enum mx_stage st;

	mx__rt_spaces(fp, 2 + EX_PREF + 2);
	if (mx__rt_width(p->addr) > EX_ADDR) {
		mx__rt_bytes(fp, p->addr, strlen(p->addr));
		fputc('\n', fp);
		mx__rt_spaces(fp, 2 + EX_PREF + 2 + EX_ADDR);
	} else
		put_pad(fp, p->addr, EX_ADDR);
	fmt_code(code, sizeof code, p->last_code, p->last_esc);
	fmt_ms(ms, sizeof ms, p->total_ms);
	/* A failed probe shows where it failed, not that it said QUIT. */
	st = mx_words_probe_stage(p);
	fputc(' ', fp);
	mx_text_pad(fp, mx_words_stage(st), EX_STAGE);
	fputc(' ', fp);
	mx_text_pad(fp, mx_words_probe(p), EX_MARK);
	fprintf(fp, " %-*s %6s\n", EX_REPLY, code, ms);
}

/* Whether an A/AAAA status is a failure worth showing. */
static int
addr_status_bad(enum mx_dns_status st)
{
	return st != MX_DNS_ANSWER && st != MX_DNS_NODATA &&
	    st != MX_DNS_PENDING && st != MX_DNS_NOT_ASKED;
}

/* Write the exchanger table: one row per host, one per address. */
static void
put_exchangers(FILE *fp, const struct mx_model *m)
{
	const struct mx_exchanger *x;
	char seen[64], line[MX_HOST_MAX + 64];
	int i, j;

	if (m->server[0] != '\0')	/* one host, no preference */
		fputs(_("\nExchanger (the server given with --server)\n"), fp);
	else
		fprintf(fp, _("\nExchangers (%d, by preference)\n"), m->nexch);
	if (m->nexch == 0) {
		fputs(_("  (none)\n"), fp);
		return;
	}
	fputs("  ", fp);
	mx_text_rpad(fp, _("Pref"), EX_PREF);
	fputs("  ", fp);
	mx_text_pad(fp, _("Host / address"), EX_ADDR);
	fputc(' ', fp);
	mx_text_pad(fp, _("Stage"), EX_STAGE);
	fputc(' ', fp);
	mx_text_pad(fp, _("Result"), EX_MARK);
	fputc(' ', fp);
	mx_text_pad(fp, _("Reply"), EX_REPLY);
	fputc(' ', fp);
	mx_text_rpad(fp, _("Time"), 6);
	fputc('\n', fp);
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++) {
		x = &m->exch[i];
		if (m->server[0] != '\0')	/* --server: no MX, no pref */
			fprintf(fp, "  %*s  ", EX_PREF, "-");
		else
			fprintf(fp, "  %*d  ", EX_PREF, x->pref);
		seen_by(seen, sizeof seen, m, x);
		snprintf(line, sizeof line, "%s%s", x->host, seen);
		mx__rt_wrapped(fp, line, 2 + EX_PREF + 2, 2 + EX_PREF + 4);
		if (x->naddr == 0 || addr_status_bad(x->a_status) ||
		    addr_status_bad(x->aaaa_status))
			fprintf(fp, _("  %*s  (address lookup: A %s, AAAA %s)\n"),
			    EX_PREF, "", mx_dns_status_name(x->a_status),
			    mx_dns_status_name(x->aaaa_status));
		for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
			if (m->probes[j].mx_index == i)
				put_probe_row(fp, &m->probes[j]);
		if (x->addr_cut)
			fprintf(fp, _("  %*s  (more addresses, list cut)\n"),
			    EX_PREF, "");
	}
	if (m->exch_cut)
		fprintf(fp, _("  (more than %d exchangers, list cut)\n"),
		    MX_MAX_EXCHANGERS);
	if (m->probes_cut)
		fprintf(fp, _("  (more than %d addresses, list cut)\n"),
		    MX_MAX_PROBES);
}

/* Write the detail block of one probe: result, capabilities, TLS, lines
 * (every line when verbose, else EHLO's extension lines counted). */
static void
put_probe_detail(FILE *fp, const struct mx_model *m, const struct mx_probe *p,
    int verbose, int gap)
{
	char buf[1024], code[32], caps[512];
	const char *host = "?";
	int bit;
	size_t n;

	if (p->mx_index >= 0 && p->mx_index < m->nexch)
		host = m->exch[p->mx_index].host;
	if (gap)		/* a blank line between two addresses */
		fputc('\n', fp);
	/* A numeric --server is its own host: the address once (the
	 * label's rule, diag-label.c). */
	if (mx_host_is_addr(host, p->addr))
		host = "";
	snprintf(buf, sizeof buf, p->family == 6 ? "%s%s[%s]:%d" :
	    "%s%s%s:%d", host, host[0] != '\0' ? " " : "", p->addr, m->port);
	mx__rt_wrapped(fp, buf, 0, 4);
	fmt_code(code, sizeof code, p->last_code, p->last_esc);
	if (!p->done)
		snprintf(buf, sizeof buf, _("running, at %s"),
		    mx_words_stage(p->stage));
	else if (p->outcome == MX_OUT_OK)
		snprintf(buf, sizeof buf, _("accepted in %u ms%s%s"),
		    (unsigned)p->total_ms, p->outcome_text[0] ? ": " : "",
		    p->outcome_text);
	else
		snprintf(buf, sizeof buf, _("%s at %s (last reply %s)%s%s"),
		    mx_words_probe(p), mx_words_stage(p->failed_stage), code,
		    p->outcome_text[0] ? ": " : "", mx_probe_outcome_text(p));
	mx__rt_field(fp, "Result:", buf);
	if (p->ptr_status != MX_DNS_PENDING) {
		snprintf(buf, sizeof buf, "%s%s", p->ptr[0] ? p->ptr :
		    mx_dns_status_name(p->ptr_status), p->ptr_fcrdns ==
		    MX_FCRDNS_YES ? _(" (resolves back: confirmed)") :
		    p->ptr_fcrdns == MX_FCRDNS_NO ? _(" (does not resolve back "
		    "to this address)") : "");
		mx__rt_field(fp, "PTR:", buf);
	}
	if (p->caps_plain.esmtp || p->caps.esmtp ||
	    p->reply[MX_ST_EHLO].code != 0 || p->reply[MX_ST_HELO].code != 0) {
		mx__rt_offers(fp, p, caps, sizeof caps, buf, sizeof buf);
	}
	mx__rt_tls(fp, &p->tls);
	if (p->notes != 0 && verbose) {	/* a ticket has their findings */
		buf[0] = '\0';
		for (bit = 0; bit < MX_NOTE_NBITS; bit++) {
			if ((p->notes & (1 << bit)) == 0)
				continue;
			n = strlen(buf);
			snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "",
			    mx_note_name(1 << bit));
		}
		mx__rt_field(fp, "Notes:", buf);
	}
	mx__rt_transcript(fp, p, !verbose);
}

/* Write every probe's detail, grouped by exchanger. */
static void
put_details(FILE *fp, const struct mx_model *m, int verbose)
{
	int idx[MX_MAX_PROBES], n, i;

	if (m->nprobes == 0)
		return;
	if (verbose) {
		fputs(_("\nSMTP dialogue per address\n"), fp);
		for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++)
			put_probe_detail(fp, m, &m->probes[i], 1, i > 0);
		return;
	}
	/* The first in MX order that accepted, or each that refused. */
	n = mx_words_decisive(m, idx, MX_MAX_PROBES);
	fprintf(fp, _("\nSMTP dialogue of the address%s that decided (%d of %d;"
	    " --verbose: all)\n"), n == 1 ? "" : "es", n, m->nprobes);
	for (i = 0; i < n; i++)
		put_probe_detail(fp, m, &m->probes[idx[i]], 0, i > 0);
}

/* Whether a subject names one of the probes ("host [address]"). */
static int
names_probe(const struct mx_model *m, const char *subj, size_t len)
{
	char want[MX_HOST_MAX + 64];
	int i;

	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];

		snprintf(want, sizeof want, "%s [%s]", p->mx_index >= 0 &&
		    p->mx_index < m->nexch ? m->exch[p->mx_index].host : "?",
		    p->addr);
		if (strlen(want) == len && strncmp(want, subj, len) == 0)
			return 1;
	}
	return 0;
}

/*
 * After finding order[i]: the later ones with the same id and remedy,
 * as one line of their subjects (they are marked -1: said once).
 */
static void
put_same(FILE *fp, const struct mx_model *m, int *order, int n, int i)
{
	const struct mx_finding *f = &m->findings[order[i]], *g;
	const char *nl = strchr(f->subjects, '\n'), *end;
	char buf[MX_TEXT_MAX * 2];
	int j, k = 0, len, probes;

	probes = names_probe(m, f->subject, strlen(f->subject));
	snprintf(buf, sizeof buf, "%s", _("Same for:"));
	for (; nl != NULL; k++, nl = end) {	/* the subjects it names */
		end = strchr(nl + 1, '\n');
		len = end != NULL ? (int)(end - nl - 1) : (int)strlen(nl + 1);
		probes &= names_probe(m, nl + 1, len);
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s %.*s",
		    k ? "," : "", len, nl + 1);
	}
	for (j = i + 1; j < n; j++) {
		if (order[j] < 0)
			continue;
		g = &m->findings[order[j]];
		if (strcmp(g->id, f->id) != 0 || strcmp(g->remedy, f->remedy) !=
		    0 || g->severity != f->severity)
			continue;
		probes &= names_probe(m, g->subject, strlen(g->subject));
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s %s",
		    k++ ? "," : "", g->subject[0] ? mx_finding_subject(g) :
		    "?");
		order[j] = -1;
	}
	if (k > 2 && k + 1 == m->nprobes && probes)
		snprintf(buf, sizeof buf, _("Same for: the other %d addresses "
		    "(every address checked)"), k);
	if (k > 0) {
		mx__rt_spaces(fp, 12);
		mx__rt_wrapped(fp, buf, 12, 14);
	}
}

/* Write the findings, most severe first (stable within a severity). */
static void
put_findings(FILE *fp, const struct mx_model *m)
{
	const struct mx_finding *f;
	int order[MX_MAX_FINDINGS], n, i, j, t;
	char buf[MX_HOST_MAX + MX_TEXT_MAX + 8];

	n = m->nfindings < MX_MAX_FINDINGS ? m->nfindings : MX_MAX_FINDINGS;
	if (n < 0)
		n = 0;
	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)		/* insertion sort: stable */
		for (j = i; j > 0 && m->findings[order[j]].severity >
		    m->findings[order[j - 1]].severity; j--) {
			t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	fprintf(fp, _("\nFindings (%d, most severe first)\n"), n);
	if (n == 0) {
		fputs(_("  (none)\n"), fp);
		return;
	}
	for (i = 0; i < n; i++) {
		if (order[i] < 0)
			continue;	/* said with an earlier one */
		f = &m->findings[order[i]];
		fputs("  ", fp);
		mx_text_pad(fp, _(mx_severity_name(f->severity)), 8);
		fputs("  ", fp);
		snprintf(buf, sizeof buf, _("%s  (to act: %s)"), f->id,
		    _(mx_actor_name(f->actor)));
		mx__rt_wrapped(fp, buf, 12, 12);
		if (f->subject[0] != '\0')
			snprintf(buf, sizeof buf, "%s: %s",
			    mx_finding_subject(f), mx_finding_summary(f));
		else
			snprintf(buf, sizeof buf, "%s", mx_finding_summary(f));
		mx__rt_spaces(fp, 12);
		mx__rt_wrapped(fp, buf, 12, 12);
		put_same(fp, m, order, n, i);
		if (f->remedy[0] != '\0') {
			fputs("            ", fp);
			mx_text_pad(fp, _("Remedy:"), 8);
			mx__rt_wrapped(fp, mx_finding_remedy(f), 20, 20);
		}
	}
}

/* Write what the bounce said, when the check was driven by one. */
static void
put_bounce(FILE *fp, const struct mx_model *m)
{
	const struct mx_bounce *b = &m->bounce;
	char buf[MX_TEXT_MAX + 64];
	int i;

	if (!b->present)
		return;
	fprintf(fp, _("\nBounce: %s\n"), b->source);
	snprintf(buf, sizeof buf, "%s%s", b->reason, b->hardbounce ?
	    _(" (hard: retrying cannot succeed)") : "");
	mx__rt_field(fp, "Reason:", buf);
	if (b->given && b->named[0] != '\0')
		snprintf(buf, sizeof buf, _("%s (given; the bounce names %s)"),
		    b->address, b->named);
	else if (b->given)
		snprintf(buf, sizeof buf, _("%s (given; the bounce names no "
		    "address)"), b->address);
	else
		snprintf(buf, sizeof buf, "%s", b->address);
	mx__rt_field(fp, "Rcpt:", buf);
	if (b->mta[0] != '\0')
		mx__rt_field(fp, "From MTA:", b->mta);
	if (b->forwarded)
		mx__rt_field(fp, "Fwd by:", b->forwarded_by[0] ?
		    b->forwarded_by : _("(unknown)"));
	if (b->quoted)
		mx__rt_field(fp, "Quoted:", b->quoted_by[0] ?
		    b->quoted_by : _("(unknown)"));
	if (b->replycode)
		snprintf(buf, sizeof buf, _("%s (reply %d)"), b->status,
		    b->replycode);
	else
		snprintf(buf, sizeof buf, "%s", b->status[0] ? b->status : "-");
	mx__rt_field(fp, "Status:", buf);
	if (b->diagnostic[0] != '\0')
		mx__rt_field(fp, "Said:", b->diagnostic);
	if (b->remote_mta[0] != '\0')
		mx__rt_field(fp, "Reported:", b->remote_mta);
	if (b->command[0] != '\0')
		mx__rt_field(fp, "At:", b->command);
	if (b->msg_size >= 0) {
		snprintf(buf, sizeof buf, _("%lld bytes"), b->msg_size);
		mx__rt_field(fp, "Size:", buf);
	}
	for (i = 0; i < b->nips && i < MX_BOUNCE_MAX_IPS; i++) {
		snprintf(buf, sizeof buf, "%s -> %s", b->ips[i].ip,
		    b->ips[i].ptr[0] ? b->ips[i].ptr :
		    mx_dns_status_name(b->ips[i].status));
		mx__rt_field(fp, i == 0 ? "IPs:" : "", buf);
	}
}

/* Write the blocklist lookups, one line each. */
static void
put_dnsbl(FILE *fp, const struct mx_model *m)
{
	char buf[MX_HOST_MAX * 2];
	int i;

	if (m->ndnsbl == 0)
		return;
	fputs(_("\nBlocklists (RFC 5782)\n"), fp);
	for (i = 0; i < m->ndnsbl && i < MX_MAX_DNSBL; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		const char *what = !l->done ? "asking" : l->listed ?
		    "LISTED" : l->error ? "error" :
		    mx_dns_status_name(l->status);

		snprintf(buf, sizeof buf, "%-15s %-28s %s %s", l->ip, l->zone,
		    what, l->listed || l->error ? l->answer : "");
		fprintf(fp, "  ");
		mx__rt_wrapped(fp, buf, 2, 4);
	}
}

/*
 * When no policy record is published (or DANE is n/a: the server given
 * is an address): one header line that says so (returns 1); else 0 and
 * put_policy writes the section.
 */
static int
put_policy_none(FILE *fp, const struct mx_model *m)
{
	struct mx_policy_line l[MX_POLICY_MAX_LINES];
	char buf[512];
	size_t o = 0;
	int i, k, nnone = 0, na = 0, n = mx_policy_lines(m, l,
	    MX_POLICY_MAX_LINES);

	if (n == 0)
		return 1;
	for (i = 0; i < n; i++) {
		if (strcmp(l[i].state, "none") == 0)
			nnone++;
		else if (strcmp(l[i].state, "n/a") == 0)
			na = 1;
		else
			return 0;
	}
	if (fp == NULL)
		return 1;
	buf[0] = '\0';
	for (i = k = 0; i < n && o < sizeof buf; i++)
		if (strcmp(l[i].state, "none") == 0)
			o += (size_t)snprintf(buf + o, sizeof buf - o,
			    "%s%.15s", k++ == 0 ? _("no ") : k == nnone ?
			    _(" or ") : _(", "), l[i].what);
	if (nnone > 0 && o < sizeof buf)
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s",
		    _(" record"));
	if (na && o < sizeof buf)
		snprintf(buf + o, sizeof buf - o, "%s", nnone > 0 ?
		    _("; DANE not applicable (the server is an address: no "
		    "TLSA name)") : _("DANE not applicable (the server is an "
		    "address: no TLSA name)"));
	mx_text_pad(fp, _("Policy:"), 10);
	mx__rt_wrapped(fp, buf, 10, 10);
	return 1;
}

/* Write the policy records (SPF, DMARC, ...), one line each. */
static void
put_policy(FILE *fp, const struct mx_model *m)
{
	struct mx_policy_line l[MX_POLICY_MAX_LINES];
	char buf[sizeof(struct mx_policy_line) + 32];
	int i, n = mx_policy_lines(m, l, MX_POLICY_MAX_LINES);

	if (put_policy_none(NULL, m))	/* said in the header */
		return;
	fputs(_("\nPolicy\n"), fp);
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%-7.15s %-28.255s %-10.23s %.511s", l[i].what,
		    l[i].subject, l[i].state, l[i].detail);
		fprintf(fp, "  ");
		mx__rt_wrapped(fp, buf, 2, 4);
	}
}

/* Write the report's sections into fp. */
static void
put_report(FILE *fp, const struct mx_model *m, const struct mx_report_ctx *c)
{
	put_verdict(fp, m);
	fputc('\n', fp);
	put_header(fp, m, c);
	put_bounce(fp, m);
	put_dnsbl(fp, m);
	put_policy(fp, m);
	if (m->nmailbox == 0 || m->nresolvers > 0) {	/* SMTP check ran */
		put_resolvers(fp, m);
		put_exchangers(fp, m);
		mx__report_text_dane(fp, m);	/* report-dane.c */
	}
	mx__report_text_send(fp, m);	/* --send (report-send.c) */
	put_findings(fp, m);
	if (m->nmailbox == 0 || m->nresolvers > 0)
		put_details(fp, m, c == NULL || c->verbose);
	mx_report_mailbox_text(m, fp);	/* POP3/IMAP (report-mailbox.c) */
	mx__report_text_submission(fp, m, c == NULL || c->verbose);
}

/* Whether buf[0, i) ends with a tag that introduces an address: an
 * SPF term's "ip4:"/"ip6:" (RFC 7208 §5.6, the remedy names them) or
 * an IPv6 address literal's "IPv6:" (RFC 5321 §4.1.3, the EHLO name). */
static int
ip_tagged(const char *buf, size_t i)
{
	static const char *const tags[] = { "ip4:", "ip6:", "IPv6:" };
	size_t k, n;

	for (k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		n = strlen(tags[k]);
		if (i >= n && strncasecmp(buf + i - n, tags[k], n) == 0 &&
		    (i == n || !isalnum((unsigned char)buf[i - n - 1])))
			return 1;
	}
	return 0;
}

/* Whether the address at buf[i, i + wl) stands alone: no hex digit,
 * dot or colon runs on before it (but for an ip_tagged tag), no digit
 * (or dot and digit) after it, so 10.0.0.1 is not found inside
 * 10.0.0.12 or 110.0.0.1. */
static int
ip_alone(const char *buf, size_t len, size_t i, size_t wl)
{
	static const char in[] = "0123456789abcdefABCDEF.:";
	size_t e = i + wl;

	if (i > 0 && buf[i - 1] != '\0' && strchr(in, buf[i - 1]) != NULL &&
	    !ip_tagged(buf, i))
		return 0;
	if (e < len && buf[e] >= '0' && buf[e] <= '9')
		return 0;
	if (e + 1 < len && buf[e] == '.' && buf[e + 1] >= '0' &&
	    buf[e + 1] <= '9')
		return 0;
	return 1;
}

/* Replace every occurrence of what in buf (length *len) by with; with
 * ip, only where it stands alone as an address (ip_alone). */
static char *
replace_all(char *buf, size_t *len, const char *what, const char *with,
    int ip)
{
	size_t wl = strlen(what), bl = strlen(with), n = 0, i, o = 0;
	char *out, *p;

	if (wl == 0)
		return buf;
	for (p = buf; (p = memmem(p, *len - (size_t)(p - buf), what, wl)) !=
	    NULL; p += wl)
		n++;
	if (n == 0)
		return buf;
	out = mx_xmalloc(*len + n * bl + 1);
	for (i = 0; i < *len; ) {
		if (i + wl <= *len && memcmp(buf + i, what, wl) == 0 &&
		    (!ip || ip_alone(buf, *len, i, wl))) {
			memcpy(out + o, with, bl);
			o += bl;
			i += wl;
		} else
			out[o++] = buf[i++];
	}
	out[o] = '\0';
	free(buf);
	*len = o;
	return out;
}

/*
 * --redact: the report without the recipient's and the sender's local
 * parts (user@ becomes [local]@) and without our IPs (the source IPs of
 * the connections, and --check-ip's).
 */
static char *
redact(char *buf, size_t *len, const struct mx_model *m,
    const struct mx_report_ctx *c)
{
	char what[MX_HOST_MAX + 64], with[64];
	const char *at, *src[MX_MAX_PROBES];
	int i;

	if (m->local[0] != '\0') {
		snprintf(what, sizeof what, "%s@", m->local);
		buf = replace_all(buf, len, what, "[local]@", 0);
		/* The header's label as printed: translated under LANG. */
		snprintf(what, sizeof what, "%s%s", _("   local part: "),
		    m->local);
		snprintf(with, sizeof with, "%s[local]", _("   local part: "));
		buf = replace_all(buf, len, what, with, 0);
	}
	if (c->from != NULL && (at = strrchr(c->from, '@')) != NULL &&
	    at > c->from) {
		snprintf(what, sizeof what, "%.*s@", (int)(at - c->from),
		    c->from);
		buf = replace_all(buf, len, what, "[local]@", 0);
	}
	for (i = 0; i < c->nour_ips; i++)
		buf = replace_all(buf, len, c->our_ips[i], "[our IP]", 1);
	for (i = mx_report_sources(m, src, MX_MAX_PROBES) - 1; i >= 0; i--)
		buf = replace_all(buf, len, src[i], "[our IP]", 1);
	return buf;
}

/* Write the plain-text report for a ticket; 0 or -1 (errno set). */
int
mx_report_text_ctx(const struct mx_model *m, const struct mx_report_ctx *c,
    FILE *fp)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem;

	if (c == NULL || !c->redact)
		put_report(fp, m, c);
	else {
		if ((mem = open_memstream(&buf, &len)) == NULL)
			return -1;
		put_report(mem, m, c);
		if (fclose(mem) != 0) {
			free(buf);
			return -1;
		}
		buf = redact(buf, &len, m, c);
		fwrite(buf, 1, len, fp);
		free(buf);
	}
	if (fflush(fp) != 0 || ferror(fp))
		return -1;
	return 0;
}

/* Write the whole plain-text report; 0 or -1 on a write error. */
int
mx_report_text(const struct mx_model *m, FILE *fp)
{
	return mx_report_text_ctx(m, NULL, fp);
}

