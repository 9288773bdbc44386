/*
 * diag-views: resolvers that disagree (method.md §2).  Resolvers that give
 * the same MX set and addresses form one view; each view gets its own
 * outcome, walked over the probes of the addresses it leads to.  The
 * verdict follows the view with the newest SOA serial (RFC 1982 serial
 * arithmetic), on a tie the view most resolvers share, then the first
 * given: never the order in which answers came.  Another view whose
 * exchangers refuse or fail is an error finding (dns.resolvers_disagree).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "i18n.h"

/* Whether a resolver's MX answer is definitive (not a failure). */
static int
definitive(const struct mx_resolver *r)
{
	return r->done && (r->status == MX_DNS_ANSWER ||
	    r->status == MX_DNS_NODATA || r->status == MX_DNS_NXDOMAIN);
}

/* The host an address of r belongs to. */
static const char *
addr_host(const struct mx_model *m, const struct mx_resolver *r,
    const struct mx_resaddr *a)
{
	return a->mx >= 0 && a->mx < r->nmx ? r->mx[a->mx].host : m->domain;
}

/* Whether every address of a is among b's. */
static int
addrs_within(const struct mx_model *m, const struct mx_resolver *a,
    const struct mx_resolver *b)
{
	int i, j;

	for (i = 0; i < a->naddrs; i++) {
		for (j = 0; j < b->naddrs; j++)
			if (strcmp(a->addrs[i].addr, b->addrs[j].addr) == 0 &&
			    strcasecmp(addr_host(m, a, &a->addrs[i]),
			    addr_host(m, b, &b->addrs[j])) == 0)
				break;
		if (j == b->naddrs)
			return 0;
	}
	return 1;
}

/* Whether two resolvers gave the same MX set and addresses. */
static int
same_view(const struct mx_model *m, const struct mx_resolver *a,
    const struct mx_resolver *b)
{
	int i;

	if (a->status != b->status || a->nmx != b->nmx ||
	    a->null_mx != b->null_mx)
		return 0;
	for (i = 0; i < a->nmx; i++)
		if (a->mx[i].pref != b->mx[i].pref ||
		    strcasecmp(a->mx[i].host, b->mx[i].host) != 0)
			return 0;
	return addrs_within(m, a, b) && addrs_within(m, b, a);
}

/* Write a resolver's MX set as "10 a, 20 b" into buf (tr: the words in
 * the reader's language, else English). */
static void
mx_set_text(const struct mx_resolver *r, int tr, char *buf, size_t sz)
{
	size_t o = 0;
	int i;

	buf[0] = '\0';
	if (r->status != MX_DNS_ANSWER) {
		snprintf(buf, sz, "%s", tr ? mx_dns_status_tr(r->status) :
		    mx_dns_status_name(r->status));
		return;
	}
	for (i = 0; i < r->nmx && o < sz; i++)
		o += (size_t)snprintf(buf + o, sz - o, "%s%d %s", i ? ", " : "",
		    r->mx[i].pref, r->mx[i].host);
	if (r->nmx == 0)
		snprintf(buf, sz, "%s", T_(tr, "no MX"));
}

/* RFC 1982 §3.2: whether serial a is older than serial b. */
int
mx__serial_older(uint32_t a, uint32_t b)
{
	return a != b && (uint32_t)(b - a) < 0x80000000u;
}

/* The smallest TTL of a resolver's MX records, else of its addresses. */
static uint32_t
view_ttl(const struct mx_resolver *r)
{
	uint32_t t = 0;
	int i, any = 0;

	for (i = 0; i < r->nmx; i++)
		if (!any || r->mx[i].ttl < t)
			t = r->mx[i].ttl, any = 1;
	for (i = 0; !any && i < r->naddrs; i++)
		if (i == 0 || r->addrs[i].ttl < t)
			t = r->addrs[i].ttl;
	return t;
}

/* Mark in only[] the probes of the addresses resolver r's view leads
 * to; returns how many. */
static int
view_probes(const struct mx_model *m, const struct mx_resolver *r,
    unsigned char only[MX_MAX_PROBES])
{
	int i, j, any = 0;

	memset(only, 0, MX_MAX_PROBES);
	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		for (j = 0; j < r->naddrs; j++)
			if (strcmp(p->addr, r->addrs[j].addr) == 0 &&
			    strcasecmp(m->exch[p->mx_index].host,
			    addr_host(m, r, &r->addrs[j])) == 0)
				only[i] = 1, any++;
	}
	return any;
}

