/*
 * reason-datadefault: what a permanent refusal after the message means
 * when no phrase, no status and no word rule names a cause (fb4, issue
 * 12).  The stage's default (reason-stage.c) says the content was
 * refused (RFC 5321 §4.2.3: 554 "Transaction failed" after the final
 * dot); but a reply whose own words name a spam filter was refused by
 * that filter, and one whose words name only the receiver's own failure
 * (an error, a timeout, a failed delivery; RFC 5321 §4.2.1: 5yz is any
 * permanent failure) says nothing against the content.  On the tune
 * halves' first runs of sets 21-34, 13 refusals after DATA took the
 * default and were wrong: 5 named spam, 4 the receiver's failure, none
 * was read wrong by either kind of words (bench/local.mk, fb4).
 */
#include <stdlib.h>

#include "reason-int.h"
#include "reason-hosts.h"
#include "reason-rules.h"

/* Words that keep the default: a spam verdict's when the reply names
 * malware instead; a failure's when it names a refusal or a part of the
 * message (its content, a header, a line, its size or syntax) or the
 * sender, which the content or the sender's record may have caused. */
#define SPAM_UNLESS	"virus*|malware|phish*"
#define FAIL_UNLESS	"reject*|refus*|denied|deny|block*|not accepted|" \
	"not allowed|not welcome|policy|content|header*|body|attachment*|" \
	"line|lines|size|virus*|syntax|invalid|illegal|prohibited|" \
	"forbidden|bounce*|sender|from"

/* Words that keep a domain named invalid the content's: a domain in the
 * message's links or body, a blocklist of domains, or one the reply ties
 * to a recipient or our HELO. */
#define DOMAIN_UNLESS	"url|urls|uri|uris|link|links|body|content|" \
	"listed|blocklist*|blacklist*|dbl|surbl|uribl|spam|virus*|" \
	"recipient|recipients|rcpt|helo|ehlo"

/* A row: words (whole tokens, "|"-separated), words that keep the
 * default, and what the reply means then.  Each row's comment names the
 * sets whose tune-half first-run misses suggested its words (so that
 * bench/live-firstrun.py --loso leaves a set's own words out of its
 * port). */
static const struct {
	const char	*words, *unless, *means;
} data_rules[] = {
	/* A spam filter named: sets 31 and 33 ("550 Due to spam from
	 * onmicrosoft.com we have implemented restrictions", "550 this mail
	 * is blocked by kenfor.spam system"). */
	{ "spam", SPAM_UNLESS, "spamdetected" },
	/* set 33 ("550 this mail is rejected by antispam system") */
	{ "antispam", SPAM_UNLESS, "spamdetected" },
	/* SpamAssassin, the filter most receivers run, by name. */
	{ "spamassassin", SPAM_UNLESS, "spamdetected" },
	/* The receiver's own failure named, no refusal and no part of the
	 * message: sets 22 and 29 ("550 Internal delivery error", "554
	 * 5.5.0 Error: transaction timeout"). */
	{ "error|errors", FAIL_UNLESS, "systemerror" },
	/* set 22 ("550 Internal delivery error") */
	{ "internal", FAIL_UNLESS, "systemerror" },
	/* set 29 ("554 5.5.0 Error: transaction timeout") */
	{ "timeout|timed out", FAIL_UNLESS, "systemerror" },
	/* set 30 ("550 Could not send e-mail (1 failures out of 2
	 * recipients)") */
	{ "could not|failures", FAIL_UNLESS, "systemerror" },
	/* set 31 ("550 This message has been retried for the maximum
	 * period of 5 days and has permanently failed") */
	{ "failed|failure", FAIL_UNLESS, "systemerror" },
	/* fb1's words of the server's own state (reason-clues.c). */
	{ "cannot|unable", FAIL_UNLESS, "systemerror" },
	/* A domain named invalid or unknown, nothing else named: after the
	 * final dot every recipient has been taken (RFC 5321 §3.3), so the
	 * domain refused is the message's own, our sender's or its From
	 * domain (a DMARC domain check after DATA), not its content: set 49
	 * (Libero's "550 Invalid Domain [smtp-41.iol.local]", as Suped's
	 * guide quotes it). */
	{ "invalid domain|unknown domain|bad domain|domain invalid|"
	    "domain unknown|nonexistent domain|non-existent domain",
	    DOMAIN_UNLESS, "rejected" },
};

/* What a 5xx after DATA whose words the rules leave to the stage's
 * default means (data_rules), or NULL: the default stands. */
const char *
mx_reason_data_default(enum mx_stage st, int code, const char *text,
    size_t len)
{
	const char *means = NULL;
	char *low;
	size_t i;

	if (st != MX_ST_DATA || code / 100 != 5 || len == 0)
		return NULL;
	low = mx_rr_lowered(text, len);
	(void)mx_rr_mask_urls(low, len);
	for (i = 0; means == NULL && i < sizeof data_rules /
	    sizeof data_rules[0]; i++)
		if (mx_rr_any_of(data_rules[i].words, low, len,
		    mx_rr_token_match) &&
		    !mx_rr_any_of(data_rules[i].unless, low, len,
		    mx_rr_token_match))
			means = data_rules[i].means;
	free(low);
	return means;
}
