/*
 * ndr-rules: the bounce reader's own knowledge, as data: how each mail
 * system signs its bounces, the phrases that mean a reason only in one
 * mail system's wording (its own verdict, weighed by reason-rules.c like
 * the verdict of a Sisimai "Lhost" parser), how bounces are titled and
 * signed, and where the returned message starts.  The phrases and status
 * codes every system shares live in reason-rules.c, shared with the live
 * classifier.  Phrases are lower case; "*" stands for any text between.
 */
#include <stddef.h>

#include "ndr-int.h"

/* Mail systems, recognised by the structure of their bounces (see
 * struct ndr_mta: h header line, H header block, f From domain, r
 * Reporting-MTA, d delivery-status part, t the system's fixed sentences),
 * the more particular before the generic MTAs they may run on. */
#define D(...)	(const char *const []){ __VA_ARGS__, NULL }
const struct ndr_mta mx_ndr_mtas[] = {
	{ "McAfee", D("h:x-nai-header: modified by mcafee") },
	{ "IMailServer", D("h:x-mailer: <smtp32 v") },
	{ "Verizon", D("f:vtext.com", "f:vzwpix.com") },
	{ "FML", D("h:x-mlserver: fml") },
	{ "PowerMTA", D("h:x-powermta-", "d:x-powermta-", "d:(powermta(tm)") },
	{ "DragonFly", D("t:this is the dragonfly mail agent") },
	{ "Office365", D("h:x-ms-exchange-message-is-ndr",
	    "r:outlook.com", "f:outlook.com", "f:onmicrosoft.com",
	    "t:microsoft exchange online", "t:office 365") },
	/* ext5: Hotmail's own bounces before a receiving Exchange's
	 * X-MS-Exchange-Organization-* stamps make them look like
	 * Exchange's. */
	{ "Outlook", D("h:x-message-delivery:", "f:hotmail.com") },
	{ "Exchange2007", D("h:x-ms-exchange-",
	    "t:delivery has failed to these recipients or groups",
	    "t:diagnostic information for administrators",
	    "t:remote server returned '") },
	/* Exchange 4.0-5.5 head the list "The following recipient(s)
	 * could not be reached:" and sign the diagnostic with a connector's
	 * "MSEXCH:" token (MSEXCH:IMS, MSEXCH:IMC, MSEXCH:MSExchangeMTA);
	 * Exchange 2000-2003 say "did not reach the following
	 * recipient(s)". */
	{ "Exchange2003", D("t:did not reach the following recipient(s)",
	    "t:the following recipient(s) could not be reached",
	    "t:msexch:", "h:x-mimeole: produced by microsoft exchange") },
	/* fwd1: its notices send the writer to Google Groups' help in
	 * every language, a signature a forward or a quote keeps where the
	 * header naming the group is lost (and a quote's attribution may
	 * give the sender's name alone, no googlemail.com). */
	{ "GoogleGroups", D("f:googlegroups.com",
	    "f:googlemail.com&H:@googlegroups.com",
	    "t:groups.google.com/support",
	    "t:writing to let you know that the group you tried to contact") },
	/* ext12: Gmail's plain notices of 2007-2016 head their reason
	 * "Technical details of permanent failure:" (or temporary) also
	 * when no remote answered ("The recipient server did not accept
	 * our requests to connect"), so a pasted one without its From
	 * (a help desk's copy) is still Gmail's; ext24: so is its later
	 * delay notice ("Delivery incomplete": "There was a temporary
	 * problem delivering your message to a@b. Gmail will retry for 45
	 * more hours."), which may quote no remote reply either. */
	{ "Gmail", D("f:googlemail.com", "f:google.com",
	    "t:google tried to deliver",
	    "t:technical details of permanent failure",
	    "t:technical details of temporary failure",
	    "t:gmail will retry for") },
	{ "Yahoo", D("f:yahoo.com", "r:yahoo.com", "f:yahoo.co.jp") },
	/* fwd1: SES's receiving endpoints report as inbound-smtp.<region>.
	 * amazonaws.com, which a forward keeps in the delivery-status
	 * fields it shows as text where the X-SES-Outgoing stamp is lost. */
	{ "ReceivingSES", D("f:amazonses.com&t:this message could not be "
	    "delivered.", "h:x-ses-outgoing&t:this message could not be "
	    "delivered.", "r:amazonaws.com&t:this message could not be "
	    "delivered.") },
	{ "AmazonSES", D("f:amazonses.com", "h:x-ses-outgoing") },
	{ "SendGrid", D("f:sendgrid.net", "f:sendgrid.com") },
	{ "mail.ru", D("f:mail.ru", "f:rambler.ru") },
	{ "Yandex", D("f:yandex.ru", "f:yandex.com", "f:yandex.net") },
	{ "Zoho", D("f:zoho.com", "f:zohomail.com", "r:zoho.com") },
	/* round2: "Diagnostic-Code: X-Notes; ..." (RFC 3464 §2.3.6's
	 * diagnostic-type, Domino's own name for its router's words). */
	{ "Domino", D("h:x-mimetrack:", "t:------- failure reasons  --------",
	    "d:x-notes;") },
	{ "GMX", D("f:gmx.net", "f:gmx.de", "f:gmx.com", "f:web.de") },
	{ "Postfix", D("t:this is the mail system at host",
	    "h:x-postfix-queue-id", "d:x-postfix-queue-id", "d:x-postfix-sender") },
	/* ext5: Software.com's Post.Office (1990s ISPs: Sprynet): its
	 * sentence (in the report's preamble when it sends no text part)
	 * and its diagnostics "X-LOCAL; 500 (err.<name>)". */
	{ "PostOffice", D("t:processing your mail message caused the "
	    "following errors", "d:x-local; 500 (err.") },
	{ "Exim", D("t:this message was created automatically by mail delivery",
	    "d:x-exim-diagnostic") },
	{ "qmail", D("t:this is the qmail", "t:qmail-send program",
	    "H:invoked for bounce") },
	{ "OpenSMTPD", D("t:this is the mailer-daemon at",
	    "t:this is the mailer-daemon, please do not reply") },
	{ "Courier", D("t:courier mail server", "r:courier-mta") },
	{ "Sendmail", D("t:----- transcript of session follows -----",
	    "t:the original message was received at") },
	/* plain1: systems whose no-command refusals the corpus reads as a
	 * filter's (reason-rules.c, plain_ok), known by their own marks:
	 * SurfControl E-mail Filter's X-SEF-* stamps and X-Mailer; the
	 * MailFoundry appliance's Received line "(MAILFOUNDRY) id"; Apache
	 * James's bounce mailet ("Error message below:" then "Message
	 * details:"); Yahoo's older mailer (Sisimai's "X2"; yahoo.co.jp
	 * and AT&T's sbcglobal.net sent it: "Unable to deliver message to
	 * the following address(es)."). */
	{ "SurfControl", D("h:x-sef-processed", "h:x-mailer: surfcontrol") },
	{ "MailFoundry", D("H:(mailfoundry) id") },
	{ "ApacheJames", D("t:error message below:&t:message details:") },
	{ "YahooClassic", D("t:unable to deliver message to the following "
	    "address(es).") },
	/* ext30: NHN Dooray!'s notice ("Dooray! Failure Notice", "Your
	 * message sent to a has failed to be delivered.", its fields
	 * "Recipient :", "Remote host said :"). */
	{ "Dooray", D("t:dooray! failure notice", "f:dooray.com") },
	{ "Japan", D("f:docomo.ne.jp", "f:ezweb.ne.jp", "f:au.com",
	    "f:softbank.ne.jp", "f:biglobe.ne.jp", "f:kddi.com",
	    "f:dion.ne.jp", "f:auone-net.jp", "r:ezweb.ne.jp", "r:au.com",
	    "r:docomo.ne.jp") },
	{ NULL, NULL },
};
#undef D