/* Whether a finding id is the one a dialogue's end gives (a refusal,
 * or an exchanger that could not be reached or broke off; diag-probe.c). */
static int
end_finding(const char *id)
{
	static const char *const ids[] = { "smtp.connect_refused",
	    "smtp.connect_timeout", "smtp.no_banner", "smtp.reply_timeout",
	    "smtp.connection_lost", "smtp.unreachable",
	    "smtp.domain_not_served" };
	size_t i, n = strlen(id);

	if (strncmp(id, "smtp.", 5) != 0)
		return 0;
	if ((n > 9 && strcmp(id + n - 9, "_rejected") == 0) ||
	    (n > 9 && strcmp(id + n - 9, "_deferred") == 0))
		return 1;
	for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if (strcmp(id, ids[i]) == 0)
			return 1;
	return 0;
}

/*
 * One cause, one finding: the end of a dialogue with an exchanger only a
 * failing view leads to is that view's evidence, said in its
 * dns.resolvers_disagree finding; its own finding goes.
 */
static void
fold_view_ends(struct mx__diag *d, const struct mx_resolver *r,
    const struct mx_resolver *primary)
{
	const struct mx_model *m = d->m;
	unsigned char in_r[MX_MAX_PROBES], in_p[MX_MAX_PROBES];
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 4];
	int i, j;

	view_probes(m, r, in_r);
	view_probes(m, primary, in_p);
	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		if (!in_r[i] || in_p[i])
			continue;
		snprintf(subj, sizeof subj, "%s [%s]",
		    m->exch[p->mx_index].host, p->addr);
		for (j = 0; j < d->n; j++) {
			struct mx_finding *f = &d->f[j];
			if (f->nsubjects > 1 || strcmp(f->subject, subj) != 0 ||
			    !end_finding(f->id))
				continue;
			memmove(f, f + 1, (size_t)(d->n - j - 1) * sizeof *f);
			d->n--, j--;
		}
	}
}

/* The outcome of following resolver r's view; returns the deciding probe. */
static const struct mx_probe *
view_outcome(const struct mx_model *m, const struct mx_resolver *r,
    int warnings, struct mx_verdict *v)
{
	unsigned char only[MX_MAX_PROBES];

	memset(v, 0, sizeof *v);
	if (r->status == MX_DNS_NXDOMAIN) {
		mx_strlcpy(v->reason, "hostunknown", sizeof v->reason);
		v->exit_code = MX_EXIT_PERM;
		snprintf(v->summary, sizeof v->summary, "%s says %s does not "
		    "exist (NXDOMAIN).", r->name, m->domain);
		snprintf(v->summary_tr, sizeof v->summary_tr, _("%s says %s "
		    "does not exist (NXDOMAIN)."), r->name, m->domain);
		return NULL;
	}
	if (r->null_mx) {
		mx_strlcpy(v->reason, "notaccept", sizeof v->reason);
		v->exit_code = MX_EXIT_PERM;
		snprintf(v->summary, sizeof v->summary, "%s says %s publishes "
		    "a null MX.", r->name, m->domain);
		snprintf(v->summary_tr, sizeof v->summary_tr, _("%s says %s "
		    "publishes a null MX."), r->name, m->domain);
		return NULL;
	}
	if (!view_probes(m, r, only) && mx__diag_unreachable(m, r) > 0) {
		/* RFC 6890: the view leads only to internal addresses. */
		mx_strlcpy(v->reason, "hostunknown", sizeof v->reason);
		v->exit_code = MX_EXIT_PERM;
		snprintf(v->summary, sizeof v->summary, "%s gives only "
		    "addresses no Internet sender can reach (an internal "
		    "view).", r->name);
		snprintf(v->summary_tr, sizeof v->summary_tr, _("%s gives only "
		    "addresses no Internet sender can reach (an internal "
		    "view)."), r->name);
		return NULL;
	}
	if (!view_probes(m, r, only)) {
		mx_strlcpy(v->reason, "hostunknown", sizeof v->reason);
		v->exit_code = MX_EXIT_PERM;
		snprintf(v->summary, sizeof v->summary, "No exchanger %s "
		    "names has an address.", r->name);
		snprintf(v->summary_tr, sizeof v->summary_tr, _("No exchanger "
		    "%s names has an address."), r->name);
		return NULL;
	}
	return mx__diag_walk(m, warnings, v, only);
}

