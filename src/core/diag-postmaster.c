/*
 * diag-postmaster: what the postmaster RCPT tells of a recipient refused
 * at RCPT (issue 12).  RFC 5321 §4.5.1: every SMTP server that accepts
 * mail for a domain must accept it for postmaster@ that domain (§4.1.1.3:
 * the local part "Postmaster", in any case).  After the recipient's 5xx
 * the dialogue asks one more RCPT TO:<postmaster@DOMAIN> (smtp.c):
 *   accepted -> the domain is served there, the address itself is refused
 *               (the verdict stands and says so);
 *   refused for the same kind of reason -> the server does not take mail
 *               for the domain at all: norelaying, the remote admin acts
 *               (smtp.domain_not_served);
 *   refused with a mailbox status (RFC 3463 X.1.1 "the address portion
 *               to the left of the '@' sign is invalid", X.2.x) -> the
 *               server handles the domain and lacks a postmaster; the
 *               target's refusal is not re-read (nothing is concluded of
 *               it), an information says the postmaster is missing
 *               (smtp.no_postmaster);
 *   4xx, no answer, or refused as a block of us -> nothing is concluded.
 * A target that is itself the postmaster is its own evidence.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "reason.h"
#include "i18n.h"

/* Whether a RCPT refusal's reason is about where the address goes (the
 * words a server uses for an address or a domain it does not serve), not
 * about us, the message or the mailbox's state. */
static int
address_reason(const char *why)
{
	static const char *const words[] = { "userunknown", "hostunknown",
	    "norelaying", "mailererror" };
	size_t i;

	for (i = 0; why != NULL && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(why, words[i]) == 0)
			return 1;
	return 0;
}

/* Whether an enhanced status code is about the mailbox, which a server
 * says only of a domain it handles (RFC 3463 §3.2: X.1.1 the local part
 * is invalid; X.2.x the mailbox's status). */
static int
mailbox_status(const char *esc)
{
	return esc != NULL && esc[0] != '\0' && esc[1] == '.' &&
	    (strcmp(esc + 1, ".1.1") == 0 || strncmp(esc + 1, ".2.", 3) == 0);
}

/* The judgement from the recipient's refusal reason and the postmaster
 * RCPT's reply: its code (0: not asked, no answer), enhanced status and
 * reason; see diag-int.h. */
enum mx__pm
mx__pm_judge(const char *rcpt_reason, int pm_code, const char *pm_esc,
    const char *pm_reason)
{
	if (!address_reason(rcpt_reason))
		return MX_PM_NONE;	/* a block, a full mailbox...: not asked */
	if (pm_code / 100 == 2)
		return MX_PM_SERVED;
	if (pm_code / 100 == 5 && mailbox_status(pm_esc))
		return MX_PM_NO_POSTMASTER;
	if (pm_code / 100 == 5 && address_reason(pm_reason) &&
	    !mailbox_status(pm_esc))
		return MX_PM_NOT_SERVED;
	return MX_PM_NONE;
}

/* Whether the target's local part is the postmaster (§4.1.1.3). */
static int
target_pm(const struct mx_model *m)
{
	return m != NULL && strcasecmp(m->local, "postmaster") == 0;
}

/* The recipient's refusal reason as the reply alone reads it. */
static const char *
rcpt_reason(const struct mx_probe *p, const char *host)
{
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];

	return mx_reason_live_at(p->failed_stage, r->code, r->esc,
	    mx__probe_reply_text(p), host);
}

/* What the postmaster RCPT tells of an exchanger's probe (m NULL: not an
 * exchanger's, nothing). */
enum mx__pm
mx__probe_pm(const struct mx_model *m, const struct mx_probe *p,
    const char *host)
{
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	const char *why;

	if (m == NULL || m->local[0] == '\0' || !p->done ||
	    p->outcome != MX_OUT_RESP || p->failed_stage != MX_ST_RCPT ||
	    r->code < 500)
		return MX_PM_NONE;
	why = rcpt_reason(p, host);
	if (target_pm(m))	/* its own refusal is the postmaster's */
		return mx__pm_judge(why, r->code, r->esc, why);
	return mx__pm_judge(why, p->pm_code, p->pm_esc, p->pm_code >= 500 ?
	    mx_reason_live_at(MX_ST_RCPT, p->pm_code, p->pm_esc, p->pm_text,
	    host) : "");
}

/* The reason of the reply a probe stopped at; an exchanger that refuses
 * the domain's postmaster too does not take mail for the domain. */
const char *
mx__probe_reason(const struct mx_model *m, const struct mx_probe *p,
    const char *host)
{
	if (mx__probe_pm(m, p, host) == MX_PM_NOT_SERVED)
		return "norelaying";
	return rcpt_reason(p, host);
}

/* The sentence a refusal's finding gets when the domain's postmaster
 * was accepted (tr: in the reader's language); "" otherwise (a refused
 * postmaster makes smtp.domain_not_served instead). */
void
mx__pm_sentence(const struct mx_model *m, const struct mx_probe *p,
    const char *host, int tr, char *buf, size_t sz)
{
	buf[0] = '\0';
	if (mx__probe_pm(m, p, host) == MX_PM_SERVED)
		snprintf(buf, sz, T_(tr, "postmaster@%s is accepted, so the "
		    "domain is served here: the address itself is refused."),
		    m->domain);
}

/* The verdict's sentence of a probe refused at RCPT with what the
 * postmaster RCPT told (tr: in the reader's language); 0 when it told
 * nothing (the caller says the refusal alone). */
