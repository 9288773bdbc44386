/*
 * diag-verdict: the one verdict of a run (method.md §5): from DNS alone
 * when no exchanger can be tried, else from the probes walked as a real
 * MTA delivers (RFC 5321 §5.1): exchangers in preference order, connection
 * failures and 4xx move on to the next, a 5xx ends delivery.  The verdict
 * takes its remedy and actor from the reason table (diag-reason.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "reason.h"
#include "i18n.h"

/* Set the verdict: reason, exit status, the words already formatted
 * (English for JSON, tr for the reader), then the remedy (advice, or the
 * reason table's when NULL); the actor is the reason table's. */
static void
verdict_text(struct mx_verdict *v, const char *reason, enum mx_exit code,
    const char *advice, const char *en, const char *tr)
{
	mx_strlcpy(v->reason, reason, sizeof v->reason);
	v->exit_code = code;
	mx_strlcpy(v->summary, en, sizeof v->summary);
	mx_strlcpy(v->summary_tr, tr, sizeof v->summary_tr);
	v->more_tr[0] = '\0';
	if (advice == NULL)
		advice = mx__reason_advice(reason);
	if (*advice != '\0') {
		mx_i18n_append(v->summary, sizeof v->summary, advice);
		mx_i18n_append(v->summary_tr, sizeof v->summary_tr,
		    _(advice));
	}
	v->actor = mx__reason_actor(reason, 0, &v->actor_also, &v->has_also);
}

/* Add a sentence to the verdict, English and translated (tr, when the
 * verdict has its translation), and to the sentences shown after its
 * first (more_tr). */
void
mx__verdict_more(struct mx_verdict *v, const char *en, const char *tr)
{
	mx_i18n_append(v->summary, sizeof v->summary, en);
	if (v->summary_tr[0] != '\0')
		mx_i18n_append(v->summary_tr, sizeof v->summary_tr, tr);
	mx_i18n_append(v->more_tr, sizeof v->more_tr, v->summary_tr[0] !=
	    '\0' ? tr : en);
}

/* Set the verdict from one format, English and translated. */
static void
vverdict(struct mx_verdict *v, const char *reason, enum mx_exit code,
    const char *advice, const char *fmt, va_list ap)
{
	char en[sizeof v->summary + 1024], tr[sizeof v->summary_tr + 1024];
	va_list ap2;

	va_copy(ap2, ap);
	vsnprintf(en, sizeof en, fmt, ap);
	vsnprintf(tr, sizeof tr, _(fmt), ap2);
	va_end(ap2);
	verdict_text(v, reason, code, advice, en, tr);
}

