/*
 * ndr-mime: one message through GMime 3 into a struct ndr_doc.  The MIME
 * tree (RFC 2045-2049) is walked without recursion, with the depth and
 * part caps of ndr.h.  Collected: the top header block (RFC 2047 words
 * decoded), message/delivery-status (RFC 3464 §2) and
 * message/global-delivery-status (RFC 6533 §6) bodies, the human-readable
 * text (transfer encodings undone, charsets converted to UTF-8, HTML
 * reduced to text) and the headers and size of the returned message
 * (message/rfc822, message/global, text/rfc822-headers; RFC 6522 §1).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Bytes of human-readable text kept per message. */
#define TEXT_MAX	(256 * 1024)

/* One MIME object still to visit. */
struct walk_item {
	GMimeObject	*obj;
	int		 depth;
};

/* Initialise GMime once per process. */
static void
mime_init(void)
{
	static int done;

	if (!done) {
		g_mime_init();
		done = 1;
	}
}

/* Whether s (len bytes) is valid UTF-8. */
static int
utf8_valid(const char *s, size_t len)
{
	return g_utf8_validate(s, (gssize)len, NULL);
}

/* Append text, converting from ISO-2022-JP when it is not UTF-8 but
 * carries its escapes (Japanese mail often omits the charset). */
static void
add_text(struct ndr_buf *b, const char *s, size_t len, int *notes)
{
	gchar *conv;
	gsize out;

	if (b->len >= TEXT_MAX)
		return;
	if (len > TEXT_MAX - b->len)
		len = TEXT_MAX - b->len;
	if (!utf8_valid(s, len) || memchr(s, 0x1b, len) != NULL) {
		conv = g_convert(s, (gssize)len, "UTF-8",
		    memchr(s, 0x1b, len) ? "ISO-2022-JP" : "WINDOWS-1252",
		    NULL, &out, NULL);
		if (conv != NULL) {
			ndr_buf_add(b, conv, out);
			g_free(conv);
			ndr_buf_add(b, "\n", 1);
			return;
		}
		*notes |= MX_NDR_NOTE_CHARSET;
	}
	ndr_buf_add(b, s, len);
	ndr_buf_add(b, "\n", 1);
}

/* Reduce HTML to text: tags dropped (block ends become line ends) and the
 * few entities bounce templates use decoded. */
static void
html_to_text(const char *s, size_t len, struct ndr_buf *out)
{
	static const struct { const char *ent, *rep; } ents[] = {
		{ "&nbsp;", " " }, { "&lt;", "<" }, { "&gt;", ">" },
		{ "&amp;", "&" }, { "&quot;", "\"" }, { "&#39;", "'" },
	};
	size_t i = 0, j, k;

	while (i < len) {
		if (s[i] == '<') {
			j = i + 1;
			while (j < len && s[j] != '>')
				j++;
			if (j - i > 2 && (strncasecmp(s + i + 1, "br", 2) == 0 ||
			    strncasecmp(s + i + 1, "/p", 2) == 0 ||
			    strncasecmp(s + i + 1, "/div", 4) == 0 ||
			    strncasecmp(s + i + 1, "/tr", 3) == 0 ||
			    strncasecmp(s + i + 1, "/h", 2) == 0))
				ndr_buf_add(out, "\n", 1);
			i = j + 1;
			continue;
		}
		if (s[i] == '&') {
			for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
				j = strlen(ents[k].ent);
				if (len - i >= j && strncasecmp(s + i,
				    ents[k].ent, j) == 0)
					break;
			}
			if (k < sizeof ents / sizeof ents[0]) {
				ndr_buf_adds(out, ents[k].rep);
				i += strlen(ents[k].ent);
				continue;
			}
		}
		ndr_buf_add(out, s + i, 1);
		i++;
	}
}

/* The decoded (transfer encoding undone) bytes of a leaf part. */
static GByteArray *
part_bytes(GMimePart *part, GMimeStream **keep)
{
	GMimeDataWrapper *w = g_mime_part_get_content(part);

	*keep = NULL;
	if (w == NULL)
		return NULL;
	*keep = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(w, *keep);
	return g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(*keep));
}

