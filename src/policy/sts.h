/*
 * sts: the text formats of MTA-STS (RFC 8461) and TLS-RPT (RFC 8460):
 * the _mta-sts TXT record, the policy file and its mx patterns, the
 * _smtp._tls TXT record.  Pure: no network.
 */
#ifndef MX_STS_H
#define MX_STS_H

#include <stddef.h>

#define MX_STS_MAX_MX		16
#define MX_STS_POLICY_MAX	65536	/* RFC 8461 §3.3: senders may cap */

enum mx_sts_mode { MX_STS_NONE_MODE, MX_STS_TESTING, MX_STS_ENFORCE,
	MX_STS_BADMODE };
const char	*mx_sts_mode_name(enum mx_sts_mode);

/* A parsed policy file (RFC 8461 §3.2). */
struct mx_sts_policy {
	enum mx_sts_mode mode;
	long		 max_age;	/* -1: missing */
	int		 nmx;
	int		 mx_cut;	/* more mx lines than kept */
	char		 mx[MX_STS_MAX_MX][256];
	char		 error[128];	/* why it is invalid, "" if valid */
};

/* Whether TXT text is an MTA-STS record (starts "v=STSv1"); then 1 and
 * its id into id (RFC 8461 §3.1), or -1 when the record is malformed
 * (why into err). 0: not an MTA-STS record. */
int	mx_sts_txt(const char *txt, char *id, size_t idsz, char *err,
	    size_t errsz);
/* Parse a policy body (lines "key: value", CRLF or LF, RFC 8461 §3.2);
 * 0 valid, -1 invalid (p->error says why). */
int	mx_sts_policy_parse(const char *body, size_t len,
	    struct mx_sts_policy *p);
/* Whether host matches an mx pattern (RFC 8461 §4.1: exact, or "*."
 * standing for exactly one leftmost label), case-insensitively. */
int	mx_sts_mx_match(const char *pattern, const char *host);
/* Whether host matches any of the policy's patterns. */
int	mx_sts_covers(const struct mx_sts_policy *, const char *host);

/* A TLS-RPT record (RFC 8460 §3): 1 and its rua= into rua, -1 when it
 * starts v=TLSRPTv1 but is malformed (why into err), 0 if none. */
int	mx_tlsrpt_txt(const char *txt, char *rua, size_t ruasz, char *err,
	    size_t errsz);

#endif