/* Set the verdict with the reason table's remedy. */
static void
verdict(struct mx_verdict *v, const char *reason, enum mx_exit code,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void
verdict(struct mx_verdict *v, const char *reason, enum mx_exit code,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vverdict(v, reason, code, NULL, fmt, ap);
	va_end(ap);
}

/* Make actor the verdict's only actor. */
static void
actor_only(struct mx_verdict *v, enum mx_actor actor)
{
	v->actor = actor;
	v->has_also = 0;
	v->actor_also = MX_ACT_NOBODY;
}

/* Set the verdict with its own remedy and actor (no second actor). */
static void
verdict_by(struct mx_verdict *v, const char *reason, enum mx_exit code,
    enum mx_actor actor, const char *advice, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void
verdict_by(struct mx_verdict *v, const char *reason, enum mx_exit code,
    enum mx_actor actor, const char *advice, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vverdict(v, reason, code, advice, fmt, ap);
	va_end(ap);
	actor_only(v, actor);
}

/* The verdict of a reply that refused (5xx) or deferred the mail: the
 * stage as its JSON name in English, as the command in translation. */
static void
said(struct mx_verdict *v, const struct mx_model *m, const char *reason,
    enum mx_exit code, const struct mx_probe *p, const char *host,
    int refused)
{
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	char en[sizeof v->summary + 1024], tr[sizeof v->summary_tr + 1024];
	char label[MX_EXCH_LABEL_MAX];
	const char *sp = r->esc[0] ? " " : "";

	if (refused) {
		mx_exch_label(host, p->addr, label, sizeof label);
		snprintf(en, sizeof en, "%s refused %s with %d%s%s.", label,
		    mx_stage_name(p->failed_stage), r->code, sp, r->esc);
		/* TRANSLATORS: the exchanger, "mx1.example.test [192.0.2.1]"
		 * (or its address alone), the command it refused, the
		 * reply's code, a space and its status code (or nothing). */
		snprintf(tr, sizeof tr, _("%s refused %s with %d%s%s."), label,
		    mx_stage_tr(p->failed_stage), r->code, sp, r->esc);
		/* With what the postmaster RCPT told (diag-postmaster.c). */
		if (mx__pm_said(m, p, host, 0, en, sizeof en))
			mx__pm_said(m, p, host, 1, tr, sizeof tr);
	} else {
		snprintf(en, sizeof en, "%s deferred %s with %d%s%s.", host,
		    mx_stage_name(p->failed_stage), r->code, sp, r->esc);
		snprintf(tr, sizeof tr, _("%s deferred %s with %d%s%s."), host,
		    mx_stage_tr(p->failed_stage), r->code, sp, r->esc);
	}
	verdict_text(v, reason, code, NULL, en, tr);
	v->not_served = refused &&
	    mx__probe_pm(m, p, host) == MX_PM_NOT_SERVED;
}

/* The verdict when DNS alone decides (no exchanger to probe). */
int
mx__diag_verdict_dns(const struct mx_model *m, struct mx_verdict *v)
{
	int i, nx = 0, ans = 0, servfail = 0, nullmx = 0, nodata = 0;
	int ede = -1;	/* a SERVFAIL's reason (RFC 8914), first given */
	const struct mx_resolver *blocked = NULL;
	const struct mx_resolver *other = NULL;	/* MX of another name only */
	const struct mx_resolver *bad = NULL;	/* a malformed answer */
	int nx_plain = 0;	/* NXDOMAIN with no policy block said */

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		if (r->status == MX_DNS_NXDOMAIN && blocked == NULL &&
		    mx_dns_ede_blocked(r->ede))
			blocked = r;	/* a policy's NXDOMAIN, ours */
		nx_plain += r->status == MX_DNS_NXDOMAIN &&
		    !mx_dns_ede_blocked(r->ede);
		if (r->status == MX_DNS_SERVFAIL && ede < 0 &&
		    (mx_dns_ede_dnssec(r->ede) || mx_dns_ede_unreachable(r->ede)))
			ede = r->ede;
		nx += r->status == MX_DNS_NXDOMAIN;
		ans += r->status == MX_DNS_ANSWER && !r->null_mx;
		servfail += r->status == MX_DNS_SERVFAIL;
		nullmx += r->null_mx;
		nodata += r->status == MX_DNS_NODATA;
		if (r->status == MX_DNS_BADRESP && r->foreign_mx > 0 &&
		    other == NULL)
			other = r;
		if (r->status == MX_DNS_BADRESP && r->foreign_mx == 0 &&
		    bad == NULL)
			bad = r;
	}
	if (!m->dns_done && m->nprobes == 0) {
		verdict(v, "onhold", MX_EXIT_UNKNOWN, "Asking DNS about %s...",
		    m->domain);
		return 1;
	}
	/* --server: the named server's answer decides; the null MX is a
	 * finding about the domain's own records. */
	if (nullmx && (m->server[0] == '\0' || m->nprobes == 0)) {
		verdict(v, "notaccept", MX_EXIT_PERM, "%s publishes a null MX.",
		    m->domain);
		return 1;
	}
	if (m->nprobes > 0)
		return 0;
	if (m->server[0] != '\0')	/* --server: the MX set was not tried */
		verdict_by(v, "hostunknown", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Check the server given with --server (its name, the "
		    "address family).", "The server given with --server, %s, "
		    "has no address to test: could not test.", m->server);
	else if (nx && !ans && blocked != NULL && nx_plain == 0)
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Ask that resolver's operator to allow the domain, or test "
		    "with another resolver (--dns).", "Resolver %s blocks %s by "
		    "its own policy (Extended DNS Error %d: %s): could not "
		    "test.", blocked->name, m->domain, blocked->ede,
		    mx_dns_ede_name(blocked->ede));
	else if (nx && !ans)
		verdict(v, "hostunknown", MX_EXIT_PERM, "%s does not exist.",
		    m->domain);
	else if (servfail && mx_dns_ede_dnssec(ede))
		verdict_by(v, "networkerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The domain's DNS administrator must fix its DNSSEC "
		    "signatures or DS record; mail stays queued and is retried "
		    "meanwhile.", "DNSSEC validation of %s fails (SERVFAIL, "
		    "Extended DNS Error %d: %s).", m->domain, ede,
		    mx_dns_ede_name(ede));
	else if (servfail && ede >= 0)
		verdict_by(v, "networkerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The domain's DNS administrator must make its name servers "
		    "answer; mail stays queued and is retried meanwhile.", "No "
		    "name server of %s answers (SERVFAIL, Extended DNS Error "
		    "%d: %s): a lame or dead delegation.", m->domain, ede,
		    mx_dns_ede_name(ede));
	else if (servfail)
		verdict_by(v, "networkerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The domain's DNS administrator must fix its name servers; "
		    "mail stays queued and is retried meanwhile.", "The DNS of "
		    "%s is broken (SERVFAIL).", m->domain);
	else if ((ans || nodata) && m->family != 0)	/* -4, -6 */
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Test without -4/-6: the other address family was not "
		    "asked.", "No exchanger of %s has an IPv%d address, the "
		    "only family asked: could not test.", m->domain, m->family);
	else if (nodata && !ans)	/* RFC 5321 §5.1: nowhere to deliver */
		verdict_by(v, "hostunknown", MX_EXIT_PERM, MX_ACT_REMOTE,
		    "The domain exists but takes no mail: check the address "
		    "with the recipient; if it is right, the domain's owner must "
		    "publish an MX record.", "%s has no MX and no address.",
		    m->domain);
	else if (ans && mx__diag_unreachable(m, NULL) > 0)
		verdict_by(v, "hostunknown", MX_EXIT_PERM, MX_ACT_REMOTE,
		    "The domain's DNS administrator must give its exchangers "
		    "public addresses.", "Every exchanger of %s is at an address "
		    "no Internet sender can reach (loopback, private or "
		    "reserved, RFC 6890).", m->domain);
	else if (ans)
		verdict_by(v, "hostunknown", MX_EXIT_PERM, MX_ACT_REMOTE,
		    "The domain's DNS administrator must give its exchangers "
		    "addresses.", "No exchanger of %s has an address.",
		    m->domain);
	else if (other != NULL)	/* RFC 2181 §5.4.1: not the name asked */
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Test with another resolver (--dns); report the answer to "
		    "that resolver's operator.", "Resolver %s answered with no "
		    "usable MX for %s: its MX records are for another name "
		    "(%s): could not test.", other->name, m->domain,
		    other->foreign_owner);
	else if (bad != NULL)	/* RFC 1035 §4.1: it answered, unreadably */
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Test with another resolver (--dns); if it answers the "
		    "same, report it to the domain's DNS operator, else to that "
		    "resolver's operator.", "Resolver %s sent a malformed "
		    "answer for %s: could not test.", bad->name, m->domain);
	else	/* our resolvers are dead: our problem, nothing was tested */
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Check our resolvers and the network path to them, or use "
		    "another one (--dns).", "No resolver answered for %s: "
		    "could not test.", m->domain);
	return 1;
}