/* What the deciding exchanger of a view did with the mail, in words
 * (tr: in the reader's language, else English). */
static void
said_text(const struct mx_model *m, const struct mx_probe *p,
    const struct mx_verdict *vv, int tr, char *buf, size_t sz)
{
	const struct mx_stage_reply *r;
	const char *text;

	if (p == NULL) {
		snprintf(buf, sz, "%s", tr && vv->summary_tr[0] ?
		    vv->summary_tr : vv->summary);
		return;
	}
	r = &p->reply[p->failed_stage];
	text = r->text;
	/* The enhanced code is said once (RFC 3463 puts it in the text). */
	if (r->esc[0] != '\0' && strncmp(text, r->esc, strlen(r->esc)) == 0)
		for (text += strlen(r->esc); *text == ' '; text++)
			;
	if (p->outcome == MX_OUT_OK)
		snprintf(buf, sz, T_(tr, "mail goes to %s, which accepts it"),
		    m->exch[p->mx_index].host);
	else if (p->outcome == MX_OUT_RESP && r->code >= 500 &&
	    mx__probe_pm(m, p, m->exch[p->mx_index].host) == MX_PM_NOT_SERVED)
		/* RFC 5321 §4.5.1: postmaster refused too (diag-postmaster.c):
		 * an old exchanger that no longer serves the domain. */
		snprintf(buf, sz, T_(tr, "mail goes to %s, which does not accept "
		    "mail for %s (%d%s%s %s; postmaster@%s is refused too)"),
		    m->exch[p->mx_index].host, m->domain, r->code,
		    r->esc[0] ? " " : "", r->esc, text, m->domain);
	else if (p->outcome == MX_OUT_RESP && r->code >= 500)
		snprintf(buf, sz, T_(tr, "mail goes to %s, which refuses it "
		    "(%d%s%s %s)"), m->exch[p->mx_index].host, r->code,
		    r->esc[0] ? " " : "", r->esc, text);
	else if (p->outcome == MX_OUT_RESP)
		snprintf(buf, sz, T_(tr, "mail goes to %s, which defers it "
		    "(%d%s%s %s)"), m->exch[p->mx_index].host, r->code,
		    r->esc[0] ? " " : "", r->esc, text);
	else
		snprintf(buf, sz, T_(tr, "mail goes to %s, which cannot be "
		    "reached (%s)"), m->exch[p->mx_index].host, tr ?
		    mx_probe_outcome_text(p) : p->outcome_text);
}

/* Drop a sentence's final period (it is said inside another one). */
static void
drop_period(char *s)
{
	size_t n = strlen(s);

	if (n > 0 && s[n - 1] == '.')
		s[n - 1] = '\0';
}

/* Why view k differs from the leading view best (tr: in the reader's
 * language), into buf. */
static void
why_text(const struct mx_view *vw, int k, int best, const char *names,
    int tr, char *buf, size_t sz)
{
	if (vw[k].stale)
		snprintf(buf, sz, T_(tr, "%s serves a stale copy (SOA serial "
		    "%u < %u, TTL %u)"), names, vw[k].serial, vw[best].serial,
		    vw[k].ttl);
	else if (vw[k].has_serial)
		snprintf(buf, sz, T_(tr, "%s holds SOA serial %u, TTL %u"),
		    names, vw[k].serial, vw[k].ttl);
	else
		snprintf(buf, sz, T_(tr, "%s gave no SOA serial; TTL %u"),
		    names, vw[k].ttl);
}

/* The names of a view's resolvers, comma separated. */
static void
names_text(const struct mx_model *m, unsigned bits, char *buf, size_t sz)
{
	size_t o = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS && o < sz; i++)
		if (bits & (1u << i))
			o += (size_t)snprintf(buf + o, sz - o, "%s%s",
			    o ? ", " : "", m->resolvers[i].name);
}

/* Whether view a should lead rather than view b (see the file comment);
 * a_nx, b_nx: the view says NXDOMAIN.  A view that finds the domain leads
 * one that says it does not exist: the name exists somewhere, and the
 * NXDOMAIN is a filter's or a stale cache's (its SOA is another zone's,
 * so serials do not compare). */
