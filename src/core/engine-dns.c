/*
 * engine-dns: what the DNS stage's answers become (method.md §2): the
 * exchanger table merged over all resolvers, a probe for every new
 * exchanger address (within the caps, said when cut), the reverse DNS of
 * those addresses and of the IPs a bounce names, blocklist lookups and a
 * listing's TXT reason (RFC 5782 §2.1), on the follow-up DNS instance.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dnsbl.h"
#include "engine-int.h"

/* Say that a list was capped (once per kind and run). */
static void
engine_cut(struct mx_engine *e, int what)
{
	struct mx_event ev;

	if ((e->cut & what) == what)
		return;
	e->cut |= what;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_CUT;
	ev.u.notes = what;
	mx__engine_emit_now(e, &ev);
}

/* Say what changed about exchanger xi. */
static void
engine_exch_event(struct mx_engine *e, int xi, int pref, int ri, int family,
    enum mx_dns_status st, int cut, const char *canon)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_EXCHANGER;
	ev.index = xi;
	ev.u.exch.pref = pref;
	ev.u.exch.host = e->exch[xi].host;
	ev.u.exch.resolver = ri;
	ev.u.exch.family = family;
	ev.u.exch.status = st;
	ev.u.exch.cut = cut;
	ev.u.exch.canon = canon;
	mx__engine_emit_now(e, &ev);
}

/* The address family of host that is never looked up (4 or 6), or 0:
 * the one -4/-6 leaves out, or for a numeric --server (or an address
 * literal) the family it is not of (it needs no lookup at all). */
static int
engine_unasked(const struct mx_engine *e, const char *host)
{
	if (e->server_numeric && strcasecmp(host, e->server) == 0)
		return strchr(e->server, ':') != NULL ? 4 : 6;
	return e->opts.family == 4 ? 6 : e->opts.family == 6 ? 4 : 0;
}

/* Find or add the exchanger for host, named by resolver ri; -1 when the
 * table is full. */
static int
engine_exchanger(struct mx_engine *e, int ri, int pref, const char *host)
{
	int i, added = 0, fam;

	for (i = 0; i < e->nexch; i++)
		if (strcasecmp(e->exch[i].host, host) == 0)
			break;
	if (i == MX_MAX_EXCHANGERS) {
		engine_cut(e, MX_CUT_EXCHANGERS);
		return -1;
	}
	if (i < e->nexch && (e->exch[i].seen_by & (1u << ri)))
		return i;
	if (i == e->nexch) {
		memset(&e->exch[i], 0, sizeof e->exch[i]);
		mx_strlcpy(e->exch[i].host, host, sizeof e->exch[i].host);
		e->nexch++;
		added = 1;
	}
	e->exch[i].seen_by |= 1u << ri;
	engine_exch_event(e, i, pref, ri, 0, MX_DNS_PENDING, 0, NULL);
	if (added && (fam = engine_unasked(e, host)) != 0)
		engine_exch_event(e, i, pref, -1, fam, MX_DNS_NOT_ASKED, 0,
		    NULL);		/* not "pending" for ever */
	return i;
}

/* Whether host's addresses are checked: every MX host, or with --server
 * only that server (the MX hosts' addresses are still looked up for the
 * resolver table, as the domain's own are for an implicit MX). */
static int
engine_checked(const struct mx_engine *e, const char *host)
{
	return e->server[0] == '\0' || strcasecmp(host, e->server) == 0;
}

/* DNS: a resolver's record changed; the sinks hear what changed. */
static void
dns_resolver_cb(void *arg, int ri, unsigned what, int first,
    const struct mx_resolver *r)
{
	struct mx_engine *e = arg;
	struct mx_event ev;
	int i;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RESOLVER;
	ev.index = ri;
	ev.u.res.what = what;
	ev.u.res.addr_status = r->addr_status;
	ev.u.res.addr_failures = r->addr_failures;
	if (what & MX_RES_MX) {
		ev.u.res.status = r->status;
		ev.u.res.rtt_ms = r->rtt_ms;
		ev.u.res.nmx = r->nmx;
		ev.u.res.mx_cut = r->mx_cut;
		ev.u.res.implicit = r->implicit;
		ev.u.res.null_mx = r->null_mx;
		ev.u.res.ede = r->ede;
		ev.u.res.foreign_mx = r->foreign_mx;
		ev.u.res.foreign_owner = r->foreign_owner;
		ev.u.res.mx = r->mx;
	}
	if (what & MX_RES_ADDRS) {
		ev.u.res.first = first;
		ev.u.res.naddrs = r->naddrs - first;
		ev.u.res.addrs = r->addrs + first;
	}
	if (what & MX_RES_SOA) {
		ev.u.res.soa_status = r->soa_status;
		ev.u.res.has_soa = r->has_soa;
		ev.u.res.soa_serial = r->soa_serial;
		ev.u.res.soa_ttl = r->soa_ttl;
		ev.u.res.soa_zone = r->soa_zone;
	}
	if (what & MX_RES_DONE)
		ev.u.res.addr_hash = r->addr_hash;
	mx__engine_emit_now(e, &ev);
	/* --server: the MX set is shown, its hosts are not checked. */
	for (i = 0; i < r->nmx && !r->null_mx && e->server[0] == '\0'; i++)
		if (strcmp(r->mx[i].host, ".") != 0)	/* RFC 7505: no host */
			engine_exchanger(e, ri, r->mx[i].pref, r->mx[i].host);
	mx__engine_kick(e);
}

