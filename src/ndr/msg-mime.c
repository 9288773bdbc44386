/*
 * msg-mime: an Outlook .msg file ([MS-OXMSG]) rebuilt as the RFC 5322
 * message the bounce reader already reads, so every rule of the reader
 * applies to it unchanged.  The header is the message's transport
 * headers (PidTagTransportMessageHeaders) when it kept them, else one
 * made from its properties (sender, recipients, subject, date); its own
 * MIME fields are replaced.  The body is a multipart/report (RFC 6522)
 * for a report (message class REPORT.*.NDR/.DR, [MS-OXCMAIL] §2.1.3.6)
 * or a multipart/mixed, holding the plain body (PidTagBody, or the HTML
 * one), the report text, a message/delivery-status part (RFC 3464) made
 * from the recipient rows' NDR properties ([MS-OXCMAIL] §2.2.3.7.1 read
 * backwards), and each attached message (embedded .msg or .eml) as a
 * message/rfc822 part, rebuilt the same way (at most MSG_DEPTH deep).
 * Every value that goes into a header or a DSN field is one line without
 * control characters; the boundary is one no part contains.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "mxscope.h"
#include "msg.h"
#include "i18n.h"

/* Messages inside messages rebuilt; recipients and attachments read. */
#define MSG_DEPTH	4
#define MSG_RCPTS	(MX_NDR_MAX_RCPTS + 1)	/* one more: the reader notes the cut */
#define MSG_ATTACH	64
/* Bytes kept of one header or DSN field value. */
#define MSG_FIELD	900

/* MAPI property ids ([MS-OXPROPS]). */
enum {
	PR_MESSAGE_CLASS = 0x001A, PR_SUBJECT = 0x0037,
	PR_CLIENT_SUBMIT_TIME = 0x0039, PR_SENT_REP_EMAIL = 0x0065,
	PR_TRANSPORT_HEADERS = 0x007D, PR_NDR_REASON_CODE = 0x0C04,
	PR_NDR_DIAG_CODE = 0x0C05, PR_RECIPIENT_TYPE = 0x0C15,
	PR_SENDER_NAME = 0x0C1A, PR_SUPPLEMENTARY_INFO = 0x0C1B,
	PR_SENDER_EMAIL = 0x0C1F, PR_NDR_STATUS_CODE = 0x0C20,
	PR_REMOTE_MTA = 0x0C21, PR_DELIVERY_TIME = 0x0E06,
	PR_BODY = 0x1000, PR_REPORT_TEXT = 0x1001, PR_HTML = 0x1013,
	PR_MESSAGE_ID = 0x1035, PR_DISPLAY_NAME = 0x3001,
	PR_EMAIL_ADDRESS = 0x3003, PR_ATTACH_DATA = 0x3701,
	PR_ATTACH_FILENAME = 0x3704, PR_ATTACH_METHOD = 0x3705,
	PR_ATTACH_LONG_FILENAME = 0x3707, PR_ATTACH_MIME_TAG = 0x370E,
	PR_SMTP_ADDRESS = 0x39FE, PR_SENDER_SMTP = 0x5D01,
	PR_SENT_REP_SMTP = 0x5D02, PR_REPORTING_MTA = 0x6820,
	PR_RECEIVED_BY_EMAIL = 0x0076, PR_RECEIVED_BY_SMTP = 0x5D07
};

/* The parts of one message being rebuilt. */
struct parts {
	struct ndr_buf	 p[MSG_ATTACH + 4];
	int		 n;
};

static void build(struct mx_msg_obj *, int depth, struct ndr_buf *out);

/* Keep an error met inside (the first one) for mx_ndr_msg_convert. */
static void
lost(struct mx_cfb *c, char **cause)
{
	if (c->err == NULL)
		c->err = *cause;
	else
		free(*cause);
	*cause = NULL;
}

/* Append s as one header or DSN field value: no line ends, no control
 * characters, white space runs as one space, at most MSG_FIELD bytes. */
