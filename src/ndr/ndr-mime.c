/*
 * ndr-mime: one message into a struct ndr_doc, with the hand-written
 * reader of mime-hdr.c and mime-decode.c (README: "MIME: hand-written,
 * why").  One linear pass without recursion finds the MIME structure
 * (RFC 2046 §5.1: boundaries of nested multiparts, preamble, epilogue, a
 * missing close delimiter ended by an outer one or the end; §5.2
 * message/rfc822, RFC 6532 §3.7 message/global) within the depth and part
 * caps of ndr.h; bodies stay where they are and only the parts that can
 * matter are decoded afterwards: message/delivery-status (RFC 3464 §2) and
 * message/global-delivery-status (RFC 6533 §6) bodies, the human-readable
 * text (transfer encodings undone, charsets to UTF-8, HTML reduced to
 * text by mime-html.c) and the headers and size of the returned message
 * (message/rfc822, message/global, text/rfc822-headers; RFC 6522 §1).  The returned
 * message's body is never decoded unless the bounce is inside it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"

/* Bytes of human-readable text kept per message. */
#define TEXT_MAX	(256 * 1024)

/* What a part is to the reader. */
enum kind {
	K_OTHER,	/* attachments, unknown types */
	K_MULTI,	/* multipart/ * */
	K_MESSAGE,	/* message/rfc822, message/global */
	K_DSN,		/* message/(global-)delivery-status */
	K_HEADERS,	/* text/rfc822-headers, message/global-headers */
	K_HTML,		/* text/html */
	K_TEXT		/* other text/ * */
};

/* One MIME part, as offsets into the message. */
struct part {
	int	 parent;	/* index of the enclosing part, -1 at the top */
	int	 msg;		/* nearest message part above, -1 for none */
	int	 depth;		/* 1 at the top */
	int	 kind;
	int	 cte;		/* MIME_CTE_* */
	int	 digest;	/* multipart/digest: parts are messages */
	int	 alt;		/* multipart/alternative */
	int	 nchild;	/* delimiters seen (multipart) */
	int	 inner;		/* message: its content was parsed as a part */
	int	 nofield;	/* its header was ended by a line that is no
				 * field, not by an empty line */
	int	 bare;		/* no header at all */
	int	 nct;		/* Content-Type fields seen */
	char	 charset[40];
	size_t	 ctv, ctlen;	/* its Content-Type value (ctlen 0: none) */
	size_t	 body, end;	/* the content */
	size_t	 pre_end;	/* multipart: end of the preamble */
};

/* An open multipart whose delimiter lines are looked for. */
struct frame {
	int	 part;
	size_t	 blen;
	char	 bnd[MX_NDR_BND_MAX];
};

/* The structure of one message. */
struct tree {
	struct part	*p;
	int		 n, cap;
	int		 notes;
};

/* The kind of a media type (lower case). */
static int
kind_of(const char *type)
{
	if (strncmp(type, "multipart/", 10) == 0)
		return K_MULTI;
	if (strcmp(type, "message/rfc822") == 0 ||
	    strcmp(type, "message/global") == 0 ||
	    strcmp(type, "message/news") == 0)
		return K_MESSAGE;
	if (strcmp(type, "message/delivery-status") == 0 ||
	    strcmp(type, "message/global-delivery-status") == 0)
		return K_DSN;
	if (strcmp(type, "text/rfc822-headers") == 0 ||
	    strcmp(type, "message/global-headers") == 0)
		return K_HEADERS;
	if (strcmp(type, "text/html") == 0)
		return K_HTML;
	if (strncmp(type, "text/", 5) == 0)
		return K_TEXT;
	return K_OTHER;
}

/* Read the header block of a part at *off (moved to its body) into p;
 * the boundary of a multipart goes to bnd (empty when none). */