/* gen2: Domino's router on a name its directory lacks, in its languages
 * (an alternatives pattern, see ndr-classify.c pattern_in). */
#define DOMINO_NOT_LISTED	"|not listed in domino directory" \
	"|not listed in public name & address|nicht im domino-verzeichnis" \
	"|ディレクトリのリストにありません"

/* gen2: fml's loop checks (its kernel libkern.pl: "Loop Back Warning:"
 * when a list mails itself, the duplicate Message-ID check, "fml has
 * detected a loop condition") and its refusal of non-members ("NOT
 * MEMBER article from", "you are not a member of this mailing list"). */
#define FML_LOOP	"|duplicated message-id|has detected a loop condition" \
	"|loop back warning"
#define FML_NOT_MEMBER	"|not member article from" \
	"|you are not a member of this mailing list"

/* Phrases that mean a reason only in one mail system's wording.  A
 * reason written "~reason" is the system's default for a family of
 * failures: it yields when the text names a reason the shared rules
 * know (ndr-classify.c, table_reason). */
const struct ndr_mta_pattern mx_ndr_mta_patterns[] = {
	/* Exchange 2007 and later (Exchange Online too) name the failure
	 * with a transport code token (RESOLVER.ADR.*, RESOLVER.RST.*,
	 * SMTPSEND.DNS.*, QUEUE.*), which a relaying system quotes as it
	 * is: any system ("*"), before the rows of one system. */
	{ "*", "hostunknown", "smtpsend.dns.nonexistentdomain" },
	{ "*", "networkerror", "smtpsend.dns.mxloopback" },
	{ "*", "systemerror", "resolver.adr.badprimary" },
	/* gen2: the resolver's "not found" codes, one family (Exchange
	 * Online's NDR reference, "Email non-delivery reports and SMTP
	 * errors in Exchange Online": 5.1.1 RESOLVER.ADR.RecipNotFound,
	 * RESOLVER.ADR.ExRecipNotFound, 5.1.10 RecipientNotFound). */
	{ "*", "userunknown", "resolver.adr.*notfound" },
	{ "*", "toomanyconn", "resolver.adr.reciplimit" },
	{ "*", "systemerror", "resolver.adr.invalidinsmtp" },
	{ "*", "systemerror", "resolver.adr.ambiguous" },
	{ "*", "securityerror", "resolver.rst.authrequired" },
	{ "*", "rejected", "resolver.rst.notauthorized" },
	/* gen2: the message over a size limit (the same reference: 5.2.3
	 * RESOLVER.RST.RecipSizeLimit, RESOLVER.RST.SendSizeLimit.Sender,
	 * RESOLVER.RST.SendSizeLimit.Org). */
	{ "*", "mesgtoobig", "resolver.rst.*sizelimit" },
	{ "*", "expired", "queue.expired" },
	/* Exchange / Office 365 transport codes. */
	/* Exchange 4.0-5.5's IMC/IMS says "The recipient name is not
	 * recognized" over every failure of its remote side; its own
	 * "3902 Host Unknown" under it is the domain's name not found. */
	{ "Exchange2003", "hostunknown", "msexch:* host unknown" },
	{ "Exchange2003", "userunknown", "recipient name is not recognized" },
	{ "Exchange2003", "userunknown", "=userunknown" },
	{ "Exchange2003", "mesgtoobig", "message exceeds the maximum size" },
	{ "Exchange2003", "filtered", "does not have permission to send" },
	{ "Exchange2007", "userunknown", "recipnotfound" },
	{ "Exchange2007", "userunknown", "resolver.adr.recip" },
	{ "Exchange2007", "~filtered", "resolver.rst" },
	/* Exchange's resolver: the address not found (RecipNotFound,
	 * RecipientNotFound, ExRecipNotFound). */
	{ "Office365", "userunknown", "resolver.adr.recip" },
	{ "Office365", "userunknown", "recipnotfound" },
	{ "Office365", "userunknown", "5.1.10" },
	{ "Office365", "filtered", "not allowed to send to" },
	{ "Office365", "userunknown", "remote server returned unknown recipient" },
	/* ext14: Sendmail's address parser refuses a recipient address
	 * whose brackets or quotes do not pair (parseaddr.c, prescan():
	 * "553 5.0.0 <a>... Unbalanced '>'", also '<', '"', '(' and ')'):
	 * a malformed mailbox address, RFC 3463's X.1.3, which the corpus
	 * reads as userunknown. */
	{ "Sendmail", "userunknown", "unbalanced '" },
	/* Outlook.com (Hotmail) DSNs. */
	{ "Outlook", "userunknown", "requested action not taken: mailbox unavailable" },
	/* McAfee Email Gateway: its "(reason)" after each recipient is the
	 * answer to the RCPT it relayed, so an unknown-user wording (any
	 * the shared rules know: "=userunknown") is the address. */
	{ "McAfee", "userunknown", "=userunknown" },
	{ "McAfee", "userunknown", "user (*@*) unknown" },
	/* IMail Server: "Unknown user: a@b" lines, its own RCPT check. */
	{ "IMailServer", "userunknown", "=userunknown" },
	{ "IMailServer", "userunknown", "invalid final delivery userid" },
	{ "IMailServer", "mailboxfull", "user mailbox exceeds allowed size" },
	{ "IMailServer", "virusdetected", "requested action not taken: virus detected" },
	{ "IMailServer", "hostunknown", "unknown host" },
	/* Verizon Wireless (vtext.com SMS, vzwpix.com MMS gateways). */
	{ "Verizon", "userunknown", "=userunknown" },
	/* fml mailing-list manager notices to the list admin; gen2: by
	 * family (FML_LOOP, FML_NOT_MEMBER). */
	{ "FML", "systemerror", FML_LOOP },
	{ "FML", "rejected", FML_NOT_MEMBER },
	{ "FML", "securityerror", "security alert" },
	/* Amazon SES receiving (inbound) rejections. */
	{ "ReceivingSES", "filtered", "mailbox does not exist" },
	{ "ReceivingSES", "mailboxfull", "mailbox full" },
	{ "ReceivingSES", "contenterror", "message content rejected" },
	/* DragonFly Mail Agent (dma). */
	{ "DragonFly", "hostunknown", "dns lookup failure: host * not found" },
	{ "Zoho", "expired", "host not reachable" },
	/* qmail's "(#5.x.y)" suffix and its fixed texts. */
	/* gen2: qmail-remote.c's DNS misses, permanent "Sorry, I couldn't
	 * find any host named H. (#5.1.2)" and temporary "Sorry, I couldn't
	 * find any host by that name. (#4.1.2)": one sentence. */
	{ "qmail", "hostunknown", "sorry, i couldn't find any host " },
	{ "qmail", "userunknown", "no mailbox here by that name" },
	{ "qmail", "networkerror", "sorry, i wasn't able to establish an smtp" },
	/* qmail-remote's fixed sentences name the step refused: "Connected
	 * to H but sender was rejected" refuses the sender, "... but my
	 * name was rejected" the client (qmail-remote.c). */
	{ "qmail", "rejected", "@MAIL" },
	{ "qmail", "blocked", "@EHLO" },
	{ "qmail", "blocked", "@HELO" },
	/* qmail-remote: no MX and no address for the domain (#4.4.1), a
	 * DNS failure, not a timeout; qmail-local running a .qmail
	 * program whose interpreter is missing. */
	{ "qmail", "networkerror", "couldn't find a mail exchanger or ip" },
	{ "qmail", "systemerror", "bad interpreter" },
	/* ext26: Postfix's queue manager's own words when the delivery
	 * agent of a transport fails or is throttled (qmgr, "mail transport
	 * unavailable", Status 4.3.0): the sending system's trouble, no
	 * remote reply. */
	{ "Postfix", "systemerror", "mail transport unavailable" },
	/* Exim's own messages for failures it found itself (its source:
	 * route.c, routers/dnslookup.c, transports/smtp.c, parser.c,
	 * deliver.c, transports/appendfile.c, pipe.c), where no remote
	 * reply and no command say more. */
	{ "Exim", "userunknown", "user not found" },
	{ "Exim", "hostunknown", "all host address lookups failed permanently" },
	{ "Exim", "notaccept", "no host found for existing smtp connection" },
	{ "Exim", "syntaxerror", "angle-brackets nested too deep" },
	{ "Exim", "syntaxerror", "expected word or \"<\"" },
	{ "Exim", "syntaxerror", "domain missing in source-routed address" },
	{ "Exim", "syntaxerror", "malformed address:" },
	{ "Exim", "systemerror", "delivery to file forbidden" },
	{ "Exim", "systemerror", "delivery to pipe forbidden" },
	{ "Exim", "systemerror", "local delivery failed" },
	{ "Exim", "systemerror", "lmtp error after " },
	{ "Exim", "contenterror", "too many \"received\" headers" },
	/* An Exim filter's "fail" command (the recipient's .forward filter
	 * or the system filter refused the message): Exim prints the
	 * filter's text followed by "(filter fail)" (its filter.c). */
	{ "Exim", "filtered", "(filter fail)" },
	/* ext5: Exim's own words for an address its routers refused, with
	 * no remote reply and no command (a redirect router's ":fail:
	 * Unknown user"): the address does not exist there. */
	{ "Exim", "userunknown", "-=userunknown" },
	/* ext5: Software.com's Post.Office names its error after each
	 * address ("error: err.nosuchuser: a@b"). */
	{ "PostOffice", "userunknown", "err.nosuchuser" },
	/* Courier's ESMTP client on the recipient's DNS (esmtpclient.c):
	 * a hard error for a domain that does not exist or whose DNS is
	 * broken, a soft one for a lookup that failed. */
	{ "Courier", "hostunknown", "no such domain." },
	{ "Courier", "systemerror", "this domain's dns violates rfc 1035" },
	{ "Courier", "networkerror", "dns lookup failed." },
	/* Google Groups answer posts the group refuses. */
	{ "GoogleGroups", "rejected", "" },
	/* Google's wording. */
	{ "Gmail", "expired", "did not accept our requests to connect" },
	{ "Gmail", "userunknown", "the email account that you tried to reach "
	    "does not exist" },
	{ "Gmail", "suspend", "account that you tried to reach is disabled" },
	{ "Gmail", "mailboxfull", "out of storage space" },
	{ "Gmail", "hostunknown", "domain name not found" },
	/* Gmail's bounces before 2013 end the remote's reply with "(state
	 * N)", the step its SMTP client was at (bouncehammer.jp, "Gmail's
	 * 9 state values"): 6, 8, 9 and 12 are STARTTLS and AUTH that it
	 * could not complete with the remote (the systems' trouble, not the
	 * message's); 15, 17 and 18 come after DATA, the message refused by
	 * the recipient's filter.  gen2: one row per family of states, as
	 * that description groups them.  tune5: a state names the step, not
	 * the cause: after DATA a reply whose words the shared rules read as
	 * spam ("550 5.7.1 ... we consider it SPAM (state 18)") is the
	 * filter's named verdict; other words stay the state's ("554 5.7.0
	 * Header error (state 18)": filtered). */
	{ "Gmail", "spamdetected", "|(state 15)|(state 17)|(state 18)"
	    "&=spamdetected" },
	{ "Gmail", "systemerror", "|(state 6)|(state 8)|(state 9)|(state 12)" },
	{ "Gmail", "filtered", "|(state 15)|(state 17)|(state 18)" },
	/* Japanese carriers. */
	{ "Japan", "userunknown", "unknown user" },
	{ "Japan", "filtered", "rejected for policy" },
	{ "Japan", "mailboxfull", "too much mail data" },
	{ "Japan", "filtered", "受信拒否" },
	{ "Japan", "userunknown", "存在しません" },
	{ "Japan", "mailboxfull", "容量" },
	/* ext32: Dooray!'s "Remote host said :" quotes the receiving
	 * server's reply without its code or command; RFC 5321's 550 text
	 * "Requested action not taken: mailbox unavailable" there is the
	 * recipient's mailbox refused, not a filter's answer. */
	{ "Dooray", "userunknown",
	    "requested action not taken: mailbox unavailable" },
	/* mail.ru */
	{ "mail.ru", "filtered", "user not found" },
	{ "mail.ru", "mailboxfull", "quota" },
	/* Domino: a name its directory lacks, in the router's languages
	 * (English "not listed in Domino Directory", older "... in Public
	 * Name & Address Book"; round2: German "nicht im
	 * Domino-Verzeichnis aufgeführt"; Japanese "ディレクトリのリストに
	 * ありません"); gen2: one row for the family. */
	{ "Domino", "userunknown", DOMINO_NOT_LISTED },
	/* Domino's router: a name the directory holds more than once (its
	 * own trouble); a user it has no route to (a filter's answer). */
	{ "Domino", "systemerror", "several matches found in domino directory" },
	{ "Domino", "filtered", "cannot route mail to user" },
	{ NULL, NULL, NULL },
};

