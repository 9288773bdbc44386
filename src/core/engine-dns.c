/*
 * engine-dns: what the DNS stage's answers become (method.md §2): the
 * exchanger table merged over all resolvers, a probe for every new
 * exchanger address (within the caps, said when cut), the reverse DNS of
 * those addresses and of the IPs a bounce names, and blocklist lookups.
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

	if (((what & MX_CUT_EXCHANGERS) && e->model.exch_cut) ||
	    ((what & MX_CUT_PROBES) && e->model.probes_cut))
		return;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_CUT;
	ev.u.notes = what;
	mx__engine_emit_now(e, &ev);
}

/* Find or add the exchanger for host; -1 when the table is full. */
static int
engine_exchanger(struct mx_engine *e, int ri, int pref, const char *host)
{
	const struct mx_model *m = &e->model;
	struct mx_exchanger x;
	struct mx_event ev;
	int i;

	for (i = 0; i < m->nexch; i++)
		if (strcasecmp(m->exch[i].host, host) == 0)
			break;
	if (i == MX_MAX_EXCHANGERS) {
		engine_cut(e, MX_CUT_EXCHANGERS);
		return -1;
	}
	if (i < m->nexch) {
		if (m->exch[i].seen_by & (1u << ri))
			return i;
		x = m->exch[i];
	} else {
		memset(&x, 0, sizeof x);
		x.pref = pref;
		mx_strlcpy(x.host, host, sizeof x.host);
	}
	x.seen_by |= 1u << ri;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_EXCHANGER;
	ev.index = i;
	ev.u.exchanger = &x;
	mx__engine_emit_now(e, &ev);
	return i;
}

/* DNS: a resolver's record changed. */
static void
dns_resolver_cb(void *arg, int ri, const struct mx_resolver *r)
{
	struct mx_engine *e = arg;
	struct mx_event ev;
	int i;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RESOLVER;
	ev.index = ri;
	ev.u.resolver = r;
	mx__engine_emit_now(e, &ev);
	for (i = 0; i < r->nmx && !r->null_mx; i++)
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

	if ((xi = engine_exchanger(e, ri, pref, host)) < 0)
		return;
	for (i = 0; i < e->nprobes; i++)
		if (e->model.probes[i].mx_index == xi &&
		    strcmp(e->probes[i]->addr, addr) == 0)
			return;
	if (e->nprobes == MX_MAX_PROBES ||
	    e->model.exch[xi].naddr >= MX_MAX_ADDRS * 2) {
		engine_cut(e, MX_CUT_PROBES);
		return;
	}
	p = mx_xcalloc(1, sizeof *p);
	p->e = e;
	p->index = e->nprobes;
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
    enum mx_dns_status st, int cut)
{
	struct mx_engine *e = arg;
	struct mx_exchanger x;
	struct mx_event ev;
	int xi;

	if ((xi = engine_exchanger(e, ri, pref, host)) < 0)
		return;
	x = e->model.exch[xi];
	if (family == 4)
		x.a_status = st;
	else
		x.aaaa_status = st;
	x.addr_cut |= cut;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_EXCHANGER;
	ev.index = xi;
	ev.u.exchanger = &x;
	mx__engine_emit_now(e, &ev);
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
dns_ptr_cb(void *arg, int tag, enum mx_dns_status st, const char *name)
{
	struct mx_engine *e = arg;
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = tag >= 0 ? MX_EV_PROBE_PTR : MX_EV_BOUNCE_PTR;
	ev.index = tag >= 0 ? tag : -1 - tag;
	ev.u.ptr.status = st;
	ev.u.ptr.name = name;
	mx__engine_emit_now(e, &ev);
}

/* DNS: a blocklist answered (tag: the lookup's index in the model). */
static void
dns_a_cb(void *arg, int tag, enum mx_dns_status st, const char *addr)
{
	struct mx_engine *e = arg;
	struct mx_dnsbl l;
	struct mx_event ev;

	if (tag < 0 || tag >= e->model.ndnsbl)
		return;
	l = e->model.dnsbl[tag];
	mx__dnsbl_answer(&l, st, addr);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_DNSBL;
	ev.index = tag;
	ev.u.dnsbl = &l;
	mx__engine_emit_now(e, &ev);
}

/* Start the blocklist lookups of this run on the first resolver. */
void
mx__engine_dnsbl_start(struct mx_engine *e)
{
	struct mx_dnsbl l[MX_MAX_DNSBL];
	struct mx_event ev;
	char name[MX_HOST_MAX];
	int i, n = mx__dnsbl_plan(&e->opts, l, MX_MAX_DNSBL);

	for (i = 0; i < n && e->dns != NULL; i++) {
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_DNSBL;
		ev.index = i;
		ev.u.dnsbl = &l[i];
		mx__engine_emit_now(e, &ev);
		if (mx__dnsbl_qname(&l[i], name, sizeof name) == 0)
			mx_dns_a(e->dns, 0, i, name);
	}
}

const struct mx_dns_cb mx__engine_dns_cb = {
	dns_resolver_cb, dns_address_cb, dns_host_status_cb, dns_done_cb,
	dns_ptr_cb, dns_a_cb
};
