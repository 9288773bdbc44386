/*
 * ndr-rcpt: what tells, around an address in a bounce's text, that it is
 * no failed recipient (a role mailbox the template names for contact, a
 * message id, the sender), and the forms that wrap or replace an rfc822
 * address (Exchange's IMCEA encapsulation, X.400 O/R addresses).
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ndr-int.h"

/* Whether a is a role mailbox that bounce templates name for contact
 * (RFC 2142 §§4-5: postmaster, hostmaster, abuse, noc, security,
 * webmaster), the daemon's own or a no-reply one. */
int
mx_ndr_role_addr(const char *a)
{
	static const char *const roles[] = { "postmaster", "hostmaster",
	    "abuse", "noc", "security", "webmaster",
	    /* The daemon's own address, spelled otherwise than
	     * "mailer-daemon" (which is never a recipient). */
	    "mailerdaemon", "mailer_daemon", "mail-daemon", "post_master",
	    /* The address a notice is sent from that takes no replies. */
	    "noreply", "no-reply", "donotreply", "do-not-reply", NULL };
	const char *at = strchr(a, '@');
	size_t ll = at ? (size_t)(at - a) : 0;
	int i;

	for (i = 0; roles[i] != NULL; i++)
		if (ll == strlen(roles[i]) && strncasecmp(a, roles[i], ll) == 0)
			return 1;
	return 0;
}

/* Whether the word that ends at offset e of s (starting no earlier than
 * ls) is w, case ignored, standing alone. */
static int
word_before(const char *s, size_t ls, size_t e, const char *w)
{
	size_t n = strlen(w);

	if (e < ls + n || strncasecmp(s + e - n, w, n) != 0)
		return 0;
	return e - n == ls || !isalnum((unsigned char)s[e - n - 1]);
}

/*
 * nfb7: whether the address at offset b (on the line starting at ls)
 * follows a label that names the sender in another language, then a
 * colon, ASCII or fullwidth ("发件人：a@b" in a Chinese provider's
 * summary of the returned message, "Absender: a@b"): no recipient.
 */
static int
sender_label(const char *s, size_t ls, size_t b)
{
	static const char *const labels[] = { "\xe5\x8f\x91\xe4\xbb\xb6"
	    "\xe4\xba\xba" /* 发件人 */, "\xe5\xaf\x84\xe4\xbb\xb6\xe4\xba"
	    "\xba" /* 寄件人 */, "\xe5\xaf\x84\xe4\xbb\xb6\xe8\x80\x85"
	    /* 寄件者 */, "\xe5\x8f\x91\xe4\xbf\xa1\xe4\xba\xba" /* 发信人 */,
	    "\xe5\xb7\xae\xe5\x87\xba\xe4\xba\xba" /* 差出人 */,
	    "\xe9\x80\x81\xe4\xbf\xa1\xe8\x80\x85" /* 送信者 */,
	    "\xeb\xb3\xb4\xeb\x82\xb8 \xec\x82\xac\xeb\x9e\x8c"
	    /* 보낸 사람 */, "absender", "exp\xc3\xa9" "diteur",
	    "exp\xc3\x89" "diteur" /* strncasecmp folds ASCII only: É */,
	    "remitente", "mittente", "remetente", NULL };
	static const char fwcolon[] = "\xef\xbc\x9a";	/* U+FF1A */
	size_t e = b;
	int i;

	while (e > ls && strchr(" \t<\"'(", s[e - 1]) != NULL)
		e--;
	if (e > ls && s[e - 1] == ':')
		e--;
	else if (e >= ls + 3 && memcmp(s + e - 3, fwcolon, 3) == 0)
		e -= 3;
	else
		return 0;
	while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (i = 0; labels[i] != NULL; i++)
		if (word_before(s, ls, e, labels[i]))
			return 1;
	return 0;
}

/*
 * Whether the words just before the address at offset b (on the line
 * starting at ls) say it is no recipient: a message's id ("Your message
 * with ID <x@host>", "Message-ID <x@host>"; a user id names one) or the
 * sender ("your message from a@b", "sender a@b"; Exim's "A message sent
 * by\n\n  <a@b>\n\ncould not be delivered", deliver.c, when the bounce
 * goes to errors_to; ext23: Sendmail's check_mail reply "451 4.1.8
 * Domain of sender address a@b does not resolve", quoted in its
 * transcript above the recipient's own "... Deferred:" line).  An
 * address on a line of its own is read with the words that end the
 * lines before it.
 */
int
mx_ndr_not_rcpt_words(const char *s, size_t ls, size_t b)
{
	static const char *const words[] = { "message id", "message-id",
	    "msgid", "msg-id", "with id", "queue id", "queue-id", "from",
	    "sender", "sender address", "sent by", NULL };
	size_t e = b, ls0 = ls;
	int i, cross = 0;

	while (e > ls && strchr(" \t<\"'(:=#", s[e - 1]) != NULL)
		e--;
	if (e == ls) {
		while (e > 0 && strchr(" \t\r\n<\"'(:=#", s[e - 1]) != NULL)
			e--;
		ls = 0;
		cross = 1;
	}
	for (i = 0; words[i] != NULL; i++)
		/* rev17: "sender address" only in the address's own line,
		 * the reply's words (ext23); a heading that ends in it
		 * ("Delivery to the following recipient failed for its
		 * sender address:") lists recipients below it. */
		if ((!cross || strcmp(words[i], "sender address") != 0) &&
		    word_before(s, ls, e, words[i]))
			return 1;
	return sender_label(s, ls0, b);
}

