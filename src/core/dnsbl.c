/*
 * dnsbl: DNS blocklist lookups (RFC 5782).  Which IPs to check (--check-ip,
 * and the IPs a bounce names when it says the sender was refused), which
 * zones (--dnsbl, or a default list), the query name of each pair, and what
 * an answer means: an A record in 127.0.0.0/8 is a listing (RFC 5782 §2.1),
 * except the 127.255.255.x error codes Spamhaus uses; NXDOMAIN is clean.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

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

/* The zones a run asks (--dnsbl, else the defaults); returns how many. */
int
mx__dnsbl_zones(const struct mx_opts *o, const char *const **zones)
{
	if (o->ndnsbl > 0) {
		*zones = o->dnsbl;
		return o->ndnsbl;
	}
	*zones = default_zones;
	return (int)(sizeof default_zones / sizeof default_zones[0]);
}

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
	const char *const *zones;
	int nz = mx__dnsbl_zones(o, &zones);
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
		unsigned char a6[16];
		/* RFC 5782 §2.1 (IPv4) and §2.4 (IPv6, nibbles). */
		if (inet_pton(AF_INET, ips[i], &a) != 1 &&
		    inet_pton(AF_INET6, ips[i], a6) != 1)
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

/* The query name of a lookup: the reversed octets under the zone (RFC
 * 5782 §2.1), or for IPv6 the 32 reversed nibbles (§2.4). */
int
mx__dnsbl_qname(const struct mx_dnsbl *l, char *buf, size_t sz)
{
	unsigned char a[16];
	size_t o = 0;
	int n, i;

	if (inet_pton(AF_INET, l->ip, a) == 1) {
		n = snprintf(buf, sz, "%u.%u.%u.%u.%s", a[3], a[2], a[1], a[0],
		    l->zone);
		return n > 0 && (size_t)n < sz ? 0 : -1;
	}
	if (inet_pton(AF_INET6, l->ip, a) != 1 || sz < 65)
		return -1;
	for (i = 15; i >= 0; i--)
		o += (size_t)snprintf(buf + o, sz - o, "%x.%x.", a[i] & 0xf,
		    a[i] >> 4);
	n = snprintf(buf + o, sz - o, "%s", l->zone);
	return n > 0 && (size_t)n < sz - o ? 0 : -1;
}

/* Lists named in replies, and their zones. */
static const struct {
	const char	*word, *zone;
} named_lists[] = {
	{ "spamhaus", "zen.spamhaus.org" },
	{ "spamcop", "bl.spamcop.net" },
	{ "barracuda", "b.barracudacentral.org" },
	{ "sorbs", "dnsbl.sorbs.net" },
	{ "psbl", "psbl.surriel.com" },
};

/* Copy the host name that starts at p (letters, digits, '-', '.'; at
 * least one dot, no trailing dot) into out; 0 or -1. */
static int
host_at(const char *p, char *out, size_t sz)
{
	size_t n = 0;

	while (isalnum((unsigned char)p[n]) || p[n] == '-' || p[n] == '.')
		n++;
	while (n > 0 && p[n - 1] == '.')
		n--;
	if (n == 0 || n >= sz || memchr(p, '.', n) == NULL)
		return -1;
	memcpy(out, p, n);
	out[n] = '\0';
	for (; *out != '\0'; out++)
		*out = (char)tolower((unsigned char)*out);
	return 0;
}

/* Copy the first IP address of text into ip: bracketed ([a.b.c.d],
 * [IPv6:x], [x]) first, else a bare dotted quad; 0 or -1. */
static int
ip_in(const char *text, char *ip, size_t sz)
{
	const char *p, *e;
	char buf[64];
	unsigned char a[16];
	size_t n, len, q;

	for (p = strchr(text, '['); p != NULL; p = strchr(p + 1, '[')) {
		const char *b = p + 1;
		if (strncasecmp(b, "IPv6:", 5) == 0)
			b += 5;
		if ((e = strchr(b, ']')) == NULL || (n = (size_t)(e - b)) == 0 ||
		    n >= sizeof buf)
			continue;
		memcpy(buf, b, n);
		buf[n] = '\0';
		if (inet_pton(AF_INET, buf, a) == 1 ||
		    inet_pton(AF_INET6, buf, a) == 1) {
			mx_strlcpy(ip, buf, sz);
			return 0;
		}
	}
	for (len = strlen(text), n = 0; n < len; n++)
		if ((q = mx_ipv4_at(text, len, n)) > 0) {
			snprintf(ip, sz, "%.*s", (int)q, text + n);
			return 0;
		}
	return -1;
}

/*
 * What a live reply says about a blocklist: whether it names one (a zone
 * after "blocked using", "listed at/in/on", or a known list's name), and
 * the IP it names.  Returns 1 if it names a list; ip and zone are "" when
 * not given.
 */
int
mx__dnsbl_evidence(const char *text, char *ip, size_t ipsz, char *zone,
    size_t zonesz)
{
	static const char *const lead[] = { "blocked using ", "listed at ",
	    "listed in ", "listed on ", "blacklisted at ", "blocklisted at ",
	    "rbl ", "dnsbl " };
	char lower[MX_TEXT_MAX];
	const char *p;
	size_t i;
	int named = 0;

	ip[0] = zone[0] = '\0';
	for (i = 0; text[i] != '\0' && i < sizeof lower - 1; i++)
		lower[i] = (char)tolower((unsigned char)text[i]);
	lower[i] = '\0';
	for (i = 0; i < sizeof lead / sizeof lead[0] && zone[0] == '\0'; i++)
		if ((p = strstr(lower, lead[i])) != NULL) {
			named = 1;
			host_at(p + strlen(lead[i]), zone, zonesz);
		}
	for (i = 0; i < sizeof named_lists / sizeof named_lists[0]; i++)
		if (strstr(lower, named_lists[i].word) != NULL) {
			named = 1;
			if (zone[0] == '\0')
				mx_strlcpy(zone, named_lists[i].zone, zonesz);
		}
	if (named)
		ip_in(text, ip, ipsz);
	return named;
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
