/*
 * live-gateway-cases: the refusals security gateways and outbound or
 * hosting mail providers document for their own systems (issue 12: "a
 * set of real providers' replies you will not see"): Hornetsecurity,
 * Sophos Email, MailChannels, Trend Micro, Barricade MX (smtpf), Plesk,
 * hosting providers' mail pages (Neo, PolarisMail, Iridis, Host Media,
 * IntoHost, XMission), FortiMail, and outbound providers (Amazon SES,
 * SendGrid, Emailit, SMTP2GO, Oracle Cloud Email Delivery, Maropost,
 * CloudMails).  Each row cites the page it came from.  Placeholders are
 * example.org, u@ / s@ and 192.0.2.1.
 *
 * Held-out sets: before a row went in, its distinctive words were looked
 * up in every bench/live-heldout*.tsv and in the unit checks
 * (tests/unit, its .c and .h files), and a row found there was left out
 * (first batch: 90 harvested, 9 held out, 11 already unit checks).
 * bench/live-heldout16.tsv and 17, merged to main while this file grew,
 * mined the same pages: the 26 rows they hold (MailChannels 9, Iridis 4,
 * ASSP 4, Symantec.cloud's KB 3, antispameurope 3, SendGrid, CloudMails,
 * Oracle Cloud 1 each) were then left out too, and the rules written
 * from those rows alone taken out, so no held-out row, blind or not, is
 * a unit check or decided by a rule fitted to its text.
 *
 * Each label (reason, actor) was decided from the vendor's own
 * explanation of the reply and the man page's REASONS before the
 * classifier was run on any row (labelled before running), batch by
 * batch; alternatives ("a|b") where the explanation allows two readings;
 * the actor is the one the REASONS table gives each allowed reason.
 * Rows that give a vendor's table entry (Hornetsecurity, Sophos, Trend
 * Micro, XMission) write its definition as the reply's text, as the
 * table shows it.  Included by t-live-reason.c (its struct live_case,
 * stage macros and run_cases()).
 *
 * First run of the 76 rows kept, before any rule of cat2 (src/reason as
 * on main at 3ab09e1): 52 of 76 (68.4%); by batch 35 of 47, 7 of 12, 3
 * of 5, 3 of 5, 4 of 7.  After cat2's general rules: 70 of 76.  The
 * rules: XMission's XM-RJCT codes in reason-hosts.c; in
 * reason-word-rules.c a quota counted per hour or day, a quota named
 * with a throttled sending, and a limit per second are sending rates;
 * an address (not a host) on a refused list is the sender refused or
 * the recipient refusing; a compliance rule is a policy; a zombie, a
 * denied connection and too many failed logins are blocks; a sending
 * domain named restricted, unverified, unconfigured or paused is the
 * sender refused; a problem the server names meeting, and a service
 * named temporarily unavailable, are its own trouble; a message's
 * headers against RFC 822/2822/5322 break the format; SMTP AUTH named
 * failed is a security error.  fb1's subject rules (reason-subjects.c:
 * at MAIL a passing refusal still refuses our sender) read SendGrid's
 * "403 You are not authorized to send from that email address", a TODO
 * until then.  The five left are gateway_todo's.
 * A row in gateway_todo is a known disagreement (TAP TODO), kept with
 * its label and the reason no rule was fitted to it.
 */