/*
 * A mail system's verdict written once, around its list of recipients,
 * rather than in each recipient's diagnostic: it holds for all of them.
 */
const struct ndr_mta_pattern mx_ndr_mta_section_patterns[] = {
	/* au (KDDI, EZweb) notices above the recipient list; gen2: one
	 * row per family of its sentences ("The user(s) account is
	 * disabled." / "... temporarily limited."; "... temporarily over
	 * quota" / "as their mailbox is full"). */
	{ "Japan", "suspend", "|the user(s) account is disabled."
	    "|the user(s) account is temporarily limited." },
	{ "Japan", "mailboxfull", "|the user(s) account is temporarily over "
	    "quota|as their mailbox is full" },
	{ "Japan", "expired", "your message was not delivered within " },
	/* Lotus Notes / Domino "Failure Reasons" above the recipients
	 * (gen2: the directory family above, in any of its languages). */
	{ "Domino", "userunknown", DOMINO_NOT_LISTED },
	/* fml's notices to the list administrator (gen2: by family). */
	{ "FML", "systemerror", FML_LOOP },
	{ "FML", "rejected", FML_NOT_MEMBER },
	{ "FML", "securityerror", "security alert" },
	/* ext5: Exim quotes what a local transport (a pipe, a delivery
	 * program) printed when it failed, under "The following text was
	 * generated during the delivery attempt" (its deliver.c): the
	 * delivery program failed, unless its words name a reason. */
	{ "Exim", "~mailererror", "-the following text was generated during "
	    "the delivery attempt" },
	/* ext30: Dooray!'s "Remote host said : Your mail was denied from
	 * the receiver.": the receiving side refused the mail and names
	 * no cause (man REASONS: filtered). */
	{ "Dooray", "filtered", "your mail was denied from the receiver" },
	/* tune5: Office 365's part "For Email Administrators" calls a
	 * failure of its own service "likely a temporary service error"
	 * ("... if someone encounters it repeatedly, then it may need to be
	 * addressed by an Office 365 service technician"), whatever its
	 * X.7 code: the receiving system failed (man REASONS: systemerror),
	 * no security check. */
	{ "Office365", "systemerror", "likely a temporary service error" },
	{ NULL, NULL, NULL },
};

