/*
 * diag-deadline: a run stopped by --deadline (issue 12).  The verdict is
 * the one drawn from what is known (probes stopped unfinished say nothing,
 * diag.c skips them); this says what was not finished.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* What was not finished, in English (tr 0: the JSON's words, stage
 * names) or in the reader's language (tr 1: the stage as a command);
 * the number of unfinished probes and resolvers in *np, *nr. */
static void
unfinished(const struct mx_model *m, int tr, char *what, size_t sz,
    int *np, int *nr)
{
	size_t o = 0;
	int i, nprobe = 0, nres = 0;
	char label[MX_EXCH_LABEL_MAX];

	what[0] = '\0';
	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		enum mx_stage st = p->stage == MX_ST_DONE ? p->failed_stage :
		    p->stage;
		if (p->done && p->outcome != MX_OUT_NONE)
			continue;
		if (nprobe++ < 3 && o < sz)
			o += (size_t)snprintf(what + o, sz - o, "%s", o ?
			    T_(tr, ", ") : "");
		if (nprobe <= 3 && o < sz)
			/* TRANSLATORS: the exchanger, "mx1.example.test
			 * [192.0.2.1]" (or its address alone), then the
			 * command it had not answered. */
			o += (size_t)snprintf(what + o, sz - o, T_(tr, "%s at "
			    "%s"), mx_exch_label(m->exch[p->mx_index].host,
			    p->addr, label, sizeof label), tr ?
			    mx_stage_tr(st) : mx_stage_name(st));
	}
	if (nprobe > 3 && o < sz)
		o += (size_t)snprintf(what + o, sz - o, T_(tr, " and %d more"),
		    nprobe - 3);
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++) {
		if (m->resolvers[i].done)
			continue;
		if (o < sz)
			o += (size_t)snprintf(what + o, sz - o, "%s", o ?
			    T_(tr, ", ") : "");
		if (o < sz)
			o += (size_t)snprintf(what + o, sz - o, T_(tr,
			    "resolver %s"), m->resolvers[i].name);
		nres++;
	}
	*np = nprobe;
	*nr = nres;
}

/* Append the unfinished part of a run to the verdict. */
void
mx__diag_deadline(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	char what[MX_TEXT_MAX], tail[MX_TEXT_MAX + 96], tail_tr[MX_TEXT_MAX + 96];
	int nprobe, nres;

	if (m->deadline_ms <= 0)
		return;
	unfinished(m, 0, what, sizeof what, &nprobe, &nres);
	if (nprobe == 0 && nres == 0)
		return;
	if (strcmp(v->reason, "onhold") == 0) {
		snprintf(v->summary, sizeof v->summary, "Nothing conclusive "
		    "before the deadline.");
		snprintf(v->summary_tr, sizeof v->summary_tr, "%s",
		    _("Nothing conclusive before the deadline."));
		v->more_tr[0] = '\0';
		v->exit_code = MX_EXIT_UNKNOWN;
		/* Our own limit stopped it: whoever runs the check re-runs
		 * it, so the actor is us and the fix says how (the onhold
		 * row's "nobody, nothing to fix" is for a run that ended). */
		mx_strlcpy(v->fix, "Re-run the check with a longer --deadline, "
		    "or without one.", sizeof v->fix);
		mx_strlcpy(v->fix_tr, _("Re-run the check with a longer "
		    "--deadline, or without one."), sizeof v->fix_tr);
		v->actor = MX_ACT_US;
		v->actor_also = MX_ACT_NOBODY;
		v->has_also = 0;
	} else if (v->exit_code == MX_EXIT_OK)
		v->exit_code = MX_EXIT_TEMP;
	snprintf(tail, sizeof tail, "Not finished when the %d s deadline "
	    "expired (--deadline): %s.", m->deadline_ms / 1000, what);
	unfinished(m, 1, what, sizeof what, &nprobe, &nres);
	/* TRANSLATORS: %d is the --deadline in seconds, %s what was
	 * not finished ("mx1.example.test [192.0.2.1] at RCPT TO, ..."). */
	snprintf(tail_tr, sizeof tail_tr, _("Not finished when the %d s "
	    "deadline expired (--deadline): %s."), m->deadline_ms / 1000, what);
	mx__verdict_more(v, tail, tail_tr);
}
