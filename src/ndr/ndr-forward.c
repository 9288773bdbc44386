/*
 * ndr-forward: a bounce that a user forwarded (issue 11).  Helpdesks are
 * sent the bounce by the user whose mail failed: inline, under the mail
 * client's forward marker and a block of pseudo-header lines (the
 * bounce's From, Date or Sent, Subject, To), quoted or not, as text or
 * HTML; or attached (message/rfc822 under a "Fwd:" subject).  The
 * forwarded part is rebuilt as a message of its own, read in place of
 * the user's: the user's words above the marker are never the bounce's.
 * The markers, the pseudo-fields (localized) and the subject prefixes
 * are tables.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"

/*
 * Lines that open a forwarded message: lower case, once the quote marks,
 * white space, dashes and underscores around them are taken off (Gmail
 * "---------- Forwarded message ---------", Thunderbird "-------- Original
 * Message --------", Yahoo/AOL "----- Forwarded Message -----", Outlook
 * "-----Original Message-----" and its translations, Apple Mail "Begin
 * forwarded message:"); .prefix: the line need only start so, a word
 * (mutt names the sender after it, or nothing when the message had no
 * From).  A pseudo-header block must follow.
 */
static const struct { const char *text; int prefix; } markers[] = {
	{ "forwarded message", 0 },
	{ "original message", 0 },
	{ "ursprüngliche nachricht", 0 },
	{ "message d'origine", 0 },
	{ "mensaje original", 0 },
	{ "mensagem original", 0 },
	{ "messaggio originale", 0 },
	{ "oorspronkelijk bericht", 0 },
	{ "weitergeleitete nachricht", 0 },
	{ "message transféré", 0 },
	{ "mensaje reenviado", 0 },
	{ "begin forwarded message:", 0 },
	{ "anfang der weitergeleiteten nachricht:", 0 },
	{ "début du message réexpédié :", 0 },
	{ "inicio del mensaje reenviado:", 0 },
	{ "forwarded message from", 1 },
};

/* The line that ends a forwarded message (mutt), stripped the same way. */
static const char *const end_markers[] = { "end forwarded message", NULL };

/*
 * The pseudo-header lines of the clients (lower case, as written before
 * the colon; Outlook writes them in the user's language: "Von:/Gesendet:/
 * An:/Betreff:", "De :/Envoyé :/À :/Objet :", "De:/Enviado:/Para:/
 * Asunto:"); .sent: Outlook's "Sent", a field only a forward writes.
 */
static const struct {
	const char	*name;
	int		 field, sent;
} fields[] = {
	{ "from", PF_FROM, 0 }, { "von", PF_FROM, 0 }, { "de", PF_FROM, 0 },
	{ "da", PF_FROM, 0 }, { "van", PF_FROM, 0 },
	{ "date", PF_DATE, 0 }, { "datum", PF_DATE, 0 },
	{ "fecha", PF_DATE, 0 }, { "data", PF_DATE, 0 },
	{ "sent", PF_DATE, 1 }, { "gesendet", PF_DATE, 1 },
	{ "envoyé", PF_DATE, 1 }, { "enviado", PF_DATE, 1 },
	{ "enviado el", PF_DATE, 1 }, { "inviato", PF_DATE, 1 },
	{ "verzonden", PF_DATE, 1 }, { "enviada em", PF_DATE, 1 },
	{ "to", PF_TO, 0 }, { "an", PF_TO, 0 }, { "à", PF_TO, 0 },
	{ "\xc3\x80", PF_TO, 0 }, { "para", PF_TO, 0 }, { "a", PF_TO, 0 },
	{ "aan", PF_TO, 0 },
	{ "cc", PF_CC, 0 },
	{ "subject", PF_SUBJECT, 0 }, { "betreff", PF_SUBJECT, 0 },
	{ "objet", PF_SUBJECT, 0 }, { "asunto", PF_SUBJECT, 0 },
	{ "oggetto", PF_SUBJECT, 0 }, { "onderwerp", PF_SUBJECT, 0 },
	{ "assunto", PF_SUBJECT, 0 },
	{ "reply-to", PF_OTHER, 0 }, { "antwort an", PF_OTHER, 0 },
	{ "répondre à", PF_OTHER, 0 }, { "responder a", PF_OTHER, 0 },
	{ "message-id", PF_OTHER, 0 }, { "bcc", PF_OTHER, 0 },
	{ "importance", PF_OTHER, 0 }, { "wichtigkeit", PF_OTHER, 0 },
};

