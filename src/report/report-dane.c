/*
 * report-dane: DANE (RFC 7672), MTA-STS (RFC 8461) and TLS-RPT (RFC 8460)
 * in the reports: the per-address "dane" object and the "mta_sts" and
 * "tls_rpt" objects of the JSON (keys documented in mxscope(1)), and the
 * text report's section.  Text in the model is sanitized already.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "mxscope.h"
#include "report-dane.h"
#include "i18n.h"
#include "report-fmt.h"
#include "sts.h"

/* The "dane" object of one address: its exchanger's TLSA lookup and
 * what the presented chain made of it (a numeric server: no lookup,
 * tlsa_status not_asked, state not_applicable). */
void *
mx__report_json_dane(const struct mx_model *m, const struct mx_probe *p)
{
	const struct mx_tlsa_info *t;
	json_t *o, *rr;
	int i;

	if (p->mx_index < 0 || p->mx_index >= MX_MAX_EXCHANGERS ||
	    (!(t = &m->exch[p->mx_index].tlsa)->asked && !t->na))
		return json_null();
	o = json_object();
	rr = json_array();
	json_object_set_new(o, "tlsa_name", mx__rj_str_or_null(t->qname));
	json_object_set_new(o, "tlsa_status", json_string(
	    mx_dns_status_name(t->status)));
	json_object_set_new(o, "ad", json_boolean(t->ad));
	for (i = 0; i < t->nrr && i < MX_DANE_SHOW; i++)
		json_array_append_new(rr, mx__rj_str_or_null(t->rr[i]));
	json_object_set_new(o, "records", rr);
	json_object_set_new(o, "records_total", json_integer(t->nrr));
	json_object_set_new(o, "usable", json_integer(t->usable));
	json_object_set_new(o, "unusable_why", mx__rj_str_or_null(t->why));
	json_object_set_new(o, "state", json_string(
	    mx_dane_state_name(t->na ? MX_DANE_NA : p->dane.state)));
	json_object_set_new(o, "matched", mx__rj_str_or_null(p->dane.matched));
	json_object_set_new(o, "depth", p->dane.state == MX_DANE_OK ?
	    json_integer(p->dane.depth) : json_null());
	json_object_set_new(o, "error", mx__rj_str_or_null(p->dane.error));
	return o;
}

/* The "mta_sts" object. */
static json_t *
sts_json(const struct mx_mtasts *s)
{
	json_t *o = json_object(), *mx = json_array();
	int i, have = s->state == MX_STSST_OK;

	json_object_set_new(o, "state", json_string(
	    mx_sts_state_name(s->state)));
	json_object_set_new(o, "txt_status", json_string(
	    mx_dns_status_name(s->txt_status)));
	json_object_set_new(o, "record", mx__rj_str_or_null(s->txt));
	json_object_set_new(o, "id", mx__rj_str_or_null(s->id));
	json_object_set_new(o, "url", mx__rj_str_or_null(s->url));
	json_object_set_new(o, "fetched_from", mx__rj_str_or_null(s->addr));
	json_object_set_new(o, "http_status", s->http_status > 0 ?
	    json_integer(s->http_status) : json_null());
	json_object_set_new(o, "mode", have ? json_string(
	    mx_sts_mode_name(s->mode)) : json_null());
	json_object_set_new(o, "max_age", have ? json_integer(s->max_age) :
	    json_null());
	for (i = 0; have && i < s->nmx && i < 16; i++)
		json_array_append_new(mx, mx__rj_str_or_null(s->mx[i]));
	json_object_set_new(o, "mx_patterns", mx);
	json_object_set_new(o, "error", mx__rj_str_or_null(s->error));
	return o;
}

/* The "tls_rpt" object. */
static json_t *
rpt_json(const struct mx_tlsrpt *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "status", json_string(r->done ?
	    mx_dns_status_name(r->status) : "pending"));
	json_object_set_new(o, "record", mx__rj_str_or_null(r->txt));
	json_object_set_new(o, "valid", r->valid == 0 ? json_null() :
	    json_boolean(r->valid > 0));
	json_object_set_new(o, "rua", mx__rj_str_or_null(r->rua));
	json_object_set_new(o, "error", mx__rj_str_or_null(r->error));
	return o;
}

