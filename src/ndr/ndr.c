/*
 * ndr: the bounce reader's entry points.  Input (a file, stdin or a pasted
 * buffer) is normalised and split into messages (ndr-input.c); each is
 * read by the hand-written MIME reader (ndr-mime.c), or in its place the
 * bounce it forwards or quotes (ndr-forward.c, ndr-quote.c); recipients
 * come from the RFC 3464/6533 fields (ndr-dsn.c, completed from the text by
 * ndr-enrich.c) or the free text (ndr-text.c, ndr-rcpt.c, with
 * ndr-addr.c, ndr-diag.c, ndr-codes.c and ndr-cmd-host.c) and get their
 * reasons (ndr-classify.c).  Also gives the first failed recipient for
 * the live bounce-driven check (method.md §1).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "engine.h"
#include "ndr-int.h"
#include "msg.h"
#include "policy.h"
#include "i18n.h"

/* RFC 3464 §2.3's fields that name a recipient, and §2.2's per-message
 * field every DSN has. */
static const char *const dsn_rcpt_fields[] = { "final-recipient:",
	"original-recipient:", NULL };
static const char *const dsn_fields[] = { "final-recipient:",
	"original-recipient:", "reporting-mta:", NULL };

/* Whether a line of text (at most len bytes, NUL-terminated) starts with
 * one of list's field names (lower case, colon included), case ignored. */
static int
field_line_in(const char *text, size_t len, const char *const *list)
{
	const char *p;
	int i;

	for (p = text; p != NULL && (size_t)(p - text) < len;
	    p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		for (i = 0; list[i] != NULL; i++)
			if (strncasecmp(p, list[i], strlen(list[i])) == 0)
				return 1;
	}
	return 0;
}

/* Whether text holds RFC 3464 recipient fields (an inline DSN). */
static int
inline_dsn(const char *text, size_t len)
{
	return field_line_in(text, len, dsn_rcpt_fields);
}

/* Collect the IP addresses the bounce names, the recipients' first. */
static void
collect_ips(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	size_t len;
	char *sec;
	int i;

	for (i = 0; i < b->nrcpt && b->nips < MX_NDR_MAX_IPS; i++) {
		b->nips = mx_ndr_find_ips(b->rcpt[i].diagnostic, b->ips,
		    MX_NDR_MAX_IPS, b->nips);
		b->nips = mx_ndr_find_ips(b->rcpt[i].remote_mta, b->ips,
		    MX_NDR_MAX_IPS, b->nips);
	}
	if (doc->text.p != NULL && b->nips < MX_NDR_MAX_IPS) {
		len = mx_ndr_doc_section(doc);
		sec = mx_xmalloc(len + 1);
		memcpy(sec, doc->text.p, len);
		sec[len] = '\0';
		b->nips = mx_ndr_find_ips(sec, b->ips, MX_NDR_MAX_IPS, b->nips);
		free(sec);
	}
}

/* Bytes of the lines before a message's header that hold only spaces,
 * tabs or a CR (some stores and mailers write them; the header is what
 * follows). */
static size_t
blank_lines(const char *buf, size_t len)
{
	size_t i, k = 0;

	for (i = 0; i < len; i++)
		if (buf[i] == '\n')
			k = i + 1;
		else if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r')
			break;
	return k;
}

/* Whether a recipient of b has address a. */
static int
named(const struct mx_ndr_bounce *b, const char *a)
{
	int i;

	for (i = 0; i < b->nrcpt; i++)
		if (strcasecmp(b->rcpt[i].address, a) == 0)
			return 1;
	return 0;
}

/* Whether a DSN recipient's address is none the sender could mail: empty,
 * without "@" (a bare local part, an X.400 O/R address), or an X.500 or
 * X.400 one dressed as rfc822 (mx_ndr_foreign_addr). */
static int
no_rfc822(const char *a)
{
	return strchr(a, '@') == NULL || mx_ndr_foreign_addr(a);
}

/* The text's address for a DSN recipient whose address is a (no rfc822
 * one): for a bare local part, the address with that local part (none
 * else: the local part is what the mail system meant); for none or an
 * X.400/X.500 one, the first not yet taken; -1 if none. */
