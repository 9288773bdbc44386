/*
 * ndr-diag: the diagnostic of a recipient found in a bounce's text: the
 * paragraph after its address (past a local delivery agent's line, a
 * section's title, a mail system introducing itself), or the remote's
 * reply in a Sendmail session transcript; then its codes, remote host
 * and SMTP command.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason-rules.h"

/*
 * Where the diagnostic that ends in the reply code at c starts: at the
 * line of a local delivery agent ("mail.local: unknown user: bob") that
 * a transcript gives between the address (ae) and the code, else at c.
 */
static size_t
agent_line(const char *s, size_t ae, size_t c)
{
	size_t ls, le, at = c;
	const char *tried;
	char *low;
	int k;

	if (ae >= c)
		return c;
	/* Lower the lines once; every agent's name is sought in each. */
	low = mx_xmalloc(c - ae);
	mx_rr_lower(low, s + ae, c - ae);
	for (ls = ae; ls < c && at == c; ls = le + 1) {
		le = ls;
		while (le < c && s[le] != '\n')
			le++;
		/* The table is grouped by agent: seek each name once. */
		for (k = 0, tried = NULL; mx_ndr_lda_patterns[k].mta != NULL; k++)
			if ((tried == NULL || strcmp(tried,
			    mx_ndr_lda_patterns[k].mta) != 0) &&
			    mx_rr_match_low(low + (ls - ae), le - ls, (tried =
			    mx_ndr_lda_patterns[k].mta))) {
				at = ls;
				break;
			}
	}
	free(low);
	return at;
}

/*
 * Where the line at s[at] ends (past its newline) when it is a section's
 * title, a banner of dashes or equals signs around a few words ("-------
 * Failure Reasons --------" of Lotus Notes, "----- Transcript of session
 * follows -----" of Sendmail), or one word and a colon alone on its
 * line, whose words follow below (Domino's "because:"): it names the
 * section, not the failure.  at itself when it is no title line.
 */
static size_t
title_line(const char *s, size_t at, size_t limit)
{
	size_t e = at, lead = 0, trail = 0, w = at;

	while (e < limit && s[e] != '\n')
		e++;
	while (w < e && (s[w] == ' ' || s[w] == '\t'))
		w++;
	for (lead = w; lead < e && isalpha((unsigned char)s[lead]); lead++)
		;
	if (lead - w >= 2 && lead - w <= 12 && lead < e && s[lead] == ':') {
		for (lead++; lead < e && (s[lead] == ' ' || s[lead] == '\r');
		    lead++)
			;
		if (lead == e)
			return e < limit ? e + 1 : e;
	}
	lead = 0;
	while (at + lead < e && (s[at + lead] == '-' || s[at + lead] == '='))
		lead++;
	while (trail < e - at && (s[e - 1 - trail] == '-' || s[e - 1 -
	    trail] == '=' || s[e - 1 - trail] == ' ' || s[e - 1 - trail] ==
	    '\r'))
		trail++;
	if (lead < 3 || trail < 3 || lead + trail >= e - at)
		return at;
	return e < limit ? e + 1 : e;
}

/*
 * Sendmail's session transcript ("----- Transcript of session follows
 * -----"): the remote's reply lines ("<<< 501 ... no access") come right
 * before the summary line that names the recipient they failed ("554
 * <a>... Remote protocol error"), after the command they answered (">>>
 * MAIL From:<s>").  When the address at ab is on such a summary line,
 * the reply is its diagnostic and the command its command; 1 if so.
 */