/* Add "mta_sts" and "tls_rpt" to the "policy" object pol. */
void
mx__report_json_sts(const struct mx_model *m, void *pol)
{
	if (!m->mtasts.asked)
		return;
	json_object_set_new(pol, "mta_sts", sts_json(&m->mtasts));
	json_object_set_new(pol, "tls_rpt", rpt_json(&m->tlsrpt));
}

/* Whether the transport-security section has more to say than the
 * Policy section's lines: a record published, a policy fetched, TLSA
 * records, or a lookup that failed otherwise than "no such record". */
static int
dane_text_worth(const struct mx_model *m)
{
	const struct mx_mtasts *s = &m->mtasts;
	const struct mx_tlsrpt *r = &m->tlsrpt;
	int i;

	if ((s->asked && s->txt[0] != '\0') || (r->done && r->valid != 0))
		return 1;
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++) {
		const struct mx_tlsa_info *t = &m->exch[i].tlsa;
		if (t->asked && (!t->done || t->nrr > 0 || (t->status !=
		    MX_DNS_NXDOMAIN && t->status != MX_DNS_NODATA &&
		    t->status != MX_DNS_ANSWER)))
			return 1;
	}
	return 0;
}

/* The text report's lines on DANE, MTA-STS and TLS-RPT. */
void
mx__report_text_dane(FILE *fp, const struct mx_model *m)
{
	const struct mx_mtasts *s = &m->mtasts;
	const struct mx_tlsrpt *r = &m->tlsrpt;
	int i, j, any = 0;

	if (!s->asked && m->nexch == 0)
		return;
	if (!dane_text_worth(m))
		return;		/* the Policy section said "none" already */
	fprintf(fp, _("\nTransport security (MTA-STS, TLS-RPT, DANE):\n"));
	if (s->asked) {
		fprintf(fp, "  MTA-STS   %s", mx_sts_state_name(s->state));
		if (s->state == MX_STSST_OK) {
			fprintf(fp, _(", mode %s, max_age %ld, mx"),
			    mx_sts_mode_name(s->mode), s->max_age);
			for (i = 0; i < s->nmx && i < 16; i++)
				fprintf(fp, " %s", s->mx[i]);
		}
		if (s->error[0] != '\0')
			fprintf(fp, ": %s", mx_i18n_show(s->error,
			    s->error_tr));
		fputc('\n', fp);
		if (s->txt[0] != '\0')
			fprintf(fp, "            _mta-sts: %s\n", s->txt);
		if (s->url[0] != '\0')
			fprintf(fp, _("            policy: %s%s%s%s\n"), s->url,
			    s->addr[0] != '\0' ? _(" (from ") : "", s->addr,
			    s->addr[0] != '\0' ? ")" : "");
		fprintf(fp, "  TLS-RPT   %s%s%s\n", !r->done ? _("pending") :
		    r->valid > 0 ? r->rua : r->valid < 0 ? _("invalid: ") :
		    r->status == MX_DNS_TIMEOUT ? _("timeout") : _("none"),
		    r->valid < 0 ? mx_i18n_show(r->error, r->error_tr) : "",
		    "");
	}
	for (i = 0; i < m->nexch && i < MX_MAX_EXCHANGERS; i++) {
		const struct mx_tlsa_info *t = &m->exch[i].tlsa;
		if (!t->asked)
			continue;
		any = 1;
		fprintf(fp, "  DANE      %s: %s", t->qname, !t->done ?
		    _("pending") : t->nrr > 0 ? "" :
		    mx_dns_status_name(t->status));
		if (t->done && t->nrr > 0)
			fprintf(fp, _("%d record%s, %d usable, AD bit %s "
			    "(the resolver's claim)"), t->nrr, t->nrr == 1 ?
			    "" : "s", t->usable, t->ad ? _("set") : _("not set"));
		fputc('\n', fp);
		for (j = 0; j < t->nrr && j < MX_DANE_SHOW; j++)
			fprintf(fp, "            TLSA %s\n", t->rr[j]);
		for (j = 0; j < m->nprobes && j < MX_MAX_PROBES; j++) {
			const struct mx_probe *p = &m->probes[j];
			if (p->mx_index != i || t->nrr == 0)
				continue;
			fprintf(fp, "            [%s] %s%s%s\n", p->addr,
			    mx_dane_state_name(p->dane.state),
			    p->dane.matched[0] != '\0' ? ": " :
			    p->dane.error[0] != '\0' ? ": " : "",
			    p->dane.matched[0] != '\0' ? p->dane.matched :
			    p->dane.error);
		}
	}
	(void)any;
}