/*
 * Local delivery agents (the program that writes the mailbox) and their
 * wordings, when a failure came after the message was accepted: .mta is
 * the phrase that names the agent.  An agent named without a known
 * wording failed on its own (mailererror), unless its words name a reason
 * the shared rules know ("~": a default, see table_reason).
 */
const struct ndr_mta_pattern mx_ndr_lda_patterns[] = {
	{ "mail.local: ", "mailboxfull", "disc quota exceeded" },
	{ "mail.local: ", "mailboxfull", "mailbox full or quota exceeded" },
	{ "mail.local: ", "systemerror", "temporary file write error" },
	{ "mail.local: ", "userunknown", ": invalid mailbox path" },
	{ "mail.local: ", "userunknown", ": unknown user:" },
	{ "mail.local: ", "userunknown", ": user missing home directory" },
	{ "mail.local: ", "userunknown", ": user unknown" },
	{ "mail.local: ", "~mailererror", "" },
	{ "> was automatically rejected:", "mailboxfull", "not enough disk "
	    "space" },
	{ "> was automatically rejected:", "mailboxfull", "quota exceeded" },
	{ "> was automatically rejected:", "userunknown", "mailbox doesn't "
	    "exist: " },
	{ "procmail: ", "mailboxfull", "quota exceeded while writing" },
	{ "procmail: ", "mailboxfull", "user over quota" },
	{ "procmail: ", "systemerror", "service unavailable" },
	{ "procmail: ", "systemfull", "no space left to finish writing" },
	{ "procmail: ", "~mailererror", "" },
	{ "maildrop: ", "mailboxfull", "maildir over quota." },
	{ "maildrop: ", "userunknown", "cannot find system user" },
	{ "maildrop: ", "userunknown", "invalid user specified." },
	{ "maildrop: ", "~mailererror", "" },
	{ "vdelivermail: ", "filtered", "user does not exist, but will "
	    "deliver to " },
	{ "vdelivermail: ", "mailboxfull", "domain is over quota" },
	{ "vdelivermail: ", "mailboxfull", "user is over quota" },
	{ "vdelivermail: ", "userunknown", "sorry, no mailbox here by that "
	    "name." },
	{ "vdelivermail: ", "~mailererror", "" },
	{ "vdeliver: ", "mailboxfull", "delivery failed due to system quota "
	    "violation" },
	{ "vdeliver: ", "userunknown", "invalid or unknown base user or "
	    "domain" },
	{ "vdeliver: ", "userunknown", "invalid or unknown virtual user" },
	{ "vdeliver: ", "userunknown", "user name does not refer to a "
	    "virtual user" },
	{ "vdeliver: ", "~mailererror", "" },
	/* Postfix's deliveries to a command (local(8), pipe(8)): what
	 * follows "Command output:" is the program's own report, and a
	 * refused connection there is the program failing to reach its own
	 * local service (a virus or spam scanner's daemon), no remote
	 * server refusing us. */
	{ "command output: ", "systemerror", "connection refused" },
	{ "command output: ", "~mailererror", "" },
	{ NULL, NULL, NULL },
};