/* The header names the rebuilt message gets (PF_OTHER: none). */
static const char *const field_hdr[PF_N] = { "From", "Date", "To", "Cc",
	"Subject", NULL };

/* Subject prefixes of a forward (lower case, white space taken off). */
static const char *const fwd_subjects[] = { "fwd:", "fw:", "wg:", "tr:",
	"rv:", "enc:", "vs:", "doorst:", "i:", "[fwd:", "fwd :", "fw :", "tr :",
	NULL };

/* Fields that open a group of a delivery-status body (RFC 3464 §2.2,
 * §2.3), and those that may only continue it. */
static const char *const dsn_open[] = { "reporting-mta:", "dsn-gateway:",
	"received-from-mta:", "arrival-date:", "original-envelope-id:",
	"original-recipient:", "final-recipient:", "action:", "status:", NULL };
static const char *const dsn_rcpt[] = { "final-recipient:",
	"original-recipient:", NULL };

/* The line's words, lower case, without quote marks and the dashes,
 * underscores and white space around them, into dst; the number of
 * underscores taken off goes to *rule. */
static void
stripped(struct ndr_line l, char *dst, size_t dstsz, int *rule)
{
	const char *s = l.s, *e = l.e;

	mx_ndr_unquote(&s, e, 64);
	*rule = 0;
	for (;;) {
		mx_ndr_trim(&s, &e);
		if (s < e && (*s == '-' || *s == '_'))
			*rule += *s++ == '_';
		else if (e > s && (e[-1] == '-' || e[-1] == '_'))
			*rule += *--e == '_';
		else
			break;
	}
	mx_ndr_lower(dst, dstsz, s, (size_t)(e - s));
}

/* Whether the line opens a forward: a marker, or Outlook's rule of
 * underscores (its plain-text and HTML forwards). */
static int
marker_line(struct ndr_line l)
{
	char low[128];
	size_t k, n;
	int rule;

	if (l.e - l.s >= (long)sizeof low)
		return 0;
	stripped(l, low, sizeof low, &rule);
	if (low[0] == '\0')
		return rule >= 10;
	for (k = 0; k < sizeof markers / sizeof markers[0]; k++) {
		n = strlen(markers[k].text);
		if (markers[k].prefix ? strncmp(low, markers[k].text, n) == 0 &&
		    (low[n] == '\0' || low[n] == ' ') :
		    strcmp(low, markers[k].text) == 0)
			return 1;
	}
	return 0;
}

/* Whether the line ends a forwarded message. */
static int
end_line(struct ndr_line l)
{
	char low[128];
	int rule, k;

	if (l.e - l.s >= (long)sizeof low)
		return 0;
	stripped(l, low, sizeof low, &rule);
	for (k = 0; end_markers[k] != NULL; k++)
		if (strcmp(low, end_markers[k]) == 0)
			return 1;
	return 0;
}

/* The pseudo-field a line (quote marks off) names, -1 if none; *val is
 * its value (trimmed), *sent set for Outlook's "Sent" in any language. */
static int
field_line(const char *s, const char *e, const char **val, int *sent)
{
	char low[40];
	const char *p;
	size_t k, n, w;

	mx_ndr_trim(&s, &e);
	mx_ndr_lower(low, sizeof low, s, (size_t)(e - s) < sizeof low ?
	    (size_t)(e - s) : sizeof low - 1);
	for (k = 0; k < sizeof fields / sizeof fields[0]; k++) {
		n = strlen(fields[k].name);
		if (strncmp(low, fields[k].name, n) != 0)
			continue;
		/* White space, then the colon (French writes "De :"). */
		for (p = s + n; (w = mx_ndr_space_at(p, e)) > 0; p += w)
			;
		if (p >= e || *p != ':')
			continue;
		*val = p + 1;
		*sent = fields[k].sent;
		return fields[k].field;
	}
	return -1;
}

/* A block of pseudo-header lines: each field's value, and where the
 * forwarded body starts. */
