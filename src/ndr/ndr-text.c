/*
 * ndr-text: failed recipients from the human-readable part of a bounce,
 * the way each mail system words it (Postfix "<a>: host h said: 550 ...",
 * Exim "a\n  SMTP error from remote mail server after RCPT TO", qmail
 * "<a>:\nRemote host said", Sendmail "<<< 550", Exchange "a on date").
 * The text before the returned message (the error section, ndr-section.c)
 * is searched for addresses (ndr-addr.c); each gets the paragraph that
 * follows as its diagnostic (ndr-diag.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason-rules.h"

/* Whether the line starting at ls begins like a header ("To: ..."). */
static int
header_start(const char *s, size_t ls)
{
	static const char *const names[] = { "to:", "from:", "cc:", "subject:",
	    "sent:", "date:", "reply-to:", "return-path:", "message-id:",
	    "sender:", "envelope-from", "mail from", "x-", "received:",
	    "reporting-mta", "in-reply-to:", "references:", NULL };
	int i;

	while (s[ls] == ' ' || s[ls] == '\t' || s[ls] == '>')
		ls++;
	for (i = 0; names[i] != NULL; i++)
		if (strncasecmp(s + ls, names[i], strlen(names[i])) == 0)
			return 1;
	return 0;
}

/* Where the lines are while addresses are read in order: the start of
 * the line last seen and whether it begins like a header, found once
 * per line (never by walking back from each address). */
struct lines {
	size_t	 seen;		/* offsets before this are classified */
	size_t	 ls;		/* start of the line holding seen */
	int	 hdr;		/* header_start(ls) */
};

/* Whether the line holding offset at (at least li->seen) is a
 * header-like "To: ..." line. */
static int
header_line(const char *s, size_t at, struct lines *li)
{
	const char *nl;
	int i;

	if (at > li->seen) {
		nl = memrchr(s + li->seen, '\n', at - li->seen);
		if (nl != NULL) {
			li->ls = (size_t)(nl - s) + 1;
			li->hdr = header_start(s, li->ls);
		}
		li->seen = at;
	}
	if (li->hdr)
		return 1;
	/* "... after MAIL FROM:<a>" and "from <a>" name the sender. */
	for (i = at > 12 ? (int)(at - 12) : (int)li->ls; (size_t)i < at; i++)
		if (strncasecmp(s + i, "from:", 5) == 0 ||
		    strncasecmp(s + i, "from <", 6) == 0 ||
		    strncasecmp(s + i, "sender", 6) == 0)
			return 1;
	return 0;
}

/* Whether a is one of the addresses that cannot be the failed recipient;
 * with self, a bounce's own addressee (the sender) may be one (a message
 * sent to oneself). */
static int
excluded(const struct ndr_doc *doc, const char *a, int self)
{
	const char *at = strchr(a, '@');
	size_t ll = at ? (size_t)(at - a) : 0;

	if (ll == 13 && strncasecmp(a, "mailer-daemon", 13) == 0)
		return 1;
	if (self)
		return strcasecmp(a, doc->from) == 0;
	return strcasecmp(a, doc->to) == 0 || strcasecmp(a, doc->from) == 0 ||
	    (doc->orig_from[0] && strcasecmp(a, doc->orig_from) == 0);
}

/* One address found in the error section and where it first was. */
struct hit {
	char	 addr[320];
	size_t	 b, e;
};

/* Slots of the set of addresses seen (twice MX_NDR_MAX_RCPTS). */
#define HIT_SLOTS	(2 * MX_NDR_MAX_RCPTS)

/* FNV-1a hash of an address, ASCII case ignored. */
static unsigned
addr_hash(const char *a)
{
	unsigned h = 2166136261u;

	for (; *a != '\0'; a++)
		h = (h ^ (unsigned char)tolower((unsigned char)*a)) *
		    16777619u;
	return h;
}

/* Whether the lower-case words low[0..n) end with the word w (alone). */
static int
ends_word(const char *low, size_t n, const char *w)
{
	size_t k = strlen(w);

	return n >= k && strncmp(low + n - k, w, k) == 0 &&
	    (n == k || !isalnum((unsigned char)low[n - k - 1]));
}

/* Whether the word "email" of k letters ending low[0..n) is the verb
 * (", email a@b", "please e-mail a@b", "or email a@b"), not the noun
 * ("Recipient email a@b", "your email a@b"). */
static int
email_verb(const char *low, size_t n, size_t k)
{
	static const char *const before[] = { "please", "or", "and", "to",
	    "then", "can", "may", "should", "you", NULL };
	size_t m = n - k;
	int i;

	while (m > 0 && low[m - 1] == ' ')
		m--;
	if (m == 0 || strchr(",.;:!?()", low[m - 1]) != NULL)
		return 1;
	for (i = 0; before[i] != NULL; i++)
		if (ends_word(low, m, before[i]))
			return 1;
	return 0;
}

/* Whether the lower-case words low end with a verb that offers whom to
 * ask ("to contact a@b", "Contact: a@b", "email a@b with this message",
 * "write to a@b", "report details to a@b"), maybe with "at" after it:
 * the address that follows is no recipient.  A colon counts only after
 * "contact" ("Recipient email: a@b" names the recipient). */
