/*
 * engine: runs one check of a target (method.md §2-3, §5): the DNS stage
 * on every resolver at once, an SMTP probe for every exchanger address as
 * soon as it is known (under a global concurrency cap), and the diagnosis
 * after every stage.  Everything it learns leaves as events; the model it
 * keeps is folded from those same events.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/ssl.h>

#include "conn.h"
#include "dns.h"
#include "dnsbl.h"
#include "mailbox.h"
#include "mx-int.h"
#include "smtp.h"
#include "tls.h"

/* One exchanger address being probed: transport glue for mx_smtp. */
struct probe {
	struct mx_engine	*e;
	int			 index;
	int			 state;		/* 0 queued, 1 running, 2 done */
	int			 use_tls;
	char			 addr[MX_ADDR_MAX];
	char			 host[MX_HOST_MAX];
	struct mx_conn		*conn;
	struct mx_smtp		*smtp;
};

/* Owned copies of the option strings. */
struct engine_strs {
	char		*target, *from, *helo, *tls_ca_file, *tls_ca_pem;
	char		*dns[MX_MAX_RESOLVERS];
	struct mx_bounce *bounce;
	char		*dnsbl[MX_MAX_DNSBL_ZONES];
	char		*check_ip[MX_MAX_CHECK_IPS];
};

struct mx_engine {
	uv_loop_t		*loop;
	struct mx_opts		 opts;
	struct engine_strs	 strs;
	struct mx__sinks	 sinks;
	struct mx_model		 model;
	SSL_CTX			*ctx;
	struct mx_dns		*dns;
	struct probe		*probes[MX_MAX_PROBES];
	int			 nprobes;
	int			 active;
	int			 running;
	int			 dns_done;
	uint64_t		 origin;
	char			 rcpt[MX_HOST_MAX * 2];
	uv_timer_t		 kick;		/* deferred pump and diagnosis */
	struct mx__mbox		*mbox;		/* POP3/IMAP checks (mailbox.c) */
	int			 closed;
};

static void	engine_kick(struct mx_engine *);
static void	probe_launch(struct probe *);

/* Fill opts with the defaults. */
void
mx_opts_init(struct mx_opts *o)
{
	memset(o, 0, sizeof *o);
	o->port = 25;
	o->from = "";
	o->size = -1;
	o->timeout_ms = 15000;
	o->concurrency = MX_DEFAULT_CONCURRENCY;
}

/* Emit an event: fold it into our model, then hand it to the sinks. */
static void
engine_emit(void *arg, struct mx_event *ev)
{
	struct mx_engine *e = arg;

	mx_model_apply(&e->model, ev);
	mx__sinks_emit(&e->sinks, ev);
	if (ev->type == MX_EV_MBOX_DONE)
		engine_kick(e);
}

/* An event stamped with the run's clock. */
static void
engine_emit_now(struct mx_engine *e, struct mx_event *ev)
{
	ev->t_ms = mx__ms_since(e->origin);
	engine_emit(e, ev);
}

/* Free owned option strings. */
static void
strs_free(struct engine_strs *s)
{
	int i;

	free(s->target);
	free(s->from);
	free(s->helo);
	free(s->tls_ca_file);
	free(s->tls_ca_pem);
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		free(s->dns[i]);
	free(s->bounce);
	for (i = 0; i < MX_MAX_DNSBL_ZONES; i++)
		free(s->dnsbl[i]);
	for (i = 0; i < MX_MAX_CHECK_IPS; i++)
		free(s->check_ip[i]);
	memset(s, 0, sizeof *s);
}

/* Copy a string that may be NULL. */
static char *
dup_or_null(const char *s)
{
	return s != NULL ? mx_xstrdup(s) : NULL;
}

/* The local host name for EHLO when none was given. */
static char *
default_helo(void)
{
	char buf[256];
	size_t len = sizeof buf;

	if (uv_os_gethostname(buf, &len) != 0 || strchr(buf, '.') == NULL)
		return mx_xstrdup(len > 0 && buf[0] != '\0' ? buf :
		    "localhost");
	return mx_xstrdup(buf);
}