static int
text_match(const struct mx_ndr_bounce *t, const char *a, const char *taken)
{
	size_t n = strlen(a);
	int k;

	if (n > 0 && strpbrk(a, "@/=") == NULL) {
		for (k = 0; k < t->nrcpt; k++)
			if (strncasecmp(t->rcpt[k].address, a, n) == 0 &&
			    t->rcpt[k].address[n] == '@')
				return k;
		return -1;
	}
	for (k = 0; k < t->nrcpt; k++)
		if (!taken[k])
			return k;
	return -1;
}

/*
 * DSN recipient groups that give no rfc822 address (an Action and Status
 * with neither Final- nor Original-Recipient, which RFC 3464 §2.3 wants;
 * a bare local part; an X.400 address alone, §2.3.2): the addresses the
 * free text names, in its order, stand for them.
 */
static void
fill_from_text(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	struct mx_ndr_bounce t;
	char taken[MX_NDR_MAX_RCPTS];
	int i, k;

	for (i = 0; i < b->nrcpt; i++)
		if (no_rfc822(b->rcpt[i].address))
			break;
	if (i == b->nrcpt)
		return;
	memset(&t, 0, sizeof t);
	mx_ndr_text_parse(doc, &t);
	memset(taken, 0, sizeof taken);
	/* Not one that another group of the DSN names. */
	for (k = 0; k < t.nrcpt && k < MX_NDR_MAX_RCPTS; k++)
		taken[k] = named(b, t.rcpt[k].address);
	for (i = 0; i < b->nrcpt; i++) {
		if (!no_rfc822(b->rcpt[i].address) ||
		    (k = text_match(&t, b->rcpt[i].address, taken)) < 0)
			continue;
		taken[k] = 1;
		mx_strlcpy(b->rcpt[i].address, t.rcpt[k].address,
		    sizeof b->rcpt[i].address);
	}
	free(t.rcpt);
}

/* Whether a DSN recipient's Action says it did not fail (RFC 3464
 * §2.3.3: delivered, relayed, expanded). */
static int
not_failed(const struct mx_ndr_rcpt *r)
{
	return strcmp(r->action, "delivered") == 0 ||
	    strcmp(r->action, "relayed") == 0 ||
	    strcmp(r->action, "expanded") == 0;
}

/* The failed (or delayed) recipients before those that did not fail, each
 * kind in its order, so that the first recipient is the first failure. */
static void
failed_first(struct mx_ndr_bounce *b)
{
	struct mx_ndr_rcpt *tmp;
	int i, m = 0;

	for (i = 0; i < b->nrcpt; i++)
		m += !not_failed(&b->rcpt[i]);
	if (m == 0 || m == b->nrcpt || not_failed(&b->rcpt[0]) == 0)
		return;
	tmp = mx_xmalloc(b->nrcpt * sizeof *tmp);
	for (i = 0, m = 0; i < b->nrcpt; i++)
		if (!not_failed(&b->rcpt[i]))
			tmp[m++] = b->rcpt[i];
	for (i = 0; i < b->nrcpt; i++)
		if (not_failed(&b->rcpt[i]))
			tmp[m++] = b->rcpt[i];
	memcpy(b->rcpt, tmp, b->nrcpt * sizeof *tmp);
	free(tmp);
}

/* nfb7: whether a is the address a notice comes from, never a recipient
 * (a MAILER-DAEMON, a postmaster or another role or no-reply mailbox,
 * mx_ndr_role_addr): a bounce that names no recipient then names none,
 * not its own sender (an auto-reply's From is its recipient). */
static int
daemon_addr(const char *a)
{
	return strncasecmp(a, "mailer-daemon@", 14) == 0 ||
	    mx_ndr_role_addr(a);
}

/*
 * An auto-reply (reason vacation) read from its text: it comes from the
 * recipient's own mailbox (RFC 3834 §3.1: its From names the recipient
 * it answers for), so that is the recipient, not an address the text
 * offers ("for urgent matters, email a@b"); a daemon's or role address
 * in From leaves the text's.
 */