static void
read_part_header(const char *buf, size_t len, size_t *off, struct part *p,
    int digest_parent, char *bnd, size_t bndsz)
{
	struct mime_field f;
	char type[96] = "";
	size_t last = *off, start = *off;

	bnd[0] = '\0';
	for (; mx_mime_field_next(buf, len, off, &f); last = *off) {
		if (mx_mime_field_is(&f, "Content-Type") && p->nct++ == 0) {
			p->ctv = (size_t)(f.val - buf);
			p->ctlen = f.vlen;
			mx_mime_content_type(f.val, f.vlen, type, sizeof type);
			mx_mime_param(f.val, f.vlen, "charset", p->charset,
			    sizeof p->charset);
			if (strncmp(type, "multipart/", 10) == 0)
				mx_mime_param(f.val, f.vlen, "boundary", bnd,
				    bndsz);
		} else if (mx_mime_field_is(&f, "Content-Transfer-Encoding"))
			p->cte = mx_mime_cte(f.val, f.vlen);
	}
	p->nofield = *off == last && *off < len;
	p->bare = *off - start <= 1;
	if (type[0] == '\0')	/* RFC 2045 §5.2, RFC 2046 §5.1.5 */
		mx_strlcpy(type, digest_parent ? "message/rfc822" :
		    "text/plain", sizeof type);
	p->kind = kind_of(type);
	p->digest = strcmp(type, "multipart/digest") == 0;
	p->alt = strcmp(type, "multipart/alternative") == 0;
	p->body = *off;
}

/* Add a part record; -1 once the part cap is reached. */
static int
new_part(struct tree *t, int parent, int depth)
{
	struct part *p;

	if (t->n >= MX_NDR_MAX_PARTS) {
		t->notes |= MX_NDR_NOTE_PARTS;
		return -1;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->p = mx_xrealloc(t->p, t->cap * sizeof *t->p);
	}
	p = &t->p[t->n];
	memset(p, 0, sizeof *p);
	p->parent = parent;
	p->depth = depth;
	p->msg = parent < 0 ? -1 : t->p[parent].kind == K_MESSAGE ? parent :
	    t->p[parent].msg;
	return t->n++;
}

/*
 * Enter the part whose header starts at *off: read its header, push a
 * frame for a multipart, and go on into the content of a message part
 * (iteratively).  Returns the innermost part now open (parent when the
 * part cap stops recording; the part stays opaque).
 */
static int
enter(struct tree *t, const char *buf, size_t len, size_t *off,
    int parent, struct frame *fr, int *nf)
{
	char bnd[MX_NDR_BND_MAX + 1];
	struct part *p;
	int i, depth = parent < 0 ? 1 : t->p[parent].depth + 1;

	for (;;) {
		if ((i = new_part(t, parent, depth)) == -1)
			return parent;
		p = &t->p[i];
		read_part_header(buf, len, off, p, parent >= 0 &&
		    t->p[parent].digest, bnd, sizeof bnd);
		p->end = p->pre_end = len;
		if (p->kind == K_MULTI) {
			if (depth >= MX_NDR_MAX_DEPTH) {
				t->notes |= MX_NDR_NOTE_DEPTH;
				p->kind = K_OTHER;
			} else if (bnd[0] != '\0') {
				fr[*nf].part = i;
				fr[*nf].blen = strlen(bnd);
				memcpy(fr[*nf].bnd, bnd, fr[*nf].blen);
				(*nf)++;
			}
			return i;
		}
		if (p->kind != K_MESSAGE)
			return i;
		if (depth + 1 > MX_NDR_MAX_DEPTH) {
			t->notes |= MX_NDR_NOTE_DEPTH;
			return i;
		}
		p->inner = 1;
		parent = i;
		depth++;
	}
}

/* The open frame a line ("--" already matched) delimits, innermost first;
 * -1 for none.  *close is set for a close delimiter (RFC 2046 §5.1.1:
 * trailing white space allowed). */
static int
delimiter(const struct frame *fr, int nf, const char *s, size_t len,
    int *close)
{
	size_t i;
	int k;

	for (k = nf - 1; k >= 0; k--) {
		if (len < fr[k].blen || memcmp(s, fr[k].bnd, fr[k].blen) != 0)
			continue;
		i = fr[k].blen;
		*close = len - i >= 2 && s[i] == '-' && s[i + 1] == '-';
		if (*close)
			i += 2;
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == len)
			return k;
	}
	return -1;
}

/* End the open parts from cur up to (not including) stop at line ls; the
 * line end before a delimiter belongs to it (RFC 2046 §5.1.1). */