struct block {
	struct ndr_pseudo f;
	int		 nfield, sent, quote;
	size_t		 at;		/* its marker (or first) line */
	size_t		 body;
};

/* Read the pseudo-header block whose first line is at o (quote marks of
 * depth q taken off each line); 1 when it names the sender and one more
 * field (Date or Sent, To, Subject). */
static int
read_block(const char *text, size_t len, size_t o, int q, struct block *bk)
{
	struct ndr_line l;
	const char *s, *v;
	int f, sent, last = -1;

	memset(bk, 0, sizeof bk[0]);
	bk->quote = q;
	for (; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		s = l.s;
		mx_ndr_unquote(&s, l.e, q);
		if ((f = field_line(s, l.e, &v, &sent)) >= 0) {
			if (bk->f.val[f] == NULL) {
				bk->f.val[f] = v;
				bk->f.vend[f] = l.e;
				bk->nfield += f != PF_OTHER;
			}
			bk->sent |= sent;
			last = f;
		} else if (last < 0 || s >= l.e || (*s != ' ' && *s != '\t'))
			break;	/* a folded line continues the last field */
	}
	bk->body = o;
	return bk->f.val[PF_FROM] != NULL && bk->nfield >= 2;
}

/* The address a pseudo-field value names, lower case ("" if none). */
static void
value_addr(const char *v, const char *e, char *dst, size_t dstsz)
{
	char tmp[320];

	mx_mime_first_addr(v, (size_t)(e - v), tmp, sizeof tmp);
	mx_ndr_lower(dst, dstsz, tmp, strlen(tmp));
}

/*
 * Find the forward in text: a marker line and a pseudo-header block
 * within three lines after it, or (Outlook's HTML forward, where the
 * rule is an <hr>) a block that opens with the sender and holds Outlook's
 * "Sent".  Its sender is never the reader of the bounce (to): a bounce
 * returns the message with the header of the one it bounces to, under
 * "----- Original message -----" too.  1 and bk filled when found.
 */
static int
find_block(const char *text, size_t len, const char *to, struct block *bk)
{
	struct ndr_line l;
	const char *s, *v;
	char a[320];
	size_t o, h;
	int k, sent;

	for (o = 0; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		if (marker_line(l)) {
			for (h = l.next, k = 0; k < 3 && h < len &&
			    mx_ndr_blank_at(text, len, h); k++)
				h = mx_ndr_line_at(text, len, h).next;
			if (h >= len || !read_block(text, len, h,
			    mx_ndr_quote_depth(text, len, h), bk))
				continue;
			bk->at = o;
		} else {
			s = l.s;
			mx_ndr_unquote(&s, l.e, 64);
			if (field_line(s, l.e, &v, &sent) != PF_FROM)
				continue;
			k = read_block(text, len, o, mx_ndr_quote_depth(text, len, o),
			    bk) && bk->sent;
			bk->at = o;
			/* Not again from a line of this block: linear time. */
			if (bk->body > l.next)
				l.next = bk->body;
			if (!k)
				continue;
		}
		value_addr(bk->f.val[PF_FROM], bk->f.vend[PF_FROM], a, sizeof a);
		if (a[0] != '\0' && strcasecmp(a, to) == 0)
			continue;
		return 1;
	}
	return 0;
}

/* Append a pseudo-field's value as a header line; Outlook's "Name
 * [mailto:a]" as "Name <a>". */
static void
add_field(struct ndr_buf *out, const char *name, const char *v,
    const char *e)
{
	const char *m;

	mx_ndr_trim(&v, &e);
	mx_ndr_buf_adds(out, name);
	mx_ndr_buf_add(out, ": ", 2);
	if ((m = memmem(v, (size_t)(e - v), "[mailto:", 8)) != NULL &&
	    e > m && e[-1] == ']') {
		mx_ndr_buf_add(out, v, (size_t)(m - v));
		mx_ndr_buf_add(out, "<", 1);
		mx_ndr_buf_add(out, m + 8, (size_t)(e - m - 9));
		mx_ndr_buf_add(out, ">", 1);
	} else
		mx_ndr_buf_add(out, v, (size_t)(e - v));
	mx_ndr_buf_add(out, "\n", 1);
}