static int
ends_with_contact(const char *low)
{
	static const char *const to_verbs[] = { "write to", "report to",
	    "details to", "complaints to", "send questions to", NULL };
	size_t n = strlen(low);
	int colon = 0, i;

	while (n > 0 && strchr(" \t:<(\"'", low[n - 1]) != NULL)
		colon |= low[--n] == ':';
	if (ends_word(low, n, "at"))
		for (n -= 2; n > 0 && low[n - 1] == ' '; n--)
			;
	if (ends_word(low, n, "contact"))
		return 1;
	if (colon)
		return 0;
	if ((ends_word(low, n, "email") && email_verb(low, n, 5)) ||
	    (ends_word(low, n, "e-mail") && email_verb(low, n, 6)))
		return 1;
	for (i = 0; to_verbs[i] != NULL; i++)
		if (ends_word(low, n, to_verbs[i]))
			return 1;
	return 0;
}

/* Whether the line of s that holds offset b names, before b, whom to
 * contact (mx_ndr_contact_phrases, or the verb right before it): the
 * address at b is no recipient. */
static int
contact_before(const char *s, size_t b)
{
	char low[160];
	size_t ls = b;
	int i;

	while (ls > 0 && s[ls - 1] != '\n' && b - ls < sizeof low - 1)
		ls--;
	mx_ndr_lower(low, sizeof low, s + ls, b - ls);
	if (ends_with_contact(low))
		return 1;
	for (i = 0; mx_ndr_contact_phrases[i] != NULL; i++)
		if (strstr(low, mx_ndr_contact_phrases[i]) != NULL)
			return 1;
	return 0;
}

/* Whether a hit names no mailbox a message was sent to: a role mailbox
 * the template names for contact (RFC 2142), or an X.500/X.400 address
 * dressed as an rfc822 one (mx_ndr_foreign_addr). */
static int
no_mailbox(const char *a)
{
	return mx_ndr_role_addr(a) || mx_ndr_foreign_addr(a);
}

/* Whether the domain of address a is dom or under it (dom: a notice's
 * own host, "mx.example.org" is under "example.org" and the reverse). */
static int
same_site(const char *a, const char *dom)
{
	const char *at = strrchr(a, '@');
	size_t n, m;

	if (at == NULL || dom == NULL || *dom == '\0')
		return 0;
	at++;
	n = strlen(at);
	m = strlen(dom);
	if (n == m)
		return strcasecmp(at, dom) == 0;
	if (n < m)
		return dom[m - n - 1] == '.' && strcasecmp(dom + m - n, at) == 0;
	return at[n - m - 1] == '.' && strcasecmp(at + n - m, dom) == 0;
}

/*
 * nfb7: whether a role mailbox (mx_ndr_role_addr) the text names at
 * [h->b, h->e) is named as a failed recipient: it stands first on its
 * line ("<abuse@example.net>: host ... said: 550 ...", Exim's and Gmail's
 * address on a line of its own), nothing but a colon or "..." after it
 * there, or the reply words that follow it, and it is not at the
 * notice's own site (the domain of its From: "postmaster@mx.example.org"
 * under a notice from MAILER-DAEMON@mx.example.org is whom to ask).
 */
static int
role_failed(const struct ndr_doc *doc, const char *s, size_t len,
    const struct hit *h)
{
	const char *at = strrchr(doc->from, '@');
	size_t ls = h->b, e = h->e;

	if (same_site(h->addr, at != NULL ? at + 1 : NULL))
		return 0;
	while (ls > 0 && s[ls - 1] != '\0' && strchr(" \t<\"'", s[ls - 1]))
		ls--;
	if (ls > 0 && s[ls - 1] != '\n')
		return 0;
	while (e < len && s[e] != '\0' && strchr(">\"' \t", s[e]) != NULL)
		e++;
	return e >= len || s[e] == '\n' || s[e] == '\r' || s[e] == ':' ||
	    (len - e >= 3 && strncmp(s + e, "...", 3) == 0);
}

/* The words before the address at offset b on its line (from ls, the
 * line's start), without the marks that open an address: *n bytes. */
static size_t
line_lead(const char *s, size_t b, size_t *n)
{
	size_t ls = b, e = b;

	while (ls > 0 && s[ls - 1] != '\n' && s[ls - 1] != '\r' &&
	    s[ls - 1] != '\0')
		ls--;
	while (e > ls && strchr(" \t<\"'(", s[e - 1]) != NULL)
		e--;
	*n = e - ls;
	return ls;
}

/*
 * nfb8: whether the role mailbox of hits[k] stands in the same slot of
 * the notice's template as a mailbox kept as a failed recipient: the
 * same words before it on its line, at least a few of them ("Unable to
 * send to abuse@example.net" over "Unable to send to sales@example.net",
 * a provider's report repeating its block per recipient).  A template
 * names whom to contact in words of its own, never in a recipient's line.
 */
static int
role_in_slot(const char *s, const struct hit *hits, int n, int k)
{
	size_t lk, nk, lj, nj;
	int j;

	lk = line_lead(s, hits[k].b, &nk);
	if (nk < 8)
		return 0;
	for (j = 0; j < n; j++) {
		if (j == k || no_mailbox(hits[j].addr))
			continue;
		lj = line_lead(s, hits[j].b, &nj);
		if (nj == nk && strncasecmp(s + lj, s + lk, nk) == 0)
			return 1;
	}
	return 0;
}

/* The hits without those that name no mailbox, when others remain (a
 * bounce to postmaster@ itself keeps it; a role mailbox named as a
 * failed recipient stays, role_failed, role_in_slot); returns how many
 * are left. */
static int
keep_mailboxes(const struct ndr_doc *doc, const char *s, size_t len,
    struct hit *hits, int n)
{
	char drop[MX_NDR_MAX_RCPTS];
	int k, m = 0;

