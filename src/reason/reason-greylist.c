/*
 * reason-greylist: whether a transient (4xx) reply is greylisting (RFC
 * 6647 §2.1: a refusal meant to be retried), from the phrase classes of
 * the text (reason-scan.c) and the status code.
 */
#include <string.h>

#include "reason-int.h"

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
 * How a transient (4xx) reply is read before the shared decision, from
 * the phrase classes of reason-scan.c (the same scan the bounce reader
 * makes) and the status code: first row that holds wins.
 *   need: some of these phrase classes are in the text (0: none needed);
 *   only: the text holds no phrase class outside these (0: any);
 *   veto: none of these phrase classes is in the text;
 *   status: the enhanced code is one of these ("" none, "*" any);
 *   generic: the status names no reason, or only "blocked" (RFC 3463
 *   §3.8: X.7.1 is any policy refusal).
 */
static const struct transient_rule {
	uint64_t	 need, only, veto;
	const char	*status;
	int		 generic;
	const char	*reason;
} transient_rules[] = {
	/* The server names greylisting (postgrey, milter-greylist,
	 * greylistd): proof, whatever else the text matches. */
	{ RRBIT(MX_RR_GREYLISTED), 0, 0, "*", 0, "greylisted" },
	/* "Please try again later" and no other reason named. */
	{ RRBIT(MX_RR_RETRYLATER), 0, not_greylisting, "*", 1, "greylisted" },
	/* A bare "451 4.7.1" that asks nothing and names nothing. */
	{ 0, RRBIT(MX_RR_RETRYLATER), 0, "4.7.1", 1, "greylisted" },
};

/* Whether status is one of a rule's status words. */
static int
status_fits(const char *want, const char *status)
{
	return strcmp(want, "*") == 0 || strcmp(want, status) == 0;
}

/* The reason a 4xx gets from transient_rules, or NULL. */
const char *
mx_reason_transient(const char *status, uint64_t hits)
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
		return t->reason;
	}
	return NULL;
}
