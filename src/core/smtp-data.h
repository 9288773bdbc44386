/*
 * smtp-data: the pure parts of sending a message over SMTP, no I/O: the
 * MAIL FROM and RCPT TO parameters (RFC 1870 SIZE=, RFC 6152 BODY=8BITMIME,
 * RFC 6531 SMTPUTF8, RFC 3461 RET= and NOTIFY=), the bytes after DATA's
 * 354 with dot-stuffing (RFC 5321 §4.5.2) and after BDAT (RFC 3030 §2).
 * Whatever goes on the wire has CRLF line ends only: a bare CR or LF is
 * never emitted (SMTP smuggling, CVE-2023-51764 class).
 */
#ifndef MX_SMTP_DATA_H
#define MX_SMTP_DATA_H

#include <stddef.h>
#include "model.h"

/* What the envelope asks of the server's extensions. */
struct mx_smtp_env {
	long long	 size;		/* SIZE= value, -1: none */
	int		 eightbit;	/* the body has 8-bit bytes */
	int		 utf8;		/* an address is not ASCII */
	const char	*dsn_ret;	/* RET= FULL or HDRS, or NULL */
	const char	*dsn_notify;	/* NOTIFY= list, or NULL */
};

/* MAIL FROM's parameters for what the server offers, " SIZE=..." or "". */
void	mx_smtp_mail_params(const struct mx_caps *, const struct mx_smtp_env *,
	    char *buf, size_t sz);
/* RCPT TO's parameters (" NOTIFY=..." when DSN is offered) or "". */
void	mx_smtp_rcpt_params(const struct mx_caps *, const struct mx_smtp_env *,
	    char *buf, size_t sz);
/*
 * The wire form of a message: every line end made CRLF (a lone CR or LF
 * becomes CRLF), a final CRLF added when missing; with dot, a line that
 * starts with '.' gets a second one and ".\r\n" ends it (DATA), else the
 * bytes as they are (BDAT).  A new buffer; its length in *outlen.
 */
char	*mx_smtp_data_wire(const char *msg, size_t len, int dot,
	    size_t *outlen);
/* Whether a NOTIFY= list is valid (RFC 3461 §4.1): NEVER alone, or
 * SUCCESS, FAILURE, DELAY separated by commas. */
int	mx_smtp_dsn_notify_valid(const char *);

#endif
