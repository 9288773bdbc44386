/*
 * tests/unit/ndr-recipients.c: unit tests (TAP) of the bounce reader's
 * recipient finder (issue 11): bounce texts in the phrasings with which
 * mail systems announce a failed recipient, taken from their sources and
 * documentation (each case names its mail system and where its wording
 * comes from), each labelled with the first failed recipient as the mail
 * system meant it: the rfc822 address, without quotes, brackets, "smtp="
 * or mailto: debris, never a contact or postmaster address nor the
 * sender.  Labels were written before the reader was run on the texts
 * (but for "DSN bare local part, text names another address", added
 * after a rule dropped a bench's total).  Every address is invented
 * (example.*); the sender is ann@example.org.  Run alone, it prints the
 * figure "recipients right: N/M".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "ndr.h"
#include "tap.h"

/* One bounce: who writes it, the wording's source, its body (after a
 * plain header unless it starts with a header of its own), the label. */
struct rcase {
	const char	*what;
	const char	*body;
	const char	*want;
};

/* The top header of a bounce whose body is plain text. */
#define HDR "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n" \
	"To: ann@example.org\nSubject: Undelivered Mail Returned to Sender\n" \
	"Date: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
/* A returned message's header after the error section. */
#define RET "\n------ This is a copy of the message, including all the " \
	"headers. ------\n\nFrom: Ann <ann@example.org>\nTo: " \
	"team@example.org\nSubject: hello\n\nhi\n"
/* A multipart/report whose text part is T and delivery-status part D. */
#define REPORT(T, D) "From: MAILER-DAEMON@mx.example.org\nTo: " \
	"ann@example.org\nSubject: Delivery Status Notification (Failure)\n" \
	"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=" \
	"delivery-status; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; " \
	"charset=us-ascii\n\n" T "\n--b1\nContent-Type: message/delivery-" \
	"status\n\nReporting-MTA: dns; mx.example.org\n\n" D "\n--b1--\n"

