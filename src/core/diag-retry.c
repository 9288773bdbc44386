/*
 * diag-retry: what --retry found (issue 12, "Transient faults confirmed
 * over time").  A probe re-run after a 4xx either cleared (greylisting
 * let it through: smtp.retry_cleared) or did not (still deferred, or now
 * refused: smtp.retry_not_cleared); the verdict says which, and while the
 * next round is awaited it says so.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* smtp.retry_cleared / smtp.retry_not_cleared, and the verdict's words. */
void
mx__diag_retry(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 4], text[MX_TEXT_MAX];
	char text_tr[MX_TEXT_MAX];
	int i, cleared = 0, stuck = 0, secs = m->retry_ms / 1000;
	short first = 0;

	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		const char *host = m->exch[p->mx_index].host;
		if (p->retried == 0 || !p->done || p->outcome == MX_OUT_NONE)
			continue;
		if (first == 0)
			first = p->retry_code;
		snprintf(subj, sizeof subj, "%s [%s]", host, p->addr);
		if (p->outcome == MX_OUT_OK) {
			cleared++;
			mx__diag_add(d, "smtp.retry_cleared", MX_SEV_INFO,
			    MX_ACT_NOBODY, subj, "Nothing to do: a sending MTA "
			    "retries the same way and gets through.", "%s first "
			    "deferred with %d%s%s; re-run %d time(s), %d s apart "
			    "(--retry), it accepted.", host, p->retry_code,
			    p->retry_esc[0] ? " " : "", p->retry_esc, p->retried,
			    secs);
		} else {
			stuck++;
			mx__diag_add(d, "smtp.retry_not_cleared", MX_SEV_WARN,
			    MX_ACT_NOBODY, subj, "Not a passing delay: see the "
			    "verdict's reason for who must act.", "%s first "
			    "deferred with %d%s%s; re-run %d time(s), %d s apart "
			    "(--retry), it still answers %d%s%s.", host,
			    p->retry_code, p->retry_esc[0] ? " " : "",
			    p->retry_esc, p->retried, secs, p->last_code,
			    p->last_esc[0] ? " " : "", p->last_esc);
		}
	}
	if (m->retry_waiting) {
		mx_i18n_twin(text, text_tr, sizeof text, "Waiting %d s for "
		    "retry %d of %d (--retry).", secs, m->retry_round,
		    m->retries);
		mx__verdict_more(v, text, text_tr);
	} else if (cleared > 0 && strcmp(v->reason, "deliverable") == 0) {
		/* TRANSLATORS: the first deferral's reply code, then the
		 * seconds between retries. */
		mx_i18n_twin(text, text_tr, sizeof text, "The first %d cleared "
		    "on retry (--retry, %d s apart): a passing deferral such "
		    "as greylisting.", first, secs);
		mx__verdict_more(v, text, text_tr);
	} else if (stuck > 0) {
		mx_i18n_twin(text, text_tr, sizeof text, "It did not clear: "
		    "still deferred or refused after %d retry(ies), %d s apart "
		    "(--retry).", m->retry_round, secs);
		mx__verdict_more(v, text, text_tr);
	}
}
