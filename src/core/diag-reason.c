/*
 * diag-reason: what a reason word means for the helpdesk, as one table:
 * who must act first (and second), whether the failure is soft (retrying
 * may succeed: RFC 3463 §3.3 calls X.2.2 a persistent transient
 * condition), and the remedy in plain words.  The verdict and the reply
 * findings both read it, so a reason's actor always agrees with its remedy.
 */
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* One reason and what follows from it. */
struct reason_row {
	const char	*reason;
	enum mx_actor	 actor;
	int		 also;		/* MX_ACT_* + 1 of the second, 0: none */
	int		 soft;		/* exit 1 even when the code is 5xx */
	const char	*remedy;
};

#define ALSO(a)	((int)(a) + 1)

static const struct reason_row rows[] = {
	{ "userunknown", MX_ACT_SENDER, ALSO(MX_ACT_REMOTE), 0,
	  N_("The address does not exist there: check the spelling with the "
	  "recipient.") },
	{ "mailboxfull", MX_ACT_RECIPIENT, 0, 1,
	  N_("The recipient's mailbox is full, a soft failure (senders retry "
	  "for days): the recipient must make room.") },
	{ "mesgtoobig", MX_ACT_SENDER, ALSO(MX_ACT_REMOTE), 0,
	  N_("Send a smaller message or a link.") },
	{ "exceedlimit", MX_ACT_SENDER, ALSO(MX_ACT_RECIPIENT), 0,
	  N_("The message exceeds a limit of the recipient's mailbox: send a "
	  "smaller message.") },
	{ "blocked", MX_ACT_US, 0, 0,
	  N_("Our sending IP or host is refused: check blocklists (DNSBL) and "
	  "reverse DNS, then request delisting.") },
	{ "requireptr", MX_ACT_US, 0, 0,
	  N_("Our sending IP has no reverse DNS (PTR) or its name does not "
	  "resolve back to it: whoever runs our IP must publish a matching "
	  "PTR.") },
	{ "badreputation", MX_ACT_US, 0, 0,
	  N_("Our sending IP or domain has a poor reputation there: cut "
	  "complaints and volume, then ask the provider to review it.") },
	{ "greylisted", MX_ACT_NOBODY, 0, 1,
	  N_("Greylisting: a normal server retries and the mail goes through "
	  "within minutes.") },
	{ "rejected", MX_ACT_US, ALSO(MX_ACT_SENDER), 0,
	  N_("Our sender address or domain is refused: check SPF/DMARC and the "
	  "sender.") },
	{ "authfailure", MX_ACT_US, 0, 0,
	  N_("Our domain's SPF, DKIM or DMARC did not pass: fix the sending "
	  "domain's records.") },
	{ "norelaying", MX_ACT_REMOTE, 0, 0,
	  N_("The server does not accept mail for this domain: the MX records "
	  "may point to the wrong host.") },
	{ "suspend", MX_ACT_RECIPIENT, ALSO(MX_ACT_REMOTE), 0,
	  N_("The recipient's account is disabled.") },
	{ "hasmoved", MX_ACT_SENDER, 0, 0,
	  N_("The recipient has moved: use the new address.") },
	{ "hostunknown", MX_ACT_SENDER, 0, 0,
	  N_("The domain does not exist: check the spelling.") },
	{ "notaccept", MX_ACT_SENDER, 0, 0,
	  N_("The domain accepts no mail.") },
	{ "spamdetected", MX_ACT_SENDER, ALSO(MX_ACT_US), 0,
	  N_("The message was taken for spam: change its content or links, or "
	  "ask the recipient to allow the sender.") },
	{ "virusdetected", MX_ACT_SENDER, 0, 0,
	  N_("The message was taken to carry a virus: check the attachments.") },
	{ "contenterror", MX_ACT_SENDER, 0, 0,
	  N_("The message's content or form is refused: send it in another "
	  "form.") },
	{ "filtered", MX_ACT_RECIPIENT, ALSO(MX_ACT_REMOTE), 0,
	  N_("A filter of the recipient refuses this mail: ask the recipient to "
	  "allow the sender.") },
	{ "policyviolation", MX_ACT_REMOTE, ALSO(MX_ACT_SENDER), 0,
	  N_("The receiving side's policy refuses this message: ask the "
	  "recipient's admin.") },
	{ "speeding", MX_ACT_US, 0, 1,
	  N_("We sent too much too fast: slow down; the mail goes through "
	  "later.") },
	{ "toomanyconn", MX_ACT_US, 0, 1,
	  N_("Too many connections or recipients at once: send less at a "
	  "time.") },
	{ "syntaxerror", MX_ACT_US, 0, 0,
	  N_("The server did not understand our command.") },
	{ "notcompliantrfc", MX_ACT_SENDER, 0, 0,
	  N_("The message does not follow the mail standards: send it from "
	  "another program.") },
	{ "networkerror", MX_ACT_REMOTE, 0, 1,
	  N_("Mail cannot reach the domain's servers now; it stays queued and "
	  "is retried.") },
	{ "expired", MX_ACT_NOBODY, 0, 1, "" },
	{ "securityerror", MX_ACT_REMOTE, 0, 0,
	  N_("A TLS or security problem stops delivery.") },
	{ "systemerror", MX_ACT_REMOTE, 0, 1,
	  N_("The receiving server has a problem; retry later.") },
	{ "systemfull", MX_ACT_REMOTE, 0, 1,
	  N_("The receiving server is out of space; retry later.") },
	{ "mailererror", MX_ACT_REMOTE, 0, 0,
	  N_("A program of the receiving system (a pipe, filter or local "
	  "delivery) failed: its admin must fix it.") },
	{ "deliverable", MX_ACT_NOBODY, 0, 0, "" },
	{ "onhold", MX_ACT_NOBODY, 0, 0, "" },
	/* A bounce's own words (the bounce reader): nothing to fix. */
	{ "undefined", MX_ACT_NOBODY, 0, 0, "" },
	{ "delivered", MX_ACT_NOBODY, 0, 0, "" },
	{ "vacation", MX_ACT_NOBODY, 0, 0, "" },
};

