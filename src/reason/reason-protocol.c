/*
 * reason-protocol: what an enhanced status code's subject says when the
 * words of a reply name no cause of their own (fb3, issue 12).  RFC 3463
 * §3.6 (X.5.x, "Mail Delivery Protocol Status") is the class a server
 * answers with when it faults the command it was given, not its address
 * or the message: X.5.1 "Invalid command", X.5.2 "Syntax error", X.5.4
 * "Invalid command arguments", and X.5.0 "Other or undefined protocol
 * status" when the reply code is itself one of RFC 5321 §4.2.2's command
 * faults (500-504).  The mail systems' replies follow it: "503 5.5.1
 * Error: need RCPT command", "501 5.5.4 Unrecognized parameter", "554
 * 5.5.1 Error: no valid recipients" (DATA before any RCPT was taken).
 * Not X.5.3 (too many recipients, its own reason) nor X.5.5/X.5.6.
 * Only after our command (MAIL, RCPT, DATA, and set45 AUTH: RFC 4954 §4
 * answers an AUTH mechanism it does not support with 504, KPN's "504
 * 5.5.4 Unsupported AUTH mechanism"): at the greeting or EHLO the same
 * statuses refuse the client ("554 5.5.4 Spam IP rejected").
 * syn1: the reply code 555 has a meaning of its own at MAIL and RCPT
 * (RFC 5321 §4.2.3 "MAIL FROM/RCPT TO parameters not recognized or not
 * implemented", RFC 1869 §6), which a reply without a status (or with
 * X.0.0, X.5.0) keeps unless its words name any cause at all.
 */
#include <string.h>

#include "reason-int.h"

/* The X.5.x details that fault the command, and the reply codes they
 * need (0: any 5xx).  Each row's comment names the replies that
 * suggested it (t-live-reason's cases, the held-out sets' tune halves). */
static const struct {
	const char	*detail;	/* after "5." */
	int		 lo, hi;	/* reply codes, 0: any */
} protocol_details[] = {
	/* X.5.1 Invalid command (t-live-reason: "503 5.5.1 no MAIL", "503
	 * 5.5.1 SMTP protocol error: RCPT before MAIL"; sets 17, 20: "554
	 * 5.5.1 Error: no valid recipients", "503 5.5.1 command out of
	 * sequence"). */
	{ "5.1", 0, 0 },
	/* X.5.2 Syntax error (t-live-reason: "500 5.5.2 Line too long",
	 * "502 5.5.2 no RSET"). */
	{ "5.2", 0, 0 },
	/* X.5.4 Invalid command arguments (t-live-reason: "501 5.5.4
	 * Unknown parameter in MAIL FROM"; set 17: "501 5.5.4 Unrecognized
	 * parameter"). */
	{ "5.4", 0, 0 },
	/* X.5.0 with a command fault's code (set 15: "503 5.5.0 SMTP
	 * protocol violation: A mail transaction is already in
	 * progress"). */
	{ "5.0", 500, 504 },
};

/*
 * Phrase classes that do not overrule the status: what a protocol
 * status's words ("protocol violation", "Protocol error", "no valid
 * recipients") are read as when no rule knows them.  A reply whose words
 * name another cause ("554 5.5.4 Your IP address has a bad reputation")
 * keeps it, and so does one that refuses in words no rule reads ("550
 * 5.5.4 Sender blocked", "550 5.5.1 Denied by policy": a refusal word,
 * reason-clues.c), which no command's syntax explains.
 */
static const uint64_t protocol_words = RRBIT(MX_RR_SYSTEMERROR) |
    RRBIT(MX_RR_FILTERED) | RRBIT(MX_RR_POLICYVIOLATION) |
    RRBIT(MX_RR_CONTENTERROR) | RRBIT(MX_RR_SYNTAXERROR);

/* Whether a 555 at MAIL or RCPT faults our command's parameters by its
 * code alone (RFC 5321 §4.2.3, RFC 1869 §6): no status, or one that
 * names no subject (X.0.0, X.5.0); words of syntax may stand beside it. */
static int
params_fault(enum mx_stage st, int code, const char *status, uint64_t hits)
{
	if (code != 555 || (st != MX_ST_MAIL && st != MX_ST_RCPT) ||
	    (hits & ~RRBIT(MX_RR_SYNTAXERROR)) != 0)
		return 0;
	return status == NULL || status[0] == '\0' ||
	    (status[0] == '5' && (strcmp(status + 1, ".0.0") == 0 ||
	    strcmp(status + 1, ".5.0") == 0));
}

/* The reason a protocol status gives a permanent reply at our command,
 * or NULL; see reason-int.h. */
const char *
mx_reason_protocol(enum mx_stage st, int code, const char *status,
    const char *text, size_t len, uint64_t hits)
{
	size_t i;
	uint64_t allowed = protocol_words;

	if (params_fault(st, code, status, hits) &&
	    !mx_reason_names_refusal(text, len))
		return "syntaxerror";
	if (code / 100 != 5 || status == NULL || status[0] != '5' ||
	    (st != MX_ST_MAIL && st != MX_ST_RCPT && st != MX_ST_DATA &&
	    st != MX_ST_AUTH))
		return NULL;
	/* at DATA no recipient is named: "no valid recipients" is the
	 * command's sequence (RFC 5321 §3.3: DATA after no accepted RCPT) */
	if (st == MX_ST_DATA)
		allowed |= RRBIT(MX_RR_USERUNKNOWN);
	if ((hits & ~allowed) != 0 || mx_reason_names_refusal(text, len))
		return NULL;
	for (i = 0; i < sizeof protocol_details / sizeof protocol_details[0];
	    i++)
		if (strcmp(status + 2, protocol_details[i].detail) == 0 &&
		    (protocol_details[i].lo == 0 ||
		    (code >= protocol_details[i].lo &&
		    code <= protocol_details[i].hi)))
			return "syntaxerror";
	return NULL;
}
