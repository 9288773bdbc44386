/*
 * live-fb3-cases: fb3's general evidence (issue 12), each kind with
 * wordings made up for the check (none is a held-out row) and replies it
 * must leave alone.  Included by t-live-reason.c (its struct live_case
 * and stage macros).
 *  - reason-protocol.c: a protocol status (RFC 3463 X.5.1, X.5.2, X.5.4;
 *    X.5.0 with a 500-504 code) at MAIL, RCPT or DATA faults the command
 *    when the words name no other cause;
 *  - reason-linkwords.c: the words of a help link ("spf", "dmarc",
 *    "smtplf", "rbl", "ptr") when the reply's own words name nothing;
 *  - reason-agree.c: the words' reason against the status's subject and
 *    the stage (a quota under X.7.x is a rate; a count of messages with
 *    a refusal word at the greeting is a block);
 *  - reason-subjects.c: X.2.0 ("other or undefined mailbox status")
 *    names no cause, as X.0.0, so the subject rules may read its words.
 */
static const struct live_case fb3_cases[] = {
	/* Protocol statuses. */
	{ "any", R, "550 5.5.1 Command not understood here", "syntaxerror",
	  "-" },
	{ "any", M, "501 5.5.4 Parameter XFOO=1 not recognised",
	  "syntaxerror", "-" },
	{ "any", D, "554 5.5.1 Error: no recipients were accepted",
	  "syntaxerror", "-" },
	{ "any", M, "503 5.5.0 Nested MAIL command", "syntaxerror", "-" },
	{ "any", R, "500 5.5.2 Command line malformed", "syntaxerror", "-" },
	/* ... left alone: X.5.0 with another code, the greeting (no
	 * command of ours), words naming a cause, X.5.3. */
	{ "any", R, "550 5.5.0 Requested action not taken: mailbox "
	  "unavailable", "userunknown", "-" },
	{ "any", B, "554 5.5.1 Go away", "blocked", "-" },
	{ "any", R, "554 5.5.4 Your IP address is listed at a blocklist",
	  "blocked", "-" },
	{ "any", R, "452 4.5.3 Too many recipients", "toomanyconn", "-" },
	/* Help-link words. */
	{ "any", R, "550 5.7.1 Refused. Please see "
	  "https://help.example.net/dmarc-failures", "authfailure", "-" },
	{ "any", M, "550 Rejected - http://www.example.org/spf/why?ip=x",
	  "authfailure", "-" },
	{ "any", D, "451 See http://example.org/docs/smtplf.html.",
	  "notcompliantrfc", "-" },
	{ "any", R, "550 5.7.1 Refused, details at "
	  "https://example.net/PtrRecordHelp", "requireptr", "-" },
	{ "any", M, "550 Go to https://example.net/delist/form",
	  "blocked", "-" },
	/* ... left alone: a link's words that name nothing, and a reply
	 * whose words or status name the reason. */
	{ "any", D, "550 5.7.1 Refused, see "
	  "http://example.net/help/help_spam_16.htm", "spamdetected", "-" },
	{ "any", R, "550 5.1.1 User unknown, see https://example.net/spf",
	  "userunknown", "-" },
	/* The words' reason against the status and the stage. */
	{ "any", R, "450 4.7.1 Quota exceeded", "speeding", "-" },
	{ "any", M, "421 4.7.1 Quota exceeded, try later", "speeding", "-" },
	{ "any", B, "554 Host 192.0.2.1 blocked: too many messages sent "
	  "this hour", "blocked", "-" },
	/* ... left alone: a mailbox's quota, a transient count at the
	 * greeting, a count with no refusal word. */
	{ "any", R, "452 4.2.2 Quota exceeded", "mailboxfull", "-" },
	{ "any", R, "552 Quota exceeded", "mailboxfull", "-" },
	{ "any", B, "421 Too many messages from you this hour, slow down",
	  "speeding", "-" },
	/* X.2.0 read as naming no cause; its words still decide. */
	{ "any", D, "552 5.2.0 Broken MIME structure", "notcompliantrfc",
	  "-" },
	{ "any", R, "550 5.2.0 Mailbox unavailable", "filtered", "-" },
	{ "any", D, "552 5.2.0 Spam message refused", "spamdetected", "-" },
};
