/*
 * dane-model: what the model keeps of DANE (RFC 7672) per exchanger and
 * per address, and of MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) per
 * domain.  Included by model.h; text here is sanitized.
 */
#ifndef MX_DANE_MODEL_H
#define MX_DANE_MODEL_H

#define MX_DANE_SHOW	4		/* TLSA records shown per exchanger */

/* The TLSA lookup of one exchanger (_PORT._tcp.HOST, RFC 7672 §2.2). */
struct mx_tlsa_info {
	int		 asked;
	int		 na;		/* not applicable: an address, no name */
	int		 done;
	int		 status;	/* enum mx_dns_status */
	int		 ad;		/* AD bit: the resolver's claim only */
	int		 nrr;		/* records in the answer */
	int		 usable;	/* of them usable (RFC 7672 §3.1) */
	char		 qname[272];
	char		 rr[MX_DANE_SHOW][100];	/* "3 1 1 9f86...", shown */
	char		 why[128];	/* why the first unusable one is */
};

/* The DANE check of one exchanger address. */
enum mx_dane_state {
	MX_DANE_PENDING,	/* lookup or handshake not finished */
	MX_DANE_NONE,		/* no TLSA records: DANE not in use */
	MX_DANE_OK,		/* a usable record matched the chain */
	MX_DANE_MISMATCH,	/* usable records, none matched */
	MX_DANE_NOTLS,		/* usable records, but no TLS session */
	MX_DANE_UNUSABLE,	/* records, none usable */
	MX_DANE_NA		/* not applicable: the exchanger is an
				   address (--server, an address literal) */
};
const char	*mx_dane_state_name(int);

struct mx_dane {
	int		 state;		/* enum mx_dane_state */
	int		 depth;		/* chain depth that matched, -1 */
	char		 matched[100];	/* the record that matched */
	char		 error[128];	/* what OpenSSL said on a mismatch */
};

/* MTA-STS of the recipient domain (RFC 8461). */
enum mx_sts_state {
	MX_STSST_PENDING, MX_STSST_NONE, MX_STSST_BADTXT,
	MX_STSST_FETCHING, MX_STSST_UNREACHABLE, MX_STSST_INVALID,
	MX_STSST_OK
};
const char	*mx_sts_state_name(int);

struct mx_mtasts {
	int		 asked;
	int		 state;		/* enum mx_sts_state */
	int		 txt_status;	/* enum mx_dns_status of the TXT */
	char		 txt[256];	/* the record, sanitized */
	char		 id[40];
	char		 url[320];	/* where the policy was fetched */
	char		 addr[64];	/* the address it was fetched from */
	int		 http_status;
	char		 error[320];	/* unreachable or invalid: why */
	char		 error_tr[320];	/* translated twin (i18n.h) */
	int		 mode;		/* enum mx_sts_mode */
	long		 max_age;
	int		 nmx;
	char		 mx[16][128];	/* the policy's mx patterns */
};

/* TLS-RPT of the recipient domain (RFC 8460). */
struct mx_tlsrpt {
	int		 asked, done;
	int		 status;	/* enum mx_dns_status of the TXT */
	int		 valid;		/* 1 valid, -1 malformed, 0 none */
	char		 txt[256];
	char		 rua[256];
	char		 error[96];
	char		 error_tr[192];	/* translated twin */
};

#endif