static void
auto_reply_sender(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	if (doc->dsn.len > 0 || b->nrcpt < 1 ||
	    strcmp(b->rcpt[0].reason, "vacation") != 0 ||
	    strchr(doc->from, '@') == NULL || daemon_addr(doc->from))
		return;
	mx_strlcpy(b->rcpt[0].address, doc->from, sizeof b->rcpt[0].address);
	b->nrcpt = 1;
}

static int	headerless(const char *, size_t, struct mx_ndr_bounce *, int);

/* A message's own fields (RFC 5322 §3.6) and MIME's (RFC 2045 §3). */
static const char *const msg_fields[] = { "from:", "subject:", "date:",
    "received:", "message-id:", "to:", "return-path:", "content-type:",
    "mime-version:", NULL };

/* Whether a "header block" is a delivery-status part's fields pasted on
 * their own (RFC 3464 §2.2-2.3: Reporting-MTA, Final-Recipient, ...):
 * one of them, and none of a message's own fields. */
static int
dsn_fields_only(const struct ndr_doc *doc)
{
	return doc->hdr.p != NULL &&
	    field_line_in(doc->hdr.p, doc->hdr.len, dsn_fields) &&
	    !field_line_in(doc->hdr.p, doc->hdr.len, msg_fields);
}

/* Whether a "header block" holds none of a message's fields: pasted text
 * whose first line only looks like one ("Error: 550 5.1.1 ..."). */
static int
no_message_fields(const struct ndr_doc *doc)
{
	return doc->hdr.p != NULL &&
	    !field_line_in(doc->hdr.p, doc->hdr.len, msg_fields);
}

static int parse_at(const char *, size_t, struct mx_ndr_bounce *, int,
    int);

/*
 * Read the message a person passed on (ndr-forward.c: forwarded, or
 * quoted in a reply, ndr-quote.c) into b in place of theirs (doc): they
 * (doc's From) are never a recipient, and b says who passed it on.  A
 * quote is taken only when it reads as a bounce; else, as when the part
 * passed on is no message, -1: the reply is read as written.
 */
static int
parse_passed(const struct ndr_buf *fwd, int kind, const struct ndr_doc *doc,
    struct mx_ndr_bounce *b, int depth)
{
	int i, n = 0;

	if (parse_at(fwd->p, fwd->len, b, depth + 1, 0) == -1)
		return -1;
	if (kind == NDR_PASSED_QUOTED && (!b->is_bounce || b->nrcpt == 0)) {
		free(b->rcpt);
		b->rcpt = NULL;
		return -1;
	}
	b->notes |= doc->notes;
	if (!b->is_bounce)
		return 0;
	for (i = 0; i < b->nrcpt; i++)
		if (doc->from[0] == '\0' ||
		    strcasecmp(b->rcpt[i].address, doc->from) != 0)
			b->rcpt[n++] = b->rcpt[i];
	b->nrcpt = n;
	if (kind == NDR_PASSED_QUOTED) {
		b->quoted = 1;
		mx_strlcpy(b->quoted_by, doc->from, sizeof b->quoted_by);
	} else {
		b->forwarded = 1;
		mx_strlcpy(b->forwarded_by, doc->from,
		    sizeof b->forwarded_by);
	}
	return 0;
}

/* Read one message into b; -1 when it is not a message at all.  depth:
 * forwards read inside forwards; pasted: a headerless text behind the
 * stand-in header, whose failure reply may name no recipient. */