	for (k = 0; k < n; k++) {
		drop[k] = no_mailbox(hits[k].addr) && (mx_ndr_foreign_addr(
		    hits[k].addr) || (!role_failed(doc, s, len, &hits[k]) &&
		    !role_in_slot(s, hits, n, k)));
		m += !drop[k];
	}
	if (m == 0 || m == n)
		return n;
	for (k = 0, m = 0; k < n; k++)
		if (!drop[k])
			hits[m++] = hits[k];
	return m;
}

/* Addresses kept that the text named as no recipient. */
#define NOT_RCPT_MAX	4

/* Whether a is one of the n addresses of notr, those the text named as
 * the sender or a message's id (case ignored). */
static int
named_not_rcpt(char notr[][320], int n, const char *a)
{
	int k;

	for (k = 0; k < n; k++)
		if (strcasecmp(notr[k], a) == 0)
			return 1;
	return 0;
}

/* Whether s[k..k+3) is a reply code (RFC 5321 §4.2: three digits, the
 * first 2, 4 or 5) standing as a word of its own. */
static int
reply_code_at(const char *s, size_t k)
{
	return strchr("245", s[k]) != NULL &&
	    isdigit((unsigned char)s[k + 1]) &&
	    isdigit((unsigned char)s[k + 2]) &&
	    !isalnum((unsigned char)s[k - 1]) && s[k - 1] != '.';
}

/* Whether the line before the one starting at ls ends with a reply code
 * that does not open it ("<a@b>: host mx said: 550"): the text wraps the
 * reply there (Postfix folds its notice at 80 columns), so the indented
 * line at ls goes on with that reply. */
static int
prev_line_ends_in_code(const char *s, size_t ls)
{
	size_t e, ps, lead;

	if (ls < 2 || s[ls - 1] != '\n')
		return 0;
	for (e = ls - 1; e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' ||
	    s[e - 1] == '\r'); e--)
		;
	for (ps = e; ps > 0 && s[ps - 1] != '\n' && e - ps < 512; ps--)
		;
	for (lead = ps; lead < e && (s[lead] == ' ' || s[lead] == '\t');
	    lead++)
		;
	return e >= lead + 5 && s[e - 4] == ' ' && reply_code_at(s, e - 3);
}

/* Whether the address at offset b stands inside an SMTP reply quoted
 * after other words on its line ("host mx [192.0.2.20]: 550 5.7.0
 * <a@b>... Please use ...", "said: 550 <a@b> ..."): a reply code
 * (then a space or "-") before b that does not open the line, or, on an
 * indented line, one that ends the line before ("said: 550\n    5.2.1
 * <a@b>... Addressee unknown").  Such an address is what the reply says
 * of the recipient whose block it is in, not a recipient of its own. */
static int
in_quoted_reply(const char *s, size_t b)
{
	size_t ls = b, k, lead;

	while (ls > 0 && s[ls - 1] != '\n' && b - ls < 512)
		ls--;
	lead = ls;
	while (lead < b && (s[lead] == ' ' || s[lead] == '\t'))
		lead++;
	for (k = lead > ls ? lead : lead + 1; k + 4 <= b; k++)
		if (reply_code_at(s, k) &&
		    (s[k + 3] == ' ' || s[k + 3] == '-'))
			return 1;
	return lead > ls && prev_line_ends_in_code(s, ls);
}

/* A run of '>'-marked lines read by quote_block_fails: [bs, be) and
 * whether it names a failure's code. */
struct quote_block {
	size_t bs, be;
	int fails;
};

/*
 * Whether the run of '>'-marked lines around the line starting at ls (up
 * to 2 KiB each way) names a failure's reply code or status (4xx, 5xx,
 * 4.x.x, 5.x.x; mx_ndr_first_code; or "#5.x.x"): the quoted lines are a
 * notice's, not a person's words.  qb keeps the last run read, so that
 * the addresses of one run cost one read.
 */
static int
quote_block_fails(const char *s, size_t len, size_t ls,
    struct quote_block *qb)
{
	size_t bs = ls, be = ls, ps, off, lim;
	const char *h;

	if (qb->be > qb->bs && ls >= qb->bs && ls < qb->be)
		return qb->fails;
	lim = len - ls > 4096 ? ls + 4096 : len;
	while (bs > 0 && ls - bs < 2048) {
		for (ps = bs - 1; ps > 0 && s[ps - 1] != '\n' && ls - ps < 4096;
		    ps--)
			;
		if (s[ps] != '>')
			break;
		bs = ps;
	}
	while (be < lim && s[be] != '\n')
		be++;
	while (be + 1 < lim && s[be + 1] == '>' && be - ls < 2048)
		for (be++; be < lim && s[be] != '\n'; be++)
			;
	off = mx_ndr_first_code(s + bs, be - bs);
	qb->bs = bs;
	qb->be = be;
	qb->fails = off < be - bs && s[bs + off] != '2';
	/* A status after '#' too, which mx_ndr_first_code leaves to the
	 * text's words: Exchange's "<mx.example.org #5.1.1>", qmail's
	 * "(#5.1.1)". */
	for (ps = bs; !qb->fails && ps < be &&
	    (h = memchr(s + ps, '#', be - ps)) != NULL;
	    ps = (size_t)(h - s) + 1)
		qb->fails = (size_t)(h - s) + 1 < be &&
		    (h[1] == '4' || h[1] == '5') &&
		    mx_ndr_status_at(s, (size_t)(h - s) + 1, be) != 0;
	return qb->fails;
}

