/*
 * dnsmsg: a pure reader of DNS response messages (RFC 1035 §4.1): the
 * header flags and the answer records of one type.  c-ares 1.18 parses
 * no TLSA and hides the AD bit, so the policy lookups read the raw
 * answer here.  Bounded and safe on any bytes (tests/fuzz).
 */
#ifndef MX_DNSMSG_H
#define MX_DNSMSG_H

#include <stddef.h>
#include <stdint.h>

/* The header of a response (RFC 1035 §4.1.1, RFC 4035 §3.2.3 for AD). */
struct mx_dnsmsg_hdr {
	int	 rcode;
	int	 ad;		/* Authentic Data: the resolver's claim */
	int	 tc;
	int	 ancount;
	/* mx_dnsmsg_answers: records of the type owned by another name than
	 * the one asked or its aliases (left out), and where the first one's
	 * owner name starts in the message (0: none). */
	int	 foreign;
	size_t	 foreign_at;
};

/* Called for each answer record of the asked type with its RDATA. */
typedef void	(*mx_dnsmsg_rr_cb)(void *, uint32_t ttl,
		    const unsigned char *rdata, size_t rdlen);

/* Read the header and call fn for each answer RR of type owned by the
 * name asked or one of its CNAME aliases (RFC 1034 §3.6.2, names without
 * case, RFC 4343); returns how many, or -1 when the message is malformed
 * (fn may have run before).  The others are counted in foreign. */
int	mx_dnsmsg_answers(const unsigned char *msg, size_t len, int type,
	    struct mx_dnsmsg_hdr *, mx_dnsmsg_rr_cb fn, void *arg);
/* The same over every section (answer, authority, additional): the OPT
 * record (RFC 6891 §6.1.2) stands in the additional one. */
int	mx_dnsmsg_records(const unsigned char *msg, size_t len, int type,
	    struct mx_dnsmsg_hdr *, mx_dnsmsg_rr_cb fn, void *arg);

/* TXT RDATA (RFC 1035 §3.3.14): its character-strings joined into out
 * (NUL-terminated, cut at sz - 1; no sanitizing); -1 if malformed. */
int	mx_dnsmsg_txt(const unsigned char *rdata, size_t rdlen, char *out,
	    size_t sz, size_t *outlen);

#endif
