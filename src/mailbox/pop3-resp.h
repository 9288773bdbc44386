/*
 * pop3-resp: pure parsers for POP3 responses (RFC 1939 §3, RFC 2449 CAPA
 * and response codes).  No I/O: lines come in, facts come out.  Bytes are
 * length-tracked (NUL is data) and every multi-line response is capped.
 */
#ifndef MX_POP3_RESP_H
#define MX_POP3_RESP_H

#include <stddef.h>

/* A status line: +OK or -ERR, its RFC 2449 §8 response code and text. */
struct mx_pop3_status {
	int		 ok;		/* 1 +OK, 0 -ERR, -1 neither */
	char		 code[40];	/* "IN-USE", "AUTH", "SYS/TEMP" or "" */
	const char	*text;		/* after the status word (and code) */
	size_t		 textlen;
	int		 cont;		/* "+ " SASL continuation (RFC 5034) */
};

/* Parse a status line; returns st->ok. */
int	mx_pop3_status_parse(const char *, size_t, struct mx_pop3_status *);

/* Reading one multi-line response body (RFC 1939 §3). */
struct mx_pop3_ml {
	size_t	 max_lines, max_bytes;	/* caps (P3) */
	size_t	 nlines, nbytes;
	int	 done;			/* the "." line was seen */
	int	 cut;			/* a cap was reached */
};

/* Start reading a body with these caps. */
void	mx_pop3_ml_init(struct mx_pop3_ml *, size_t max_lines,
	    size_t max_bytes);
/*
 * Feed one line (without its CRLF).  Returns 1 at the terminating ".",
 * -1 when a cap is exceeded, else 0 with out and outlen set to the
 * unstuffed line.
 */
int	mx_pop3_ml_feed(struct mx_pop3_ml *, const char *, size_t,
	    const char **out, size_t *outlen);

/* Capabilities from CAPA (RFC 2449 §6) or guessed without it. */
struct mx_pop3_caps {
	int	 known;		/* CAPA answered +OK */
	int	 stls, user, top, uidl, pipelining, resp_codes;
	int	 sasl_plain, sasl_login;
	char	 sasl[96];	/* the SASL mechanisms, as listed */
	char	 list[256];	/* every capability tag, space separated */
};

/* Fold one CAPA body line into caps. */
void	mx_pop3_caps_line(struct mx_pop3_caps *, const char *, size_t);

/* "+OK nn mm" of STAT (RFC 1939 §5): 0, or -1 if malformed. */
int	mx_pop3_parse_stat(const char *, size_t, long long *n,
	    long long *size);
/* A scan listing "msg size" of LIST: 0, or -1 if malformed. */
int	mx_pop3_parse_list(const char *, size_t, long long *msg,
	    long long *size);
/* A unique-id listing "msg uid" of UIDL (uid 1..70 chars 0x21-0x7E). */
int	mx_pop3_parse_uidl(const char *, size_t, long long *msg, char *uid,
	    size_t uidsz);
/* The APOP timestamp <...> of a greeting (RFC 1939 §7): 1 if present. */
int	mx_pop3_apop_stamp(const char *, size_t, char *buf, size_t sz);

#endif
