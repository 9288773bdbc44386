/*
 * diag-dane: findings of DANE (RFC 7672) per exchanger address and of
 * MTA-STS (RFC 8461) per domain, and what MTA-STS in enforce mode means
 * for the verdict: senders that authenticate TLS will not deliver to an
 * exchanger whose certificate fails the policy.  Pure, like diag.c.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "dane-diag.h"
#include "i18n.h"
#include "policy-int.h"
#include "sts.h"

/* The resolver's AD bit in words (tr: translated). */
static const char *
ad_words(int ad, int tr)
{
	return ad ? T_(tr, "the resolver claims DNSSEC validation (AD bit)") :
	    T_(tr, "the resolver did not claim DNSSEC validation (no AD bit), "
	    "so validating senders may ignore the records");
}

/* One DANE finding's summary, English (tr 0) or translated (tr 1). */
static void
dane_summary(const struct mx_probe *p, const struct mx_exchanger *x, int tr,
    char *out, size_t outlen)
{
	const struct mx_tlsa_info *t = &x->tlsa;

	if (p->dane.state == MX_DANE_OK)
		mx__pput(out, outlen, T_(tr, "%s presents a certificate that "
		    "its TLSA record %s matches (chain depth %d); %s."),
		    x->host, p->dane.matched, p->dane.depth, ad_words(t->ad,
		    tr));
	else if (p->dane.state == MX_DANE_UNUSABLE)	/* why: N_() texts */
		mx__pput(out, outlen, T_(tr, "%s publishes %d TLSA record%s at "
		    "%s, none usable by SMTP (%s): DANE senders fall back to "
		    "unauthenticated TLS."), x->host, t->nrr, t->nrr == 1 ?
		    "" : "s", t->qname, tr && t->why[0] ? _(t->why) : t->why);
	else
		mx__pput(out, outlen, T_(tr, "%s publishes %d usable TLSA "
		    "record%s at %s but %s: senders that use DANE defer mail "
		    "to it (RFC 7672 §2.2); %s."), x->host, t->usable,
		    t->usable == 1 ? "" : "s", t->qname, p->dane.state ==
		    MX_DANE_NOTLS ? T_(tr, "no TLS session was made, which "
		    "DANE requires") : T_(tr, "its certificate matches none of "
		    "them"), ad_words(t->ad, tr));
}

/* DANE findings of one address. */
static void
diag_dane_probe(struct mx__diag *d, const struct mx_probe *p)
{
	const struct mx_exchanger *x = &d->m->exch[p->mx_index];
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 4];
	char en[MX_TEXT_MAX], tr[MX_TEXT_MAX];

	if (p->dane.state != MX_DANE_OK && p->dane.state != MX_DANE_MISMATCH &&
	    p->dane.state != MX_DANE_NOTLS && p->dane.state != MX_DANE_UNUSABLE)
		return;
	snprintf(subj, sizeof subj, "%s [%s]", x->host, p->addr);
	dane_summary(p, x, 0, en, sizeof en);
	dane_summary(p, x, 1, tr, sizeof tr);
	if (p->dane.state == MX_DANE_OK)
		mx__diag_add_text(d, "dane.ok", MX_SEV_INFO, MX_ACT_NOBODY,
		    subj, N_("Nothing."), en, tr);
	else if (p->dane.state == MX_DANE_UNUSABLE)
		mx__diag_add_text(d, "dane.unusable", MX_SEV_WARN,
		    MX_ACT_REMOTE, subj, N_("The remote admin should publish "
		    "DANE-EE(3) or DANE-TA(2) records (RFC 7672 §3.1)."), en,
		    tr);
	else
		mx__diag_add_text(d, "dane.mismatch", x->tlsa.ad ?
		    MX_SEV_ERROR : MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    N_("The remote admin must publish TLSA records of the "
		    "certificate in use (before a key roll: both) or fix "
		    "TLS."), en, tr);
}

/* A TLSA lookup that failed: DANE senders defer (RFC 7672 §2.2.1). */
static void
diag_tlsa_failed(struct mx__diag *d, const struct mx_exchanger *x)
{
	const struct mx_tlsa_info *t = &x->tlsa;

	if (!t->done || (t->status != MX_DNS_SERVFAIL &&
	    t->status != MX_DNS_TIMEOUT && t->status != MX_DNS_BADRESP))
		return;
	mx__diag_add(d, "dane.unusable", MX_SEV_WARN, MX_ACT_REMOTE, x->host,
	    "The remote DNS admin must make the TLSA lookup answer (NXDOMAIN "
	    "or records), e.g. fix the zone's DNSSEC signatures.", "The TLSA "
	    "lookup %s failed (%s): senders that use DANE defer mail to %s "
	    "(RFC 7672 §2.2.1).", t->qname, mx_dns_status_name(t->status),
	    x->host);
}