/* Whether the words right after the address that ends at offset e (of
 * len) call it the sender: a transcript's echo of MAIL FROM ("<<< 250
 * 2.1.0 <a@b>... Sender ok", Sendmail), "a@b: Sender address rejected"
 * (Postfix's smtpd); fwd1: "an email a@b addressed to ... c@d", the
 * message's writer before the recipient it was addressed to (a relay's
 * "delivery failure notification" whose own To a reply or a forward
 * loses). */
int
mx_ndr_sender_after(const char *s, size_t e, size_t len)
{
	while (e < len && strchr(">.:;, \t", s[e]) != NULL)
		e++;
	return (len - e >= 6 && strncasecmp(s + e, "sender", 6) == 0) ||
	    (len - e >= 12 && strncasecmp(s + e, "addressed to", 12) == 0 &&
	    (len - e == 12 || !isalnum((unsigned char)s[e + 12])));
}

/* Whether a starts as an IMCEA-encapsulated address: "IMCEA", its type
 * (EX, SMTP, X400, NOTES...), "-". */
static int
imcea_form(const char *a)
{
	size_t k = 5;

	if (strncasecmp(a, "IMCEA", 5) != 0)
		return 0;
	while (k < 16 && isalnum((unsigned char)a[k]))
		k++;
	return k > 5 && a[k] == '-';
}

/* Whether a names no rfc822 mailbox but another kind of address dressed
 * as one: an Exchange X.500 address (legacyExchangeDN) wrapped as
 * "IMCEAEX-_O=..._CN=x@host" (or another IMCEA form that gave no SMTP
 * address, mx_ndr_imcea_decode), an X.400 O/R address as a local part
 * (RFC 2156 §4.2: "/C=US/ADMD=../S=Kay/@gateway"), or a source route
 * (RFC 5321 §4.1.2 "@host:user@domain"; ext5: Sun/Oracle Messaging
 * Server's LMTP channel reports its internal route
 * "@store.example:user@ims_daemon" as the Final-Recipient). */
int
mx_ndr_foreign_addr(const char *a)
{
	const char *at = strchr(a, '@');

	return imcea_form(a) || (a[0] == '/' &&
	    at != NULL && memchr(a, '=', (size_t)(at - a)) != NULL) ||
	    (a[0] == '@' && strchr(a, ':') != NULL);
}

/*
 * An address that Exchange wrapped as "IMCEA<type>-<address>@gateway"
 * (IMCEA encapsulation: the foreign address as the local part, "+XX" hex
 * escapes): for IMCEASMTP-, the SMTP address it wraps ("IMCEASMTP-bob+40
 * example+2Enet@gw"); for another type, the SMTP address of its
 * domain-defined attribute when it has one (X.400's "dda:SMTP=a@b;");
 * in place.  Otherwise it stays as it was (mx_ndr_foreign_addr).
 */
void
mx_ndr_imcea_decode(char *a)
{
	char out[320], *at = strrchr(a, '@'), *dash, *p0;
	const char *p;
	size_t o = 0, n;
	int hi, lo;

	if (!imcea_form(a) || at == NULL || (dash = strchr(a, '-')) > at)
		return;
	for (p = dash + 1; p < at && o < sizeof out - 1; p++)
		if (*p == '+' && p + 2 < at && (hi = mx_hexval(p[1])) >= 0 &&
		    (lo = mx_hexval(p[2])) >= 0) {
			out[o++] = (char)(hi * 16 + lo);
			p += 2;
		} else
			out[o++] = *p;
	out[o] = '\0';
	p0 = out;
	if (strncasecmp(a, "IMCEASMTP-", 10) != 0) {
		for (p0 = out; *p0 != '\0' && strncasecmp(p0, "smtp=", 5) != 0;
		    p0++)
			;
		if (*p0 == '\0')
			return;
		p0 += 5;
		p0[strcspn(p0, ";")] = '\0';
	}
	/* Only when it gives one address. */
	n = strlen(p0);
	if (n > 2 && strchr(p0, '@') != NULL && strchr(p0, '@') ==
	    strrchr(p0, '@') && p0[0] != '@' && p0[n - 1] != '@')
		memmove(a, p0, n + 1);
}

/*
 * The recipient a VERP return path encodes (Variable Envelope Return
 * Paths, as Mailman and qmail write them: "list-bounces+bob=example.net
 * @host" for bob@example.net) into dst; 1 when to is one.
 */
int
mx_ndr_verp_addr(const char *to, char *dst, size_t dstsz)
{
	const char *at = strrchr(to, '@'), *plus, *eq, *p;

	if (at == NULL)
		return 0;
	for (plus = at; plus > to && plus[-1] != '+'; plus--)
		;
	if (plus == to)
		return 0;
	for (eq = at; eq > plus && eq[-1] != '='; eq--)
		;
	if (eq == plus || eq - 1 == plus || memchr(eq, '.', (size_t)(at -
	    eq)) == NULL || eq[0] == '.' || at[-1] == '.')
		return 0;
	for (p = eq; p < at; p++)
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.')
			return 0;
	snprintf(dst, dstsz, "%.*s@%.*s", (int)(eq - 1 - plus), plus,
	    (int)(at - eq), eq);
	return 1;
}
