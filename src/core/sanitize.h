/*
 * sanitize: untrusted text made safe for a terminal, report or log.
 */
#ifndef MX_SANITIZE_H
#define MX_SANITIZE_H

#include <stddef.h>

/*
 * Copy untrusted bytes into dst (size dstsz, always NUL-terminated) so that
 * no control byte, escape sequence, C1 or bidi control survives: C0 as ^X,
 * DEL as ^?, invalid UTF-8 and C1 as \xNN, bidi controls, zero-width
 * space, U+2028/U+2029 and tag characters as <U+202E>.
 * Returns the number of bytes written (excluding NUL).
 */
size_t	mx_sanitize(char *dst, size_t dstsz, const char *src, size_t len);
/* Whether mx_sanitize shows code point cp escaped (the one list). */
int	mx_cp_unsafe(unsigned cp);
/*
 * Decode the UTF-8 sequence at s (len > 0 bytes available) into *cp
 * (RFC 3629 §3: no overlong forms, surrogates or code points above
 * U+10FFFF); returns its length, or 0 when it is invalid.
 */
size_t	mx_utf8_decode(const char *s, size_t len, unsigned *cp);

#endif /* MX_SANITIZE_H */