/*
 * Whether the address at offset b stands on a line a person's reply marks
 * as quoted from the message it answers (RFC 3676 §4.5: ">" at the start,
 * one per level): "> Nothing came to list@example.net" above a notice
 * that was pasted unquoted (ext16).  Sendmail's and Courier's transcripts
 * echo the commands sent with ">>> " before the command's capitals
 * (">>> RCPT To:<a>"): no quote.  rev15: nor a quoted notice, whose
 * quoted lines name a failure's code (quote_block_fails): a person who
 * forwards it quoted under words naming an address of theirs ("our list
 * list@example.org got this back:") quotes the recipient.
 */
static int
quote_marked(const char *s, size_t len, size_t b, struct quote_block *qb)
{
	size_t ls = b, k;

	while (ls > 0 && s[ls - 1] != '\n' && b - ls < 512)
		ls--;
	if (s[ls] != '>')
		return 0;
	for (k = ls; k < b && s[k] == '>'; k++)
		;
	return !(k - ls == 3 && s[k] == ' ' && (isupper((unsigned char)
	    s[k + 1]) || s[k + 1] == '.')) &&
	    !quote_block_fails(s, len, ls, qb);
}

/* Find the distinct candidate recipients in the error section, at most
 * max; *more set when it names more than that.  unquoted: addresses on
 * lines quote-marked as a reply's (quote_marked) are passed over. */
static int
find_hits(const struct ndr_doc *doc, const char *s, size_t len,
    struct hit *hits, int max, int self, int unquoted, int *more)
{
	struct lines li = { 0, 0, 0 };
	struct quote_block qb = { 0, 0, 0 };
	const char *at;
	size_t b, e, i = 0, prev = 0;
	unsigned short slot[HIT_SLOTS];
	unsigned h;
	int n = 0, nnotr = 0;
	char a[320], notr[NOT_RCPT_MAX][320];

	if (max > HIT_SLOTS / 2)
		max = HIT_SLOTS / 2;
	memset(slot, 0, sizeof slot);
	li.hdr = header_start(s, 0);
	while (i < len && (at = memchr(s + i, '@', len - i))) {
		i = (size_t)(at - s) + 1;
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &b, &e) ||
		    b < prev)
			continue;
		prev = e;
		i = e;
		snprintf(a, sizeof a, "%.*s", (int)(e - b), s + b);
		/* As the mail system meant it ("'a@b'" is a@b), so that the
		 * same address quoted and bare is one recipient. */
		mx_ndr_clean_addr(a);
		if (excluded(doc, a, self) || header_line(s, b, &li) ||
		    contact_before(s, b) || named_not_rcpt(notr, nnotr, a) ||
		    (n > 0 && in_quoted_reply(s, b)) ||
		    (unquoted && quote_marked(s, len, b, &qb)))
			continue;
		/* Named the sender or a message's id here: no recipient
		 * here nor further on (Exim's "after MAIL FROM:<a>" and
		 * then the reply "550 5.7.0 <a>... Please use ..."). */
		if (mx_ndr_not_rcpt_words(s, li.ls, b) ||
		    mx_ndr_sender_after(s, e, len)) {
			if (nnotr < NOT_RCPT_MAX)
				mx_strlcpy(notr[nnotr++], a, sizeof notr[0]);
			continue;
		}
		/* Seen before?  An open-addressing set keyed by the address
		 * in lower case, so that many repeats cost no more than one. */
		for (h = addr_hash(a) % HIT_SLOTS; slot[h] != 0 &&
		    strcasecmp(hits[slot[h] - 1].addr, a) != 0;
		    h = (h + 1) % HIT_SLOTS)
			;
		if (slot[h] != 0)
			continue;
		if (n == max) {
			*more = 1;
			break;
		}
		slot[h] = (unsigned short)(n + 1);
		mx_strlcpy(hits[n].addr, a, sizeof hits[n].addr);
		hits[n].b = b;
		hits[n].e = e;
		n++;
	}
	return keep_mailboxes(doc, s, len, hits, n);
}

/*
 * The address of the first "To:" line (quoted headers may be indented) in
 * the returned message that follows the error section of a plain-text
 * bounce; 1 when found.
 */
static int
inline_to(const struct ndr_doc *doc, const char *s, size_t len, char *dst,
    size_t dstsz)
{
	const char *p, *end = s + len, *at;
	size_t ll, i, ab, ae;

	for (p = s; p < end; p += ll + 1) {
		ll = (size_t)((const char *)memchr(p, '\n', end - p) != NULL ?
		    (const char *)memchr(p, '\n', end - p) - p : end - p);
		for (i = 0; i < ll && (p[i] == ' ' || p[i] == '\t'); i++)
			;
		if (ll - i < 4 || strncasecmp(p + i, "to:", 3) != 0 ||
		    (at = memchr(p + i, '@', ll - i)) == NULL)
			continue;
		if (!mx_ndr_addr_at(p, ll, (size_t)(at - p), &ab, &ae))
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(ae - ab), p + ab);
		return !excluded(doc, dst, 0);
	}
	return 0;
}

/*
 * The first address of the bounce's X-Failed-Recipients header (Exim's
 * list of the addresses that failed); 1 when there is one.  The header
 * names only addresses, so one whose domain is a single label
 * ("someone@somewhere", which the text scan passes over) is taken too.
 */