/* The first address of a list as plain text. */
static void
first_addr(InternetAddressList *l, char *dst, size_t dstsz)
{
	InternetAddress *a;
	int i, n;

	if (l == NULL)
		return;
	n = internet_address_list_length(l);
	for (i = 0; i < n; i++) {
		a = internet_address_list_get_address(l, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
			mx_strlcpy(dst, internet_address_mailbox_get_addr(
			    INTERNET_ADDRESS_MAILBOX(a)), dstsz);
			return;
		}
	}
}

/* Record the headers (and size, if whole) of the returned message. */
static void
note_original(GMimeMessage *m, struct ndr_doc *doc)
{
	GMimeStream *null;

	if (doc->has_orig || m == NULL)
		return;
	doc->has_orig = 1;
	first_addr(g_mime_message_get_addresses(m, GMIME_ADDRESS_TYPE_TO),
	    doc->orig_to, sizeof doc->orig_to);
	first_addr(g_mime_message_get_addresses(m, GMIME_ADDRESS_TYPE_FROM),
	    doc->orig_from, sizeof doc->orig_from);
	null = g_mime_stream_null_new();
	g_mime_object_write_to_stream(GMIME_OBJECT(m), NULL, null);
	doc->orig_size = (long long)GMIME_STREAM_NULL(null)->written;
	g_object_unref(null);
}

/* Parse a header block (text/rfc822-headers) for the returned message. */
static void
note_header_block(const char *s, size_t len, struct ndr_doc *doc)
{
	GMimeStream *st;
	GMimeParser *p;
	GMimeMessage *m;

	if (doc->has_orig)
		return;
	st = g_mime_stream_mem_new_with_buffer(s, len);
	p = g_mime_parser_new_with_stream(st);
	if ((m = g_mime_parser_construct_message(p, NULL)) != NULL) {
		note_original(m, doc);
		doc->orig_size = -1;
		g_object_unref(m);
	}
	doc->has_orig = 1;
	g_object_unref(p);
	g_object_unref(st);
}

/* Take what a leaf part says into doc. */
static void
visit_leaf(GMimePart *part, struct ndr_doc *doc, int *html_seen,
    struct ndr_buf *html)
{
	GMimeContentType *ct = g_mime_object_get_content_type(
	    GMIME_OBJECT(part));
	GMimeStream *keep = NULL;
	GByteArray *ba;
	char *txt;

	if (ct == NULL || g_mime_content_type_is_type(ct, "message",
	    "delivery-status") || g_mime_content_type_is_type(ct, "message",
	    "global-delivery-status")) {
		if (ct == NULL && GMIME_IS_TEXT_PART(part))
			goto text;
		if ((ba = part_bytes(part, &keep)) != NULL) {
			ndr_buf_add(&doc->dsn, (const char *)ba->data, ba->len);
			ndr_buf_add(&doc->dsn, "\n\n", 2);
		}
	} else if (g_mime_content_type_is_type(ct, "text", "rfc822-headers") ||
	    g_mime_content_type_is_type(ct, "message", "global-headers")) {
		if ((ba = part_bytes(part, &keep)) != NULL)
			note_header_block((const char *)ba->data, ba->len, doc);
	} else if (g_mime_content_type_is_type(ct, "text", "html")) {
		if ((ba = part_bytes(part, &keep)) != NULL && html->len <
		    TEXT_MAX) {
			txt = GMIME_IS_TEXT_PART(part) ?
			    g_mime_text_part_get_text(GMIME_TEXT_PART(part)) :
			    NULL;
			if (txt != NULL) {
				html_to_text(txt, strlen(txt), html);
				g_free(txt);
			} else
				html_to_text((const char *)ba->data, ba->len,
				    html);
			*html_seen = 1;
		}
	} else if (g_mime_content_type_is_type(ct, "text", "*")) {
text:
		if (!GMIME_IS_TEXT_PART(part))
			return;
		if ((txt = g_mime_text_part_get_text(GMIME_TEXT_PART(part)))
		    != NULL) {
			add_text(&doc->text, txt, strlen(txt), &doc->notes);
			g_free(txt);
		}
	}
	if (keep != NULL)
		g_object_unref(keep);
}

