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
#include "report-fmt.h"
#include "report-send.h"

#define MX_JSON_SCHEMA_VERSION	3	/* bumped when fields are added */
#include "mailbox.h"
#include "policy.h"
#include "report-dane.h"

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
		mx__rj_set(e, "host", mx__rj_str(x->mx >= 0 && x->mx < r->nmx ?
		    r->mx[x->mx].host : domain));
		mx__rj_set(e, "address", mx__rj_str(x->addr));
		mx__rj_set(e, "ttl", json_integer(x->ttl));
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

	mx__rj_set(o, "server", mx__rj_str(r->name));
	mx__rj_set(o, "status", json_string(mx_dns_status_name(r->status)));
	/* "rtt" is the name (milliseconds); "rtt_ms" says the unit. */
	mx__rj_set(o, "rtt", r->status == MX_DNS_PENDING || r->rtt_ms < 0 ?
	    json_null() : json_integer(r->rtt_ms));
	mx__rj_set(o, "rtt_ms", r->status == MX_DNS_PENDING || r->rtt_ms < 0 ?
	    json_null() : json_integer(r->rtt_ms));
	for (i = 0; i < r->nmx && i < MX_MAX_EXCHANGERS; i++) {
		e = json_object();
		mx__rj_set(e, "preference", json_integer(r->mx[i].pref));
		mx__rj_set(e, "host", mx__rj_str(r->mx[i].host));
		mx__rj_set(e, "ttl", json_integer(r->mx[i].ttl));
		json_array_append_new(mx, e);
	}
	mx__rj_set(o, "mx", mx);
	mx__rj_set(o, "addresses", resolver_addrs_json(r, domain));
	mx__rj_set(o, "soa_status", json_string(mx_dns_status_name(r->soa_status)));
	mx__rj_set(o, "soa_zone", r->has_soa ? mx__rj_str(r->soa_zone) : json_null());
	mx__rj_set(o, "soa_serial", r->has_soa ? json_integer(r->soa_serial) :
	    json_null());
	mx__rj_set(o, "soa_ttl", r->has_soa ? json_integer(r->soa_ttl) :
	    json_null());
	mx__rj_set(o, "implicit_mx", json_boolean(r->implicit));
	mx__rj_set(o, "null_mx", json_boolean(r->null_mx));
	mx__rj_set(o, "mx_truncated", json_boolean(r->mx_cut));
	mx__rj_set(o, "other_owner_mx", json_integer(r->foreign_mx));
	mx__rj_set(o, "other_owner", r->foreign_mx > 0 ?
	    mx__rj_str(r->foreign_owner) : json_null());
	mx__rj_set(o, "address_failures", json_integer(r->addr_failures));
	mx__rj_set(o, "address_status", json_string(
	    mx_dns_status_name(r->addr_status)));
	mx__rj_set(o, "done", json_boolean(r->done));
	return o;
}

/* One exchanger with the resolvers that named it and its addresses. */
static json_t *
exchanger_json(const struct mx_model *m, int i)
{
	const struct mx_exchanger *x = &m->exch[i];
	json_t *o = json_object(), *seen = json_array(), *addrs = json_array();
	int r, j;

	mx__rj_set(o, "preference", json_integer(x->pref));
	mx__rj_set(o, "host", mx__rj_str(x->host));
	for (r = 0; r < m->nresolvers && r < MX_MAX_RESOLVERS; r++)
		if (x->seen_by & (1u << r))
			json_array_append_new(seen,
			    mx__rj_str(m->resolvers[r].name));
	mx__rj_set(o, "seen_by", seen);
	mx__rj_set(o, "a_status", json_string(mx_dns_status_name(x->a_status)));
	mx__rj_set(o, "aaaa_status", json_string(mx_dns_status_name(x->aaaa_status)));
	mx__rj_set(o, "addresses_truncated", json_boolean(x->addr_cut));
	for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++)
		if (m->probes[j].mx_index == i)
			json_array_append_new(addrs, mx__rj_probe(m, &m->probes[j]));
	mx__rj_set(o, "addresses", addrs);
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
		json_array_append_new(a, mx__rj_str(f->subject));
		return a;
	}
	for (; *p != '\0'; p = *nl ? nl + 1 : nl) {
		nl = p + strcspn(p, "\n");
		mx_strlcpy(buf, p, (size_t)(nl - p) + 1 < sizeof buf ?
		    (size_t)(nl - p) + 1 : sizeof buf);
		json_array_append_new(a, mx__rj_str(buf));
	}
	return a;
}

