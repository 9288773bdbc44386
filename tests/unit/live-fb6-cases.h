/*
 * live-fb6-cases: fb6's audit of the live classifier's defaults (issue
 * 12): a 4xx 4.7.1 whose words name no cause is greylisting only when
 * they ask to be retried (reason-greylist.c's transient_rules; RFC 3463
 * §3.8 X.7.1 is any policy refusal, RFC 6647 §2.1 greylisting a refusal
 * meant to be retried); and a refusal of AUTH with no status is
 * securityerror by its code (RFC 4954 §6: 530, 534, 535, 538), not the
 * server's trouble (reason-stage.c's stage_defaults).  Wordings made up
 * for the check (none is a
 * held-out row), with the look-alikes it must leave alone.  Included by
 * t-live-reason.c (its struct live_case and stage macros).
 */
static const struct live_case fb6_cases[] = {
	/* A 4xx 4.7.1 that asks nothing: a temporary policy refusal, as
	 * the status table reads X.7.1 (greylisted before fb6). */
	{ "any", R, "450 4.7.1 <u@example.org>: temporary failure",
	  "blocked", "-" },
	{ "any", B, "421 4.7.1 mx.example.net: temporary deferral",
	  "blocked", "-" },
	{ "any", R, "451 4.7.1 Delivery deferred (rule 12)", "blocked",
	  "-" },
	/* ... left alone: one that asks for the retry in any words, one
	 * that names greylisting, one that names another cause. */
	{ "any", R, "451 4.7.1 Please retry in five minutes", "greylisted",
	  "-" },
	{ "any", R, "451 4.7.1 Temporary failure, resend later",
	  "greylisted", "-" },
	{ "any", M, "451 4.7.1 Not yet, try again in a while",
	  "greylisted", "-" },
	{ "any", R, "450 4.7.1 Service unavailable - try again later",
	  "greylisted", "-" },
	{ "any", R, "451 4.7.1 Greylisted for 5 minutes", "greylisted",
	  "-" },
	{ "any", R, "450 4.7.1 Client host blocked using bl.example.net",
	  "blocked", "-" },
	{ "any", R, "451 4.7.1 Rate limited, try later", "speeding", "-" },
	/* ... and a bare 4xx of another status, which never was
	 * greylisting. */
	{ "any", R, "451 4.3.0 Temporary failure", "systemerror", "-" },
	/* AUTH refused, its code alone naming why (systemerror before
	 * fb6). */
	{ "any", MX_ST_AUTH, "535 Login refused", "securityerror", "-" },
	{ "any", MX_ST_AUTH, "534 Mechanism not good enough",
	  "securityerror", "-" },
	{ "any", MX_ST_AUTH, "538 Use TLS first", "securityerror", "-" },
	/* ... left alone: a temporary failure of AUTH (RFC 4954 §6: 454
	 * "Temporary authentication failure"), read by its words as
	 * before, and words naming the server's own error, which the rules
	 * read first. */
	{ "any", MX_ST_AUTH, "454 4.7.0 Temporary authentication failure",
	  "securityerror", "-" },
	{ "any", MX_ST_AUTH, "535 Internal server error, try later",
	  "systemerror", "-" },
	/* A bare request to come back at AUTH: no greylisting there (it
	 * keys on sender and recipient, RFC 6647 §2.1), the server's
	 * passing trouble (RFC 4954 §6's 454); at RCPT it still reads as
	 * greylisting. */
	{ "any", MX_ST_AUTH, "454 Try again later", "systemerror", "-" },
	{ "any", MX_ST_RCPT, "450 Try again later", "greylisted", "-" },
};