static int
parse_at(const char *buf, size_t len, struct mx_ndr_bounce *b, int depth,
    int pasted)
{
	struct ndr_buf fwd = { NULL, 0, 0 };
	struct ndr_doc doc;
	const char *mta;
	size_t k = blank_lines(buf, len), from = 0;
	int i, n, kind, json = 0;

	buf += k, len -= k;
	memset(b, 0, sizeof *b);
	b->msg_size = -1;
	if (mx_ndr_mime_load(buf, len, &doc) == -1)
		return headerless(buf, len, b, depth);
	if (dsn_fields_only(&doc)) {
		mx_ndr_doc_free(&doc);
		return headerless(buf, len, b, depth);
	}
	/* Read as pasted text when that finds a bounce; else as written
	 * (a forward's headerless text too, ndr-forward.c). */
	if (!pasted && no_message_fields(&doc) &&
	    headerless(buf, len, b, depth) == 0) {
		mx_ndr_doc_free(&doc);
		return 0;
	}
	/* A reply's quotes in turn, until one reads as a bounce. */
	for (n = 0; depth < NDR_FWD_MAX && n < NDR_QUOTE_MAX &&
	    (kind = mx_ndr_forward(buf, len, &doc, &from, &fwd)) !=
	    NDR_PASSED_NONE; n++) {
		if (parse_passed(&fwd, kind, &doc, b, depth) == 0) {
			mx_ndr_buf_free(&fwd);
			mx_ndr_doc_free(&doc);
			return 0;
		}
		mx_ndr_buf_free(&fwd);
		if (kind != NDR_PASSED_QUOTED)
			break;
	}
	mx_ndr_buf_free(&fwd);
	memset(b, 0, sizeof *b);
	b->msg_size = -1;
	b->notes = doc.notes;
	mx_ndr_inline_orig(&doc);
	if (doc.dsn.len > 0)
		mx_ndr_dsn_parse(doc.dsn.p, doc.dsn.len, b);
	else if (doc.text.p != NULL && inline_dsn(doc.text.p, doc.text.len))
		mx_ndr_dsn_parse(doc.text.p, mx_ndr_doc_section(&doc), b);
	else if (doc.text.p != NULL)
		json = mx_ndr_json_parse(doc.text.p, doc.text.len, b);
	if (b->nrcpt == 0)
		mx_ndr_text_parse(&doc, b);
	else
		fill_from_text(&doc, b);
	failed_first(b);
	mx_ndr_text_enrich(&doc, b);
	for (i = 0; i < b->nrcpt; i++)
		mx_ndr_clean_addr(b->rcpt[i].address);
	if (pasted && b->nrcpt == 0 && doc.text.p != NULL)
		mx_ndr_reply_only(doc.text.p, doc.text.len, b);
	if ((mta = mx_ndr_detect_mta(&doc, b)) != NULL)
		mx_strlcpy(b->mta, mta, sizeof b->mta);
	mx_strlcpy(b->subject, doc.subject, sizeof b->subject);
	/* A JSON notification says what it is by its own type. */
	b->is_bounce = json > 0 || mx_ndr_is_bounce(&doc, b);
	if (b->is_bounce && b->nrcpt == 0 && doc.from[0] != '\0') {
		b->rcpt = mx_xcalloc(1, sizeof *b->rcpt);
		b->nrcpt = 1;
		if (!daemon_addr(doc.from))
			mx_strlcpy(b->rcpt[0].address, doc.from,
			    sizeof b->rcpt[0].address);
	}
	if (b->is_bounce) {
		mx_ndr_classify(&doc, b);
		if ((b->notes & MX_NDR_NOTE_NO_RCPT) && b->nrcpt == 1)
			mx_ndr_reply_reason(doc.text.p, doc.text.len,
			    &b->rcpt[0]);
		auto_reply_sender(&doc, b);
		for (i = 0; i < b->nrcpt; i++)
			if (b->rcpt[i].date[0] == '\0')
				mx_strlcpy(b->rcpt[i].date, doc.date,
				    sizeof b->rcpt[i].date);
		b->msg_size = doc.orig_size;
		collect_ips(&doc, b);
	} else {
		free(b->rcpt);
		b->rcpt = NULL;
		b->nrcpt = 0;
	}
	mx_ndr_doc_free(&doc);
	return 0;
}

/* Read one message into b; -1 when it is not a message at all. */
static int
parse_one(const char *buf, size_t len, struct mx_ndr_bounce *b)
{
	return parse_at(buf, len, b, 0, 0);
}

/* Whether r's own words say a delivery failed: a reply code, a status
 * the text gave, or a reason its words name. */
