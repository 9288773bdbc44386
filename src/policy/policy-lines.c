/*
 * policy-lines: the one list of policy record lines (one per record, its
 * state in a word and plain details) that the text report's "Policy"
 * section and the dashboard's policy pane both show.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dane-diag.h"
#include "policy-int.h"
#include "util.h"
#include "i18n.h"

/* Name of an SPF result (RFC 7208 §2.6). */
const char *
mx_spf_result_name(enum mx_spf_result r)
{
	static const char *n[] = { "skipped", "pending", "none", "neutral",
	    "pass", "fail", "softfail", "temperror", "permerror" };

	return (unsigned)r < sizeof n / sizeof n[0] ? n[r] : "?";
}

/* Name of where the evaluated IP came from. */
const char *
mx_ip_source_name(enum mx_ip_source s)
{
	static const char *n[] = { "none", "reply", "source", "local" };

	return (unsigned)s < sizeof n / sizeof n[0] ? n[s] : "?";
}

/* Format into dst, cut to its size (shown text: a cut is acceptable). */
void
mx__pput(char *dst, size_t sz, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(dst, sz, fmt, ap);
	va_end(ap);
}

/* The SPF line: result, the deciding mechanism, the IP and its source. */
static void
spf_line(const struct mx_spf *s, struct mx_policy_line *x)
{
	static const enum mx_policy_state lv[] = { MX_PST_INFO,
	    MX_PST_PENDING, MX_PST_WARN, MX_PST_INFO, MX_PST_OK, MX_PST_FAIL,
	    MX_PST_WARN, MX_PST_WARN, MX_PST_FAIL };
	const char *src = s->ip_source == MX_IPSRC_REPLY ? _("the receiver's "
	    "reply") : s->ip_source == MX_IPSRC_SOURCE ? "--source" :
	    s->ip_source == MX_IPSRC_LOCAL ? _("our end of the connection") :
	    _("unknown");
	size_t o;

	mx_strlcpy(x->state, s->timed_out && s->result == MX_SPF_TEMPERROR ?
	    "timeout" : mx_spf_result_name(s->result), sizeof x->state);
	x->level = lv[s->result <= MX_SPF_PERMERROR ? s->result : 0];
	if (s->result == MX_SPF_PENDING || s->result == MX_SPF_SKIPPED) {
		if (s->done)
			mx_strlcpy(x->state, s->result == MX_SPF_SKIPPED ?
			    "not-checked" : "unfinished", sizeof x->state);
		mx__pput(x->detail, sizeof x->detail, "%s", s->done ?
		    mx_i18n_show(s->error, s->error_tr) : s->ip[0] ?
		    _("evaluating") : _("waiting for our sending IP"));
		return;
	}
	if (s->result == MX_SPF_NONE) {
		mx__pput(x->detail, sizeof x->detail, _("no SPF record (TXT %s)"),
		    mx_dns_status_name(s->status));
		return;
	}
	/* The shown words translate; the values (mechanism, error) do not. */
	mx__pput(x->detail, sizeof x->detail, _("for %s (from %s)"),
	    s->ip[0] ? s->ip : "?", src);
	o = strlen(x->detail);
	if (s->mechanism[0] != '\0' && s->mech_domain[0] != '\0' &&
	    strcmp(s->mech_domain, s->domain) != 0)
		mx__pput(x->detail + o, sizeof x->detail - o,
		    _("; by %s in %s"), s->mechanism, s->mech_domain);
	else if (s->mechanism[0] != '\0')
		mx__pput(x->detail + o, sizeof x->detail - o, _("; by %s"),
		    s->mechanism);
	o = strlen(x->detail);
	if (s->error[0] != '\0')
		mx__pput(x->detail + o, sizeof x->detail - o, _("; %s"),
		    mx_i18n_show(s->error, s->error_tr));
	o = strlen(x->detail);
	if (s->explanation[0] != '\0')
		mx__pput(x->detail + o, sizeof x->detail - o,
		    _("; explanation (exp=): \"%s\""), s->explanation);
}