static int
failed_hdr_first(const struct ndr_doc *doc, char *dst, size_t dstsz)
{
	const char *h = doc->failed_hdr, *at = strchr(h, '@');
	size_t ab, ae, n;

	if (at == NULL)
		return 0;
	if (mx_ndr_addr_at(h, strlen(h), at - h, &ab, &ae)) {
		snprintf(dst, dstsz, "%.*s", (int)(ae - ab), h + ab);
		return 1;
	}
	h += strspn(h, " \t<");
	n = strcspn(h, " \t,>");
	if (h + n <= at + 1 || h >= at || memchr(h, '@', n) != at)
		return 0;
	snprintf(dst, dstsz, "%.*s", (int)n, h);
	return 1;
}

/* The first address of the bounce's Subject that is not excluded; 1
 * when found. */
static int
subject_addr(const struct ndr_doc *doc, char *dst, size_t dstsz)
{
	const char *s = doc->subject, *at;
	size_t len = strlen(s), i, b, e;

	for (i = 0; i < len && (at = memchr(s + i, '@', len - i)) != NULL;
	    i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &b, &e))
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(e - b), s + b);
		if (!excluded(doc, dst, 0))
			return 1;
	}
	return 0;
}

/* The first "<local@label>" of the error section (s, len) whose domain
 * is a single label (a test host's "localhost"), not excluded; 1 when
 * found.  Only in angle brackets: bare, such words are seldom an
 * address. */
static int
bracket_addr(const struct ndr_doc *doc, const char *s, size_t len,
    char *dst, size_t dstsz)
{
	const char *lt, *gt, *at;
	size_t i, k;

	for (i = 0; i < len && (lt = memchr(s + i, '<', len - i)) != NULL;
	    i = (size_t)(lt - s) + 1) {
		gt = memchr(lt, '>', len - (size_t)(lt - s));
		if (gt == NULL || gt - lt > 200)
			continue;
		at = memchr(lt, '@', (size_t)(gt - lt));
		if (at == NULL || at == lt + 1 || at + 1 == gt)
			continue;
		for (k = 1; lt + k < at &&
		    mx_ndr_local_char((unsigned char)lt[k]); k++)
			;
		if (lt + k != at)
			continue;
		for (k = 1; at + k < gt && (isalnum((unsigned char)at[k]) ||
		    at[k] == '-'); k++)
			;
		if (at + k != gt)
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(gt - lt - 1), lt + 1);
		if (!excluded(doc, dst, 0))
			return 1;
	}
	return 0;
}

/*
 * ext18: a recipient Exchange's notice lists as "ADDR on DATE" (Exchange
 * 4.0 to 2003: "The following recipient(s) could not be reached:" over
 * "user@host on 6/26/97 6:58 PM"), its domain a single label (an MS Mail
 * or in-house host, "user@company") or the IMS's wildcard routing entry
 * "*" ("IMCEASMTP-bob+40example+2Enet@*", which mx_ndr_clean_addr
 * decodes): 1 when found, the address into dst.  The address opens the
 * line, maybe in quotes ('a@b' or `a@b'), and " on " and a digit follow
 * it.  Only when the text names no address at all, and only under the
 * heading ("could not be reached", 2003's "cannot be reached"; rev15):
 * Lotus Notes heads a reply's quoted mail with "jsmith@acme on 03/04/2026
 * 10:15 AM" too.
 */
static int
listed_on_addr(const struct ndr_doc *doc, const char *s, size_t len,
    char *dst, size_t dstsz)
{
	static const char head[] = "be reached";
	size_t ls, le, t, k, at, e;
	const char *nl;

	for (ls = 0; ls + sizeof head - 1 <= len; ls++)
		if ((s[ls] == 'b' || s[ls] == 'B') &&
		    strncasecmp(s + ls, head, sizeof head - 1) == 0)
			break;
	for (ls += sizeof head - 1; ls < len; ls = le + 1) {
		nl = memchr(s + ls, '\n', len - ls);
		le = nl ? (size_t)(nl - s) : len;
		while (ls < le && (s[ls] == ' ' || s[ls] == '\t'))
			ls++;
		t = ls < le && (s[ls] == '\'' || s[ls] == '`') ? ls + 1 : ls;
		for (k = t; k < le && mx_ndr_local_char((unsigned char)s[k]) &&
		    s[k] != '@'; k++)
			;
		if (k == t || k >= le || s[k] != '@' || k - t > 64)
			continue;
		at = k++;
		if (k < le && s[k] == '*')
			k++;
		else
			while (k < le && (isalnum((unsigned char)s[k]) ||
			    s[k] == '-'))
				k++;
		if (k == at + 1 || k - at > 64)
			continue;
		e = k;
		if (k < le && s[k] == '\'')
			k++;
		if (le - k < 5 || strncmp(s + k, " on ", 4) != 0 ||
		    !isdigit((unsigned char)s[k + 4]))
			continue;
		snprintf(dst, dstsz, "%.*s", (int)(e - t), s + t);
		if (!excluded(doc, dst, 0))
			return 1;
	}
	return 0;
}

/*
 * The one failure reply a plain-text bounce quotes apart from the
 * recipients it names (MailMarshal's "Could not be delivered because
 * of\n\n550 5.1.1 User unknown\n\nThe following recipients were
 * affected:"): the lines from the one above the first recipient (at
 * before) that opens with a 4xx or 5xx reply code (RFC 5321 §4.2) to
 * the end of its paragraph, into dst.  0 when no line of the section opens with one, or lines open
 * with different codes (whose is whose is then not known), or the first
 * is not above the recipients, or it holds no status code and names no
 * reason.
 */