/* The forwarded body: the lines after the block, quote marks of its
 * depth taken off, up to an end marker (mutt) or the end. */
static void
forwarded_body(const char *text, size_t len, const struct block *bk,
    struct ndr_buf *body)
{
	struct ndr_line l;
	const char *s;
	size_t o;

	for (o = bk->body; o < len && mx_ndr_blank_at(text, len, o);)
		o = mx_ndr_line_at(text, len, o).next;
	for (; o < len; o = l.next) {
		l = mx_ndr_line_at(text, len, o);
		if (end_line(l))
			break;
		s = l.s;
		mx_ndr_unquote(&s, l.e, bk->quote);
		mx_ndr_buf_add(body, s, (size_t)(l.e - s));
		mx_ndr_buf_add(body, "\n", 1);
	}
}

/* Whether a line of the body starts with one of the fields in list. */
static int
starts_with(const char *s, const char *e, const char *const *list)
{
	size_t k, n;

	for (k = 0; list[k] != NULL; k++) {
		n = strlen(list[k]);
		if ((size_t)(e - s) >= n && strncasecmp(s, list[k], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * The delivery-status fields pasted among the forwarded text (the
 * client shows the message/delivery-status part as text): a run of
 * paragraphs that open with a DSN field, as long as they follow one
 * another; the first run that names a recipient (Final-Recipient), else
 * the first that opens with the per-message Reporting-MTA (RFC 3464
 * §2.2: every DSN has it).  A notice may quote its per-message fields
 * in its prose before the report (ZMailer's "Reporting-MTA: ..." above
 * its own "FAILED:" list): that run yields to a later one holding the
 * recipient's.  [*b, *e) of body, 0 if none.
 */
static int
pasted_dsn(const struct ndr_buf *body, size_t *b, size_t *e)
{
	static const char *const rmta[] = { "reporting-mta:", NULL };
	struct ndr_line l;
	size_t o, rb = 0, re = 0, mb = 0, me = 0;
	int para = 1, in = 0, rcpt = 0, opens = 0, found = 0;

	for (o = 0; o <= body->len; o = l.next) {
		l = o < body->len ? mx_ndr_line_at(body->p, body->len, o) :
		    (struct ndr_line){ body->p + o, body->p + o, o + 1 };
		if (o < body->len && l.s == l.e) {
			para = 1;
			continue;
		}
		if (o < body->len && para && starts_with(l.s, l.e, dsn_open)) {
			if (!in) {
				rb = o;
				opens = starts_with(l.s, l.e, rmta);
				rcpt = 0;
			}
			in = 1;
		} else if (in && (para || o >= body->len)) {
			/* A run ends: the first with a recipient wins. */
			if (rcpt) {
				*b = rb, *e = re;
				return 1;
			}
			if (opens && !found) {
				mb = rb, me = re;
				found = 1;
			}
			in = 0;
		}
		if (o >= body->len)
			break;
		rcpt |= in && starts_with(l.s, l.e, dsn_rcpt);
		para = 0;
		if (in)
			re = l.next;
	}
	if (found)
		*b = mb, *e = me;
	return found;
}

/* A boundary the text does not hold; 0 if the first few all are (a
 * text made to hold them: it stays one text part). */
static int
boundary(const struct ndr_buf *body, char *bnd, size_t bndsz)
{
	int n;

	for (n = 0; n < 8; n++) {
		snprintf(bnd, bndsz, "=_mxscope-forward-%d_=", n);
		if (memmem(body->p, body->len, bnd, strlen(bnd)) == NULL)
			return 1;
	}
	return 0;
}

/* Whether a text starts with a header field line ("Name: value"). */
static int
header_first(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len && s[i] != ':' && s[i] != ' ' && s[i] != '\n';
	    i++)
		;
	return i > 0 && i < len && s[i] == ':';
}

/* Append one part of a multipart: delimiter, type, content. */
static void
add_part(struct ndr_buf *out, const char *bnd, const char *type,
    const char *s, size_t len)
{
	mx_ndr_buf_add(out, "\n--", 3);
	mx_ndr_buf_adds(out, bnd);
	mx_ndr_buf_add(out, "\nContent-Type: ", 15);
	mx_ndr_buf_adds(out, type);
	mx_ndr_buf_add(out, "\n\n", 2);
	mx_ndr_buf_add(out, s, len);
}

/* Whether a pseudo-field is missing or names nothing: no letter or
 * digit (empty, or Gmail's HTML "<>" around no address). */
static int
empty_field(const struct ndr_pseudo *pf, int f)
{
	const char *s;

	for (s = pf->val[f]; s != NULL && s < pf->vend[f]; s++)
		if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/*
 * The message a person passed on rebuilt: the pseudo-fields as its
 * header, and its body as the client showed it; pasted DSN fields become
 * a delivery-status part again, and a returned header after them a
 * message part, as the bounce had them (RFC 6522 §3), unless the body
 * is itself a forward.  A block naming no sender and no subject (the
 * text forwarded had no header of its own: a notice someone pasted into
 * a message, then forwarded) leaves the body headerless, read as the
 * pasted text it is (ndr.c).  See ndr-int.h.
 */
void
mx_ndr_rebuild(const struct ndr_pseudo *pf, const struct ndr_buf *body,
    struct ndr_buf *out)
{
	struct block inner;
	char bnd[64], to[320] = "";
	size_t b = 0, e = 0;
	int f;

	if (empty_field(pf, PF_FROM) && empty_field(pf, PF_SUBJECT)) {
		mx_ndr_buf_add(out, body->p, body->len);
		return;
	}
	for (f = 0; f < PF_N; f++)
		if (pf->val[f] != NULL && field_hdr[f] != NULL)
			add_field(out, field_hdr[f], pf->val[f], pf->vend[f]);
	mx_ndr_buf_adds(out, "MIME-Version: 1.0\n");
	/* A forward of a forward: the inner one is read next, from text. */
	if (pf->val[PF_TO] != NULL)
		value_addr(pf->val[PF_TO], pf->vend[PF_TO], to, sizeof to);
	if (find_block(body->p, body->len, to, &inner) ||
	    !pasted_dsn(body, &b, &e) || !boundary(body, bnd, sizeof bnd)) {
		mx_ndr_buf_adds(out, "Content-Type: text/plain; "
		    "charset=utf-8\n\n");
		mx_ndr_buf_add(out, body->p, body->len);
		return;
	}
	mx_ndr_buf_adds(out, "Content-Type: multipart/report; "
	    "report-type=delivery-status; boundary=\"");
	mx_ndr_buf_adds(out, bnd);
	mx_ndr_buf_adds(out, "\"\n");
	add_part(out, bnd, "text/plain; charset=utf-8", body->p, b);
	add_part(out, bnd, "message/delivery-status", body->p + b, e - b);
	while (e < body->len && body->p[e] == '\n')
		e++;
	if (e < body->len)
		add_part(out, bnd, header_first(body->p + e, body->len - e) ?
		    "message/rfc822" : "text/plain; charset=utf-8",
		    body->p + e, body->len - e);
	mx_ndr_buf_add(out, "\n--", 3);
	mx_ndr_buf_adds(out, bnd);
	mx_ndr_buf_add(out, "--\n", 3);
}

/* What the attachment walk looks for: the first attached message. */
struct attached {
	const char	*raw;
	size_t		 len;
};

/* mx_ndr_mime_parts's callback: keep the first message part attached
 * to the top (not encoded: RFC 2046 §5.2.1 allows none for rfc822). */
static void
on_part(const struct ndr_mime_part *mp, void *arg)
{
	struct attached *at = arg;

	if (at->raw == NULL && mp->depth == 2 && mp->cte == MIME_CTE_IDENTITY &&
	    (strcmp(mp->type, "message/rfc822") == 0 ||
	    strcmp(mp->type, "message/global") == 0)) {
		at->raw = mp->raw;
		at->len = mp->rawlen;
	}
}

/* Whether the subject says forward ("Fwd:", "FW:", "WG:", "TR:" ...). */
static int
forward_subject(const char *subject)
{
	char low[16];
	const char *s = subject, *e = subject + strlen(subject);
	int k;

	mx_ndr_trim(&s, &e);
	mx_ndr_lower(low, sizeof low, s, (size_t)(e - s));
	for (k = 0; fwd_subjects[k] != NULL; k++)
		if (strncmp(low, fwd_subjects[k], strlen(fwd_subjects[k])) == 0)
			return 1;
	return 0;
}

/* Whether an address (lower case) is a bounce sender's: one of
 * mx_ndr_bounce_senders's names starts it or one of its words
 * ("mailer-daemon@", "list-bounces@"), not only inside a word (a person
 * named Andrew or Sandra: "ndr"). */
static int
bounce_sender(const char *from)
{
	const char *p;
	int k;

	for (k = 0; mx_ndr_bounce_senders[k] != NULL; k++)
		for (p = from; (p = strstr(p, mx_ndr_bounce_senders[k])) !=
		    NULL; p++)
			if (p == from || !isalnum((unsigned char)p[-1]))
				return 1;
	return 0;
}

/* Whether a mail system wrote the message, not a person: an RFC 3834
 * automatic reply, a delivery report, a bounce sender or an
 * out-of-office subject. */
static int
automatic(const struct ndr_doc *doc)
{
	char from[320], subj[256];

	mx_ndr_lower(from, sizeof from, doc->from, strlen(doc->from));
	mx_ndr_lower(subj, sizeof subj, doc->subject, strlen(doc->subject));
	return doc->auto_reply || doc->failed_hdr[0] != '\0' ||
	    doc->report_type[0] != '\0' || bounce_sender(from) ||
	    mx_ndr_any_of(subj, mx_ndr_vacation_subjects);
}

/* The message a person forwarded or quoted, to read in place of theirs;
 * see ndr-int.h. */
int
mx_ndr_forward(const char *buf, size_t len, const struct ndr_doc *doc,
    size_t *from, struct ndr_buf *out)
{
	struct ndr_buf body = { NULL, 0, 0 };
	struct attached at = { NULL, 0 };
	struct ndr_quote q;
	struct ndr_pseudo pf;
	struct block bk;
	char to[320];
	int fwd;

	if (automatic(doc))
		return NDR_PASSED_NONE;
	if (*from == 0 && forward_subject(doc->subject)) {
		mx_ndr_mime_parts(buf, len, on_part, &at);
		if (at.raw != NULL && at.len > 0) {
			mx_ndr_buf_add(out, at.raw, at.len);
			return NDR_PASSED_FORWARD;
		}
	}
	if (doc->dsn.len > 0 || doc->text.p == NULL)
		return NDR_PASSED_NONE;
	mx_ndr_lower(to, sizeof to, doc->to, strlen(doc->to));
	fwd = find_block(doc->text.p, doc->text.len, to, &bk);
	/* A reply's quote that starts before any forward block is the
	 * message passed on (a forward inside it is read next). */
	if (*from < doc->text.len && mx_ndr_quote_find(doc->text.p,
	    doc->text.len, doc->subject, *from, &q) && (!fwd || q.at < bk.at)) {
		/* rev20: a later quote is passed over when the person's own
		 * words before it hold a notice (one pasted unquoted, the
		 * failure they report, an older one quoted under it): the
		 * reply is read as itself, as it was before ext27. */
		if (*from > 0 && mx_ndr_announces_failure(doc->text.p + *from,
		    q.at - *from))
			return NDR_PASSED_NONE;
		*from = q.end > *from ? q.end : doc->text.len;
		mx_ndr_quote_parts(doc->text.p, doc->subject, doc->from, &q,
		    &pf, &body);
		mx_ndr_rebuild(&pf, &body, out);
		mx_ndr_buf_free(&body);
		return NDR_PASSED_QUOTED;
	}
	/* After a quote that was no bounce, only a later quote is read. */
	if (!fwd || *from > 0)
		return NDR_PASSED_NONE;
	*from = doc->text.len;
	forwarded_body(doc->text.p, doc->text.len, &bk, &body);
	mx_ndr_rebuild(&bk.f, &body, out);
	mx_ndr_buf_free(&body);
	/* Outlook's reply sets the message it answers under the block its
	 * forward has ("-----Original Message-----", From:, Sent:...). */
	return mx_ndr_reply_prefix(doc->subject) > 0 ? NDR_PASSED_QUOTED :
	    NDR_PASSED_FORWARD;
}