/* Walk a MIME tree iteratively, within the caps; a returned message is
 * walked too (inner set) when the outer one holds no DSN, as forwarded
 * bounces carry theirs inside. */
static void
walk(GMimeObject *root, struct ndr_doc *doc, int inner_ok)
{
	struct walk_item *stack;
	GMimeObject *obj, *inner_root = NULL;
	GMimeMessage *inner;
	struct ndr_buf html = { NULL, 0, 0 };
	int sp = 0, nparts = 0, i, n, depth, html_seen = 0, inner_depth = 0;
	int max = MX_NDR_MAX_PARTS + 1;

	stack = mx_xcalloc(max, sizeof *stack);
	stack[sp].obj = root;
	stack[sp++].depth = 1;
	while (sp > 0) {
		obj = stack[--sp].obj;
		depth = stack[sp].depth;
		if (++nparts > MX_NDR_MAX_PARTS) {
			doc->notes |= MX_NDR_NOTE_PARTS;
			break;
		}
		if (GMIME_IS_MULTIPART(obj)) {
			n = g_mime_multipart_get_count(GMIME_MULTIPART(obj));
			if (depth >= MX_NDR_MAX_DEPTH) {
				doc->notes |= MX_NDR_NOTE_DEPTH;
				continue;
			}
			if (n == 0) {
				/* No boundary found: the text is all prologue. */
				const char *pro = g_mime_multipart_get_prologue(
				    GMIME_MULTIPART(obj));

				doc->notes |= MX_NDR_NOTE_MALFORMED;
				if (pro != NULL)
					add_text(&doc->text, pro, strlen(pro),
					    &doc->notes);
			}
			if (n > max - sp) {
				doc->notes |= MX_NDR_NOTE_PARTS;
				n = max - sp;
			}
			for (i = n - 1; i >= 0; i--) {
				stack[sp].obj = g_mime_multipart_get_part(
				    GMIME_MULTIPART(obj), i);
				stack[sp++].depth = depth + 1;
			}
		} else if (GMIME_IS_MESSAGE_PART(obj)) {
			inner = g_mime_message_part_get_message(
			    GMIME_MESSAGE_PART(obj));
			if (inner != NULL && inner_root == NULL) {
				note_original(inner, doc);
				inner_root = g_mime_message_get_mime_part(inner);
				inner_depth = depth + 1;
			}
		} else if (GMIME_IS_PART(obj))
			visit_leaf(GMIME_PART(obj), doc, &html_seen, &html);
		/* Nothing read yet: the bounce may be the attached message. */
		if (sp == 0 && inner_root != NULL && doc->dsn.len == 0 &&
		    doc->text.len == 0 && !html_seen) {
			if (inner_depth > MX_NDR_MAX_DEPTH)
				doc->notes |= MX_NDR_NOTE_DEPTH;
			else {
				stack[sp].obj = inner_root;
				stack[sp++].depth = inner_depth;
			}
			inner_root = NULL;
		}
	}
	if (doc->text.len == 0 && html.len > 0)
		add_text(&doc->text, html.p, html.len, &doc->notes);
	ndr_buf_free(&html);
	free(stack);
	if (inner_ok && inner_root != NULL && doc->dsn.len == 0 &&
	    inner_depth <= MX_NDR_MAX_DEPTH) {
		struct ndr_doc in;

		memset(&in, 0, sizeof in);
		in.orig_size = -1;
		walk(inner_root, &in, 0);
		if (in.dsn.len > 0) {
			ndr_buf_add(&doc->dsn, in.dsn.p, in.dsn.len);
			if (in.text.len > 0)
				ndr_buf_add(&doc->text, in.text.p, in.text.len);
		}
		doc->notes |= in.notes;
		ndr_doc_free(&in);
	}
}

