/*
 * diag: the conclusion (method.md §5).  A pure function from the evidence
 * in the model to findings (stable id, severity, who must act, a summary in
 * plain words, a remedy) and one verdict, following how a real MTA would
 * deliver: exchangers in preference order (RFC 5321 §5.1), connection
 * failures and 4xx move on to the next, a 5xx ends delivery.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <arpa/inet.h>

#include "diag-int.h"
#include "dane-diag.h"
#include "reason.h"
#include "i18n.h"

/* The first resolver that gave a definitive answer about the domain (its
 * MX set, or NODATA: the domain exists), or NULL. */
static const struct mx_resolver *
answering(const struct mx_model *m)
{
	int i;

	for (i = 0; i < m->nresolvers; i++)
		if (m->resolvers[i].status == MX_DNS_ANSWER ||
		    m->resolvers[i].status == MX_DNS_NODATA)
			return &m->resolvers[i];
	return NULL;
}

/* Findings about each resolver (method.md §2); their agreement is
 * diag-views.c's.  A resolver that says NXDOMAIN or SERVFAIL while
 * another answers is that resolver's view (ours: a filter), or one of
 * the domain's servers failing (DNSSEC validation, a lame server). */
static void
diag_dns(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	const struct mx_resolver *ans = answering(m);
	int i;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		switch (r->status) {
		case MX_DNS_NXDOMAIN:
			if (mx_dns_ede_blocked(r->ede)) {
				mx__diag_add(d, "dns.resolver_blocked",
				    MX_SEV_ERROR, MX_ACT_US, r->name, "Ask that "
				    "resolver's operator to allow the domain, or "
				    "test with another resolver (--dns).",
				    "Resolver %s blocks %s by its own policy "
				    "(NXDOMAIN, Extended DNS Error %d: %s): its "
				    "answer says nothing of the domain.", r->name,
				    m->domain, r->ede, mx_dns_ede_name(r->ede));
				break;
			}
			if (ans != NULL) {
				mx__diag_add(d, "dns.resolver_nxdomain",
				    MX_SEV_ERROR, MX_ACT_US, r->name, "Ask that "
				    "resolver's operator to lift the block or "
				    "flush its cache, or use another resolver "
				    "(--dns).", "Resolver %s says %s does not "
				    "exist (NXDOMAIN) while %s answers for it: "
				    "that resolver filters the name (a DNS "
				    "firewall or RPZ, a blocking or typo-squatting "
				    "resolver) or keeps a stale negative answer.",
				    r->name, m->domain, ans->name);
				break;
			}
			mx__diag_add(d, "dns.nxdomain", MX_SEV_CRIT, MX_ACT_SENDER,
			    r->name, "Check the address for a typo. If the "
			    "domain is right, its owner must renew it or "
			    "restore its DNS delegation.",
			    "The domain %s does not exist (NXDOMAIN from %s).",
			    m->domain, r->name);
			break;
		case MX_DNS_SERVFAIL:
			/* RFC 8914: the resolver said why. */
			if (mx_dns_ede_dnssec(r->ede)) {
				mx__diag_add(d, "dns.dnssec_bogus", MX_SEV_ERROR,
				    MX_ACT_REMOTE, r->name, "The domain's DNS "
				    "administrator must fix the zone's DNSSEC "
				    "signatures or its DS record at the parent "
				    "(or remove the DS record); validating "
				    "resolvers refuse the domain until then.",
				    "%s cannot resolve %s: DNSSEC validation "
				    "fails (SERVFAIL, Extended DNS Error %d: %s).",
				    r->name, m->domain, r->ede,
				    mx_dns_ede_name(r->ede));
				break;
			}
			if (mx_dns_ede_unreachable(r->ede)) {
				mx__diag_add(d, "dns.lame_delegation",
				    MX_SEV_ERROR, MX_ACT_REMOTE, r->name, "The "
				    "domain's DNS administrator must make the name "
				    "servers of its delegation answer for the "
				    "zone (or fix the NS records at the parent).",
				    "%s cannot resolve %s: none of the domain's "
				    "name servers answers for it (SERVFAIL, "
				    "Extended DNS Error %d: %s), a lame or dead "
				    "delegation.", r->name, m->domain, r->ede,
				    mx_dns_ede_name(r->ede));
				break;
			}
			if (ans != NULL) {
				mx__diag_add(d, "dns.servfail_partial",
				    MX_SEV_WARN, MX_ACT_REMOTE, r->name, "The "
				    "domain's DNS administrator must check its "
				    "DNSSEC signatures and DS record (a validating "
				    "resolver refuses a zone whose signatures "
				    "fail) and that every name server answers.",
				    "%s cannot resolve %s (SERVFAIL) while %s "
				    "can: the mark of a DNSSEC validation failure "
				    "(only validating resolvers fail) or of one "
				    "broken or lame name server of the domain.",
				    r->name, m->domain, ans->name);
				break;
			}
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
			if (r->foreign_mx > 0) {	/* RFC 2181 §5.4.1 */
				mx__diag_add(d, "dns.bad_response", MX_SEV_WARN,
				    MX_ACT_US, r->name, "Test with another "
				    "resolver (--dns); report the answer to "
				    "that resolver's operator.", "Resolver %s "
				    "answered with no usable MX for %s: its MX "
				    "records are for another name (%s).",
				    r->name, m->domain, r->foreign_owner);
				break;
			}
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
		if (r->implicit && r->status == MX_DNS_NODATA &&
		    (!r->done || r->naddrs > 0 || r->addr_failures > 0))
			mx__diag_add(d, "dns.implicit_mx", MX_SEV_INFO, MX_ACT_REMOTE,
			    m->domain, "Publish an MX record if the domain is "
			    "meant to receive mail.",
			    "%s has no MX record; mail goes to the domain's own "
			    "address (implicit MX, RFC 5321 §5.1).", m->domain);
		/* Some MX records about another name beside the domain's
		 * own: dropped (RFC 2181 §5.4.1), the rest tested. */
		if (r->status == MX_DNS_ANSWER && r->foreign_mx > 0)
			mx__diag_add(d, "dns.other_owner_mx", MX_SEV_WARN,
			    MX_ACT_US, r->name, "Nothing is wrong with the "
			    "domain for this; test with another resolver "
			    "(--dns) and report the answer to that resolver's "
			    "operator (a broken or tampered resolver).",
			    "Resolver %s answered for %s with %d MX record(s) "
			    "owned by another name (%s): ignored, the "
			    "domain's own MX records were tested.", r->name,
			    m->domain, r->foreign_mx, r->foreign_owner);
		if (r->mx_cut)
			mx__diag_add(d, "dns.mx_truncated", MX_SEV_INFO, MX_ACT_NOBODY,
			    m->domain, "Only the first exchangers were tested.",
			    "%s lists more than %d exchangers; the list was "
			    "cut.", m->domain, MX_MAX_EXCHANGERS);
	}
	for (i = 0; i < m->nexch; i++) {
		const struct mx_exchanger *x = &m->exch[i];
		unsigned char buf[16];
		/* --server: the one exchanger is the host the user named,
		 * not the domain's MX: its name is not judged as one. */
		if (m->server[0] != '\0') {
			if (x->a_status == MX_DNS_NXDOMAIN ||
			    x->aaaa_status == MX_DNS_NXDOMAIN)
				mx__diag_add(d, "dns.mx_host_unknown",
				    MX_SEV_ERROR, MX_ACT_US, x->host,
				    "Check the host name given with --server.",
				    "Server %s, given with --server, does not "
				    "resolve (NXDOMAIN).", x->host);
			continue;
		}
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

/* The protocol-violation sentence of a probe's notes, in English (tr 0,
 * as the JSON has always had it) or in the reader's language (tr 1). */
static void
violations(const char *host, int notes, int tr, char *buf, size_t sz)
{
	static const struct { int bit; const char *en, *word; } v[] = {
		{ MX_NOTE_UNSOLICITED, "replies nobody asked for ",
		    N_("replies nobody asked for") },
		{ MX_NOTE_BARE_LF, "bare LF ", N_("bare LF") },
		{ MX_NOTE_CODE_MISMATCH, "mixed reply codes ",
		    N_("mixed reply codes") },
		{ MX_NOTE_BAD_CODE, "malformed code ", N_("malformed code") },
		{ MX_NOTE_LONG_LINE, "overlong line", N_("overlong line") }
	};
	char list[256];
	size_t i, o = 0;

	list[0] = '\0';
	for (i = 0; i < sizeof v / sizeof v[0] && o < sizeof list; i++)
		if (notes & v[i].bit)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s%s",
			    tr && o ? T_(tr, ", ") : "", tr ? _(v[i].word) :
			    v[i].en);
	snprintf(buf, sz, T_(tr, "%s broke SMTP syntax (%s)."), host, list);
}

/* Findings for one probe's SMTP dialogue (method.md §3). */
static void
diag_probe(struct mx__diag *d, const struct mx_probe *p)
{
	const struct mx_model *m = d->m;
	const char *host = m->exch[p->mx_index].host;
	char subj[MX_EXCH_LABEL_MAX], label[MX_EXCH_LABEL_MAX];
	char en[MX_TEXT_MAX + 512], tr[MX_TEXT_MAX + 512];
	int size_found;

	snprintf(subj, sizeof subj, "%s [%s]", host, p->addr);
	mx_exch_label(host, p->addr, label, sizeof label);
	if (p->ptr_status != MX_DNS_PENDING && p->ptr_status != MX_DNS_ANSWER &&
	    p->ptr_status != MX_DNS_TIMEOUT) {
		/* The DNS status: its JSON name in English, words in tr. */
		snprintf(en, sizeof en, "%s has no reverse DNS (PTR %s).",
		    label, mx_dns_status_name(p->ptr_status));
		/* TRANSLATORS: the first %s is the exchanger,
		 * "mx1.example.test [192.0.2.1]" (or its address alone). */
		snprintf(tr, sizeof tr, _("%s has no reverse DNS (PTR %s)."),
		    label, mx_dns_status_tr(p->ptr_status));
		mx__diag_add_text(d, "dns.mx_no_ptr", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, N_("The exchanger's owner should "
		    "publish a PTR record that names the host; some senders "
		    "distrust hosts without one."), en, tr);
	}
	mx__diag_rdns(d, p, host, subj);
	if (!p->done)
		return;
	mx__diag_tls(d, p, host, subj);
	if (p->notes & (MX_NOTE_BARE_LF | MX_NOTE_CODE_MISMATCH |
	    MX_NOTE_BAD_CODE | MX_NOTE_LONG_LINE | MX_NOTE_NUL |
	    MX_NOTE_UNSOLICITED)) {
		violations(host, p->notes, 0, en, sizeof en);
		/* Shown words: joined by ", ", no trailing space (the
		 * English list's "bare LF " stays in the JSON only). */
		violations(host, p->notes, 1, tr, sizeof tr);
		mx__diag_add_text(d, "smtp.protocol_violation", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, N_("Strict senders may fail; the "
		    "remote admin should fix the server."), en, tr);
	}
	size_found = mx__probe_size_over(m, p);
	if (size_found)
		mx__diag_add(d, "smtp.size_exceeded", MX_SEV_ERROR, MX_ACT_SENDER, subj,
		    "Send a smaller message (share large files by link), or "
		    "ask the recipient's admin to raise the limit.",
		    "A %lld-byte message exceeds the SIZE limit of %lld "
		    "bytes.", m->size, p->caps.size);	/* one per limit */
	if ((p->notes & MX_NOTE_CATCH_ALL) && m->local[0] != '\0')
		mx__diag_add(d, "smtp.catch_all", MX_SEV_INFO, MX_ACT_NOBODY,
		    subj, "Nothing to fix; a test message shows if the mailbox "
		    "exists.", "Any address is accepted (a random one too): "
		    "the 250 does not prove that %s@%s exists.", m->local,
		    m->domain);
	if (p->notes & MX_NOTE_NO_SMTPUTF8) {
		/* Not a protocol error: we chose not to send (RFC 6531). */
		mx__diag_add(d, "smtp.smtputf8_missing", MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The remote admin must enable SMTPUTF8 "
		    "(RFC 6531); until then the recipient needs an ASCII "
		    "address for mail from the whole world.", "%s does not "
		    "offer SMTPUTF8, so the non-ASCII address %s@%s cannot be "
		    "sent to it (not sent).", host, m->local, m->domain);
		return;
	}
	if (p->notes & MX_NOTE_CONTROL)
		mx__diag_add(d, "smtp.control_characters", MX_SEV_WARN,
		    MX_ACT_REMOTE, subj, "A broken or hostile server: the "
		    "characters are shown escaped; the remote admin must fix "
		    "its greeting and replies.", "%s sent control characters "
		    "in its replies (shown escaped).", host);
	mx__diag_probe_end(d, p, subj, size_found);
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

/* Move the finding with this id to the front, the others in order. */
static void
to_front(struct mx_finding *f, int n, const char *id)
{
	struct mx_finding t;
	int i;

	for (i = 0; i < n && strcmp(f[i].id, id) != 0; i++)
		;
	if (i == 0 || i == n)
		return;
	t = f[i];
	memmove(f + 1, f, (size_t)i * sizeof *f);
	f[0] = t;
}

/* Derive findings and the verdict from the model. */
int
mx_diag_run(const struct mx_model *m, struct mx_finding *f, int max,
    struct mx_verdict *v)
{
	struct mx__diag d = { m, f, 0, max };
	char first[sizeof f->id];
	int i, warnings = 0, sa, sb;

	memset(v, 0, sizeof *v);
	diag_dns(&d);
	mx__diag_mxhosts(&d);	/* MX set form, names, addresses */
	for (i = 0; i < m->nprobes; i++)
		diag_probe(&d, &m->probes[i]);
	mx__mailbox_diag(&d);	/* POP3/IMAP checks (mailbox-diag.c) */
	sa = d.n;
	mx__submission_diag(&d);	/* --submission (diag-submission.c) */
	sb = d.n;
	mx__diag_dnsbl(&d);	/* blocklists (diag-dnsbl.c) */
	mx__policy_diag(&d);	/* SPF, DMARC, DKIM (policy-diag.c) */
	mx__diag_dane(&d, NULL);	/* DANE, MTA-STS (policy/diag-dane.c) */
	for (i = 0; i < d.n; i++)	/* the submission's count on its own */
		if (i < sa || i >= sb)
			warnings |= f[i].severity >= MX_SEV_WARN;
	if (m->nmailbox > 0 && m->nresolvers == 0 && m->nprobes == 0)
		mx__mailbox_verdict(m, warnings, v);
	else if (!mx__diag_verdict_dns(m, v))
		mx__diag_walk(m, warnings, v, NULL);
	mx__diag_port25(&d, v);		/* port 25 blocked here? */
	mx__diag_views(&d, v, warnings);	/* resolvers' views (diag-views.c) */
	mx__diag_equalpref(&d, v);	/* equal preference, unequal answers */
	mx__diag_evidence(&d, v);	/* listings a reply led to */
	mx__policy_verdict(&d, v);	/* SPF to fix (policy-diag.c) */
	mx__diag_retry(&d, v);		/* --retry (diag-retry.c) */
	mx__diag_deadline(&d, v);	/* --deadline (diag-deadline.c) */
	mx__diag_dane(&d, v);	/* MTA-STS enforce in the verdict */
	/* --submission counts: the worse path decides (diag-submission.c). */
	i = mx__submission_verdict(&d, v, sa, sb);
	if (i >= 0)
		mx_strlcpy(first, f[i].id, sizeof first);
	if (m->bounce.present)
		mx__diag_bounce(&d, v);
	mx__diag_subject_labels(&d);	/* a numeric --server's subject */
	sort_findings(f, d.n);
	if (i >= 0)	/* its finding first: it says who must act, and how */
		to_front(f, d.n, first);
	else {	/* port 25 blocked here decides the fix; the sender is
		 * not at fault when exchangers disagree */
		to_front(f, d.n, "smtp.port25_blocked");
		to_front(f, d.n, "smtp.equal_preference_differ");
	}
	/* Deliverable (or a mailbox accessible) with warnings: the most
	 * severe warning's actor acts. */
	if ((strcmp(v->reason, "deliverable") == 0 ||
	    strcmp(v->reason, "accessible") == 0) && d.n > 0 &&
	    f[0].severity >= MX_SEV_WARN) {
		v->actor = f[0].actor;
		v->has_also = 0;
	}
	return d.n;
}
