/*
 * reason-form (inv1, issue 12): a live reply's text as its words are
 * read, the same whatever FORM the receiver gave it.  Runs of white space
 * are one space (a wrapped or padded reply reads as the flat one), and
 * what receivers and relays append after their words goes from its end:
 * Postfix's "(in reply to RCPT TO command)" (bounce(8), quoting a reply),
 * bracketed stamps of a front end, a time, request IDs or our address
 * (Microsoft's "[BN8NAM11FT066.eop-nam11.prod.protection.outlook.com
 * 2026-12-06T10:00:00.000Z 08DC...]", "[192.0.2.1]"), a date in
 * parentheses ("(Sun, 06 Dec 2026 10:00:00 +0000)"), a labelled ID
 * ("id=1a2B3c-000XyZ-4q", "(session 7A9B3C1D)", "Queue ID: 4F3A2B"), and
 * the pointer words before a help link that ends the reply ("For more
 * information see", "Learn more at": the link stays, its own words are
 * reason-linkwords.c's).  Only the word reading gets the tidied text: a
 * receiving system's marks (reason-hosts.c) are read on the whole of it.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "reason-int.h"

/* Whether s[0..n) is a token of a stamp: it holds a digit and a dot or a
 * colon (an address, a dotted ID, a time), or two dots (a host name). */
static int
stamp_token(const char *s, size_t n)
{
	size_t i, digits = 0, dots = 0, colons = 0;

	for (i = 0; i < n; i++) {
		digits += isdigit((unsigned char)s[i]) != 0;
		dots += s[i] == '.';
		colons += s[i] == ':';
	}
	return (digits > 0 && dots + colons > 0) || dots >= 2;
}

/* Whether s[0..n) is a token of no words: it holds a digit (an ID,
 * "08DC1A2B3C4D5E6F", a time). */
static int
id_token(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Names in a date (RFC 5322 §3.3: day, month, zone), lower case. */
static const char *const date_words[] = { "mon", "tue", "wed", "thu",
	"fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul",
	"aug", "sep", "oct", "nov", "dec", "utc", "gmt", "ut", "z" };

static int	listed(const char *, size_t, const char *const *, size_t);

/* Whether the bracketed s[0..n) (its brackets left out) is a stamp: its
 * tokens hold no words but a date's, one at least is a stamp's (with
 * time, one a time "10:00:00": a date in parentheses). */
static int
stamp_group(const char *s, size_t n, int time)
{
	size_t i = 0, k, m;
	int stamp = 0;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		for (k = i; k < n && s[k] != ' '; k++)
			;
		if (k == i)
			break;
		m = s[k - 1] == ',' ? k - i - 1 : k - i;
		if (!id_token(s + i, m) && !stamp_token(s + i, m) &&
		    !listed(s + i, m, date_words, sizeof date_words /
		    sizeof date_words[0]))
			return 0;
		if (time ? memchr(s + i, ':', m) != NULL && id_token(s + i, m) :
		    stamp_token(s + i, m))
			stamp = 1;
		i = k;
	}
	return stamp;
}

/* Whether the parenthesized s[0..n) (its parentheses left out) is
 * Postfix's "in reply to X command" (bounce(8)). */
static int
in_reply_to(const char *s, size_t n)
{
	return n > 20 && strncasecmp(s, "in reply to ", 12) == 0 &&
	    strncasecmp(s + n - 8, " command", 8) == 0;
}

/* Words that label an ID a receiver appends (its queue, session, request
 * or trace), lower case. */
static const char *const id_labels[] = { "id", "session", "queue", "ref",
	"reference", "request", "trace", "tracking", "transaction", "msgid" };

/* Words that point at a help link and say nothing of the cause ("For
 * more information, please see", "Learn more at", "Details at"), lower
 * case. */
static const char *const pointer_words[] = { "for", "more", "further",
	"information", "info", "details", "detail", "please", "see", "visit",
	"go", "to", "refer", "learn", "at", "check", "read", "the", "this",
	"our", "page", "help", "explanation", "here", "can", "be", "found",
	"you", "on", "of" };

/* Whether s[0..n) is one of the n-word list words (any case). */
static int
listed(const char *s, size_t n, const char *const *words, size_t nwords)
{
	size_t i;

	for (i = 0; i < nwords; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return 1;
	return 0;
}

/* Labels that also count what they name ("Too many messages per
 * session: 50", "in this transaction 100"): after them a short number is
 * a limit, words of the reply, no ID (rev8). */
static const char *const count_labels[] = { "session", "transaction",
	"request" };

/* Whether s[0..n) is a short number (at most six digits), a count; s
 * need not end at n (the tidied text is not terminated yet). */
static int
count_token(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 6)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Whether s[0..n) is a labelled ID: one or two label words, then an ID
 * holding a digit, parted by spaces, ':' or '=' ("queue id: 4F3A2B",
 * "id=1a2B3c"); not a short number after a label that counts. */
static int
id_note(const char *s, size_t n)
{
	size_t i = 0, k, labels = 0, last = 0, lastn = 0;

	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '='))
			i++;
		for (k = i; k < n && s[k] != ' ' && s[k] != ':' && s[k] != '=';
		    k++)
			;
		if (k == i)
			return 0;
		if (k == n)
			return labels > 0 && labels <= 2 &&
			    id_token(s + i, k - i) && !(count_token(s + i,
			    k - i) && listed(s + last, lastn, count_labels,
			    sizeof count_labels / sizeof count_labels[0]));
		if (!listed(s + i, k - i, id_labels, sizeof id_labels /
		    sizeof id_labels[0]))
			return 0;
		labels++;
		last = i;
		lastn = k - i;
		i = k;
	}
}

