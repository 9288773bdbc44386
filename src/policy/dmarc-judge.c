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

/* SPF's part in words. */
static void
spf_words(const struct mx_policy *p, char *out, size_t outlen)
{
	const struct mx_spf *s = &p->spf;
	const struct mx_dmarc *d = &p->dmarc;

	if (s->result == MX_SPF_SKIPPED || !s->done)
		mx__pput(out, outlen, "SPF was not evaluated");
	else if (s->result != MX_SPF_PASS)
		mx__pput(out, outlen, "SPF of %s gives %s for %s", s->domain,
		    mx_spf_result_name(s->result), s->ip[0] ? s->ip : "?");
	else
		mx__pput(out, outlen, "SPF passes for %s, %saligned with %s "
		    "(aspf=%c)", s->domain, d->spf_aligned ? "" : "not ",
		    d->domain, d->aspf);
}

/* DKIM's part in words. */
static void
dkim_words(const struct mx_policy *p, char *out, size_t outlen)
{
	const struct mx_dkim *k = &p->dkim;
	const struct mx_dmarc *d = &p->dmarc;

	if (!k->asked || strcmp(k->result, "none") == 0 || k->result[0] == 0)
		mx__pput(out, outlen, "no DKIM signature was seen");
	else if (strcmp(k->result, "pass") != 0)
		mx__pput(out, outlen, "DKIM d=%s gives %s: %s", k->sig.domain,
		    k->result, k->why);
	else
		mx__pput(out, outlen, "DKIM d=%s verifies, %saligned with %s "
		    "(adkim=%c)", k->sig.domain, d->dkim_aligned ? "" : "not ",
		    d->domain, d->adkim);
}

/* Judge the sender domain's DMARC from the state p. */
void
mx__dmarc_judge(struct mx_policy *p, const struct mx_psl *l)
{
	struct mx_dmarc *d = &p->dmarc;
	const struct mx_spf *s = &p->spf;
	const struct mx_dkim *k = &p->dkim;
	char a[MX_TEXT_MAX], b[MX_TEXT_MAX];
	int spf_final, dkim_final;

	d->spf_aligned = d->dkim_aligned = -1;
	d->result[0] = d->result_why[0] = '\0';
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
	spf_words(p, a, sizeof a);
	dkim_words(p, b, sizeof b);
	if (d->spf_aligned == 1 || d->dkim_aligned == 1) {
		mx_strlcpy(d->result, "pass", sizeof d->result);
		mx__pput(d->result_why, sizeof d->result_why, "%s", d->dkim_aligned
		    == 1 ? b : a);
	} else if (spf_final && dkim_final) {
		mx_strlcpy(d->result, "fail", sizeof d->result);
		mx__pput(d->result_why, sizeof d->result_why, "%s; %s", a, b);
	}
}