static void
close_parts(struct tree *t, int cur, int stop, size_t ls)
{
	for (; cur >= 0 && cur != stop; cur = t->p[cur].parent)
		t->p[cur].end = ls > t->p[cur].body ? ls - 1 : ls;
}

/* Find the structure of the message buf (LF line ends) in one pass. */
static void
parse_tree(const char *buf, size_t len, struct tree *t)
{
	struct frame fr[MX_NDR_MAX_DEPTH + 1];
	const char *nl;
	size_t off = 0, ls, le;
	int nf = 0, cur, k, close, mp;

	cur = enter(t, buf, len, &off, -1, fr, &nf);
	while (off < len && nf > 0) {
		ls = off;
		nl = memchr(buf + ls, '\n', len - ls);
		le = nl ? (size_t)(nl - buf) : len;
		off = nl ? le + 1 : len;
		if (le - ls < 2 || buf[ls] != '-' || buf[ls + 1] != '-' ||
		    (k = delimiter(fr, nf, buf + ls + 2, le - ls - 2, &close))
		    == -1)
			continue;
		mp = fr[k].part;
		close_parts(t, cur, mp, ls);
		if (t->p[mp].nchild == 0)
			t->p[mp].pre_end = ls > t->p[mp].body ? ls - 1 : ls;
		nf = k + 1;
		if (close) {
			nf = k;		/* the epilogue follows */
			cur = mp;
			continue;
		}
		/* A delimiter that ends the input opens no part: nothing of
		 * a body part (RFC 2046 §5.1.1) follows it (GMime agrees). */
		if (off >= len) {
			cur = mp;
			break;
		}
		t->p[mp].nchild++;
		cur = enter(t, buf, len, &off, mp, fr, &nf);
	}
	close_parts(t, cur, -1, len + 1);
}

/* NUL bytes (decoded content may hold them) as spaces from offset o,
 * so that the buffer reads the same as a string and by length. */
static void
no_nul(struct ndr_buf *b, size_t o)
{
	char *p;

	for (p = b->p + o; (p = memchr(p, '\0', b->p + b->len - p)) != NULL;)
		*p = ' ';
}

/* Append text (at most TEXT_MAX per buffer), as UTF-8, and a line end. */
static void
add_text(struct ndr_buf *b, const char *s, size_t len, int *notes)
{
	size_t o = b->len;

	if (b->len >= TEXT_MAX)
		return;
	if (len > TEXT_MAX - b->len)
		len = TEXT_MAX - b->len;
	mx_mime_guess_utf8(s, len, b, notes);
	no_nul(b, o);
	mx_ndr_buf_add(b, "\n", 1);
}

/* The To: and From: of a header block (the returned message's). */
static void
orig_addrs(const char *buf, size_t len, struct ndr_doc *doc)
{
	struct mime_field f;
	size_t off = 0;

	while (mx_mime_field_next(buf, len, &off, &f)) {
		if (doc->orig_to[0] == '\0' && mx_mime_field_is(&f, "To"))
			mx_mime_first_addr(f.val, f.vlen, doc->orig_to,
			    sizeof doc->orig_to);
		else if (doc->orig_from[0] == '\0' && mx_mime_field_is(&f, "From"))
			mx_mime_first_addr(f.val, f.vlen, doc->orig_from,
			    sizeof doc->orig_from);
	}
}

/*
 * The returned message's From when no message part holds it but its
 * header follows the error section in the text (Sendmail's "-----
 * Unsent message follows -----", and any notice a person quoted or
 * forwarded, rebuilt as one text): the first header block within a few
 * lines of the section's end.  Only the From: it is the sender, never
 * the failed recipient (ndr-text.c).
 */
void
mx_ndr_inline_orig(struct ndr_doc *doc)
{
	struct mime_field f;
	size_t o, off, k;
	const char *t = doc->text.p, *nl;

	if (doc->has_orig || doc->orig_from[0] != '\0' || t == NULL)
		return;
	o = mx_ndr_doc_section(doc);
	for (k = 0; k < 4 && o < doc->text.len; k++) {
		off = o;
		if (mx_mime_field_next(t, doc->text.len, &off, &f))
			break;
		if ((nl = memchr(t + o, '\n', doc->text.len - o)) == NULL)
			return;
		o = (size_t)(nl - t) + 1;
	}
	if (k == 4 || o >= doc->text.len)
		return;
	for (off = o; mx_mime_field_next(t, doc->text.len, &off, &f);)
		if (mx_mime_field_is(&f, "From")) {
			mx_mime_first_addr(f.val, f.vlen, doc->orig_from,
			    sizeof doc->orig_from);
			return;
		}
}

