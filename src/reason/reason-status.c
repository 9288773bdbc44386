/*
 * reason-status: the enhanced status codes (RFC 3463 §3, with RFC 5248,
 * RFC 7372 §3 for SPF/DKIM/DMARC, RFC 7505 §4 for null MX) that name one
 * reason, the status classes that say a little, and Microsoft's own
 * X.7.5xx-X.7.6xx range.
 */
#include <stdio.h>
#include <string.h>

#include "reason-rules-int.h"

/* An enhanced status code and the reason it names. */
struct status_rule {
	const char	*code;
	int		 reason;
};

/* RFC 3463 §3 codes (and later registrations) that say one thing; the
 * generic ones (x.0.0, 4.3.0, 4.4.0, 4.7.0, 5.5.0, ...) are absent. */
static const struct status_rule status_rules[] = {
	{ "2.1.5", MX_RR_DELIVERED },
	{ "4.1.6", MX_RR_HASMOVED }, { "4.1.7", MX_RR_REJECTED },
	{ "4.1.8", MX_RR_REJECTED }, { "4.1.9", MX_RR_SYSTEMERROR },
	{ "4.2.1", MX_RR_BLOCKED }, { "4.2.2", MX_RR_MAILBOXFULL },
	{ "4.2.3", MX_RR_EXCEEDLIMIT }, { "4.2.4", MX_RR_FILTERED },
	/* open1: 4.3.2 "System not accepting network messages" is the
	 * receiving host's passing state (RFC 3463 §3.4: "an imminent
	 * shutdown, excessive load, or system maintenance"), no null MX
	 * (RFC 7505 §4: X.1.10, X.7.27): systemerror, as man REASONS
	 * defines it and the live reader's 4xx form of notaccept read it
	 * already (reason-stage.c); a 5.3.2 refuses for good and stays
	 * notaccept (the corpus's Dragonfly "521 5.3.2 ... System not
	 * accepting network messages" is labelled so). */
	{ "4.3.1", MX_RR_SYSTEMFULL }, { "4.3.2", MX_RR_SYSTEMERROR },
	{ "4.3.3", MX_RR_SYSTEMERROR }, { "4.3.5", MX_RR_SYSTEMERROR },
	{ "4.4.1", MX_RR_EXPIRED }, { "4.4.2", MX_RR_NETWORKERROR },
	{ "4.4.3", MX_RR_SYSTEMERROR }, { "4.4.4", MX_RR_NETWORKERROR },
	{ "4.4.5", MX_RR_SYSTEMFULL }, { "4.4.6", MX_RR_NETWORKERROR },
	{ "4.4.7", MX_RR_EXPIRED }, { "4.4.8", MX_RR_NETWORKERROR },
	{ "4.5.3", MX_RR_SYSTEMERROR }, { "4.5.5", MX_RR_SYSTEMERROR },
	{ "4.6.0", MX_RR_CONTENTERROR }, { "4.6.2", MX_RR_CONTENTERROR },
	{ "4.6.5", MX_RR_CONTENTERROR },
	{ "4.7.1", MX_RR_BLOCKED }, { "4.7.2", MX_RR_BLOCKED },
	{ "4.7.5", MX_RR_SECURITYERROR }, { "4.7.6", MX_RR_SECURITYERROR },
	{ "4.7.7", MX_RR_SECURITYERROR }, { "4.7.12", MX_RR_SECURITYERROR },
	{ "4.7.15", MX_RR_SECURITYERROR }, { "4.7.16", MX_RR_MESGTOOBIG },
	{ "4.7.24", MX_RR_AUTHFAILURE }, { "4.7.25", MX_RR_REQUIREPTR },
	{ "4.7.26", MX_RR_AUTHFAILURE },
	{ "5.1.0", MX_RR_USERUNKNOWN }, { "5.1.1", MX_RR_USERUNKNOWN },
	{ "5.1.2", MX_RR_HOSTUNKNOWN }, { "5.1.3", MX_RR_USERUNKNOWN },
	{ "5.1.4", MX_RR_FILTERED }, { "5.1.6", MX_RR_HASMOVED },
	{ "5.1.7", MX_RR_REJECTED }, { "5.1.8", MX_RR_REJECTED },
	{ "5.1.9", MX_RR_SYSTEMERROR },
	/* 5.1.10: "recipient address has null MX" (RFC 7505 §4.2);
	 * Exchange Online's RecipientNotFound is its own row. */
	{ "5.1.10", MX_RR_NOTACCEPT },
	{ "5.2.0", MX_RR_FILTERED }, { "5.2.1", MX_RR_FILTERED },
	{ "5.2.2", MX_RR_MAILBOXFULL }, { "5.2.3", MX_RR_EXCEEDLIMIT },
	{ "5.2.4", MX_RR_FILTERED },
	{ "5.3.0", MX_RR_SYSTEMERROR }, { "5.3.1", MX_RR_SYSTEMFULL },
	{ "5.3.2", MX_RR_NOTACCEPT }, { "5.3.3", MX_RR_SYSTEMERROR },
	{ "5.3.4", MX_RR_MESGTOOBIG }, { "5.3.5", MX_RR_SYSTEMERROR },
	{ "5.4.0", MX_RR_NETWORKERROR }, { "5.4.2", MX_RR_NETWORKERROR },
	{ "5.4.3", MX_RR_SYSTEMERROR }, { "5.4.6", MX_RR_NETWORKERROR },
	{ "5.4.7", MX_RR_EXPIRED },
	{ "5.4.4", MX_RR_HOSTUNKNOWN },
	{ "5.5.2", MX_RR_SYNTAXERROR }, { "5.5.3", MX_RR_TOOMANYCONN },
	{ "5.5.4", MX_RR_SYSTEMERROR }, { "5.5.5", MX_RR_SYSTEMERROR },
	{ "5.5.6", MX_RR_SYNTAXERROR },
	{ "5.6.0", MX_RR_CONTENTERROR }, { "5.6.1", MX_RR_CONTENTERROR },
	{ "5.6.2", MX_RR_CONTENTERROR }, { "5.6.3", MX_RR_CONTENTERROR },
	{ "5.6.5", MX_RR_CONTENTERROR }, { "5.6.6", MX_RR_CONTENTERROR },
	{ "5.6.7", MX_RR_CONTENTERROR }, { "5.6.8", MX_RR_CONTENTERROR },
	{ "5.6.9", MX_RR_CONTENTERROR },
	{ "5.7.0", MX_RR_SECURITYERROR }, { "5.7.1", MX_RR_SECURITYERROR },
	{ "5.7.2", MX_RR_SECURITYERROR }, { "5.7.3", MX_RR_SECURITYERROR },
	{ "5.7.4", MX_RR_SECURITYERROR }, { "5.7.5", MX_RR_SECURITYERROR },
	{ "5.7.6", MX_RR_SECURITYERROR }, { "5.7.7", MX_RR_SECURITYERROR },
	{ "5.7.8", MX_RR_SECURITYERROR }, { "5.7.9", MX_RR_SECURITYERROR },
	{ "5.7.10", MX_RR_SECURITYERROR }, { "5.7.11", MX_RR_SECURITYERROR },
	{ "5.7.13", MX_RR_SUSPEND }, { "5.7.14", MX_RR_SECURITYERROR },
	{ "5.7.15", MX_RR_SECURITYERROR }, { "5.7.16", MX_RR_MESGTOOBIG },
	{ "5.7.17", MX_RR_HASMOVED }, { "5.7.18", MX_RR_HASMOVED },
	{ "5.7.19", MX_RR_SECURITYERROR }, { "5.7.20", MX_RR_AUTHFAILURE },
	{ "5.7.21", MX_RR_AUTHFAILURE }, { "5.7.22", MX_RR_AUTHFAILURE },
	{ "5.7.23", MX_RR_AUTHFAILURE }, { "5.7.24", MX_RR_AUTHFAILURE },
	{ "5.7.25", MX_RR_REQUIREPTR }, { "5.7.26", MX_RR_AUTHFAILURE },
	{ "5.7.27", MX_RR_NOTACCEPT }, { "5.7.28", MX_RR_SPAMDETECTED },
	{ "5.7.29", MX_RR_AUTHFAILURE }, { "5.7.30", MX_RR_SECURITYERROR },
	/* Microsoft's three-digit details (Exchange Online NDR codes). */
	{ "5.4.1", MX_RR_USERUNKNOWN },
	/* live6: "5.7.124 Sender not in allowed-senders list" (a group
	 * that takes mail only from its list; learn.microsoft.com,
	 * Exchange Online NDR list). */
	{ "5.7.124", MX_RR_FILTERED },
	/*
	 * Microsoft's own X.7.500-X.7.699 (Exchange Online; RFC 3463 has
	 * X.7.0-X.7.30 only): the one place their meanings live.  Source:
	 * learn.microsoft.com, "Email non-delivery reports and SMTP errors
	 * in Exchange Online" and "Fix NDR error 5.7.606-649":
	 *  5.7.507 "Access denied, rejected by recipient": the sending IP
	 *          is banned (not the recipient's own filter);
	 *  5.7.509 "sending domain ... does not pass DMARC verification";
	 *  5.7.512 "message must be RFC 5322 section 3.6.2 compliant" (the
	 *          From: header);
	 *  5.7.520 "Your organization does not allow external forwarding":
	 *          the sender's own tenant's outbound policy (automatic
	 *          forwarding off) refuses it, no check of the message or
	 *          of us failed: policyviolation, as Sisimai files
	 *          "message bounced due to organizational settings";
	 *  5.7.606-649 "Access denied, banned sending IP".
	 * A code of the range not listed here is read by
	 * mx_rr_microsoft_status (below): its words first, else a block.
	 */
	/* cat1: 5.7.505 "Access denied, banned recipient": the recipient's
	 * address is barred (Exchange Online's NDR list), as reason-hosts.c
	 * reads its words. */
	{ "5.7.505", MX_RR_SUSPEND },
	{ "5.7.507", MX_RR_BLOCKED }, { "5.7.509", MX_RR_AUTHFAILURE },
	{ "5.7.512", MX_RR_NOTCOMPLIANTRFC },
	{ "5.7.520", MX_RR_POLICYVIOLATION },
	{ "5.7.606", MX_RR_BLOCKED },
	{ "5.7.607", MX_RR_BLOCKED }, { "5.7.608", MX_RR_BLOCKED },
	{ "5.7.750", MX_RR_BLOCKED }, { "5.4.312", MX_RR_NETWORKERROR },
	{ "5.4.316", MX_RR_EXPIRED }, { "5.4.300", MX_RR_EXPIRED },
	{ "5.4.310", MX_RR_HOSTUNKNOWN }, { "5.4.14", MX_RR_NETWORKERROR },
};

