/*
 * mime-decode: bodies and text to UTF-8 for the bounce reader.  Undoes the
 * transfer encodings base64 (RFC 2045 §6.8) and quoted-printable (RFC 2045
 * §6.7), both tolerant of damage (stray bytes skipped, bad escapes kept);
 * converts charsets (RFC 2046 §4.1.2, RFC 2978 names) to UTF-8 with iconv,
 * Windows-1252/ISO-8859-1 by table; a label that lies gives way to UTF-8
 * or another Japanese encoding, else the bytes it rejects are dropped.
 * Every function is a bounded number of linear passes.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "mime.h"

/* Converters kept open for the process (gconv modules load once). */
#define CD_CACHE	16

/* Unicode of Windows-1252 bytes 0x80-0x9f (0 = undefined). */
static const unsigned short cp1252[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* Charset labels mail uses, mapped to the superset iconv knows. */
static const struct {
	const char *label, *iconv;
} aliases[] = {
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
	{ "euc-cn", "GB18030" }, { "cp936", "GB18030" },
	{ "shift_jis", "CP932" }, { "shift-jis", "CP932" },
	{ "sjis", "CP932" }, { "x-sjis", "CP932" }, { "ms_kanji", "CP932" },
	{ "euc-jp", "EUC-JP-MS" }, { "x-euc-jp", "EUC-JP-MS" },
	{ "ks_c_5601-1987", "CP949" }, { "ks_c_5601", "CP949" },
	{ "euc-kr", "CP949" }, { "big5", "BIG5-HKSCS" },
	{ "utf-7", "UTF-7" }, { "unicode-1-1-utf-7", "UTF-7" },
};

/* Value of a hex digit, or -1. */
int
mx_mime_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Base64 (RFC 2045 §6.8): bytes outside the alphabet are skipped, '='
 * ends a quantum, so damaged input still yields what it can. */
static void
base64(const char *s, size_t len, struct ndr_buf *out)
{
	static signed char val[256];
	static int ready;
	unsigned char chunk[3072];
	unsigned int acc = 0;
	size_t i, o = 0;
	int n = 0, v;

	if (!ready) {
		memset(val, -1, sizeof val);
		for (i = 0; i < 64; i++)
			val[(unsigned char)"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
			    "ghijklmnopqrstuvwxyz0123456789+/"[i]] =
			    (signed char)i;
		ready = 1;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '=') {
			n = 0;
			acc = 0;
			continue;
		}
		if ((v = val[(unsigned char)s[i]]) < 0)
			continue;
		acc = (acc << 6) | (unsigned int)v;
		if (++n == 2)
			chunk[o++] = (unsigned char)(acc >> 4);
		else if (n == 3)
			chunk[o++] = (unsigned char)(acc >> 2);
		else if (n == 4) {
			chunk[o++] = (unsigned char)acc;
			n = 0;
			acc = 0;
		}
		if (o >= sizeof chunk - 3) {
			mx_ndr_buf_add(out, (char *)chunk, o);
			o = 0;
		}
	}
	mx_ndr_buf_add(out, (char *)chunk, o);
}

/* Quoted-printable (RFC 2045 §6.7): "=XX" and soft line breaks ("=" then
 * optional white space at a line end); a bad escape is kept as it is. */
static void
quoted_printable(const char *s, size_t len, struct ndr_buf *out)
{
	size_t i = 0, run, j;
	const char *eq;
	int h, l;
	char c;

	while (i < len) {
		eq = memchr(s + i, '=', len - i);
		run = eq ? (size_t)(eq - (s + i)) : len - i;
		mx_ndr_buf_add(out, s + i, run);
		i += run;
		if (i >= len)
			break;
		j = i + 1;
		while (j < len && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j >= len || s[j] == '\n') {
			i = j < len ? j + 1 : j;
			continue;
		}
		if (i + 2 < len && (h = mx_mime_hexval(s[i + 1])) >= 0 &&
		    (l = mx_mime_hexval(s[i + 2])) >= 0) {
			c = (char)(h << 4 | l);
			mx_ndr_buf_add(out, &c, 1);
			i += 3;
			continue;
		}
		mx_ndr_buf_add(out, "=", 1);
		i++;
	}
}

