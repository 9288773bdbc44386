/*
 * diag: the conclusion (method.md §5).  A pure function from the evidence
 * in the model to findings (stable id, severity, who must act, a summary in
 * plain words, a remedy) and one verdict, following how a real MTA would
 * deliver: exchangers in preference order (RFC 5321 §5.1), connection
 * failures and 4xx move on to the next, a 5xx ends delivery.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <arpa/inet.h>

#include "diag-int.h"
#include "reason.h"

/* Findings about each resolver (method.md §2); their agreement is
 * diag-views.c's. */
static void
diag_dns(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	int i;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		switch (r->status) {
		case MX_DNS_NXDOMAIN:
			mx__diag_add(d, "dns.nxdomain", MX_SEV_CRIT, MX_ACT_SENDER,
			    r->name, "Check the address for a typo. If the "
			    "domain is right, its owner must renew it or "
			    "restore its DNS delegation.",
			    "The domain %s does not exist (NXDOMAIN from %s).",
			    m->domain, r->name);
			break;
		case MX_DNS_SERVFAIL:
			mx__diag_add(d, "dns.servfail", MX_SEV_ERROR, MX_ACT_REMOTE,
			    r->name, "The domain's DNS administrator must fix "
			    "its name servers (or DNSSEC). Mail is queued and "
			    "retried meanwhile; re-test later or against "
			    "another resolver.",
			    "%s cannot resolve %s (SERVFAIL): the domain's DNS "
			    "is broken or its servers do not answer.", r->name,
			    m->domain);
			break;
		case MX_DNS_TIMEOUT:
			mx__diag_add(d, "dns.timeout", MX_SEV_WARN, MX_ACT_US, r->name,
			    "Check that resolver and the network path to it, "
			    "or use another one (--dns).",
			    "Resolver %s did not answer (timed out, after a "
			    "retry).", r->name);
			break;
		case MX_DNS_REFUSED:
			mx__diag_add(d, "dns.refused", MX_SEV_WARN, MX_ACT_US, r->name,
			    "Use a resolver that serves this host, or allow "
			    "it in that resolver's access control.",
			    "Resolver %s refused the query (REFUSED).",
			    r->name);
			break;
		case MX_DNS_UNREACHABLE:
			mx__diag_add(d, "dns.unreachable", MX_SEV_WARN, MX_ACT_US,
			    r->name, "Check the resolver's address and that "
			    "it runs.", "Resolver %s is unreachable "
			    "(connection refused).", r->name);
			break;
		case MX_DNS_BADRESP:
			mx__diag_add(d, "dns.bad_response", MX_SEV_WARN, MX_ACT_REMOTE,
			    r->name, "The answer is malformed; report it to "
			    "the resolver's or the domain's DNS operator.",
			    "Resolver %s sent a malformed answer.", r->name);
			break;
		default:
			break;
		}
		if (r->null_mx)
			mx__diag_add(d, "dns.null_mx", MX_SEV_CRIT, MX_ACT_SENDER,
			    m->domain, "Do not send mail to this domain; use "
			    "another address for the recipient.",
			    "%s publishes a null MX (MX 0 .): it accepts no "
			    "mail at all (RFC 7505).", m->domain);
		if (r->implicit && r->status == MX_DNS_NODATA)
			mx__diag_add(d, "dns.implicit_mx", MX_SEV_INFO, MX_ACT_REMOTE,
			    m->domain, "Publish an MX record if the domain is "
			    "meant to receive mail.",
			    "%s has no MX record; mail goes to the domain's own "
			    "address (implicit MX, RFC 5321 §5.1).", m->domain);
		if (r->mx_cut)
			mx__diag_add(d, "dns.mx_truncated", MX_SEV_INFO, MX_ACT_NOBODY,
			    m->domain, "Only the first exchangers were tested.",
			    "%s lists more than %d exchangers; the list was "
			    "cut.", m->domain, MX_MAX_EXCHANGERS);
	}
	for (i = 0; i < m->nexch; i++) {
		const struct mx_exchanger *x = &m->exch[i];
		unsigned char buf[16];
		/* RFC 5321 §5.1: an MX names a host, never an address. */
		if (inet_pton(AF_INET, x->host, buf) == 1 ||
		    inet_pton(AF_INET6, x->host, buf) == 1)
			mx__diag_add(d, "dns.mx_ip_literal", MX_SEV_ERROR,
			    MX_ACT_REMOTE, x->host, "The domain's DNS "
			    "administrator must point the MX at a host name "
			    "that has an A/AAAA record.", "The MX of %s is an IP "
			    "address (%s), not a host name: senders refuse or "
			    "misroute it.", m->domain, x->host);
		if (x->a_status == MX_DNS_NXDOMAIN ||
		    x->aaaa_status == MX_DNS_NXDOMAIN)
			mx__diag_add(d, "dns.mx_host_unknown", MX_SEV_ERROR,
			    MX_ACT_REMOTE, x->host, "The domain's DNS "
			    "administrator must fix the MX record or add the "
			    "host's address.", "Exchanger %s does not resolve "
			    "(NXDOMAIN).", x->host);
		if (x->a_status == MX_DNS_CNAME_LOOP ||
		    x->aaaa_status == MX_DNS_CNAME_LOOP)
			mx__diag_add(d, "dns.cname_loop", MX_SEV_ERROR,
			    MX_ACT_REMOTE, x->host, "The domain's DNS "
			    "administrator must end the CNAME chain at a "
			    "name with an address (RFC 1034 §3.6.2).",
			    "Exchanger %s is a CNAME chain that never reaches "
			    "an address (a loop, or too deep).", x->host);
		if (x->addr_cut)
			mx__diag_add(d, "dns.addresses_truncated", MX_SEV_INFO,
			    MX_ACT_NOBODY, x->host, "Only the first addresses "
			    "were tested.", "%s has more than %d addresses "
			    "per family; the list was cut.", x->host,
			    MX_MAX_ADDRS);
	}
}