/* Whether an address's TLS is valid for its MX name (RFC 8461 §4.2). */
static int
sts_cert_ok(const struct mx_probe *p)
{
	const struct mx_tls *t = &p->tls;

	return t->ok && t->verified && t->name_ok && !t->expired &&
	    !t->not_yet_valid && !t->no_cert;
}

/* Why an address fails MTA-STS's certificate rule, in words: English
 * (tr 0, the JSON's) or the reader's language. */
static const char *
sts_cert_why(const struct mx_probe *p, int tr)
{
	const struct mx_tls *t = &p->tls;

	if (!t->attempted)
		return T_(tr, "it made no TLS session");
	if (!t->ok)
		return T_(tr, "its TLS handshake failed");
	if (t->expired)
		return T_(tr, "its certificate has expired");
	if (!t->verified)
		return T_(tr, "its certificate does not chain to a trusted root");
	if (!t->name_ok)
		return T_(tr, "its certificate does not name it");
	return T_(tr, "its certificate is not valid");
}

/* Who acts on an MTA-STS failure and what they do ("senders that
 * enforce MTA-STS will not deliver to it"), in English (tr 0, the
 * JSON's) or the reader's language; would: said of a --server that is
 * not an MX yet. */
static void
sts_who(int mode, int tr, int would, const char **who, const char **what)
{
	int enforce = mode == MX_STS_ENFORCE;

	*who = enforce ? T_(tr, "enforce") : T_(tr, "test");
	if (would)
		*what = enforce ? T_(tr, "would not deliver to it") :
		    T_(tr, "would report it but deliver");
	else
		*what = enforce ? T_(tr, "will not deliver to it") :
		    T_(tr, "report it but deliver");
}

/* Whether host is in some resolver's MX set. */
static int
in_mx_set(const struct mx_model *m, const char *host)
{
	int i, j;

	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++)
		for (j = 0; j < m->resolvers[i].nmx &&
		    j < MX_MAX_EXCHANGERS; j++)
			if (strcasecmp(m->resolvers[i].mx[j].host, host) == 0)
				return 1;
	return 0;
}

/* How MTA-STS judges exchanger host: 2 an MX host (the policy applies),
 * 1 a --server name outside the MX set (it would apply were the server
 * an MX: said, not in the verdict), 0 a numeric --server or address
 * literal (the policy's mx patterns are host names, RFC 8461 §4.1: an
 * address is never one). */
static int
sts_applies(const struct mx_model *m, const char *host)
{
	if (m->server[0] == '\0')
		return 2;
	if (mx__diag_server_numeric(m, host))
		return 0;
	return in_mx_set(m, host) ? 2 : 1;
}