static int
says_failure(const struct mx_ndr_rcpt *r)
{
	return r->replycode != 0 || (r->status[0] != '\0' &&
	    !r->status_inferred) || (strcmp(r->reason, "onhold") != 0 &&
	    strcmp(r->reason, "undefined") != 0);
}

/*
 * A text with no header block: what a user copies out of a mail reader's
 * view of a bounce (the notice's text, maybe its delivery-status fields)
 * and pastes into a file or the dashboard.  It is read as the plain-text
 * body of a message; taken only when that reading finds a bounce with a
 * recipient, so any other text stays "not an e-mail message".  depth:
 * parse_at's (a forward's headerless text is read inside the forward).
 */
static int
headerless(const char *buf, size_t len, struct mx_ndr_bounce *b, int depth)
{
	/* The stand-in header says bounce, as the user who asked for a
	 * bounce reading does; says_failure then asks the words for the
	 * evidence a bounce's own header would have given, or a mail
	 * system's own words announcing the failure (ndr-announce.c). */
	static const char head[] = "Subject: Undelivered Mail\n"
	    "Content-Type: text/plain; charset=utf-8\n\n";
	char *whole;
	int rv;

	if (len == 0)
		return -1;
	whole = mx_xmalloc(sizeof head - 1 + len + 1);
	memcpy(whole, head, sizeof head - 1);
	memcpy(whole + sizeof head - 1, buf, len);
	whole[sizeof head - 1 + len] = '\0';
	rv = parse_at(whole, sizeof head - 1 + len, b, depth, 1);
	free(whole);
	if (rv == 0 && (!b->is_bounce || b->nrcpt == 0 ||
	    (!says_failure(&b->rcpt[0]) &&
	    !mx_ndr_announces_failure(buf, len)))) {
		free(b->rcpt);
		memset(b, 0, sizeof *b);
		return -1;
	}
	if (rv == 0) {
		b->notes |= MX_NDR_NOTE_HEADERLESS;
		b->subject[0] = '\0';	/* the stand-in header's, no one's */
	}
	return rv;
}

/* One message, for the streaming reader (ndr-mbox.c); see ndr-int.h. */
int
mx_ndr_parse_message(const char *buf, size_t len, struct mx_ndr_bounce *b)
{
	return parse_one(buf, len, b);
}

/* An Outlook .msg in *buf rebuilt as a message (msg-mime.c) into m,
 * *buf and *len then pointing at it (what was repaired into *notes); 0
 * when it is no .msg or was rebuilt, -1 with *cause when it cannot be
 * read. */
static int
unwrap_msg(const char **buf, size_t *len, struct ndr_buf *m, int *notes,
    char **cause)
{
	if (!mx_cfb_is(*buf, *len))
		return 0;
	if (mx_ndr_msg_convert(*buf, *len, m, notes, cause) == -1)
		return -1;
	*buf = m->p;
	*len = m->len;
	return 0;
}

/* Parse a buffer holding one message or an mbox; see ndr.h. */
int
mx_ndr_parse(const char *buf, size_t len, struct mx_ndr_list *list)
{
	struct ndr_buf nb = { NULL, 0, 0 }, m = { NULL, 0, 0 };
	struct mx_ndr_bounce b;
	size_t off = 0, start, end;
	char *cause = NULL;
	int notes = 0;

	memset(list, 0, sizeof *list);
	if (unwrap_msg(&buf, &len, &m, &notes, &cause) == -1) {
		free(cause);
		mx_ndr_buf_free(&m);
		return 0;
	}
	mx_ndr_normalize(buf, len, &nb, &notes);
	while ((end = mx_ndr_next_message(nb.p, nb.len, off, &start)) != 0) {
		if (list->nbounce >= MX_NDR_MAX_MESSAGES) {
			notes |= MX_NDR_NOTE_MESSAGES;
			break;
		}
		if (parse_one(nb.p + start, end - start, &b) == 0) {
			list->bounce = mx_xrealloc(list->bounce,
			    (list->nbounce + 1) * sizeof *list->bounce);
			list->bounce[list->nbounce++] = b;
		}
		off = end;
	}
	mx_ndr_buf_free(&nb);
	mx_ndr_buf_free(&m);
	list->notes |= notes;
	return list->nbounce;
}