/* Findings for one probe's SMTP dialogue (method.md §3). */
static void
diag_probe(struct mx__diag *d, const struct mx_probe *p)
{
	const struct mx_model *m = d->m;
	const char *host = m->exch[p->mx_index].host;
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 4];
	int size_found;

	snprintf(subj, sizeof subj, "%s [%s]", host, p->addr);
	if (p->ptr_status != MX_DNS_PENDING && p->ptr_status != MX_DNS_ANSWER &&
	    p->ptr_status != MX_DNS_TIMEOUT)
		mx__diag_add(d, "dns.mx_no_ptr", MX_SEV_INFO, MX_ACT_REMOTE, subj,
		    "The exchanger's owner should publish a PTR record that "
		    "names the host; some senders distrust hosts without one.",
		    "%s (%s) has no reverse DNS (PTR %s).", host, p->addr,
		    mx_dns_status_name(p->ptr_status));
	if (!p->done)
		return;
	mx__diag_tls(d, p, host, subj);
	if (p->notes & (MX_NOTE_BARE_LF | MX_NOTE_CODE_MISMATCH |
	    MX_NOTE_BAD_CODE | MX_NOTE_LONG_LINE | MX_NOTE_NUL |
	    MX_NOTE_UNSOLICITED))
		mx__diag_add(d, "smtp.protocol_violation", MX_SEV_INFO, MX_ACT_REMOTE,
		    subj, "Strict senders may fail; the remote admin should "
		    "fix the server.", "%s broke SMTP syntax (%s%s%s%s%s).", host,
		    p->notes & MX_NOTE_UNSOLICITED ? "replies nobody asked for "
		    : "",
		    p->notes & MX_NOTE_BARE_LF ? "bare LF " : "",
		    p->notes & MX_NOTE_CODE_MISMATCH ? "mixed reply codes " : "",
		    p->notes & MX_NOTE_BAD_CODE ? "malformed code " : "",
		    p->notes & MX_NOTE_LONG_LINE ? "overlong line" : "");
	size_found = m->size > 0 && p->caps.has_size && p->caps.size > 0 &&
	    m->size > p->caps.size;
	if (size_found)
		mx__diag_add(d, "smtp.size_exceeded", MX_SEV_ERROR, MX_ACT_SENDER, subj,
		    "Send a smaller message (share large files by link), or "
		    "ask the recipient's admin to raise the limit.",
		    "A %lld-byte message exceeds the %lld bytes %s accepts "
		    "(SIZE).", m->size, p->caps.size, host);
	if (p->notes & MX_NOTE_CONTROL)
		mx__diag_add(d, "smtp.control_characters", MX_SEV_WARN,
		    MX_ACT_REMOTE, subj, "A broken or hostile server: the "
		    "characters are shown escaped; the remote admin must fix "
		    "its greeting and replies.", "%s sent control characters "
		    "in its replies (shown escaped).", host);
	mx__diag_probe_end(d, p, subj, size_found);
}