/* The row of a reason, NULL if none. */
static const struct reason_row *
row_of(const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (strcmp(rows[i].reason, reason) == 0)
			return &rows[i];
	return NULL;
}

/* Remedy text for a verdict reason; "" when the table has none. */
const char *
mx__reason_advice(const char *reason)
{
	const struct reason_row *r = row_of(reason);

	return r != NULL ? r->remedy : "";
}

/* Who must act on a reason; *also (may be NULL) gets the second, and the
 * return says whether there is one.  A blocked that a blocklist lookup
 * confirmed goes to the list's operator, us second. */
enum mx_actor
mx__reason_actor(const char *reason, int listed, enum mx_actor *also,
    int *has_also)
{
	const struct reason_row *r = row_of(reason);
	enum mx_actor a = r != NULL ? r->actor : MX_ACT_REMOTE;
	int second = r != NULL ? r->also : 0;

	if (listed && strcmp(reason, "blocked") == 0) {
		a = MX_ACT_BLOCKLIST;
		second = ALSO(MX_ACT_US);
	}
	if (also != NULL)
		*also = second ? (enum mx_actor)(second - 1) : MX_ACT_NOBODY;
	if (has_also != NULL)
		*has_also = second != 0;
	return a;
}

/* Who must act on a reason, for a report; see diag.h. */
enum mx_actor
mx_diag_reason_actor(const char *reason, enum mx_actor *also, int *has_also)
{
	return mx__reason_actor(reason, 0, also, has_also);
}

/* The remedy of a reason, for a report; see diag.h. */
const char *
mx_diag_reason_remedy(const char *reason)
{
	return mx__reason_advice(reason);
}

/* Whether a reason is soft: retrying may succeed even after a 5xx. */
int
mx__reason_soft(const char *reason)
{
	const struct reason_row *r = row_of(reason);

	return r != NULL && r->soft;
}

/* Whether a blocklist lookup of this run found a listing. */
int
mx__diag_listed(const struct mx_model *m)
{
	int i;

	for (i = 0; i < m->ndnsbl && i < MX_MAX_DNSBL; i++)
		if (m->dnsbl[i].listed)
			return 1;
	return 0;
}

/* The full text of the reply a probe stopped at: what its reason is read
 * from (all lines of a multi-line refusal). */
const char *
mx__probe_reply_text(const struct mx_probe *p)
{
	if (p->reply_all[0] != '\0' && p->reply_all_stage == p->failed_stage)
		return p->reply_all;
	return p->reply[p->failed_stage].text;
}