static int
lone_reply(const char *s, size_t len, size_t before, char *dst,
    size_t dstsz)
{
	size_t ls, le, first = len, pe;
	const char *pp;
	char status[16];
	int code;

	for (ls = 0; ls < len; ls = le + 1) {
		const char *nl = memchr(s + ls, '\n', len - ls);

		le = nl ? (size_t)(nl - s) : len;
		while (ls < le && (s[ls] == ' ' || s[ls] == '\t'))
			ls++;
		if (le - ls < 5 || (s[ls] != '4' && s[ls] != '5') ||
		    mx_ndr_first_code(s + ls, le - ls) != 0 ||
		    !isdigit((unsigned char)s[ls + 1]) ||
		    !isdigit((unsigned char)s[ls + 2]))
			continue;
		if (first == len)
			first = ls;
		else if (strncmp(s + first, s + ls, 3) != 0)
			return 0;
	}
	if (first == len || first >= before)
		return 0;
	/* Its first line, then the lines below up to a blank one, one
	 * that introduces what follows ("The following recipients were
	 * affected:") or the first recipient's own. */
	for (pe = first;;) {
		pp = memchr(s + pe, '\n', len - pe);
		if (pp == NULL) {
			pe = len;
			break;
		}
		pe = (size_t)(pp - s) + 1;
		pp = memchr(s + pe, '\n', len - pe);
		le = pp ? (size_t)(pp - s) : len;
		for (ls = pe; ls < le && (s[ls] == ' ' || s[ls] == '\t'); ls++)
			;
		if (ls == le || le >= before || s[le - 1] == ':')
			break;
	}
	mx_ndr_squeeze(dst, dstsz, s + first, pe - first);
	/* A count that opens a sentence ("500 messages were queued") is no
	 * reply: one holds a status code (RFC 3463) or names a reason. */
	status[0] = '\0';
	code = 0;
	mx_ndr_codes_from_text(dst, status, sizeof status, &code);
	return status[0] != '\0' ||
	    (mx_rr_scan(dst, strlen(dst)) & ~MX_RR_NOT_A_REASON) != 0;
}

/* Whether the n bytes at s are a Dot-string (RFC 5321 §4.1.2): no dot
 * first, last or after another. */
static int
dot_string(const char *s, size_t n)
{
	return n > 0 && s[0] != '.' && s[n - 1] != '.' &&
	    memmem(s, n, "..", 2) == NULL;
}

/*
 * nfb7: a recipient the error section names in RFC 733's form, its
 * local part quoted and " at " for the "@" (RFC 733 §6.2.2's
 * host-indicator, as ITS COMSAT still wrote it in 2019: "\"JDOE\" at
 * MC.EXAMPLE.ORG is an unknown recipient."): 1 when found, local@host
 * into dst.  The host must hold a dot and end in letters; only the
 * quoted form (an unquoted "x at y.z" is as likely English).  Only when
 * the text names no address at all.
 */
static int
at_form(const char *s, size_t len, char *dst, size_t dstsz)
{
	const char *q;
	size_t i, b, e, h, he, dot;

	for (i = 0; i < len && (q = memchr(s + i, '"', len - i)) != NULL;
	    i = e + 1) {
		b = (size_t)(q - s) + 1;
		for (e = b; e < len && e - b <= 64 && s[e] != '"' &&
		    mx_ndr_local_char((unsigned char)s[e]) && s[e] != '@'; e++)
			;
		if (e >= len || s[e] != '"' || e == b || len - e < 6 ||
		    strncasecmp(s + e + 1, " at ", 4) != 0)
			continue;
		for (h = he = e + 5, dot = 0; he < len && (isalnum((unsigned
		    char)s[he]) || s[he] == '-' || s[he] == '.'); he++)
			if (s[he] == '.')
				dot = he;
		while (he > h && s[he - 1] == '.')
			he--;
		if (dot == 0 || dot + 1 >= he || dot <= h ||
		    !isalpha((unsigned char)s[he - 1]) || he - h > 253)
			continue;
		/* RFC 5321 §4.1.2: a local part that is no Dot-string
		 * ("..a", "a..b", "a.") stays a Quoted-string. */
		q = dot_string(s + b, e - b) ? "" : "\"";
		snprintf(dst, dstsz, "%s%.*s%s@%.*s", q, (int)(e - b), s + b, q,
		    (int)(he - h), s + h);
		return 1;
	}
	return 0;
}

/*
 * ext10: a recipient the error section names by its local part alone,
 * after a failure's words and a colon, the rest of the line
 * (CompuServe's 2000 "Receiver not found: user1"; a mail system's own
 * user, named as its directory knows it): 1 when found, the local part
 * into dst.  The words before the colon name whom (a receiver,
 * recipient, user, addressee, mailbox) and what failed (not found,
 * unknown, no such, does not exist, invalid).  Only when the text names
 * no address at all.
 */
static int
bare_local(const char *s, size_t len, char *dst, size_t dstsz)
{
	static const char *const whom[] = { "receiver", "recipient", "user",
	    "addressee", "mailbox", NULL };
	static const char *const what[] = { "not found", "unknown",
	    "no such", "does not exist", "invalid", NULL };
	char low[128];
	size_t ls, le, c, t, k;
	const char *nl, *colon;

	for (ls = 0; ls < len; ls = le + 1) {
		nl = memchr(s + ls, '\n', len - ls);
		le = nl ? (size_t)(nl - s) : len;
		while (ls < le && (s[ls] == ' ' || s[ls] == '\t'))
			ls++;
		colon = memchr(s + ls, ':', le - ls);
		if (colon == NULL || (c = (size_t)(colon - s)) - ls > 60)
			continue;
		mx_ndr_lower(low, sizeof low, s + ls, c - ls);
		if (!mx_ndr_any_of(low, whom) || !mx_ndr_any_of(low, what))
			continue;
		for (t = c + 1; t < le && (s[t] == ' ' || s[t] == '\t'); t++)
			;
		for (k = t; k < le && mx_ndr_local_char((unsigned char)s[k]) &&
		    s[k] != '@'; k++)
			;
		if (k == t || k - t > 64 || !isalnum((unsigned char)s[t]))
			continue;
		while (k < le && isspace((unsigned char)s[k]))
			k++;
		if (k != le)
			continue;
		for (k = t; k < le && !isspace((unsigned char)s[k]); k++)
			;
		snprintf(dst, dstsz, "%.*s", (int)(k - t), s + t);
		return 1;
	}
	return 0;
}

