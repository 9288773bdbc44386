/*
 * mime-hdr: header fields for the bounce reader.  Splits a header block
 * into fields (RFC 5322 §2.2, folding §2.2.3; a line that is no field ends
 * the block, as lenient readers do), decodes unstructured values with
 * encoded words (RFC 2047 §2-6: B and Q, adjacent words joined, charsets
 * to UTF-8), reads Content-Type (RFC 2045 §5.1) and its parameters with
 * RFC 2231 §3-4 continuations, Content-Transfer-Encoding (RFC 2045 §6.1),
 * and the first mailbox of an address list (RFC 5322 §3.4).  Each
 * function is one linear pass over its input.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "mime.h"

/* Longest charset name of an encoded word. */
#define EW_CHARSET_MAX	40

/* Whether c is folding white space. */
#define WSP(c)	((c) == ' ' || (c) == '\t')

/*
 * The next field of the header block at buf + *off: 1 and *off past it;
 * or 0 at the end of the block, with *off at the body (past a blank line,
 * or at the first line that is not a field).
 */
int
mx_mime_field_next(const char *buf, size_t len, size_t *off,
    struct mime_field *f)
{
	const char *s = buf + *off, *end = buf + len, *nl, *colon, *p;
	size_t nlen;

	if (s >= end)
		return 0;
	if (*s == '\n') {
		(*off)++;
		return 0;
	}
	nl = memchr(s, '\n', end - s);
	if (nl == NULL)
		nl = end;
	if ((colon = memchr(s, ':', nl - s)) == NULL || colon == s)
		return 0;
	nlen = colon - s;
	while (nlen > 0 && WSP(s[nlen - 1]))
		nlen--;
	if (nlen == 0)
		return 0;
	for (p = s; p < s + nlen; p++)
		if (*(const unsigned char *)p <= ' ' || *p == 0x7f)
			return 0;
	/* Continuation lines (RFC 5322 §2.2.3) belong to the field. */
	while (nl < end && nl + 1 < end && WSP(nl[1])) {
		if ((nl = memchr(nl + 1, '\n', end - nl - 1)) == NULL)
			nl = end;
	}
	f->name = s;
	f->nlen = nlen;
	f->val = colon + 1;
	f->vlen = nl - colon - 1;
	*off = (size_t)(nl - buf) + (nl < end);
	return 1;
}

/* Whether field f is called name (case ignored). */
int
mx_mime_field_is(const struct mime_field *f, const char *name)
{
	return f->nlen == strlen(name) && strncasecmp(f->name, name,
	    f->nlen) == 0;
}

/* Append raw header text, unfolded (LFs dropped), as UTF-8. */
static void
add_plain(const char *s, size_t len, struct ndr_buf *out, int *notes)
{
	struct ndr_buf tmp = { NULL, 0, 0 };
	const char *nl;

	if (memchr(s, '\n', len) == NULL && mx_mime_utf8_valid(s, len) &&
	    memchr(s, 0x1b, len) == NULL) {
		mx_ndr_buf_add(out, s, len);
		return;
	}
	while (len > 0) {
		nl = memchr(s, '\n', len);
		mx_ndr_buf_add(&tmp, s, nl ? (size_t)(nl - s) : len);
		if (nl == NULL)
			break;
		len -= nl - s + 1;
		s = nl + 1;
	}
	mx_mime_guess_utf8(tmp.p ? tmp.p : "", tmp.len, out, notes);
	mx_ndr_buf_free(&tmp);
}

/* Q encoding of encoded words (RFC 2047 §4.2): '_' is a space. */
static void
q_decode(const char *s, size_t len, struct ndr_buf *out)
{
	size_t i;
	char c;
	int h, l;

	for (i = 0; i < len; i++) {
		c = s[i];
		if (c == '_')
			c = ' ';
		else if (c == '=' && i + 2 < len &&
		    (h = mx_mime_hexval(s[i + 1])) >= 0 &&
		    (l = mx_mime_hexval(s[i + 2])) >= 0) {
			c = (char)(h << 4 | l);
			i += 2;
		}
		mx_ndr_buf_add(out, &c, 1);
	}
}

