/*
 * dns-ede: the Extended DNS Error of a response (RFC 8914): an EDNS
 * option (code 15) of the OPT record (RFC 6891 §6.1.2) in the additional
 * section, saying why a resolver failed (DNSSEC Bogus, No Reachable
 * Authority, Filtered, ...).  c-ares 1.18 does not parse it; this does,
 * on the raw message, bounded by its length.
 */
#include <ares.h>

#include "mx-int.h"

/* Skip a possibly compressed name at p (RFC 1035 §4.1.4); NULL when it
 * runs past end. */
static const unsigned char *
skip_name(const unsigned char *p, const unsigned char *end)
{
	while (p < end) {
		if (*p == 0)
			return p + 1;
		if ((*p & 0xc0) == 0xc0)
			return p + 2 <= end ? p + 2 : NULL;
		if ((*p & 0xc0) != 0)
			return NULL;
		p += 1 + *p;
	}
	return NULL;
}

/* The first Extended DNS Error info-code of a response, or -1. */
int
mx__dns_ede(const unsigned char *abuf, int alen)
{
	const unsigned char *p, *end;
	int i, n, type, rdlen, code, olen;

	if (abuf == NULL || alen < 12)
		return -1;
	end = abuf + alen;
	p = abuf + 12;
	for (i = abuf[4] << 8 | abuf[5]; i > 0; i--)	/* questions */
		if ((p = skip_name(p, end)) == NULL || (p += 4) > end)
			return -1;
	n = (abuf[6] << 8 | abuf[7]) + (abuf[8] << 8 | abuf[9]) +
	    (abuf[10] << 8 | abuf[11]);
	for (i = 0; i < n; i++) {
		if ((p = skip_name(p, end)) == NULL || p + 10 > end)
			return -1;
		type = p[0] << 8 | p[1];
		rdlen = p[8] << 8 | p[9];
		p += 10;
		if (p + rdlen > end)
			return -1;
		/* RFC 6891 §6.1.2: options are CODE, LENGTH, DATA. */
		if (type == 41) {
			const unsigned char *o = p, *oend = p + rdlen;
			while (o + 4 <= oend) {
				code = o[0] << 8 | o[1];
				olen = o[2] << 8 | o[3];
				if (o + 4 + olen > oend)
					break;
				if (code == 15 && olen >= 2)	/* RFC 8914 §2 */
					return o[4] << 8 | o[5];
				o += 4 + olen;
			}
		}
		p += rdlen;
	}
	return -1;
}

/* Whether an info-code says DNSSEC validation failed (RFC 8914 §4: 1, 2
 * and 5 to 12). */
int
mx_dns_ede_dnssec(int code)
{
	return code == 1 || code == 2 || (code >= 5 && code <= 12);
}

/* Whether an info-code says no authoritative server could be used (RFC
 * 8914 §4.23, §4.24: a lame or dead delegation). */
int
mx_dns_ede_unreachable(int code)
{
	return code == 22 || code == 23;
}

/* Whether an info-code says the resolver itself blocked the name by
 * policy (RFC 8914 §4.16 to §4.19: Blocked, Censored, Filtered,
 * Prohibited): its NXDOMAIN is no word on the domain. */
int
mx_dns_ede_blocked(int code)
{
	return code >= 15 && code <= 18;
}

/* The RFC 8914 §4 name of an info-code ("" when not one of them). */
const char *
mx_dns_ede_name(int code)
{
	static const char *const names[] = {
	    "Other Error", "Unsupported DNSKEY Algorithm",
	    "Unsupported DS Digest Type", "Stale Answer", "Forged Answer",
	    "DNSSEC Indeterminate", "DNSSEC Bogus", "Signature Expired",
	    "Signature Not Yet Valid", "DNSKEY Missing", "RRSIGs Missing",
	    "No Zone Key Bit Set", "NSEC Missing", "Cached Error", "Not Ready",
	    "Blocked", "Censored", "Filtered", "Prohibited",
	    "Stale NXDOMAIN Answer", "Not Authoritative", "Not Supported",
	    "No Reachable Authority", "Network Error", "Invalid Data"
	};

	return code >= 0 && code < (int)(sizeof names / sizeof names[0]) ?
	    names[code] : "";
}
