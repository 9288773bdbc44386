/*
 * tests/fuzz/fuzz-mime-diff.c: differential libFuzzer target, the
 * hand-written MIME reader (src/ndr/ndr-mime.c, mime-hdr.c, mime-decode.c)
 * against GMime 3 on the same bytes (issue 9 "Fuzzing that would have
 * found it", issue 11 "A bounce mailbox").  Both read the input after
 * mx_ndr_normalize (LF line ends, as the reader always gets it); the oracle:
 * the same parts in the same order and depth, the same media types, the
 * same charset and boundary parameters, the same content with the transfer
 * encoding undone, and the same text in UTF-8 where both know the charset
 * (the decoded Subject is not compared: README "MIME: hand-written, why"
 * says why).  A mismatch aborts with both sides printed.  Differences that are GMime's error, or a deliberate choice of
 * the reader, are skipped by name below (each documented in README
 * "MIME: hand-written, why"); everything else is a bug to fix.
 * Build: make fuzz-mime-diff (clang with libFuzzer and libgmime-3.0-dev).
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Parts kept per side; inputs with more are not compared (caps). */
#define MAXP	64

/* One part, copied out of either reader. */
struct dpart {
	int	 depth, container, nofield, empty_msg, skip_struct, skip_dec;
	char	 type[96], charset[96], boundary[256];
	char	*decoded;
	size_t	 declen;
	char	*utf8;		/* NULL: not compared */
	size_t	 utf8len;
};

/* One side's list of parts. */
struct dlist {
	int		 n, over;
	struct dpart	 p[MAXP];
};

