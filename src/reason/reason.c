/*
 * reason: from one SMTP reply at a stage to a reason word
 * (mx_reason_classify).  The decision is the one the bounce reader makes
 * (reason-rules.c: enhanced status codes of RFC 3463 §3 first where they
 * are specific, phrases where the code is generic, the SMTP command the
 * reply came at); what is particular to a live reply is weighed here:
 * greylisting (reason-greylist.c, RFC 6647 §2.1: a transient refusal
 * meant to be retried), the partial evidence of a refusal
 * (reason-clues.c), and what the stage implies (reason-stage.c) when
 * neither code nor text says anything.
 */
#include <string.h>

#include "reason-int.h"

/* The phrase hits of f's text, scanned once. */
static uint64_t
fact_hits(struct mx_rr_fact *f)
{
	if (!f->scanned) {
		f->hits = mx_rr_scan(f->text, f->textlen);
		f->scanned = 1;
	}
	return f->hits;
}

/* Classify a reply; see reason.h. */
const char *
mx_reason_classify(enum mx_stage st, int code, const char *esc,
    const char *text)
{
	struct mx_rr_fact f;
	const char *reason, *data;
	int r;

	memset(&f, 0, sizeof f);
	f.status = esc != NULL ? esc : "";
	f.replycode = code;
	f.text = text != NULL ? text : "";
	f.textlen = strlen(f.text);
	f.command = mx_reason_stage_command(st);
	/* Microsoft's X.7.500-X.7.699 (Exchange Online, AS(...) codes)
	 * that the status table's Microsoft block does not name (that
	 * block holds the documented meanings): 4xx throttles a sender; a
	 * 5xx bans its IP (5.7.606-649) unless its words name another
	 * cause ("5.7.504 Recipient address rejected: Access denied" is an
	 * unknown address): the text is read first, and only a generic
	 * reading falls back. */
	if (mx_rr_microsoft_status(f.status)) {
		if (code / 100 == 4)
			return "speeding";
		r = mx_rr_decide_words(&f);
		if (mx_rr_microsoft_generic(r))
			return "blocked";
		return mx_reason_stage_form(st, code, f.status, mx_rr_name(r));
	}
	/*
	 * A transient refusal that asks to come back: greylisting.  The
	 * status 4.7.1 alone is no proof (RFC 3463 §3.8 makes it any policy
	 * refusal): "450 4.7.1 ... blocked using zen.spamhaus.org" is a
	 * block, "450 4.7.1 ... cannot find your hostname" is reverse DNS.
	 * transient_rules (reason-greylist.c) says when.
	 */
	if (code / 100 == 4) {
		const char *grey;

		grey = mx_reason_transient(f.status, fact_hits(&f), f.text,
		    f.textlen);
		/* A bare request to come back is no greylisting at AUTH,
		 * which keys on no sender or recipient (RFC 6647 §2.1): it
		 * is the server's passing trouble ("454 Try again later",
		 * RFC 4954 §6's temporary authentication failure). */
		if (grey != NULL && (f.hits & RRBIT(MX_RR_GREYLISTED)) == 0 &&
		    st == MX_ST_AUTH)
			grey = NULL;
		if (grey != NULL && (f.hits & RRBIT(MX_RR_GREYLISTED)) == 0 &&
		    strncmp(f.status, "4.7.", 4) != 0 &&
		    !mx_reason_names_refusal(f.text, f.textlen) &&
		    !mx_reason_names_client_link(f.text, f.textlen) &&
		    mx_reason_names_server_state(f.text, f.textlen))
			/* fb1: one whose words name the server's own state
			 * is its passing trouble (reason-clues.c), unless
			 * its status is the policy class greylisting
			 * servers answer with ("451 4.7.1 Service
			 * unavailable - try again later"). */
			return "systemerror";
		if (grey != NULL && ((f.hits & RRBIT(MX_RR_GREYLISTED)) != 0 ||
		    (!mx_reason_names_refusal(f.text, f.textlen) &&
		    !mx_reason_names_client_link(f.text, f.textlen))))
			return grey;
	}
	/* fb3: a protocol status (RFC 3463 X.5.x) faults our command when
	 * the words name no other cause (reason-protocol.c). */
	if ((reason = mx_reason_protocol(st, code, f.status, f.text,
	    f.textlen, fact_hits(&f))) != NULL)
		return reason;
	/* fb1: a refusal word near what it governs (the sender, the
	 * recipient, our address, the message: reason-subjects.c), when no
	 * phrase and no status names a reason; before the IP address that
	 * a reply may quote for another cause ("192.0.2.1> This message has
	 * exceded the max number of messages per session"). */
	/* The catch-all phrase "was blocked by <agent>" alone yields to a
	 * row that reads the agent (mx_reason_subject_read). */
	if ((reason = mx_reason_subject_read(st, code, f.status,
	    fact_hits(&f), f.text, f.textlen)) != NULL)
		return mx_reason_stage_form(st, code, f.status, reason);
	/* fb3: a help link's words ("openspf.net/Why", "smtplf.html") when
	 * the reply's own words name nothing (reason-linkwords.c). */
	if (mx_reason_subject_applies(code, f.status, fact_hits(&f)) &&
	    (reason = mx_reason_link_words(f.text, f.textlen)) != NULL)
		return mx_reason_stage_form(st, code, f.status, reason);
	/* prior1: a link naming an IP address, or a permanent refusal
	 * naming one, no phrase naming a cause, and a status that names
	 * none but a policy: the client's address is refused
	 * (reason-clues.c). */
	if (mx_reason_client_stage(st) && fact_hits(&f) == 0 &&
	    (f.status[0] == '\0' || mx_reason_generic_policy(f.status) ||
	    strcmp(f.status + 1, ".0.0") == 0) &&
	    (mx_reason_names_client_link(f.text, f.textlen) ||
	    (code / 100 == 5 && mx_reason_names_ip(f.text, f.textlen))))
		return "blocked";
	r = mx_rr_decide(&f);
	reason = mx_rr_name(r);
	if (r == MX_RR_ONHOLD || r == MX_RR_UNDEFINED || r == MX_RR_VACATION) {
		/* A 4xx that says nothing more: the server's passing trouble;
		 * at the greeting too when no word refuses us (RFC 5321
		 * §3.8: 421 is the service closing, "421 unable to read
		 * controls"). */
		/* lt1: unless, at RCPT, its words name the recipient's
		 * filter and no missing address ("452 Mailbox delivery
		 * restricted by policy"): a filter refusing for now. */
		if (code / 100 == 4 && st == MX_ST_RCPT &&
		    (fact_hits(&f) & (RRBIT(MX_RR_FILTERED) |
		    RRBIT(MX_RR_USERUNKNOWN))) == RRBIT(MX_RR_FILTERED))
			return "filtered";
		if (code / 100 == 4 && (st >= MX_ST_MAIL ||
		    !mx_reason_names_refusal(f.text, f.textlen)))
			return "systemerror";
		/* live6: a 5xx at RCPT names a refusal, no missing address
		 * (RFC 5321 §4.2.2: 550 is also "command rejected for policy
		 * reasons"): the recipient's side filters us ("550 That
		 * recipient is not allowed", "550 User in blacklist"). */
		/* live7: so does a 5xx at RCPT whose words the rules call
		 * filtered ("550 Your message was rejected by this user"):
		 * the phrase pass holds filtered back before DATA, as a
		 * bounce's filtered-at-RCPT is an unknown user, but a live
		 * reply that names no missing address is the recipient's
		 * refusal. */
		if (code / 100 == 5 && st == MX_ST_RCPT &&
		    (mx_reason_names_refusal(f.text, f.textlen) ||
		    (fact_hits(&f) & (RRBIT(MX_RR_FILTERED) |
		    RRBIT(MX_RR_USERUNKNOWN))) == RRBIT(MX_RR_FILTERED)))
			return "filtered";
		/* fb4: after DATA the default, a refused content, gives
		 * way to words naming a spam filter or the receiver's own
		 * failure (reason-datadefault.c). */
		if ((reason = mx_reason_stage_default(st, code)) != NULL &&
		    strcmp(reason, "contenterror") == 0 &&
		    (data = mx_reason_data_default(st, code, f.text,
		    f.textlen)) != NULL)
			return data;
		if (reason != NULL)
			return reason;
		return "systemerror";
	}
	/* lt1: after DATA the bounce convention (Sisimai's) reads
	 * unknown-user words as a filter's; a live reply to our own DATA
	 * that names only a missing recipient ("554 Rcpt <u> does not
	 * exist", RFC 2033 §4.2's per-recipient reply) names it unknown. */
	/* rev13: only a missing recipient, no other reason and no refusal
	 * named ("550 Unknown user, message quarantined by spam filter",
	 * "550 Invalid recipient: blocked by antispam gateway", Postfix's
	 * "554 5.7.1 Recipient address rejected: Access denied" stay a
	 * filter's). */
	if (r == MX_RR_FILTERED && st == MX_ST_DATA &&
	    (fact_hits(&f) & ~MX_RR_NOT_A_REASON) ==
	    RRBIT(MX_RR_USERUNKNOWN) &&
	    !mx_reason_names_refusal(f.text, f.textlen))
		return "userunknown";
	/* At MAIL a bare policy code (5.7.1 "Access denied") refuses our
	 * sender; a security reason needs words that say so (5.7.0 "Must
	 * issue a STARTTLS command first"). */
	/* live6: a permanent refusal at the greeting or EHLO whose status
	 * names only a fault of the dialogue ("554 5.5.4 Spam IP
	 * rejected") refuses the client (RFC 5321 §3.1: 554 instead of the
	 * greeting), when its words say so. */
	/* prior1: so does one whose words name nothing, when no command of
	 * ours can be at fault (no_command_at_fault).  Tune data: 5 of 5
	 * 501s to EHLO and 3 of 3 554 5.5.4 greetings are blocked. */
	/* set31: not when a word rule names the receiving system's own
	 * setup as the cause (an LMTP server refusing SMTP's EHLO: "500
	 * Error: EHLO not allowed in LMTP server"), whose refusal word
	 * refuses the command, not our host. */
	if (code / 100 == 5 && (st == MX_ST_CONNECT || st == MX_ST_BANNER ||
	    st == MX_ST_EHLO || st == MX_ST_HELO || st == MX_ST_EHLO2) &&
	    (r == MX_RR_SYSTEMERROR || r == MX_RR_SYNTAXERROR) &&
	    (fact_hits(&f) & RRBIT(MX_RR_SYSTEMERROR)) == 0 &&
	    (mx_reason_names_refusal(f.text, f.textlen) ||
	    (fact_hits(&f) == 0 && mx_reason_no_command_at_fault(st, code))))
		return "blocked";
	/* oss: a 501 to EHLO or HELO refuses its one argument, our name
	 * (RFC 5321 §4.1.1.1, §4.2.2 "Syntax error in parameters or
	 * arguments"; OpenSMTPD's "501 5.5.4 Invalid command arguments:
	 * Invalid domain name"), not the server's trouble. */
	if (code == 501 && r == MX_RR_SYSTEMERROR && (st == MX_ST_EHLO ||
	    st == MX_ST_HELO || st == MX_ST_EHLO2))
		return "syntaxerror";
	/* rev12: RFC 4954 §6 gives AUTH's 534 ("Authentication mechanism is
	 * too weak") and 538 ("Encryption required for requested
	 * authentication mechanism") meanings of their own: a status naming
	 * only the mail system's features (qmail's "538 auth not available
	 * without TLS (#5.3.3)", RFC 3463 X.3.3 "System not capable of
	 * selected features") gives way to the code when no word names the
	 * receiver's own failure. */
	if (st == MX_ST_AUTH && (code == 534 || code == 538) &&
	    r == MX_RR_SYSTEMERROR &&
	    (fact_hits(&f) & RRBIT(MX_RR_SYSTEMERROR)) == 0)
		return "securityerror";
	/* At MAIL a syntax code whose words refuse the sender's address
	 * (Exim smtp_in.c "501 <s>: sender address must contain a domain")
	 * is about that address, not our command's syntax. */
	if (st == MX_ST_MAIL && r == MX_RR_SYNTAXERROR &&
	    (fact_hits(&f) & RRBIT(MX_RR_REJECTED)))
		return "rejected";
	/* mta2: a 4xx greeting whose status names the mail system (RFC
	 * 3463 X.3.x; Exchange's "421 4.3.2 Service not available, closing
	 * transmission channel", RFC 5321 §3.8's own 421 words) and whose
	 * words refuse nobody is the server's passing trouble.  set14: not
	 * when a word rule names the block and the text names our address
	 * (Naver's "421 4.3.2 Your IP(192.0.2.1) is filtered and this
	 * connection will be closed"). */
	if (code / 100 == 4 && (st == MX_ST_CONNECT || st == MX_ST_BANNER) &&
	    r == MX_RR_BLOCKED && f.status[0] != '\0' &&
	    strncmp(f.status + 1, ".3.", 3) == 0 &&
	    ((fact_hits(&f) & RRBIT(MX_RR_BLOCKED)) == 0 ||
	    !mx_reason_names_ip(f.text, f.textlen)) &&
	    !mx_reason_names_refusal(f.text, f.textlen))
		return "systemerror";
	/* mta2: a 5xx at RCPT read as an unknown address or a security
	 * failure from its code or status alone, whose status names no
	 * address (not X.1.x) and whose words refuse us ("553 sorry, your
	 * envelope recipient has been denied (#5.7.1)", Exchange's "550
	 * 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"), is the
	 * recipient's side filtering us, as the man page's userunknown
	 * says. */
	if (code / 100 == 5 && st == MX_ST_RCPT &&
	    (r == MX_RR_USERUNKNOWN || r == MX_RR_SECURITYERROR) &&
	    (f.status[0] == '\0' || strncmp(f.status + 1, ".1.", 3) != 0) &&
	    mx_reason_names_refusal(f.text, f.textlen) &&
	    (fact_hits(&f) & RRBIT(r)) == 0)
		return "filtered";
	/* RFC 4954 §6: 530 asks for AUTH whatever the stage, and 534, 535
	 * and 538 answer an AUTH attempt.  cat1: a 503 (RFC 5321 §4.2.2 "Bad
	 * sequence of commands"), or words naming a syntax error ("501
	 * 5.7.11 Syntax error (no parameters allowed)"), fault our command,
	 * not our sender. */
	if (st == MX_ST_MAIL && strcmp(reason, "securityerror") == 0 &&
	    (fact_hits(&f) & RRBIT(MX_RR_SECURITYERROR)) == 0 && code != 530 &&
	    code != 534 && code != 535 && code != 538)
		reason = code == 503 || mx_rr_match(f.text, f.textlen,
		    "syntax error") ? "syntaxerror" : "rejected";
	reason = mx_reason_status_form(st, code, f.status, fact_hits(&f),
	    reason);
	/* fb3: the words' reason weighed against the status's subject and
	 * the stage (reason-agree.c). */
	reason = mx_reason_agree(st, code, f.status, f.text, f.textlen,
	    reason);
	return mx_reason_stage_form(st, code, f.status, reason);
}
