/*
 * smtp-reply: a pure (no I/O) parser of SMTP replies, RFC 5321 §4.2, with
 * enhanced status codes (RFC 3463, RFC 2034) and EHLO capabilities
 * (RFC 5321 §4.1.1.1, RFC 1870 SIZE, RFC 3207 STARTTLS, RFC 4954 AUTH).
 * Tolerant but bounded: faults become flags, never crashes.
 */
#ifndef MX_SMTP_REPLY_H
#define MX_SMTP_REPLY_H

#include <stddef.h>
#include "mxscope.h"

#define MX_REPLY_MAX_LINES	1000	/* lines kept per reply */
#define MX_REPLY_MAX_BYTES	65536	/* text kept per reply */
#define MX_REPLY_LINE_LIMIT	512	/* RFC 5321 §4.5.3.1.5 */

/* Faults seen while parsing, as bits. */
#define MX_REPLY_BAD_CODE	0x001	/* not three digits 2xx-5xx */
#define MX_REPLY_MISMATCH	0x002	/* lines carry different codes */
#define MX_REPLY_TOO_LONG	0x004	/* more than the line/byte caps */
#define MX_REPLY_LONG_LINE	0x008	/* a line over 512 octets */
#define MX_REPLY_BARE_LF	0x010	/* a line ended by LF alone */
#define MX_REPLY_NUL		0x020	/* a NUL byte in the text */
#define MX_REPLY_CUT		0x040	/* a line was cut by the framer */

/* One line's syntax: code, continuation and text. */
struct mx_reply_line {
	int		 code;		/* 100..599, or 0 when malformed */
	int		 more;		/* '-' continuation */
	int		 ok;		/* well-formed code and separator */
	const char	*text;		/* after "NNN " / "NNN-" */
	size_t		 textlen;
	char		 esc[12];	/* enhanced code at the text start */
};

/* A complete reply. */
struct mx_reply {
	int	 code;		/* of the final line */
	char	 esc[12];	/* of the first line carrying one */
	int	 nlines;
	int	 flags;		/* MX_REPLY_* */
	char	*text;		/* raw text of the lines, "\n"-joined */
	size_t	 textlen;
	char	*last;		/* raw text of the final line */
	size_t	 lastlen;
};

/* Incremental state between lines. */
struct mx_reply_parser {
	struct mx_reply	 cur;
	int		 first_code;
	int		 active;
};

/* Parse one line's code, continuation mark and enhanced code. */
void	mx_smtp_reply_line(const char *, size_t, struct mx_reply_line *);
/* Start a parser. */
void	mx_smtp_reply_init(struct mx_reply_parser *);
/*
 * Feed one line (without its terminator) and the framer's MX_LINE_* flags.
 * Returns 1 when the reply is complete: *out then owns the text (free with
 * mx_smtp_reply_free) and the parser is ready for the next reply.
 */
int	mx_smtp_reply_feed(struct mx_reply_parser *, const char *, size_t,
	    int lineflags, struct mx_reply *out);
/* Free a parser's partial reply. */
void	mx_smtp_reply_reset(struct mx_reply_parser *);
/* Free a reply's text. */
void	mx_smtp_reply_free(struct mx_reply *);
/* All lines of a complete reply, sanitized, joined by spaces. */
void	mx_smtp_reply_all(const struct mx_reply *, char *out, size_t sz);
/* Extract EHLO capabilities from a complete 250 reply. */
void	mx_smtp_reply_caps(const struct mx_reply *, struct mx_caps *);
/* Whether an enhanced status code is well formed (class.subject.detail). */
int	mx_smtp_esc_valid(const char *, size_t, size_t *used);

#endif
