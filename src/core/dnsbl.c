/*
 * dnsbl: DNS blocklist lookups (RFC 5782).  Which IPs to check (--check-ip,
 * and the IPs a bounce names when it says the sender was refused), which
 * zones (--dnsbl, or a default list), the query name of each pair, and what
 * an answer means: an A record in 127.0.0.0/8 is a listing (RFC 5782 §2.1),
 * except the 127.255.255.x error codes Spamhaus uses; NXDOMAIN is clean.
 */
#include <stdio.h>
#include <string.h>

#include <arpa/inet.h>

#include "dnsbl.h"

/* Zones asked when the user names none. */
static const char *const default_zones[] = {
	"zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org",
	"psbl.surriel.com", "dnsbl.sorbs.net"
};

/* Bounce reasons that point at the sending IP. */
static const char *const ip_reasons[] = {
	"blocked", "badreputation", "requireptr", "spamdetected", "rejected"
};

/* Whether ip is in list already. */
static int
seen(char list[][64], int n, const char *ip)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], ip) == 0)
			return 1;
	return 0;
}

/* The lookups a run makes: fill l (at most max) from opts; returns count. */
int
mx__dnsbl_plan(const struct mx_opts *o, struct mx_dnsbl *l, int max)
{
	char ips[MX_MAX_CHECK_IPS + MX_BOUNCE_MAX_IPS][64];
	const char *const *zones = o->ndnsbl > 0 ? o->dnsbl : default_zones;
	int nz = o->ndnsbl > 0 ? o->ndnsbl : (int)(sizeof default_zones /
	    sizeof default_zones[0]);
	int nip = 0, i, z, n = 0, bounce_ips = 0;
	struct in_addr a;

	for (i = 0; o->bounce != NULL && i < (int)(sizeof ip_reasons /
	    sizeof ip_reasons[0]); i++)
		bounce_ips |= strcmp(o->bounce->reason, ip_reasons[i]) == 0;
	for (i = 0; i < o->ncheck_ip && i < MX_MAX_CHECK_IPS; i++)
		if (!seen(ips, nip, o->check_ip[i]))
			mx_strlcpy(ips[nip++], o->check_ip[i], sizeof ips[0]);
	for (i = 0; bounce_ips && i < o->bounce->nips; i++)
		if (!seen(ips, nip, o->bounce->ips[i].ip))
			mx_strlcpy(ips[nip++], o->bounce->ips[i].ip,
			    sizeof ips[0]);
	for (i = 0; i < nip; i++) {
		/* RFC 5782 §2.1 covers IPv4; IPv6 lists differ per zone. */
		if (inet_pton(AF_INET, ips[i], &a) != 1)
			continue;
		for (z = 0; z < nz && n < max; z++) {
			memset(&l[n], 0, sizeof l[n]);
			mx_strlcpy(l[n].ip, ips[i], sizeof l[n].ip);
			mx_strlcpy(l[n].zone, zones[z], sizeof l[n].zone);
			n++;
		}
	}
	return n;
}

/* The query name of a lookup: the reversed octets under the zone. */
int
mx__dnsbl_qname(const struct mx_dnsbl *l, char *buf, size_t sz)
{
	unsigned char a[4];
	int n;

	if (inet_pton(AF_INET, l->ip, a) != 1)
		return -1;
	n = snprintf(buf, sz, "%u.%u.%u.%u.%s", a[3], a[2], a[1], a[0],
	    l->zone);
	return n > 0 && (size_t)n < sz ? 0 : -1;
}

/* Record an answer: listed, clean, or an error code (RFC 5782 §2.1). */
void
mx__dnsbl_answer(struct mx_dnsbl *l, enum mx_dns_status st, const char *addr)
{
	l->done = 1;
	l->status = st;
	mx_strlcpy(l->answer, addr != NULL ? addr : "", sizeof l->answer);
	if (st != MX_DNS_ANSWER)
		return;
	if (strncmp(l->answer, "127.", 4) != 0 ||
	    strncmp(l->answer, "127.255.255.", 12) == 0)
		l->error = 1;	/* a rewriting resolver, or "query refused" */
	else
		l->listed = 1;
}