/* Replace all options for the next start. */
int
mx_engine_configure(struct mx_engine *e, const struct mx_opts *o, char **cause)
{
	struct engine_strs s;
	char local[MX_HOST_MAX], domain[MX_HOST_MAX];
	SSL_CTX *ctx;
	int i;

	if (o->target != NULL && mx__target_parse(o->target, local,
	    sizeof local, domain, sizeof domain, cause) != 0)
		return -1;
	if (o->ndns < 0 || o->ndns > MX_MAX_RESOLVERS) {
		*cause = mx_xasprintf("at most %d DNS servers", MX_MAX_RESOLVERS);
		return -1;
	}
	for (i = 0; i < o->ndns; i++) {
		char addr[MX_ADDR_MAX];
		int port;
		if (mx__endpoint_parse(o->dns[i], 53, addr, sizeof addr, &port,
		    cause) != 0)
			return -1;
	}
	if ((ctx = mx_tls_ctx_new(o->tls_ca_file, o->tls_ca_pem, cause)) == NULL)
		return -1;
	/* Running probes point at the old strings: stop them first. */
	mx_engine_cancel(e);
	memset(&s, 0, sizeof s);
	s.target = dup_or_null(o->target);
	s.from = mx_xstrdup(o->from != NULL ? o->from : "");
	s.helo = o->helo != NULL ? mx_xstrdup(o->helo) : default_helo();
	s.tls_ca_file = dup_or_null(o->tls_ca_file);
	s.tls_ca_pem = dup_or_null(o->tls_ca_pem);
	for (i = 0; i < o->ndns; i++)
		s.dns[i] = mx_xstrdup(o->dns[i]);
	if (o->bounce != NULL) {
		s.bounce = mx_xmalloc(sizeof *s.bounce);
		*s.bounce = *o->bounce;
	}
	for (i = 0; i < o->ndnsbl && i < MX_MAX_DNSBL_ZONES; i++)
		s.dnsbl[i] = mx_xstrdup(o->dnsbl[i]);
	for (i = 0; i < o->ncheck_ip && i < MX_MAX_CHECK_IPS; i++)
		s.check_ip[i] = mx_xstrdup(o->check_ip[i]);
	strs_free(&e->strs);
	e->strs = s;
	e->opts = *o;
	e->opts.target = s.target;
	e->opts.from = s.from;
	e->opts.helo = s.helo;
	e->opts.tls_ca_file = s.tls_ca_file;
	e->opts.tls_ca_pem = s.tls_ca_pem;
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		e->opts.dns[i] = s.dns[i];
	e->opts.bounce = s.bounce;
	for (i = 0; i < MX_MAX_DNSBL_ZONES; i++)
		e->opts.dnsbl[i] = s.dnsbl[i];
	for (i = 0; i < MX_MAX_CHECK_IPS; i++)
		e->opts.check_ip[i] = s.check_ip[i];
	if (e->opts.port <= 0)
		e->opts.port = 25;
	if (e->opts.timeout_ms <= 0)
		e->opts.timeout_ms = 15000;
	if (e->opts.concurrency <= 0)
		e->opts.concurrency = MX_DEFAULT_CONCURRENCY;
	if (e->ctx != NULL)
		SSL_CTX_free(e->ctx);
	e->ctx = ctx;
	return 0;
}

/* Create an engine on loop. */
struct mx_engine *
mx_engine_new(uv_loop_t *loop, const struct mx_opts *o, char **cause)
{
	struct mx_engine *e = mx_xcalloc(1, sizeof *e);

	e->loop = loop;
	if (mx_engine_configure(e, o, cause) != 0) {
		strs_free(&e->strs);
		free(e);
		return NULL;
	}
	uv_timer_init(loop, &e->kick);
	e->kick.data = e;
	return e;
}

/* Register a sink. */
int
mx_engine_add_sink(struct mx_engine *e, mx_sink_cb cb, void *arg)
{
	return mx__sinks_add(&e->sinks, cb, arg);
}

/* Remove a sink. */
void
mx_engine_remove_sink(struct mx_engine *e, mx_sink_cb cb, void *arg)
{
	mx__sinks_remove(&e->sinks, cb, arg);
}

/* The model of the current or last run. */
const struct mx_model *
mx_engine_model(const struct mx_engine *e)
{
	return &e->model;
}

/* The options the next start uses; valid until the next configure. */
const struct mx_opts *
mx_engine_opts(const struct mx_engine *e)
{
	return &e->opts;
}

/* Whether a run is in progress. */
int
mx_engine_running(const struct mx_engine *e)
{
	return e->running;
}