/* Whether probe a comes before probe b: preference, then host and address,
 * so the order never depends on which answer came first. */
static int
probe_before(const struct mx_model *m, int a, int b)
{
	const struct mx_probe *x = &m->probes[a], *y = &m->probes[b];
	const struct mx_exchanger *ex = &m->exch[x->mx_index],
	    *ey = &m->exch[y->mx_index];
	int c;

	if (ex->pref != ey->pref)
		return ex->pref < ey->pref;
	if ((c = strcasecmp(ex->host, ey->host)) != 0)
		return c < 0;
	return strcmp(x->addr, y->addr) < 0;
}

/* Order the probes (all, or those marked in only) as an MTA tries them. */
int
mx_diag_probe_order(const struct mx_model *m, int *order,
    const unsigned char *only)
{
	int i, j, n = 0, t;

	for (i = 0; i < m->nprobes; i++)
		if (only == NULL || only[i])
			order[n++] = i;
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && probe_before(m, order[j], order[j - 1]);
		    j--) {
			t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return n;
}

/* The actor of a probe that broke before any reply decided: who the
 * row of its end names (a refused port: the remote admin; no answer on
 * port 25: the ISP; a reached server that misbehaved: the remote admin). */
static enum mx_actor
broken_actor(const struct mx_probe *p)
{
	if (p->failed_stage > MX_ST_CONNECT)
		return MX_ACT_REMOTE;
	if (p->fail == MX_FAIL_TIMEOUT || p->fail == MX_FAIL_NOROUTE)
		return MX_ACT_ISP;
	return MX_ACT_REMOTE;
}