/* DNS: an exchanger address; add a probe unless known or over the cap. */
static void
dns_address_cb(void *arg, int ri, int pref, const char *host, int family,
    const char *addr)
{
	struct mx_engine *e = arg;
	struct mx_event ev;
	struct probe *p;
	int xi, i;

	if (!engine_checked(e, host) ||
	    (xi = engine_exchanger(e, ri, pref, host)) < 0)
		return;
	/* RFC 6890: an address no Internet sender can reach is not probed
	 * (the diagnosis names it from the resolver's record). */
	if (!mx_addr_probed(addr, e->opts.port, e->server[0] != '\0' ?
	    MX_PROBE_NAMED : e->opts.internal))	/* --server: the user named it */
		return;
	for (i = 0; i < e->nprobes; i++)
		if (e->probes[i]->mx_index == xi &&
		    strcmp(e->probes[i]->addr, addr) == 0)
			return;
	if (e->nprobes == MX_MAX_PROBES ||
	    e->exch[xi].naddr >= MX_MAX_ADDRS * 2) {
		engine_cut(e, MX_CUT_PROBES);
		return;
	}
	e->exch[xi].naddr++;
	p = mx_xcalloc(1, sizeof *p);
	p->e = e;
	p->index = e->nprobes;
	p->mx_index = xi;
	p->state = PROBE_QUEUED;
	p->use_tls = 1;
	mx_strlcpy(p->addr, addr, sizeof p->addr);
	mx_strlcpy(p->host, host, sizeof p->host);
	e->probes[e->nprobes++] = p;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_ADD;
	ev.index = p->index;
	ev.u.add.mx_index = xi;
	ev.u.add.family = family;
	ev.u.add.addr = addr;
	mx__engine_emit_now(e, &ev);
	/* Who does the exchanger's address say it is (method.md §2)? */
	if (e->dns != NULL)
		mx_dns_ptr(e->dns, ri, p->index, addr);
	mx__engine_kick(e);
}

/* DNS: an exchanger's A or AAAA lookup ended. */
static void
dns_host_status_cb(void *arg, int ri, int pref, const char *host, int family,
    enum mx_dns_status st, int cut, const char *canon)
{
	struct mx_engine *e = arg;
	int xi;

	if (!engine_checked(e, host) ||
	    (xi = engine_exchanger(e, ri, pref, host)) < 0)
		return;
	engine_exch_event(e, xi, pref, -1, family, st, cut, canon);
}

/* --server HOST: a name is looked up with the MX (mx_dns_server); a
 * numeric address needs no DNS and is the exchanger's one address at
 * once, as if every resolver had given it.  Right after mx_dns_go. */
void
mx__engine_server_start(struct mx_engine *e)
{
	int ri, n, family = strchr(e->server, ':') != NULL ? 6 : 4;

	if (e->server[0] == '\0' || !e->server_numeric || e->dns == NULL)
		return;
	if (e->opts.family != 0 && e->opts.family != family)
		return;		/* -4/-6 leaves it out, as an MX address */
	n = mx_dns_count(e->dns);
	dns_address_cb(e, 0, 0, e->server, family, e->server);
	for (ri = 0; ri < n; ri++)
		dns_host_status_cb(e, ri, 0, e->server, family, MX_DNS_ANSWER,
		    0, NULL);
}

/* DNS: every resolver has finished. */
static void
dns_done_cb(void *arg)
{
	struct mx_engine *e = arg;

	e->dns_done = 1;
	mx_dns_close(e->dns);
	e->dns = NULL;
	mx__engine_kick(e);
}

/* DNS: a reverse name: of a probe's address (tag >= 0) or of an IP the
 * bounce named (tag -1 - i). */