/* Subjects (lower case) that title a bounce. */
const char *const mx_ndr_bounce_subjects[] = {
	"undeliver", "undelivered", "delivery status notification",
	"returned mail", "mail delivery failed", "delivery failure",
	"failure notice", "delivery failed", "non-delivery", "nondelivery",
	"could not send message", "mail system error", "delivery notification",
	"mail could not be delivered", "message not delivered",
	"not delivered", "delivery problem", "delivery has failed",
	"warning: could not send", "delayed mail", "delivery delayed",
	"returned to sender", "mail failure", "unzustellbar",
	"non remis", "no entregado", "error sending message",
	"rejected", "bounce", "permanent error", "delivery report",
	"notice of delivery", "配信", "送信", "エラー", "failed",
	"message delivery", "nicht zustellbar", "mail delivery system",
	/* fwd1: Outlook's and Exchange's "Undeliverable:" in the user's
	 * language (Spanish, older and newer; Italian, Portuguese, Dutch,
	 * Swedish), which a forward or a pasted Outlook block keeps; with
	 * the colon that prefixes the subject ("Pedido sin entregar", an
	 * order not delivered yet, is a person's). */
	"sin entregar:", "no se puede entregar:", "non recapitabile:",
	"não entregue:", "onbestelbaar:", "olevererbart:",
	NULL
};