/* Status classes (x.6, x.7) that say a little when nothing else does. */
static const struct status_rule status_classes[] = {
	{ "5.6.", MX_RR_CONTENTERROR }, { "4.6.", MX_RR_CONTENTERROR },
	{ "5.7.", MX_RR_SECURITYERROR }, { "4.7.", MX_RR_SECURITYERROR },
};

/* Reason of an enhanced status code. */
int
mx_rr_status(const char *status)
{
	size_t i;

	if (status == NULL || status[0] == '\0')
		return MX_RR_NONE;
	for (i = 0; i < sizeof status_rules / sizeof status_rules[0]; i++)
		if (strcmp(status, status_rules[i].code) == 0) {
			if (mx_rr_tally_on && !mx_rr_tally("status", i))
				return MX_RR_NONE;
			return status_rules[i].reason;
		}
	return MX_RR_NONE;
}

/* Whether status is in Microsoft's own X.7.500-X.7.699, or its
 * 4.7.850-4.7.899 (cat1: "Access denied, please try again later", the
 * sending IP restricted while suspicious activity is evaluated;
 * learn.microsoft.com, Exchange Online's NDR list). */
static int
microsoft_range(const char *status)
{
	if (status == NULL || strlen(status) != 7 ||
	    strncmp(status + 1, ".7.", 3) != 0)
		return 0;
	return (status[4] >= '5' && status[4] <= '6') || (status[0] == '4' &&
	    status[4] == '8' && status[5] >= '5');
}