/* The decoded content of part p (transfer encoding undone) into out;
 * text parts only as far as TEXT_MAX can use (4 bytes in per byte out
 * covers base64, quoted-printable and any charset). */
static void
content(const char *buf, const struct part *p, struct ndr_buf *out)
{
	size_t len = p->end > p->body ? p->end - p->body : 0;

	if ((p->kind == K_TEXT || p->kind == K_HTML) && len > 4 * TEXT_MAX)
		len = 4 * TEXT_MAX;
	out->len = 0;
	mx_ndr_buf_add(out, "", 0);
	mx_mime_decode_body(buf + p->body, len, p->cte, out);
}

/* The content of text part p as UTF-8 into out (unknown charsets noted
 * and kept as they are). */
static void
text_content(const char *buf, const struct part *p, struct ndr_buf *out,
    int *notes)
{
	struct ndr_buf raw = { NULL, 0, 0 };

	content(buf, p, &raw);
	out->len = 0;
	mx_ndr_buf_add(out, "", 0);
	if (mx_mime_to_utf8(raw.p, raw.len, p->charset, out) == -1) {
		*notes |= MX_NDR_NOTE_CHARSET;
		mx_ndr_buf_add(out, raw.p, raw.len);
	}
	mx_ndr_buf_free(&raw);
}

/* Fields every delivery-status body holds (RFC 3464 §2.2-2.3): the
 * per-message Reporting-MTA, the per-recipient Final-Recipient, Action,
 * Status. */
static const char *const dsn_fields[] = { "reporting-mta:",
	"final-recipient:", "original-recipient:", "action:", "status:" };

/* Whether s[0..len) opens with one of the n field names of list (any
 * case). */
static int
opens_with_field(const char *s, size_t len, const char *const *list,
    size_t n)
{
	size_t k, m;

	for (k = 0; k < n; k++) {
		m = strlen(list[k]);
		if (len >= m && strncasecmp(s, list[k], m) == 0)
			return 1;
	}
	return 0;
}

/* Whether s[0..len) holds one of the n field names of list at the start
 * of a line, from offset i on. */
static int
field_at_line(const char *s, size_t len, size_t i, const char *const *list,
    size_t n)
{
	for (; i < len; i++)
		if ((i == 0 || s[i - 1] == '\n') &&
		    opens_with_field(s + i, len - i, list, n))
			return 1;
	return 0;
}

/* Whether a delivery-status part's decoded body holds a DSN field at the
 * start of a line. */
static int
has_dsn_field(const char *s, size_t len)
{
	return field_at_line(s, len, 0, dsn_fields,
	    sizeof dsn_fields / sizeof dsn_fields[0]);
}

/* Fields a delivery-status body opens with (RFC 3464 §2.2: the
 * per-message fields come first, then §2.3's per-recipient ones). */
static const char *const dsn_first_fields[] = { "reporting-mta:",
	"original-envelope-id:", "dsn-gateway:", "received-from-mta:",
	"arrival-date:", "final-recipient:", "original-recipient:" };

/*
 * Whether a text part's decoded body is a delivery-status body typed
 * text/plain (sites whose MTA or a filter re-types RFC 6522 §3's second
 * part): its first line that is not empty is one of the fields such a
 * body opens with, and a Status or Action field follows at a line start.
 */
static int
dsn_as_text(const char *s, size_t len)
{
	static const char *const later[] = { "status:", "action:" };
	size_t i = 0;

	while (i < len && (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' ||
	    s[i] == '\t'))
		i++;
	return opens_with_field(s + i, len - i, dsn_first_fields,
	    sizeof dsn_first_fields / sizeof dsn_first_fields[0]) &&
	    field_at_line(s, len, i + 1, later, sizeof later / sizeof later[0]);
}

/* Whether part i is a text part inside a multipart that holds a
 * delivery-status body (dsn_as_text). */