/*
 * Where the block of words after hit k of the n hits ends (ndr-block.c):
 * at the line naming the next recipient, or an earlier line that another
 * recipient's address opens again (Exchange's technical details under
 * the list; not words naming it inside a reply), as far as the block is
 * read and within ownership's bounds of recipients (ndr-own.c), or a
 * transcript's line opening another host's part.
 */
static size_t
block_end(const char *s, size_t len, const struct hit *hits, int n, int k,
    const struct mx_ndr_rcpt *rc)
{
	size_t nb = k + 1 < n ? hits[k + 1].b : len, clip, o;

	clip = hits[k].b + MX_NDR_BLOCK_MAX < nb ? hits[k].b +
	    MX_NDR_BLOCK_MAX : nb;
	if (n <= MX_NDR_OWN_MAX_RCPTS &&
	    (o = mx_ndr_next_other(s, clip, hits[k].e, rc, n, k, 1)) < clip)
		nb = o;
	return mx_ndr_block_end(s, len, hits[k].b, hits[k].e, nb);
}

/*
 * The recipient rc[k] of the n named again after its first block, which
 * ends at from, with a block of its own (Exchange's "Diagnostic
 * information for administrators:" repeats each address over its
 * technical line, "mx.example.com #550 5.1.1 User unknown ##"): when its
 * first words hold no code, the codes, remote host and command of that
 * next block, and its words too when the first name no reason.  Within
 * ownership's bounds of recipients and text (ndr-own.c).
 */
static void
later_block(const char *s, size_t len, size_t from, struct mx_ndr_rcpt *rc,
    int n, int k)
{
	struct mx_ndr_rcpt *r = &rc[k], t;
	const char *at;
	size_t i, ab, ae, alen = strlen(r->address);

	if (n > MX_NDR_OWN_MAX_RCPTS || len > MX_NDR_OWN_MAX_TEXT ||
	    r->replycode != 0 ||
	    r->status[0] != '\0' || r->diagnostic[0] == '\0')
		return;
	for (i = from; i < len && (at = memchr(s + i, '@', len - i)) != NULL;
	    i = (size_t)(at - s) + 1) {
		if (!mx_ndr_addr_at(s, len, (size_t)(at - s), &ab, &ae) ||
		    ae - ab != alen || strncasecmp(s + ab, r->address, alen) != 0)
			continue;
		memset(&t, 0, sizeof t);
		mx_ndr_from_block(s, ab, ae, mx_ndr_block_end(s, len, ab, ae,
		    mx_ndr_next_other(s, len, ae, rc, n, k, 1)), &t, 0);
		if (t.replycode == 0 && t.status[0] == '\0')
			return;
		if ((mx_rr_scan(r->diagnostic, strlen(r->diagnostic)) &
		    ~MX_RR_NOT_A_REASON) == 0)
			mx_strlcpy(r->diagnostic, t.diagnostic,
			    sizeof r->diagnostic);
		mx_strlcpy(r->status, t.status, sizeof r->status);
		r->replycode = t.replycode;
		if (r->remote_mta[0] == '\0')
			mx_strlcpy(r->remote_mta, t.remote_mta,
			    sizeof r->remote_mta);
		if (r->command[0] == '\0')
			mx_strlcpy(r->command, t.command, sizeof r->command);
		return;
	}
}

/* The words of r under its banner line [bs, be), up to we, in place of
 * those its list gave (codeless), when they say something. */
static void
banner_block(const char *s, size_t bs, size_t be, size_t we,
    struct mx_ndr_rcpt *r)
{
	char old[sizeof r->diagnostic];

	mx_strlcpy(old, r->diagnostic, sizeof old);
	r->diagnostic[0] = '\0';
	mx_ndr_from_block(s, bs, be, we, r, 0);
	if (r->diagnostic[0] == '\0')
		mx_strlcpy(r->diagnostic, old, sizeof r->diagnostic);
}