/* Whether status is one of Microsoft's own X.7.500-X.7.699 that the
 * status table does not name (see its Microsoft block). */
int
mx_rr_microsoft_status(const char *status)
{
	return microsoft_range(status) && mx_rr_status(status) == MX_RR_NONE;
}

/* Whether r, what the words say of a reply (or a bounce's text) with
 * one of Microsoft's own X.7.500-X.7.699 (mx_rr_microsoft_status), names
 * no cause of its own: a 5xx bans the sending host, whose "sender" is
 * that host ("550 5.7.511 Access denied, banned sender[192.0.2.1]"), so a
 * refused sender, a generic reading or none stays the block.  The live
 * reader (reason.c) and the bounce reader (ndr-classify.c) both ask. */
int
mx_rr_microsoft_generic(int r)
{
	return r == MX_RR_NONE || r == MX_RR_SECURITYERROR ||
	    r == MX_RR_SYSTEMERROR || r == MX_RR_REJECTED ||
	    r == MX_RR_ONHOLD || r == MX_RR_UNDEFINED;
}

/* Whether status is one of Microsoft's own X.7.500-X.7.699 that the
 * status table names: its documented meaning, which no general word
 * overrules ("5.7.507 Access denied, rejected by recipient" is a ban of
 * the sending IP, not the recipient's filter). */
int
mx_rr_microsoft_listed(const char *status)
{
	return microsoft_range(status) && mx_rr_status(status) != MX_RR_NONE;
}

/* The reason a status's class (x.6, x.7) names; see reason-rules-int.h. */
int
mx_rr_status_class(const char *status)
{
	size_t i;

	for (i = 0; status != NULL && i < sizeof status_classes /
	    sizeof status_classes[0]; i++)
		if (strncmp(status, status_classes[i].code, 4) == 0)
			return status_classes[i].reason;
	return MX_RR_NONE;
}

/* The number of rows of the status table. */
size_t
mx_rr_status_rows(void)
{
	return sizeof status_rules / sizeof status_rules[0];
}

/* Describe row k of the status table. */
void
mx_rr_status_row(size_t k, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s -> %s", status_rules[k].code,
	    mx_rr_names[status_rules[k].reason]);
}
