/*
 * ndr-addr: where an rfc822 address (RFC 5322 §3.4.1 addr-spec) lies in
 * a bounce's text around an '@', and what punctuation next to it, in any
 * script, belongs to the text and not to the address.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Whether c may appear in the local part of an address. */
int
mx_ndr_local_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || (c && strchr(".!#$%&'*+-/=?^_`{|}~",
	    c) != NULL);
}

/* Whether c may appear in a domain.  nfb7: an underscore too, though
 * RFC 5321 §4.1.2's Domain holds none: people who paste a bounce hide
 * their names behind placeholders ("user@main_address.de", "your_domain
 * .com"), and hosts named by Windows carry one; a word is no address
 * for it (the dot and two labels are still asked for). */
static int
domain_char(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_' || c >= 0x80;
}

/* Whether c may not end a domain (a sentence's full stop, a hyphen or
 * an underscore after it). */
static int
domain_trail(unsigned char c)
{
	return c == '.' || c == '-' || c == '_';
}

/* The length of the UTF-8 sequence at s (n bytes left) when it is a
 * punctuation or space character that no address holds, 0 otherwise:
 * U+00A0-U+00BF (no-break space, guillemets), Arabic punctuation,
 * U+2000-U+206F (general punctuation: typographic quotes), U+3000-U+303F
 * (CJK punctuation: "、" "。" "「"), and the fullwidth ASCII punctuation
 * of U+FF01-U+FF65 ("：" "＜" "（"); texts in Chinese, Japanese or
 * Arabic write them right against an address ("收件人：a@b", "a@b。"). */
static size_t
sep_char(const unsigned char *s, size_t n)
{
	unsigned cp;

	if (n >= 2 && s[0] == 0xc2 && s[1] >= 0xa0 && s[1] <= 0xbf)
		return 2;
	/* Arabic comma, semicolon, question mark, full stop (U+060C,
	 * U+061B, U+061F, U+06D4). */
	if (n >= 2 && ((s[0] == 0xd8 && (s[1] == 0x8c || s[1] == 0x9b ||
	    s[1] == 0x9f)) || (s[0] == 0xdb && s[1] == 0x94)))
		return 2;
	if (n < 3 || (s[0] & 0xf0) != 0xe0 || (s[1] & 0xc0) != 0x80 ||
	    (s[2] & 0xc0) != 0x80)
		return 0;
	cp = (unsigned)(s[0] & 0x0f) << 12 | (unsigned)(s[1] & 0x3f) << 6 |
	    (s[2] & 0x3f);
	if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xff01 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) ||
	    (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65))
		return 3;
	return 0;
}

/* The length of the punctuation or space at s (n bytes left) that may
 * follow an address before the words about it, 0 if none. */
size_t
mx_ndr_after_addr(const char *s, size_t n)
{
	if (strchr(">:,;). \t\n", s[0]) != NULL)
		return 1;
	return sep_char((const unsigned char *)s, n);
}

/* Narrow the address [*b, *e) around the '@' at offset at to what lies
 * between the separators of sep_char nearest to it. */
static void
sep_bounds(const char *s, size_t at, size_t *b, size_t *e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p, n;

	for (p = *b; p < at; p++)
		if (u[p] >= 0xc2 && (n = sep_char(u + p, at - p)) > 0)
			*b = p + n;
	for (p = at + 1; p < *e; p++)
		if (u[p] >= 0xc2 && sep_char(u + p, *e - p) > 0) {
			*e = p;
			break;
		}
	/* A top-level domain is all ASCII or all not (RFC 5890 labels;
	 * the root zone holds no mixed one): words that go on right after
	 * an ASCII one ("a@b.jpへの配信") are none of it. */
	for (p = *e; p > at + 1 && u[p - 1] != '.'; p--)
		;
	if (p > at + 1 && p < *e && u[p] < 0x80)
		for (; p < *e; p++)
			if (u[p] >= 0x80) {
				*e = p;
				break;
			}
}

/* Whether the UTF-8 sequence at s (n bytes left) is a letter of a
 * script written without spaces between words: kana (U+3040-U+30FF),
 * CJK ideographs (U+3400-U+9FFF), Hangul syllables (U+AC00-U+D7A3);
 * its length, else 0. */
static size_t
cjk_char(const unsigned char *s, size_t n)
{
	unsigned cp;

	if (n < 3 || (s[0] & 0xf0) != 0xe0 || (s[1] & 0xc0) != 0x80 ||
	    (s[2] & 0xc0) != 0x80)
		return 0;
	cp = (unsigned)(s[0] & 0x0f) << 12 | (unsigned)(s[1] & 0x3f) << 6 |
	    (s[2] & 0x3f);
	return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 &&
	    cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) ? 3 : 0;
}

