/*
 * reason-linkwords: the words of a help link a reply quotes (fb3, issue
 * 12).  Mail systems point a refused sender at a page about the cause,
 * and name the page after it: the SPF project's "Why" page that SPF
 * filters quote (policyd-spf: "Please see http://www.openspf.net/Why?
 * s=mfrom;id=..."), a DMARC or DKIM page, qmail's page on bare LFs
 * (cr.yp.to/docs/smtplf.html), a DNS blocklist's
 * lookup or delisting form, a page on reverse DNS (PTR).  A link's words
 * are read only when the reply's own words name nothing (reason.c), and
 * only words that name one mechanism count: a help link's "spam",
 * "policy", "help" or "error" name nothing (NetEase quotes its help_spam
 * page in every reply, reason-urls.c).  The words are the link's host
 * and path cut at what is not a letter or digit, and at a capital after
 * a small letter ("RfcMessageNonCompliant", "OverQuota").
 */
#include <string.h>

#include "reason-int.h"

/* A link word and the reason the page it names is about.  Each row's
 * comment names the replies that suggested it, where any did. */
static const struct {
	const char	*word;
	const char	*reason;
} link_words[] = {
	/* The SPF project's "Why" page (RFC 7208; sets 17, 19:
	 * "http://www.openspf.net/Why?s=helo;id=...", policyd-spf). */
	{ "openspf", "authfailure" },
	/* Sender authentication named in the page (RFC 7208 SPF, RFC 6376
	 * DKIM, RFC 7489 DMARC: a provider's ".../postmaster/dmarc"). */
	{ "spf", "authfailure" }, { "dkim", "authfailure" },
	{ "dmarc", "authfailure" },
	/* qmail's page on a bare LF (set 15: "451 See
	 * http://pobox.com/~djb/docs/smtplf.html."; RFC 5321 §2.3.8). */
	{ "smtplf", "notcompliantrfc" },
	/* A DNS blocklist (RFC 5782) lookup or removal form: the client's
	 * address is listed. */
	{ "dnsbl", "blocked" }, { "rbl", "blocked" },
	{ "blocklist", "blocked" }, { "blacklist", "blocked" },
	{ "delist", "blocked" }, { "unblock", "blocked" },
	/* The client's reverse DNS (RFC 1912 §2.1: a PTR for every
	 * address). */
	{ "rdns", "requireptr" }, { "ptr", "requireptr" },
	{ "fcrdns", "requireptr" },
};

/* Whether c may be part of a link. */
static int
link_byte(unsigned char c)
{
	return c > ' ' && strchr("<>()[]{}\"'`|", c) == NULL;
}

/* Whether c is a letter or a digit. */
static int
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* The reason of the link word s[0, n) (any case), or NULL. */
static const char *
word_reason(const char *s, size_t n)
{
	size_t i, k;

	for (i = 0; i < sizeof link_words / sizeof link_words[0]; i++) {
		if (strlen(link_words[i].word) != n)
			continue;
		for (k = 0; k < n && (s[k] | 0x20) == link_words[i].word[k];
		    k++)
			;
		if (k == n)
			return link_words[i].reason;
	}
	return NULL;
}

/* The reason the words of the link s[0, n) name, or NULL: the first
 * word of the table's that the link holds. */
static const char *
link_reason(const char *s, size_t n)
{
	size_t a = 0, b;
	const char *why;

	while (a < n) {
		for (; a < n && !alnum((unsigned char)s[a]); a++)
			;
		for (b = a; b < n && alnum((unsigned char)s[b]); b++)
			/* "OverQuota": a capital after a small letter
			 * starts a word */
			if (b > a && s[b] >= 'A' && s[b] <= 'Z' &&
			    s[b - 1] >= 'a' && s[b - 1] <= 'z')
				break;
		if (b > a && (why = word_reason(s + a, b - a)) != NULL)
			return why;
		a = b;
	}
	return NULL;
}

/* The reason the links of a reply's text name, or NULL; see
 * reason-int.h.  A link starts at "scheme://" or "www.". */
const char *
mx_reason_link_words(const char *text, size_t len)
{
	size_t a = 0, b;
	const char *p, *why;

	while (a < len) {
		for (; a < len && !link_byte((unsigned char)text[a]); a++)
			;
		for (b = a; b < len && link_byte((unsigned char)text[b]); b++)
			;
		p = NULL;
		if (b - a > 4 && strncmp(text + a, "www.", 4) == 0)
			p = text + a;
		else {
			const char *q;

			for (q = text + a; q + 3 <= text + b; q++)
				if (memcmp(q, "://", 3) == 0) {
					p = q + 3;
					break;
				}
		}
		if (p != NULL && (why = link_reason(p, (size_t)(text + b -
		    p))) != NULL)
			return why;
		a = b;
	}
	return NULL;
}
