/*
 * diag-port25: outbound port 25 blocked on this network (issue 12).  Every
 * exchanger address timed out at connect on the SMTP port, yet at least
 * one of them completed a TCP handshake on another port (--alt-ports,
 * engine-altport.c): the hosts are up, and what drops port 25 is on our
 * side (an ISP's block of outbound port 25, or our own firewall).  The
 * remote side is then not blamed, and nothing was tested.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* smtp.port25_blocked, and the verdict that says so. */
void
mx__diag_port25(struct mx__diag *d, struct mx_verdict *v)
{
	const struct mx_model *m = d->m;
	const struct mx_probe *ok = NULL;
	char label[MX_EXCH_LABEL_MAX];
	int i, n = 0;

	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		if (!p->done || p->failed_stage != MX_ST_CONNECT ||
		    p->fail != MX_FAIL_TIMEOUT)
			return;		/* one answered, or ended otherwise */
		n++;
		if (ok == NULL && p->alt_port > 0)
			ok = p;
	}
	if (n == 0 || ok == NULL)
		return;
	mx_exch_label(m->exch[ok->mx_index].host, ok->addr, label,
	    sizeof label);
	mx__diag_add(d, "smtp.port25_blocked", MX_SEV_ERROR, MX_ACT_ISP,
	    "port 25", "Ask the ISP to open outbound port 25 (or relay through "
	    "its smarthost), check our own firewall, or run the check from "
	    "another network; the remote side is not at fault as far as this "
	    "shows.",
	    /* TRANSLATORS: the domain, the SMTP port, the exchanger
	     * ("mx1.example.test [192.0.2.1]", or its address alone), the
	     * other port it answered on, the SMTP port again. */
	    "No exchanger of %s answered on port %d, but %s answered on port "
	    "%d: outbound port %d is blocked on this network.", m->domain,
	    m->port, label, ok->alt_port, m->port);
	mx_strlcpy(v->reason, "networkerror", sizeof v->reason);
	v->exit_code = MX_EXIT_UNKNOWN;
	/* Cut at MX_TEXT_MAX like every summary (host names are long);
	 * the reader's words too, or the report would show the verdict
	 * this one replaces. */
	if (snprintf(v->summary, sizeof v->summary, "Outbound port %d is blocked "
	    "on this network: no exchanger of %s answered on it, but %s "
	    "answered on port %d; the recipient could not be tested. Ask the "
	    "ISP to open port %d (or use its relay), check our firewall, or "
	    "test from another network.", m->port, m->domain, label,
	    ok->alt_port, m->port) < 0)
		v->summary[0] = '\0';
	/* TRANSLATORS: the SMTP port, the domain, the exchanger
	 * ("mx1.example.test [192.0.2.1]", or its address alone), the other
	 * port it answered on, the SMTP port again. */
	if (snprintf(v->summary_tr, sizeof v->summary_tr, _("Outbound port %d "
	    "is blocked on this network: no exchanger of %s answered on it, "
	    "but %s answered on port %d; the recipient could not be tested. "
	    "Ask the ISP to open port %d (or use its relay), check our "
	    "firewall, or test from another network."), m->port, m->domain,
	    label, ok->alt_port, m->port) < 0)
		v->summary_tr[0] = '\0';
	v->actor = MX_ACT_ISP;
	v->actor_also = MX_ACT_US;
	v->has_also = 1;
}