/* Append the body s with its transfer encoding undone. */
void
mx_mime_decode_body(const char *s, size_t len, int cte, struct ndr_buf *out)
{
	if (cte == MIME_CTE_BASE64)
		base64(s, len, out);
	else if (cte == MIME_CTE_QP)
		quoted_printable(s, len, out);
	else
		mx_ndr_buf_add(out, s, len);
}

/* Whether s is well-formed UTF-8 (RFC 3629 §4: no overlongs, surrogates
 * or code points above U+10FFFF). */
int
mx_mime_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *e = s + len;
	unsigned int c;

	while (s < e) {
		if (*s < 0x80) {
			/* ASCII runs a word at a time */
			while (e - s >= 8) {
				uint64_t w;

				memcpy(&w, s, 8);
				if (w & 0x8080808080808080ULL)
					break;
				s += 8;
			}
			while (s < e && *s < 0x80)
				s++;
			continue;
		}
		c = *s;
		if (c >= 0xc2 && c <= 0xdf) {
			if (e - s < 2 || (s[1] & 0xc0) != 0x80)
				return 0;
			s += 2;
		} else if (c >= 0xe0 && c <= 0xef) {
			if (e - s < 3 || (s[1] & 0xc0) != 0x80 ||
			    (s[2] & 0xc0) != 0x80 ||
			    (c == 0xe0 && s[1] < 0xa0) ||
			    (c == 0xed && s[1] >= 0xa0))
				return 0;
			s += 3;
		} else if (c >= 0xf0 && c <= 0xf4) {
			if (e - s < 4 || (s[1] & 0xc0) != 0x80 ||
			    (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80 ||
			    (c == 0xf0 && s[1] < 0x90) ||
			    (c == 0xf4 && s[1] >= 0x90))
				return 0;
			s += 4;
		} else
			return 0;
	}
	return 1;
}

/* Windows-1252 (and ISO-8859-1, which mail means by it) to UTF-8. */
static void
from_cp1252(const char *str, size_t len, struct ndr_buf *out)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char u[3];
	unsigned int c;
	size_t i = 0, run;

	while (i < len) {
		for (run = i; run < len && s[run] < 0x80; run++)
			;
		mx_ndr_buf_add(out, str + i, run - i);
		if ((i = run) >= len)
			break;
		c = s[i] >= 0xa0 ? s[i] : cp1252[s[i] - 0x80];
		if (c == 0)
			mx_ndr_buf_add(out, "?", 1);
		else if (c < 0x800) {
			u[0] = (unsigned char)(0xc0 | c >> 6);
			u[1] = (unsigned char)(0x80 | (c & 0x3f));
			mx_ndr_buf_add(out, (char *)u, 2);
		} else {
			u[0] = (unsigned char)(0xe0 | c >> 12);
			u[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
			u[2] = (unsigned char)(0x80 | (c & 0x3f));
			mx_ndr_buf_add(out, (char *)u, 3);
		}
		i++;
	}
}

/* An open converter from charset (an iconv name) to UTF-8, cached; or
 * (iconv_t)-1 when iconv does not know it. */
static iconv_t
converter(const char *name)
{
	static struct {
		char	 name[40];
		iconv_t	 cd;
	} cache[CD_CACHE];
	static int ncache, next;
	iconv_t cd;
	int i;

	for (i = 0; i < ncache; i++)
		if (strcmp(cache[i].name, name) == 0)
			return cache[i].cd;
	cd = iconv_open("UTF-8", name);
	if (ncache < CD_CACHE)
		i = ncache++;
	else {
		i = next;
		next = (next + 1) % CD_CACHE;
		if (cache[i].cd != (iconv_t)-1)
			iconv_close(cache[i].cd);
	}
	mx_strlcpy(cache[i].name, name, sizeof cache[i].name);
	cache[i].cd = cd;
	return cd;
}