static int
leads(const struct mx_view *a, int a_nx, const struct mx_view *b, int b_nx)
{
	int na = __builtin_popcount(a->resolvers),
	    nb = __builtin_popcount(b->resolvers);

	if (a_nx != b_nx)
		return b_nx;
	if (a->has_serial && b->has_serial && a->serial != b->serial)
		return mx__serial_older(b->serial, a->serial);
	if (na != nb)
		return na > nb;
	return (a->resolvers & -a->resolvers) < (b->resolvers & -b->resolvers);
}

/* The warning of a view that disagrees with the leading view best but
 * does not fail (why: how they differ, English and translated). */
static void
disagree_warn(struct mx__diag *d, const struct mx_model *m, int best, int k,
    const char *why, const char *why_tr)
{
	const struct mx_resolver *rb = &m->resolvers[best],
	    *rk = &m->resolvers[k];
	char a[200], b[200], a_tr[200], b_tr[200];
	char en[MX_TEXT_MAX + 1024], tr[MX_TEXT_MAX + 1024];	/* cut later */
	int same;

	mx_set_text(rb, 0, a, sizeof a);
	mx_set_text(rk, 0, b, sizeof b);
	mx_set_text(rb, 1, a_tr, sizeof a_tr);
	mx_set_text(rk, 1, b_tr, sizeof b_tr);
	same = strcmp(a, b) == 0;
	snprintf(en, sizeof en, "Resolvers disagree: %s says %s%s; %s says "
	    "%s%s (%s).", rb->name, a, same ? " (other addresses)" : "",
	    rk->name, b, same ? " (other addresses)" : "", why);
	snprintf(tr, sizeof tr, _("Resolvers disagree: %s says %s%s; %s says "
	    "%s%s (%s)."), rb->name, a_tr, same ? _(" (other addresses)") :
	    "", rk->name, b_tr, same ? _(" (other addresses)") : "", why_tr);
	mx__diag_add_text(d, "dns.resolvers_disagree", MX_SEV_WARN, MX_ACT_US,
	    rk->name, N_("One resolver holds a stale or different view: "
	    "flush its cache or wait for the records' TTL to expire, then "
	    "re-test."), en, tr);
}

/* Resolvers that give different MX sets: one outcome per view; the
 * verdict follows the newest zone. */