static int
transcript_reply(const char *s, size_t ab, struct mx_ndr_rcpt *r)
{
	struct ndr_buf reply = { NULL, 0, 0 };
	size_t ls = ab, pe, ps, first = 0, i;
	int found = 0;

	while (ls > 0 && s[ls - 1] != '\n')
		ls--;
	/* The summary line: a reply code and status codes, then "<a". */
	for (i = ls; i < ab && strchr("0123456789. <", s[i]) != NULL; i++)
		;
	if (i != ab || ab == ls || s[ab - 1] != '<' || ls == 0)
		return 0;
	/* The "<<< " lines right above it, read upwards. */
	for (pe = ls - 1; pe > 0; pe = ps - 1) {
		for (ps = pe; ps > 0 && s[ps - 1] != '\n'; ps--)
			;
		if (pe - ps < 5 || strncmp(s + ps, "<<< ", 4) != 0)
			break;
		first = ps;
		found = 1;
		if (ps == 0)
			break;
	}
	if (!found)
		return 0;
	for (ps = first; ps < ls; ps = pe + 1) {
		pe = ps;
		while (pe < ls && s[pe] != '\n')
			pe++;
		/* Replies of success before the failure ("<<< 354 go
		 * ahead") are not part of it. */
		if (reply.len == 0 && s[ps + 4] != '4' && s[ps + 4] != '5')
			continue;
		if (reply.len > 0)
			mx_ndr_buf_add(&reply, " ", 1);
		mx_ndr_buf_add(&reply, s + ps + 4, pe - ps - 4);
	}
	/* Only a failure (4xx, 5xx) is a diagnostic. */
	if (reply.len < 3 || (reply.p[0] != '4' && reply.p[0] != '5')) {
		mx_ndr_buf_free(&reply);
		return 0;
	}
	mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, reply.p,
	    reply.len);
	mx_ndr_buf_free(&reply);
	/* The ">>> " line above the replies: the command they answered. */
	if (first > 0) {
		for (ps = first - 1; ps > 0 && s[ps - 1] != '\n'; ps--)
			;
		if (strncmp(s + ps, ">>> ", 4) == 0)
			mx_ndr_command_in(s + ps, first - ps, MX_NDR_DIAG_MAX,
			    r->command, sizeof r->command);
	}
	return 1;
}

/* Whether a paragraph is a mail system introducing itself or its
 * bounce ("This is the mail system at host h.", "This message was
 * created automatically by mail delivery software."). */
static int
self_intro(const char *p, size_t n)
{
	static const char *const intros[] = { "this is ", "this message was ",
	    NULL };
	int i;

	for (i = 0; intros[i] != NULL; i++)
		if (n >= strlen(intros[i]) && strncasecmp(p, intros[i],
		    strlen(intros[i])) == 0)
			return 1;
	return 0;
}

/* Whether a diagnostic only announces what follows it, the list of
 * failed addresses (Exim's "A message that you sent could not be
 * delivered to one or more of its recipients. This is a permanent error.
 * The following address(es) failed:", read for want of words by the
 * address): it ends in a colon and names no reason; see ndr-int.h. */
int
mx_ndr_list_intro(const char *p, size_t n)
{
	while (n > 0 && strchr(" \t\r\n", p[n - 1]) != NULL)
		n--;
	return n > 0 && p[n - 1] == ':' &&
	    (mx_rr_scan(p, n) & ~MX_RR_NOT_A_REASON) == 0;
}

/*
 * ext19: whether a diagnostic says by itself that it names no reason, its
 * words naming none: Exchange 2000/2003's generic notice ("The e-mail
 * system was unable to deliver the message, but did not report a specific
 * reason", <host #5.0.0>), or a positive reply (RFC 5321 §4.2.1: 2yz, the
 * action completed) that a notice quotes as its failure's cause (Domino
 * R5's Delivery Failure Report "because: 250 Message received OK."); see
 * ndr-int.h.
 */
int
mx_ndr_says_no_reason(const char *p, size_t n)
{
	static const char *const none[] = { "did not report a specific reason",
	    NULL };
	char low[MX_NDR_DIAG_MAX];
	size_t i;

	if (n == 0 || (mx_rr_scan(p, n) & ~MX_RR_NOT_A_REASON) != 0)
		return 0;
	for (i = 0; i < n && strchr(" \t\r\n", p[i]) != NULL; i++)
		;
	if (n - i >= 4 && p[i] == '2' && isdigit((unsigned char)p[i + 1]) &&
	    isdigit((unsigned char)p[i + 2]) && (p[i + 3] == ' ' ||
	    p[i + 3] == '-'))
		return 1;
	mx_ndr_lower(low, sizeof low, p, n);
	return mx_ndr_any_of(low, none);
}

/*
 * ext19: Outlook's and Outlook Express's own send-error report names the
 * server's reply in a field: "... Protocol: SMTP, Server Response: '553
 * malformed address: <John Smith <a@b>>', Port: 25, Secure(SSL): No,
 * Server Error: 553, Error Number: 0x800CCC6E" (Microsoft KB 178218, KB
 * 214402).  That reply, without its quotes, is the rejected recipient's
 * diagnostic and gives its codes: the words the report runs on after the
 * address (which may stand inside the reply) are the report's fields;
 * the reply answered RCPT when the report says an address or a recipient
 * "was rejected by the server".  Only a reply that opens with a 4xx or
 * 5xx code (RFC 5321 §4.2); 1 when taken; see ndr-int.h.
 */