/* Flush the pending bytes of joined encoded words, converted. */
static void
flush_words(struct ndr_buf *pend, const char *charset, struct ndr_buf *out,
    int *notes)
{
	struct ndr_buf tmp = { NULL, 0, 0 };

	if (pend->len == 0)
		return;
	if (mx_mime_to_utf8(pend->p, pend->len, charset, &tmp) == -1) {
		/* Unknown charset: the bytes as UTF-8 when they are, else
		 * as Windows-1252, never as they are (fuzz-charset found
		 * raw 8-bit bytes here). */
		*notes |= MX_NDR_NOTE_CHARSET;
		mx_mime_guess_utf8(pend->p, pend->len, out, notes);
	} else
		mx_mime_guess_utf8(tmp.p ? tmp.p : "", tmp.len, out, notes);
	mx_ndr_buf_free(&tmp);
	pend->len = 0;
}

/* Decode an unstructured header value (RFC 2047 §6.2) into out, unfolded
 * and trimmed, with control characters that would split lines as spaces. */
void
mx_mime_decode_header(const char *v, size_t len, struct ndr_buf *out,
    int *notes)
{
	struct ndr_buf pend = { NULL, 0, 0 };
	char charset[EW_CHARSET_MAX + 1], pcs[EW_CHARSET_MAX + 1] = "";
	size_t i = 0, start = out->len, plain, j, k, t, ws, fail_until = 0;
	const char *eq;
	int enc, after_word = 0;

	if (len > MX_NDR_MAX_LINE) {
		len = MX_NDR_MAX_LINE;
		*notes |= MX_NDR_NOTE_LONG_LINE;
	}
	while (i < len && (WSP(v[i]) || v[i] == '\n'))
		i++;
	mx_ndr_buf_add(out, "", 0);
	/* Most values hold no encoded word: unfold, and done. */
	for (j = i; (eq = memchr(v + j, '=', len - j)) != NULL &&
	    !((size_t)(eq - v) + 1 < len && eq[1] == '?');
	    j = (size_t)(eq - v) + 1)
		;
	if (eq == NULL) {
		add_plain(v + i, len - i, out, notes);
		while (out->len > start && WSP(out->p[out->len - 1]))
			out->p[--out->len] = '\0';
		return;
	}
	while (i < len) {
		/* The next "=?" that may start an encoded word. */
		for (j = i; (eq = memchr(v + j, '=', len - j)) != NULL;
		    j = (size_t)(eq - v) + 1)
			if ((size_t)(eq - v) + 1 < len && eq[1] == '?' &&
			    (size_t)(eq - v) >= fail_until)
				break;
		plain = eq ? (size_t)(eq - v) : len;
		/* White space between two encoded words is dropped (RFC
		 * 2047 §6.2); ws is where it starts until the second one
		 * proves to be an encoded word. */
		for (k = i; k < plain && (WSP(v[k]) || v[k] == '\n'); k++)
			;
		ws = plain;
		if (after_word && eq != NULL && k == plain)
			ws = i;
		else if (plain > i) {
			flush_words(&pend, pcs, out, notes);
			add_plain(v + i, plain - i, out, notes);
			after_word = 0;
		}
		if (eq == NULL)
			break;
		/* charset */
		j = plain + 2;
		while (j < len && j - plain - 2 < EW_CHARSET_MAX &&
		    v[j] != '?' && !WSP(v[j]) && v[j] != '\n')
			j++;
		if (j + 3 >= len || v[j] != '?' || j == plain + 2 ||
		    j - plain - 2 >= EW_CHARSET_MAX || v[j + 2] != '?' ||
		    strchr("BbQq", v[j + 1]) == NULL || v[j + 1] == '\0')
			goto literal;
		memcpy(charset, v + plain + 2, j - plain - 2);
		charset[j - plain - 2] = '\0';
		/* "charset*language" (RFC 2231 §5) */
		if ((eq = strchr(charset, '*')) != NULL)
			charset[eq - charset] = '\0';
		enc = v[j + 1] | 0x20;
		/* text, up to "?=" without white space */
		t = j + 3;
		for (k = t; k + 1 < len && !(v[k] == '?' && v[k + 1] == '=') &&
		    !WSP(v[k]) && v[k] != '\n'; k++)
			;
		if (k + 1 >= len || v[k] != '?') {
			fail_until = k;
			goto literal;
		}
		if (pend.len > 0 && strcasecmp(pcs, charset) != 0)
			flush_words(&pend, pcs, out, notes);
		mx_strlcpy(pcs, charset, sizeof pcs);
		if (enc == 'b')
			mx_mime_decode_body(v + t, k - t, MIME_CTE_BASE64, &pend);
		else
			q_decode(v + t, k - t, &pend);
		after_word = 1;
		i = k + 2;
		continue;
literal:
		/* Not an encoded word: the white space before it stays. */
		flush_words(&pend, pcs, out, notes);
		if (ws < plain)
			add_plain(v + ws, plain - ws, out, notes);
		mx_ndr_buf_add(out, "=", 1);
		after_word = 0;
		i = plain + 1;
	}
	flush_words(&pend, pcs, out, notes);
	mx_ndr_buf_free(&pend);
	for (j = start; j < out->len; j++)
		if (out->p[j] == '\n' || out->p[j] == '\r' || out->p[j] == '\0')
			out->p[j] = ' ';
	while (out->len > start && WSP(out->p[out->len - 1]))
		out->p[--out->len] = '\0';
}

