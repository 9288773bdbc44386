/*
 * diag-equalpref: exchangers of equal preference that answer differently.
 * RFC 5321 §5.1: a sender MUST randomize among destinations of the same
 * preference, so when one accepts the mail and another refuses it (5xx),
 * some senders deliver and some bounce, whatever this check's fixed order
 * (preference, host, address) found first.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* Whether a finished probe decides delivery: 1 accepted, 2 refused
 * (5xx), 0 neither (deferred, unreachable, unfinished). */
static int
decides(const struct mx_probe *p)
{
	if (!p->done)
		return 0;
	if (p->outcome == MX_OUT_OK)
		return 1;
	if (p->outcome == MX_OUT_RESP && p->reply[p->failed_stage].code >= 500)
		return 2;
	return 0;
}

/* The finding, and the verdict's words and actor when it said
 * deliverable (only part of the senders deliver). */
void
mx__diag_equalpref(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	const struct mx_probe *ok = NULL, *no = NULL, *p;
	const struct mx_stage_reply *r;
	int order[MX_MAX_PROBES], n, i, pref = -1;
	char subj[MX_EXCH_LABEL_MAX], tail[MX_TEXT_MAX], tail_tr[MX_TEXT_MAX];
	char ok_label[MX_EXCH_LABEL_MAX], no_label[MX_EXCH_LABEL_MAX];

	n = mx_diag_probe_order(m, order, NULL);
	for (i = 0; i < n; i++) {
		p = &m->probes[order[i]];
		if (pref >= 0 && m->exch[p->mx_index].pref != pref)
			break;	/* the first deciding preference only */
		if (!decides(p))
			continue;
		pref = m->exch[p->mx_index].pref;
		if (decides(p) == 1 && ok == NULL)
			ok = p;
		else if (decides(p) == 2 && no == NULL)
			no = p;
	}
	/* Peers in one MX set: a resolver named both (exchangers of
	 * different views are diag-views.c's). */
	if (ok == NULL || no == NULL || (m->exch[ok->mx_index].seen_by &
	    m->exch[no->mx_index].seen_by) == 0)
		return;
	r = &no->reply[no->failed_stage];
	snprintf(subj, sizeof subj, "%s [%s]", m->exch[no->mx_index].host,
	    no->addr);
	mx_exch_label(m->exch[ok->mx_index].host, ok->addr, ok_label,
	    sizeof ok_label);
	mx_exch_label(m->exch[no->mx_index].host, no->addr, no_label,
	    sizeof no_label);
	mx__diag_add(d, "smtp.equal_preference_differ", MX_SEV_ERROR,
	    MX_ACT_REMOTE, subj, "The remote admin must make every exchanger "
	    "of the same preference accept the same recipients (or give the "
	    "refusing one a higher preference value).",
	    /* TRANSLATORS: %d is the preference; the first two %s are
	     * exchangers, "mx1.example.test [192.0.2.1]" (or an address
	     * alone), the one that accepts and the one that refuses. */
	    "Exchangers of equal preference %d answer differently: %s accepts "
	    "the mail, %s refuses it (%d %s); senders pick one at random (RFC "
	    "5321 §5.1), so some of the mail bounces.", pref, ok_label,
	    no_label, r->code, r->esc);
	if (v == NULL || strcmp(v->reason, "deliverable") != 0)
		return;
	snprintf(tail, sizeof tail, "But %s, of the same preference, refuses "
	    "it (%d %s).", no_label, r->code, r->esc);
	/* TRANSLATORS: the first %s is the exchanger, "mx1.example.test
	 * [192.0.2.1]" (or its address alone); then its reply's code and
	 * status. */
	snprintf(tail_tr, sizeof tail_tr, _("But %s, of the same preference, "
	    "refuses it (%d %s)."), no_label, r->code, r->esc);
	mx__verdict_more(v, tail, tail_tr);
	if (v->exit_code == MX_EXIT_OK)
		v->exit_code = MX_EXIT_TEMP;
}