/* Set the verdict: reason, exit status, words, then the remedy (advice,
 * or the reason table's when NULL); the actor is the reason table's. */
static void
vverdict(struct mx_verdict *v, const char *reason, enum mx_exit code,
    const char *advice, const char *fmt, va_list ap)
{
	size_t n;

	mx_strlcpy(v->reason, reason, sizeof v->reason);
	v->exit_code = code;
	vsnprintf(v->summary, sizeof v->summary, fmt, ap);
	if (advice == NULL)
		advice = mx__reason_advice(reason);
	n = strlen(v->summary);
	if (*advice != '\0' && n + 2 < sizeof v->summary)
		snprintf(v->summary + n, sizeof v->summary - n, " %s", advice);
	v->actor = mx__reason_actor(reason, 0, &v->actor_also, &v->has_also);
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
	v->actor = actor;
	v->has_also = 0;
	v->actor_also = MX_ACT_NOBODY;
}

/* The verdict when DNS alone decides (no exchanger to probe). */
static int
verdict_dns(const struct mx_model *m, struct mx_verdict *v)
{
	int i, nx = 0, ans = 0, servfail = 0, nullmx = 0, nodata = 0;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		nx += r->status == MX_DNS_NXDOMAIN;
		ans += r->status == MX_DNS_ANSWER && !r->null_mx;
		servfail += r->status == MX_DNS_SERVFAIL;
		nullmx += r->null_mx;
		nodata += r->status == MX_DNS_NODATA;
	}
	if (!m->dns_done && m->nprobes == 0) {
		verdict(v, "onhold", MX_EXIT_UNKNOWN, "Asking DNS about %s...",
		    m->domain);
		return 1;
	}
	if (nullmx) {
		verdict(v, "notaccept", MX_EXIT_PERM, "%s publishes a null MX.",
		    m->domain);
		return 1;
	}
	if (m->nprobes > 0)
		return 0;
	if (nx && !ans)
		verdict(v, "hostunknown", MX_EXIT_PERM, "%s does not exist.",
		    m->domain);
	else if (servfail)
		verdict_by(v, "networkerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The domain's DNS administrator must fix its name servers; "
		    "mail stays queued and is retried meanwhile.", "The DNS of "
		    "%s is broken (SERVFAIL).", m->domain);
	else if (nodata)
		verdict(v, "hostunknown", MX_EXIT_PERM, "%s has no MX and no "
		    "address.", m->domain);
	else if (ans)
		verdict_by(v, "hostunknown", MX_EXIT_PERM, MX_ACT_REMOTE,
		    "The domain's DNS administrator must give its exchangers "
		    "addresses.", "No exchanger of %s has an address.",
		    m->domain);
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
static int
probe_order(const struct mx_model *m, int *order, const unsigned char *only)
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

/* The verdict from the probes (all, or those marked in only), walked as
 * an MTA would (RFC 5321 §5.1); returns the probe that decided, or NULL. */