/* Replace the resolvers for the next start. */
int
mx_engine_set_resolvers(struct mx_engine *e, const char *const *dns, int n,
    char **cause)
{
	struct mx_opts o = e->opts;
	int i;

	if (n < 0 || n > MX_MAX_RESOLVERS) {
		*cause = mx_xasprintf("at most %d DNS servers", MX_MAX_RESOLVERS);
		return -1;
	}
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		o.dns[i] = i < n ? dns[i] : NULL;
	o.ndns = n;
	return mx_engine_configure(e, &o, cause);
}

/* Change the target for the next start. */
int
mx_engine_set_target(struct mx_engine *e, const char *target, char **cause)
{
	struct mx_opts o = e->opts;

	o.target = target;
	return mx_engine_configure(e, &o, cause);
}

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
	engine_emit_now(e, &ev);
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
	engine_emit_now(e, &ev);
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
	engine_emit_now(e, &ev);
	for (i = 0; i < r->nmx && !r->null_mx; i++)
		engine_exchanger(e, ri, r->mx[i].pref, r->mx[i].host);
	engine_kick(e);
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
	engine_emit_now(e, &ev);
	/* Who does the exchanger's address say it is (method.md §2)? */
	if (e->dns != NULL)
		mx_dns_ptr(e->dns, ri, p->index, addr);
	engine_kick(e);
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
	engine_emit_now(e, &ev);
}

/* DNS: every resolver has finished. */
static void
dns_done_cb(void *arg)
{
	struct mx_engine *e = arg;

	e->dns_done = 1;
	mx_dns_close(e->dns);
	e->dns = NULL;
	engine_kick(e);
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
	engine_emit_now(e, &ev);
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
	engine_emit_now(e, &ev);
}

/* Start the blocklist lookups of this run on the first resolver. */
static void
engine_dnsbl_start(struct mx_engine *e)
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
		engine_emit_now(e, &ev);
		if (mx__dnsbl_qname(&l[i], name, sizeof name) == 0)
			mx_dns_a(e->dns, 0, i, name);
	}
}

static const struct mx_dns_cb engine_dns_cb = {
	dns_resolver_cb, dns_address_cb, dns_host_status_cb, dns_done_cb,
	dns_ptr_cb, dns_a_cb
};

/* Transport: send bytes. */
static int
io_send(void *arg, const char *data, size_t len)
{
	struct probe *p = arg;

	return p->conn != NULL ? mx_conn_send(p->conn, data, len) : -1;
}

/* Transport: start TLS. */
static enum mx_conn_err
io_starttls(void *arg, const char *host)
{
	struct probe *p = arg;

	return mx_conn_starttls(p->conn, p->e->ctx, host);
}

/* Transport: arm the step deadline. */
static void
io_deadline(void *arg, int ms)
{
	struct probe *p = arg;

	if (p->conn != NULL)
		mx_conn_deadline(p->conn, ms);
}

/* Transport: the dialogue ended; retry in plaintext after a TLS failure. */
static void
io_finish(void *arg, enum mx_outcome out, enum mx_stage st, const char *text)
{
	struct probe *p = arg;
	struct mx_engine *e = p->e;
	struct mx_event ev;

	mx_conn_close(p->conn);
	p->conn = NULL;
	if (out == MX_OUT_TLS && p->use_tls && e->running) {
		/* Opportunistic TLS (RFC 3207 §4.1): MTAs fall back. */
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_NOTE;
		ev.index = p->index;
		ev.u.notes = MX_NOTE_PLAIN_RETRY;
		engine_emit_now(e, &ev);
		p->use_tls = 0;
		p->state = 3;	/* relaunch from the kick */
		engine_kick(e);
		return;
	}
	p->state = 2;
	e->active--;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_DONE;
	ev.index = p->index;
	ev.u.done.outcome = out;
	ev.u.done.stage = st;
	ev.u.done.text = text;
	engine_emit_now(e, &ev);
	engine_kick(e);
}

static const struct mx_smtp_io engine_smtp_io = {
	io_send, io_starttls, io_deadline, io_finish
};

/* conn callbacks, forwarded to the state machine. */
static void
conn_connected(struct mx_conn *c, enum mx_conn_err err, void *arg)
{
	mx_smtp_on_connected(((struct probe *)arg)->smtp, err);
}