int
mx__pm_said(const struct mx_model *m, const struct mx_probe *p,
    const char *host, int tr, char *buf, size_t sz)
{
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	const char *sp = r->esc[0] != '\0' ? " " : "";
	const char *psp = p->pm_esc[0] != '\0' ? " " : "";
	const char *st = tr ? mx_stage_tr(p->failed_stage) :
	    mx_stage_name(p->failed_stage);
	char label[MX_EXCH_LABEL_MAX];

	mx_exch_label(host, p->addr, label, sizeof label);
	switch (mx__probe_pm(m, p, host)) {
	case MX_PM_SERVED:
		/* TRANSLATORS: the exchanger, "mx1.example.test [192.0.2.1]"
		 * (or its address alone), the command it refused, the
		 * reply's code, a space and status (or nothing), the domain. */
		snprintf(buf, sz, T_(tr, "%s refused %s with %d%s%s; "
		    "postmaster@%s is accepted, so the domain is served there "
		    "and the address itself is refused."), label, st, r->code,
		    sp, r->esc, m->domain);
		return 1;
	case MX_PM_NOT_SERVED:
		if (target_pm(m))
			/* TRANSLATORS: as above, then the domain thrice. */
			snprintf(buf, sz, T_(tr, "%s refused %s with %d%s%s, "
			    "and a server that takes mail for %s must take it "
			    "for postmaster@%s (RFC 5321 §4.5.1): it does not "
			    "accept mail for %s at all."), label, st, r->code,
			    sp, r->esc, m->domain, m->domain, m->domain);
		else
			/* TRANSLATORS: as above, then the domain, the
			 * postmaster reply's code and status, the domain. */
			snprintf(buf, sz, T_(tr, "%s refused %s with %d%s%s, "
			    "and postmaster@%s too (%d%s%s): it does not "
			    "accept mail for %s at all."), label, st, r->code,
			    sp, r->esc, m->domain, p->pm_code, psp, p->pm_esc,
			    m->domain);
		return 1;
	default:
		return 0;
	}
}

/* A reply as the server sent it, "550 5.1.0 text": the text mostly holds
 * its status code already (RFC 3463 §2 puts it first), so it is not
 * repeated. */
static void
reply_said(char *buf, size_t size, int code, const char *esc,
    const char *text)
{
	size_t n = strlen(esc);

	if (n == 0 || strncmp(text, esc, n) == 0)
		snprintf(buf, size, "%d %s", code, text);
	else
		snprintf(buf, size, "%d %s %s", code, esc, text);
}

/* smtp.no_postmaster: the exchanger handles the domain (the postmaster's
 * refusal is a mailbox status, RFC 3463 §3.2) but takes no mail for its
 * postmaster, which RFC 5321 §4.5.1 requires (information: the verdict
 * rests on the recipient's own refusal). */
static void
no_postmaster(struct mx__diag *d, const struct mx_probe *p, const char *host,
    const char *subj)
{
	const struct mx_model *m = d->m;
	const char *remedy = N_("The domain's admin should make postmaster@ "
	    "the domain a mailbox or an alias that someone reads: reports of "
	    "mail problems are sent there.");
	char said[sizeof p->pm_text + 32];

	reply_said(said, sizeof said, p->pm_code, p->pm_esc, p->pm_text);
	if (strcmp(p->pm_esc + 1, ".1.1") == 0)	/* no such mailbox */
		mx__diag_add(d, "smtp.no_postmaster", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, remedy, "%s's exchanger %s has no "
		    "postmaster mailbox (RFC 5321 §4.5.1 requires one): %s",
		    m->domain, host, said);
	else	/* X.2.x: the mailbox's state */
		mx__diag_add(d, "smtp.no_postmaster", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, remedy, "%s's exchanger %s takes no "
		    "mail for postmaster@%s (RFC 5321 §4.5.1 requires it to): "
		    "%s", m->domain, host, m->domain, said);
}

/* smtp.domain_not_served for an exchanger that refuses the domain's
 * postmaster too; whether it was made (it then stands for the refusal's
 * own finding: one cause, one finding).  A postmaster refused with a
 * mailbox status makes smtp.no_postmaster beside the refusal's finding. */
int
mx__diag_pm(struct mx__diag *d, const struct mx_probe *p, const char *host,
    const char *subj)
{
	const struct mx_model *m = d->m;
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	char said[sizeof p->reply_all + 32], pm_said[sizeof p->pm_text + 32];
	const char *remedy = N_("The domain's admin must point the MX records "
	    "only at servers that take its mail (a stale or mistyped MX, or a "
	    "retired exchanger), or make this server accept the domain; the "
	    "sender can do nothing.");
	enum mx__pm pm = mx__probe_pm(m, p, host);

	if (pm == MX_PM_NO_POSTMASTER && !target_pm(m))	/* not its own */
		no_postmaster(d, p, host, subj);
	if (pm != MX_PM_NOT_SERVED)
		return 0;
	reply_said(said, sizeof said, r->code, r->esc, mx__probe_reply_text(p));
	reply_said(pm_said, sizeof pm_said, p->pm_code, p->pm_esc, p->pm_text);
	if (target_pm(m))
		mx__diag_add(d, "smtp.domain_not_served", MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, remedy, "%s refuses postmaster@%s "
		    "(%s), which a server that takes mail for %s must "
		    "accept (RFC 5321 §4.5.1): it does not accept mail for %s.",
		    host, m->domain, said, m->domain, m->domain);
	else
		mx__diag_add(d, "smtp.domain_not_served", MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, remedy, "%s refuses %s@%s (%s) "
		    "and postmaster@%s too (%s), which a server that "
		    "takes mail for %s must accept (RFC 5321 §4.5.1): it does "
		    "not accept mail for %s.", host, m->local, m->domain,
		    said, m->domain, pm_said, m->domain, m->domain);
	return 1;
}
