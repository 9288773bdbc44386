/*
 * reason-form (inv1, issue 12): a live reply's text as its words are
 * read, the same whatever FORM the receiver gave it.  Runs of white space
 * are one space (a wrapped or padded reply reads as the flat one), and
 * what receivers and relays append after their words goes from its end:
 * Postfix's "(in reply to RCPT TO command)" (bounce(8), quoting a reply),
 * bracketed stamps of a front end, a time, request IDs or our address
 * (Microsoft's "[BN8NAM11FT066.eop-nam11.prod.protection.outlook.com
 * 2026-12-06T10:00:00.000Z 08DC...]", "[192.0.2.1]").  Only the word
 * reading gets the tidied text: a receiving system's marks (reason-hosts.c)
 * are read on the whole of it.
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

/* Whether the bracketed s[0..n) (its brackets left out) is a stamp: its
 * tokens hold no words, one at least is a stamp's. */
static int
stamp_group(const char *s, size_t n)
{
	size_t i = 0, k;
	int stamp = 0;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		for (k = i; k < n && s[k] != ' '; k++)
			;
		if (k == i)
			break;
		if (!id_token(s + i, k - i) && !stamp_token(s + i, k - i))
			return 0;
		stamp |= stamp_token(s + i, k - i);
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
	if (open == '[' ? !stamp_group(s + b, e - 1 - b) :
	    !in_reply_to(s + b, e - 1 - b))
		return 0;
	for (*n = b - 1; *n > 0 && s[*n - 1] == ' '; (*n)--)
		;
	return 1;
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
	while (tails && drop_tail(out, &o))
		;
	out[o] = '\0';
	return out;
}