/*
 * nfb7: where an ASCII address starts that a sentence in Chinese,
 * Japanese or Korean runs into with no space ("无法发送到admin@example.com",
 * could not be sent to): a local part [b, at) that is such letters
 * (cjk_char) and then ASCII, at an ASCII domain [at + 1, e), starts
 * with the ASCII; an address all in those letters ("用户@example.com") or
 * with them after ASCII stays whole (RFC 6531 local parts).
 */
static size_t
cjk_lead(const char *s, size_t b, size_t at, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = b, n;

	for (n = at + 1; n < e; n++)
		if (u[n] >= 0x80)
			return b;
	while (p < at && (n = cjk_char(u + p, at - p)) > 0)
		p += n;
	if (p == b || p == at || !isalnum(u[p]))
		return b;
	for (n = p; n < at; n++)
		if (u[n] >= 0x80)
			return b;
	return p;
}

/*
 * ext21: the start of a CompuServe user ID written as its owners wrote
 * it, two groups of digits around a comma ("12345,6789@compuserve.com",
 * Microsoft KB Q153060: CompuServe's postmaster returned such mail as
 * "Illegally formatted To: header text"; the gateway asked for a period):
 * with the local part [b, at) all digits at compuserve.com, the digits
 * before a comma right before it belong to it; otherwise b.
 */
static size_t
compuserve_id(const char *s, size_t b, size_t at, size_t e)
{
	static const char dom[] = "compuserve.com";
	size_t p;

	if (e - at - 1 != sizeof(dom) - 1 ||
	    strncasecmp(s + at + 1, dom, sizeof(dom) - 1) != 0 || b < 2 ||
	    s[b - 1] != ',' || !isdigit((unsigned char)s[b - 2]))
		return b;
	for (p = b; p < at; p++)
		if (!isdigit((unsigned char)s[p]))
			return b;
	for (p = b - 1; p > 0 && isdigit((unsigned char)s[p - 1]); p--)
		;
	/* A letter or dot before the digits makes them part of a longer
	 * local part; a quote, bracket or space does not. */
	if (p > 0 && (isalpha((unsigned char)s[p - 1]) || s[p - 1] == '.' ||
	    (unsigned char)s[p - 1] >= 0x80))
		return b;
	return p;
}

/*
 * Find the address around the '@' at offset at; sets [*b, *e) and returns
 * 1 when it looks like one (non-empty local part, a dot in the domain).
 */
int
mx_ndr_addr_at(const char *s, size_t len, size_t at, size_t *b, size_t *e)
{
	size_t i = at, j = at + 1, dot = 0;

	while (i > 0 && mx_ndr_local_char((unsigned char)s[i - 1]))
		i--;
	/* A quoted local part (RFC 5321 §4.1.2 Quoted-string, which may
	 * hold spaces: Exim names "a b"@d so): back to its opening quote,
	 * on the same line. */
	if (i == at && at > 1 && s[at - 1] == '"') {
		size_t q = at - 1;

		while (q > 0 && s[q - 1] != '"' && s[q - 1] != '\n' &&
		    at - q < 64)
			q--;
		if (q > 0 && s[q - 1] == '"' && q < at - 1)
			i = q - 1;
	}
	while (i < at && s[i] == '.')
		i++;
	while (j < len && domain_char((unsigned char)s[j])) {
		if (s[j] == '.')
			dot = j;
		j++;
	}
	while (j > at + 1 && domain_trail((unsigned char)s[j - 1]))
		j--;
	sep_bounds(s, at, &i, &j);
	while (j > at + 1 && domain_trail((unsigned char)s[j - 1]))
		j--;
	/* A sentence's full stop after the domain ("... to a@b.net.") is
	 * none of its dots: the last dot left in it counts. */
	if (dot >= j) {
		for (dot = j - 1; dot > at && s[dot] != '.'; dot--)
			;
		if (dot == at)
			dot = 0;
	}
	i = cjk_lead(s, i, at, j);
	if (i < at)
		i = compuserve_id(s, i, at, j);
	if (i == at || dot == 0 || dot >= j - 1 || j - at < 4 ||
	    j - i >= 320)
		return 0;
	/* ext18: an '@' inside a quoted local part that holds one
	 * ("\"a@b.org\"@example.net", RFC 5321 §4.1.2 Quoted-string, as
	 * Exchange 2000 names a relay test's recipient) is no address's:
	 * the '@' after the closing quote is. */
	if (i > 0 && s[i - 1] == '"' && j + 1 < len && s[j] == '"' &&
	    s[j + 1] == '@')
		return 0;
	*b = i;
	*e = j;
	return 1;
}
