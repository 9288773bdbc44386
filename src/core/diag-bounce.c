/*
 * diag-bounce: judge the live check against what a bounce said (issue 4,
 * method.md §1): confirm it, or say plainly that it no longer holds (the
 * mailbox is no longer full, the domain resolves again), and name the IPs
 * the bounce says were refused with their reverse DNS.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "i18n.h"

/* Reasons a live RCPT probe can confirm or contradict. */
static int
recipient_reason(const char *r)
{
	return strcmp(r, "userunknown") == 0 || strcmp(r, "mailboxfull") == 0 ||
	    strcmp(r, "suspend") == 0 || strcmp(r, "filtered") == 0;
}

/* Reasons about reaching the domain at all. */
static int
network_reason(const char *r)
{
	return strcmp(r, "hostunknown") == 0 ||
	    strcmp(r, "networkerror") == 0 || strcmp(r, "expired") == 0 ||
	    strcmp(r, "notaccept") == 0;
}

/* Plain words for what changed between the bounce and now (marked N_();
 * the caller translates them for the reader). */
static const char *
change_text(const char *then, const char *now)
{
	if (strcmp(now, "deliverable") != 0)
		return N_("the failure is different now");
	if (strcmp(then, "mailboxfull") == 0)
		return N_("the mailbox is no longer full: resend");
	if (strcmp(then, "userunknown") == 0)
		return N_("the address is accepted now (it was created, or the "
		    "server accepts every recipient at RCPT and bounces "
		    "later)");
	if (strcmp(then, "hostunknown") == 0)
		return N_("the domain resolves now: resend");
	if (strcmp(then, "mesgtoobig") == 0)
		return N_("no exchanger refuses the size now");
	if (strcmp(then, "blocked") == 0)
		return N_("this host is not refused; the bounce came from "
		    "another sending IP (see the IPs it names)");
	return N_("the problem is gone: resend");
}

/* ndr.evidence: what the bounce says, English (tr 0) or translated; its
 * status is not repeated when the diagnostic quotes it ("5.2.2", then
 * "552 5.2.2 Mailbox full"), nor a full stop after one that ends it. */
static void
evidence_text(const struct mx_bounce *b, int tr, char *out, size_t outlen)
{
	const char *st = b->status[0] ? b->status : T_(tr, "no status");
	size_t dl = strlen(b->diagnostic);
	int quoted = b->status[0] && strstr(b->diagnostic, b->status) != NULL;
	int ends = dl > 0 && strchr(".!?", b->diagnostic[dl - 1]) != NULL &&
	    b->remote_mta[0] == '\0';

	snprintf(out, outlen, T_(tr, "The bounce%s%s says %s for %s: "
	    "%s%s%s%s%s%s"), b->mta[0] ? T_(tr, " from ") : "", b->mta,
	    b->reason, b->address, quoted ? "" : st,
	    b->diagnostic[0] && !quoted ? " " : "", b->diagnostic,
	    b->remote_mta[0] ? T_(tr, ", reported by ") : "", b->remote_mta,
	    ends ? "" : T_(tr, "."));
}

/* Compare the bounce with the verdict; add ndr.* findings. */
void
mx__diag_bounce(struct mx__diag *d, const struct mx_verdict *v)
{
	const struct mx_bounce *b = &d->m->bounce;
	const char *then = b->reason, *now = v->reason, *change;
	char en[MX_TEXT_MAX * 8], tr[MX_TEXT_MAX * 8];	/* cut when added */
	int i, comparable;

	evidence_text(b, 0, en, sizeof en);
	evidence_text(b, 1, tr, sizeof tr);
	mx__diag_add_text(d, "ndr.evidence", MX_SEV_INFO, MX_ACT_NOBODY,
	    b->source, N_("Compare with the live evidence."), en, tr);
	for (i = 0; i < d->m->nprobes; i++)
		if (!d->m->probes[i].done)
			goto ips;
	if (!d->m->dns_done || strcmp(now, "onhold") == 0)
		goto ips;
	comparable = recipient_reason(then) ? d->m->local[0] != '\0' :
	    network_reason(then) || strcmp(then, "mesgtoobig") == 0 ||
	    strcmp(then, "blocked") == 0 || strcmp(then, "greylisted") == 0;
	if (!comparable)
		goto ips;
	if (strcmp(then, now) == 0)
		mx__diag_add(d, "ndr.confirmed", MX_SEV_INFO, MX_ACT_NOBODY,
		    b->source, "Act on the verdict.", "The live check "
		    "confirms the bounce: %s still holds.", then);
	else {
		change = change_text(then, now);
		snprintf(en, sizeof en, "The bounce said %s; the live check "
		    "says %s: %s.", then, now, change);
		snprintf(tr, sizeof tr, _("The bounce said %s; the live check "
		    "says %s: %s."), then, now, _(change));
		mx__diag_add_text(d, "ndr.contradicted", MX_SEV_WARN,
		    MX_ACT_NOBODY, b->source, N_("The bounce is out of date or "
		    "came from another path; trust the live evidence and "
		    "resend if it says deliverable."), en, tr);
	}
ips:
	for (i = 0; i < b->nips && i < MX_BOUNCE_MAX_IPS; i++) {
		const char *ip = b->ips[i].ip;
		if (b->ips[i].status == MX_DNS_ANSWER)
			mx__diag_add(d, "ndr.named_ip", MX_SEV_INFO,
			    MX_ACT_NOBODY, ip, "Check this IP on the "
			    "blocklists the bounce names, then request "
			    "delisting.", "The bounce names %s (reverse DNS: "
			    "%s).", ip, b->ips[i].ptr);
		else if (b->ips[i].status != MX_DNS_PENDING)
			mx__diag_add(d, "ndr.named_ip_no_ptr",
			    strcmp(then, "blocked") == 0 ? MX_SEV_WARN :
			    MX_SEV_INFO, MX_ACT_US, ip, "Receivers refuse IPs "
			    "without reverse DNS: ask the IP's owner (often the"
			    " ISP) for a PTR record that matches the host name.",
			    "The bounce names %s, which has no reverse DNS (%s).",
			    ip, mx_dns_status_name(b->ips[i].status));
	}
}