int
mx_ndr_client_reply(const char *s, size_t len, struct mx_ndr_rcpt *r)
{
	static const char field[] = "esponse: '", end[] = "', Port:";
	static const char rcpt[] = " was rejected by the server";
	const char *f, *q;
	size_t i, b, e, fl = sizeof field - 1;

	/* "Server Response: '" (Outlook Express 5, Outlook) or "Server
	 * response: '" (Outlook Express 4). */
	for (f = s; (f = memmem(f, len - (size_t)(f - s), field, fl)) != NULL;
	    f++)
		if ((size_t)(f - s) >= 8 && strncasecmp(f - 8, "server r",
		    8) == 0)
			break;
	if (f == NULL)
		return 0;
	b = (size_t)(f - s) + fl;
	if ((q = memmem(s + b, len - b, end, sizeof end - 1)) == NULL)
		return 0;
	e = (size_t)(q - s);
	if (e - b < 4 || (s[b] != '4' && s[b] != '5') ||
	    !isdigit((unsigned char)s[b + 1]) ||
	    !isdigit((unsigned char)s[b + 2]) ||
	    (s[b + 3] != ' ' && s[b + 3] != '-'))
		return 0;
	snprintf(r->diagnostic, sizeof r->diagnostic, "%.*s", (int)(e - b),
	    s + b);
	r->status[0] = '\0';
	r->replycode = 0;
	mx_ndr_codes_from_text(r->diagnostic, r->status, sizeof r->status,
	    &r->replycode);
	/* The report says the address was refused: RCPT's reply. */
	for (i = 0; i + sizeof rcpt - 1 <= b && strncasecmp(s + i, rcpt,
	    sizeof rcpt - 1) != 0; i++)
		;
	if (i + sizeof rcpt - 1 <= b && r->command[0] == '\0')
		mx_strlcpy(r->command, "RCPT", sizeof r->command);
	return 1;
}

/* Move the paragraph [*st, *en) of s (up to limit) past a mail system's
 * introduction to the first paragraph whose words name a reason; when
 * none does, to nothing (bare) or to the first paragraph that is no
 * introduction. */
static void
intro_skip(const char *s, size_t limit, size_t *st, size_t *en, int bare)
{
	const char *pp;
	size_t fst = 0, fen = 0;

	while (*st < *en && (mx_rr_scan(s + *st, *en - *st) &
	    ~MX_RR_NOT_A_REASON) == 0) {
		*st = *en;
		while (*st < limit && strchr(" \t\r\n", s[*st]) != NULL)
			(*st)++;
		pp = *st < limit ? memmem(s + *st, limit - *st, "\n\n", 2) :
		    NULL;
		*en = pp ? (size_t)(pp - s) : limit;
		if (fen == 0 && *st < *en && !self_intro(s + *st, *en - *st)) {
			fst = *st;
			fen = *en;
		}
	}
	if (*st >= *en && !bare && fen > 0) {
		*st = fst;
		*en = fen;
	}
}

/*
 * ext26: Office 365's newer notice heads its advice with "Sender Action
 * Required" or "Recipient Action Required", a line alone: its template's
 * heading, no words of the failure (read as one, "... rejected it.
 * Sender" refuses a sender).  When such a line stands in s[st, en), the
 * heading is cut out of the diagnostic diag.
 */
static void
drop_action_heading(char *diag, const char *s, size_t st, size_t en)
{
	static const char *const heads[] = { "sender action required",
	    "recipient action required", NULL };
	size_t p, e, b, n, k;
	char *at;
	int i;

	for (p = st; p < en; p = e + 1) {
		for (e = p; e < en && s[e] != '\n'; e++)
			;
		for (b = p; b < e && (s[b] == ' ' || s[b] == '\t'); b++)
			;
		for (n = e - b; n > 0 && strchr(" \t\r", s[b + n - 1]) != NULL;
		    n--)
			;
		for (i = 0; heads[i] != NULL; i++) {
			k = strlen(heads[i]);
			if (n != k || strncasecmp(s + b, heads[i], k) != 0 ||
			    (at = strcasestr(diag, heads[i])) == NULL)
				continue;
			if (at[k] == ' ')
				k++;
			memmove(at, at + k, strlen(at + k) + 1);
		}
	}
}

/* A reply the text quotes ("Remote Server returned '550 5.1.1 ...'" of
 * Exchange) loses the quote that closes it: the diagnostic starting at
 * s[st] is the reply alone; see ndr-int.h. */