/*
 * Whether iconv would give s back as it is: charset name (an iconv name)
 * maps bytes 1 to 0x7f to ASCII, and s holds only those, without the
 * escape and shift bytes of ISO 2022 (ESC, SO, SI).  Saves running
 * iconv over the plain ASCII text most "charset=iso-8859-1" parts are.
 */
static int
ascii_same(const char *name, const char *s, size_t len)
{
	static const char *const fam[] = { "ISO-8859-", "WINDOWS-125",
	    "CP125", "KOI8-", "GB18030", "EUC-JP-MS", "CP949", "BIG5-HKSCS",
	    "ISO-2022-JP" };
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < sizeof fam / sizeof fam[0]; i++)
		if (strncasecmp(name, fam[i], strlen(fam[i])) == 0)
			break;
	if (i == sizeof fam / sizeof fam[0])
		return 0;
	for (i = 0; i < len; i++)
		if (u[i] == 0 || u[i] >= 0x80 || u[i] == 0x1b || u[i] == 0x0e ||
		    u[i] == 0x0f)
			return 0;
	return 1;
}

/* Run s through cd into out; bytes iconv rejects are skipped (and
 * counted: the return value). */
static size_t
run_iconv(iconv_t cd, const char *s, size_t len, struct ndr_buf *out)
{
	char chunk[4096], *in, *op;
	size_t pos = 0, inleft, oleft, r, bad = 0, used;

	iconv(cd, NULL, NULL, NULL, NULL);
	while (pos < len) {
		/* Never trust the converter's counters (glibc's ISO-2022-CN-EXT
		 * reports EILSEQ after consuming the last byte): the position
		 * is ours, re-derived and range-checked after every call. */
		in = (char *)s + pos;
		inleft = len - pos;
		op = chunk;
		oleft = sizeof chunk;
		errno = 0;
		r = iconv(cd, &in, &inleft, &op, &oleft);
		if (op < chunk || op > chunk + sizeof chunk ||
		    in < s + pos || in > s + len) {
			bad++;
			break;
		}
		mx_ndr_buf_add(out, chunk, (size_t)(op - chunk));
		used = (size_t)(in - (s + pos));
		pos += used;
		if (r != (size_t)-1)
			continue;
		if (errno == E2BIG) {
			if (used == 0 && op == chunk)
				break;	/* no progress: give up, not spin */
			continue;
		}
		bad++;
		if (errno != EILSEQ)
			break;		/* EINVAL: cut sequence at the end */
		if (pos < len)
			pos++;		/* skip the rejected byte */
	}
	op = chunk;
	oleft = sizeof chunk;
	iconv(cd, NULL, NULL, &op, &oleft);
	if (op >= chunk && op <= chunk + sizeof chunk)
		mx_ndr_buf_add(out, chunk, (size_t)(op - chunk));
	return bad;
}

/* Whether an iconv name is one of the Japanese encodings, which mail
 * often mislabels as one another. */
static int
japanese(const char *name)
{
	return strncasecmp(name, "ISO-2022-JP", 11) == 0 ||
	    strcasecmp(name, "CP932") == 0 || strcasecmp(name, "EUC-JP-MS") ==
	    0 || strcasecmp(name, "EUC-JP") == 0 || strcasecmp(name,
	    "SHIFT_JIS") == 0;
}

/*
 * Convert with cd; when the label lies (bytes rejected), prefer the bytes
 * themselves if they are UTF-8, then another Japanese encoding that reads
 * them cleanly, else the first result without the rejected bytes.
 */
static void
convert(iconv_t cd, const char *name, const char *s, size_t len,
    struct ndr_buf *out)
{
	static const char *const jp[] = { "EUC-JP-MS", "CP932", "ISO-2022-JP" };
	struct ndr_buf tmp = { NULL, 0, 0 };
	size_t start = out->len, i;
	iconv_t alt;