/* One finding. */
static json_t *
finding_json(const struct mx_finding *f)
{
	json_t *o = json_object();

	mx__rj_set(o, "id", mx__rj_str(f->id));
	mx__rj_set(o, "severity", json_string(mx_severity_name(f->severity)));
	mx__rj_set(o, "actor", json_string(mx_actor_name(f->actor)));
	mx__rj_set(o, "subject", mx__rj_str(f->subject));
	mx__rj_set(o, "subjects", subjects_json(f));
	mx__rj_set(o, "summary", mx__rj_str(f->summary));
	mx__rj_set(o, "remedy", mx__rj_str(f->remedy));
	return o;
}

/* The verdict. */
static json_t *
verdict_json(const struct mx_verdict *v)
{
	json_t *o = json_object();

	mx__rj_set(o, "reason", mx__rj_str_or_null(v->reason));
	mx__rj_set(o, "summary", mx__rj_str(v->summary));
	mx__rj_set(o, "exit_code", json_integer(v->exit_code));
	mx__rj_set(o, "final", json_boolean(v->final));
	mx__rj_set(o, "actor", json_string(mx_actor_name(v->actor)));
	mx__rj_set(o, "actor_also", v->has_also ? json_string(mx_actor_name(
	    v->actor_also)) : json_null());
	mx__rj_set(o, "by_submission", json_boolean(v->by_submission));
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
	mx__rj_set(o, "source", mx__rj_str(b->source));
	mx__rj_set(o, "mta", mx__rj_str_or_null(b->mta));
	mx__rj_set(o, "address", mx__rj_str(b->address));
	mx__rj_set(o, "reason", mx__rj_str(b->reason));
	mx__rj_set(o, "status", mx__rj_str_or_null(b->status));
	mx__rj_set(o, "replycode", b->replycode ? json_integer(b->replycode) :
	    json_null());
	mx__rj_set(o, "diagnostic", mx__rj_str_or_null(b->diagnostic));
	mx__rj_set(o, "remote_mta", mx__rj_str_or_null(b->remote_mta));
	mx__rj_set(o, "command", mx__rj_str_or_null(b->command));
	mx__rj_set(o, "hardbounce", json_boolean(b->hardbounce));
	if (b->forwarded) {	/* as --ndr --offline --json says it */
		mx__rj_set(o, "forwarded", json_true());
		mx__rj_set(o, "forwarded_by", mx__rj_str_or_null(
		    b->forwarded_by));
	}
	if (b->quoted) {	/* likewise */
		mx__rj_set(o, "quoted", json_true());
		mx__rj_set(o, "quoted_by", mx__rj_str_or_null(b->quoted_by));
	}
	if (b->given) {	/* the address is the user's (--rcpt) */
		mx__rj_set(o, "address_given", json_true());
		mx__rj_set(o, "named_address", mx__rj_str_or_null(b->named));
	}
	mx__rj_set(o, "message_size", b->msg_size >= 0 ? json_integer(b->msg_size) :
	    json_null());
	ips = json_array();
	for (i = 0; i < b->nips && i < MX_BOUNCE_MAX_IPS; i++) {
		json_t *ip = json_object();
		mx__rj_set(ip, "address", mx__rj_str(b->ips[i].ip));
		mx__rj_set(ip, "ptr", mx__rj_str_or_null(b->ips[i].ptr));
		mx__rj_set(ip, "ptr_status", mx__rj_str(mx_dns_status_name(
		    b->ips[i].status)));
		json_array_append_new(ips, ip);
	}
	mx__rj_set(o, "ips", ips);
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
		mx__rj_set(o, "ip", mx__rj_str(l->ip));
		mx__rj_set(o, "zone", mx__rj_str(l->zone));
		mx__rj_set(o, "status", json_string(mx_dns_status_name(l->status)));
		mx__rj_set(o, "listed", json_boolean(l->listed));
		mx__rj_set(o, "error", json_boolean(l->error));
		mx__rj_set(o, "answer", mx__rj_str_or_null(l->answer));
		mx__rj_set(o, "txt", mx__rj_str_or_null(l->txt));
		mx__rj_set(o, "from_reply", json_boolean(l->from_reply));
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
				    mx__rj_str(m->resolvers[i].name));
		mx__rj_set(o, "resolvers", names);
		mx__rj_set(o, "primary", json_boolean(v->primary));
		mx__rj_set(o, "stale", json_boolean(v->stale));
		mx__rj_set(o, "fails", json_boolean(v->fails));
		mx__rj_set(o, "soa_serial", v->has_serial ? json_integer(v->serial) :
		    json_null());
		mx__rj_set(o, "ttl", json_integer(v->ttl));
		mx__rj_set(o, "reason", mx__rj_str(v->reason));
		mx__rj_set(o, "exit_code", json_integer(v->exit_code));
		mx__rj_set(o, "summary", mx__rj_str(v->summary));
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
		json_array_append_new(a, mx__rj_str(src[i]));
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
	mx__rj_set(doc, "schema_version", json_integer(MX_JSON_SCHEMA_VERSION));
	mx__rj_set(doc, "target", mx__rj_str(m->target));
	mx__rj_set(doc, "domain", mx__rj_str(m->domain));
	mx__rj_set(doc, "local", mx__rj_str(m->local));
	mx__rj_set(doc, "port", json_integer(m->port));
	/* --server: the check went to this host, not the MX (only then). */
	if (m->server[0] != '\0')
		mx__rj_set(doc, "server_given", mx__rj_str(m->server));
	mx__rj_set(doc, "source_ips", sources_json(m));	/* schema 3 */
	mx__rj_set(doc, "started", started_json(m->started_wall));
	mx__rj_set(doc, "elapsed_ms", json_integer(m->elapsed_ms));
	mx__rj_set(doc, "verdict_ms", json_integer(m->verdict_ms));
	mx__rj_set(doc, "running", json_boolean(m->running));
	mx__rj_set(doc, "bounce", bounce_json(&m->bounce));
	mx__rj_set(doc, "dnsbl", dnsbl_json(m));
	a = mx_policy_json(m);		/* SPF, DMARC, DKIM (report-policy.c) */
	mx__report_json_sts(m, a);	/* MTA-STS, TLS-RPT (report-dane.c) */
	mx__rj_set(doc, "policy", a);
	a = json_array();
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
		json_array_append_new(a, resolver_json(&m->resolvers[i],
		    m->domain));
	mx__rj_set(doc, "resolvers", a);
	a = json_array();
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++)
		json_array_append_new(a, exchanger_json(m, i));
	mx__rj_set(doc, "mx", a);
	mx__rj_set(doc, "mx_truncated", json_boolean(m->exch_cut));
	mx__rj_set(doc, "addresses_truncated", json_boolean(m->probes_cut));
	a = json_array();
	for (i = 0; i < m->nfindings && i < MX_MAX_FINDINGS; i++)
		json_array_append_new(a, finding_json(&m->findings[i]));
	mx__rj_set(doc, "findings", a);
	mx__rj_set(doc, "mailbox", mx_report_mailbox_json(m));	/* report-mailbox.c */
	mx__rj_set(doc, "send", mx__report_json_send(m));	/* --send */
	mx__rj_set(doc, "submission", mx__report_json_submission(m));
	mx__rj_set(doc, "verdict", verdict_json(&m->verdict));
	mx__rj_set(doc, "views", views_json(m));
	mx__rj_set(doc, "retry", m->retries > 0 ? json_pack("{s:i, s:i, s:i}",
	    "asked", m->retries, "done", m->retry_round, "interval",
	    m->retry_ms / 1000) : json_null());
	mx__rj_set(doc, "deadline_ms", m->deadline_ms > 0 ?
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
	mx__rj_set(obj, "line", json_integer(line));
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
	mx__rj_set(obj, "line", json_integer(line));
	mx__rj_set(obj, "schema_version", json_integer(MX_JSON_SCHEMA_VERSION));
	mx__rj_set(obj, "target", mx__rj_str(target));
	mx__rj_set(obj, "error", mx__rj_str(error));
	return json_line(obj, fp);
}