static const struct rcase cases[] = {
	/* Postfix, bounce_template.c's failure template and
	 * bounce_notify_util.c's "<rcpt>: text" per recipient. */
	{ "Postfix failure template", HDR
	    "This is the mail system at host mx.example.org.\n\n"
	    "I'm sorry to have to inform you that your message could not\n"
	    "be delivered to one or more recipients. It's attached below.\n\n"
	    "For further assistance, please send mail to "
	    "<postmaster@mx.example.org>\n\n"
	    "If you do so, please include this problem report. You can\n"
	    "delete your own text from the attached returned message.\n\n"
	    "                   The mail system\n\n"
	    "<alice@example.net>: host mx.example.net[192.0.2.1] said: 550 "
	    "5.1.1\n    <alice@example.net>: Recipient address rejected: User "
	    "unknown (in\n    reply to RCPT TO command)\n" RET,
	    "alice@example.net" },
	/* Postfix, bounce_notify_util.c: "<final> (expanded from <orig>):". */
	{ "Postfix expanded from alias", HDR
	    "This is the mail system at host mx.example.org.\n\n"
	    "I'm sorry to have to inform you that your message could not\n"
	    "be delivered to one or more recipients.\n\n"
	    "<bob@example.net> (expanded from <staff@example.org>): host\n"
	    "    mx.example.net[192.0.2.1] said: 550 5.1.1 No such user (in "
	    "reply to\n    RCPT TO command)\n" RET, "bob@example.net" },
	/* Postfix, bounce_template.c's delay template. */
	{ "Postfix delay template", HDR
	    "This is the mail system at host mx.example.org.\n\n"
	    "####################################################################"
	    "\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #"
	    "\n####################################################################"
	    "\n\nYour message could not be delivered for more than 4 hour(s).\n"
	    "It will be retried until it is 5 day(s) old.\n\n"
	    "For further assistance, please send mail to "
	    "postmaster@mx.example.org\n\n                   The mail system\n\n"
	    "<pam@example.net>: connect to mx.example.net[192.0.2.6]:25: "
	    "Connection\n    timed out\n" RET, "pam@example.net" },
	/* Exim, deliver.c: "The following address(es) failed:", the
	 * address indented, then "host h [ip]" and "SMTP error from remote
	 * mail server after RCPT TO:<a>:". */
	{ "Exim failed addresses", HDR
	    "This message was created automatically by mail delivery "
	    "software.\n\nA message that you sent could not be delivered to one "
	    "or more of its\nrecipients. This is a permanent error. The "
	    "following address(es) failed:\n\n  carol@example.net\n    host "
	    "mx.example.net [192.0.2.2]\n    SMTP error from remote mail server "
	    "after RCPT TO:<carol@example.net>:\n    550 5.1.1 User unknown\n"
	    RET, "carol@example.net" },
	/* Exim, deliver.c: a child address "(generated from parent)". */
	{ "Exim generated from", HDR
	    "This message was created automatically by mail delivery "
	    "software.\n\nA message that you sent could not be delivered to one "
	    "or more of its\nrecipients. This is a permanent error. The "
	    "following address(es) failed:\n\n  dan@example.net\n    "
	    "(generated from sales@example.org)\n    host mx.example.net "
	    "[192.0.2.2]\n    SMTP error from remote mail server after RCPT "
	    "TO:<dan@example.net>:\n    550 5.1.1 unknown\n" RET,
	    "dan@example.net" },
	/* Exim, deliver.c's delay warning (warn_message_file default). */
	{ "Exim delay warning", HDR
	    "This message was created automatically by mail delivery "
	    "software.\nA message that you sent has not yet been delivered to "
	    "one or more of its\nrecipients after more than 24 hours on the "
	    "queue on mx.example.org.\n\nThe message identifier is:     "
	    "1abcde-000123-XY\nThe subject of the message is: hello\nThe date "
	    "of the message is:    Mon, 1 Jan 2024 09:00:00 +0000\n\nThe "
	    "address to which the message has not yet been delivered is:\n\n"
	    "  erin@example.net\n    host mx.example.net [192.0.2.3]: Connection "
	    "timed out\n\nNo action is required on your part.\n" RET,
	    "erin@example.net" },
	/* Sendmail, savemail.c: "----- The following addresses had
	 * permanent fatal errors -----", then the transcript. */
	{ "Sendmail permanent fatal errors", HDR
	    "The original message was received at Mon, 1 Jan 2024 09:00:00 "
	    "+0000\nfrom localhost [127.0.0.1]\n\n   ----- The following "
	    "addresses had permanent fatal errors -----\n<frank@example.net>\n"
	    "    (reason: 550 5.1.1 <frank@example.net>... User unknown)\n\n"
	    "   ----- Transcript of session follows -----\n... while talking "
	    "to mx.example.net.:\n>>> MAIL From:<ann@example.org> SIZE=100\n"
	    "<<< 250 2.1.0 ok\n>>> RCPT To:<frank@example.net>\n<<< 550 5.1.1 "
	    "<frank@example.net>... User unknown\n550 5.1.1 "
	    "<frank@example.net>... User unknown\n" RET, "frank@example.net" },
	/* Sendmail, savemail.c: the "(expanded from: <list>)" line. */
	{ "Sendmail expanded from", HDR
	    "The original message was received at Mon, 1 Jan 2024 09:00:00 "
	    "+0000\nfrom localhost [127.0.0.1]\n\n   ----- The following "
	    "addresses had permanent fatal errors -----\n\"|/usr/bin/x\"\n"
	    "<frida@example.net>\n    (expanded from: <list@example.org>)\n\n"
	    "   ----- Transcript of session follows -----\n550 5.1.1 "
	    "<frida@example.net>... User unknown\n" RET,
	    "frida@example.net" },
	/* Sendmail, savemail.c: transient non-fatal errors (a warning). */
	{ "Sendmail transient errors", HDR
	    "**********************************************\n**      THIS IS A "
	    "WARNING MESSAGE ONLY      **\n**  YOU DO NOT NEED TO RESEND YOUR "
	    "MESSAGE  **\n**********************************************\n\n"
	    "The original message was received at Mon, 1 Jan 2024\nfrom "
	    "localhost [127.0.0.1]\n\n   ----- The following addresses had "
	    "transient non-fatal errors -----\n<sue@example.net>\n\n   ----- "
	    "Transcript of session follows -----\n<sue@example.net>... "
	    "Deferred: Connection timed out with mx.example.net.\n" RET,
	    "sue@example.net" },
	/* qmail, qmail-send.c: "I'm afraid I wasn't able to deliver your
	 * message to the following addresses." then "<a>:". */
	{ "qmail-send", HDR
	    "Hi. This is the qmail-send program at mx.example.org.\nI'm "
	    "afraid I wasn't able to deliver your message to the following "
	    "addresses.\nThis is a permanent error; I've given up. Sorry it "
	    "didn't work out.\n\n<gina@example.net>:\n192.0.2.4 does not like "
	    "recipient.\nRemote host said: 550 5.1.1 unknown user\nGiving up "
	    "on 192.0.2.4.\n\n--- Below this line is a copy of the message.\n\n"
	    "Return-Path: <ann@example.org>\nReceived: (qmail 1 invoked by uid "
	    "1); 1 Jan 2024\nFrom: ann@example.org\nTo: team@example.org\n",
	    "gina@example.net" },
	/* Courier, courierdsn's text: "UNDELIVERABLE MAIL" and "<a>:". */
	{ "Courier", HDR
	    "This is a delivery status notification from mx.example.org,\n"
	    "running the Courier mail server, version 1.0.\n\nThe original "
	    "message was received on Mon, 1 Jan 2024 09:00:00 +0000\nfrom "
	    "localhost [127.0.0.1]\n\n--------------------------------------"
	    "-------------------------------------\n\n                        "
	    "   UNDELIVERABLE MAIL\n\nYour message to the following recipients "
	    "cannot be delivered:\n\n<hank@example.net>:\n    mx.example.net "
	    "[192.0.2.5]:\n>>> RCPT TO:<hank@example.net>\n<<< 550 5.1.1 No such "
	    "user\n\n-----------------------------------------------------------"
	    "----------------\n\nIf your message was also sent to additional "
	    "recipients, their delivery\nstatus is not included in this report."
	    "\n" RET, "hank@example.net" },
	/* Exchange 2007-2013, its NDR template: display name and address
	 * in parentheses, then the administrators' section. */
	{ "Exchange display name (address)", HDR
	    "Delivery has failed to these recipients or groups:\n\nIvy Lee "
	    "(ivy@example.net)\nThe e-mail address you entered couldn't be "
	    "found. Please check the recipient's e-mail address and try to "
	    "resend the message.\n\n\n\nDiagnostic information for "
	    "administrators:\n\nGenerating server: mail.example.org\n\n"
	    "ivy@example.net\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found "
	    "##\n\nOriginal message headers:\n\nFrom: Ann <ann@example.org>\n"
	    "To: team@example.org\nSubject: hello\n", "ivy@example.net" },
	/* Exchange as rendered by Outlook: "Name<mailto:a>" forms. */
	{ "Exchange mailto form", HDR
	    "Delivery has failed to these recipients or groups:\n\n"
	    "jack@example.net<mailto:jack@example.net>\nThe e-mail address "
	    "you entered couldn't be found.\n\nDiagnostic information for "
	    "administrators:\n\nGenerating server: mail.example.org\n\n"
	    "jack@example.net\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found "
	    "##\n", "jack@example.net" },
	/* Office 365, its current NDR: "Your message to a couldn't be
	 * delivered." */
	{ "Office 365", HDR
	    "Your message to max@example.net couldn't be delivered.\n\nmax "
	    "wasn't found at example.net.\n\nann   Office 365   max\nAction "
	    "Required   Recipient\n\nUnknown To address\n\nHow to Fix It\nThe "
	    "address may be misspelled or may not exist.\n\nMore Info for Email "
	    "Admins\nStatus code: 550 5.1.10\n\nOriginal Message Details\n"
	    "Created Date:   1/1/2024 10:00:00 AM\nSender Address: "
	    "ann@example.org\nRecipient Address:      max@example.net\n",
	    "max@example.net" },
	/* Exchange 2003 / Outlook: "did not reach the following
	 * recipient(s):", the summary above quoting To: by name. */
	{ "Exchange 2003 did not reach", HDR
	    "Your message\n\n  To:      Kim Doe\n  Subject: hello\n  Sent:    "
	    "Mon, 1 Jan 2024 09:00:00 +0000\n\ndid not reach the following "
	    "recipient(s):\n\nkim@example.net on Mon, 1 Jan 2024 10:00:00 "
	    "+0000\n    The e-mail account does not exist at the organization "
	    "this message was sent to.\n    <mx.example.org #5.1.1 smtp;550 "
	    "5.1.1 User unknown>\n", "kim@example.net" },
	/* Outlook: the recipient by name only, its address in the
	 * diagnostic ("cannot be reached"). */
	{ "Outlook cannot be reached", HDR
	    "Your message did not reach some or all of the intended "
	    "recipients.\n\n      Subject:  hello\n      Sent:     1/1/2024 "
	    "10:00 AM\n\nThe following recipient(s) cannot be reached:\n\n      "
	    "'Walt W' on 1/1/2024 10:00 AM\n            The e-mail address could "
	    "not be found.\n            <mx.example.org #5.1.1 smtp;550 5.1.1 "
	    "<walt@example.net>... User unknown>\n", "walt@example.net" },
	/* Gmail: "Your message wasn't delivered to a because ...". */
	{ "Gmail wasn't delivered to", HDR
	    "** Address not found **\n\nYour message wasn't delivered to "
	    "paul@example.net because the address couldn't be found, or is "
	    "unable to receive mail.\n\nLearn more here: "
	    "https://support.google.com/mail/?p=NoSuchUser\n\nThe response "
	    "from the remote server was:\n550 5.1.1 The email account that you "
	    "tried to reach does not exist.\n", "paul@example.net" },
	/* Gmail (older): "Delivery to the following recipient failed
	 * permanently:" then the address indented. */
	{ "Gmail failed permanently", HDR
	    "This is an automatically generated Delivery Status Notification"
	    "\n\nDelivery to the following recipient failed permanently:\n\n"
	    "     quinn@example.net\n\nTechnical details of permanent failure:\n"
	    "Google tried to deliver your message, but it was rejected by the "
	    "server for the recipient domain example.net by mx.example.net. "
	    "[192.0.2.7].\n\nThe error that the other server returned was:\n550 "
	    "5.1.1 <quinn@example.net>: Recipient address rejected\n",
	    "quinn@example.net" },
	/* Yahoo: "Sorry, we were unable to deliver your message to the
	 * following address." then "<a>:". */
	{ "Yahoo", HDR
	    "Sorry, we were unable to deliver your message to the following "
	    "address.\n\n<rita@example.net>:\nRemote host said: 550 5.1.1 "
	    "<rita@example.net>... User unknown [RCPT_TO]\n\n--- Below this "
	    "line is a copy of the message.\n", "rita@example.net" },
	/* Lotus/HCL Domino: "Your message ... was not delivered to: a
	 * because: ...". */
	{ "Domino", HDR
	    "Your message\n\n  Subject: hello\n\nwas not delivered to:\n\n  "
	    "sam@example.net\n\nbecause:\n\n  User sam (sam@example.net) not "
	    "listed in Domino Directory\n", "sam@example.net" },
	/* Domino: a Notes recipient written "SMTP:a" / "smtp=a". */
	{ "Domino SMTP: prefix", HDR
	    "Your message\n\n  Subject: hello\n\nwas not delivered to:\n\n  "
	    "smtp=lea@example.net\n\nbecause:\n\n  Cannot route mail to user "
	    "(lea@example.net)\n", "lea@example.net" },
	/* GroupWise: "The message that you sent was undeliverable to the
	 * following:". */
	{ "GroupWise", HDR
	    "The message that you sent was undeliverable to the following:\n"
	    "\ttom@example.net (user not found)\n\nPossibly truncated original "
	    "message follows:\n\nFrom: ann@example.org\nTo: tom@example.net\n",
	    "tom@example.net" },
	/* MDaemon: "--- The following addresses had delivery problems
	 * ---". */
	{ "MDaemon", HDR
	    "The attached message had PERMANENT fatal delivery errors!\n\n"
	    "After one or more unsuccessful delivery attempts the attached "
	    "message\nhas been removed from the mail queue on this server.\n\n"
	    "--- Session Transcript ---\n Mon 2024-01-01 10:00:00: Attempting "
	    "SMTP connection to [mx.example.net]\n Mon 2024-01-01 10:00:01: "
	    "--> RCPT To:<uma@example.net>\n Mon 2024-01-01 10:00:01: <-- 550 "
	    "5.1.1 No such user\n--- End Transcript ---\n", "uma@example.net" },
	/* Sun/Oracle Messaging Server: "Recipient address:" then
	 * "Original address:" under the quoted header fields. */
	{ "Sun Messaging Server", HDR
	    "This report relates to a message you sent with the following "
	    "header fields:\n\n  Message-id: <0001@mail.example.org>\n  Date: "
	    "Mon, 1 Jan 2024 09:00:00 +0000\n  From: Ann <ann@example.org>\n  "
	    "To: staff@example.org\n  Subject: hello\n\nYour message cannot be "
	    "delivered to the following recipients:\n\n  Recipient address: "
	    "vic@example.net\n  Original address: staff@example.org\n  Reason: "
	    "Remote SMTP server has rejected address\n  Diagnostic code: "
	    "smtp;550 5.1.1 unknown\n  Remote system: dns;mx.example.net\n",
	    "vic@example.net" },
	/* Trend Micro InterScan MSS: "Sent <<< RCPT TO:" and "Unable to
	 * deliver message to <a>". */
	{ "InterScan MSS", HDR
	    "Sent <<< MAIL FROM:<ann@example.org>\nReceived >>> 250 2.1.0 ok\n"
	    "Sent <<< RCPT TO:<wes@example.net>\nReceived >>> 550 5.1.1 "
	    "<wes@example.net>... User unknown\n\nUnable to deliver message to "
	    "<wes@example.net>.\n", "wes@example.net" },
	/* SMTP32 / IMail: "Unknown user: a" ahead of the returned copy. */
	{ "IMail / SMTP32", HDR
	    "Unknown user: xena@example.net\n\nOriginal message follows.\n\n"
	    "From: ann@example.org\nTo: xena@example.net\n", "xena@example.net" },
	/* IIS SMTP: "Unable to deliver message to the following
	 * recipients", the address indented. */
	{ "IIS SMTP", HDR
	    "Unable to deliver message to the following recipients, due to "
	    "being unable to connect successfully to the destination mail "
	    "server.\n\n       vera@example.net\n", "vera@example.net" },
	/* Mail Essentials-style: "The following message to <a> was
	 * undeliverable." */
	{ "message to <a> was undeliverable", HDR
	    "The following message to <eve@example.net> was undeliverable.\n"
	    "The reason for the problem:\n5.1.0 - Unknown address error "
	    "550-'eve@example.net... No such user'\n", "eve@example.net" },
	/* masqmail's failmsg template: the contact after the recipients. */
	{ "masqmail failmsg", HDR
	    "This message was sent to you by the mailer daemon (masqmail 0.3)"
	    "\nat mx.example.org.\n\nSorry, but your mail could not be "
	    "delivered to all recipients.\nDelivery to the following "
	    "recipients failed permanently and has been given\nup:\n\n"
	    "ben@example.net\n\nThis error message may give you a hint about "
	    "what caused the\nfailure:\n\n550 5.1.1 unknown\n\nIf you need "
	    "help, write to <postmaster@mx.example.org>.\n", "ben@example.net" },
	/* A contact address in the template ahead of the recipients
	 * (Postfix's $myhostname postmaster, a provider's helpdesk). */
	{ "helpdesk before the recipient", HDR
	    "Your message could not be delivered. If you need assistance, "
	    "contact helpdesk@example.org or call us.\n\nFailed recipient:\n"
	    "dee@example.net\nReason: 550 5.1.1 mailbox unavailable\n",
	    "dee@example.net" },
	{ "postmaster named before the recipient", HDR
	    "Mail from ann@example.org could not be delivered; questions go to "
	    "postmaster@mx.example.org.\n\nRecipient: <cid@example.net>\n"
	    "Reason: 550 5.1.1 unknown user\n", "cid@example.net" },
	{ "postmaster in a sentence before the recipient", HDR
	    "Some recipients failed; questions go to postmaster@mx.example.org."
	    "\n\nRecipient: <cyd@example.net>\nReason: 550 5.1.1 unknown user\n",
	    "cyd@example.net" },
	/* A role address (RFC 2142 mailbox names: abuse, postmaster,
	 * hostmaster) named in the template before the recipient. */
	{ "RFC 2142 abuse address before the recipient", HDR
	    "This message was rejected. To report a problem write to "
	    "abuse@mx.example.org.\n\n<tia@example.net>: 550 5.7.1 rejected by "
	    "policy\n", "tia@example.net" },
	/* A message-id quoted in the template before the recipient. */
	{ "message-id before the recipient", HDR
	    "Your message with ID <20240101.1234@mail.example.org> could not be "
	    "delivered to the following recipients:\n\nnia@example.net\n"
	    "Reason: 550 5.1.1 user unknown\n", "nia@example.net" },
	/* The sender named "from a" in a bounce sent to a VERP address. */
	{ "sender named 'from a' before the recipient",
	    "From: MAILER-DAEMON@mx.example.org\nTo: bounces+ann=example.org@"
	    "lists.example.org\nSubject: failure notice\n\nYour message from "
	    "ann@example.org to ola@example.net could not be delivered.\n550 "
	    "5.1.1 user unknown\n", "ola@example.net" },
	/* Exchange: an SMTP address wrapped as an IMCEA one (IMCEASMTP-,
	 * "+40" for "@", "+2E" for "."). */
	{ "Exchange IMCEASMTP address", HDR
	    "Delivery has failed to these recipients or groups:\n\n"
	    "IMCEASMTP-roy+40example+2Enet@mail.example.org\nThe e-mail address "
	    "you entered couldn't be found.\n", "roy@example.net" },
	/* Exchange: an X.500 (legacyExchangeDN) IMCEAEX- Final-Recipient,
	 * the rfc822 one in Original-Recipient. */
	{ "DSN IMCEAEX Final-Recipient", REPORT("Delivery failed.",
	    "Original-Recipient: rfc822;rob@example.net\nFinal-Recipient: rfc822;"
	    "IMCEAEX-_O=ORG_OU=FIRST+20GROUP_CN=RECIPIENTS_CN=ROB@mail.example."
	    "org\nAction: failed\nStatus: 5.1.1"), "rob@example.net" },
	/* RFC 3464 §2.3.2 wants an addr-spec; some write a name-addr. */
	{ "DSN name-addr Final-Recipient", REPORT("Delivery failed.",
	    "Final-Recipient: rfc822; Rae Smith <rae@example.net>\nAction: "
	    "failed\nStatus: 5.1.1"), "rae@example.net" },
	{ "DSN address with a comment", REPORT("Delivery failed.",
	    "Final-Recipient: rfc822; ray@example.net (Ray)\nAction: failed\n"
	    "Status: 5.1.1"), "ray@example.net" },
	/* Exchange localized NDRs (its templates per language). */
	{ "Exchange German", HDR
	    "Die \xc3\x9c" "bermittlung an folgende Empf\xc3\xa4nger oder "
	    "Gruppen ist fehlgeschlagen:\n\nZoe Z (zoe@example.net)\nDie "
	    "eingegebene E-Mail-Adresse wurde nicht gefunden.\n\n"
	    "Diagnoseinformationen f\xc3\xbcr Administratoren:\n\nGenerierender "
	    "Server: mail.example.org\n\nzoe@example.net\n#550 5.1.1 "
	    "RESOLVER.ADR.RecipNotFound; not found ##\n", "zoe@example.net" },
	{ "Exchange French", HDR
	    "La remise aux destinataires ou groupes suivants a \xc3\xa9"
	    "chou\xc3\xa9 :\n\nabe@example.net\nL'adresse de messagerie que "
	    "vous avez entr\xc3\xa9" "e est introuvable.\n", "abe@example.net" },
	{ "Exchange Spanish", HDR
	    "Error en la entrega a estos destinatarios o grupos:\n\n"
	    "bea@example.net\nNo se encontr\xc3\xb3 la direcci\xc3\xb3n de "
	    "correo electr\xc3\xb3nico que escribi\xc3\xb3.\n",
	    "bea@example.net" },
	{ "Exchange Japanese", HDR
	    "\xe6\xac\xa1\xe3\x81\xae\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85\xe3"
	    "\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x82\xb0\xe3\x83\xab\xe3\x83"
	    "\xbc\xe3\x83\x97\xe3\x81\xb8\xe3\x81\xae\xe9\x85\x8d\xe4\xbf\xa1"
	    "\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3"
	    "\x81\x97\xe3\x81\x9f:\n\ncai@example.jp\n", "cai@example.jp" },
	/* Quoted address with trailing punctuation. */
	{ "quoted address and a full stop", HDR
	    "Delivery to the following recipient failed permanently:\n\n"
	    "     'fay@example.net'.\n\nReason: mailbox unavailable\n",
	    "fay@example.net" },
	/* Quoted-printable text: the address split by a soft break. */
	{ "quoted-printable soft break in the address",
	    "From: MAILER-DAEMON@mx.example.org\nTo: ann@example.org\nSubject: "
	    "Undeliverable: hello\nMIME-Version: 1.0\nContent-Type: text/plain; "
	    "charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
	    "Delivery has failed to these recipients or groups:\n\ngus@exam=\n"
	    "ple.net\nThe e-mail address you entered couldn't be found.\n",
	    "gus@example.net" },
	/* RFC 2047 encoded display name before the address. */
	{ "RFC 2047 display name", HDR
	    "Delivery has failed to these recipients or groups:\n\n"
	    "=?utf-8?B?SMOpbMOobmU=?= <hel@example.net>\nThe e-mail address "
	    "you entered couldn't be found.\n", "hel@example.net" },
	/* RFC 3464 §2.3.1-2: X.400 Final-Recipient, rfc822 Original. */
	{ "DSN x400 Final-Recipient", REPORT("Delivery failed.",
	    "Original-Recipient: rfc822;kay@example.net\nFinal-Recipient: x400;"
	    " /C=US/ADMD=/PRMD=Org/O=Org/S=Kay/\nAction: failed\nStatus: 5.1.1"),
	    "kay@example.net" },
	/* RFC 3464: Final-Recipient missing, Original-Recipient given. */
	{ "DSN only Original-Recipient", REPORT("Delivery failed.",
	    "Original-Recipient: rfc822; ned@example.net\nAction: failed\n"
	    "Status: 5.1.1"), "ned@example.net" },
	/* A DSN whose group has no recipient field: the text names it. */
	{ "DSN without recipient fields", REPORT(
	    "This is the mail system at host mx.example.org.\n\n<olga@example."
	    "net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown\n",
	    "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 "
	    "unknown"), "olga@example.net" },
	/* Final-Recipient written with "smtp=" inside angle brackets. */
	{ "DSN smtp= debris", REPORT("Delivery failed.",
	    "Final-Recipient: rfc822;<smtp=lou@example.net>\nAction: failed\n"
	    "Status: 5.1.1"), "lou@example.net" },
	/* Final-Recipient of a local type without a domain. */
	{ "DSN LOCAL Final-Recipient", REPORT("Delivery failed.",
	    "Original-Recipient: rfc822;mia@example.net\nFinal-Recipient: "
	    "LOCAL;mia\nAction: failed\nStatus: 5.2.2"), "mia@example.net" },
	/* RFC 3464 §2.3.3: a group whose Action is relayed, delivered or
	 * expanded is no failure; the first failed one is meant. */
	{ "DSN relayed group before the failed one", REPORT("Report.",
	    "Final-Recipient: rfc822; ok@example.net\nAction: relayed\n"
	    "Status: 2.0.0\n\nFinal-Recipient: rfc822; pia@example.net\n"
	    "Action: failed\nStatus: 5.1.1"), "pia@example.net" },
	{ "DSN delivered group before the failed one", REPORT("Report.",
	    "Final-Recipient: rfc822; fine@example.net\nAction: delivered\n"
	    "Status: 2.0.0\n\nFinal-Recipient: rfc822; quy@example.net\n"
	    "Action: failed\nStatus: 5.2.2"), "quy@example.net" },
	/* Final-Recipient of a local mailbox without a domain, the text
	 * naming the whole address. */
	{ "DSN bare local part, text names the address", REPORT(
	    "<ria@example.net>: user unknown\n", "Final-Recipient: rfc822; "
	    "ria\nAction: failed\nStatus: 5.1.1"), "ria@example.net" },
	/* An X.400 Final-Recipient alone, the text naming the rfc822
	 * address. */
	{ "DSN x400 alone, text names the address", REPORT(
	    "Your message was not delivered to kai@example.net.\n",
	    "Final-Recipient: x400; /C=US/ADMD=/PRMD=Org/O=Org/S=Kai/\n"
	    "Action: failed\nStatus: 5.1.1"), "kai@example.net" },
	/* QQ Mail (Chinese): "收件人：a" with a fullwidth colon and no
	 * space before the address. */
	{ "Chinese fullwidth colon before the address", HDR
	    "\xe5\xbe\x88\xe6\x8a\xb1\xe6\xad\x89\xe6\x82\xa8\xe5\x8f\x91\xe9"
	    "\x80\x81\xe7\x9a\x84\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab\xe9\x80"
	    "\x80\xe5\x9b\x9e\n\n\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc"
	    "\x9aqiu@example.cn\n550 5.1.1 mailbox not found\n",
	    "qiu@example.cn" },
	/* Japanese text ending the sentence with an ideographic full stop
	 * right after the address. */
	{ "Japanese full stop after the address", HDR
	    "\xe6\xac\xa1\xe3\x81\xae\xe3\x82\xa2\xe3\x83\x89\xe3\x83\xac\xe3"
	    "\x82\xb9\xe3\x81\xb8\xe3\x81\xae\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81"
	    "\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97"
	    "\xe3\x81\x9f\xef\xbc\x9atanaka@example.jp\xe3\x80\x82\n550 5.1.1 "
	    "user unknown\n", "tanaka@example.jp" },
	/* Typographic quotes (U+201C/U+201D) around the address. */
	{ "typographic quotes around the address", HDR
	    "Delivery to \xe2\x80\x9cugo@example.net\xe2\x80\x9d failed "
	    "permanently.\n550 5.1.1 user unknown\n", "ugo@example.net" },
	/* A no-break space (U+00A0) between label and address. */
	{ "no-break space before the address", HDR
	    "Delivery has failed to these recipients or groups:\n\nRecipient:"
	    "\xc2\xa0vik@example.net\nThe e-mail address couldn't be found.\n",
	    "vik@example.net" },
	/* An X.400 O/R address written as an rfc822 local part (RFC 2156
	 * §4.2: "/C=../S=../"@gateway) ahead of the rfc822 one. */
	{ "X.400 O/R local part before the rfc822 address", HDR
	    "Your message could not be delivered to:\n\n  /C=US/ADMD=ATT/PRMD="
	    "ORG/O=ORG/S=Kay/@x400.example.org\n\nRecipient: kay2@example.net\n"
	    "Reason: unknown O/R name\n", "kay2@example.net" },
	/* The mail system's own daemon address spelled otherwise. */
	{ "mailer_daemon address before the recipient", HDR
	    "Notice generated by mailer_daemon@relay.example.org\n\n"
	    "<lin@example.net>: 550 5.1.1 no such user\n", "lin@example.net" },
	/* An auto-reply (RFC 3834) comes from the recipient's mailbox; an
	 * address its text offers for urgent matters is no recipient. */
	{ "auto-reply naming a deputy",
	    "From: Jim Roe <jim@example.net>\nTo: ann@example.org\nSubject: Out "
	    "of Office: hello\nAuto-Submitted: auto-replied\n\nI am out of the "
	    "office until Monday. For urgent matters, email jane@example.net or "
	    "call.\n", "jim@example.net" },
	{ "Exchange automatic reply naming a deputy",
	    "From: Jim Roe <jim2@example.net>\nTo: ann@example.org\nSubject: "
	    "Automatic reply: hello\n\nI am out of the office until Monday. In "
	    "urgent cases write to jane@example.net.\n", "jim2@example.net" },
	/* Exchange/Domino summary: the recipient only on the summary's
	 * "To:" line, no returned message. */
	{ "summary To: line only", HDR
	    "Your message\n\n  To:      wanda@example.net\n  Subject: hello\n"
	    "  Sent:    Mon, 1 Jan 2024 09:00:00 +0000\n\ndid not reach the "
	    "recipient because the mailbox is full.\n", "wanda@example.net" },
	/* Japanese text going on right after the domain, no space. */
	{ "Japanese words right after the domain", HDR
	    "bob2@example.jp\xe3\x81\xb8\xe3\x81\xae\xe9\x85\x8d\xe4\xbf\xa1\xe3"
	    "\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97"
	    "\xe3\x81\x9f\n550 5.1.1 user unknown\n", "bob2@example.jp" },
	/* "Contact your administrator at a@b" before the recipient. */
	{ "contact your administrator before the recipient", HDR
	    "Delivery failed. Contact your administrator at admin@example.org "
	    "if this persists.\n\nFailed recipient: <sol@example.net>\n550 5.1.1 "
	    "user unknown\n", "sol@example.net" },
	/* A no-reply address of the notice before the recipient. */
	{ "no-reply address before the recipient", HDR
	    "This notice was sent by noreply@mail.example.org.\n\n"
	    "<tom2@example.net>: 550 5.1.1 user unknown\n", "tom2@example.net" },
	/* A bare local part in Final-Recipient (local delivery) that the
	 * text names with no domain: the local part is what is meant, not
	 * another address of the text. */
	{ "DSN bare local part, text names another address", REPORT(
	    "Mail for zed could not be delivered; see other@example.net.\n",
	    "Final-Recipient: rfc822; zed\nAction: failed\nStatus: 5.1.1"),
	    "zed" },
	/* Exim, deliver.c: a bounce sent to another address than the
	 * sender's (errors_to) names the sender first: "A message sent
	 * by\n\n  <a>\n\ncould not be delivered". */
	{ "Exim 'A message sent by' the sender",
	    "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: "
	    "list-owner@example.org\nSubject: Mail delivery failed\n\nThis "
	    "message was created automatically by mail delivery software.\n\n"
	    "A message sent by\n\n  <ann@example.org>\n\ncould not be delivered "
	    "to one or more of its recipients. This is a permanent error. The "
	    "following address(es) failed:\n\n  abel@example.net\n    Unrouteable "
	    "address\n", "abel@example.net" },
	/* Arabic text: the Arabic comma (U+060C) right after the address. */
	{ "Arabic comma after the address", HDR
	    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x84\xd9\x85 "
	    "amir@example.net\xd8\x8c 550 5.1.1 user unknown\n",
	    "amir@example.net" },
	/* Sendmail's transcript echoes the envelope sender ("<a>...
	 * Sender ok"), here a VERP address unlike the bounce's To:. */
	{ "transcript 'Sender ok' echo before the recipient",
	    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nTo: "
	    "ann@example.org\nSubject: Returned mail: see transcript for details"
	    "\n\n   ----- Transcript of session follows -----\n... while talking "
	    "to mx.example.net.:\n<<< 250 2.1.0 <bounce-17-ann@example.org>... "
	    "Sender ok\n>>> RCPT To:<olaf@example.net>\n<<< 550 5.1.1 "
	    "<olaf@example.net>... User unknown\n", "olaf@example.net" },
	/* The recipient named only in the Subject (IMail's "Undeliverable
	 * Mail: a", Domino's "DELIVERY FAILURE: ..."), the text naming no
	 * address. */
	{ "recipient only in the Subject",
	    "From: MAILER-DAEMON@mx.example.org\nTo: ann@example.org\nSubject: "
	    "Delivery failure to pat2@example.net\n\nThe mailbox does not "
	    "exist.\n", "pat2@example.net" },
	/* A test host's single-label domain, in angle brackets. */
	{ "single-label domain in angle brackets", HDR
	    "This is the mail system at host mx.\n\n<userx@localhost>: unknown "
	    "user: \"userx\"\n", "userx@localhost" },
	/* A quoted local part holding an '@' (RFC 5321 §4.1.2), in a
	 * DSN and in Sendmail's text: one address, its quotes kept (they
	 * lost the opening quote, "a@b\"@example.net"). */
	{ "quoted local part with an '@', DSN", REPORT(
	    "The original message was received at Mon, 1 Jan 2024\n",
	    "Final-Recipient: RFC822; \"ab@cd\"@example.net\nAction: failed\n"
	    "Status: 5.1.1\n"), "\"ab@cd\"@example.net" },
	{ "quoted local part with an '@', Sendmail text", HDR
	    "   ----- The following addresses had permanent fatal errors "
	    "-----\n<\"ab@cd\"@example.net>\n    (reason: 550 5.1.1 User "
	    "unknown)\n", "\"ab@cd\"@example.net" },
	/* "user id" names the recipient: only a message's id is no
	 * address of one. */
	{ "'user id' before the recipient", HDR
	    "Delivery failed:\n550 5.1.1 Unknown user id <uid@example.net>\n",
	    "uid@example.net" },
	/* hMailServer (and Kerio): "The following recipient(s) could not
	 * be reached:" then the address and "hMailServer sent: RCPT TO". */
	{ "hMailServer", HDR
	    "Your message did not reach some or all of the intended "
	    "recipients.\n\n   Sent: Mon, 1 Jan 2024 10:00:00 +0000\n   Subject: "
	    "hello\n\nThe following recipient(s) could not be reached:\n\n"
	    "cara@example.net\n   Error Type: SMTP\n   Remote server (192.0.2.1) "
	    "issued an error.\n   hMailServer sent: RCPT TO:<cara@example.net>\n"
	    "   Remote server replied: 550 5.1.1 unknown\n", "cara@example.net" },
	/* Mercury: "*** <a> reason" lines. */
	{ "Mercury", HDR
	    "This message is from the Mercury mail server at mx.example.org.\n\n"
	    "The following error was encountered while delivering your "
	    "message:\n\n  *** <dora@example.net> No such user\n",
	    "dora@example.net" },
	/* Barracuda: "Your message to: a" then the block. */
	{ "Barracuda", HDR
	    "Your message to: gale@example.net\nwas blocked by the Barracuda "
	    "Spam Firewall.\n", "gale@example.net" },
	/* Exchange: an X.400 address with an SMTP domain-defined attribute
	 * wrapped as IMCEAX400- ("dda:SMTP=a@b"). */
	{ "Exchange IMCEAX400 with dda:SMTP", HDR
	    "Delivery has failed to these recipients or groups:\n\n"
	    "IMCEAX400-c=US+3Ba=+20+3Bp=ORG+3Bo=EX+3Bdda+3ASMTP=kit+40example+2E"
	    "net+3B@mail.example.org\nThe e-mail address you entered couldn't be "
	    "found.\n", "kit@example.net" },
	/* A bounce to a VERP return path (Mailman's "list-bounces+a=b@
	 * host") whose text names no address: the path encodes it. */
	{ "VERP return path only",
	    "From: MAILER-DAEMON@mx.example.net\nTo: team-bounces+nell=example."
	    "net@lists.example.org\nSubject: failure notice\n\nThe mailbox is "
	    "unavailable.\n", "nell@example.net" },
};

/* Entry point: every case, then the figure N/M right. */
int
main(void)
{
	struct mx_ndr_list l;
	const char *got;
	size_t i, n = sizeof cases / sizeof cases[0], right = 0;
	int okay;

	for (i = 0; i < n; i++) {
		mx_ndr_parse(cases[i].body, strlen(cases[i].body), &l);
		got = l.nbounce >= 1 && l.bounce[0].is_bounce &&
		    l.bounce[0].nrcpt >= 1 ? l.bounce[0].rcpt[0].address :
		    "(none)";
		okay = strcmp(got, cases[i].want) == 0;
		right += okay;
		ok(okay, "recipient: %s (%s)", cases[i].what, got);
		mx_ndr_list_free(&l);
	}
	printf("# recipients right: %zu/%zu\n", right, n);
	return tap_done();
}