/* Skip white space, line ends and (nested) comments from i. */
static size_t
skip_cfws(const char *v, size_t len, size_t i)
{
	int depth = 0;

	for (; i < len; i++) {
		if (depth > 0) {
			if (v[i] == '\\' && i + 1 < len)
				i++;
			else if (v[i] == '(')
				depth++;
			else if (v[i] == ')')
				depth--;
		} else if (v[i] == '(')
			depth = 1;
		else if (!WSP(v[i]) && v[i] != '\n')
			break;
	}
	return i;
}

/*
 * The media type of a Content-Type value, lower case, as "type/subtype";
 * "" when there is none.  A type without a subtype gets the default one
 * of its kind (text/plain, multipart/mixed), as lenient readers do.
 */
void
mx_mime_content_type(const char *v, size_t len, char *type, size_t tsz)
{
	size_t i = skip_cfws(v, len, 0), o = 0, slash = 0;

	for (; i < len && o + 1 < tsz && v[i] != ';' && v[i] != '(' &&
	    !WSP(v[i]) && v[i] != '\n' && v[i] != '"'; i++) {
		if (v[i] == '/' && slash != 0)
			break;		/* RFC 2045 §5.1: '/' ends the subtype */
		if (v[i] == '/')
			slash = o + 1;
		type[o++] = (v[i] >= 'A' && v[i] <= 'Z') ? v[i] | 0x20 : v[i];
	}
	type[o] = '\0';
	if (o == 0)
		return;
	if (slash == 0 || slash == o) {
		if (slash)
			type[--o] = '\0';
		if (strcmp(type, "text") == 0)
			mx_strlcpy(type, "text/plain", tsz);
		else if (strcmp(type, "multipart") == 0)
			mx_strlcpy(type, "multipart/mixed", tsz);
		else
			mx_strlcpy(type, "application/octet-stream", tsz);
	}
}

/* Append a parameter value (RFC 2231 §4 "%XX" undone when extended,
 * its "charset'language'" prefix dropped when first). */
static void
param_value(const char *s, size_t len, int ext, int first, char *dst,
    size_t dstsz)
{
	size_t o = strlen(dst), i = 0;
	const char *q;
	int h, l;

	if (ext && first && (q = memchr(s, '\'', len)) != NULL &&
	    (q = memchr(q + 1, '\'', len - (q + 1 - s))) != NULL)
		i = (size_t)(q - s) + 1;
	for (; i < len && o + 1 < dstsz; i++) {
		if (ext && s[i] == '%' && i + 2 < len &&
		    (h = mx_mime_hexval(s[i + 1])) >= 0 &&
		    (l = mx_mime_hexval(s[i + 2])) >= 0) {
			dst[o++] = (char)(h << 4 | l);
			i += 2;
		} else
			dst[o++] = s[i];
	}
	dst[o] = '\0';
}

