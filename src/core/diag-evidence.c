/*
 * diag-evidence: what following a refusal's evidence found (issue 12):
 * when a live reply named a blocklist, or the verdict is a block, and the
 * lookup of the IP confirms a listing, the verdict says "IP is listed at
 * ZONE: TXT".
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

static const char listing_fmt[] = N_("%s is listed at %s: %s.");

/* Whether listing i of m is the verdict's evidence; if so its sentence
 * (tr: in the user's language) goes into buf. */
int
mx_diag_listing(const struct mx_model *m, const struct mx_verdict *v,
    int i, int tr, char *buf, size_t sz)
{
	const struct mx_dnsbl *l = &m->dnsbl[i];

	if (i >= m->ndnsbl || i >= MX_MAX_DNSBL || !l->listed ||
	    (!l->from_reply && strcmp(v->reason, "blocked") != 0))
		return 0;
	snprintf(buf, sz, tr ? _(listing_fmt) : listing_fmt, l->ip, l->zone,
	    l->txt[0] != '\0' ? l->txt : l->answer);
	return 1;
}

/* Append the confirmed listings that are the verdict's evidence. */
void
mx__diag_evidence(struct mx__diag *d, struct mx_verdict *v)
{
	char s[MX_TEXT_MAX + 300];
	int i;

	for (i = 0; i < d->m->ndnsbl; i++)
		if (mx_diag_listing(d->m, v, i, 0, s, sizeof s))
			mx_i18n_append(v->summary, sizeof v->summary, s);
}