static const struct live_case gateway_cases[] = {
	/* Hornetsecurity (antispameurope, resold as EveryCloud): its
	 * documented reason codes and definitions, as its table gives them
	 * (support.everycloud.com/support/solutions/articles/4000039509,
	 * "Workspace reason codes") */
	{ "hornetsecurity", R,
	  "450 4.1.1 rejection when relay check is enabled",
	  "userunknown|norelaying", "sender|remote admin" },
	{ "hornetsecurity", R,
	  "450 4.5.6 temporary failure in MTA - please retry",
	  "systemerror", "remote admin" },
	{ "hornetsecurity", D,
	  "552 5.5.2 message size (content filter)",
	  "mesgtoobig", "sender" },
	{ "hornetsecurity", D,
	  "554 5.6.3 spam text signature detected",
	  "spamdetected", "sender" },
	{ "hornetsecurity", D,
	  "554 5.6.9 Rejected by custom Compliance Filter Rule",
	  "policyviolation|filtered", "remote admin|recipient" },
	/* Sophos Email (Central): its XGEMAIL_00nn codes with the
	 * descriptions of docs.sophos.com/central/customer/help/en-
	 * us/ManageYourProducts/EmailSecurity/SMTPErrorCodes (the status
	 * digits are the reply's; XGEMAIL_0006 and _0011 are left out, held
	 * out or already a check) */
	{ "sophos", D,
	  "550 5.7.1 XGEMAIL_0001 Message didn't contain a valid DKIM "
	  "signature.",
	  "authfailure", "us" },
	{ "sophos", M,
	  "550 5.7.1 XGEMAIL_0002 Message failed an SPF check.",
	  "authfailure", "us" },
	{ "sophos", D,
	  "550 5.7.1 XGEMAIL_0003 Message failed a DMARC check.",
	  "authfailure", "us" },
	{ "sophos", B,
	  "550 5.7.1 XGEMAIL_0004 Sender IP address failed an RBL "
	  "test.",
	  "blocked", "us" },
	{ "sophos", M,
	  "550 5.7.1 XGEMAIL_0005 Sender domain failed a DBL test.",
	  "rejected", "us" },
	{ "sophos", R,
	  "550 5.7.1 XGEMAIL_0007 Message rejected because your "
	  "license has expired.",
	  "systemerror", "remote admin" },
	{ "sophos", M,
	  "550 5.7.1 XGEMAIL_0008 Message rejected because a domain, "
	  "an IP address, or an email address is in the admin block "
	  "list.",
	  "rejected|blocked|filtered", "us|recipient" },
	{ "sophos", R,
	  "550 5.7.1 XGEMAIL_0009 Message rejected because a domain, "
	  "an IP address, or an email address is in the user block "
	  "list.",
	  "filtered", "recipient" },
	{ "sophos", R,
	  "550 5.7.1 XGEMAIL_0010 Message rejected because the "
	  "recipient's domain isn't a Sophos Email protected domain.",
	  "norelaying", "remote admin" },
	{ "sophos", D,
	  "552 5.3.4 XGEMAIL_0012 Message rejected because it "
	  "exceeded the allowed size.",
	  "mesgtoobig", "sender" },
	{ "sophos", R,
	  "452 4.5.3 XGEMAIL_0013 Message rejected because it "
	  "exceeded the maximum number of recipients allowed for a "
	  "large message.",
	  "toomanyconn", "us" },
	{ "sophos", R,
	  "450 4.7.1 XGEMAIL_0014 Message rejected because it "
	  "exceeded the recipient's inbound rate limit for the single "
	  "sender.",
	  "speeding", "us" },
	{ "sophos", R,
	  "450 4.7.1 XGEMAIL_0015 Message rejected because it "
	  "exceeded the recipient's total inbound rate limit from all "
	  "senders.",
	  "speeding", "us" },
	/* MailChannels' outbound filtering (docs.mailchannels.com/outbound/
	 * smtp-errors: a 550 5.7.1 with a bracketed tag naming the filter
	 * that fired); the [CS] text as pastebin.com/BihkfJpV quotes it,
	 * labelled from its words (a message blocked, a false positive to
	 * report): the content.  The other MailChannels rows first taken
	 * are left out: bench/live-heldout16.tsv holds them. */
	{ "mailchannels", D,
	  "550 5.7.1 [CS] Message blocked. If this is a false "
	  "positive, please report this to your hosting service "
	  "provider.",
	  "spamdetected", "sender" },
	/* Neo (Titan-based hosting mail): "Understanding Outgoing Email
	 * Reject Codes", support.neo.space/hc/en-us/articles/37327516188441
	 * (rate and bounce limits of the sender's account) */
	{ "neo", R,
	  "550 5.4.6 <u@example.org>: Recipient address rejected: "
	  "Sender Daily Quota Exceeded",
	  "speeding", "us" },
	{ "neo", R,
	  "550 5.4.6 <u@example.org>: Recipient address rejected: "
	  "Sender Domain Daily Limit Exceeded",
	  "speeding", "us" },
	{ "neo", R,
	  "550 5.4.6 <u@example.org>: Recipient address rejected: "
	  "Sender Domain Hourly Bounce Limit Exceeded",
	  "speeding|blocked", "us" },
	{ "neo", R,
	  "550 5.4.6 <u@example.org>: Recipient address rejected: "
	  "Sender Daily Bounce Limit Exceeded",
	  "speeding|blocked", "us" },
	{ "neo", R,
	  "550 5.4.6 <u@example.org>: Recipient address rejected: "
	  "Sender Domain Daily Bounce Limit Exceeded",
	  "speeding|blocked", "us" },
	/* PolarisMail (hosting):
	 * wiki.polarismail.com/display/Support/Common+Problems (the daily
	 * send limit) */
	{ "polarismail", M,
	  "462 Daily send limit reached. Please try again tomorrow",
	  "speeding", "us" },
	/* Iridis mailRelay/mailFeed (outbound relay service):
	 * portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (its
	 * prefixed response codes; SND-NUL, RPT-VFY, MSG-RFC and MSG-EXT
	 * are left out: bench/live-heldout16.tsv holds them) */
	{ "iridis", D,
	  "550 MSG-VMS: This message contains a virus, malware or "
	  "spam",
	  "virusdetected|spamdetected", "sender" },
	{ "iridis", R,
	  "550 Recipient domain not found in DNS",
	  "hostunknown", "sender" },
	/* Trend Micro Deep Discovery Email Inspector 5.1 online help, "SMTP
	 * error codes" (docs.trendmicro.com/en-
	 * us/documentation/article/deep-discovery-email-inspector-51-online-
	 * help-smtp-error-codes); IMSVA 8.2 "Email reputation" (550 for
	 * RBL+, 450 for Zombie matches) */
	{ "trendmicro", M,
	  "421 Block temporarily (Sender Filtering/Authentication)",
	  "blocked|speeding|authfailure|rejected", "us" },
	{ "trendmicro", M,
	  "521 Block permanently (Sender Filtering/Authentication)",
	  "blocked|authfailure|rejected", "us" },
	{ "trendmicro", B,
	  "450 Temporary denial of connection (450) for Zombie "
	  "matches (ERS)",
	  "blocked", "us" },
	{ "trendmicro", B,
	  "550 Permanent denial of connection (550) for RBL+ matches "
	  "(ERS)",
	  "blocked", "us" },
	/* Barricade MX (smtpf), an SMTP filtering proxy: its list of replies
	 * with their causes, snertsoft.com/smtp/smtpf/reply.html (2.1.2,
	 * 2.3.12) and milter.info/smtp/smtpf/reply.html (2.1.56); rows held
	 * out elsewhere (#121, #129, #131, #132) left out */
	{ "smtpf", B,
	  "550 5.7.1 host mail.example.net [192.0.2.1] black listed "
	  "#120",
	  "blocked", "us" },
	{ "smtpf", B,
	  "450 4.7.1 host mail.example.net [192.0.2.1] temporary "
	  "failure #120",
	  "blocked", "us" },
	{ "smtpf", B,
	  "550 5.7.1 host mail.example.zz [192.0.2.1] from unknown "
	  "TLD #122",
	  "blocked|requireptr", "us" },
	{ "smtpf", M,
	  "550 5.7.1 host mail.example.net [192.0.2.1] sender "
	  "<s@example.org> black listed #125",
	  "blocked|rejected", "us" },
	{ "smtpf", M,
	  "550 5.7.1 sender <s@example.org> black listed #127",
	  "rejected", "us" },
	{ "smtpf", M,
	  "450 4.7.1 sender <s@example.org> temporary failure #815",
	  "rejected", "us" },
	{ "smtpf", M,
	  "550 5.7.1 sender <s@example.test> from RFC2606 reserved "
	  "domain #128",
	  "rejected", "us" },
	{ "smtpf", R,
	  "550 5.7.1 special case of at-sign in local-part denied "
	  "#133",
	  "syntaxerror|userunknown|policyviolation", "us|sender|remote admin" },
	{ "smtpf", R,
	  "550 5.7.1 host mail.example.net [192.0.2.1] recipient "
	  "<u@example.org> black listed #135",
	  "blocked|filtered", "us|recipient" },
	{ "smtpf", R,
	  "550 5.7.1 sender <s@example.org> recipient <u@example.org> "
	  "black listed #137",
	  "filtered|rejected", "recipient|us" },
	{ "smtpf", R,
	  "550 5.7.1 recipient <u@example.org> black listed #139",
	  "filtered|suspend", "recipient" },
	{ "smtpf", M,
	  "450 4.7.1 host mail.example.net [192.0.2.1] sender "
	  "<s@example.org> temporary failure #814",
	  "blocked|rejected", "us" },
	/* Host Media (hosting): portal.hostmedia.uk/knowledgebase/201204295 */
	{ "hostmedia", M,
	  "550 5.1.2 Sender Domain Not Found",
	  "rejected", "us" },
	/* IntoHost (hosting): intohost.in/kb/common-email-bounce-back-errors */
	{ "intohost", R,
	  "550 5.7.1 This message has been blocked because the "
	  "sender's IP address is blacklisted",
	  "blocked", "us" },
	{ "intohost", B,
	  "421 4.2.0 Server busy, please try again later",
	  "systemerror|toomanyconn", "remote admin|us" },
	/* Plesk's mail filters (greylisting blacklist, SPF/DMARC handlers)
	 * refusing at end of DATA: plesk.com/?p=214013 and
	 * support.plesk.com/hc/en-us/articles/12377061932567 (maillog
	 * "milter-reject ... 550 5.7.1 Command rejected") */
	{ "plesk", D,
	  "550 5.7.1 Command rejected",
	  "authfailure|blocked|rejected|spamdetected", "us|sender" },
	/* --- second batch (labelled before running; see the header) --- */
	/* Amazon SES's SMTP interface over the account's sending quotas:
	 * docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html
	 * (the maximum sending rate per second, the daily quota). */
	{ "ses", M,
	  "454 Throttling failure: Maximum sending rate exceeded",
	  "speeding", "us" },
	{ "ses", M,
	  "454 Throttling failure: Daily message quota exceeded",
	  "speeding|toomanyconn", "us" },
	/* Emailit's SMTP relay at MAIL FROM over the workspace's limits:
	 * emailit.com/docs/kb/429-rate-limit-exceeded ("Over SMTP, the MAIL
	 * FROM command fails with ..."). */
	{ "emailit", M,
	  "452 4.4.5 Messages per second limit exceeded",
	  "speeding", "us" },
	{ "emailit", M,
	  "452 4.5.3 Daily message limit exceeded",
	  "speeding", "us" },
	/* SendGrid, "SMTP Errors and Troubleshooting"
	 * (sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-
	 * troubleshooting): its own 403 for a From address that matches no
	 * verified Sender Identity; a receiver's 450 it explains. */
	{ "sendgrid", M,
	  "403 You are not authorized to send from that email address",
	  "rejected|authfailure", "us" },
	/* XMission's custom reject codes, postmaster.xmission.com/senders/
	 * rejectcodes.php: XM-RJCT01 the example the page quotes; 02-06
	 * with the page's titles as the text (a virtual-mail recipient
	 * unknown, the client on XMission's open-relay list, on Spamhaus
	 * SBL or XBL, a relay attempt). */
	{ "xmission", R,
	  "550-XM-RJCT01: Account <u@xmission.com> does not exist.\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "userunknown", "sender|remote admin" },
	{ "xmission", R,
	  "550-XM-RJCT02: Invalid Virtual Mail Recipient\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "userunknown", "sender" },
	{ "xmission", B,
	  "550-XM-RJCT03: IP Address is listed in XMORTS\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "blocked", "us" },
	{ "xmission", B,
	  "550-XM-RJCT04: IP address listed in SBL\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "blocked", "us" },
	{ "xmission", B,
	  "550-XM-RJCT05: IP address listed in XBL\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "blocked", "us" },
	{ "xmission", R,
	  "550-XM-RJCT06: Unauthorized relay attempt\n550 [192.0.2.1] [mx01.mta.xmission.com]",
	  "norelaying", "remote admin" },
	/* FortiMail, "Troubleshoot MTA issues" (docs.fortinet.com/document/
	 * fortimail/6.4.2/administration-guide/260598): 451 Try again later
	 * for greylisting, or when the recipient verification server is
	 * out of reach. */
	{ "fortimail", R,
	  "451 Try again later",
	  "greylisted|systemerror", "nobody|remote admin" },
	/* --- third batch (labelled before running; see the header) --- */
	/* Emailit's relay after DATA when the From domain is not its
	 * workspace's (emailit.com/es/docs/kb/smtp-530-from-domain-not-
	 * verified, the replies quoted in English): the sender's domain
	 * refused. */
	{ "emailit", D,
	  "530 From/Sender domain is not verified for this workspace. From: "
	  "s@example.org",
	  "rejected", "us" },
	{ "emailit", D,
	  "530 API key is restricted to sending domain: example.org. "
	  "From/Sender address must use this domain. From: s@example.net",
	  "rejected", "us" },
	{ "emailit", D,
	  "550 Sending from this domain is paused",
	  "rejected", "us" },
	/* SMTP2GO, "Common Sending Errors" (support.smtp2go.com/hc/en-gb/
	 * articles/13990494697369): no SMTP authentication tried; a From
	 * domain not verified on the account. */
	{ "smtp2go", R,
	  "550 Relay access denied - please authenticate",
	  "securityerror|norelaying", "remote admin" },
	{ "smtp2go", D,
	  "550 From header sender domain not verified",
	  "rejected", "us" },
	/* --- fourth batch (labelled before running; see the header) --- */
	/* Oracle Cloud Infrastructure Email Delivery, "Common SMTP errors
	 * returned by Email Delivery" (docs.oracle.com/pt-br/iaas/Content/
	 * Email/Concepts/troubleshooting.htm, the replies in English): its
	 * own failures, its connection limit, and an IP throttled after
	 * repeated invalid credentials or an unapproved sender. */
	{ "oci", B,
	  "421 4.4.0 Problem attempting to execute commands. Please try "
	  "again later",
	  "systemerror", "remote admin" },
	{ "oci", B,
	  "421 Too many connections, try again later",
	  "toomanyconn", "us" },
	{ "oci", M,
	  "421 Too many auth failures, try again later",
	  "blocked|securityerror", "us|remote admin" },
	{ "oci", D,
	  "421 4.3.0 Mail system failure, closing transmission channel",
	  "systemerror", "remote admin" },
	{ "oci", D,
	  "451 Server error",
	  "systemerror", "remote admin" },
	/* --- fifth batch (labelled before running; see the header) --- */
	/* Maropost's SMTP API, "SMTP Error Codes" (galaxy.maropost.com/kb/
	 * articles/821-smtp-error-codes): a message without the headers RFC
	 * 2822 §3.6 requires, its service down for now, malformed
	 * addresses in MAIL FROM and RCPT TO. */
	{ "maropost", D,
	  "554 Transaction failed[Missing Required Headers From or "
	  "To[see RFC2822 section 3.6]]",
	  "notcompliantrfc", "sender" },
	{ "maropost", D,
	  "554 Transaction failed[Service Temporarily Unavailable. "
	  "Please try after a few minutes.]",
	  "systemerror", "remote admin" },
	{ "maropost", M,
	  "501 5.5.2 MAIL FROM syntax error",
	  "syntaxerror", "us" },
	{ "maropost", R,
	  "501 5.5.2 RCPT TO syntax error",
	  "syntaxerror|userunknown", "us|sender" },
	/* CloudMails, "Error Codes Reference" (cloudmails.eu/docs/
	 * error-codes.php): too many connections or load, content taken
	 * for spam, a message blocked by content policy, SMTP
	 * authentication failed. */
	{ "cloudmails", B,
	  "451 4.4.5 Server too busy",
	  "toomanyconn|systemerror", "us|remote admin" },
	{ "cloudmails", D,
	  "550 5.1.6 Spam not accepted",
	  "spamdetected", "sender" },
	{ "cloudmails", M,
	  "550 5.7.1 Authentication failed",
	  "securityerror", "remote admin" },
};

/* Known disagreements: the reply, and why no rule was fitted to it. */
static const struct live_todo gateway_todo[] = {
	/* Hornetsecurity's "relay check" is its recipient check against
	 * the customer's server; a 4xx X.1.1 is no missing address (the
	 * check failed for now), and its words name no recipient: the
	 * classifier reads the receiver's passing trouble. */
	{ "450 4.1.1 rejection when relay check is enabled",
	  "a transient X.1.1 whose words name only a relay check; a rule "
	  "for \"relay check\" would fit this one text" },
	/* smtpf's TEMPFAIL access-map entries (#120, #814, #815) say
	 * "temporary failure" under 4.7.1; fb6 reads such a 4.7.1, which
	 * asks no retry, as the temporary policy refusal X.7.1 is (blocked),
	 * right for #120 and #814. */
	{ "450 4.7.1 sender <s@example.org> temporary failure #815",
	  "a 4xx 4.7.1 that asks nothing reads blocked, the status table's "
	  "X.7.1; that it refuses the sender is only in \"sender <...>\", "
	  "which #814 says of a refused host too" },
	{ "550 5.7.1 special case of at-sign in local-part denied #133",
	  "an address syntax smtpf refuses by its own option "
	  "(reject-quoted-at-sign); the refusal at RCPT reads filtered, and "
	  "a rule for \"at-sign\" would fit this one text" },
};
