/*
 * dkim-int.h: what the DKIM files share (dkim-canon.c: the
 * canonicalisations of RFC 6376 §3.4; dkim-verify.c: a signature read and
 * hashed; dkim.c: the key and the check).  Front ends never see it.
 */
#ifndef MX_DKIM_INT_H
#define MX_DKIM_INT_H

#include <stddef.h>

/* A growing byte buffer, always NUL-terminated once written to. */
struct mx__dbuf {
	char	*p;
	size_t	 len, cap;
};

/* Append n bytes to b (aborts on memory exhaustion). */
void	mx__dbuf_add(struct mx__dbuf *b, const char *s, size_t n);
/* Canonicalise one header field (RFC 6376 §3.4.1, §3.4.2) into out,
 * ending in CRLF. */
void	mx__dkim_canon_header(const char *f, size_t n, int relaxed,
	    struct mx__dbuf *out);
/* Canonicalise a body (RFC 6376 §3.4.3, §3.4.4) into out. */
void	mx__dkim_canon_body(const char *b, size_t n, int relaxed,
	    struct mx__dbuf *out);

#endif /* MX_DKIM_INT_H */