void
mx__diag_views(struct mx__diag *d, struct mx_verdict *v, int warnings)
{
	const struct mx_model *m = d->m;
	struct mx_view *vw = v->views;
	struct mx_verdict vv[MX_MAX_RESOLVERS];
	const struct mx_probe *by[MX_MAX_RESOLVERS];
	int rep[MX_MAX_RESOLVERS], n = 0, i, k, best = 0;
	char names[200], said[MX_TEXT_MAX], said_tr[MX_TEXT_MAX];
	char why[160], why_tr[320];
	char tail[sizeof names + sizeof said + sizeof why + 16];
	char tail_tr[sizeof names + sizeof said_tr + sizeof why_tr + 64];

	v->nviews = 0;
	for (i = 0; i < m->nresolvers && i < MX_MAX_RESOLVERS; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		if (!definitive(r))
			continue;
		for (k = 0; k < n; k++)
			if (same_view(m, r, &m->resolvers[rep[k]]))
				break;
		if (k == n) {
			memset(&vw[n], 0, sizeof vw[n]);
			rep[n++] = i;
		}
		vw[k].resolvers |= 1u << i;
		/* An NXDOMAIN's SOA is an enclosing (or a filter's) zone's. */
		if (r->has_soa && r->status != MX_DNS_NXDOMAIN && (!vw[k].has_serial ||
		    mx__serial_older(vw[k].serial, r->soa_serial))) {
			vw[k].has_serial = 1;
			vw[k].serial = r->soa_serial;
		}
	}
	if (n < 2)
		return;
	/* --server: the check went to that host, through no view's MX: the
	 * views' difference is said, the verdict stays the server's. */
	for (k = 1; k < n && m->server[0] != '\0'; k++)
		disagree_warn(d, m, rep[0], rep[k], "the check went to the "
		    "server given with --server", _("the check went to the "
		    "server given with --server"));
	if (m->server[0] != '\0')
		return;
	for (k = 0; k < n; k++) {
		const struct mx_resolver *r = &m->resolvers[rep[k]];
		/* A disagreement is itself a warning on every view. */
		by[k] = view_outcome(m, r, 1, &vv[k]);
		vw[k].ttl = view_ttl(r);
		mx_strlcpy(vw[k].reason, vv[k].reason, sizeof vw[k].reason);
		vw[k].exit_code = vv[k].exit_code;
		mx_strlcpy(vw[k].summary, vv[k].summary, sizeof vw[k].summary);
		vw[k].fails = strcmp(vv[k].reason, "deliverable") != 0 &&
		    strcmp(vv[k].reason, "onhold") != 0;
		if (k > 0 && leads(&vw[k], r->status == MX_DNS_NXDOMAIN,
		    &vw[best], m->resolvers[rep[best]].status ==
		    MX_DNS_NXDOMAIN))
			best = k;
	}
	vw[best].primary = 1;
	mx_strlcpy(v->reason, vv[best].reason, sizeof v->reason);
	mx_strlcpy(v->summary, vv[best].summary, sizeof v->summary);
	mx_strlcpy(v->summary_tr, vv[best].summary_tr, sizeof v->summary_tr);
	mx_strlcpy(v->more_tr, vv[best].more_tr, sizeof v->more_tr);
	v->exit_code = vv[best].exit_code;
	v->not_served = vv[best].not_served;
	v->reached = vv[best].reached;
	v->nviews = n;
	for (k = 0; k < n; k++) {
		if (k == best)
			continue;
		vw[k].stale = vw[k].has_serial && vw[best].has_serial &&
		    mx__serial_older(vw[k].serial, vw[best].serial);
		names_text(m, vw[k].resolvers, names, sizeof names);
		why_text(vw, k, best, names, 0, why, sizeof why);
		why_text(vw, k, best, names, 1, why_tr, sizeof why_tr);
		if (!vw[k].fails) {
			disagree_warn(d, m, rep[best], rep[k], why, why_tr);
			continue;
		}
		said_text(m, by[k], &vv[k], 0, said, sizeof said);
		said_text(m, by[k], &vv[k], 1, said_tr, sizeof said_tr);
		fold_view_ends(d, &m->resolvers[rep[k]],
		    &m->resolvers[rep[best]]);
		if (by[k] == NULL) {
			/* DNS alone decided that view: its own sentence names
			 * the resolver; a view without a zone has no serial
			 * to compare. */
			drop_period(said);
			drop_period(said_tr);
			if (!vw[k].has_serial)
				why[0] = why_tr[0] = '\0';
			snprintf(tail, sizeof tail, why[0] ? "%s; %s." : "%s.",
			    said, why);
			snprintf(tail_tr, sizeof tail_tr, why_tr[0] ? "%s; %s." :
			    "%s.", said_tr, why_tr);
		} else {
			snprintf(tail, sizeof tail, "Via %s %s; %s.", names,
			    said, why);
			snprintf(tail_tr, sizeof tail_tr, _("Via %s %s; %s."),
			    names, said_tr, why_tr);
		}
		mx__diag_add_text(d, "dns.resolvers_disagree", MX_SEV_ERROR,
		    MX_ACT_US, m->resolvers[rep[k]].name, N_("Senders that use "
		    "that resolver fail: flush its cache (or fix the name "
		    "server that serves the old zone), or wait for the TTL to "
		    "expire, then re-test."), tail, tail_tr);
		/* The verdict says which view fails and why (the report and
		 * the dashboard add the finding's translated sentence to
		 * summary_tr's first: words.c). */
		if (by[k] == NULL && why[0] == '\0') {
			snprintf(tail, sizeof tail, "But %s.", said);
			snprintf(tail_tr, sizeof tail_tr, _("But %s."), said_tr);
		} else if (by[k] == NULL) {
			snprintf(tail, sizeof tail, "But %s; %s.", said, why);
			snprintf(tail_tr, sizeof tail_tr, _("But %s; %s."),
			    said_tr, why_tr);
		} else {
			snprintf(tail, sizeof tail, "But via %s %s; %s.", names,
			    said, why);
			snprintf(tail_tr, sizeof tail_tr, _("But via %s %s; %s."),
			    names, said_tr, why_tr);
		}
		mx_i18n_append(v->summary, sizeof v->summary, tail);
		if (v->summary_tr[0] != '\0')
			mx_i18n_append(v->summary_tr, sizeof v->summary_tr,
			    tail_tr);
		if (v->exit_code == MX_EXIT_OK)
			v->exit_code = MX_EXIT_TEMP;
	}
}