void
mx_ndr_unquote_reply(char *diag, const char *s, size_t st)
{
	size_t n = strlen(diag);

	if (st > 0 && (s[st - 1] == '\'' || s[st - 1] == '"') && n > 0 &&
	    diag[n - 1] == s[st - 1])
		diag[n - 1] = '\0';
}

/* Where the line at p of s (up to en) ends (ndr-lines.c). */
#define LINE_END(s, p, en) \
	((size_t)(mx_ndr_line_at((s), (en), (p)).e - (s)))

/*
 * A DSN's fields left in the text (a delivery-status part pasted as
 * plain text, or whose MIME is missing or broken): when the paragraph
 * [st, en) of s holds a field RFC 3464 §2.2-2.3 names, its field lines
 * (an "X-" extension field too) are fields, not words: the diagnostic is
 * the Diagnostic-Code's value (§2.3.6, its folded lines joined), else
 * the paragraph's lines that are no field and a Status with a comment
 * ("4.0.0 (host name lookup failure)", RFC 5322 §3.2.2 comments; none:
 * no diagnostic); into out, 1.  0 when the paragraph holds no such
 * field.
 */
static int
dsn_fields_diag(const char *s, size_t st, size_t en, struct ndr_buf *out)
{
	struct ndr_buf text = { NULL, 0, 0 };
	const char *v;
	size_t ls, p, le;
	int in = 0, kind, any = 0;

	for (ls = st; ls > 0 && s[ls - 1] != '\n'; ls--)
		;
	for (p = ls; p < en && !any; p = le + 1) {
		le = LINE_END(s, p, en);
		any = mx_ndr_dsn_field_line(s + p, s + le, 0, NULL);
	}
	if (!any)
		return 0;
	/* The line of st from its start when it is a field, else from st
	 * (the words after an address). */
	le = LINE_END(s, ls, en);
	if (!mx_ndr_dsn_field_line(s + ls, s + le, 1, NULL))
		ls = st;
	mx_ndr_buf_add(out, "", 0);
	for (p = ls; p < en; p = le + 1) {
		le = LINE_END(s, p, en);
		/* A folded line (RFC 5322 §2.2.3) goes on with its field. */
		if (in && p < le && (s[p] == ' ' || s[p] == '\t')) {
			if (in == MX_NDR_DSN_DIAG) {
				mx_ndr_buf_add(out, " ", 1);
				mx_ndr_buf_add(out, s + p, le - p);
			}
			continue;
		}
		kind = mx_ndr_dsn_field_line(s + p, s + le, 1, &v);
		/* The first Diagnostic-Code alone. */
		in = kind == MX_NDR_DSN_DIAG && out->len > 0 ? 1 : kind;
		if (in == MX_NDR_DSN_DIAG)
			mx_ndr_buf_add(out, v, (size_t)(s + le - v));
		else if (kind == 0 || (kind == MX_NDR_DSN_STATUS &&
		    memchr(v, '(', (size_t)(s + le - v)) != NULL)) {
			if (kind != 0)
				p = (size_t)(v - s);
			mx_ndr_buf_add(&text, " ", 1);
			mx_ndr_buf_add(&text, s + p, le - p);
		}
	}
	if (out->len == 0 && text.len > 0)
		mx_ndr_buf_add(out, text.p, text.len);
	mx_ndr_buf_free(&text);
	return 1;
}

/*
 * ext25: the status Exchange gives the remote reply it quotes, in its
 * wrapper just before the reply at s[c] ("#< #5.5.0 smtp;554 ...>
 * #SMTP#", "<mx.example.net #5.7.1 smtp;550 Access denied>"): "smtp;"
 * (RFC 3464 §2.3.6's diagnostic type) and, before it, '#' and an RFC 3463
 * status, searched back to from; into status (sz) when found.
 */
