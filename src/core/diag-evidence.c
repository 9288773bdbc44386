/*
 * diag-evidence: what following a refusal's evidence found (issue 12):
 * when a live reply named a blocklist and the lookup of the IP confirms a
 * listing, the verdict says "listed at ZONE: TXT".
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"

/* Append the confirmed listings a live reply led to. */
void
mx__diag_evidence(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	char tail[MX_TEXT_MAX + 300];
	size_t len;
	int i;

	for (i = 0; i < m->ndnsbl && i < MX_MAX_DNSBL; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		if (!l->from_reply || !l->listed)
			continue;
		snprintf(tail, sizeof tail, " %s is listed at %s: %s.", l->ip,
		    l->zone, l->txt[0] != '\0' ? l->txt : l->answer);
		len = strlen(v->summary);
		mx_strlcpy(v->summary + len, tail, sizeof v->summary - len);
	}
}