/* Sections of an RFC 2231 §3 continued parameter kept. */
#define PARAM_SECTIONS	32

/* One section of a continued parameter, unquoted. */
struct section {
	int	 num;		/* its number (name*NUM) */
	int	 ext;		/* extended: %XX escapes (name*NUM*) */
	size_t	 len;
	char	 val[256];
};

/* Order sections by number (insertion sort of a few). */
static void
sort_sections(struct section *sec, int n)
{
	struct section t;
	int i, j;

	for (i = 1; i < n; i++) {
		t = sec[i];
		for (j = i; j > 0 && sec[j - 1].num > t.num; j--)
			sec[j] = sec[j - 1];
		sec[j] = t;
	}
}

/*
 * The value of parameter name of a Content-Type value into dst: 1 if
 * found.  A plain name=value wins; else the sections name*N (RFC 2231 §3)
 * are joined in the order of their numbers, whatever order they come in
 * (gaps and a missing section 0 forgiven, as GMime does), and name* (§4)
 * is read alone.
 */
int
mx_mime_param(const char *v, size_t len, const char *name, char *dst,
    size_t dstsz)
{
	struct section *sec = NULL;
	size_t i = 0, ns, ne, vs, nl = strlen(name), k;
	int nsec = 0, quoted, ext, exact, num;

	dst[0] = '\0';
	while (i < len) {
		/* to the next ';' outside quotes */
		quoted = 0;
		for (; i < len && (quoted || v[i] != ';'); i++) {
			if (v[i] == '"')
				quoted = !quoted;
			else if (v[i] == '\\' && quoted && i + 1 < len)
				i++;
		}
		if (i >= len)
			break;
		i = skip_cfws(v, len, i + 1);
		ns = i;
		while (i < len && v[i] != '=' && v[i] != ';' && !WSP(v[i]) &&
		    v[i] != '\n')
			i++;
		ne = i;
		i = skip_cfws(v, len, i);
		if (i >= len || v[i] != '=')
			continue;
		i = skip_cfws(v, len, i + 1);
		if (ne - ns < nl || strncasecmp(v + ns, name, nl) != 0)
			continue;
		exact = ne - ns == nl;
		ext = !exact && v[ne - 1] == '*';
		if (!exact && v[ns + nl] != '*')
			continue;
		/* name*NUM, name*NUM*, name*: the section number */
		num = 0;
		for (k = ns + nl + 1; !exact && k < ne && v[k] >= '0' &&
		    v[k] <= '9'; k++)
			num = num < 100000 ? num * 10 + (v[k] - '0') : num;
		if (!exact && k < ne && !(k + 1 == ne && v[k] == '*' &&
		    k > ns + nl + 1))
			continue;	/* not name*, name*N nor name*N* */
		if (!exact && k == ns + nl + 1)
			num = -1;	/* name*: a whole value (§4) */
		if (exact) {
			/* name=value: read straight into dst */
			free(sec);
			if (i < len && v[i] == '"') {
				for (i++, k = 0; i < len && v[i] != '"'; i++) {
					if (v[i] == '\\' && i + 1 < len)
						i++;
					if (k + 1 < dstsz)
						dst[k++] = v[i];
				}
				dst[k] = '\0';
			} else {
				for (vs = i; i < len && v[i] != ';' &&
				    !WSP(v[i]) && v[i] != '\n'; i++)
					;
				dst[0] = '\0';
				param_value(v + vs, i - vs, 0, 1, dst, dstsz);
			}
			return 1;
		}
		if (sec == NULL)
			sec = mx_xmalloc(PARAM_SECTIONS * sizeof *sec);
		if (nsec == PARAM_SECTIONS)
			continue;
		sec[nsec].num = num;
		sec[nsec].ext = ext;
		sec[nsec].len = 0;
		if (i < len && v[i] == '"') {
			for (i++; i < len && v[i] != '"'; i++) {
				if (v[i] == '\\' && i + 1 < len)
					i++;
				if (sec[nsec].len < sizeof sec[nsec].val)
					sec[nsec].val[sec[nsec].len++] = v[i];
			}
			if (i < len)
				i++;	/* the closing quote */
		} else {
			for (vs = i; i < len && v[i] != ';' && !WSP(v[i]) &&
			    v[i] != '\n'; i++)
				;
			sec[nsec].len = i - vs < sizeof sec[nsec].val ?
			    i - vs : sizeof sec[nsec].val;
			memcpy(sec[nsec].val, v + vs, sec[nsec].len);
		}
		nsec++;
	}
	if (nsec > 1)
		sort_sections(sec, nsec);
	/* A whole name* value stands alone, as GMime reads it. */
	if (nsec > 0 && sec[0].num == -1)
		nsec = 1;
	for (k = 0; k < (size_t)nsec; k++)
		param_value(sec[k].val, sec[k].len, sec[k].ext, k == 0, dst,
		    dstsz);
	free(sec);
	return nsec > 0;
}

