/*
 * diag-dnsbl: what the blocklist lookups mean (method.md §1 "blocked ...
 * listed at ...", §2 DNS blocklists; RFC 5782 §2.1): a listing names the
 * list and what to do; an error code or a rewritten answer is said as
 * such, never taken as a listing (hostile-inputs.md D9).
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "dnsbl.h"
#include "i18n.h"

/* What an error answer from a blocklist means, in plain words. */
static const char *
error_text(const struct mx_dnsbl *l)
{
	if (strcmp(l->answer, "127.255.255.254") == 0)
		return "it refuses queries that come through a public or "
		    "shared resolver";
	if (strcmp(l->answer, "127.255.255.255") == 0 ||
	    strcmp(l->answer, "127.255.255.252") == 0)
		return "it refused the query (too many queries, or a typo in "
		    "the zone)";
	if (l->status == MX_DNS_ANSWER)
		return "the answer is outside 127.0.0.0/8: the resolver "
		    "rewrites unknown names, so blocklists cannot be read "
		    "through it";
	return mx_dns_status_name(l->status);
}

/* Whether a finished lookup could not be read (an error, or an answer
 * that is neither a listing nor "not listed"). */
static int
unreadable(const struct mx_dnsbl *l)
{
	return !l->listed && l->done && (l->error || (l->status !=
	    MX_DNS_NXDOMAIN && l->status != MX_DNS_NODATA));
}

/* Whether two unreadable lookups are the same fault: one IP, one cause. */
static int
same_error(const struct mx_dnsbl *a, const struct mx_dnsbl *b)
{
	return unreadable(a) && unreadable(b) && strcmp(a->ip, b->ip) == 0 &&
	    strcmp(error_text(a), error_text(b)) == 0;
}

/* One dnsbl.error per IP and cause, naming every zone it hit (a resolver
 * that refuses blocklist names fails them all alike); subjects lists
 * each "IP zone". */
static void
dnsbl_errors(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	char subj[MX_HOST_MAX], zones[MX_TEXT_MAX / 2];
	size_t o;
	int i, j, k;

	for (i = 0; i < m->ndnsbl; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		for (j = 0; j < i && !same_error(&m->dnsbl[j], l); j++)
			;
		if (!unreadable(l) || j < i)
			continue;
		zones[0] = '\0';
		for (k = i, o = 0; k < m->ndnsbl; k++)
			if (same_error(&m->dnsbl[k], l) && o < sizeof zones)
				o += (size_t)snprintf(zones + o, sizeof zones - o,
				    "%s%s", o > 0 ? ", " : "", m->dnsbl[k].zone);
		for (k = i; k < m->ndnsbl; k++) {
			if (!same_error(&m->dnsbl[k], l))
				continue;
			snprintf(subj, sizeof subj, "%s %s", l->ip,
			    m->dnsbl[k].zone);
			mx__diag_add(d, "dnsbl.error", MX_SEV_INFO, MX_ACT_US,
			    subj, "Query the list through your own recursive "
			    "resolver (--dns), not a public one.", "%s could "
			    "not be checked on %s: %s.", l->ip, zones,
			    error_text(l));
		}
	}
}

/*
 * The exchanger whose live reply named a blocklist for ip (the lookups it
 * set off: from_reply), with the zone it named into zone ("" when it
 * named a list only by its owner's name); NULL if no reply did.
 */
static const char *
reply_named(const struct mx_model *m, const char *ip, char *zone,
    size_t zonesz)
{
	char rip[64];
	int i;

	for (i = 0; i < m->ndnsbl; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		const struct mx_probe *p;

		if (!l->from_reply || l->probe < 0 || l->probe >= m->nprobes ||
		    strcmp(l->ip, ip) != 0)
			continue;
		p = &m->probes[l->probe];
		if (p->mx_index >= 0 && p->mx_index < m->nexch &&
		    mx__dnsbl_evidence(p->reply_all, rip, sizeof rip, zone,
		    zonesz))
			return m->exch[p->mx_index].host;
	}
	return NULL;
}

/* The remedy when a refusal named a list the lookups do not confirm. */
static const char follow_up[] = N_("Retry later; if the refusal stays, "
    "send the receiver's postmaster the reply and ask which list named the "
    "IP and why.");

/* Add dnsbl.* findings for every finished lookup. */
void
mx__diag_dnsbl(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	char subj[MX_HOST_MAX], zone[128];
	const char *host;
	int i, j, listed, asked, done;

	for (i = 0; i < m->ndnsbl; i++) {
		const struct mx_dnsbl *l = &m->dnsbl[i];
		snprintf(subj, sizeof subj, "%s %s", l->ip, l->zone);
		if (l->listed)
			mx__diag_add(d, "dnsbl.listed", MX_SEV_ERROR,
			    MX_ACT_BLOCKLIST, subj, "Look the IP up on the "
			    "list's web site to learn why, fix the cause (an "
			    "open relay, a compromised account, missing "
			    "reverse DNS), then request delisting.",
			    "%s is listed on %s (answer %s%s%s): receivers "
			    "that use this list refuse its mail.", l->ip,
			    l->zone, l->answer, l->txt[0] ? "; " : "", l->txt);
	}
	dnsbl_errors(d);
	/* One line per IP that no asked list names. */
	for (i = 0; i < m->ndnsbl; i++) {
		const char *ip = m->dnsbl[i].ip;
		for (j = 0; j < i && strcmp(m->dnsbl[j].ip, ip) != 0; j++)
			;
		if (j < i)
			continue;
		listed = asked = done = 0;
		for (j = i; j < m->ndnsbl; j++) {
			if (strcmp(m->dnsbl[j].ip, ip) != 0)
				continue;
			asked++;
			listed += m->dnsbl[j].listed;
			done += m->dnsbl[j].done && !m->dnsbl[j].error &&
			    (m->dnsbl[j].status == MX_DNS_NXDOMAIN ||
			    m->dnsbl[j].status == MX_DNS_NODATA);
		}
		if (listed != 0 || done != asked)
			continue;
		/* A refusal that names a list the lookups do not confirm:
		 * said as the contradiction it is, ours to follow up. */
		if ((host = reply_named(m, ip, zone, sizeof zone)) != NULL &&
		    zone[0] != '\0')
			mx__diag_add(d, "dnsbl.clean", MX_SEV_INFO, MX_ACT_US,
			    ip, follow_up, "%s is on none of the %d blocklists "
			    "asked, although %s's refusal names %s: the listing "
			    "may have ended since, or the receiver reads its own "
			    "copy of the list.", ip, asked, host, zone);
		else if (host != NULL)
			mx__diag_add(d, "dnsbl.clean", MX_SEV_INFO, MX_ACT_US,
			    ip, follow_up, "%s is on none of the %d blocklists "
			    "asked, although %s's refusal names a blocklist: the "
			    "listing may have ended since, or the receiver reads "
			    "its own copy of the list.", ip, asked, host);
		else
			mx__diag_add(d, "dnsbl.clean", MX_SEV_INFO,
			    MX_ACT_NOBODY, ip, "If mail from it is still "
			    "refused, look at reputation and reverse DNS.",
			    "%s is on none of the %d blocklists asked.", ip,
			    asked);
	}
}
