/*
 * msg-mime: an Outlook .msg file ([MS-OXMSG]) rebuilt as the RFC 5322
 * message the bounce reader already reads, so every rule of the reader
 * applies to it unchanged.  The header is the message's transport
 * headers (PidTagTransportMessageHeaders) when it kept them, else one
 * made from its properties (sender, recipients, subject, date); its own
 * MIME fields are replaced.  The body is a multipart/report (RFC 6522)
 * for a report (message class REPORT.*.NDR/.DR, [MS-OXCMAIL] §2.1.3.6)
 * or a multipart/mixed, holding the plain body (PidTagBody, or the HTML
 * one, or the compressed RTF one: msg-rtf-*.c), the report text, a
 * message/delivery-status part (RFC 3464) made from the recipient rows'
 * NDR properties ([MS-OXCMAIL] §2.2.3.7.1 read backwards), and each
 * attached message (embedded .msg or .eml) as a message/rfc822 part,
 * rebuilt the same way (at most MSG_DEPTH deep).
 * Every value that goes into a header or a DSN field is one line without
 * control characters; the boundary is one no part contains.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "mxscope.h"
#include "msg.h"

/* The parts of one message being rebuilt. */
struct parts {
	struct ndr_buf	 p[MSG_ATTACH + 4];
	int		 n;
};

static void build(struct mx_msg_obj *, int depth, struct ndr_buf *out);

/* A FILETIME property ([MS-DTYP] §2.3.3: 100 ns since 1601) as an RFC
 * 5322 §3.3 date in UTC into dst; "" when absent. */
static void
date_prop(struct mx_msg_obj *o, char *dst, size_t dsz)
{
	uint64_t ft;
	time_t t;
	struct tm tm;

	dst[0] = '\0';
	if (mx_msg_fixed(o, PR_DELIVERY_TIME, &ft) == -1 &&
	    mx_msg_fixed(o, PR_CLIENT_SUBMIT_TIME, &ft) == -1)
		return;
	if (ft < 116444736000000000ULL || ft > 946708560000000000ULL)
		return;
	t = (time_t)((ft - 116444736000000000ULL) / 10000000ULL);
	if (gmtime_r(&t, &tm) != NULL)
		strftime(dst, dsz, "%a, %d %b %Y %H:%M:%S +0000", &tm);
}

/* Whether a transport header line starts a field this rebuild replaces
 * (the message's own MIME structure is not the rebuilt one). */
