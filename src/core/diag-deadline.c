/*
 * diag-deadline: a run stopped by --deadline (issue 12).  The verdict is
 * the one drawn from what is known (probes stopped unfinished say nothing,
 * diag.c skips them); this says what was not finished.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"

/* Append the unfinished part of a run to the verdict. */
void
mx__diag_deadline(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	char what[MX_TEXT_MAX], tail[MX_TEXT_MAX + 96];
	size_t o = 0, len;
	int i, nprobe = 0, nres = 0;

	if (m->deadline_ms <= 0)
		return;
	what[0] = '\0';
	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		if (p->done && p->outcome != MX_OUT_NONE)
			continue;
		if (nprobe++ < 3 && o < sizeof what)
			o += (size_t)snprintf(what + o, sizeof what - o,
			    "%s%s [%s] at %s", o ? ", " : "",
			    m->exch[p->mx_index].host, p->addr,
			    mx_stage_name(p->stage == MX_ST_DONE ?
			    p->failed_stage : p->stage));
	}
	if (nprobe > 3 && o < sizeof what)
		o += (size_t)snprintf(what + o, sizeof what - o, " and %d more",
		    nprobe - 3);
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++) {
		if (m->resolvers[i].done)
			continue;
		if (o < sizeof what)
			o += (size_t)snprintf(what + o, sizeof what - o,
			    "%sresolver %s", o ? ", " : "",
			    m->resolvers[i].name);
		nres++;
	}
	if (nprobe == 0 && nres == 0)
		return;
	if (strcmp(v->reason, "onhold") == 0) {
		snprintf(v->summary, sizeof v->summary, "Nothing conclusive "
		    "before the deadline.");
		v->exit_code = MX_EXIT_UNKNOWN;
	} else if (v->exit_code == MX_EXIT_OK)
		v->exit_code = MX_EXIT_TEMP;
	snprintf(tail, sizeof tail, " Not finished when the %d s deadline "
	    "expired (--deadline): %s.", m->deadline_ms / 1000, what);
	len = strlen(v->summary);
	mx_strlcpy(v->summary + len, tail, sizeof v->summary - len);
	v->summary_tr[0] = '\0';	/* English: what was not finished */
}
