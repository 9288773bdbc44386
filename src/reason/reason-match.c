/*
 * reason-match: text in lower case (ASCII eight bytes at a time, and the
 * Latin-1 and Cyrillic capitals of UTF-8) and whether it holds a pattern
 * ("a*b": a, then b further on), for every rule of the classifier.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-rules-int.h"

/* ASCII lower case of a byte. */
static unsigned char
low(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/*
 * Fold the UTF-8 capitals whose small letters have the same length in
 * place: Latin-1 (U+00C0-U+00DE but U+00D7) and Cyrillic (U+0400-U+042F),
 * so that phrases of European and Russian mail systems match in lower
 * case whatever the sentence's first letter (dst already lower ASCII).
 */
static void
fold_utf8(char *dst, size_t len)
{
	unsigned char *d = (unsigned char *)dst;
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		if (d[i] < 0xc3)
			continue;
		if (d[i] == 0xc3 && d[i + 1] >= 0x80 && d[i + 1] <= 0x9e &&
		    d[i + 1] != 0x97)
			d[i + 1] += 0x20;
		else if (d[i] == 0xd0 && d[i + 1] >= 0x90 && d[i + 1] <= 0x9f)
			d[i + 1] += 0x20;		/* А-П -> а-п */
		else if (d[i] == 0xd0 && d[i + 1] >= 0xa0 && d[i + 1] <= 0xaf) {
			d[i] = 0xd1;			/* Р-Я -> р-я */
			d[i + 1] -= 0x20;
		} else if (d[i] == 0xd0 && d[i + 1] >= 0x80 && d[i + 1] <= 0x8f) {
			d[i] = 0xd1;			/* Ѐ-Џ -> ѐ-џ */
			d[i + 1] += 0x10;
		} else
			continue;
		i++;
	}
}

/* Lower-case copy of len bytes of src into dst (not terminated): ASCII,
 * and the UTF-8 capitals fold_utf8 knows. */
void
mx_rr_lower(char *dst, const char *src, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x, h, upper, high = 0;
	size_t i;

	/* Eight bytes at a time: a byte is A-Z when it is ASCII, above
	 * '@' and not above 'Z'; its 0x80 bit, shifted, is the 0x20 bit. */
	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&x, src + i, 8);
		h = x & (0x7f * ones);
		upper = ~x & (0x80 * ones) & ((h + (0x3f * ones)) ^
		    (h + (0x25 * ones)));
		x |= upper >> 2;
		high |= x;
		memcpy(dst + i, &x, 8);
	}
	for (; i < len; i++) {
		dst[i] = (char)low((unsigned char)src[i]);
		high |= (unsigned char)dst[i];
	}
	if ((high & (0x80 * ones)) != 0)
		fold_utf8(dst, len);
}

/* Offset just after the first piece p (n bytes) in the lower-case
 * s[from, len), or 0. */
static size_t
find_piece(const char *s, size_t len, size_t from, const char *p, size_t n)
{
	const char *at, *end;

	if (n == 0)
		return from;
	if (from >= len || len - from < n)
		return 0;
	/* memchr to each place the first byte is, then the rest. */
	end = s + len - n + 1;
	for (at = s + from; at < end && (at = memchr(at, p[0], (size_t)(end -
	    at))) != NULL; at++)
		if (memcmp(at + 1, p + 1, n - 1) == 0)
			return (size_t)(at - s) + n;
	return 0;
}

/* Whether the pieces of pat after its first ("*"-separated) follow in
 * the lower-case s from offset from on. */
int
mx_rr_rest_follows(const char *s, size_t len, size_t from, const char *pat)
{
	const char *star;
	size_t n, at;

	while ((star = strchr(pat, '*')) != NULL) {
		pat = star + 1;
		n = strcspn(pat, "*");
		if ((at = find_piece(s, len, from, pat, n)) == 0 && n > 0)
			return 0;
		from = at;
	}
	return 1;
}

/* Whether lower-case text holds pat; see reason-rules.h. */
int
mx_rr_match_low(const char *text, size_t len, const char *pat)
{
	size_t n = strcspn(pat, "*"), at;

	if ((at = find_piece(text, len, 0, pat, n)) == 0 && n > 0)
		return 0;
	return mx_rr_rest_follows(text, len, at, pat);
}

/* Whether match() finds one of the "|"-separated alternatives of list in
 * the lower-case text; see reason-rules.h. */
int
mx_rr_any_of(const char *list, const char *text, size_t len,
    int (*match)(const char *, size_t, const char *))
{
	char one[128];
	size_t n;

	while (*list != '\0') {
		n = strcspn(list, "|");
		if (n > 0 && n < sizeof one) {
			memcpy(one, list, n);
			one[n] = '\0';
			if (match(text, len, one))
				return 1;
		}
		list += n;
		list += strspn(list, "|");
	}
	return 0;
}

/* An allocated lower-case copy of len bytes of text, NUL-terminated. */
char *
mx_rr_lowered(const char *text, size_t len)
{
	char *d = malloc(len + 1);

	if (d == NULL)
		abort();
	mx_rr_lower(d, text, len);
	d[len] = '\0';
	return d;
}

/* Whether text holds pat; see reason-rules.h. */
int
mx_rr_match(const char *text, size_t len, const char *pat)
{
	char *lt;
	int r;

	if (len == 0)
		return mx_rr_match_low("", 0, pat);
	lt = mx_rr_lowered(text, len);
	r = mx_rr_match_low(lt, len, pat);
	free(lt);
	return r;
}