/* Findings of MTA-STS (RFC 8461 §4) and how many addresses fail it. */
static int
diag_sts(struct mx__diag *d, int *checked)
{
	const struct mx_model *m = d->m;
	const struct mx_mtasts *s = &m->mtasts;
	int i, enforce = s->mode == MX_STS_ENFORCE, fails = 0;
	enum mx_severity sev = enforce ? MX_SEV_ERROR : MX_SEV_WARN;
	struct mx_sts_policy pol;
	char sum[MX_TEXT_MAX], sum_tr[MX_TEXT_MAX];
	const char *who, *what;
	int tr;

	*checked = 0;
	if (s->state == MX_STSST_UNREACHABLE || s->state == MX_STSST_INVALID ||
	    s->state == MX_STSST_BADTXT) {
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "%s "
			    "announces MTA-STS but %s: %s. Senders keep a "
			    "cached policy, or use none."), m->domain,
			    s->state == MX_STSST_BADTXT ? T_(tr, "its _mta-sts "
			    "record is invalid") : s->state ==
			    MX_STSST_INVALID ? T_(tr, "its policy is invalid") :
			    T_(tr, "its policy cannot be fetched"), tr ?
			    mx_i18n_show(s->error, s->error_tr) : s->error);
		mx__diag_add_text(d, "mtasts.policy_unreachable", MX_SEV_WARN,
		    MX_ACT_REMOTE, m->domain, N_("The remote admin must serve "
		    "a valid policy at the URL over HTTPS with a valid "
		    "certificate, or remove the _mta-sts record."), sum,
		    sum_tr);
		return 0;
	}
	if (s->state != MX_STSST_OK || (s->mode != MX_STS_ENFORCE &&
	    s->mode != MX_STS_TESTING))
		return 0;
	memset(&pol, 0, sizeof pol);
	pol.nmx = s->nmx;
	for (i = 0; i < s->nmx; i++)
		mx_strlcpy(pol.mx[i], s->mx[i], sizeof pol.mx[0]);
	for (i = 0; i < m->nexch; i++) {
		int as = sts_applies(m, m->exch[i].host);
		if (as == 0 || mx_sts_covers(&pol, m->exch[i].host))
			continue;
		/* --server NAME, not (yet) an MX: nothing fails today, a
		 * warning of what would (never an error). */
		for (tr = 0; tr < 2; tr++) {
			sts_who(s->mode, tr, as == 1, &who, &what);
			if (as == 1)
				mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr,
				    "Server %s, given with --server, is not "
				    "covered by the MTA-STS policy of %s (mode "
				    "%s): as an MX, senders that %s MTA-STS "
				    "%s."), m->exch[i].host, m->domain,
				    mx_sts_mode_name(s->mode), who, what);
			else
				mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr,
				    "MX %s is not covered by the MTA-STS policy "
				    "of %s (mode %s): senders that %s MTA-STS "
				    "%s."), m->exch[i].host, m->domain,
				    mx_sts_mode_name(s->mode), who, what);
		}
		mx__diag_add_text(d, "mtasts.mx_not_covered", as == 1 ?
		    MX_SEV_WARN : sev, MX_ACT_REMOTE, m->exch[i].host, as == 1 ?
		    N_("Before the server becomes an MX, the remote admin must "
		    "add its name to the policy's mx: lines (and change its "
		    "id).") : N_("The remote admin must add the MX name to the "
		    "policy's mx: lines (and change its id), or change the "
		    "MX."), sum, sum_tr);
	}
	for (i = 0; i < m->nprobes; i++) {
		const struct mx_probe *p = &m->probes[i];
		const char *host = m->exch[p->mx_index].host;
		char subj[MX_HOST_MAX + MX_ADDR_MAX + 4];
		int as = sts_applies(m, host);
		if (!p->done || p->fail == MX_FAIL_CANCELLED || as == 0)
			continue;
		/* Unreachable addresses are not MTA-STS's concern. */
		if (p->stage <= MX_ST_CONNECT && !p->tls.attempted &&
		    p->fail != MX_FAIL_NONE && !p->caps_plain.esmtp)
			continue;
		/* A server outside the MX set is not in the verdict. */
		*checked += as == 2;
		if (!mx_sts_covers(&pol, host)) {
			fails += as == 2;
			continue;
		}
		if (sts_cert_ok(p))
			continue;
		fails += as == 2;
		snprintf(subj, sizeof subj, "%s [%s]", host, p->addr);
		for (tr = 0; tr < 2; tr++) {
			sts_who(s->mode, tr, as == 1, &who, &what);
			if (as == 1)	/* --server NAME, not (yet) an MX */
				mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr,
				    "Server %s, given with --server, would fail "
				    "the MTA-STS policy of %s (mode %s) as an "
				    "MX: %s. Senders that %s MTA-STS %s."), host,
				    m->domain, mx_sts_mode_name(s->mode),
				    sts_cert_why(p, tr), who, what);
			else
				mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr,
				    "%s fails the MTA-STS policy of %s (mode "
				    "%s): %s. Senders that %s MTA-STS %s."), host,
				    m->domain, mx_sts_mode_name(s->mode),
				    sts_cert_why(p, tr), who, what);
		}
		mx__diag_add_text(d, "mtasts.cert_invalid", as == 1 ?
		    MX_SEV_WARN : sev, MX_ACT_REMOTE, subj, as == 1 ?
		    N_("Before the server becomes an MX, the remote admin must "
		    "install a certificate for its name from a public CA and "
		    "offer STARTTLS.") : N_("The remote admin must install a "
		    "certificate for the MX name from a public CA and offer "
		    "STARTTLS."), sum, sum_tr);
	}
	return enforce ? fails : 0;
}

/* DANE and MTA-STS findings; the MTA-STS sentence of the verdict. */
void
mx__diag_dane(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	char en[MX_TEXT_MAX], tr[MX_TEXT_MAX];
	int i, fails, checked;

	for (i = 0; i < m->nexch; i++)
		diag_tlsa_failed(d, &m->exch[i]);
	for (i = 0; i < m->nprobes; i++)
		if (m->probes[i].mx_index >= 0 &&
		    m->probes[i].mx_index < MX_MAX_EXCHANGERS)
			diag_dane_probe(d, &m->probes[i]);
	fails = diag_sts(d, &checked);
	if (v == NULL || fails == 0)
		return;
	/* Issue 15: enforce with a failing exchanger, in the verdict. */
	/* --server checks one exchanger: never "every" of the MX set. */
	if (m->server[0] != '\0')
		checked = fails + 1;
	/* In English and in the reader's language (summary_tr). */
	if (fails == checked)
		mx_i18n_twin(en, tr, sizeof en, "%s has MTA-STS in enforce "
		    "mode and every exchanger fails it: senders that "
		    "authenticate TLS (RFC 8461) will not deliver.", m->domain);
	else
		mx_i18n_twin(en, tr, sizeof en, "%s has MTA-STS in enforce "
		    "mode and an exchanger fails it: senders that authenticate "
		    "TLS (RFC 8461) will not deliver to that one.", m->domain);
	mx__verdict_more(v, en, tr);
	if (v->exit_code == MX_EXIT_OK)
		v->exit_code = MX_EXIT_TEMP;
}