const struct mx_probe *
mx__diag_walk(const struct mx_model *m, int warnings, struct mx_verdict *v,
    const unsigned char *only)
{
	int order[MX_MAX_PROBES], i, n = probe_order(m, order, only);
	const struct mx_probe *temp = NULL, *broken = NULL;
	const char *reason;
	int listed = mx__diag_listed(m);

	for (i = 0; i < n; i++) {
		const struct mx_probe *p = &m->probes[order[i]];
		const struct mx_stage_reply *r = &p->reply[p->failed_stage];
		const char *host = m->exch[p->mx_index].host;
		if (!p->done || p->outcome == MX_OUT_NONE)
			continue;	/* unfinished, or stopped: says nothing */
		if (p->outcome == MX_OUT_OK) {
			if (m->local[0] != '\0')
				verdict(v, "deliverable", warnings ?
				    MX_EXIT_TEMP : MX_EXIT_OK, "%s [%s] accepts "
				    "mail for %s@%s%s.", host, p->addr, m->local,
				    m->domain, warnings ? " (with warnings)" :
				    "");
			else
				verdict(v, "deliverable", warnings ?
				    MX_EXIT_TEMP : MX_EXIT_OK, "%s [%s] accepts "
				    "mail for %s (no recipient tested)%s.", host,
				    p->addr, m->domain, warnings ?
				    ", with warnings" : "");
			return p;
		}
		if (p->outcome == MX_OUT_RESP && r->code >= 500) {
			reason = mx__probe_reason(p);
			/* RFC 3463 §3.3: X.2.2 is a persistent transient
			 * condition; senders retry, so the exit is soft. */
			verdict(v, reason, mx__reason_soft(reason) ?
			    MX_EXIT_TEMP : MX_EXIT_PERM, "%s [%s] refused %s "
			    "with %d%s%s.", host, p->addr,
			    mx_stage_name(p->failed_stage), r->code,
			    r->esc[0] ? " " : "", r->esc);
			v->actor = mx__reason_actor(reason, listed,
			    &v->actor_also, &v->has_also);
			return p;
		}
		if (p->outcome == MX_OUT_RESP && temp == NULL)
			temp = p;
		else if (p->outcome != MX_OUT_RESP && broken == NULL)
			broken = p;
	}
	if (temp != NULL) {
		const struct mx_stage_reply *r = &temp->reply[temp->failed_stage];
		reason = mx__probe_reason(temp);
		verdict(v, reason, MX_EXIT_TEMP, "%s deferred %s with %d%s%s.",
		    m->exch[temp->mx_index].host,
		    mx_stage_name(temp->failed_stage), r->code,
		    r->esc[0] ? " " : "", r->esc);
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
	if (broken != NULL && broken->failed_stage > MX_ST_CONNECT) {
		/* It answered the connection: reached, but misbehaved. */
		verdict_by(v, "networkerror", MX_EXIT_TEMP, MX_ACT_REMOTE,
		    "The remote admin must fix the server; mail stays queued "
		    "and is retried meanwhile.", "%s [%s] was reached, but %s.",
		    m->exch[broken->mx_index].host, broken->addr,
		    broken->outcome_text);
		return broken;
	}
	if (broken != NULL) {
		verdict_by(v, "networkerror", MX_EXIT_TEMP, broken_actor(broken),
		    broken_actor(broken) == MX_ACT_ISP ? "Mail cannot reach "
		    "the domain's servers now: a firewall on the way (often "
		    "the ISP's block of outbound port 25) or the hosts are "
		    "down; it stays queued and is retried." : "The domain's "
		    "servers refuse connections: the remote admin must "
		    "restore the SMTP service; mail stays queued and is "
		    "retried meanwhile.",
		    "No exchanger of %s could be reached (%s: %s).",
		    m->domain, m->exch[broken->mx_index].host,
		    broken->outcome_text);
		return broken;
	}
	verdict(v, "onhold", MX_EXIT_UNKNOWN, "Checking %s...", m->domain);
	return NULL;
}

/* Sort findings most severe first (stable). */
static void
sort_findings(struct mx_finding *f, int n)
{
	struct mx_finding t;
	int i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && f[j].severity > f[j - 1].severity; j--) {
			t = f[j];
			f[j] = f[j - 1];
			f[j - 1] = t;
		}
}

/* Derive findings and the verdict from the model. */
int
mx_diag_run(const struct mx_model *m, struct mx_finding *f, int max,
    struct mx_verdict *v)
{
	struct mx__diag d = { m, f, 0, max };
	int i, warnings = 0;

	memset(v, 0, sizeof *v);
	diag_dns(&d);
	for (i = 0; i < m->nprobes; i++)
		diag_probe(&d, &m->probes[i]);
	mx__mailbox_diag(&d);	/* POP3/IMAP checks (mailbox-diag.c) */
	mx__diag_dnsbl(&d);	/* blocklists (diag-dnsbl.c) */
	for (i = 0; i < d.n; i++)
		warnings |= f[i].severity >= MX_SEV_WARN;
	if (m->nmailbox > 0 && m->nresolvers == 0 && m->nprobes == 0)
		mx__mailbox_verdict(m, warnings, v);
	else if (!verdict_dns(m, v))
		mx__diag_walk(m, warnings, v, NULL);
	mx__diag_views(&d, v, warnings);	/* resolvers' views (diag-views.c) */
	mx__diag_evidence(&d, v);	/* listings a reply led to */
	mx__diag_deadline(&d, v);	/* --deadline (diag-deadline.c) */
	if (m->bounce.present)
		mx__diag_bounce(&d, v);
	sort_findings(f, d.n);
	/* Deliverable with warnings: the most severe warning's actor acts. */
	if (strcmp(v->reason, "deliverable") == 0 && d.n > 0 &&
	    f[0].severity >= MX_SEV_WARN) {
		v->actor = f[0].actor;
		v->has_also = 0;
	}
	return d.n;
}