/* Recipients from the free text of a bounce; returns how many. */
int
mx_ndr_text_parse(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	struct ndr_buf own = { NULL, 0, 0 };
	const char *s = doc->text.p;
	size_t len, ws, we, be;
	struct hit *hits;
	struct mx_ndr_rcpt *r;
	char reply[MX_NDR_DIAG_MAX];
	int n, k, first, more = 0;

	if (s == NULL)
		return 0;
	len = mx_ndr_doc_section(doc);
	hits = mx_xmalloc(MX_NDR_MAX_RCPTS * sizeof *hits);
	/* The addresses of the text's own lines first: a person's post
	 * pasting a notice may quote the message it answers above it. */
	n = find_hits(doc, s, len, hits, MX_NDR_MAX_RCPTS, 0, 1, &more);
	if (n == 0)
		n = find_hits(doc, s, len, hits, MX_NDR_MAX_RCPTS, 0, 0,
		    &more);
	/* Only the sender named: a message the sender sent to itself. */
	if (n == 0 && doc->to[0] != '\0')
		n = find_hits(doc, s, len, hits, MX_NDR_MAX_RCPTS, 1, 0,
		    &more);
	/* A notice naming more recipients than are kept says so, as a
	 * DSN with more per-recipient sections does (ndr-dsn.c). */
	if (more)
		b->notes |= MX_NDR_NOTE_RCPTS;
	if (n == 0 && failed_hdr_first(doc, hits[0].addr,
	    sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Nothing named in the text: the returned message's To:, as a
	 * part or inline after the error section. */
	if (n == 0 && doc->orig_to[0] != '\0' &&
	    !excluded(doc, doc->orig_to, 0)) {
		mx_strlcpy(hits[0].addr, doc->orig_to, sizeof hits[0].addr);
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	if (n == 0 && inline_to(doc, s + len, doc->text.len - len,
	    hits[0].addr, sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Nor there: the "To:" line of a summary of the message in the
	 * error section (Exchange's and Domino's "Your message\n\n  To:
	 * a@b\n  Subject: ..."). */
	if (n == 0 && inline_to(doc, s, len, hits[0].addr,
	    sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	/* Then the bounce's Subject ("Delivery failure to a@b", IMail's
	 * "Undeliverable Mail: a@b"), then the recipient its VERP return
	 * path encodes, then an address of a single-label domain in angle
	 * brackets ("<user@localhost>: unknown user"), then one Exchange
	 * lists as "user@company on 6/26/97 ..." (ext18). */
	if (n == 0 && (subject_addr(doc, hits[0].addr, sizeof hits[0].addr) ||
	    mx_ndr_verp_addr(doc->to, hits[0].addr, sizeof hits[0].addr) ||
	    bracket_addr(doc, s, len, hits[0].addr, sizeof hits[0].addr) ||
	    listed_on_addr(doc, s, len, hits[0].addr, sizeof hits[0].addr))) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	if (n == 0 && at_form(s, len, hits[0].addr, sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	if (n == 0 && bare_local(s, len, hits[0].addr, sizeof hits[0].addr)) {
		hits[0].b = hits[0].e = 0;
		n = 1;
	}
	first = b->nrcpt;
	if (n == 0) {
		free(hits);
		return 0;
	}
	b->rcpt = mx_xrealloc(b->rcpt, (b->nrcpt + n) * sizeof *b->rcpt);
	memset(b->rcpt + first, 0, n * sizeof *b->rcpt);
	for (k = 0; k < n; k++)
		mx_strlcpy(b->rcpt[first + k].address, hits[k].addr,
		    sizeof b->rcpt[first + k].address);
	b->nrcpt += n;
	for (k = 0; k < n; k++) {
		r = &b->rcpt[first + k];
		/* Lotus Notes: its words are above it (ndr-block.c). */
		if (hits[k].e > 0 && mx_ndr_words_above(s, len, hits[k].b,
		    &ws, &we))
			mx_ndr_from_block(s, ws, ws, we, r, 0);
		else if (hits[k].e > 0) {
			we = block_end(s, len, hits, n, k, b->rcpt + first);
			mx_ndr_from_block(s, hits[k].b, hits[k].e, we, r, 0);
			later_block(s, len, we, b->rcpt + first, n, k);
		}
		/* Outlook's own report: the reply its field quotes. */
		if (n == 1)
			(void)mx_ndr_client_reply(s, len, r);
		/* No code by the address: the words under Exim's banners
		 * naming it (after the error section, before the copy of
		 * the message), within ownership's bounds (ndr-own.c). */
		if (r->replycode == 0 && r->status[0] == '\0' &&
		    hits[k].e > 0 && n <= MX_NDR_OWN_MAX_RCPTS &&
		    mx_ndr_banner_words(s, doc->text.len < MX_NDR_OWN_MAX_TEXT ?
		    doc->text.len : MX_NDR_OWN_MAX_TEXT, r->address,
		    strlen(r->address), &ws, &be, &we))
			banner_block(s, ws, be, we, r);
		/* The whole section read for want of words by the address:
		 * its text about r alone when it names others (ndr-own.c). */
		own.len = 0;
		if ((r->diagnostic[0] == '\0' || hits[k].e == 0) &&
		    mx_ndr_own_text(s, len, b->rcpt, b->nrcpt, first + k,
		    &own))
			mx_ndr_from_block(own.p, 0, 0, own.len, r,
			    doc->dsn.len > 0 || strcmp(doc->report_type,
			    "delivery-status") == 0);
		else if (r->diagnostic[0] == '\0' || hits[k].e == 0)
			mx_ndr_from_block(s, 0, 0, len, r, doc->dsn.len > 0 ||
			    strcmp(doc->report_type, "delivery-status") == 0);
		/* No code and no reason by the address: the one reply
		 * the section quotes above the recipients. */
		if (r->replycode == 0 && r->status[0] == '\0' &&
		    (mx_rr_scan(r->diagnostic, strlen(r->diagnostic)) &
		    ~MX_RR_NOT_A_REASON) == 0 && lone_reply(s, len,
		    hits[0].e > 0 ? hits[0].b : 0, reply, sizeof reply)) {
			mx_strlcpy(r->diagnostic, reply, sizeof r->diagnostic);
			mx_ndr_codes_from_text(reply, r->status,
			    sizeof r->status, &r->replycode);
		}
	}
	mx_ndr_buf_free(&own);
	free(hits);
	return n;
}
