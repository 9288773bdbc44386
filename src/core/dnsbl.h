/*
 * dnsbl: DNS blocklist lookups (RFC 5782): what to ask and what the
 * answers mean.  The queries themselves go through dns.c.
 */
#ifndef MX_DNSBL_H
#define MX_DNSBL_H

#include "mx-int.h"

/* The lookups a run makes: fill l (at most max) from opts; returns count. */
int	mx__dnsbl_plan(const struct mx_opts *, struct mx_dnsbl *, int max);
/* The query name of a lookup (d.c.b.a.zone); -1 if it cannot be made. */
int	mx__dnsbl_qname(const struct mx_dnsbl *, char *, size_t);
/* Whether a live reply names a blocklist (1), with the IP and zone it
 * names ("" when not given). */
int	mx__dnsbl_evidence(const char *text, char *ip, size_t, char *zone,
	    size_t);
/* The zones a run asks (--dnsbl, else the defaults); returns how many. */
int	mx__dnsbl_zones(const struct mx_opts *, const char *const **);
/* Record an answer (status, first A record or NULL) into a lookup. */
void	mx__dnsbl_answer(struct mx_dnsbl *, enum mx_dns_status, const char *);

#endif