static void
put_value(struct ndr_buf *out, const char *s, size_t len)
{
	size_t i, n = 0;
	int sp = 1;
	unsigned char ch;

	for (i = 0; i < len && n < MSG_FIELD; i++) {
		ch = (unsigned char)s[i];
		if (ch < 0x20 || ch == 0x7f || ch == ' ') {
			if (!sp) {
				mx_ndr_buf_add(out, " ", 1);
				n++;
			}
			sp = 1;
			continue;
		}
		mx_ndr_buf_add(out, s + i, 1);
		n++;
		sp = 0;
	}
	while (out->len > 0 && out->p[out->len - 1] == ' ')
		out->p[--out->len] = '\0';
}

/* Append "Name: value\n" when value is not empty. */
static void
put_field(struct ndr_buf *out, const char *name, const char *v)
{
	size_t before;

	if (v == NULL || *v == '\0')
		return;
	before = out->len;
	mx_ndr_buf_adds(out, name);
	mx_ndr_buf_adds(out, ": ");
	put_value(out, v, strlen(v));
	if (out->len == before + strlen(name) + 2)
		out->len = before;	/* nothing but blanks */
	else
		mx_ndr_buf_add(out, "\n", 1);
	out->p[out->len] = '\0';
}

/* Whether s is one address: a local part, '@', a domain, no blanks, no
 * brackets or control characters. */
static int
addr_ok(const char *s)
{
	const char *at = strchr(s, '@');
	size_t i;

	if (at == NULL || at == s || at[1] == '\0' || strlen(s) > 318)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == '<' || s[i] == '>' ||
		    s[i] == ',' || s[i] == ';' || s[i] == 0x7f)
			return 0;
	return 1;
}

/* A string property into dst (UTF-8, cut at dsz); "" when absent. */
static void
text_prop(struct mx_msg_obj *o, uint16_t prop, char *dst, size_t dsz)
{
	struct ndr_buf b = { NULL, 0, 0 };

	dst[0] = '\0';
	if (mx_msg_text(o, prop, &b) == 0)
		mx_strlcpy(dst, b.p, dsz);
	mx_ndr_buf_free(&b);
}

/* The first of the properties props that holds an address, into dst. */
static void
addr_prop(struct mx_msg_obj *o, const uint16_t *props, size_t n, char *dst,
    size_t dsz)
{
	size_t i;

	for (i = 0; i < n; i++) {
		text_prop(o, props[i], dst, dsz);
		if (addr_ok(dst))
			return;
	}
	dst[0] = '\0';
}

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

	addr_prop(o, from, 4, a, sizeof a);
	text_prop(o, PR_SENDER_NAME, name, sizeof name);
	if (a[0] != '\0') {
		mx_ndr_buf_adds(out, "From: ");
		if (name[0] != '\0' && strpbrk(name, "\"\\<>") == NULL) {
			mx_ndr_buf_adds(out, "\"");
			put_value(out, name, strlen(name));
			mx_ndr_buf_adds(out, "\" ");
		}
		mx_ndr_buf_adds(out, "<");
		mx_ndr_buf_adds(out, a);
		mx_ndr_buf_adds(out, ">\n");
	} else
		put_field(out, "From", name);
	addr_prop(o, by, 2, a, sizeof a);
	put_field(out, "To", a);
	n = report ? 0 : mx_msg_subs(o, "__recip_version1.0_#", ids,
	    MSG_RCPTS);
	for (i = 0; i < n; i++) {
		if (mx_msg_obj_open(o->c, ids[i], MSG_HDR_SUB, &r, &cause) ==
		    -1) {
			lost(o->c, &cause);
			continue;
		}
		if (mx_msg_fixed(&r, PR_RECIPIENT_TYPE, &type) == -1 ||
		    type == 1) {
			addr_prop(&r, rcpt, 3, a, sizeof a);
			put_field(out, "To", a);
		}
		mx_msg_obj_free(&r);
	}
	text_prop(o, PR_SUBJECT, a, sizeof a);
	put_field(out, "Subject", a);
	date_prop(o, a, sizeof a);
	put_field(out, "Date", a);
	text_prop(o, PR_MESSAGE_ID, a, sizeof a);
	put_field(out, "Message-ID", a);
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

