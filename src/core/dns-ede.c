/*
 * dns-ede: the Extended DNS Error of a response (RFC 8914): an EDNS
 * option (code 15) of the OPT record (RFC 6891 §6.1.2) in the additional
 * section, saying why a resolver failed (DNSSEC Bogus, No Reachable
 * Authority, Filtered, ...).  c-ares 1.18 does not parse it; this does,
 * on the raw message, with the bounded reader of src/policy/dnsmsg.c.
 */
#include "mx-int.h"
#include "dnsmsg.h"

/* mx_dnsmsg_records's callback for the OPT record: its first Extended
 * DNS Error (RFC 6891 §6.1.2: options are CODE, LENGTH, DATA; RFC 8914
 * §2: option 15, an info-code first) into *arg when none is yet. */
static void
on_opt(void *arg, uint32_t ttl, const unsigned char *rd, size_t rdlen)
{
	int *code = arg;
	size_t o = 0, olen;

	(void)ttl;	/* an OPT record's is flags, not a TTL */
	while (*code < 0 && rdlen - o >= 4) {
		olen = (size_t)(rd[o + 2] << 8 | rd[o + 3]);
		if (olen > rdlen - o - 4)
			break;
		if ((rd[o] << 8 | rd[o + 1]) == 15 && olen >= 2)
			*code = rd[o + 4] << 8 | rd[o + 5];
		o += 4 + olen;
	}
}

/* The first Extended DNS Error info-code of a response, or -1. */
int
mx__dns_ede(const unsigned char *abuf, int alen)
{
	struct mx_dnsmsg_hdr h;
	int code = -1;

	if (abuf != NULL && alen > 0)
		(void)mx_dnsmsg_records(abuf, (size_t)alen, 41, &h, on_opt,
		    &code);
	return code;
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
