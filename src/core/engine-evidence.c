/*
 * engine-evidence: evidence followed up (issue 12).  A live refusal that
 * names a blocklist ("blocked using ZONE; Client host [a.b.c.d]", "listed
 * at ...", "in Spamhaus's list") makes the run look that IP (or, when the
 * reply names none, our own end's address) up on that zone and on the
 * run's zones (RFC 5782 §2.1, IPv6 §2.4), and a listing's TXT reason.
 * The lookups go through a DNS instance of their own (the MX stage's may
 * have finished), on the first resolver.
 */
#include <stdlib.h>
#include <string.h>

#include "dnsbl.h"
#include "engine-int.h"

/* Add the lookup of ip on zone unless known; send its A query. */
static void
evidence_lookup(struct mx_engine *e, int probe, const char *ip,
    const char *zone)
{
	struct mx_dnsbl *l;
	char name[MX_HOST_MAX];
	int i;

	for (i = 0; i < e->ndnsbl; i++)
		if (strcmp(e->dnsbl[i].ip, ip) == 0 &&
		    strcmp(e->dnsbl[i].zone, zone) == 0)
			return;
	if (e->ndnsbl == MX_MAX_DNSBL || mx__engine_followup_dns(e) == NULL)
		return;
	l = &e->dnsbl[e->ndnsbl];
	memset(l, 0, sizeof *l);
	mx_strlcpy(l->ip, ip, sizeof l->ip);
	mx_strlcpy(l->zone, zone, sizeof l->zone);
	l->from_reply = 1;
	l->probe = probe;
	if (mx__dnsbl_qname(l, name, sizeof name) != 0)
		return;
	e->ndnsbl++;
	mx__engine_dnsbl_event(e, e->ndnsbl - 1, MX_BL_ADD);
	mx_dns_a(e->fdns, 0, e->ndnsbl - 1, name);
}

/* A server line of a probe: follow a blocklist it names. */
void
mx__engine_evidence(struct mx_engine *e, const struct mx_event *ev)
{
	const char *const *zones;
	char ip[64], zone[128];
	int i, nz;
	struct probe *p;

	if (ev->type != MX_EV_PROBE_LINE || ev->u.line.dir != 'S' ||
	    ev->u.line.code < 400 || ev->u.line.text == NULL ||
	    ev->index < 0 || ev->index >= e->nprobes || !e->running)
		return;
	if (!mx__dnsbl_evidence(ev->u.line.text, ip, sizeof ip, zone,
	    sizeof zone))
		return;
	p = e->probes[ev->index];
	if (ip[0] == '\0' && p->conn != NULL)
		mx_conn_local(p->conn, ip, sizeof ip);	/* our sending IP */
	if (ip[0] == '\0')
		return;
	if (zone[0] != '\0')
		evidence_lookup(e, ev->index, ip, zone);
	nz = mx__dnsbl_zones(&e->opts, &zones);
	for (i = 0; i < nz; i++)
		evidence_lookup(e, ev->index, ip, zones[i]);
}

/* Whether a follow-up lookup is still unanswered. */
int
mx__engine_evidence_busy(const struct mx_engine *e)
{
	int i;

	for (i = 0; e->fdns != NULL && i < e->ndnsbl; i++)
		if ((e->dnsbl[i].from_reply && !e->dnsbl[i].done) ||
		    e->dnsbl[i].txt_pending)
			return 1;
	return 0;
}