/* Phrases (lower case) in a bounce's own text that say it is one. */
const char *const mx_ndr_bounce_phrases[] = {
	"could not be delivered to", "message could not be delivered",
	"wasn't able to deliver your message", "delivery to the following "
	"recipient", "duplicated message-id in <", "has detected a loop "
	"condition", "transcript of session follows",
	/* nfb7: ITS COMSAT's "A copy of your message is being returned,
	 * because:" (its notices come from COMSAT@host, titled "Msg of
	 * <date>"); a Chinese provider's "您发送的邮件被退回" (the mail you
	 * sent was returned) over "无法发送到a@b" (could not be sent to).
	 * Whole: a person may write "your message is being returned
	 * unanswered", or that their own mail "被退回". */
	"copy of your message is being returned", "您发送的邮件被退回",
	NULL
};

/* nfb7: a notice's words (lower case) that the recipient's address, not
 * its domain, could not be found (Gmail's "Address not found" notice;
 * its domain one says "because the domain d couldn't be found"). */
const char *const mx_ndr_address_frames[] = {
	"because the address couldn't be found",
	"because the address could not be found",
	"because the address couldn\xe2\x80\x99t be found", NULL
};

/* tune2: the words of a connection attempt that got no answer (lower
 * case; Postfix's "connect to h[a]:25: Connection timed out"), which a
 * failure's notice reads as the queue's end (expired) but a delay notice
 * as the cause it still retries against (ndr-classify.c). */