/* A line arrived: hand it to the state machine. */
static void
conn_line(struct mx_conn *c, const char *line, size_t len, int flags, void *arg)
{
	mx_smtp_on_line(((struct probe *)arg)->smtp, line, len, flags);
}

/* The TLS handshake ended: tell the state machine. */
static void
conn_tls_done(struct mx_conn *c, const struct mx_tls *tls, void *arg)
{
	mx_smtp_on_tls(((struct probe *)arg)->smtp, tls);
}

/* The step deadline expired: tell the state machine. */
static void
conn_timeout(struct mx_conn *c, void *arg)
{
	mx_smtp_on_timeout(((struct probe *)arg)->smtp);
}

/* The connection ended: tell the state machine. */
static void
conn_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	mx_smtp_on_closed(((struct probe *)arg)->smtp, err, why);
}

static const struct mx_conn_cb engine_conn_cb = {
	conn_connected, conn_line, conn_tls_done, conn_timeout, conn_closed
};

/* Start (or restart without TLS) one probe's dialogue. */
static void
probe_launch(struct probe *p)
{
	struct mx_engine *e = p->e;
	struct mx_smtp_params sp;
	char *cause = NULL;

	memset(&sp, 0, sizeof sp);
	sp.host = p->host;
	sp.helo = e->opts.helo;
	sp.from = e->opts.from;
	sp.rcpt = e->rcpt[0] != '\0' ? e->rcpt : NULL;
	sp.size = e->opts.size;
	sp.timeout_ms = e->opts.timeout_ms;
	sp.use_tls = p->use_tls;
	mx_smtp_free(p->smtp);
	p->smtp = mx_smtp_new(&sp, &engine_smtp_io, p, engine_emit, e,
	    p->index, e->origin);
	p->conn = mx_conn_new(e->loop, &engine_conn_cb, p);
	p->state = 1;
	mx_smtp_start(p->smtp, p->addr, e->opts.port);
	if (mx_conn_connect(p->conn, p->addr, e->opts.port, &cause) != 0) {
		free(cause);
		mx_smtp_on_connected(p->smtp, MX_CONN_UNREACHABLE);
	}
}

/* Run the diagnosis over the model and publish it. */
static void
engine_diagnose(struct mx_engine *e)
{
	struct mx_finding *f = mx_xcalloc(MX_MAX_FINDINGS, sizeof *f);
	struct mx_verdict v;
	struct mx_event ev;

	memset(&v, 0, sizeof v);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_DIAG;
	ev.u.diag.nfindings = mx_diag_run(&e->model, f, MX_MAX_FINDINGS, &v);
	ev.u.diag.findings = f;
	ev.u.diag.verdict = &v;
	engine_emit_now(e, &ev);
	free(f);
}

/* Finish the run: final diagnosis, then RUN_DONE. */
static void
engine_finish(struct mx_engine *e)
{
	struct mx_event ev;

	e->running = 0;
	engine_diagnose(e);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RUN_DONE;
	engine_emit_now(e, &ev);
}

/* Deferred work: launch queued probes, diagnose, detect the end. */
static void
engine_kick_cb(uv_timer_t *t)
{
	struct mx_engine *e = t->data;
	int i, busy = 0;

	if (!e->running)
		return;
	for (i = 0; i < e->nprobes; i++) {
		struct probe *p = e->probes[i];
		if (p->state == 3)
			probe_launch(p);
		else if (p->state == 0 && e->active < e->opts.concurrency) {
			e->active++;
			probe_launch(p);
		}
		if (!e->running)
			return;
	}
	for (i = 0; i < e->nprobes; i++)
		busy |= e->probes[i]->state != 2;
	busy |= mx__mailbox_busy(e->mbox);
	if (e->dns_done && !busy)
		engine_finish(e);
	else
		engine_diagnose(e);
}

/* Schedule the deferred work for the next loop turn. */
static void
engine_kick(struct mx_engine *e)
{
	if (!e->closed && !uv_is_active((uv_handle_t *)&e->kick))
		uv_timer_start(&e->kick, engine_kick_cb, 0, 0);
}

