/*
 * tlsa: TLSA records (RFC 6698 §2) of an exchanger and whether an SMTP
 * client may use them (RFC 7672 §3.1).  Pure: no network, no OpenSSL.
 */
#ifndef MX_TLSA_H
#define MX_TLSA_H

#include <stddef.h>
#include <stdint.h>

#define MX_TLSA_MAX		8	/* records kept per exchanger */
#define MX_TLSA_DATA_MAX	2048	/* association data kept (a full
					   certificate fits; longer: cut) */

/* One TLSA record (RFC 6698 §2.1). */
struct mx_tlsa_rr {
	uint8_t		 usage, selector, mtype;
	int		 cut;		/* data longer than kept */
	size_t		 len;
	unsigned char	 data[MX_TLSA_DATA_MAX];
};

/* The TLSA RRset of one answer. */
struct mx_tlsa_set {
	int			 rcode, ad, tc;
	int			 n;		/* kept */
	int			 more;		/* records past MX_TLSA_MAX */
	int			 bad;		/* malformed RDATA seen */
	struct mx_tlsa_rr	 rr[MX_TLSA_MAX];
};

/* Parse one TLSA RDATA (RFC 6698 §2.1); 0, or -1 when shorter than 4. */
int	mx_tlsa_rdata(const unsigned char *rd, size_t rdlen,
	    struct mx_tlsa_rr *);
/* Read the TLSA records of a whole DNS response; 0, or -1 if malformed. */
int	mx_tlsa_parse(const unsigned char *msg, size_t len,
	    struct mx_tlsa_set *);
/* Whether an SMTP client may use a record (RFC 7672 §3.1: DANE-TA(2) or
 * DANE-EE(3), a known selector and matching type, a digest of the right
 * length); NULL, or why not. */
const char	*mx_tlsa_unusable(const struct mx_tlsa_rr *);
/* "3 1 1 9f86d081..." (data as hex, cut to max_hex digits with "..."). */
void	mx_tlsa_text(const struct mx_tlsa_rr *, char *, size_t, size_t max_hex);
/* The name of a usage, selector or matching type: "DANE-EE", "SPKI",
 * "SHA2-256" (RFC 7218 §2). */
const char	*mx_tlsa_usage_name(int);
const char	*mx_tlsa_selector_name(int);
const char	*mx_tlsa_mtype_name(int);

#endif
