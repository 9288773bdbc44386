/*
 * policy-diag: what the policy records mean (issue 15).  A missing SPF or
 * DMARC record of the sender domain is a warning only when a receiver's
 * refusal or the bounce points at authentication (5.7.23 SPF, 5.7.26
 * DMARC/multiple, 5.7.25/5.7.27 or the words SPF, DMARC, DKIM); otherwise
 * information.  Such a refusal with an SPF failure in hand puts into the
 * verdict which record to fix and how.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "i18n.h"
#include "policy-int.h"

/* Whether text names authentication: an RFC 7372 code or the words. */
static int
names_auth(const char *t)
{
	static const char *const codes[] = { "5.7.23", "5.7.24", "5.7.25",
	    "5.7.26", "5.7.27", "5.7.20", "5.7.21", "5.7.22" };
	static const char *const words[] = { "SPF", "DMARC", "DKIM" };
	const char *p;
	size_t i, n;

	for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (strstr(t, codes[i]) != NULL)
			return 1;
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		for (p = t; (p = strcasestr(p, words[i])) != NULL; p += n)
			if ((p == t || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return 1;
	}
	return 0;
}

/* Whether a receiver's refusal or the bounce points at authentication;
 * the probe whose reply does in *who (NULL: the bounce). */
static int
auth_pointed(const struct mx_model *m, const struct mx_probe **who)
{
	int i;

	*who = NULL;
	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		if (p->last_code >= 400 && (names_auth(mx__probe_reply_text(p)) ||
		    names_auth(p->last_esc) || strcmp(mx__probe_reason(m, p,
		    p->mx_index >= 0 && p->mx_index < MX_MAX_EXCHANGERS ?
		    m->exch[p->mx_index].host : NULL), "authfailure") == 0)) {
			*who = p;
			return 1;
		}
	}
	return m->bounce.present && (strcmp(m->bounce.reason,
	    "authfailure") == 0 || names_auth(m->bounce.status) ||
	    names_auth(m->bounce.diagnostic));
}

/* dmarc.missing's remedy (translated by mx__diag_add_text). */
static const char dmarc_publish[] = N_("Publish a TXT record at "
    "_dmarc.DOMAIN, e.g. \"v=DMARC1; p=none; rua=mailto:dmarc@DOMAIN\", "
    "after SPF and DKIM pass for all its mail.");

/* A twin text (i18n.h) in the language tr asks for: the English for the
 * JSON (tr 0), else the translation. */
static const char *
twin(int tr, const char *en, const char *en_tr)
{
	return tr ? mx_i18n_show(en, en_tr) : en;
}

/* What to change in the SPF record so that ip passes (tr: in the user's
 * language, for the report; else English, for the JSON). */
static void
spf_fix(const struct mx_spf *s, int tr, char *out, size_t outlen)
{
	int v6 = strchr(s->ip, ':') != NULL;

	if (s->result == MX_SPF_NONE)
		mx__pput(out, outlen, T_(tr, "Publish a TXT record at %s such "
		    "as \"v=spf1 %s:%s -all\" listing every host that sends "
		    "its mail."), s->domain, v6 ? "ip6" : "ip4", s->ip);
	else if (s->result == MX_SPF_PERMERROR)
		mx__pput(out, outlen, T_(tr, "Repair the SPF record of %s (%s): "
		    "receivers treat a broken record as a failure."),
		    s->domain, twin(tr, s->error, s->error_tr));
	else
		mx__pput(out, outlen, T_(tr, "Add %s:%s (our sending IP, from "
		    "%s) to the SPF record of %s before its \"%s\", or send "
		    "through a host it lists."), v6 ? "ip6" : "ip4", s->ip,
		    s->ip_source == MX_IPSRC_REPLY ? T_(tr, "the receiver's "
		    "reply") : s->ip_source == MX_IPSRC_SOURCE ? "--source" :
		    T_(tr, "our end of the connection"), s->domain,
		    s->mechanism[0] ? s->mechanism : "all");
}