const char *const mx_ndr_connect_timeouts[] = {
	"connection timed out", NULL
};

/* nfb7: a notice's own words that its failure is final, which a pasted
 * notice without its header may hold alone (no code, no reason named):
 * qmail-send's and Haraka's "This is a permanent error; I've given up.
 * Sorry it didn't work out." */
const char *const mx_ndr_final_phrases[] = {
	"this is a permanent error", "i've given up", "i have given up",
	NULL
};

/* Phrases (lower case) of delay notices, which say the mail system goes
 * on trying (a temporary failure): Postfix's "still being retried",
 * Sendmail's "Warning: could not send message for past", Exim's "has not
 * yet been delivered", Exchange's "delivery is delayed". */
/*
 * A mail system's words for "I gave up retrying" (issue 11: a wrapper
 * that hides the real reason in the text it wraps): qmail-send's "I'm
 * not going to try again; this message has been in the queue too long.",
 * Exim's "retry timeout exceeded" and "retry time not reached for any
 * host after a long failure period", DragonFly dma's "Could not deliver
 * for the last N seconds. Giving up.", Sendmail's "Cannot send message
 * for N days", IMail's "Delivery failed N attempts", "Delivery to the
 * following recipients was aborted after N hour(s)".  Expired only when
 * neither the codes nor the wrapped text say more (ndr-classify.c).
 */
