/*
 * policy-json: the "policy" object of the JSON report (issue 15): one
 * object per record, every key always present so scripts need no guards.
 */
#include <jansson.h>

#include "policy.h"

/* A JSON string, or null when s is empty or jansson refuses it. */
static json_t *
str(const char *s)
{
	json_t *j;

	if (s == NULL || *s == '\0' || (j = json_string(s)) == NULL)
		return json_null();
	return j;
}

/* Set key on obj (jansson steals the reference). */
static void
set(json_t *o, const char *key, json_t *v)
{
	json_object_set_new(o, key, v != NULL ? v : json_null());
}

/* The SPF evaluation. */
static json_t *
spf_json(const struct mx_spf *s)
{
	json_t *o = json_object();

	set(o, "result", json_string(mx_spf_result_name(s->result)));
	set(o, "domain", str(s->domain));
	set(o, "sender", str(s->sender));
	set(o, "ip", str(s->ip));
	set(o, "ip_source", json_string(mx_ip_source_name(s->ip_source)));
	set(o, "status", json_string(mx_dns_status_name(s->status)));
	set(o, "record", str(s->record));
	set(o, "mechanism", str(s->mechanism));
	set(o, "mechanism_domain", str(s->mech_domain));
	set(o, "error", str(s->error));
	set(o, "lookups", json_integer(s->lookups));
	set(o, "void_lookups", json_integer(s->void_lookups));
	set(o, "timed_out", json_boolean(s->timed_out));
	set(o, "done", json_boolean(s->done));
	return o;
}

/* One domain's DMARC record. */
static json_t *
dmarc_json(const struct mx_dmarc *d)
{
	json_t *o = json_object();
	char c[2] = "";

	set(o, "asked", json_boolean(d->asked));
	set(o, "done", json_boolean(d->done));
	set(o, "domain", str(d->domain));
	set(o, "org_domain", str(d->org_domain));
	set(o, "found_at", str(d->found_at));
	set(o, "status", json_string(mx_dns_status_name(d->status)));
	set(o, "present", json_boolean(d->present));
	set(o, "valid", json_boolean(d->valid));
	set(o, "timed_out", json_boolean(d->timed_out));
	set(o, "record", str(d->record));
	set(o, "error", str(d->error));
	set(o, "p", str(d->p));
	set(o, "sp", str(d->sp));
	c[0] = d->adkim;
	set(o, "adkim", str(c));
	c[0] = d->aspf;
	set(o, "aspf", str(c));
	set(o, "pct", d->valid ? json_integer(d->pct) : json_null());
	set(o, "rua", str(d->rua));
	set(o, "spf_aligned", d->spf_aligned < 0 ? json_null() :
	    json_boolean(d->spf_aligned));
	return o;
}

/* The DKIM key a bounce's signature names. */
static json_t *
dkim_json(const struct mx_dkim *k)
{
	json_t *o = json_object();

	set(o, "asked", json_boolean(k->asked));
	set(o, "done", json_boolean(k->done));
	set(o, "selector", str(k->selector));
	set(o, "domain", str(k->domain));
	set(o, "status", json_string(mx_dns_status_name(k->status)));
	set(o, "present", json_boolean(k->present));
	set(o, "valid", json_boolean(k->valid));
	set(o, "revoked", json_boolean(k->revoked));
	set(o, "key_type", str(k->key_type));
	set(o, "key_bits", k->key_bits > 0 ? json_integer(k->key_bits) :
	    json_null());
	set(o, "error", str(k->error));
	return o;
}

/* The whole "policy" object of a model. */
struct json_t *
mx_policy_json(const struct mx_model *m)
{
	json_t *o = json_object();

	set(o, "spf", spf_json(&m->policy.spf));
	set(o, "dmarc", dmarc_json(&m->policy.dmarc));
	set(o, "dmarc_recipient", dmarc_json(&m->policy.dmarc_rcpt));
	set(o, "dkim", dkim_json(&m->policy.dkim));
	return o;
}