static int
text_dsn(const char *buf, const struct tree *t, int i)
{
	const struct part *p = &t->p[i];
	struct ndr_buf b = { NULL, 0, 0 };
	int r;

	if (p->kind != K_TEXT || p->parent < 0 ||
	    t->p[p->parent].kind != K_MULTI)
		return 0;
	if (p->cte == MIME_CTE_IDENTITY)
		return dsn_as_text(buf + p->body, p->end > p->body ?
		    p->end - p->body : 0);
	content(buf, p, &b);
	r = dsn_as_text(b.p, b.len);
	mx_ndr_buf_free(&b);
	return r;
}

/* Append a delivery-status body b to doc's. */
static void
add_dsn(struct ndr_doc *doc, const struct ndr_buf *b)
{
	size_t n = doc->dsn.len;

	mx_ndr_buf_add(&doc->dsn, b->p, b->len);
	no_nul(&doc->dsn, n);
	mx_ndr_buf_add(&doc->dsn, "\n\n", 2);
}

/* What one walk of a message level collects besides doc. */
struct level {
	struct ndr_buf	 html;
	int		 html_seen;
	int		 next;		/* first message part met, -1 none */
};

/* Take what part i says into doc. */
static void
visit(const char *buf, const struct tree *t, int i, struct ndr_doc *doc,
    struct level *lv)
{
	const struct part *p = &t->p[i];
	struct ndr_buf b = { NULL, 0, 0 };
	size_t pe = p->pre_end < p->end ? p->pre_end : p->end;

	switch (p->kind) {
	case K_MESSAGE:
		if (lv->next == -1)
			lv->next = i;
		if (doc->has_orig)
			break;
		doc->has_orig = 1;
		orig_addrs(buf + p->body, p->end - p->body, doc);
		doc->orig_size = (long long)(p->end - p->body);
		break;
	case K_MULTI:
		if (p->nchild == 0) {
			/* No delimiter found: the text is all preamble. */
			doc->notes |= MX_NDR_NOTE_MALFORMED;
			if (pe > p->body)
				add_text(&doc->text, buf + p->body,
				    pe - p->body, &doc->notes);
		}
		break;
	case K_DSN:
		content(buf, p, &b);
		/* round2: a part labelled delivery-status that holds none of
		 * its fields is the notification's words (InterMail's "This
		 * Message was undeliverable due to the following reason:"
		 * under the report's first Content-Type, RFC 6522 §3's
		 * human-readable part). */
		if (!has_dsn_field(b.p, b.len)) {
			if (doc->text.len >= TEXT_MAX)
				break;
			b.len = 0;
			text_content(buf, p, &b, &doc->notes);
			add_text(&doc->text, b.p, b.len, &doc->notes);
			break;
		}
		add_dsn(doc, &b);
		break;
	case K_HEADERS:
		if (doc->has_orig)
			break;
		content(buf, p, &b);
		orig_addrs(b.p, b.len, doc);
		doc->has_orig = 1;
		doc->orig_size = -1;
		break;
	case K_HTML:
		if (lv->html.len >= TEXT_MAX)
			break;
		text_content(buf, p, &b, &doc->notes);
		lv->html_seen = 1;
		/* An HTML notice that comes first, no alternative of a plain
		 * one, is the notice even when text parts follow it (the
		 * returned header as a bare part, a text attachment). */
		if (doc->text.len == 0 && !(p->parent >= 0 &&
		    t->p[p->parent].alt)) {
			struct ndr_buf h = { NULL, 0, 0 };

			mx_mime_html_to_text(b.p, b.len, &h);
			if (h.len > 0)
				add_text(&doc->text, h.p, h.len, &doc->notes);
			mx_ndr_buf_free(&h);
			break;
		}
		mx_mime_html_to_text(b.p, b.len, &lv->html);
		break;
	case K_TEXT:
		/* A report's delivery-status part typed text/plain is read
		 * as the fields it holds, as when typed right. */
		if (text_dsn(buf, t, i)) {
			content(buf, p, &b);
			add_dsn(doc, &b);
			break;
		}
		if (doc->text.len >= TEXT_MAX)
			break;
		if (p->cte == MIME_CTE_IDENTITY &&
		    mx_mime_charset_utf8(p->charset)) {
			add_text(&doc->text, buf + p->body, p->end > p->body ?
			    p->end - p->body : 0, &doc->notes);
			break;
		}
		text_content(buf, p, &b, &doc->notes);
		add_text(&doc->text, b.p, b.len, &doc->notes);
		break;
	}
	mx_ndr_buf_free(&b);
}