	if (ascii_same(name, s, len)) {
		mx_ndr_buf_add(out, s, len);
		return;
	}
	if (run_iconv(cd, s, len, out) == 0 && (out->len == start ||
	    mx_mime_utf8_valid(out->p + start, out->len - start)))
		return;
	if (mx_mime_utf8_valid(s, len)) {
		out->len = start;
		mx_ndr_buf_add(out, s, len);
		return;
	}
	for (i = 0; japanese(name) && i < sizeof jp / sizeof jp[0]; i++) {
		if (strcasecmp(jp[i], name) == 0 ||
		    (alt = converter(jp[i])) == (iconv_t)-1)
			continue;
		tmp.len = 0;
		if (run_iconv(alt, s, len, &tmp) == 0) {
			out->len = start;
			mx_ndr_buf_add(out, tmp.p, tmp.len);
			break;
		}
	}
	mx_ndr_buf_free(&tmp);
	/* A converter that emits invalid UTF-8 (UCS-4 beyond U+10FFFF) is
	 * not believed: read the bytes as Windows-1252 instead. */
	if (out->len > start &&
	    !mx_mime_utf8_valid(out->p + start, out->len - start)) {
		out->len = start;
		from_cp1252(s, len, out);
	}
}

/* Whether text in charset is copied as it is (none, ASCII, UTF-8). */
int
mx_mime_charset_utf8(const char *cs)
{
	return cs == NULL || *cs == '\0' || strcasecmp(cs, "utf-8") == 0 ||
	    strcasecmp(cs, "utf8") == 0 || strcasecmp(cs, "us-ascii") == 0 ||
	    strcasecmp(cs, "ascii") == 0;
}

/*
 * Append s, in charset, to out as UTF-8; 0, or -1 (nothing appended) when
 * the charset is unknown.  No charset, US-ASCII and UTF-8 are copied as
 * they are (mx_mime_guess_utf8 repairs them if they lie).
 */
int
mx_mime_to_utf8(const char *s, size_t len, const char *charset,
    struct ndr_buf *out)
{
	char name[40];
	const char *cs = charset;
	iconv_t cd;
	size_t i;

	if (mx_mime_charset_utf8(cs)) {
		mx_ndr_buf_add(out, s, len);
		return 0;
	}
	if (strcasecmp(cs, "iso-8859-1") == 0 || strcasecmp(cs, "latin1") ==
	    0 || strcasecmp(cs, "windows-1252") == 0 || strcasecmp(cs,
	    "cp1252") == 0 || strcasecmp(cs, "iso_8859-1") == 0) {
		from_cp1252(s, len, out);
		return 0;
	}
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(cs, aliases[i].label) == 0) {
			cs = aliases[i].iconv;
			break;
		}
	/* Names are tokens (RFC 2045 §5.1): refuse anything else. */
	for (i = 0; cs[i] != '\0' && i < sizeof name - 1; i++) {
		if (cs[i] <= ' ' || cs[i] > '~' || cs[i] == '/')
			return -1;
		name[i] = cs[i];
	}
	if (cs[i] != '\0')
		return -1;
	name[i] = '\0';
	if ((cd = converter(name)) == (iconv_t)-1)
		return -1;
	convert(cd, name, s, len, out);
	return 0;
}

/*
 * Append text whose charset is not known for sure: kept when it is UTF-8
 * without escapes, else read as ISO-2022-JP when it has ESC (Japanese mail
 * often names no charset) or Windows-1252.
 */
void
mx_mime_guess_utf8(const char *s, size_t len, struct ndr_buf *out, int *notes)
{
	int esc = memchr(s, 0x1b, len) != NULL;

	if (!esc && mx_mime_utf8_valid(s, len)) {
		mx_ndr_buf_add(out, s, len);
		return;
	}
	if (!esc) {
		from_cp1252(s, len, out);
		return;
	}
	if (mx_mime_to_utf8(s, len, "ISO-2022-JP", out) == -1) {
		*notes |= MX_NDR_NOTE_CHARSET;
		mx_ndr_buf_add(out, s, len);
	}
}
