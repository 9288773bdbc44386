/*
 * report-policy: the "policy" object of the JSON report (issue 15): one
 * object per record, every key always present so scripts need no guards.
 */
#include <jansson.h>

#include "policy.h"
#include "report-fmt.h"

/* The SPF evaluation. */
static json_t *
spf_json(const struct mx_spf *s)
{
	json_t *o = json_object();

	mx__rj_set(o, "result", json_string(mx_spf_result_name(s->result)));
	mx__rj_set(o, "domain", mx__rj_str_or_null(s->domain));
	mx__rj_set(o, "sender", mx__rj_str_or_null(s->sender));
	mx__rj_set(o, "ip", mx__rj_str_or_null(s->ip));
	mx__rj_set(o, "ip_source", json_string(mx_ip_source_name(s->ip_source)));
	mx__rj_set(o, "status", json_string(mx_dns_status_name(s->status)));
	mx__rj_set(o, "record", mx__rj_str_or_null(s->record));
	mx__rj_set(o, "mechanism", mx__rj_str_or_null(s->mechanism));
	mx__rj_set(o, "mechanism_domain", mx__rj_str_or_null(s->mech_domain));
	mx__rj_set(o, "error", mx__rj_str_or_null(s->error));
	mx__rj_set(o, "lookups", json_integer(s->lookups));
	mx__rj_set(o, "void_lookups", json_integer(s->void_lookups));
	mx__rj_set(o, "timed_out", json_boolean(s->timed_out));
	mx__rj_set(o, "exp_name", mx__rj_str_or_null(s->exp_name));
	mx__rj_set(o, "explanation", mx__rj_str_or_null(s->explanation));
	mx__rj_set(o, "done", json_boolean(s->done));
	return o;
}

/* One domain's DMARC record. */
static json_t *
dmarc_json(const struct mx_dmarc *d)
{
	json_t *o = json_object();
	char c[2] = "";

	mx__rj_set(o, "asked", json_boolean(d->asked));
	mx__rj_set(o, "done", json_boolean(d->done));
	mx__rj_set(o, "domain", mx__rj_str_or_null(d->domain));
	mx__rj_set(o, "org_domain", mx__rj_str_or_null(d->org_domain));
	mx__rj_set(o, "found_at", mx__rj_str_or_null(d->found_at));
	mx__rj_set(o, "status", json_string(mx_dns_status_name(d->status)));
	mx__rj_set(o, "present", json_boolean(d->present));
	mx__rj_set(o, "valid", json_boolean(d->valid));
	mx__rj_set(o, "timed_out", json_boolean(d->timed_out));
	mx__rj_set(o, "record", mx__rj_str_or_null(d->record));
	mx__rj_set(o, "error", mx__rj_str_or_null(d->error));
	mx__rj_set(o, "p", mx__rj_str_or_null(d->p));
	mx__rj_set(o, "sp", mx__rj_str_or_null(d->sp));
	c[0] = d->adkim;
	mx__rj_set(o, "adkim", mx__rj_str_or_null(c));
	c[0] = d->aspf;
	mx__rj_set(o, "aspf", mx__rj_str_or_null(c));
	mx__rj_set(o, "pct", d->valid ? json_integer(d->pct) : json_null());
	mx__rj_set(o, "rua", mx__rj_str_or_null(d->rua));
	mx__rj_set(o, "spf_aligned", d->spf_aligned < 0 ? json_null() :
	    json_boolean(d->spf_aligned));
	mx__rj_set(o, "dkim_aligned", d->dkim_aligned < 0 ? json_null() :
	    json_boolean(d->dkim_aligned));
	mx__rj_set(o, "result", mx__rj_str_or_null(d->result));
	mx__rj_set(o, "result_why", mx__rj_str_or_null(d->result_why));
	return o;
}

/* A number tag, null when absent (-1). */
static json_t *
num_or_null(long long v)
{
	return v < 0 ? json_null() : json_integer(v);
}

/* The signature a bounce's original carries, as read and hashed. */
static json_t *
sig_json(const struct mx_dkim_sig *s)
{
	json_t *o;

	if (!s->present)
		return json_null();
	o = json_object();
	mx__rj_set(o, "algorithm", mx__rj_str_or_null(s->algorithm));
	mx__rj_set(o, "canonicalization", mx__rj_str_or_null(s->canon));
	mx__rj_set(o, "domain", mx__rj_str_or_null(s->domain));
	mx__rj_set(o, "selector", mx__rj_str_or_null(s->selector));
	mx__rj_set(o, "headers", mx__rj_str_or_null(s->headers));
	mx__rj_set(o, "auid", mx__rj_str_or_null(s->auid));
	mx__rj_set(o, "length", num_or_null(s->length));
	mx__rj_set(o, "body_length", s->body_hash < 0 ? json_null() :
	    json_integer(s->body_len));
	mx__rj_set(o, "body_hash_ok", s->body_hash < 0 ? json_null() :
	    json_boolean(s->body_hash));
	mx__rj_set(o, "timestamp", num_or_null(s->t));
	mx__rj_set(o, "expires", num_or_null(s->x));
	mx__rj_set(o, "from_domain", mx__rj_str_or_null(s->from_domain));
	mx__rj_set(o, "error", mx__rj_str_or_null(s->error));
	return o;
}

/* The DKIM key a bounce's signature names. */
static json_t *
dkim_json(const struct mx_dkim *k)
{
	json_t *o = json_object();

	mx__rj_set(o, "asked", json_boolean(k->asked));
	mx__rj_set(o, "done", json_boolean(k->done));
	mx__rj_set(o, "selector", mx__rj_str_or_null(k->selector));
	mx__rj_set(o, "domain", mx__rj_str_or_null(k->domain));
	mx__rj_set(o, "status", json_string(mx_dns_status_name(k->status)));
	mx__rj_set(o, "present", json_boolean(k->present));
	mx__rj_set(o, "valid", json_boolean(k->valid));
	mx__rj_set(o, "revoked", json_boolean(k->revoked));
	mx__rj_set(o, "key_type", mx__rj_str_or_null(k->key_type));
	mx__rj_set(o, "key_bits", k->key_bits > 0 ? json_integer(k->key_bits) :
	    json_null());
	mx__rj_set(o, "error", mx__rj_str_or_null(k->error));
	mx__rj_set(o, "result", mx__rj_str_or_null(k->result));
	mx__rj_set(o, "failure", mx__rj_str_or_null(k->failure));
	mx__rj_set(o, "why", mx__rj_str_or_null(k->why));
	mx__rj_set(o, "signature", sig_json(&k->sig));
	return o;
}

/* The whole "policy" object of a model. */
struct json_t *
mx_policy_json(const struct mx_model *m)
{
	json_t *o = json_object();

	mx__rj_set(o, "spf", spf_json(&m->policy.spf));
	mx__rj_set(o, "dmarc", dmarc_json(&m->policy.dmarc));
	mx__rj_set(o, "dmarc_recipient", dmarc_json(&m->policy.dmarc_rcpt));
	mx__rj_set(o, "dkim", dkim_json(&m->policy.dkim));
	return o;
}