/* Whether the token at v[i] (n bytes left) is name, whole: white space,
 * a comment, ';' or the end after it (RFC 2045 §6.1: a mechanism is a
 * token; "quoted-printableable" is none of ours). */
static int
cte_is(const char *v, size_t i, size_t n, const char *name)
{
	size_t k = strlen(name);

	return n >= k && strncasecmp(v + i, name, k) == 0 && (n == k ||
	    WSP(v[i + k]) || v[i + k] == '\n' || v[i + k] == '(' ||
	    v[i + k] == ';');
}

/* The transfer encoding a Content-Transfer-Encoding value names. */
int
mx_mime_cte(const char *v, size_t len)
{
	size_t i = skip_cfws(v, len, 0), n = len - i;

	if (cte_is(v, i, n, "base64"))
		return MIME_CTE_BASE64;
	if (cte_is(v, i, n, "quoted-printable"))
		return MIME_CTE_QP;
	return MIME_CTE_IDENTITY;
}

/* Copy an address, trimmed, without an obsolete route (RFC 5322 §4.4). */
static void
put_addr(const char *s, size_t len, char *dst, size_t dstsz)
{
	const char *colon;

	while (len > 0 && (WSP(*s) || *s == '\n')) {
		s++;
		len--;
	}
	if (len > 0 && *s == '@' && (colon = memchr(s, ':', len)) != NULL) {
		len -= colon + 1 - s;
		s = colon + 1;
	}
	while (len > 0 && (WSP(s[len - 1]) || s[len - 1] == '\n'))
		len--;
	if (len >= dstsz)
		len = dstsz - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/*
 * The address of the first mailbox of an address list (RFC 5322 §3.4):
 * an angle-addr, else the first element without its comments.  Groups
 * ("name: a, b;") are entered; empty elements skipped.  dst is "" when
 * the list holds no mailbox.
 */
void
mx_mime_first_addr(const char *v, size_t len, char *dst, size_t dstsz)
{
	char el[512];
	size_t i = 0, e, n = 0;
	int quoted = 0;

	dst[0] = '\0';
	while (i <= len) {
		if (i == len || (!quoted && (v[i] == ',' || v[i] == ';' ||
		    v[i] == ':'))) {
			/* element end, or a group name before ':' */
			if (i < len && v[i] == ':') {
				n = 0;
				i++;
				continue;
			}
			if (n > 0) {
				put_addr(el, n, dst, dstsz);
				if (dst[0] != '\0')
					return;
			}
			n = 0;
			i++;
			continue;
		}
		if (!quoted && v[i] == '(') {
			i = skip_cfws(v, len, i);
			continue;
		}
		if (!quoted && v[i] == '<') {
			for (e = i + 1; e < len && v[e] != '>'; e++)
				;
			put_addr(v + i + 1, e - i - 1, dst, dstsz);
			if (dst[0] != '\0')
				return;
			i = e < len ? e + 1 : e;
			continue;
		}
		if (v[i] == '"')
			quoted = !quoted;
		else if (quoted && v[i] == '\\' && i + 1 < len && n < sizeof el)
			el[n++] = v[i++];
		if (n < sizeof el)
			el[n++] = v[i];
		i++;
	}
}