/* The body texts: PidTagBody (else PidTagHtml) and PidTagReportText. */
static void
texts(struct mx_msg_obj *o, struct parts *ps)
{
	struct ndr_buf t = { NULL, 0, 0 };

	if (mx_msg_text(o, PR_BODY, &t) == 0 && t.len > 0)
		text_part(ps, "text/plain", &t);
	else {
		t.len = 0;
		if (mx_msg_text(o, PR_HTML, &t) == 0 ||
		    mx_msg_binary(o, PR_HTML, &t) == 0)
			text_part(ps, "text/html", &t);
	}
	t.len = 0;
	if (mx_msg_text(o, PR_REPORT_TEXT, &t) == 0)
		text_part(ps, "text/plain", &t);
	mx_ndr_buf_free(&t);
}

/*
 * The RFC 3463 status of a recipient: PidTagNonDeliveryReportStatusCode
 * is Kind * 100 + Subject * 10 + Detail ([MS-OXCMAIL] §2.2.3.7.1.3, a
 * subject or detail over 9 kept as 0), so a status in the supplementary
 * text that gives the same number is taken whole (5.7.520 for 570).
 */
static void
rcpt_status(struct mx_msg_obj *r, const char *sup, char *st, size_t stsz)
{
	unsigned long k, s, d;
	uint64_t v;
	size_t i, n, len = strlen(sup);
	int have = mx_msg_fixed(r, PR_NDR_STATUS_CODE, &v) == 0 &&
	    (v / 100 == 2 || v / 100 == 4 || v / 100 == 5);

	st[0] = '\0';
	for (i = 0; i < len; i++) {
		if ((n = mx_ndr_status_at(sup, i, len)) == 0)
			continue;
		if (sscanf(sup + i, "%lu.%lu.%lu", &k, &s, &d) != 3)
			continue;
		if (!have || v == k * 100 + (s > 9 ? 0 : s) * 10 +
		    (d > 9 ? 0 : d)) {
			snprintf(st, stsz, "%.*s", (int)n, sup + i);
			return;
		}
	}
	if (have)
		snprintf(st, stsz, "%d.%d.%d", (int)(v / 100),
		    (int)(v / 10 % 10), (int)(v % 10));
}

/*
 * The remote MTA and diagnostic in a supplementary text: MIME readers
 * write "<remote-mta #status diagnostic-code>" ([MS-OXCMAIL] §2.2.3.7.1.2),
 * Exchange "Remote Server returned 'reply'"; anything else is the
 * diagnostic as it is.
 */
static void
split_sup(const char *sup, char *mta, size_t msz, char *diag, size_t dsz)
{
	const char *h, *q, *e;
	size_t n = strlen(sup);

	mta[0] = '\0';
	if (n > 2 && sup[0] == '<' && sup[n - 1] == '>' &&
	    (h = strstr(sup, " #")) != NULL) {
		if (h > sup + 1)
			snprintf(mta, msz, "%.*s", (int)(h - sup - 1), sup + 1);
		q = strchr(h + 2, ' ');
		e = sup + n - 1;
		snprintf(diag, dsz, "%.*s", q ? (int)(e - q - 1) : 0,
		    q ? q + 1 : "");
		if (diag[0] == '\0')
			snprintf(diag, dsz, "%.*s", (int)(e - h - 2), h + 2);
		return;
	}
	if ((h = strcasestr(sup, "returned '")) != NULL &&
	    (e = strrchr(h + 10, '\'')) != NULL) {
		snprintf(diag, dsz, "%.*s", (int)(e - h - 10), h + 10);
		return;
	}
	snprintf(diag, dsz, "%s", sup);
}

