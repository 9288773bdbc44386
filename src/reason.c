/*
 * reason: from an SMTP reply to a reason word.  Enhanced status codes
 * (RFC 3463 §3) decide first where they are specific; phrases decide where
 * the code is generic (5.0.0, 5.7.1, 550); the stage decides last.  The
 * rules are tables: how servers phrase failures, not one server's wording.
 */
#include <string.h>
#include <strings.h>

#include "reason.h"

/* A specific enhanced status code (subject.detail) and its reason. */
struct esc_rule {
	const char	*esc;		/* without the class digit: ".1.1" */
	const char	*reason;
};

/* RFC 3463 §3.2-3.9 codes that say one thing only. */
static const struct esc_rule esc_rules[] = {
	{ ".1.1", "userunknown" }, { ".1.2", "hostunknown" },
	{ ".1.3", "userunknown" }, { ".1.4", "userunknown" },
	{ ".1.6", "hasmoved" }, { ".1.8", "rejected" },
	{ ".1.10", "userunknown" }, { ".2.1", "suspend" },
	{ ".2.2", "mailboxfull" }, { ".2.3", "mesgtoobig" },
	{ ".3.4", "mesgtoobig" }, { ".3.0", "systemerror" },
	{ ".3.1", "systemfull" }, { ".3.2", "notaccept" },
	{ ".3.5", "systemerror" },
	{ ".4.1", "networkerror" }, { ".4.2", "networkerror" },
	{ ".4.3", "systemerror" }, { ".4.4", "hostunknown" },
	{ ".4.6", "networkerror" }, { ".4.7", "expired" },
	{ ".5.3", "toomanyconn" }, { ".5.1", "syntaxerror" },
	{ ".5.2", "syntaxerror" }, { ".5.4", "syntaxerror" },
	{ ".6.0", "contenterror" }, { ".7.0", "securityerror" },
	{ ".7.8", "securityerror" }, { ".7.9", "securityerror" },
	{ ".7.10", "securityerror" }, { ".7.11", "securityerror" },
	{ ".7.13", "suspend" }, { ".7.14", "securityerror" },
	{ ".7.23", "authfailure" }, { ".7.24", "authfailure" },
	{ ".7.25", "requireptr" }, { ".7.26", "authfailure" },
	{ ".7.27", "notaccept" },
};

/* A phrase (lower case) and the reason it names. */
struct phrase_rule {
	const char	*phrase;
	const char	*reason;
};