static int
mime_field(const char *s, size_t len)
{
	static const char *const names[] = { "content-type:",
	    "content-transfer-encoding:", "mime-version:",
	    "content-disposition:" };
	size_t i, n;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		n = strlen(names[i]);
		if (len >= n && strncasecmp(s, names[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether a line starts with a field name and its colon (RFC 5322
 * §3.6.8: printable ASCII but the colon, no space): an mbox postmark or
 * junk line is none. */
static int
field_name(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && s[i] != ':'; i++)
		if ((unsigned char)s[i] < 33 || (unsigned char)s[i] > 126)
			return 0;
	return i > 0 && i < len;
}

/* The transport headers' fields (RFC 5322 §2.2, folded lines kept) up to
 * their first empty line, without MIME fields; 0 when none was kept. */
static int
transport_header(struct mx_msg_obj *o, struct ndr_buf *out)
{
	struct ndr_buf b = { NULL, 0, 0 };
	const char *s, *e, *nl;
	size_t before = out->len, ll;
	int skip = 0;

	if (mx_msg_text(o, PR_TRANSPORT_HEADERS, &b) == -1) {
		mx_ndr_buf_free(&b);
		return 0;
	}
	for (s = b.p, e = b.p + b.len; s < e; s = nl ? nl + 1 : e) {
		nl = memchr(s, '\n', (size_t)(e - s));
		ll = (size_t)((nl ? nl : e) - s);
		if (ll > 0 && s[ll - 1] == '\r')
			ll--;
		if (ll == 0)
			break;
		if (s[0] == ' ' || s[0] == '\t') {
			if (skip)
				continue;
		} else if ((skip = mime_field(s, ll) || !field_name(s, ll)))
			continue;
		if (out->len == before && (s[0] == ' ' || s[0] == '\t'))
			continue;
		mx_ndr_buf_add(out, s, ll);
		mx_ndr_buf_add(out, "\n", 1);
	}
	mx_ndr_buf_free(&b);
	return out->len > before;
}

/* A header made from the properties: From, To (who received a report;
 * else the To recipients: a report's rows are the failed ones), Subject,
 * Date, Message-ID. */
static void
made_header(struct mx_msg_obj *o, int report, struct ndr_buf *out)
{
	static const uint16_t from[] = { PR_SENDER_SMTP, PR_SENDER_EMAIL,
	    PR_SENT_REP_SMTP, PR_SENT_REP_EMAIL };
	static const uint16_t by[] = { PR_RECEIVED_BY_SMTP,
	    PR_RECEIVED_BY_EMAIL };
	static const uint16_t rcpt[] = { PR_SMTP_ADDRESS, PR_EMAIL_ADDRESS,
	    PR_DISPLAY_NAME };
	struct mx_msg_obj r;
	uint32_t ids[MSG_RCPTS];
	char a[MSG_FIELD], name[200], *cause = NULL;
	size_t n, i;
	uint64_t type;

	mx_msg_addr_prop(o, from, 4, a, sizeof a);
	mx_msg_text_prop(o, PR_SENDER_NAME, name, sizeof name);
	if (a[0] != '\0') {
		mx_ndr_buf_adds(out, "From: ");
		if (name[0] != '\0' && strpbrk(name, "\"\\<>") == NULL) {
			mx_ndr_buf_adds(out, "\"");
			mx_msg_put_value(out, name, strlen(name));
			mx_ndr_buf_adds(out, "\" ");
		}
		mx_ndr_buf_adds(out, "<");
		mx_ndr_buf_adds(out, a);
		mx_ndr_buf_adds(out, ">\n");
	} else
		mx_msg_put_field(out, "From", name);
	mx_msg_addr_prop(o, by, 2, a, sizeof a);
	mx_msg_put_field(out, "To", a);
	n = report ? 0 : mx_msg_subs(o, "__recip_version1.0_#", ids,
	    MSG_RCPTS);
	for (i = 0; i < n; i++) {
		if (mx_msg_obj_open(o->c, ids[i], MSG_HDR_SUB, &r, &cause) ==
		    -1) {
			mx_msg_lost(o->c, &cause);
			continue;
		}
		if (mx_msg_fixed(&r, PR_RECIPIENT_TYPE, &type) == -1 ||
		    type == 1) {
			mx_msg_addr_prop(&r, rcpt, 3, a, sizeof a);
			mx_msg_put_field(out, "To", a);
		}
		mx_msg_obj_free(&r);
	}
	mx_msg_text_prop(o, PR_SUBJECT, a, sizeof a);
	mx_msg_put_field(out, "Subject", a);
	date_prop(o, a, sizeof a);
	mx_msg_put_field(out, "Date", a);
	mx_msg_text_prop(o, PR_MESSAGE_ID, a, sizeof a);
	mx_msg_put_field(out, "Message-ID", a);
}

/* A text part: its header and the UTF-8 text. */
static void
text_part(struct parts *ps, const char *type, const struct ndr_buf *t)
{
	struct ndr_buf *b;

	if (t->len == 0 || ps->n >= (int)(sizeof ps->p / sizeof ps->p[0]))
		return;
	b = &ps->p[ps->n++];
	mx_ndr_buf_adds(b, "Content-Type: ");
	mx_ndr_buf_adds(b, type);
	mx_ndr_buf_adds(b, "; charset=utf-8\nContent-Transfer-Encoding: "
	    "8bit\n\n");
	mx_ndr_buf_add(b, t->p, t->len);
	mx_ndr_buf_adds(b, "\n");
}

/* The compressed RTF body (PidTagRtfCompressed, msg-rtf-lzfu.c) as a
 * text part: its encapsulated HTML as text/html, else its text
 * (msg-rtf-text.c); a damaged one read as far as it goes, noted.  A
 * body expands up to 8 times, so the bodies of one file (the top
 * message's and its embedded ones') share the reader's cap, not one
 * each: the rebuilt message stays about the size the reader takes. */
static void
rtf_body(struct mx_msg_obj *o, struct parts *ps)
{
	struct ndr_buf z = { NULL, 0, 0 }, t = { NULL, 0, 0 };
	size_t room = o->c->rtf < MX_NDR_MAX_INPUT ?
	    MX_NDR_MAX_INPUT - o->c->rtf : 0;
	int damage, html;

	if (mx_msg_binary(o, PR_RTF_COMPRESSED, &z) == -1) {
		mx_ndr_buf_free(&z);
		return;
	}
	damage = mx_rtf_decompress((const unsigned char *)z.p, z.len, &t,
	    room);
	o->c->rtf += t.len;
	if (damage != 0)
		o->c->notes |= MX_NDR_NOTE_RTF;
	mx_ndr_buf_free(&z);
	if (damage != MX_RTF_UNREADABLE) {
		html = mx_rtf_to_text(t.p, t.len, &z, room);
		text_part(ps, html ? "text/html" : "text/plain", &z);
	}
	mx_ndr_buf_free(&z);
	mx_ndr_buf_free(&t);
}

/* The body texts: PidTagBody (else PidTagHtml, else the compressed RTF
 * body) and PidTagReportText. */
static void
texts(struct mx_msg_obj *o, struct parts *ps)
{
	struct ndr_buf t = { NULL, 0, 0 };
	int n = ps->n;

	if (mx_msg_text(o, PR_BODY, &t) == 0 && t.len > 0)
		text_part(ps, "text/plain", &t);
	else {
		t.len = 0;
		if (mx_msg_text(o, PR_HTML, &t) == 0 ||
		    mx_msg_binary(o, PR_HTML, &t) == 0)
			text_part(ps, "text/html", &t);
	}
	if (ps->n == n)
		rtf_body(o, ps);
	t.len = 0;
	if (mx_msg_text(o, PR_REPORT_TEXT, &t) == 0)
		text_part(ps, "text/plain", &t);
	mx_ndr_buf_free(&t);
}

/* Whether an attachment is a message in RFC 5322 form (its MIME tag or
 * file name says so). */
static int
eml_attachment(struct mx_msg_obj *a)
{
	char t[128], fn[260];
	size_t n;

	mx_msg_text_prop(a, PR_ATTACH_MIME_TAG, t, sizeof t);
	if (strcasecmp(t, "message/rfc822") == 0)
		return 1;
	mx_msg_text_prop(a, PR_ATTACH_LONG_FILENAME, fn, sizeof fn);
	if (fn[0] == '\0')
		mx_msg_text_prop(a, PR_ATTACH_FILENAME, fn, sizeof fn);
	n = strlen(fn);
	return n > 4 && strcasecmp(fn + n - 4, ".eml") == 0;
}

/* One attachment as a message/rfc822 part: an embedded message (method
 * 5, [MS-OXMSG] §2.2.2.1) rebuilt, or an attached .eml as it is. */
static void
attachment(struct mx_msg_obj *a, int depth, struct parts *ps)
{
	struct ndr_buf m = { NULL, 0, 0 }, *b;
	struct mx_msg_obj e;
	char *cause = NULL;
	uint32_t id;
	uint64_t method = 0;

	mx_msg_fixed(a, PR_ATTACH_METHOD, &method);
	if (method == 5 && depth < MSG_DEPTH &&
	    (id = mx_msg_child(a, "__substg1.0_3701000D")) != CFB_NOSTREAM) {
		if (mx_msg_obj_open(a->c, id, MSG_HDR_EMBED, &e, &cause) ==
		    -1) {
			mx_msg_lost(a->c, &cause);
			return;
		}
		build(&e, depth + 1, &m);
		mx_msg_obj_free(&e);
	} else if (method != 5 && eml_attachment(a))
		mx_msg_binary(a, PR_ATTACH_DATA, &m);
	if (m.len > 0 && ps->n < (int)(sizeof ps->p / sizeof ps->p[0])) {
		b = &ps->p[ps->n++];
		mx_ndr_buf_adds(b, "Content-Type: message/rfc822\n\n");
		mx_ndr_buf_add(b, m.p, m.len);
		mx_ndr_buf_adds(b, "\n");
	}
	mx_ndr_buf_free(&m);
}

/* The attachments of o, by their storage names. */
static void
attachments(struct mx_msg_obj *o, int depth, struct parts *ps)
{
	struct mx_msg_obj a;
	uint32_t ids[MSG_ATTACH];
	char *cause = NULL;
	size_t n, i;

	n = mx_msg_subs(o, "__attach_version1.0_#", ids, MSG_ATTACH);
	for (i = 0; i < n; i++) {
		if (mx_msg_obj_open(o->c, ids[i], MSG_HDR_SUB, &a, &cause) ==
		    -1) {
			mx_msg_lost(o->c, &cause);
			continue;
		}
		attachment(&a, depth, ps);
		mx_msg_obj_free(&a);
	}
}

/* The DSN action a report's message class names ([MS-OXCMAIL]
 * §2.1.3.6.1.1); NULL for any other class. */
static const char *
report_action(const char *cls)
{
	size_t n = strlen(cls);

	if (strncasecmp(cls, "REPORT.", 7) != 0)
		return NULL;
	if (n >= 4 && strcasecmp(cls + n - 4, ".NDR") == 0)
		return "failed";
	if (strcasestr(cls, "delayed") != NULL)
		return "delayed";
	if (n >= 3 && strcasecmp(cls + n - 3, ".DR") == 0)
		return "delivered";
	return NULL;
}

/* A boundary that no part holds (RFC 2046 §5.1.1). */
static void
boundary(const struct parts *ps, int depth, char *dst, size_t dsz)
{
	int k, i, clash;

	for (k = 0;; k++) {
		snprintf(dst, dsz, "=_mxscope_msg_%d_%d", depth, k);
		for (clash = 0, i = 0; i < ps->n && !clash; i++)
			clash = memmem(ps->p[i].p, ps->p[i].len, dst,
			    strlen(dst)) != NULL;
		if (!clash)
			return;
	}
}

/* Rebuild the message object o as an RFC 5322 message into out. */
static void
build(struct mx_msg_obj *o, int depth, struct ndr_buf *out)
{
	struct parts ps;
	char cls[128], bd[64];
	const char *action;
	int i;

	memset(&ps, 0, sizeof ps);
	if (out->len > MX_NDR_MAX_INPUT)
		return;	/* the reader's cap: the rest would be cut anyway */
	mx_msg_text_prop(o, PR_MESSAGE_CLASS, cls, sizeof cls);
	action = report_action(cls);
	if (!transport_header(o, out))
		made_header(o, action != NULL, out);
	texts(o, &ps);
	if (action != NULL && ps.n < (int)(sizeof ps.p / sizeof ps.p[0]) &&
	    mx_msg_dsn(o, action, &ps.p[ps.n]))
		ps.n++;
	attachments(o, depth, &ps);
	boundary(&ps, depth, bd, sizeof bd);
	mx_ndr_buf_adds(out, "MIME-Version: 1.0\nContent-Type: ");
	mx_ndr_buf_adds(out, action != NULL ? "multipart/report; "
	    "report-type=delivery-status" : "multipart/mixed");
	mx_ndr_buf_adds(out, "; boundary=\"");
	mx_ndr_buf_adds(out, bd);
	mx_ndr_buf_adds(out, "\"\n\n");
	for (i = 0; i < ps.n; i++) {
		mx_ndr_buf_adds(out, "--");
		mx_ndr_buf_adds(out, bd);
		mx_ndr_buf_adds(out, "\n");
		mx_ndr_buf_add(out, ps.p[i].p, ps.p[i].len);
		mx_ndr_buf_free(&ps.p[i]);
	}
	mx_ndr_buf_adds(out, "--");
	mx_ndr_buf_adds(out, bd);
	mx_ndr_buf_adds(out, "--\n");
}

/* See msg.h. */
int
mx_ndr_msg_convert(const char *buf, size_t len, struct ndr_buf *out,
    int *notes, char **cause)
{
	struct mx_cfb c;
	struct mx_msg_obj top;

	out->len = 0;
	mx_ndr_buf_add(out, "", 0);
	if (mx_cfb_open(&c, buf, len, cause) == -1)
		return -1;
	if (mx_msg_obj_open(&c, 0, MSG_HDR_TOP, &top, cause) == -1) {
		mx_cfb_close(&c);
		return -1;
	}
	build(&top, 0, out);
	mx_msg_obj_free(&top);
	if (notes != NULL)
		*notes |= c.notes;
	if (c.err != NULL) {
		*cause = c.err;
		c.err = NULL;
		mx_cfb_close(&c);
		return -1;
	}
	mx_cfb_close(&c);
	return 0;
}