/* Whether a probe that took MAIL and RCPT still cannot take the message:
 * --size is above the SIZE limit its EHLO reply announced (RFC 1870 §4:
 * such a message "will be rejected with a permanent failure (552)"; the
 * server need not say so at MAIL), unless --send's message went through
 * there all the same. */
static int
over_size(const struct mx_model *m, const struct mx_probe *p)
{
	return mx__probe_size_over(m, p) && !(m->send.state ==
	    MX_SEND_ACCEPTED && m->send.probe == (int)(p - m->probes));
}

/* Whether a probe after order[i] of the same preference accepted the
 * mail: senders pick at random among equal preferences (RFC 5321 §5.1),
 * so the name order must not let a refusal hide an acceptance
 * (diag-equalpref.c says the refusal). */
static int
peer_accepts(const struct mx_model *m, const int *order, int n, int i)
{
	const struct mx_exchanger *x = &m->exch[m->probes[order[i]].mx_index];
	int j;

	for (j = i + 1; j < n; j++) {
		const struct mx_probe *q = &m->probes[order[j]];
		const struct mx_exchanger *y = &m->exch[q->mx_index];
		if (y->pref != x->pref)
			break;
		/* Peers in one MX set: a resolver named both (another
		 * view's exchanger is diag-views.c's). */
		if (q->done && q->outcome == MX_OUT_OK &&
		    (x->seen_by & y->seen_by) != 0)
			return 1;
	}
	return 0;
}

/* The verdict from the probes (all, or those marked in only), walked as
 * an MTA would (RFC 5321 §5.1); returns the probe that decided, or NULL. */