/*
 * Walk from the level of message part m (-1: the top), in document order,
 * into doc; a level that yields nothing gives way to the first message it
 * holds, as the bounce may be the attached message.  Returns the first
 * message part of the last level walked (-1: none).
 */
static int
walk(const char *buf, const struct tree *t, int m, struct ndr_doc *doc)
{
	struct level lv;
	int i;

	memset(&lv, 0, sizeof lv);
	for (;;) {
		lv.next = -1;
		for (i = m + 1; i < t->n; i++)
			if (t->p[i].msg == m)
				visit(buf, t, i, doc, &lv);
		if (doc->dsn.len > 0 || doc->text.len > 0 || lv.html_seen ||
		    lv.next == -1 || !t->p[lv.next].inner)
			break;
		m = lv.next;
	}
	if (doc->text.len == 0 && lv.html.len > 0)
		add_text(&doc->text, lv.html.p, lv.html.len, &doc->notes);
	mx_ndr_buf_free(&lv.html);
	return lv.next;
}

/* Whether a delivery-status part lies inside message part m. */
static int
dsn_inside(const char *buf, const struct tree *t, int m)
{
	int i, a;

	for (i = m + 1; i < t->n; i++) {
		if (t->p[i].kind != K_DSN && !text_dsn(buf, t, i))
			continue;
		for (a = t->p[i].parent; a > m; a = t->p[a].parent)
			;
		if (a == m)
			return 1;
	}
	return 0;
}

/* Copy the top header block, decoded, one "Name: value" per line, and
 * the fields the reader uses. */
static void
load_headers(const char *buf, size_t len, struct ndr_doc *doc)
{
	struct ndr_buf v = { NULL, 0, 0 };
	struct mime_field f;
	size_t off = 0;
	char tmp[64];

	while (mx_mime_field_next(buf, len, &off, &f)) {
		v.len = 0;
		mx_mime_decode_header(f.val, f.vlen, &v, &doc->notes);
		mx_ndr_buf_add(&doc->hdr, f.name, f.nlen);
		mx_ndr_buf_add(&doc->hdr, ": ", 2);
		mx_ndr_buf_add(&doc->hdr, v.p, v.len);
		mx_ndr_buf_add(&doc->hdr, "\n", 1);
		if (mx_mime_field_is(&f, "X-Failed-Recipients"))
			mx_strlcpy(doc->failed_hdr, v.p,
			    sizeof doc->failed_hdr);
		else if (mx_mime_field_is(&f, "Auto-Submitted") &&
		    strncasecmp(v.p, "auto-replied", 12) == 0)
			doc->auto_reply = 1;
		else if (mx_mime_field_is(&f, "Date"))
			mx_strlcpy(doc->date, v.p, sizeof doc->date);
		else if (mx_mime_field_is(&f, "Subject"))
			mx_strlcpy(doc->subject, v.p, sizeof doc->subject);
		else if (mx_mime_field_is(&f, "From") && doc->from[0] == '\0')
			mx_mime_first_addr(f.val, f.vlen, doc->from,
			    sizeof doc->from);
		else if (mx_mime_field_is(&f, "To") && doc->to[0] == '\0')
			mx_mime_first_addr(f.val, f.vlen, doc->to, sizeof doc->to);
		else if (mx_mime_field_is(&f, "Content-Type") &&
		    doc->ctype[0] == '\0') {
			mx_mime_content_type(f.val, f.vlen, doc->ctype,
			    sizeof doc->ctype);
			if (mx_mime_param(f.val, f.vlen, "report-type", tmp,
			    sizeof tmp))
				mx_ndr_lower(doc->report_type,
				    sizeof doc->report_type, tmp, strlen(tmp));
		}
	}
	mx_ndr_buf_free(&v);
}

