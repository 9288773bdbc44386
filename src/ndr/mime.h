/*
 * mime.h: the hand-written MIME reader of the bounce reader (it replaces
 * GMime; README "MIME: hand-written, why").  Header blocks (RFC 5322 §2.2,
 * §3.6), Content-Type parameters (RFC 2045 §5.1, RFC 2231 §3-4), encoded
 * words (RFC 2047), transfer encodings (RFC 2045 §6.7-6.8) and charsets
 * to UTF-8 (iconv).  Everything works on LF-terminated buffers as
 * mx_ndr_normalize makes them, in linear time, without recursion; output goes
 * into the growable buffers of ndr-int.h.  Used by ndr-mime.c only.
 */
#ifndef MX_MIME_H
#define MX_MIME_H

#include <stddef.h>

#include "ndr-int.h"

/* Transfer encodings (RFC 2045 §6.1). */
#define MIME_CTE_IDENTITY	0	/* 7bit, 8bit, binary, unknown */
#define MIME_CTE_BASE64		1
#define MIME_CTE_QP		2

/* One header field: its name and raw value (may hold folding LFs). */
struct mime_field {
	const char	*name;
	size_t		 nlen;
	const char	*val;
	size_t		 vlen;
};

/* mime-hdr.c */
int	mx_mime_field_next(const char *buf, size_t len, size_t *off,
	    struct mime_field *f);
int	mx_mime_field_is(const struct mime_field *f, const char *name);
void	mx_mime_decode_header(const char *v, size_t len, struct ndr_buf *out,
	    int *notes);
void	mx_mime_content_type(const char *v, size_t len, char *type, size_t tsz);
int	mx_mime_param(const char *v, size_t len, const char *name, char *dst,
	    size_t dstsz);
int	mx_mime_cte(const char *v, size_t len);
void	mx_mime_first_addr(const char *v, size_t len, char *dst, size_t dstsz);

/* mime-decode.c */
int	mx_mime_hexval(int c);
void	mx_mime_decode_body(const char *s, size_t len, int cte,
	    struct ndr_buf *out);
int	mx_mime_utf8_valid(const char *s, size_t len);
int	mx_mime_charset_utf8(const char *charset);
int	mx_mime_to_utf8(const char *s, size_t len, const char *charset,
	    struct ndr_buf *out);
void	mx_mime_guess_utf8(const char *s, size_t len, struct ndr_buf *out,
	    int *notes);

/* mime-html.c */
void	mx_mime_html_to_text(const char *s, size_t len, struct ndr_buf *out);

#endif /* MX_MIME_H */