const char *const mx_ndr_giveup_phrases[] = {
	"i'm not going to try again", "in the queue too long",
	"retry timeout exceeded", "retry time not reached for any host",
	"giving up", "could not deliver for the last",
	"cannot send message for", "delivery failed * attempts",
	"unable to deliver message after multiple retries",
	"too many retries", "was aborted after * hour", NULL
};

/* Words (lower case) that, before an address on its line, offer it as
 * whom to ask for help, never as a failed recipient: Postfix's "For
 * further assistance, please contact <postmaster@host>", Netscape's
 * "Please reply to Postmaster@host". */
const char *const mx_ndr_contact_phrases[] = {
	"please contact", "please reply to", "please send mail to",
	"for further assistance",
	/* Templates that offer help or take questions before naming the
	 * recipients ("If you need assistance, contact a@b", "questions
	 * go to a@b"). */
	"need assistance", "need help", "questions",
	/* "Contact your administrator at a@b", "contact the postmaster
	 * (a@b)", "contact us at a@b". */
	"contact your", "contact the", "contact us", NULL
};

/* Exim returns a message for a full mailbox (appendfile's quota) or at
 * its retry timeout only after temporary failures that lasted too long
 * (retry.c: "retry timeout exceeded"): with no code quoted, the failure
 * it reports is of the temporary class.  .pat: words the error section
 * must hold too ("" none): a full mailbox or an expiry that names no
 * retry timeout ("quota exceeded" alone under "This is a permanent
 * error", a mailstore's "has not been collected after 30 days") was
 * refused for good. */
const struct ndr_mta_pattern mx_ndr_soft_reasons[] = {
	{ "Exim", "expired", "retry time" },
	{ "Exim", "mailboxfull", "retry time" },
	{ NULL, NULL, NULL }
};

const char *const mx_ndr_delay_phrases[] = {
	"still being retried", "will continue trying", "will keep trying",
	"will retry", "has not yet been delivered", "warning: could not send "
	"message for past", "delivery is delayed", "delivery has been delayed",
	"delivery to the following recipient has been delayed",
	"message delayed", "temporarily deferred", "this is a temporary error",
	"temporary failure", "this is a warning message only",
	"will be retried",
	/* Exim's "Message frozen" notice: the message stays on the queue
	 * and "the following address(es) have yet to be delivered". */
	"have yet to be delivered", NULL
};

/* Local parts (lower case) of the addresses bounces come from. */
const char *const mx_ndr_bounce_senders[] = {
	"mailer-daemon", "postmaster", "post_master", "mail-daemon", "mailerdaemon",
	"mdaemon", "bounce", "no-reply@sendgrid", "mail delivery",
	"mailer daemon", "administrator", "daemon", "dispatcher",
	"nobody", "ndr", NULL
};

/* Lines that start the returned message in a plain-text bounce. */
const char *const mx_ndr_orig_markers[] = {
	"--- below this line is a copy of the message",
	"------ this is a copy of the message",
	"----- original message -----",
	"-----original message-----",
	"----- original message follows -----",
	"original message follows",
	"--- original message follows",
	"------ original message ------",
	"--- original message ---",
	"----- unsent message below -----",
	"----- message header follows -----",
	"------ the original message ------",
	"original message headers:",
	"----- the header of the original message is following. -----",
	"a copy of the original message below this line",
	"--- message header follows",
	"---- start of returned message ----",
	"------ this is a copy of your message",
	"----- included message -----",
	"the header of the original message is following",
	"original mail as follows:",
	"------- returned message --------",
	"\nmessage headers follow.",
	"\noriginal message:\n",
	"----- unsent message follows -----",
	/* nfb7: ITS COMSAT's "===== Failed message follows: =====" */
	"failed message follows:",
	NULL
};

/* Header fields (lower case, from the start of the line) that mark an
 * automatic reply besides RFC 3834's Auto-Submitted: auto-replied. */
const char *const mx_ndr_autoreply_fields[] = {
	"x-autoreply: yes", "x-autorespond:", "precedence: auto_reply",
	"x-autoreply-from:", NULL
};

/* Subjects of RFC 3834 automatic replies. */
const char *const mx_ndr_vacation_subjects[] = {
	"out of office", "out of the office", "auto:", "autoreply",
	"auto-reply", "automatic reply", "automatische antwort", "vacation",
	"abwesenheit", "absence", NULL
};