/* Drop the probes of the previous run. */
static void
engine_clear(struct mx_engine *e)
{
	int i;

	for (i = 0; i < e->nprobes; i++) {
		mx_conn_close(e->probes[i]->conn);
		mx_smtp_free(e->probes[i]->smtp);
		free(e->probes[i]);
		e->probes[i] = NULL;
	}
	e->nprobes = e->active = 0;
	mx__mailbox_free(e->mbox);
	e->mbox = NULL;
}

/* Start (or restart) the check. */
int
mx_engine_start(struct mx_engine *e, char **cause)
{
	char local[MX_HOST_MAX], domain[MX_HOST_MAX];
	const char *names[MX_MAX_RESOLVERS];
	struct mx_event ev;
	int i, n;

	if (e->running)
		mx_engine_cancel(e);
	if (mx__target_parse(e->opts.target, local, sizeof local, domain,
	    sizeof domain, cause) != 0)
		return -1;
	engine_clear(e);
	/* A mailbox check (--pop3/--imap) runs instead of the SMTP stage. */
	e->dns = mx__mailbox_wanted(&e->opts) ? NULL : mx_dns_new(e->loop,
	    (const char *const *)e->opts.dns, e->opts.ndns, e->opts.timeout_ms,
	    cause);
	if (e->dns == NULL && !mx__mailbox_wanted(&e->opts))
		return -1;
	if (local[0] != '\0')
		snprintf(e->rcpt, sizeof e->rcpt, "%s@%s", local, domain);
	else
		e->rcpt[0] = '\0';
	e->origin = uv_hrtime();
	e->running = 1;
	e->dns_done = 0;
	n = e->dns != NULL ? mx_dns_count(e->dns) : 0;
	for (i = 0; i < n; i++)
		names[i] = mx_dns_name(e->dns, i);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RUN_START;
	ev.u.start.target = e->opts.target;
	ev.u.start.domain = domain;
	ev.u.start.local = local;
	ev.u.start.nresolvers = n;
	ev.u.start.port = e->opts.port;
	ev.u.start.size = e->opts.size;
	ev.u.start.resolver_names = names;
	ev.u.start.bounce = e->opts.bounce;
	engine_emit_now(e, &ev);
	if (e->dns == NULL) {
		e->dns_done = 1;
		e->mbox = mx__mailbox_start(e->loop, &e->opts, e->ctx, local,
		    domain, engine_emit, e, e->origin);
		engine_kick(e);
		return 0;
	}
	mx_dns_go(e->dns, domain, e->opts.family, &engine_dns_cb, e);
	/* A bounce that names refused IPs: who are they (method.md §2)? */
	for (i = 0; e->opts.bounce != NULL && e->dns != NULL &&
	    i < e->opts.bounce->nips; i++)
		mx_dns_ptr(e->dns, 0, -1 - i, e->opts.bounce->ips[i].ip);
	engine_dnsbl_start(e);
	return 0;
}

/* Cancel a running check; RUN_DONE still fires. */
void
mx_engine_cancel(struct mx_engine *e)
{
	int i;

	if (!e->running)
		return;
	if (e->dns != NULL) {
		mx_dns_close(e->dns);
		e->dns = NULL;
	}
	e->dns_done = 1;
	for (i = 0; i < e->nprobes; i++) {
		struct probe *p = e->probes[i];
		struct mx_event ev;
		if (p->state == 2)
			continue;
		mx_conn_close(p->conn);
		p->conn = NULL;
		p->state = 2;
		memset(&ev, 0, sizeof ev);
		ev.type = MX_EV_PROBE_DONE;
		ev.index = p->index;
		ev.u.done.outcome = MX_OUT_NONE;
		ev.u.done.stage = e->model.probes[i].stage;
		ev.u.done.text = "cancelled";
		engine_emit_now(e, &ev);
	}
	mx__mailbox_cancel(e->mbox);
	e->active = 0;
	engine_finish(e);
}

/* Close every handle; run the loop afterwards, then free. */
void
mx_engine_close(struct mx_engine *e)
{
	mx_engine_cancel(e);
	engine_clear(e);
	if (!e->closed) {
		e->closed = 1;
		uv_close((uv_handle_t *)&e->kick, NULL);
	}
}

/* Free the engine after its handles have closed. */
void
mx_engine_free(struct mx_engine *e)
{
	if (e == NULL)
		return;
	mx_model_free(&e->model);
	strs_free(&e->strs);
	if (e->ctx != NULL)
		SSL_CTX_free(e->ctx);
	free(e);
}