const struct mx_probe *
mx__diag_walk(const struct mx_model *m, int warnings, struct mx_verdict *v,
    const unsigned char *only)
{
	int order[MX_MAX_PROBES], i, n = mx_diag_probe_order(m, order, only);
	const struct mx_probe *temp = NULL, *broken = NULL, *noroute6 = NULL;
	const char *reason;
	char en[sizeof v->summary + 1024], tr[sizeof v->summary_tr + 1024];
	char label[MX_EXCH_LABEL_MAX];
	int listed = mx__diag_listed(m);

	for (i = 0; i < n; i++) {
		const struct mx_probe *p = &m->probes[order[i]];
		const struct mx_stage_reply *r = &p->reply[p->failed_stage];
		const char *host = m->exch[p->mx_index].host;
		if (!p->done || p->outcome == MX_OUT_NONE)
			continue;	/* unfinished, or stopped: says nothing */
		mx_exch_label(host, p->addr, label, sizeof label);
		if (p->outcome == MX_OUT_OK && over_size(m, p)) {
			/* TRANSLATORS: the exchanger, "mx1.example.test
			 * [192.0.2.1]" (or its address alone). */
			verdict(v, "mesgtoobig", MX_EXIT_PERM, "%s took the "
			    "envelope, but its SIZE limit of %lld bytes is "
			    "below the %lld-byte message: it refuses the "
			    "message once sent.", label, p->caps.size,
			    m->size);
			return p;
		}
		if (p->outcome == MX_OUT_OK) {
			/* Whole sentences, so that each translates. */
			if (m->local[0] != '\0' && warnings)
				/* TRANSLATORS: the exchanger,
				 * "mx1.example.test [192.0.2.1]" (or its
				 * address alone), then the address. */
				verdict(v, "deliverable", MX_EXIT_TEMP, "%s "
				    "accepts mail for %s@%s (with warnings).",
				    label, m->local, m->domain);
			else if (m->local[0] != '\0')
				/* TRANSLATORS: as above. */
				verdict(v, "deliverable", MX_EXIT_OK, "%s "
				    "accepts mail for %s@%s.", label, m->local,
				    m->domain);
			else if (warnings)
				/* TRANSLATORS: the exchanger (as above),
				 * then the domain. */
				verdict(v, "deliverable", MX_EXIT_TEMP, "%s "
				    "accepts mail for %s (no recipient "
				    "tested), with warnings.", label,
				    m->domain);
			else
				/* TRANSLATORS: as above. */
				verdict(v, "deliverable", MX_EXIT_OK, "%s "
				    "accepts mail for %s (no recipient "
				    "tested).", label, m->domain);
			return p;
		}
		if (p->outcome == MX_OUT_RESP && r->code >= 500 &&
		    !peer_accepts(m, order, n, i)) {
			reason = mx__probe_reason(m, p, host);
			/* RFC 3463 §3.3: X.2.2 is a persistent transient
			 * condition; senders retry, so the exit is soft. */
			said(v, m, reason, mx__reason_soft(reason) ?
			    MX_EXIT_TEMP : MX_EXIT_PERM, p, host, 1);
			v->actor = mx__reason_actor(reason, listed,
			    &v->actor_also, &v->has_also);
			return p;
		}
		if (p->outcome == MX_OUT_RESP && r->code >= 500)
			continue;	/* a peer of its preference accepts */
		if (p->outcome == MX_OUT_RESP && temp == NULL)
			temp = p;
		else if (p->outcome != MX_OUT_RESP && p->family == 6 &&
		    p->fail == MX_FAIL_NOROUTE) {
			/* Our host has no IPv6 route: says nothing of them. */
			if (noroute6 == NULL)
				noroute6 = p;
		} else if (p->outcome != MX_OUT_RESP && broken == NULL)
			broken = p;
	}
	if (temp != NULL) {
		reason = mx__probe_reason(m, temp,
		    m->exch[temp->mx_index].host);
		said(v, m, reason, MX_EXIT_TEMP, temp,
		    m->exch[temp->mx_index].host, 0);
		v->actor = mx__reason_actor(reason, listed, &v->actor_also,
		    &v->has_also);
		return temp;
	}
	if (broken != NULL && broken->outcome == MX_OUT_INJECTION) {
		verdict_by(v, "securityerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The remote admin must fix the server or the middlebox in "
		    "front of it.", "%s injected data after its STARTTLS reply,"
		    " before TLS began; the check stopped there.",
		    m->exch[broken->mx_index].host);
		return broken;
	}
	if (broken != NULL)
		mx_exch_label(m->exch[broken->mx_index].host, broken->addr,
		    label, sizeof label);
	if (broken != NULL && (broken->notes & MX_NOTE_NO_SMTPUTF8)) {
		verdict_by(v, "notcompliantrfc", MX_EXIT_PERM, MX_ACT_REMOTE,
		    "The remote admin must enable SMTPUTF8 (RFC 6531); until "
		    "then the recipient needs an ASCII address.",
		    /* TRANSLATORS: the exchanger, "mx1.example.test
		     * [192.0.2.1]" (or its address alone), then the
		     * address not sent. */
		    "%s does not offer SMTPUTF8, so the non-ASCII address "
		    "%s@%s was not sent.", label, m->local, m->domain);
		return broken;
	}
	if (broken != NULL && broken->failed_stage > MX_ST_CONNECT) {
		/* It answered the connection: reached, but misbehaved. */
		snprintf(en, sizeof en, "%s was reached, but %s.", label,
		    broken->outcome_text);
		/* TRANSLATORS: the exchanger, "mx1.example.test [192.0.2.1]"
		 * (or its address alone), then what went wrong. */
		snprintf(tr, sizeof tr, _("%s was reached, but %s."), label,
		    mx_probe_outcome_text(broken));
		verdict_text(v, "networkerror", MX_EXIT_TEMP, N_("The remote "
		    "admin must fix the server; mail stays queued and is "
		    "retried meanwhile."), en, tr);
		actor_only(v, MX_ACT_REMOTE);
		v->reached = 1;
		return broken;
	}
	/* The one server the user named (--server, an address literal):
	 * said of it, not of the domain's exchangers. */
	if (broken != NULL && m->server[0] != '\0') {
		snprintf(en, sizeof en, "The server given, %s, could not be "
		    "reached (%s).", m->exch[broken->mx_index].host,
		    broken->outcome_text);
		snprintf(tr, sizeof tr, _("The server given, %s, could not be "
		    "reached (%s)."), m->exch[broken->mx_index].host,
		    mx_probe_outcome_text(broken));
		verdict_text(v, "networkerror", MX_EXIT_TEMP,
		    broken_actor(broken) == MX_ACT_ISP ? N_("It cannot be "
		    "reached now: a firewall on the way (often the ISP's block "
		    "of outbound port 25) or the host is down.") : N_("Check "
		    "its address and port, and that its SMTP service runs."),
		    en, tr);
		actor_only(v, broken_actor(broken));
		return broken;
	}
	if (broken != NULL) {
		snprintf(en, sizeof en, "No exchanger of %s could be reached "
		    "(%s: %s).", m->domain, m->exch[broken->mx_index].host,
		    broken->outcome_text);
		snprintf(tr, sizeof tr, _("No exchanger of %s could be reached "
		    "(%s: %s)."), m->domain, m->exch[broken->mx_index].host,
		    mx_probe_outcome_text(broken));
		verdict_text(v, "networkerror", MX_EXIT_TEMP,
		    broken_actor(broken) == MX_ACT_ISP ? N_("Mail cannot reach "
		    "the domain's servers now: a firewall on the way (often "
		    "the ISP's block of outbound port 25) or the hosts are "
		    "down; it stays queued and is retried.") : N_("The "
		    "domain's servers refuse connections: the remote admin "
		    "must restore the SMTP service; mail stays queued and is "
		    "retried meanwhile."), en, tr);
		actor_only(v, broken_actor(broken));
		return broken;
	}
	if (noroute6 != NULL) {
		/* IPv6-only exchangers and no IPv6 here: nothing was tested,
		 * and it is our side that cannot reach them. */
		mx_exch_label(m->exch[noroute6->mx_index].host, noroute6->addr,
		    label, sizeof label);
		verdict_by(v, "networkerror", MX_EXIT_UNKNOWN, MX_ACT_US,
		    "Test from a host with IPv6; senders with IPv6 reach these "
		    "addresses.",
		    /* TRANSLATORS: the domain, then an exchanger,
		     * "mx1.example.test [2001:db8::1]" (or its address
		     * alone). */
		    "Every exchanger of %s this check could try is "
		    "IPv6-only (%s), and this machine has no IPv6 route: "
		    "could not test.", m->domain, label);
		return noroute6;
	}
	verdict(v, "onhold", MX_EXIT_UNKNOWN, "Checking %s...", m->domain);
	return NULL;
}