/* Whether the .msg in buf can be read; -1 with *cause when not. */
static int
check_msg(const char *buf, size_t len, char **cause)
{
	struct ndr_buf m = { NULL, 0, 0 };
	int rv = unwrap_msg(&buf, &len, &m, NULL, cause);

	mx_ndr_buf_free(&m);
	return rv;
}

/* Read and parse a file; see ndr.h. */
int
mx_ndr_parse_file(const char *path, struct mx_ndr_list *list, char **cause)
{
	char *buf;
	size_t len;
	int notes = 0;

	memset(list, 0, sizeof *list);
	if (mx_ndr_read(path, &buf, &len, &notes, cause) == -1)
		return -1;
	if (mx_cfb_is(buf, len) && check_msg(buf, len, cause) == -1) {
		free(buf);
		return -1;
	}
	mx_ndr_parse(buf, len, list);
	free(buf);
	list->notes |= notes;
	if (list->nbounce == 0) {
		*cause = mx_xstrdup(E_("not an e-mail message (no header found)"));
		return -1;
	}
	return 0;
}

/* Free a list's contents. */
void
mx_ndr_list_free(struct mx_ndr_list *list)
{
	int i;

	for (i = 0; i < list->nbounce; i++)
		free(list->bounce[i].rcpt);
	free(list->bounce);
	list->bounce = NULL;
	list->nbounce = 0;
}

/* Words for the MX_NDR_NOTE_* bits. */
const char *
mx_ndr_notes_text(int notes, char *buf, size_t bufsz)
{
	static const struct { int bit; const char *text; } words[] = {
		{ MX_NDR_NOTE_TRUNCATED, "input cut at the size cap" },
		{ MX_NDR_NOTE_LONG_LINE, "over-long lines cut" },
		{ MX_NDR_NOTE_DEPTH, "MIME nesting too deep, inner parts skipped" },
		{ MX_NDR_NOTE_PARTS, "too many MIME parts, the rest skipped" },
		{ MX_NDR_NOTE_MALFORMED, "malformed MIME, best-effort parse" },
		{ MX_NDR_NOTE_RCPTS, "too many recipients, the rest skipped" },
		{ MX_NDR_NOTE_MESSAGES, "too many messages, the rest skipped" },
		{ MX_NDR_NOTE_CHARSET, "unknown charset, text kept as is" },
		{ MX_NDR_NOTE_CUT, "message cut short, read as far as it goes" },
		{ MX_NDR_NOTE_HEADERLESS, "no header: read as a bounce's pasted "
		    "text" },
		{ MX_NDR_NOTE_NO_RCPT, "no recipient named: the reply read "
		    "alone" },
		{ MX_NDR_NOTE_RTF, "compressed RTF body damaged, read as far "
		    "as it goes" },
	};
	size_t i;

	buf[0] = '\0';
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (!(notes & words[i].bit))
			continue;
		if (buf[0] != '\0')
			strncat(buf, "; ", bufsz - strlen(buf) - 1);
		strncat(buf, words[i].text, bufsz - strlen(buf) - 1);
	}
	return buf;
}

/* Whether r failed (the live check can look into it): not delivered,
 * not an auto-reply. */
static int
rcpt_failed(const struct mx_ndr_rcpt *r)
{
	return strcmp(r->reason, "delivered") != 0 &&
	    strcmp(r->reason, "vacation") != 0;
}

/* Whether the bounce's address a is rcpt (user@domain as
 * mx_target_address gives it: the domain lower-cased, in A-label form),
 * the bounce's spelled as a target would be read. */
static int
same_rcpt(const char *a, const char *rcpt)
{
	char norm[sizeof ((struct mx_ndr_rcpt *)0)->address];
	char *cause = NULL;

	if (strcasecmp(a, rcpt) == 0)
		return 1;
	if (a[0] == '\0' || mx_target_address(a, norm, sizeof norm,
	    &cause) != 0) {
		free(cause);
		return 0;
	}
	return strcasecmp(norm, rcpt) == 0;
}

/* The failed recipient of list named rcpt (NULL, or none named so: the
 * first failed one); *bi its bounce's index. */