/* Findings of the SPF evaluation. */
static void
diag_spf(struct mx__diag *d, int auth)
{
	static const char *const spf_ids[] = { "spf.fail", "spf.softfail",
	    "spf.permerror", "spf.none" };
	const struct mx_spf *s = &d->m->policy.spf;
	char fix[MX_TEXT_MAX], fix_tr[MX_TEXT_MAX];
	char sum[MX_TEXT_MAX], sum_tr[MX_TEXT_MAX];
	size_t i;
	int tr;

	if (!s->done || s->result == MX_SPF_SKIPPED)
		return;
	spf_fix(s, 0, fix, sizeof fix);
	spf_fix(s, 1, fix_tr, sizeof fix_tr);
	switch (s->result) {
	case MX_SPF_FAIL:
		if (s->explanation[0] != '\0')	/* exp= (§6.2), as sent */
			mx__diag_add(d, "spf.fail", auth ? MX_SEV_ERROR :
			    MX_SEV_WARN, MX_ACT_US, s->domain, fix, "The SPF "
			    "record of %s does not allow our sending IP %s "
			    "(fail, by %s): receivers that check SPF refuse or "
			    "junk our mail; its explanation says \"%s\".",
			    s->domain, s->ip, s->mechanism, s->explanation);
		else
			mx__diag_add(d, "spf.fail", auth ? MX_SEV_ERROR :
			    MX_SEV_WARN, MX_ACT_US, s->domain, fix, "The SPF "
			    "record of %s does not allow our sending IP %s "
			    "(fail, by %s): receivers that check SPF refuse or "
			    "junk our mail.", s->domain, s->ip, s->mechanism);
		break;
	case MX_SPF_TEMPERROR:
		/* §2.6.6: a transient DNS error; receivers defer (4.7.24). */
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The SPF "
			    "of %s could not be evaluated for a DNS error "
			    "(temperror: %s): receivers defer our mail (4.7.24) "
			    "and DMARC counts it as a failure until the lookups "
			    "answer."), s->domain, twin(tr, s->error,
			    s->error_tr));
		mx__diag_add_text(d, "spf.temperror", auth ? MX_SEV_ERROR :
		    MX_SEV_WARN, MX_ACT_US, s->domain, N_("Check that every "
		    "name server of the domain the error names answers (dig "
		    "+norec TXT at each one), and that no record of the SPF "
		    "chain sits in a zone whose servers time out or SERVFAIL."),
		    sum, sum_tr);
		break;
	case MX_SPF_SOFTFAIL:
		mx__diag_add(d, "spf.softfail", auth ? MX_SEV_ERROR :
		    MX_SEV_WARN, MX_ACT_US, s->domain, fix, "The SPF record of "
		    "%s only half allows our sending IP %s (softfail, by %s): "
		    "many receivers junk such mail, and DMARC counts it as a "
		    "failure.", s->domain, s->ip, s->mechanism);
		break;
	case MX_SPF_PERMERROR:
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The SPF "
			    "record of %s cannot be evaluated (permerror): "
			    "%s."), s->domain, twin(tr, s->error,
			    s->error_tr));
		mx__diag_add_text(d, "spf.permerror", auth ? MX_SEV_ERROR :
		    MX_SEV_WARN, MX_ACT_US, s->domain, fix, sum, sum_tr);
		break;
	case MX_SPF_NONE:
		if (auth)
			mx__diag_add(d, "spf.none", MX_SEV_WARN, MX_ACT_US,
			    s->domain, fix, "%s publishes no SPF record: "
			    "receivers cannot tell our mail from forgeries, "
			    "and this one refuses on authentication.",
			    s->domain);
		else
			mx__diag_add(d, "spf.none", MX_SEV_INFO, MX_ACT_US,
			    s->domain, fix, "%s publishes no SPF record: "
			    "receivers cannot tell our mail from forgeries.",
			    s->domain);
		break;
	default:
		break;
	}
	/* The fix names our IP and the record: formatted, so translated
	 * here rather than by its English text. */
	for (i = 0; i < sizeof spf_ids / sizeof spf_ids[0]; i++)
		mx__diag_remedy_tr(d, spf_ids[i], s->domain, fix_tr);
}

/* dmarc.missing: no record at _dmarc.DOMAIN (nor the organisational
 * domain's); a warning when the refusal is about authentication. */
static void
dmarc_missing(struct mx__diag *d, const struct mx_dmarc *r, int auth)
{
	char names[MX_HOST_MAX * 2 + 16];

	if (strcmp(r->org_domain, r->domain) != 0)
		mx__pput(names, sizeof names, "_dmarc.%s, _dmarc.%s", r->domain,
		    r->org_domain);
	else
		mx__pput(names, sizeof names, "_dmarc.%s", r->domain);
	if (auth)
		mx__diag_add(d, "dmarc.missing", MX_SEV_WARN, MX_ACT_US,
		    r->domain, dmarc_publish, "%s publishes no DMARC record "
		    "(%s): large receivers expect one from bulk senders, and "
		    "this one refuses on authentication.", r->domain, names);
	else
		mx__diag_add(d, "dmarc.missing", MX_SEV_INFO, MX_ACT_US,
		    r->domain, dmarc_publish, "%s publishes no DMARC record "
		    "(%s): large receivers expect one from bulk senders.",
		    r->domain, names);
}

