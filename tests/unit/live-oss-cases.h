/*
 * live-oss-cases: the refusals of the open-source mail servers, delivery
 * agents and filters that sit in front of many real mail systems, as their
 * sources word them: OpenSMTPD, Haraka, Stalwart, maddy, Dovecot LMTP,
 * Cyrus lmtpd, amavis, spamass-milter, policyd-spf, OpenDMARC, rspamd and
 * Zimbra.  Placeholders are filled with example.org and 192.0.2.x.  Each
 * label was decided from the text's meaning and the man page's REASONS
 * before the classifier was run.  Included by t-live-reason.c (uses its
 * struct live_case, its stage macros and run_cases()).
 * Before the rules were changed for them, 42 of the 50 were right:
 * OpenSMTPD's AUTH-first and EHLO-argument refusals, Haraka's karma,
 * amavis's BANNED and BAD_HEADER, policyd-spf's temperror, and the two
 * rows of oss_todo.  A row in oss_todo is a known disagreement (TAP
 * TODO), kept with its label and the reason no rule was fitted to it.
 */
static const struct live_case oss_cases[] = {
	/* OpenSMTPD, usr.sbin/smtpd/smtp_session.c (OpenSMTPD/OpenSMTPD):
	 * smtp_reply() with esc_code()/esc_description() of esc.c.  The
	 * RCPT failure line comes from lka_session.c ("550 Invalid
	 * recipient", "524 5.2.4 Mailing list expansion problem") followed
	 * by ": <address>". */
	{ "opensmtpd", R, "550 Invalid recipient: <u@example.org>",
	  "userunknown", "sender" },
	{ "opensmtpd", R, "524 5.2.4 Mailing list expansion problem: "
	  "<u@example.org>", "systemerror|mailererror", "-" },
	{ "opensmtpd", R, "451 4.5.3 Too many recipients: Too many "
	  "recipients", "exceedlimit|toomanyconn|speeding", "us" },
	{ "opensmtpd", M, "452 4.5.3 Too many recipients: Too many messages "
	  "sent", "toomanyconn|speeding|exceedlimit", "us" },
	{ "opensmtpd", M, "530 5.5.1 Invalid command: Must issue a STARTTLS "
	  "command first", "securityerror", "-" },
	{ "opensmtpd", M, "530 5.5.1 Invalid command: Must issue an AUTH "
	  "command first", "securityerror|norelaying", "-" },
	{ "opensmtpd", M, "553 5.1.0 Sender address syntax error",
	  "syntaxerror|rejected", "us" },
	{ "opensmtpd", R, "501 5.1.3 Recipient address syntax error",
	  "syntaxerror|userunknown", "-" },
	{ "opensmtpd", E, "501 5.5.4 Invalid command arguments: Invalid "
	  "domain name", "syntaxerror|blocked", "us" },
	{ "opensmtpd", D, "554 5.3.4 Message too big for system: Transaction "
	  "failed, message too big", "mesgtoobig", "-" },
	{ "opensmtpd", D, "500 5.4.6 Routing loop detected: Loop detected",
	  "networkerror|systemerror|mailererror", "-" },
	{ "opensmtpd", D, "550 5.7.1 Delivery not authorized, message "
	  "refused: Message is not RFC 2822 compliant",
	  "notcompliantrfc|contenterror", "-" },
	{ "opensmtpd", M, "421 4.3.0 Temporary Error", "systemerror", "-" },
	/* smtp_session.c, IMSG_SMTP_CHECK_SENDER: the sender table refuses
	 * the sender for the authenticated user. */
	{ "opensmtpd", M, "530 Sender rejected", "rejected|securityerror",
	  "-" },
	/* The connect-phase filters of the smtpd.conf(5) example (man page
	 * FILTERS section and the poolp.org mail server guide), copied into
	 * very many OpenSMTPD configurations as they are. */
	{ "opensmtpd", B, "550 no rDNS is so 80s", "requireptr", "us" },
	{ "opensmtpd", B, "550 no FCrDNS is so 80s", "requireptr", "us" },
	{ "opensmtpd", B, "550 no residential connections", "blocked", "us" },

	/* Haraka (haraka/Haraka).  connection.js rcpt_respond(): no plugin
	 * accepted the recipient (not a domain it serves, or no such
	 * user). */
	{ "haraka", R, "550 I cannot deliver mail for <u@example.org>",
	  "norelaying|userunknown", "-" },
	/* plugins/helo.checks.js: our EHLO name is refused. */
	{ "haraka", E, "550 HELO must have a dot", "blocked|syntaxerror",
	  "us" },
	{ "haraka", E, "550 Invalid address format in HELO",
	  "blocked|syntaxerror", "us" },
	{ "haraka", E, "550 HELO is dynamic", "blocked|requireptr", "us" },
	{ "haraka", E, "550 You are not who you say you are",
	  "blocked|requireptr", "us" },
	{ "haraka", E, "550 HELO IP literal does not match your IP address",
	  "blocked|syntaxerror", "us" },
	/* plugins/karma.js: the connection's reputation score. */
	{ "haraka", R, "550 very bad karma score: -12",
	  "blocked|badreputation", "us" },
	/* plugins/max_unrecognized_commands.js (DENYSOFTDISCONNECT). */
	{ "haraka", E, "421 Too many unrecognized commands",
	  "syntaxerror|notcompliantrfc", "-" },

	/* Stalwart (stalwartlabs/mail-server), crates/smtp/src/inbound/
	 * rcpt.rs. */
	{ "stalwart", R, "550 5.1.2 Mailbox does not exist.", "userunknown",
	  "sender" },
	{ "stalwart", R, "550 5.1.2 Relay not allowed.", "norelaying", "-" },

	/* maddy (foxcpp/maddy), internal/check/dnsbl/dnsbl.go. */
	{ "maddy", M, "554 5.7.0 Client identity is listed in the used DNSBL",
	  "blocked", "us" },

	/* Dovecot LMTP (dovecot/core), src/lmtp/lmtp-local.c: unknown user,
	 * quota (quota_exceeded_message's default text; 452 with
	 * quota_full_tempfail), temporary failures. */
	{ "dovecot", R, "550 5.1.1 <u@example.org> User doesn't exist: "
	  "u@example.org", "userunknown", "sender" },
	{ "dovecot", R, "552 5.2.2 <u@example.org> Quota exceeded (mailbox "
	  "for user is full)", "mailboxfull", "recipient" },
	{ "dovecot", D, "452 4.2.2 <u@example.org> Quota exceeded (mailbox "
	  "for user is full)", "mailboxfull", "recipient" },
	{ "dovecot", R, "451 4.3.0 <u@example.org> Temporary internal error",
	  "systemerror", "-" },
	{ "dovecot", R, "451 4.3.0 <u@example.org> Too many concurrent "
	  "deliveries for user", "systemerror|toomanyconn", "-" },

	/* Cyrus IMAP lmtpd (cyrusimap/cyrus-imapd), imap/lmtpengine.c:
	 * IMAP_MAILBOX_NONEXISTENT and IMAP_QUOTA_EXCEEDED (452, or 552
	 * with lmtp_over_quota_perm_failure). */
	{ "cyrus", R, "550-Mailbox unknown.  Either there is no mailbox "
	  "associated with this\n550-name or you do not have authorization "
	  "to see it.\n550 5.1.1 User unknown", "userunknown", "sender" },
	{ "cyrus", R, "452 4.2.2 Over quota", "mailboxfull", "recipient" },
	{ "cyrus", R, "552 5.2.2 Over quota", "mailboxfull", "recipient" },

	/* amavis (amavisd-new), amavisd: "Reject, id=LOG_ID - REASON" with
	 * the contents category; the BAD_HEADER row as a real bounce
	 * quotes it. */
	{ "amavis", D, "554 5.7.0 Reject, id=12345-01 - spam",
	  "spamdetected", "-" },
	{ "amavis", D, "554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-"
	  "Test-Signature", "virusdetected", "-" },
	{ "amavis", D, "554 5.7.0 Reject, id=12345-01 - BANNED: document."
	  "pdf.exe", "contenterror|policyviolation|filtered", "-" },
	{ "amavis", D, "554 5.7.0 Reject, id=18169-17 - BAD_HEADER: Header "
	  "field occurs more than once: \"Cc\" occurs 5 times",
	  "notcompliantrfc|contenterror", "-" },
	{ "amavis", D, "451 4.5.0 Error in processing, id=12345-01, "
	  "virus_scan FAILED: virus scanners failed", "systemerror", "-" },

	/* spamass-milter (SpamAssassin), spamass-milter.cpp: the default
	 * rejecttext and rejectcode. */
	{ "spamass-milter", D, "550 5.7.1 Blocked by SpamAssassin",
	  "spamdetected", "-" },

	/* policyd-spf (python-policyd-spf) through Postfix's
	 * check_policy_service: a failed SPF check, and a check it could
	 * not run (temperror, defer_if_permit). */
	{ "policyd-spf", R, "550 5.7.23 <u@example.org>: Recipient address "
	  "rejected: Message rejected due to: SPF fail - not authorized. "
	  "Please see http://www.openspf.net/Why?s=mfrom;id=s@example.org;"
	  "ip=192.0.2.1;r=<UNKNOWN>", "authfailure", "us" },
	{ "policyd-spf", R, "450 4.7.1 <u@example.org>: Recipient address "
	  "rejected: SPF Temporary Error: DNS Timeout",
	  "systemerror|networkerror", "-" },

	/* OpenDMARC (trusteddomainproject/OpenDMARC), opendmarc/opendmarc.c:
	 * DMARC_REJECT_SMTP, DMARC_REJECT_ESC, "rejected by DMARC policy
	 * for %s". */
	{ "opendmarc", D, "550 5.7.1 rejected by DMARC policy for "
	  "example.org", "authfailure", "us" },

	/* rspamd (rspamd/rspamd) defaults through its milter or proxy:
	 * the reject message, the greylisting module's message and the
	 * ratelimit module's. */
	{ "rspamd", D, "554 5.7.1 Spam message rejected", "spamdetected",
	  "-" },
	{ "rspamd", D, "451 4.7.1 Try again later", "greylisted", "-" },
	{ "rspamd", D, "451 4.7.1 Rate limit exceeded", "speeding", "us" },

	/* Zimbra (Postfix with LDAP recipient maps; its LMTP server's
	 * quota refusal). */
	{ "zimbra", R, "550 5.1.1 <u@example.org>: Recipient address "
	  "rejected: example.org", "userunknown", "sender" },
	{ "zimbra", D, "552 5.2.2 Over quota", "mailboxfull", "recipient" },
};

/* Known disagreements, kept as labelled. */
static const struct live_todo oss_todo[] = {
	{ "524 5.2.4 Mailing list expansion problem: <u@example.org>",
	  "RFC 3463's X.2.4 is filtered in the status table the bounce "
	  "reader shares (Sisimai's mapping); an alias or forward that "
	  "fails to expand is the receiving side's fault" },
	{ "421 Too many unrecognized commands", "as Cisco's \"421 Exceeded "
	  "bad SMTP command limit\" (gw2): our client sends no unknown "
	  "command, and a word rule for this one text would fit no other" },
};