static const struct mx_ndr_rcpt *
pick_rcpt(const struct mx_ndr_list *list, const char *rcpt, int *bi)
{
	const struct mx_ndr_rcpt *first = NULL;
	const struct mx_ndr_bounce *b;
	int i, j, fi = 0;

	for (i = 0; i < list->nbounce; i++) {
		b = &list->bounce[i];
		for (j = 0; b->is_bounce && j < b->nrcpt; j++) {
			if (!rcpt_failed(&b->rcpt[j]))
				continue;
			if (first == NULL) {
				first = &b->rcpt[j];
				fi = i;
			}
			if (rcpt == NULL)
				break;
			if (same_rcpt(b->rcpt[j].address, rcpt)) {
				*bi = i;
				return &b->rcpt[j];
			}
		}
		if (rcpt == NULL && first != NULL)
			break;
	}
	*bi = fi;
	return first;
}

/* Aim first's live check at address; see ndr.h. */
void
mx_ndr_first_aim(struct mx_ndr_first *f, const char *address)
{
	const char *at;

	/* The bounce's own spelling of the same address stays. */
	if (same_rcpt(f->address, address))
		return;
	f->given = 1;
	mx_strlcpy(f->named, f->address, sizeof f->named);
	mx_strlcpy(f->address, address, sizeof f->address);
	f->domain[0] = '\0';
	if ((at = strrchr(address, '@')) != NULL)
		mx_strlcpy(f->domain, at + 1, sizeof f->domain);
	f->reply_alone = 0;
}

/* Fill first from the failed recipient of a parsed list that rcpt names
 * (NULL: the first), aimed at rcpt when given. */
static int
first_of(const struct mx_ndr_list *list, const char *rcpt,
    struct mx_ndr_first *f, char **cause)
{
	const struct mx_ndr_bounce *b;
	const struct mx_ndr_rcpt *r;
	const char *at;
	int i, j;

	memset(f, 0, sizeof *f);
	f->msg_size = -1;
	if ((r = pick_rcpt(list, rcpt, &i)) == NULL) {
		*cause = mx_xstrdup(E_("no failed recipient: not a bounce"));
		return -1;
	}
	b = &list->bounce[i];
	mx_strlcpy(f->mta, b->mta, sizeof f->mta);
	mx_strlcpy(f->address, r->address, sizeof f->address);
	if ((at = strrchr(r->address, '@')) != NULL)
		mx_strlcpy(f->domain, at + 1, sizeof f->domain);
	mx_strlcpy(f->reason, r->reason, sizeof f->reason);
	mx_strlcpy(f->status, r->status, sizeof f->status);
	f->status_inferred = r->status_inferred;
	f->replycode = r->replycode;
	mx_strlcpy(f->diagnostic, r->diagnostic, sizeof f->diagnostic);
	mx_strlcpy(f->remote_mta, r->remote_mta, sizeof f->remote_mta);
	mx_strlcpy(f->command, r->command, sizeof f->command);
	f->hardbounce = r->hardbounce;
	f->nips = mx_ndr_find_ips(r->diagnostic, f->ips, MX_NDR_MAX_IPS, 0);
	f->nips = mx_ndr_find_ips(r->remote_mta, f->ips, MX_NDR_MAX_IPS, f->nips);
	for (j = 0; j < b->nips && f->nips < MX_NDR_MAX_IPS; j++)
		f->nips = mx_ndr_find_ips(b->ips[j], f->ips, MX_NDR_MAX_IPS,
		    f->nips);
	f->msg_size = b->msg_size;
	f->forwarded = b->forwarded;
	mx_strlcpy(f->forwarded_by, b->forwarded_by, sizeof f->forwarded_by);
	f->quoted = b->quoted;
	mx_strlcpy(f->quoted_by, b->quoted_by, sizeof f->quoted_by);
	if (rcpt != NULL) {
		mx_ndr_first_aim(f, rcpt);
		return 0;
	}
	/* A pasted reply alone (ndr-reply.c): nothing to aim a check at
	 * until the user names the address (mx_ndr_first_aim). */
	if (r->address[0] == '\0') {
		f->reply_alone = 1;
		*cause = mx_xasprintf(E_("it names no recipient address (its "
		    "reply reads %s); give the address it was about to check "
		    "it live (--rcpt ADDRESS), or read the text alone with "
		    "--offline"), r->reason);
		return -1;
	}
	return 0;
}

