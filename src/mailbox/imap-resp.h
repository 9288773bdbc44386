/*
 * imap-resp: a pure parser of IMAP server responses (RFC 9051 §7, RFC 3501
 * §7): tagged, untagged and continuation responses, status words and
 * response codes, literals {n} spread over several framed lines, and the
 * capability list.  No I/O; every response and literal is capped.
 */
#ifndef MX_IMAP_RESP_H
#define MX_IMAP_RESP_H

#include <stddef.h>

#define MX_IMAP_RESP_MAX	(256 * 1024)	/* bytes of one response */
#define MX_IMAP_LIT_MAX		(128 * 1024)	/* bytes of a literal kept */

/* Response kinds. */
enum mx_imap_kind { MX_IMAP_UNTAGGED, MX_IMAP_TAGGED, MX_IMAP_CONT,
	MX_IMAP_JUNK };

/* Flags of a response. */
#define MX_IMAP_F_TOO_LONG	0x01	/* over MX_IMAP_RESP_MAX: cut */
#define MX_IMAP_F_LIT_CUT	0x02	/* a literal lost bytes */
#define MX_IMAP_F_BARE_LF	0x04
#define MX_IMAP_F_NUL		0x08
#define MX_IMAP_F_LONG_LINE	0x10

/* One complete response; pointers live until the next feed. */
struct mx_imap_resp {
	enum mx_imap_kind	 kind;
	char			 tag[24];
	char			 status[10];	/* OK NO BAD PREAUTH BYE or "" */
	long long		 num;		/* "* n EXISTS": n, else -1 */
	char			 keyword[16];	/* EXISTS FETCH CAPABILITY ... */
	char			 code[160];	/* inside [ ], e.g. "UIDVALIDITY 3" */
	const char		*text;		/* human text after code */
	size_t			 textlen;
	const char		*line;		/* the whole response */
	size_t			 linelen;
	const char		*lit;		/* its first literal, or NULL */
	size_t			 litlen;
	int			 flags;		/* MX_IMAP_F_* */
};

/* Reassembles responses from framed lines. */
struct mx_imap_parser {
	char	*buf, *lit;
	size_t	 len, cap, litlen, litcap;
	size_t	 litwant;	/* literal bytes still to come */
	int	 nlit, flags;
};

void	mx_imap_parser_init(struct mx_imap_parser *);
void	mx_imap_parser_free(struct mx_imap_parser *);
/*
 * Feed one framed line (flags: MX_LINE_* of conn.h).  Returns 1 when a
 * response is complete (filled into r), else 0.
 */
int	mx_imap_feed(struct mx_imap_parser *, const char *, size_t, int flags,
	    struct mx_imap_resp *r);

/* Capabilities (RFC 9051 §7.2.2). */
struct mx_imap_caps {
	int	 rev1, rev2, starttls, logindisabled, auth_plain, auth_login,
		 sasl_ir;
	char	 list[256];
};
/* Parse a capability list (the text after CAPABILITY). */
void	mx_imap_caps_parse(const char *, size_t, struct mx_imap_caps *);
/* The number after name in a response code or text ("UIDVALIDITY 7"). */
int	mx_imap_find_num(const char *, size_t, const char *name,
	    long long *);
/* Write s as an IMAP quoted string (RFC 9051 §4.3); -1 if it cannot be. */
int	mx_imap_quote(const char *, size_t, char *buf, size_t sz);

#endif