/* Copy the top header block, decoded, one "Name: value" per line. */
static void
load_headers(GMimeMessage *m, struct ndr_doc *doc)
{
	GMimeHeaderList *hl = g_mime_object_get_header_list(GMIME_OBJECT(m));
	GMimeContentType *ct;
	GMimeHeader *h;
	const char *name, *value, *s;
	int i, n = g_mime_header_list_get_count(hl);

	for (i = 0; i < n; i++) {
		h = g_mime_header_list_get_header_at(hl, i);
		name = g_mime_header_get_name(h);
		value = g_mime_header_get_value(h);
		if (name == NULL || value == NULL)
			continue;
		ndr_buf_adds(&doc->hdr, name);
		ndr_buf_add(&doc->hdr, ": ", 2);
		ndr_buf_adds(&doc->hdr, value);
		ndr_buf_add(&doc->hdr, "\n", 1);
		if (strcasecmp(name, "X-Failed-Recipients") == 0)
			mx_strlcpy(doc->failed_hdr, value,
			    sizeof doc->failed_hdr);
		else if (strcasecmp(name, "Auto-Submitted") == 0 &&
		    strncasecmp(value, "auto-replied", 12) == 0)
			doc->auto_reply = 1;
		else if (strcasecmp(name, "Date") == 0)
			mx_strlcpy(doc->date, value, sizeof doc->date);
	}
	if ((s = g_mime_message_get_subject(m)) != NULL)
		mx_strlcpy(doc->subject, s, sizeof doc->subject);
	first_addr(g_mime_message_get_addresses(m, GMIME_ADDRESS_TYPE_FROM),
	    doc->from, sizeof doc->from);
	first_addr(g_mime_message_get_addresses(m, GMIME_ADDRESS_TYPE_TO),
	    doc->to, sizeof doc->to);
	if ((ct = g_mime_object_get_content_type(GMIME_OBJECT(m))) != NULL) {
		ndr_lower(doc->ctype, sizeof doc->ctype, "", 0);
		if ((s = g_mime_content_type_get_media_type(ct)) != NULL) {
			char tmp[64];

			snprintf(tmp, sizeof tmp, "%s/%s", s,
			    g_mime_content_type_get_media_subtype(ct) ?
			    g_mime_content_type_get_media_subtype(ct) : "");
			ndr_lower(doc->ctype, sizeof doc->ctype, tmp,
			    strlen(tmp));
		}
		if ((s = g_mime_content_type_get_parameter(ct, "report-type"))
		    != NULL)
			ndr_lower(doc->report_type, sizeof doc->report_type, s,
			    strlen(s));
	}
}

/* Parse one message (LF line ends) into doc; 0, or -1 if it is none. */
int
ndr_mime_load(const char *buf, size_t len, struct ndr_doc *doc)
{
	GMimeStream *st;
	GMimeParser *p;
	GMimeMessage *m;
	GMimeObject *root;

	mime_init();
	memset(doc, 0, sizeof *doc);
	doc->orig_size = -1;
	st = g_mime_stream_mem_new_with_buffer(buf, len);
	p = g_mime_parser_new_with_stream(st);
	g_mime_parser_set_format(p, GMIME_FORMAT_MESSAGE);
	m = g_mime_parser_construct_message(p, NULL);
	g_object_unref(p);
	g_object_unref(st);
	if (m == NULL)
		return -1;
	load_headers(m, doc);
	if ((root = g_mime_message_get_mime_part(m)) != NULL)
		walk(root, doc, 1);
	g_object_unref(m);
	if (doc->hdr.len == 0) {
		ndr_doc_free(doc);
		return -1;
	}
	return 0;
}

/* Free what a doc holds. */
void
ndr_doc_free(struct ndr_doc *doc)
{
	ndr_buf_free(&doc->hdr);
	ndr_buf_free(&doc->dsn);
	ndr_buf_free(&doc->text);
}