/* The DKIM-Signature of the message a bounce returns: the first one
 * after the bounce's own header (its own signature is not the one); in a
 * forwarded bounce, after the forwarded bounce's header.  depth: forwards
 * read inside forwards. */
static void
first_dkim(const char *buf, size_t len, struct mx_ndr_first *f, int depth)
{
	const char *body = memmem(buf, len, "\n\n", 2), *b2;
	struct ndr_buf fwd = { NULL, 0, 0 };
	struct ndr_doc doc;
	size_t k, from = 0;

	if (f->forwarded && depth < NDR_FWD_MAX) {
		k = blank_lines(buf, len);
		if (mx_ndr_mime_load(buf + k, len - k, &doc) == 0) {
			if (mx_ndr_forward(buf + k, len - k, &doc, &from,
			    &fwd)) {
				first_dkim(fwd.p, fwd.len, f, depth + 1);
				mx_ndr_buf_free(&fwd);
				mx_ndr_doc_free(&doc);
				return;
			}
			mx_ndr_buf_free(&fwd);
			mx_ndr_doc_free(&doc);
		}
	}

	if ((b2 = memmem(buf, len, "\n\r\n", 3)) != NULL &&
	    (body == NULL || b2 < body))
		body = b2;
	if (body == NULL || mx_dkim_sig_find(body, len - (size_t)(body - buf),
	    f->dkim_selector, sizeof f->dkim_selector, f->dkim_domain,
	    sizeof f->dkim_domain) != 0)
		f->dkim_selector[0] = f->dkim_domain[0] = '\0';
	mx_dkim_sig_read_bounce(buf, len, &f->dkim_sig);
}

/* First failed recipient (or rcpt's) of the message or mbox in buf (a
 * .msg rebuilt first, so the DKIM data comes from the rebuilt message). */
static int
first_msg(const char *buf, size_t len, const char *rcpt,
    struct mx_ndr_first *f, char **cause)
{
	struct ndr_buf m = { NULL, 0, 0 };
	struct mx_ndr_list list;
	int rv;

	if (unwrap_msg(&buf, &len, &m, NULL, cause) == -1) {
		mx_ndr_buf_free(&m);
		return -1;
	}
	mx_ndr_parse(buf, len, &list);
	if (list.nbounce == 0) {
		*cause = mx_xstrdup(E_("not an e-mail message (no header found)"));
		rv = -1;
	} else if ((rv = first_of(&list, rcpt, f, cause)) == 0 ||
	    f->reply_alone)
		first_dkim(buf, len, f, 0);
	mx_ndr_list_free(&list);
	mx_ndr_buf_free(&m);
	return rv;
}

/* The failed recipient rcpt names of the bounce in path; see ndr.h. */
int
mx_ndr_first_for(const char *path, const char *rcpt, struct mx_ndr_first *f,
    char **cause)
{
	char *buf;
	size_t len;
	int rv, notes = 0;

	memset(f, 0, sizeof *f);
	if (mx_ndr_read(path, &buf, &len, &notes, cause) == -1)
		return -1;
	rv = first_msg(buf, len, rcpt, f, cause);
	free(buf);
	return rv;
}

/* First failed recipient of the bounce in path; see ndr.h. */
int
mx_ndr_first(const char *path, struct mx_ndr_first *f, char **cause)
{
	return mx_ndr_first_for(path, NULL, f, cause);
}

/* First failed recipient of a pasted bounce; see ndr.h. */
int
mx_ndr_first_buf(const char *buf, size_t len, struct mx_ndr_first *f,
    char **cause)
{
	memset(f, 0, sizeof *f);
	if (len > MX_NDR_MAX_INPUT)
		len = MX_NDR_MAX_INPUT;
	return first_msg(buf, len, NULL, f, cause);
}
