/*
 * sanitize: the one filter every untrusted string passes before it reaches
 * the screen, a report or a log (hostile-inputs.md §1.3).  UTF-8 is decoded
 * first (RFC 3629; the dashboard's drawing uses the same decoder), then
 * code points are filtered: C0 (but TAB), DEL, C1, the bidi controls
 * U+202A-202E and U+2066-2069, zero-width space, U+2028/U+2029 and the tag
 * characters are made visible (mx_cp_unsafe), never interpreted.
 */
#include <stdio.h>
#include <string.h>

#include "mxscope.h"

/* Decode one UTF-8 sequence at s (len > 0); returns its length or 0 if invalid. */
size_t
mx_utf8_decode(const char *src, size_t len, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t n, i;
	unsigned c = s[0], min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if ((c & 0xe0) == 0xc0) {
		n = 2; c &= 0x1f; min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3; c &= 0x0f; min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4; c &= 0x07; min = 0x10000;
	} else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/*
 * Whether a code point must be shown escaped rather than printed: C0 but
 * TAB, DEL, C1; the bidi controls (U+202A-202E, U+2066-2069, LRM, RLM,
 * ALM) and the BOM; the invisible ones that hide or reorder text: zero-width
 * space U+200B, the line and paragraph separators U+2028/U+2029 (a line
 * break inside one field) and the tag characters U+E0000-E007F.
 */
int
mx_cp_unsafe(unsigned cp)
{
	if (cp == '\t')
		return 0;
	if (cp < 0x20 || cp == 0x7f)
		return 1;
	if (cp >= 0x80 && cp <= 0x9f)
		return 1;
	if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return 1;
	if (cp == 0x200e || cp == 0x200f || cp == 0x061c || cp == 0xfeff)
		return 1;
	if (cp == 0x200b || cp == 0x2028 || cp == 0x2029)
		return 1;
	if (cp >= 0xe0000 && cp <= 0xe007f)
		return 1;
	return 0;
}

/* Make untrusted bytes safe to display; see mxscope.h. */
size_t
mx_sanitize(char *dst, size_t dstsz, const char *src, size_t len)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, o = 0, n;
	char tmp[16];
	unsigned cp;

	if (dstsz == 0)
		return 0;
	while (i < len) {
		n = mx_utf8_decode(src + i, len - i, &cp);
		if (n == 0) {
			snprintf(tmp, sizeof tmp, "\\x%02X", s[i]);
			n = 1;
		} else if (!mx_cp_unsafe(cp)) {
			if (o + n >= dstsz)
				break;
			memcpy(dst + o, s + i, n);
			o += n;
			i += n;
			continue;
		} else if (cp < 0x20)
			snprintf(tmp, sizeof tmp, "^%c", (char)(cp + '@'));
		else if (cp == 0x7f)
			snprintf(tmp, sizeof tmp, "^?");
		else if (cp <= 0xff)
			snprintf(tmp, sizeof tmp, "\\x%02X", cp);
		else
			snprintf(tmp, sizeof tmp, "<U+%04X>", cp);
		if (o + strlen(tmp) >= dstsz)
			break;
		memcpy(dst + o, tmp, strlen(tmp));
		o += strlen(tmp);
		i += n;
	}
	dst[o] = '\0';
	return o;
}