/* One recipient's DSN fields (RFC 3464 §2.3); 0 when it has no address. */
static int
dsn_rcpt(struct mx_msg_obj *r, const char *action, struct ndr_buf *out)
{
	static const uint16_t props[] = { PR_SMTP_ADDRESS, PR_EMAIL_ADDRESS,
	    PR_DISPLAY_NAME };
	char a[MSG_FIELD], sup[MSG_FIELD * 2], mta[MSG_FIELD];
	char diag[MSG_FIELD * 2], st[32], rmta[MSG_FIELD];
	struct ndr_buf v = { NULL, 0, 0 };

	addr_prop(r, props, 3, a, sizeof a);
	if (a[0] == '\0')
		return 0;
	text_prop(r, PR_SUPPLEMENTARY_INFO, sup, sizeof sup);
	split_sup(sup, mta, sizeof mta, diag, sizeof diag);
	text_prop(r, PR_REMOTE_MTA, rmta, sizeof rmta);
	rcpt_status(r, sup, st, sizeof st);
	mx_ndr_buf_adds(out, "\n");
	mx_ndr_buf_adds(out, "Final-Recipient: rfc822; ");
	mx_ndr_buf_adds(out, a);
	mx_ndr_buf_adds(out, "\n");
	put_field(out, "Action", action);
	put_field(out, "Status", st);
	if (rmta[0] != '\0' || mta[0] != '\0') {
		mx_ndr_buf_adds(&v, "dns; ");
		mx_ndr_buf_adds(&v, rmta[0] != '\0' ? rmta : mta);
		put_field(out, "Remote-MTA", v.p);
		v.len = 0;
	}
	if (diag[0] != '\0') {
		if (strchr(diag, ';') == NULL || strncasecmp(diag, "smtp;",
		    5) != 0)
			mx_ndr_buf_adds(&v, "smtp; ");
		mx_ndr_buf_adds(&v, diag);
		put_field(out, "Diagnostic-Code", v.p);
	}
	mx_ndr_buf_free(&v);
	return 1;
}

/* The message/delivery-status part from the recipient rows, for a
 * report whose class says action ([MS-OXCMAIL] §2.1.3.6.1.1). */
static void
dsn_part(struct mx_msg_obj *o, const char *action, struct parts *ps)
{
	struct ndr_buf *b, f = { NULL, 0, 0 };
	struct mx_msg_obj r;
	uint32_t ids[MSG_RCPTS];
	char mta[MSG_FIELD], *cause = NULL;
	size_t n, i;
	int any = 0;

	text_prop(o, PR_REPORTING_MTA, mta, sizeof mta);
	mx_ndr_buf_adds(&f, "");
	if (mta[0] != '\0') {
		mx_ndr_buf_adds(&f, "Reporting-MTA: dns; ");
		put_value(&f, mta, strlen(mta));
		mx_ndr_buf_adds(&f, "\n");
	}
	n = mx_msg_subs(o, "__recip_version1.0_#", ids, MSG_RCPTS);
	for (i = 0; i < n; i++) {
		if (mx_msg_obj_open(o->c, ids[i], MSG_HDR_SUB, &r, &cause) ==
		    -1) {
			lost(o->c, &cause);
			continue;
		}
		any |= dsn_rcpt(&r, action, &f);
		mx_msg_obj_free(&r);
	}
	if (any && ps->n < (int)(sizeof ps->p / sizeof ps->p[0])) {
		b = &ps->p[ps->n++];
		mx_ndr_buf_adds(b, "Content-Type: message/delivery-status\n\n");
		if (mta[0] == '\0')	/* the first field block may not be
					 * empty (RFC 3464 §2.2) */
			mx_ndr_buf_adds(b, "Reporting-MTA: dns; unknown\n");
		mx_ndr_buf_add(b, f.p, f.len);
	}
	mx_ndr_buf_free(&f);
}

/* Whether an attachment is a message in RFC 5322 form (its MIME tag or
 * file name says so). */
static int
eml_attachment(struct mx_msg_obj *a)
{
	char t[128], fn[260];
	size_t n;

	text_prop(a, PR_ATTACH_MIME_TAG, t, sizeof t);
	if (strcasecmp(t, "message/rfc822") == 0)
		return 1;
	text_prop(a, PR_ATTACH_LONG_FILENAME, fn, sizeof fn);
	if (fn[0] == '\0')
		text_prop(a, PR_ATTACH_FILENAME, fn, sizeof fn);
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
			lost(a->c, &cause);
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
			lost(o->c, &cause);
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
	text_prop(o, PR_MESSAGE_CLASS, cls, sizeof cls);
	action = report_action(cls);
	if (!transport_header(o, out))
		made_header(o, action != NULL, out);
	texts(o, &ps);
	if (action != NULL)
		dsn_part(o, action, &ps);
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
    char **cause)
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
	if (c.err != NULL) {
		*cause = c.err;
		c.err = NULL;
		mx_cfb_close(&c);
		return -1;
	}
	mx_cfb_close(&c);
	return 0;
}