/* Parse one message (LF line ends) into doc; 0, or -1 if it is none. */
int
mx_ndr_mime_load(const char *buf, size_t len, struct ndr_doc *doc)
{
	struct tree t;
	struct ndr_doc in;
	int next;

	memset(doc, 0, sizeof *doc);
	doc->orig_size = -1;
	load_headers(buf, len, doc);
	if (doc->hdr.len == 0) {
		mx_ndr_doc_free(doc);
		return -1;
	}
	memset(&t, 0, sizeof t);
	parse_tree(buf, len, &t);
	doc->notes |= t.notes;
	next = walk(buf, &t, -1, doc);
	/* A forwarded bounce carries its DSN inside the returned message. */
	if (doc->dsn.len == 0 && next >= 0 && t.p[next].inner &&
	    dsn_inside(buf, &t, next)) {
		memset(&in, 0, sizeof in);
		in.orig_size = -1;
		walk(buf, &t, next, &in);
		if (in.dsn.len > 0) {
			mx_ndr_buf_add(&doc->dsn, in.dsn.p, in.dsn.len);
			if (in.text.len > 0)
				mx_ndr_buf_add(&doc->text, in.text.p, in.text.len);
		}
		doc->notes |= in.notes;
		mx_ndr_doc_free(&in);
	}
	free(t.p);
	return 0;
}

/* Free what a doc holds. */
void
mx_ndr_doc_free(struct ndr_doc *doc)
{
	mx_ndr_buf_free(&doc->hdr);
	mx_ndr_buf_free(&doc->dsn);
	mx_ndr_buf_free(&doc->text);
}

/*
 * Each part of the message buf (LF line ends) as the reader sees it, in
 * document order, to cb (for the differential fuzz target against GMime,
 * tests/fuzz/fuzz-mime-diff.c); returns the reader's notes.
 */
int
mx_ndr_mime_parts(const char *buf, size_t len, ndr_mime_part_cb *cb, void *arg)
{
	struct ndr_buf dec = { NULL, 0, 0 }, txt = { NULL, 0, 0 };
	struct ndr_mime_part mp;
	struct tree t;
	char type[96], cs[96], bnd[MX_NDR_BND_MAX + 1];
	const struct part *p;
	int i, notes = 0;

	memset(&t, 0, sizeof t);
	parse_tree(buf, len, &t);
	for (i = 0; i < t.n; i++) {
		p = &t.p[i];
		memset(&mp, 0, sizeof mp);
		mp.depth = p->depth;
		mp.nofield = p->nofield;
		mp.bare = p->bare;
		mp.nct = p->nct;
		mp.ct = buf + p->ctv;
		mp.ctlen = p->ctlen;
		mp.cte = p->cte;
		mp.raw = buf + p->body;
		mp.rawlen = p->end > p->body ? p->end - p->body : 0;
		mp.in_message = p->parent >= 0 &&
		    t.p[p->parent].kind == K_MESSAGE;
		type[0] = cs[0] = bnd[0] = '\0';
		if (p->ctlen > 0) {
			mx_mime_content_type(buf + p->ctv, p->ctlen, type,
			    sizeof type);
			mx_mime_param(buf + p->ctv, p->ctlen, "charset", cs,
			    sizeof cs);
			mx_mime_param(buf + p->ctv, p->ctlen, "boundary", bnd,
			    sizeof bnd);
		}
		if (type[0] == '\0')	/* the default read_part_header takes */
			mx_strlcpy(type, p->parent >= 0 &&
			    t.p[p->parent].digest ? "message/rfc822" :
			    "text/plain", sizeof type);
		mp.type = type;
		mp.charset = cs;
		mp.boundary = bnd;
		mp.container = p->kind == K_MULTI || (p->kind == K_MESSAGE &&
		    p->inner);
		if (!mp.container) {
			content(buf, p, &dec);
			mp.decoded = dec.p;
			mp.declen = dec.len;
			if (p->kind == K_TEXT || p->kind == K_HTML) {
				txt.len = 0;
				mx_ndr_buf_add(&txt, "", 0);
				if (mx_mime_to_utf8(dec.p, dec.len, p->charset,
				    &txt) == 0) {
					mp.utf8 = txt.p;
					mp.utf8len = txt.len;
				}
			}
		}
		cb(&mp, arg);
	}
	notes = t.notes;
	mx_ndr_buf_free(&dec);
	mx_ndr_buf_free(&txt);
	free(t.p);
	return notes;
}
