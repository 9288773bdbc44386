/*
 * dmarc-judge: the DMARC result of the sender domain (RFC 7489 §3.1,
 * §4.2), pure over the run's policy state: SPF alignment (aspf) once SPF
 * ended, DKIM alignment (adkim: strict, the same domain; relaxed, the
 * same organisational domain by the public suffix list) once the
 * signature was checked, and pass when either passes aligned, fail when
 * neither can; the reason in plain words.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "policy-int.h"
#include "util.h"

/* Whether domains a and b are aligned in mode ('s' strict, else relaxed). */
static int
aligned(const struct mx_psl *l, char mode, const char *a, const char *b)
{
	char oa[MX_HOST_MAX], ob[MX_HOST_MAX];

	if (mode == 's')
		return strcasecmp(a, b) == 0;
	mx_psl_org_domain(l, a, oa, sizeof oa);
	mx_psl_org_domain(l, b, ob, sizeof ob);
	return strcasecmp(oa, ob) == 0;
}

/* SPF's part in words (tr: in the user's language, else English). */
static void
spf_words(const struct mx_policy *p, int tr, char *out, size_t outlen)
{
	const struct mx_spf *s = &p->spf;
	const struct mx_dmarc *d = &p->dmarc;

	if (s->result == MX_SPF_SKIPPED || !s->done)
		mx__pput(out, outlen, "%s", T_(tr, "SPF was not evaluated"));
	else if (s->result != MX_SPF_PASS)	/* the result: a machine word */
		mx__pput(out, outlen, T_(tr, "SPF of %s gives %s for %s"),
		    s->domain, mx_spf_result_name(s->result), s->ip[0] ? s->ip :
		    "?");
	else if (d->spf_aligned)
		mx__pput(out, outlen, T_(tr, "SPF passes for %s, aligned with "
		    "%s (aspf=%c)"), s->domain, d->domain, d->aspf);
	else
		mx__pput(out, outlen, T_(tr, "SPF passes for %s, not aligned "
		    "with %s (aspf=%c)"), s->domain, d->domain, d->aspf);
}

/* DKIM's part in words (tr as above). */
static void
dkim_words(const struct mx_policy *p, int tr, char *out, size_t outlen)
{
	const struct mx_dkim *k = &p->dkim;
	const struct mx_dmarc *d = &p->dmarc;

	if (!k->asked || strcmp(k->result, "none") == 0 || k->result[0] == 0)
		mx__pput(out, outlen, "%s", T_(tr, "no DKIM signature was "
		    "seen"));
	else if (strcmp(k->result, "pass") != 0)
		mx__pput(out, outlen, T_(tr, "DKIM d=%s gives %s: %s"),
		    k->sig.domain, k->result, tr ? mx_i18n_show(k->why,
		    k->why_tr) : k->why);
	else if (d->dkim_aligned)
		mx__pput(out, outlen, T_(tr, "DKIM d=%s verifies, aligned with "
		    "%s (adkim=%c)"), k->sig.domain, d->domain, d->adkim);
	else
		mx__pput(out, outlen, T_(tr, "DKIM d=%s verifies, not aligned "
		    "with %s (adkim=%c)"), k->sig.domain, d->domain, d->adkim);
}

/* The result's why, English (tr 0) or translated (tr 1), from SPF's part
 * a and DKIM's part b: the one that passed, else both. */
static void
result_why(struct mx_policy *p, int tr, char *out, size_t outlen)
{
	const struct mx_dmarc *d = &p->dmarc;
	char a[MX_TEXT_MAX], b[MX_TEXT_MAX];

	spf_words(p, tr, a, sizeof a);
	dkim_words(p, tr, b, sizeof b);
	if (d->spf_aligned == 1 || d->dkim_aligned == 1)
		mx__pput(out, outlen, "%s", d->dkim_aligned == 1 ? b : a);
	else
		mx__pput(out, outlen, T_(tr, "%s; %s"), a, b);
}

/* Judge the sender domain's DMARC from the state p. */
void
mx__dmarc_judge(struct mx_policy *p, const struct mx_psl *l)
{
	struct mx_dmarc *d = &p->dmarc;
	const struct mx_spf *s = &p->spf;
	const struct mx_dkim *k = &p->dkim;
	int spf_final, dkim_final;

	d->spf_aligned = d->dkim_aligned = -1;
	d->result[0] = d->result_why[0] = d->result_why_tr[0] = '\0';
	if (!d->asked || !d->done || !d->valid)
		return;
	spf_final = s->done || s->result == MX_SPF_SKIPPED;
	if (s->done && s->result != MX_SPF_SKIPPED)
		d->spf_aligned = s->result == MX_SPF_PASS &&
		    aligned(l, d->aspf, s->domain, d->domain);
	dkim_final = !k->asked || k->done;
	if (k->asked && k->done && k->sig.present)
		d->dkim_aligned = strcmp(k->result, "pass") == 0 &&
		    aligned(l, d->adkim, k->sig.domain, d->domain);
	if (d->spf_aligned == 1 || d->dkim_aligned == 1)
		mx_strlcpy(d->result, "pass", sizeof d->result);
	else if (spf_final && dkim_final)
		mx_strlcpy(d->result, "fail", sizeof d->result);
	else
		return;
	result_why(p, 0, d->result_why, sizeof d->result_why);
	result_why(p, 1, d->result_why_tr, sizeof d->result_why_tr);
}
