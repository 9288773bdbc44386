/*
 * reason-greylist: whether a transient (4xx) reply is greylisting (RFC
 * 6647 §2.1: a refusal meant to be retried), from the phrase classes of
 * the text (reason-scan.c) and the status code.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"
#include "reason-hosts.h"
#include "reason-rules.h"

/* Reasons whose words in a 4xx say it is no greylisting. */
static const uint64_t not_greylisting = RRBIT(MX_RR_BLOCKED) |
    RRBIT(MX_RR_REQUIREPTR) | RRBIT(MX_RR_SPAMDETECTED) |
    RRBIT(MX_RR_BADREPUTATION) | RRBIT(MX_RR_AUTHFAILURE) |
    RRBIT(MX_RR_SPEEDING) | RRBIT(MX_RR_TOOMANYCONN) |
    RRBIT(MX_RR_MAILBOXFULL) | RRBIT(MX_RR_SYSTEMFULL) |
    RRBIT(MX_RR_VIRUSDETECTED) | RRBIT(MX_RR_NORELAYING) |
    RRBIT(MX_RR_SYSTEMERROR) | RRBIT(MX_RR_SUSPEND) |
    RRBIT(MX_RR_USERUNKNOWN) |
    RRBIT(MX_RR_REJECTED);	/* mta2: the sender's domain named as the
				 * cause (Courier's "417 DNS lookup failure:
				 * example.org.  Try again later.") */

/*
 * fb6: words (whole tokens) by which a reply asks to be retried, what
 * greylisting does (RFC 6647 §2.1: a transient refusal the client is
 * meant to retry), when no phrase class names it ("please do not try
 * more than once per 5 minutes").
 */
#define ASKS_RETRY	"try|tries|retry*|again|later|resend*"

/*
 * How a transient (4xx) reply is read before the shared decision, from
 * the phrase classes of reason-scan.c (the same scan the bounce reader
 * makes), the status code and the reply's words: first row that holds
 * wins.
 *   need: some of these phrase classes are in the text (0: none needed);
 *   only: the text holds no phrase class outside these (0: any);
 *   veto: none of these phrase classes is in the text;
 *   status: the enhanced code is one of these ("" none, "*" any);
 *   generic: the status names no reason, or only "blocked" (RFC 3463
 *   §3.8: X.7.1 is any policy refusal);
 *   asks: the text holds one of these words ("|"-separated tokens;
 *   NULL: none needed).
 */
static const struct transient_rule {
	uint64_t	 need, only, veto;
	const char	*status;
	int		 generic;
	const char	*reason, *asks;
} transient_rules[] = {
	/* The server names greylisting (postgrey, milter-greylist,
	 * greylistd): proof, whatever else the text matches. */
	{ RRBIT(MX_RR_GREYLISTED), 0, 0, "*", 0, "greylisted", NULL },
	/* "Please try again later" and no other reason named. */
	{ RRBIT(MX_RR_RETRYLATER), 0, not_greylisting, "*", 1, "greylisted",
	  NULL },
	/* A "451 4.7.1" that names nothing but asks to be retried.  fb6:
	 * not one that asks nothing: RFC 3463 §3.8 makes X.7.1 any policy
	 * refusal ("per-host or per-recipient filtering"), so a 4xx 4.7.1
	 * whose words neither name a cause nor ask for a retry is a
	 * temporary policy refusal, as the status table reads it
	 * (blocked).  Tune data (make bench-live-fallback): all 17 4xx
	 * 4.7.1 labelled greylisted ask for the retry or name greylisting;
	 * of the 4 this row read with no words at all, 3 were labelled a
	 * block or a refused sender ("450 4.7.1 host mail.example.net
	 * [192.0.2.1] temporary failure #120"), the fourth, the one that
	 * asks, speeding or greylisting. */
	{ 0, RRBIT(MX_RR_RETRYLATER), 0, "4.7.1", 1, "greylisted",
	  ASKS_RETRY },
};

/* Whether status is one of a rule's status words. */
static int
status_fits(const char *want, const char *status)
{
	return strcmp(want, "*") == 0 || strcmp(want, status) == 0;
}

/* Whether text (any case) holds one of list's "|"-separated words. */
static int
asks_for(const char *list, const char *text, size_t len)
{
	char *low;
	int hit;

	if (len == 0)
		return 0;
	low = mx_rr_lowered(text, len);
	hit = mx_rr_any_of(list, low, len, mx_rr_token_match);
	free(low);
	return hit;
}

/* The reason a 4xx gets from transient_rules, or NULL. */
const char *
mx_reason_transient(const char *status, uint64_t hits, const char *text,
    size_t len)
{
	int sr = mx_rr_status(status);
	size_t i;

	for (i = 0; i < sizeof transient_rules / sizeof transient_rules[0];
	    i++) {
		const struct transient_rule *t = &transient_rules[i];

		if (t->need != 0 && (hits & t->need) == 0)
			continue;
		if (t->need == 0 && (hits & ~t->only) != 0)
			continue;
		if ((hits & t->veto) != 0 || !status_fits(t->status, status))
			continue;
		if (t->generic && sr != MX_RR_NONE && sr != MX_RR_BLOCKED)
			continue;
		if (t->asks != NULL && !asks_for(t->asks, text, len))
			continue;
		return t->reason;
	}
	return NULL;
}