/* Findings of the sender domain's DMARC record. */
static void
diag_dmarc(struct mx__diag *d, int auth)
{
	const struct mx_dmarc *r = &d->m->policy.dmarc;
	char sum[MX_TEXT_MAX], sum_tr[MX_TEXT_MAX];
	int tr;

	if (!r->asked || !r->done)
		return;
	if (!r->present && (r->status == MX_DNS_NXDOMAIN ||
	    r->status == MX_DNS_NODATA))
		dmarc_missing(d, r, auth);
	else if (r->present && !r->valid) {
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The "
			    "DMARC record at %s is not valid (%s): receivers "
			    "ignore it."), r->found_at, twin(tr, r->error,
			    r->error_tr));
		mx__diag_add_text(d, "dmarc.invalid", MX_SEV_WARN, MX_ACT_US,
		    r->domain, N_("Correct the record: v=DMARC1 first, then "
		    "p=none|quarantine|reject, tags separated by ';'."), sum,
		    sum_tr);
	} else if (r->valid && d->m->policy.dkim.asked &&
	    strcmp(r->result, "fail") == 0) {
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The "
			    "returned message fails DMARC for %s (p=%s): %s."),
			    r->domain, r->p, twin(tr, r->result_why,
			    r->result_why_tr));
		mx__diag_add_text(d, "dmarc.fail", auth || strcmp(r->p,
		    "reject") == 0 ? MX_SEV_ERROR : strcmp(r->p, "none") == 0 ?
		    MX_SEV_INFO : MX_SEV_WARN, MX_ACT_US, r->domain, N_("Make "
		    "the DKIM signature verify with d= the From domain (or its "
		    "organisational domain with adkim=r), or make SPF pass for "
		    "it with our sending IP."), sum, sum_tr);
	} else if (r->valid && strcmp(r->p, "reject") == 0 &&
	    r->spf_aligned == 0 && r->dkim_aligned != 1)
		mx__diag_add(d, "dmarc.reject_without_spf_pass", auth ?
		    MX_SEV_ERROR : MX_SEV_WARN, MX_ACT_US, r->domain,
		    "Make SPF pass for our sending IP with the sender domain "
		    "(or an aligned one), or sign every message with DKIM for "
		    "the sender domain.", "%s asks receivers to reject mail "
		    "that fails DMARC (p=reject), and SPF does not pass "
		    "aligned for our sending IP (%s): only a valid DKIM "
		    "signature saves such mail.", r->domain,
		    mx_spf_result_name(d->m->policy.spf.result));
}

/* Findings of the signature checked with a good key (RFC 6376 §6.1.3):
 * ours to fix (our signer, or what changes mail after it), an error when
 * the refusal is about authentication. */
static void
diag_dkim_sig(struct mx__diag *d, int auth, const char *subj)
{
	const struct mx_dkim *k = &d->m->policy.dkim;
	enum mx_severity sev = auth ? MX_SEV_ERROR : MX_SEV_WARN;
	char sum[MX_TEXT_MAX], sum_tr[MX_TEXT_MAX];
	int tr;

	if (strcmp(k->failure, "body_hash") == 0)
		mx__diag_add(d, "dkim.bad_body_hash", sev, MX_ACT_US, subj,
		    "Find what changes the body after signing (a footer or "
		    "disclaimer added, a gateway re-encoding, l= shorter than "
		    "the body) and sign after it, or stop it.", "The body of "
		    "the returned message does not match its DKIM body hash "
		    "(bh=, d=%s, %s): it was changed after signing, so the "
		    "signature fails (or the bounce's copy was re-encoded).",
		    k->sig.domain, k->sig.canon);
	else if (strcmp(k->failure, "signature") == 0)
		mx__diag_add(d, "dkim.bad_signature", sev, MX_ACT_US, subj,
		    "Check that the signer's private key matches the public "
		    "key published for selector s=, and that no signed header "
		    "field is rewritten after signing (Subject tags, From "
		    "rewriting).", "The DKIM signature (b=, d=%s, %s) of the "
		    "returned message does not verify with the key at %s: the "
		    "key does not match, or a signed header field (%s) changed "
		    "after signing.", k->sig.domain, k->sig.algorithm, subj,
		    k->sig.headers);
	else if (strcmp(k->failure, "expired") == 0) {
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The "
			    "DKIM signature (d=%s) of the returned message had "
			    "expired when checked: %s."), k->sig.domain,
			    twin(tr, k->why, k->why_tr));
		mx__diag_add_text(d, "dkim.expired", sev, MX_ACT_US, subj,
		    N_("Set a longer signature lifetime (x=) in the signer, "
		    "days rather than minutes: retried mail is verified late."),
		    sum, sum_tr);
	}
}