/* A DMARC line (sender: its policy and SPF alignment; else information). */
static void
dmarc_line(const struct mx_dmarc *d, int sender, struct mx_policy_line *x)
{
	size_t o;

	if (!d->done || d->status == MX_DNS_PENDING) {
		mx_strlcpy(x->state, d->done ? "unfinished" : "pending",
		    sizeof x->state);
		x->level = MX_PST_PENDING;
		mx__pput(x->detail, sizeof x->detail, "%s",
		    mx_i18n_show(d->error, d->error_tr));
		return;
	}
	if (d->timed_out) {
		mx_strlcpy(x->state, "timeout", sizeof x->state);
		x->level = MX_PST_WARN;
		mx__pput(x->detail, sizeof x->detail, _("the TXT lookup of "
		    "_dmarc.%s timed out"), d->domain);
		return;
	}
	if (!d->present && d->status != MX_DNS_NXDOMAIN &&
	    d->status != MX_DNS_NODATA) {
		mx_strlcpy(x->state, mx_dns_status_name(d->status),
		    sizeof x->state);
		x->level = MX_PST_WARN;
		mx__pput(x->detail, sizeof x->detail, "%s",
		    mx_i18n_show(d->error, d->error_tr));
		return;
	}
	if (!d->present) {
		mx_strlcpy(x->state, "missing", sizeof x->state);
		x->level = sender ? MX_PST_WARN : MX_PST_INFO;
		if (d->org_domain[0] != '\0' &&
		    strcmp(d->org_domain, d->domain) != 0)
			mx__pput(x->detail, sizeof x->detail, _("no record at "
			    "_dmarc.%s nor _dmarc.%s"), d->domain,
			    d->org_domain);
		else
			mx__pput(x->detail, sizeof x->detail, _("no record at "
			    "_dmarc.%s"), d->domain);
		return;
	}
	if (!d->valid) {
		mx_strlcpy(x->state, "invalid", sizeof x->state);
		x->level = sender ? MX_PST_FAIL : MX_PST_INFO;
		mx__pput(x->detail, sizeof x->detail, _("at %s: %s"), d->found_at,
		    mx_i18n_show(d->error, d->error_tr));
		return;
	}
	snprintf(x->state, sizeof x->state, "p=%s", d->p);
	x->level = sender ? MX_PST_OK : MX_PST_INFO;
	mx__pput(x->detail, sizeof x->detail, _("at %s; aspf=%c adkim=%c pct=%d"),
	    d->found_at, d->aspf, d->adkim, d->pct);
	o = strlen(x->detail);
	if (sender && d->spf_aligned >= 0 && o < sizeof x->detail)
		mx__pput(x->detail + o, sizeof x->detail - o, "%s",
		    d->spf_aligned ? _("; SPF passes aligned") :
		    _("; SPF does not pass aligned"));
	if (sender && d->spf_aligned == 0 && strcmp(d->p, "none") != 0)
		x->level = MX_PST_WARN;
	o = strlen(x->detail);
	if (sender && d->dkim_aligned >= 0 && o < sizeof x->detail)
		mx__pput(x->detail + o, sizeof x->detail - o, "%s",
		    d->dkim_aligned ? _("; DKIM passes aligned") :
		    _("; DKIM does not pass aligned"));
	o = strlen(x->detail);
	if (sender && d->result[0] != '\0' && o < sizeof x->detail) {
		/* RFC 7489 §4.2: the result, and why. */
		mx__pput(x->detail + o, sizeof x->detail - o, _("; DMARC %s: "
		    "%s"), d->result, mx_i18n_show(d->result_why,
		    d->result_why_tr));
		x->level = strcmp(d->result, "pass") == 0 ? MX_PST_OK :
		    strcmp(d->p, "none") != 0 ? MX_PST_FAIL : MX_PST_WARN;
	}
}

/* The DKIM key line. */
static void
dkim_line(const struct mx_dkim *k, struct mx_policy_line *x)
{
	if (!k->done || k->status == MX_DNS_PENDING) {
		mx_strlcpy(x->state, k->done ? "unfinished" : "pending",
		    sizeof x->state);
		x->level = MX_PST_PENDING;
		mx__pput(x->detail, sizeof x->detail, "%s",
		    mx_i18n_show(k->error, k->error_tr));
		return;
	}
	mx_strlcpy(x->state, !k->present && k->status != MX_DNS_NXDOMAIN &&
	    k->status != MX_DNS_NODATA ? mx_dns_status_name(k->status) :
	    !k->present ? "missing" : k->revoked ? "revoked" :
	    !k->valid ? "invalid" : "ok", sizeof x->state);
	x->level = k->present && k->valid && !k->revoked ? MX_PST_OK :
	    MX_PST_FAIL;
	if (k->present && k->valid && !k->revoked)
		mx__pput(x->detail, sizeof x->detail, k->key_bits ?
		    _("%s key of %d bits") : _("%s key"), k->key_type,
		    k->key_bits);
	else if (!k->present)
		mx__pput(x->detail, sizeof x->detail, _("no key record (TXT %s)"),
		    mx_dns_status_name(k->status));
	else
		mx__pput(x->detail, sizeof x->detail, "%s",
		    mx_i18n_show(k->error, k->error_tr));
	if (k->result[0] == '\0' || strcmp(k->result, "none") == 0 ||
	    !k->present || !k->valid || k->revoked)
		return;
	/* The signature checked with the key (RFC 6376 §6.1). */
	mx_strlcpy(x->state, strcmp(k->failure, "body_hash") == 0 ?
	    "bad-body-hash" : strcmp(k->failure, "signature") == 0 ?
	    "bad-signature" : strcmp(k->failure, "expired") == 0 ? "expired" :
	    k->result, sizeof x->state);
	x->level = strcmp(k->result, "pass") == 0 ? MX_PST_OK : MX_PST_FAIL;
	{
		size_t o = strlen(x->detail);
		mx__pput(x->detail + o, sizeof x->detail - o, _("; %s %s: %s"),
		    k->sig.algorithm, k->sig.canon, mx_i18n_show(k->why,
		    k->why_tr));
	}
}

/* The lines of a model's policy records. */
int
mx_policy_lines(const struct mx_model *m, struct mx_policy_line *l, int max)
{
	const struct mx_policy *p = &m->policy;
	struct mx_policy_line *x;
	char sub[MX_HOST_MAX];
	int n = 0;

	if (p->spf.domain[0] != '\0' &&
	    (x = mx__policy_line_add(l, &n, max, "SPF", p->spf.domain)) != NULL)
		spf_line(&p->spf, x);
	if (p->dmarc.asked &&
	    (x = mx__policy_line_add(l, &n, max, "DMARC", p->dmarc.domain)) != NULL)
		dmarc_line(&p->dmarc, 1, x);
	if (p->dmarc_rcpt.asked &&
	    (x = mx__policy_line_add(l, &n, max, "DMARC", p->dmarc_rcpt.domain)) != NULL)
		dmarc_line(&p->dmarc_rcpt, 0, x);
	if (p->dkim.asked) {
		mx__pput(sub, sizeof sub, "%s._domainkey.%s", p->dkim.selector,
		    p->dkim.domain);
		if ((x = mx__policy_line_add(l, &n, max, "DKIM", sub)) != NULL)
			dkim_line(&p->dkim, x);
	}
	return mx__dane_policy_lines(m, l, n, max);	/* dane-lines.c */
}