static void
wrapper_status(const char *s, size_t from, size_t c, char *status,
    size_t sz)
{
	size_t e = c, b, n;

	while (e > from && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e < from + 5 || strncasecmp(s + e - 5, "smtp;", 5) != 0)
		return;
	e -= 5;
	while (e > from && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (b = e; b > from && s[b - 1] != '#' && e - b < 12; b--)
		;
	if (b == from || s[b - 1] != '#' ||
	    (n = mx_ndr_status_at(s, b, e)) == 0 || b + n != e || n >= sz)
		return;
	memcpy(status, s + b, n);
	status[n] = '\0';
}

/* Fill diagnostic and codes of r from the block of text that follows the
 * address at s (block ends at blockend); bare: the block is the whole
 * error section of a bounce whose delivery-status part gave the
 * recipient, read for want of words by the address. */
void
mx_ndr_from_block(const char *s, size_t ab, size_t ae, size_t blockend,
    struct mx_ndr_rcpt *r, int bare)
{
	size_t st, en, c, k, limit = blockend;
	const char *pp;
	int titled = 0;

	if (limit < ae)
		limit = ae;
	if (limit - ab > MX_NDR_BLOCK_MAX)
		limit = ab + MX_NDR_BLOCK_MAX;
	/* The reply code, or the first words after the address. */
	c = ae + mx_ndr_first_code(s + ae, limit - ae);
	if (c < limit) {
		st = agent_line(s, ae, c);
		/* Paragraph end after the code. */
		pp = memmem(s + c, limit - c, "\n\n", 2);
		en = pp ? (size_t)(pp - s) : limit;
		/* "Remote host said:" / "said:" lines before the code. */
	} else {
		st = ae;
		while (st < limit && (k = mx_ndr_after_addr(s + st,
		    limit - st)) > 0)
			st += k;
		/* A section's title line is no diagnostic: the words under
		 * it are (Lotus Notes puts them above the address). */
		while (st < limit && title_line(s, st, limit) != st) {
			st = title_line(s, st, limit);
			while (st < limit && strchr(" \t\r\n", s[st]) != NULL)
				st++;
			titled = 1;
		}
		pp = st < limit ? memmem(s + st, limit - st, "\n\n", 2) : NULL;
		en = pp ? (size_t)(pp - s) : limit;
		/* A lone "<a>:" line: the words are the next paragraph. */
		if (en == st && pp != NULL) {
			st = en + 2;
			pp = memmem(s + st, limit - st, "\n\n", 2);
			en = pp ? (size_t)(pp - s) : limit;
		}
		/* The whole section read for want of words by the address
		 * (ab == ae), and it opens with the mail system introducing
		 * itself ("This is the mail system at host h.", "This is an
		 * automatically generated Delivery Status Notification",
		 * Exim's "This message was created automatically by mail
		 * delivery software."): its template's lines ("I'm sorry to
		 * have to inform you") say no reason; the first paragraph
		 * that names one is the diagnostic.  Else, for a DSN, there
		 * is none (RFC 3464 §2.3.6: the Diagnostic-Code is optional);
		 * for a plain-text bounce, the first paragraph after the
		 * introduction ("Delivery ... was aborted after 5 hours"). */
		if (ab == ae && !titled && self_intro(s + st, en - st))
			intro_skip(s, limit, &st, &en, bare);
	}
	if (r->diagnostic[0] == '\0' && !(ae > ab &&
	    transcript_reply(s, ab, r))) {
		struct ndr_buf fields = { NULL, 0, 0 };

		if (dsn_fields_diag(s, st, en, &fields))
			mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic,
			    fields.p, fields.len);
		else {
			mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic,
			    s + st, en - st);
			mx_ndr_unquote_reply(r->diagnostic, s, st);
			drop_action_heading(r->diagnostic, s, st, en);
		}
		mx_ndr_buf_free(&fields);
		/* Words before the code on the same line say who said it. */
	}
	mx_ndr_find_remote(s + ab, limit - ab, r->remote_mta,
	    sizeof r->remote_mta);
	mx_ndr_codes_from_text(r->diagnostic, r->status, sizeof r->status,
	    &r->replycode);
	if (r->status[0] == '\0' && c < limit)
		wrapper_status(s, ae, c, r->status, sizeof r->status);
	/* Named first in a transcript's ">>> RCPT To:<a>": that command. */
	for (st = ab; st > 0 && s[st - 1] != '\n'; st--)
		;
	if (ae > ab && strncmp(s + st, ">>> ", 4) == 0)
		mx_ndr_command_in(s + st, ab - st, MX_NDR_DIAG_MAX, r->command,
		    sizeof r->command);
	mx_ndr_find_command(r->diagnostic, r->command, sizeof r->command);
	/* Else the words before the address on its line, naming no other
	 * (Exim's "host H [IP]: SMTP error from remote mail server after
	 * RCPT TO:<a>:"). */
	if (ae > ab && ab > st && memchr(s + st, '@', ab - st) == NULL)
		mx_ndr_command_in(s + st, ab - st, MX_NDR_DIAG_MAX, r->command,
		    sizeof r->command);
	mx_ndr_command_in(s + ab, limit - ab, MX_NDR_DIAG_MAX, r->command,
	    sizeof r->command);
	if (r->command[0] == '\0')
		mx_ndr_capital_command(r->diagnostic, r->command,
		    sizeof r->command);
}