/* Phrases, most specific first; checked case-insensitively. */
static const struct phrase_rule phrase_rules[] = {
	{ "greylist", "greylisted" }, { "graylist", "greylisted" },
	{ "grey-list", "greylisted" }, { "gray-list", "greylisted" },
	{ "greylisting", "greylisted" }, { "try again later", "greylisted" },
	{ "please try again", "greylisted" },
	{ "mailbox full", "mailboxfull" }, { "mailbox is full", "mailboxfull" },
	{ "over quota", "mailboxfull" }, { "quota exceeded", "mailboxfull" },
	{ "exceeded storage", "mailboxfull" }, { "insufficient storage",
	    "mailboxfull" },
	{ "message size exceeds", "mesgtoobig" }, { "message too large",
	    "mesgtoobig" }, { "message is too large", "mesgtoobig" },
	{ "size exceeds", "mesgtoobig" }, { "too big", "mesgtoobig" },
	{ "exceeds size limit", "mesgtoobig" },
	{ "relay access denied", "norelaying" }, { "relaying denied",
	    "norelaying" }, { "not permitted to relay", "norelaying" },
	{ "relay not permitted", "norelaying" },
	{ "user unknown", "userunknown" }, { "unknown user", "userunknown" },
	{ "no such user", "userunknown" }, { "mailbox unavailable",
	    "userunknown" }, { "recipient address rejected", "userunknown" },
	{ "does not exist", "userunknown" }, { "unknown recipient",
	    "userunknown" }, { "invalid recipient", "userunknown" },
	{ "no mailbox", "userunknown" }, { "address rejected",
	    "userunknown" },
	{ "account disabled", "suspend" }, { "account has been disabled",
	    "suspend" }, { "suspended", "suspend" },
	{ "spamhaus", "blocked" }, { "blocklist", "blocked" },
	{ "blacklist", "blocked" }, { "block list", "blocked" },
	{ "listed at", "blocked" }, { "listed in", "blocked" },
	{ "dnsbl", "blocked" }, { "rbl", "blocked" }, { "blocked",
	    "blocked" }, { "client host rejected", "blocked" },
	{ "poor reputation", "badreputation" }, { "reputation",
	    "badreputation" },
	{ "reverse dns", "requireptr" }, { "reverse lookup", "requireptr" },
	{ "ptr record", "requireptr" }, { "cannot find your hostname",
	    "requireptr" },
	{ "spf", "authfailure" }, { "dmarc", "authfailure" },
	{ "dkim", "authfailure" },
	{ "sender address rejected", "rejected" }, { "sender rejected",
	    "rejected" }, { "domain of sender", "rejected" },
	{ "spam", "spamdetected" }, { "virus", "virusdetected" },
	{ "too many connections", "toomanyconn" }, { "too many recipients",
	    "toomanyconn" }, { "rate limit", "speeding" },
	{ "must issue a starttls", "securityerror" }, { "tls required",
	    "securityerror" }, { "encryption required", "securityerror" },
	{ "authentication required", "securityerror" },
	{ "does not accept mail", "notaccept" },
};

/* Case-insensitive substring search. */
static int
contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

/* The reason a stage implies when nothing more specific is known. */
static const char *
stage_default(enum mx_stage st, int code)
{
	switch (st) {
	case MX_ST_BANNER:
	case MX_ST_EHLO:
	case MX_ST_HELO:
		return "blocked";		/* our client IP or name */
	case MX_ST_MAIL:
		return "rejected";		/* our sender */
	case MX_ST_RCPT:
		return code == 550 || code == 553 ? "userunknown" : "filtered";
	default:
		return "systemerror";
	}
}

/* Classify a reply; see reason.h. */
const char *
mx_reason_classify(enum mx_stage st, int code, const char *esc,
    const char *text)
{
	size_t i;
	const char *sub = esc != NULL && esc[0] != '\0' ? esc + 1 : "";

	if (text == NULL)
		text = "";
	/* 4xx + a hint of retrying: greylisting (e.g. 450 4.7.1). */
	if (code / 100 == 4 && (strcmp(sub, ".7.1") == 0 ||
	    contains(text, "greylist") || contains(text, "graylist") ||
	    contains(text, "try again")))
		return "greylisted";
	for (i = 0; i < sizeof esc_rules / sizeof esc_rules[0]; i++)
		if (strcmp(sub, esc_rules[i].esc) == 0) {
			/* 4.3.2 "not accepting" passes: not a null MX. */
			if (code / 100 == 4 && strcmp(esc_rules[i].reason,
			    "notaccept") == 0)
				return "systemerror";
			return esc_rules[i].reason;
		}
	for (i = 0; i < sizeof phrase_rules / sizeof phrase_rules[0]; i++)
		if (contains(text, phrase_rules[i].phrase))
			return phrase_rules[i].reason;
	if (strcmp(sub, ".7.1") == 0)
		return st == MX_ST_RCPT ? "filtered" : "blocked";
	if (code == 552 && st == MX_ST_MAIL)
		return "mesgtoobig";
	if (code == 552)
		return "mailboxfull";
	return stage_default(st, code);
}

/* Whether a reason is one that passes by itself (a 4xx, greylisting). */
int
mx_reason_is_temporary(const char *reason, int code)
{
	return code / 100 == 4 || strcmp(reason, "greylisted") == 0;
}
