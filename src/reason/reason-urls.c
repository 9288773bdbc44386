/*
 * reason-urls: the links in a reply (url1, issue 12).  Providers put a
 * help link in nearly every reply (Gmail's support.google.com/mail/?p=...,
 * Microsoft's aka.ms/..., NetEase's mail.163.com/help/help_spam_16.htm),
 * and the words of its path ("spam", "policy", "rate", "auth") are no
 * words of the reply: NetEase appends the same help_spam link to every
 * reply, whatever its code.  So the phrase and word rules read the text
 * with its links masked (mx_rr_mask_urls), and only the links below,
 * each a documented lookup or help page that names a cause, decide
 * anything from inside a link.
 */
#include <string.h>

#include "reason-rules-int.h"

/* A link that names a cause: its pattern (lower case, a piece of the
 * link's host and path as written after "scheme://") and the reason. */
static const struct {
	const char	*pat;
	int		 reason;
} url_rules[] = {
	/* Spamhaus's lookup of a listed IP or domain
	 * (www.spamhaus.org/query/ip/ADDR, check.spamhaus.org/listed/):
	 * the client is on its blocklists (RFC 5782). */
	{ "spamhaus.org/query/", MX_RR_BLOCKED },
	{ "check.spamhaus.org/listed", MX_RR_BLOCKED },
	/* SpamCop's blocklist lookup (www.spamcop.net/bl.shtml?ADDR). */
	{ "spamcop.net/bl.", MX_RR_BLOCKED },
	/* Barracuda's reputation lookup and removal
	 * (www.barracudacentral.org/lookups, /rbl/removal-request). */
	{ "barracudacentral.org/lookups", MX_RR_BLOCKED },
	{ "barracudacentral.org/rbl", MX_RR_BLOCKED },
	/* Proofpoint's DNSBL lookup, which its blocks give ("blocked using
	 * Proofpoint DNSBL; ... see
	 * https://support.proofpoint.com/dnsbl-lookup.cgi?ip=ADDR"). */
	{ "support.proofpoint.com/dnsbl-lookup", MX_RR_BLOCKED },
	/* Trend Micro's Email Reputation Services lookup (the MAPS lists,
	 * "deferred using Trend Micro Email Reputation database. Please
	 * see https://www.mail-abuse.com/cgi-bin/lookup?ADDR",
	 * docs.trendmicro.com, ERS). */
	{ "mail-abuse.com/cgi-bin/lookup", MX_RR_BLOCKED },
	/* set58: the CBL's lookup of a listed IP
	 * (cbl.abuseat.org/lookup.cgi?ip=ADDR), which refusals on its list
	 * quote (sendmail's check_relay "553 5.3.0 Blocked. See http://
	 * cbl.abuseat.org/lookup.cgi?ip=ADDR", set14's url.com.tw row); the
	 * CBL feeds Spamhaus's XBL.  Its home page names no listing. */
	{ "cbl.abuseat.org/lookup", MX_RR_BLOCKED },
	/* The SPF project's explanation of a failed check, which SPF
	 * refusals quote (www.openspf.org/Why?s=mfrom&id=..., and the
	 * older spf.pobox.com/why.html). */
	{ "openspf.org/why", MX_RR_AUTHFAILURE },
	/* set19: the project's later homes (www.openspf.net/Why?s=helo;
	 * id=...;ip=...;r=..., policyd-spf's reply, quoted in
	 * getconversio/email-deep-validator#18; open-spf.org). */
	{ "openspf.net/why", MX_RR_AUTHFAILURE },
	{ "open-spf.org/why", MX_RR_AUTHFAILURE },
	{ "spf.pobox.com", MX_RR_AUTHFAILURE },
	/* Gmail's page for messages that break RFC 5322
	 * (support.google.com/mail/?p=RfcMessageNonCompliant). */
	{ "support.google.com/mail/?p=rfcmessagenoncompliant",
	    MX_RR_NOTCOMPLIANTRFC },
	/* set15: qmail-smtpd's whole answer to a bare LF in the message
	 * ("451 See http://pobox.com/~djb/docs/smtplf.html.", its
	 * straynewline(); gen-smtp/gen_smtp#253): the page says the
	 * sender's line ends break RFC 5321 §2.3.8. */
	{ "cr.yp.to/docs/smtplf.htm", MX_RR_NOTCOMPLIANTRFC },
	{ "pobox.com/~djb/docs/smtplf.htm", MX_RR_NOTCOMPLIANTRFC },
	/* Sisimai's rows for the help_spam_16 page of Spamhaus and DSBL
	 * (lib/Sisimai/Reason/SpamDetected.pm); NetEase's own copy
	 * (mail.163.com/help/help_spam_16.htm) is in every NetEase reply,
	 * whatever its DT:/MI:/RP: code (163ns.com.cn/mail/MailFAQ.htm),
	 * so it names nothing. */
	{ "www.spamhaus.org/help/help_spam_16.htm", MX_RR_SPAMDETECTED },
	{ "dsbl.org/help/help_spam_16.htm", MX_RR_SPAMDETECTED },
};

/* Whether c ends a token that may hold a link. */
static int
link_stop(unsigned char c)
{
	return c <= ' ' || strchr("<>()[]{}\"'`|", c) != NULL;
}

/* Whether s[0, n) is a host name: labels of letters, digits and "-"
 * joined by dots, the last two or more letters ("aka.ms",
 * "support.google.com"; not "5.7.1" nor "and"). */
static int
host_name(const char *s, size_t n)
{
	size_t i, dot = n;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '.')
			dot = i;
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '-'))
			return 0;
	}
	if (dot == n || n - dot - 1 < 2)
		return 0;
	for (i = dot + 1; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

/* Where the link in the token s[a, b) starts ("scheme://" stays, so
 * that "blocked - see http" still reads), or b if the token is none: a
 * "scheme://" link, a "www." host, or a host followed by a path
 * ("aka.ms/smtp_auth_tls"). */
static size_t
link_start(const char *s, size_t a, size_t b)
{
	const char *p, *slash;

	for (p = s + a; p + 3 <= s + b; p++)
		if (memcmp(p, "://", 3) == 0)
			return (size_t)(p - s) + 3;
	if (b - a > 4 && memcmp(s + a, "www.", 4) == 0)
		return a;
	if ((slash = memchr(s + a, '/', b - a)) != NULL &&
	    host_name(s + a, (size_t)(slash - (s + a))))
		return a;
	return b;
}

/* Mask the links of lower-case text in place; see reason-rules.h. */
uint64_t
mx_rr_mask_urls(char *text, size_t len)
{
	uint64_t hits = 0;
	size_t a = 0, b, at, i, n;

	while (a < len) {
		for (; a < len && link_stop((unsigned char)text[a]); a++)
			;
		for (b = a; b < len && !link_stop((unsigned char)text[b]); b++)
			;
		/* a sentence's last stop is no part of its link */
		for (n = b; n > a && strchr(".,;:!", text[n - 1]) != NULL; n--)
			;
		if ((at = link_start(text, a, n)) < n) {
			for (i = 0; i < sizeof url_rules / sizeof url_rules[0];
			    i++)
				if (mx_rr_match_low(text + at, n - at,
				    url_rules[i].pat))
					hits |= BIT(url_rules[i].reason);
			memset(text + at, ' ', n - at);
		}
		a = b;
	}
	return hits;
}