static void
dns_ptr_cb(void *arg, int tag, enum mx_dns_status st, const char *name,
    int fcrdns)
{
	struct mx_engine *e = arg;
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = tag >= 0 ? MX_EV_PROBE_PTR : MX_EV_BOUNCE_PTR;
	ev.index = tag >= 0 ? tag : -1 - tag;
	ev.u.ptr.status = st;
	ev.u.ptr.name = name;
	ev.u.ptr.fcrdns = fcrdns;
	mx__engine_emit_now(e, &ev);
}

/* The follow-up DNS instance, created on first use; NULL if it cannot be. */
struct mx_dns *
mx__engine_followup_dns(struct mx_engine *e)
{
	char *cause = NULL;

	if (e->fdns == NULL) {
		e->fdns = mx_dns_new(e->loop, (const char *const *)e->opts.dns,
		    e->opts.ndns > 0 ? 1 : 0, e->opts.timeout_ms, &cause);
		free(cause);
		if (e->fdns != NULL)
			mx_dns_aux(e->fdns, &mx__engine_dns_cb, e);
	}
	return e->fdns;
}

/* A listing's A answer came: ask for its TXT reason (RFC 5782 §2.1). */
static void
listing_txt(struct mx_engine *e, int tag)
{
	char name[MX_HOST_MAX];
	struct mx_dnsbl *l = &e->dnsbl[tag];

	if (!l->listed || l->txt_pending || mx__engine_followup_dns(e) == NULL ||
	    mx__dnsbl_qname(l, name, sizeof name) != 0)
		return;
	if (mx_dns_txt(e->fdns, 0, tag, name) == 0)
		l->txt_pending = 1;
}

/* Tell the sinks what changed (MX_BL_*) about blocklist lookup tag. */
void
mx__engine_dnsbl_event(struct mx_engine *e, int tag, unsigned what)
{
	const struct mx_dnsbl *l = &e->dnsbl[tag];
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_DNSBL;
	ev.index = tag;
	ev.u.bl.what = what;
	ev.u.bl.txt_pending = l->txt_pending;
	if (what & MX_BL_ADD) {
		ev.u.bl.ip = l->ip;
		ev.u.bl.zone = l->zone;
		ev.u.bl.from_reply = l->from_reply;
		ev.u.bl.probe = l->probe;
	}
	if (what & MX_BL_ANSWER) {
		ev.u.bl.status = l->status;
		ev.u.bl.answer = l->answer;
		ev.u.bl.listed = l->listed;
		ev.u.bl.error = l->error;
	}
	if (what & MX_BL_TXT)
		ev.u.bl.txt = l->txt;
	mx__engine_emit_now(e, &ev);
}

/* DNS: a blocklist answered (tag: the lookup's index in the model). */
static void
dns_a_cb(void *arg, int tag, enum mx_dns_status st, const char *addr)
{
	struct mx_engine *e = arg;

	if (tag < 0 || tag >= e->ndnsbl)
		return;
	mx__dnsbl_answer(&e->dnsbl[tag], st, addr);
	listing_txt(e, tag);	/* a listing's reason */
	mx__engine_dnsbl_event(e, tag, MX_BL_ANSWER);
	mx__engine_kick(e);
}

/* DNS: a listing's TXT reason (tag: the lookup's index). */
static void
dns_txt_cb(void *arg, int tag, enum mx_dns_status st, const char *text)
{
	struct mx_engine *e = arg;

	if (tag < 0 || tag >= e->ndnsbl)
		return;
	e->dnsbl[tag].txt_pending = 0;
	mx_strlcpy(e->dnsbl[tag].txt, text != NULL ? text : "",
	    sizeof e->dnsbl[tag].txt);
	mx__engine_dnsbl_event(e, tag, MX_BL_TXT);
	mx__engine_kick(e);
}

/* Start the blocklist lookups of this run on the first resolver. */
void
mx__engine_dnsbl_start(struct mx_engine *e)
{
	char name[MX_HOST_MAX];
	int i, n = mx__dnsbl_plan(&e->opts, e->dnsbl, MX_MAX_DNSBL);

	e->ndnsbl = n;
	for (i = 0; i < n && e->dns != NULL; i++) {
		e->dnsbl[i].probe = -1;
		mx__engine_dnsbl_event(e, i, MX_BL_ADD);
		if (mx__dnsbl_qname(&e->dnsbl[i], name, sizeof name) == 0)
			mx_dns_a(e->dns, 0, i, name);
	}
}

const struct mx_dns_cb mx__engine_dns_cb = {
	dns_resolver_cb, dns_address_cb, dns_host_status_cb, dns_done_cb,
	dns_ptr_cb, dns_a_cb, dns_txt_cb
};