/* Drop a labelled ID that ends s[0..*n) unbracketed; whether it did. */
static int
drop_id(const char *s, size_t *n)
{
	size_t b = *n;
	int words;

	for (words = 0; words < 3 && b > 0; words++) {
		while (b > 0 && s[b - 1] != ' ')
			b--;
		if (b == 0)
			return 0;
		if (id_note(s + b, *n - b)) {
			for (*n = b; *n > 0 && s[*n - 1] == ' '; (*n)--)
				;
			return 1;
		}
		b--;
	}
	return 0;
}

/* Whether s[0..n) starts a link ("http://", "https://", "www."; '<'
 * before it as some write it). */
static int
link_at(const char *s, size_t n)
{
	if (n > 0 && s[0] == '<') {
		s++;
		n--;
	}
	return (n > 7 && strncasecmp(s, "http://", 7) == 0) ||
	    (n > 8 && strncasecmp(s, "https://", 8) == 0) ||
	    (n > 4 && strncasecmp(s, "www.", 4) == 0);
}

/* Drop the pointer words before a link that ends s[0..*n) (back to the
 * sentence's start, and only when each is a pointer word); whether it
 * dropped any.  The link stays. */
static int
drop_pointer(char *s, size_t *n)
{
	size_t u = *n, b, k, w, words;

	while (u > 0 && s[u - 1] != ' ')
		u--;
	if (u == 0 || !link_at(s + u, *n - u))
		return 0;
	/* the words before the link, back to the end of a sentence (". ",
	 * "; ", ": "); not " - " or ", ", which the reply's own words use
	 * ("Blocked - see LINK" is a phrase of its own) */
	for (b = u - 1; b > 0; b--) {
		char c = s[b - 1];

		if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?')
			break;
		if (c != ' ' && !isalpha((unsigned char)c))
			return 0;
	}
	if (b == 0 || s[b] != ' ')
		return 0;	/* no sentence before: the reply itself */
	for (k = b, w = 0, words = 0; k < u - 1; k = w) {
		while (k < u - 1 && s[k] == ' ')
			k++;
		for (w = k; w < u - 1 && s[w] != ' ' && s[w] != ','; w++)
			;
		if (w > k && !listed(s + k, w - k, pointer_words,
		    sizeof pointer_words / sizeof pointer_words[0]))
			return 0;
		words += w > k;
		if (w == k)
			w++;
	}
	if (words < 2)
		return 0;	/* "see LINK" alone may be the reply's phrase */
	memmove(s + b + 1, s + u, *n - u);
	*n = b + 1 + (*n - u);
	return 1;
}

/* Drop one appended group from the end of s[0..*n); whether it did. */
static int
drop_tail(const char *s, size_t *n)
{
	size_t e = *n, b;
	char open;

	if (e < 3 || (s[e - 1] != ']' && s[e - 1] != ')'))
		return 0;
	open = s[e - 1] == ']' ? '[' : '(';
	for (b = e - 1; b > 0 && s[b - 1] != open && s[b - 1] != ']' &&
	    s[b - 1] != ')'; b--)
		;
	if (b < 2 || s[b - 1] != open || s[b - 2] != ' ')
		return 0;
	if (!(open == '[' ? stamp_group(s + b, e - 1 - b, 0) :
	    in_reply_to(s + b, e - 1 - b) || stamp_group(s + b, e - 1 - b,
	    1)) && !id_note(s + b, e - 1 - b))
		return 0;
	for (*n = b - 1; *n > 0 && s[*n - 1] == ' '; (*n)--)
		;
	return 1;
}

/* A bounce's reply without Postfix's note at its end; see
 * reason-rules.h. */
size_t
mx_rr_reply_note_cut(const char *s, size_t n)
{
	size_t e = n, b;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 3 || s[e - 1] != ')')
		return n;
	for (b = e - 1; b > 0 && s[b - 1] != '(' && s[b - 1] != ')'; b--)
		;
	if (b < 2 || s[b - 1] != '(' || !in_reply_to(s + b, e - 1 - b))
		return n;
	for (b--; b > 0 && s[b - 1] == ' '; b--)
		;
	return b;
}

/* The text of a live reply as its words are read; see reason-int.h. */
const char *
mx_reason_form_tidy(const char *in, char *out, size_t sz, int tails)
{
	size_t i, o = 0;

	if (in == NULL || sz == 0)
		return in;
	for (i = 0; in[i] != '\0' && o + 1 < sz; i++) {
		if (isspace((unsigned char)in[i])) {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		out[o++] = in[i];
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	while (tails && (drop_tail(out, &o) || drop_id(out, &o)))
		;
	if (tails)
		drop_pointer(out, &o);
	out[o] = '\0';
	return out;
}