/* Findings of the DKIM key a bounce's signature names, and of the
 * signature checked with it. */
static void
diag_dkim(struct mx__diag *d, int auth)
{
	const struct mx_dkim *k = &d->m->policy.dkim;
	char subj[MX_HOST_MAX], sum[MX_TEXT_MAX], sum_tr[MX_TEXT_MAX];
	int tr;

	if (!k->asked || !k->done)
		return;
	mx__pput(subj, sizeof subj, "%s._domainkey.%s", k->selector, k->domain);
	if (k->present && k->valid && !k->revoked) {
		diag_dkim_sig(d, auth, subj);
		return;
	}
	if (!k->present && (k->status == MX_DNS_NXDOMAIN ||
	    k->status == MX_DNS_NODATA))
		mx__diag_add(d, "dkim.key_missing", MX_SEV_WARN, MX_ACT_US, subj,
		    "Publish the selector's public key at that name, or sign "
		    "with a selector that is published.", "The message was "
		    "signed with selector %s of %s, but no key is published at "
		    "%s: receivers see the signature as failed.", k->selector,
		    k->domain, subj);
	else if (k->present) {
		for (tr = 0; tr < 2; tr++)
			mx__pput(tr ? sum_tr : sum, sizeof sum, T_(tr, "The "
			    "DKIM key at %s cannot verify signatures: %s."),
			    subj, twin(tr, k->error, k->error_tr));
		mx__diag_add_text(d, k->revoked ? "dkim.key_revoked" :
		    "dkim.key_invalid", MX_SEV_WARN, MX_ACT_US, subj,
		    N_("Publish a valid key (v=DKIM1; k=rsa; p=BASE64) for the "
		    "selector the signer uses, or switch the signer to a "
		    "published one."), sum, sum_tr);
	}
}

/* Add the policy findings. */
void
mx__policy_diag(struct mx__diag *d)
{
	const struct mx_probe *who;
	int auth = auth_pointed(d->m, &who);

	diag_spf(d, auth);
	diag_dmarc(d, auth);
	diag_dkim(d, auth);
}

/* A refusal on authentication with SPF failing: the verdict says which
 * record to fix and how. */
void
mx__policy_verdict(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	const struct mx_spf *s = &m->policy.spf;
	const struct mx_probe *who;
	char fix[MX_TEXT_MAX], fix_tr[MX_TEXT_MAX], tail[MX_TEXT_MAX * 2];
	char tail_tr[MX_TEXT_MAX * 2];
	size_t len;

	if (!s->done || !auth_pointed(m, &who) || (s->result != MX_SPF_FAIL &&
	    s->result != MX_SPF_SOFTFAIL && s->result != MX_SPF_PERMERROR &&
	    s->result != MX_SPF_NONE))
		return;
	spf_fix(s, 0, fix, sizeof fix);
	spf_fix(s, 1, fix_tr, sizeof fix_tr);
	mx__pput(v->fix, sizeof v->fix, "SPF of %s gives %s for %s: %s",
	    s->domain, mx_spf_result_name(s->result), s->ip, fix);
	mx__pput(v->fix_tr, sizeof v->fix_tr, _("SPF of %s gives %s for %s: "
	    "%s"), s->domain, mx_spf_result_name(s->result), s->ip, fix_tr);
	/* The summary says it too, after what the receiver said. */
	mx__pput(tail, sizeof tail, " The refusal is about authentication and "
	    "%s", v->fix);
	mx__pput(tail_tr, sizeof tail_tr, _("The refusal is about "
	    "authentication and %s"), v->fix_tr);
	len = strlen(v->summary);
	if (strstr(v->summary, "SPF of ") == NULL) {
		mx_strlcpy(v->summary + len, tail, sizeof v->summary - len);
		mx_i18n_append(v->summary_tr, sizeof v->summary_tr, tail_tr);
	}
	if (strcmp(v->reason, "deliverable") != 0) {
		v->actor = MX_ACT_US;
		v->has_also = 0;
	}
}