/* Copy a C string into a fixed field, lower case. */
static void
lcopy(char *dst, size_t sz, const char *s)
{
	size_t i;

	for (i = 0; s != NULL && s[i] != '\0' && i + 1 < sz; i++)
		dst[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
	dst[i] = '\0';
}

/* Copy bytes into a fresh allocation. */
static char *
dup_bytes(const char *s, size_t len)
{
	char *d = malloc(len + 1);

	if (d == NULL)
		abort();
	if (len)
		memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

/* Whether c may be in an RFC 2045 §5.1 token. */
static int
tokenc(int c)
{
	return c > ' ' && c < 0x7f && strchr("()<>@,;:\\\"/[]?=", c) == NULL;
}

/* Whether a Content-Type value starts with a valid "type/subtype". */
static int
valid_type(const char *v, size_t len)
{
	size_t i = 0, n;

	while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n'))
		i++;
	for (n = i; i < len && tokenc((unsigned char)v[i]); i++)
		;
	if (i == n || i >= len || v[i] != '/')
		return 0;
	for (n = ++i; i < len && tokenc((unsigned char)v[i]); i++)
		;
	return i > n;
}

/* Skip white space and line ends from i. */
static size_t
skip_ws(const char *v, size_t len, size_t i)
{
	while (i < len && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n'))
		i++;
	return i;
}

/* Skip a token from i (RFC 2045 §5.1); returns i when there is none. */
static size_t
skip_token(const char *v, size_t len, size_t i)
{
	while (i < len && tokenc((unsigned char)v[i]))
		i++;
	return i;
}

/* Whether a parameter name is name, name*, name*N or name*N* (RFC 2231
 * §3-4).  D9: other names with '*' ("boundary*0o") are skipped here and
 * end GMime's reading of the parameter. */
static int
section_name(const char *s, size_t len)
{
	const char *star = memchr(s, '*', len);
	size_t i;

	if (star == s)
		return 0;	/* no name before the '*' ("*0="): D8 */
	if (star == NULL || star + 1 == s + len)
		return 1;
	for (i = (size_t)(star - s) + 1; i < len && s[i] >= '0' && s[i] <= '9';
	    i++)
		;
	return i == len || (i + 1 == len && s[i] == '*' && i > (size_t)(star -
	    s) + 1);
}

/* D10: a media type of 63 bytes or more (the reader's cap) is cut and
 * read as application/octet-stream here; GMime keeps its name.  Neither
 * is a type anyone knows. */
static int
long_type(const char *v, size_t len)
{
	size_t i = skip_ws(v, len, 0), n = i;

	while (n < len && v[n] != ';' && v[n] != ' ' && v[n] != '\t' &&
	    v[n] != '\n' && v[n] != '(')
		n++;
	return n - i >= 63;
}

/* D11: a parameter given both plain ("name=") and in RFC 2231 form
 * ("name*0=", "name*="): the plain value wins here, the first one in
 * GMime; RFC 2231 does not say. */
static int
both_forms(const char *v, size_t len, const char *name)
{
	size_t i, n = strlen(name);
	int plain = 0, ext = 0;

	for (i = 0; i + n < len; i++) {
		if ((i > 0 && v[i - 1] != ';' && v[i - 1] != ' ' &&
		    v[i - 1] != '\t' && v[i - 1] != '\n') ||
		    strncasecmp(v + i, name, n) != 0)
			continue;
		/* white space may stand before the '=' (RFC 2045 §5.1
		 * reads tokens as RFC 822 does), a folded line end too */
		plain |= v[i + n] == '=' || v[i + n] == ' ' ||
		    v[i + n] == '\t' || v[i + n] == '\n';
		ext |= v[i + n] == '*';
	}
	return plain && ext;
}

/* D9: an extended initial value ("name*=" or "name*0*=") without the
 * two quotes of "charset'language'" (RFC 2231 §4) is malformed: read as
 * it stands here, dropped whole by GMime. */
static int
bad_ext(const char *v, size_t len)
{
	size_t i, e, q;

	for (i = 0; i + 2 < len; i++) {
		if (v[i] != '*' || (v[i + 1] != '=' && !(v[i + 1] == '0' &&
		    i + 3 < len && v[i + 2] == '*' && v[i + 3] == '=')))
			continue;
		i += v[i + 1] == '=' ? 2 : 4;
		for (e = i, q = 0; e < len && v[e] != ';'; e++)
			q += v[e] == '\'';
		if (q < 2)
			return 1;
	}
	return 0;
}

/* Whether a Content-Type value is "type/subtype" and then only
 * well-formed "; name=value" parameters (token or quoted-string, RFC 2045
 * §5.1, RFC 2231 names) and white space. */
static int
wellformed(const char *v, size_t len)
{
	size_t i = skip_ws(v, len, 0), n;

	if (!valid_type(v, len))
		return 0;
	i = skip_token(v, len, i) + 1;
	i = skip_ws(v, len, skip_token(v, len, i));
	while (i < len) {
		if (v[i] != ';')
			return 0;
		i = skip_ws(v, len, i + 1);
		if (i >= len)
			return 1;
		if ((n = skip_token(v, len, i)) == i || !section_name(v + i,
		    n - i))
			return 0;
		i = skip_ws(v, len, n);
		if (i >= len || v[i] != '=')
			return 0;
		i = skip_ws(v, len, i + 1);
		if (i < len && v[i] == '"') {
			for (i++; i < len && v[i] != '"'; i++) {
				if ((unsigned char)v[i] >= 0x80 ||
				    v[i] < ' ' || v[i] == '\\')
					return 0;
			}
			if (i >= len)
				return 0;
			i++;
		} else if ((n = skip_token(v, len, i)) == i)
			return 0;
		else
			i = n;
		i = skip_ws(v, len, i);
	}
	return 1;
}

/* Whether content is clean for its transfer encoding: base64 only of
 * its alphabet and line ends with '=' at the end; quoted-printable
 * with every '=' a valid escape or soft line break. */
static int
clean_encoding(const char *s, size_t len, int cte)
{
	size_t i, pad = 0, n = 0;

	if (cte == MIME_CTE_BASE64) {
		for (i = 0; i < len; i++) {
			if (s[i] == '\n')
				continue;
			if (s[i] == '=') {
				pad++;
				continue;
			}
			if (pad || !(isalnum((unsigned char)s[i]) ||
			    s[i] == '+' || s[i] == '/'))
				return 0;
			n++;
		}
		return (n + pad) % 4 == 0 && pad <= 2;
	}
	if (cte == MIME_CTE_QP) {
		for (i = 0; i < len; i++) {
			if (s[i] == ' ' || s[i] == '\t') {
				/* trailing white space: removed by GMime */
				if (i + 1 >= len || s[i + 1] == '\n')
					return 0;
				continue;
			}
			if (s[i] != '=')
				continue;
			if (i + 1 < len && s[i + 1] == '\n')
				continue;
			if (i + 2 >= len || !isxdigit((unsigned char)s[i +
			    1]) || !isxdigit((unsigned char)s[i + 2]) ||
			    islower((unsigned char)s[i + 1]) ||
			    islower((unsigned char)s[i + 2]))
				return 0;
		}
	}
	return 1;
}

/* Whether iconv reads s in charset (as GMime names it) without error. */
static int
converts_cleanly(const char *charset, const char *s, size_t len)
{
	char out[4096], *in = (char *)s, *op;
	size_t inleft = len, oleft;
	iconv_t cd = iconv_open("UTF-8", g_mime_charset_iconv_name(charset));
	int ok = 1;

	if (cd == (iconv_t)-1)
		return 0;
	while (inleft > 0) {
		op = out;
		oleft = sizeof out;
		if (iconv(cd, &in, &inleft, &op, &oleft) == (size_t)-1 &&
		    errno != E2BIG) {
			ok = 0;
			break;
		}
	}
	op = out;
	oleft = sizeof out;
	if (ok && iconv(cd, NULL, NULL, &op, &oleft) == (size_t)-1)
		ok = 0;
	iconv_close(cd);
	return ok;
}

/* Callback of mx_ndr_mime_parts: record one part of the hand-written reader. */
static void
hand_part(const struct ndr_mime_part *mp, void *arg)
{
	struct dlist *l = arg;
	struct dpart *d;

	if (l->n >= MAXP) {
		l->over = 1;
		return;
	}
	d = &l->p[l->n++];
	memset(d, 0, sizeof *d);
	d->depth = mp->depth;
	d->container = mp->container;
	d->nofield = mp->nofield;
	/* D2: an empty message/rfc822 content is one empty part here; no
	 * part at all in GMime, or an empty text/plain one (compare). */
	d->empty_msg = mp->in_message && mp->bare && !mp->container &&
	    mp->declen == 0;
	/* D5: two Content-Type fields: the first counts here, the last
	 * in GMime (RFC 2045 allows one).  D7: a Content-Type that names no
	 * valid type (or is empty) is text/plain here (RFC 2045 §5.2; a bare "multipart"
	 * multipart/mixed), application/octet-stream in GMime.  D8: a
	 * syntax error in the parameters ends GMime's reading of them;
	 * here the other parameters are still read. */
	d->skip_struct = mp->nct > 1 || (mp->nct == 1 && (mp->ctlen == 0 ||
	    !wellformed(mp->ct, mp->ctlen) || long_type(mp->ct, mp->ctlen) ||
	    both_forms(mp->ct, mp->ctlen, "boundary") ||
	    both_forms(mp->ct, mp->ctlen, "charset") ||
	    bad_ext(mp->ct, mp->ctlen))) ||
	    /* D10: a boundary longer than the reader's cap is cut here
	     * (RFC 2046 §5.1.1 allows 70), kept whole by GMime. */
	    strlen(mp->boundary) >= MX_NDR_BND_MAX ||
	    /* D12: a message part under base64 or quoted-printable (RFC
	     * 2046 §5.2.1 allows neither) is read as a message here, kept
	     * as opaque data by GMime. */
	    (strncmp(mp->type, "message/", 8) == 0 &&
	    mp->cte != MIME_CTE_IDENTITY);
	/* D6: damaged encodings are repaired differently. */
	d->skip_dec = !clean_encoding(mp->raw, mp->rawlen, mp->cte);

	lcopy(d->type, sizeof d->type, mp->type);
	mx_strlcpy(d->charset, mp->charset, sizeof d->charset);
	mx_strlcpy(d->boundary, mp->boundary, sizeof d->boundary);
	if (!d->container) {
		d->decoded = dup_bytes(mp->decoded ? mp->decoded : "",
		    mp->declen);
		d->declen = mp->declen;
		if (mp->utf8 != NULL) {
			d->utf8 = dup_bytes(mp->utf8, mp->utf8len);
			d->utf8len = mp->utf8len;
		}
	}
}

/* Record object o of GMime's tree (and what it holds) at depth. */
static void
gm_walk(GMimeObject *o, int depth, struct dlist *l)
{
	GMimeContentType *ct;
	struct dpart *d;
	char *mt;
	int i, n;

	if (o == NULL)
		return;
	if (l->n >= MAXP) {
		l->over = 1;
		return;
	}
	d = &l->p[l->n++];
	memset(d, 0, sizeof *d);
	d->depth = depth;
	ct = g_mime_object_get_content_type(o);
	mt = ct ? g_mime_content_type_get_mime_type(ct) : NULL;
	lcopy(d->type, sizeof d->type, mt ? mt : "");
	g_free(mt);
	if (ct != NULL) {
		const char *v = g_mime_content_type_get_parameter(ct,
		    "charset");

		mx_strlcpy(d->charset, v ? v : "", sizeof d->charset);
		v = g_mime_content_type_get_parameter(ct, "boundary");
		mx_strlcpy(d->boundary, v ? v : "", sizeof d->boundary);
	}
	if (GMIME_IS_MULTIPART(o)) {
		d->container = 1;
		n = g_mime_multipart_get_count((GMimeMultipart *)o);
		for (i = 0; i < n; i++)
			gm_walk(g_mime_multipart_get_part((GMimeMultipart *)o,
			    i), depth + 1, l);
	} else if (GMIME_IS_MESSAGE_PART(o)) {
		GMimeMessage *m = g_mime_message_part_get_message(
		    (GMimeMessagePart *)o);

		d->container = 1;
		if (m != NULL)
			gm_walk(g_mime_message_get_mime_part(m), depth + 1, l);
	} else if (GMIME_IS_PART(o)) {
		GMimeDataWrapper *w = g_mime_part_get_content((GMimePart *)o);
		GMimeStream *ms = g_mime_stream_mem_new();
		GByteArray *ba;

		if (w != NULL)
			g_mime_data_wrapper_write_to_stream(w, ms);
		ba = g_mime_stream_mem_get_byte_array((GMimeStreamMem *)ms);
		d->decoded = dup_bytes((const char *)ba->data, ba->len);
		d->declen = ba->len;
		g_object_unref(ms);
		if (GMIME_IS_TEXT_PART(o) && d->charset[0] != '\0') {
			char *t = g_mime_text_part_get_text((GMimeTextPart *)o);

			if (t != NULL) {
				d->utf8 = dup_bytes(t, strlen(t));
				d->utf8len = strlen(t);
				g_free(t);
			}
		}
	}
}

/* Free what a list holds. */
static void
dlist_free(struct dlist *l)
{
	int i;

	for (i = 0; i < l->n; i++) {
		free(l->p[i].decoded);
		free(l->p[i].utf8);
	}
}

/* Print both lists and abort: a mismatch. */
static void
mismatch(const char *what, int i, const struct dlist *h,
    const struct dlist *g)
{
	static int survey = -1;
	int k;

	if (survey == -1)
		survey = getenv("MIME_DIFF_SURVEY") != NULL;
	fprintf(stderr, "MISMATCH: %s at part %d\n", what, i);
	for (k = 0; k < h->n || k < g->n; k++) {
		if (k < h->n)
			fprintf(stderr, "  hand  %d: d=%d c=%d %s cs=%s b=%s "
			    "dec=%zu\n", k, h->p[k].depth, h->p[k].container,
			    h->p[k].type, h->p[k].charset, h->p[k].boundary,
			    h->p[k].declen);
		if (k < g->n)
			fprintf(stderr, "  gmime %d: d=%d c=%d %s cs=%s b=%s "
			    "dec=%zu\n", k, g->p[k].depth, g->p[k].container,
			    g->p[k].type, g->p[k].charset, g->p[k].boundary,
			    g->p[k].declen);
	}
	if (!survey)
		abort();
}

/* Whether a charset is one the reader deliberately reads otherwise than
 * GMime: ISO-8859-1 labels as Windows-1252 (WHATWG Encoding §4.2, as
 * mail clients do), and the CJK labels as their supersets. */
static int
charset_differs(const char *cs)
{
	static const char *const names[] = { "iso-8859-1", "latin1",
	    "iso_8859-1", "gb2312", "gbk", "x-gbk", "euc-cn", "cp936",
	    "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "euc-jp",
	    "x-euc-jp", "ks_c_5601-1987", "ks_c_5601", "euc-kr", "big5",
	    "iso-2022-jp", "cp932", "windows-31j" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(cs, names[i]) == 0)
			return 1;
	return 0;
}

/* Whether two parameter values agree.  D4: an unquoted value ends at
 * white space here; GMime reads on to the ';'. */
static int
param_same(const char *hand, const char *gm)
{
	size_t n = strcspn(gm, " \t");

	return strcmp(hand, gm) == 0 || (gm[n] != '\0' &&
	    strlen(hand) == n && strncmp(hand, gm, n) == 0);
}

/* Compare the two lists part by part (first mismatch only). */
static void
compare(struct dlist *h, const struct dlist *g)
{
	const struct dpart *a, *b;
	int i, j, k;

	for (i = 0; i < h->n; i++)
		/* D1: a line that is no header field ends the header here
		 * (bounces without the empty line keep their text); GMime
		 * reads on to the empty line.  Not comparable. */
		if (h->p[i].nofield || h->p[i].skip_struct)
			return;
	/* D2: the empty part of an empty message/rfc822 stands for GMime's
	 * empty text part when GMime has one there (content of an empty
	 * line), for nothing otherwise (no content at all); j follows g. */
	for (i = k = j = 0; i < h->n; i++) {
		if (h->p[i].empty_msg && !(j < g->n && g->p[j].depth ==
		    h->p[i].depth && !g->p[j].container &&
		    g->p[j].declen == 0)) {
			free(h->p[i].decoded);
			free(h->p[i].utf8);
			continue;
		}
		h->p[k++] = h->p[i];
		j++;
	}
	h->n = k;
	if (h->n != g->n)
		return mismatch("number of parts", h->n < g->n ? h->n :
		    g->n, h, g);
	for (i = 0; i < h->n; i++) {
		a = &h->p[i];
		b = &g->p[i];
		if (a->depth != b->depth)
			return mismatch("depth", i, h, g);
		if (a->container != b->container)
			return mismatch("container", i, h, g);
		if (strcmp(a->type, b->type) != 0)
			return mismatch("media type", i, h, g);
		if (!param_same(a->charset, b->charset))
			return mismatch("charset parameter", i, h, g);
		if (strncmp(a->type, "multipart/", 10) == 0 &&
		    !param_same(a->boundary, b->boundary))
			return mismatch("boundary parameter", i, h, g);
		if (a->container)
			continue;
		if (a->skip_dec)
			continue;
		if (a->declen != b->declen || memcmp(a->decoded, b->decoded,
		    a->declen) != 0)
			return mismatch("decoded content", i, h, g);
		/* D3: text labelled UTF-8 (or nothing) is copied as it is
		 * and repaired later (invalid UTF-8 read as Windows-1252,
		 * mx_mime_guess_utf8), GMime repairs it its own way. */
		if (a->utf8 != NULL && b->utf8 != NULL &&
		    mx_mime_utf8_valid(a->utf8, a->utf8len) &&
		    !charset_differs(a->charset) &&
		    mx_mime_utf8_valid(b->utf8, b->utf8len) &&
		    converts_cleanly(a->charset, a->decoded, a->declen) &&
		    (a->utf8len != b->utf8len || memcmp(a->utf8, b->utf8,
		    a->utf8len) != 0))
			return mismatch("text in UTF-8", i, h, g);
	}
}

/* Whether the buffer should be compared at all: GMime reads a leading
 * "From " line as an mbox postmark and the reader splits mboxes before
 * MIME, so such inputs test neither. */
static int
comparable(const char *s, size_t len)
{
	return len > 0 && !(len >= 5 && memcmp(s, "From ", 5) == 0);
}

/* Read one input with both readers and compare. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dlist h, g;
	static int init;
	struct ndr_buf nb = { NULL, 0, 0 };
	GMimeStream *st;
	GMimeParser *pa;
	GMimeMessage *m;
	int notes = 0;

	if (!init) {
		g_mime_init();
		init = 1;
	}
	if (size > 65536)
		return 0;
	mx_ndr_normalize((const char *)data, size, &nb, &notes);
	if (!comparable(nb.p, nb.len)) {
		mx_ndr_buf_free(&nb);
		return 0;
	}
	memset(&h, 0, sizeof h);
	memset(&g, 0, sizeof g);
	notes |= mx_ndr_mime_parts(nb.p, nb.len, hand_part, &h);
	st = g_mime_stream_mem_new_with_buffer(nb.p, nb.len);
	pa = g_mime_parser_new_with_stream(st);
	m = g_mime_parser_construct_message(pa, NULL);
	if (m != NULL)
		gm_walk(g_mime_message_get_mime_part(m), 1, &g);
	/* Caps the reader applies and GMime does not: not compared. */
	if (m != NULL && !h.over && !g.over && !(notes & (MX_NDR_NOTE_DEPTH |
	    MX_NDR_NOTE_PARTS | MX_NDR_NOTE_LONG_LINE)))
		compare(&h, &g);
	if (m != NULL)
		g_object_unref(m);
	g_object_unref(pa);
	g_object_unref(st);
	dlist_free(&h);
	dlist_free(&g);
	mx_ndr_buf_free(&nb);
	return 0;
}
