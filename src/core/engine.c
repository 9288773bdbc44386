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

#include <openssl/rand.h>

#include "engine-int.h"
#include "dane-run.h"
#include "tls.h"
#include "i18n.h"

static void	engine_stop(struct mx_engine *, const char *);
static void	engine_kick_cb(uv_timer_t *);

/* Follow an event up: a reply that names a blocklist; a line that tells
 * the policy check our egress IP; a policy change re-diagnoses. */
static void
engine_follow(struct mx_engine *e, const struct mx_event *ev)
{
	mx__engine_evidence(e, ev);	/* a reply that names a blocklist */
	if (ev->type == MX_EV_PROBE_LINE && ev->u.line.dir == 'S' &&
	    e->pol != NULL && ev->index >= 0 && ev->index < e->nprobes) {
		/* Our egress IP, as the receiver names it or as we bound. */
		struct probe *p = e->probes[ev->index];
		char local[MX_ADDR_MAX] = "";
		if (p->conn != NULL)
			mx_conn_local(p->conn, local, sizeof local);
		mx__policy_line(e->pol, ev->u.line.text, p->addr, local);
	}
	if (ev->type == MX_EV_POLICY)
		mx__engine_kick(e);
	mx__dane_event(e, ev);		/* TLSA of each new exchanger */
	if (ev->type == MX_EV_RUN_START)
		mx__sts_start(e);	/* MTA-STS and TLS-RPT */
}

/* Replace all options for the next start. */
int
mx_engine_configure(struct mx_engine *e, const struct mx_opts *o, char **cause)
{
	char local[MX_HOST_MAX], domain[MX_HOST_MAX];
	SSL_CTX *ctx;
	int i;

	if (o->target != NULL && mx__target_parse(o->target, local,
	    sizeof local, domain, sizeof domain, cause) != 0)
		return -1;
	if (o->ndns < 0 || o->ndns > MX_MAX_RESOLVERS) {
		*cause = mx_xasprintf(E_("at most %d DNS servers"), MX_MAX_RESOLVERS);
		return -1;
	}
	for (i = 0; i < o->ndns; i++) {
		char addr[MX_ADDR_MAX];
		int port;
		if (mx__endpoint_parse(o->dns[i], 53, addr, sizeof addr, &port,
		    cause) != 0) {
			/* Said of the server, not of the target the error
			 * line names. */
			char *c = *cause;

			*cause = mx_xasprintf(E_("DNS server: %s"), c);
			free(c);
			return -1;
		}
	}
	if (o->server != NULL) {
		char host[MX_HOST_MAX], *c;
		int port;
		if (mx__server_parse(o->server, o->port, host, sizeof host,
		    &port, cause) < 0) {
			c = *cause;	/* said of the server, not the target */
			*cause = mx_xasprintf(E_("--server: %s"), c);
			free(c);
			return -1;
		}
	}
	if ((ctx = mx_tls_ctx_new(o->tls_ca_file, o->tls_ca_pem, cause)) == NULL)
		return -1;
	/* Running probes point at the old strings: stop them first. */
	mx_engine_cancel(e);
	if (o != &e->opts) {
		struct mx_opts copy;
		mx__opts_dup(&copy, o);
		mx__opts_free(&e->opts);
		e->opts = copy;
	}
	if (e->opts.helo == NULL)
		e->opts.helo = mx__default_helo();
	/* --server HOST:PORT: the port every probe of the check uses. */
	e->server[0] = '\0';
	if (e->opts.server != NULL) {
		char *c = NULL;
		e->server_numeric = mx__server_parse(e->opts.server,
		    e->opts.port, e->server, sizeof e->server, &e->opts.port,
		    &c) == 1;
		free(c);
	}
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
		mx__opts_free(&e->opts);
		free(e);
		return NULL;
	}
	uv_timer_init(loop, &e->kick);
	e->kick.data = e;
	e->kick_cb = engine_kick_cb;
	e->follow = engine_follow;	/* lists, our egress IP, policy, DANE,
					   MTA-STS */
	uv_timer_init(loop, &e->deadline);
	e->deadline.data = e;
	uv_timer_init(loop, &e->retry);
	e->retry.data = e;
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
		*cause = mx_xasprintf(E_("at most %d DNS servers"), MX_MAX_RESOLVERS);
		return -1;
	}
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		o.dns[i] = i < n ? dns[i] : NULL;
	o.ndns = n;
	return mx_engine_configure(e, &o, cause);
}

/* The domain a target names, checked as a start checks it. */
int
mx_target_domain(const char *target, char *domain, size_t dsz, char **cause)
{
	char local[MX_HOST_MAX];

	return mx__target_parse(target, local, sizeof local, domain, dsz,
	    cause);
}

/* The recipient address a target names; see engine.h. */
int
mx_target_address(const char *target, char *addr, size_t sz, char **cause)
{
	char local[MX_HOST_MAX], domain[MX_HOST_MAX];

	if (mx__target_parse(target, local, sizeof local, domain,
	    sizeof domain, cause) != 0)
		return -1;
	if (local[0] == '\0') {
		*cause = mx_xstrdup(E_("a bounce is about one recipient: give "
		    "user@domain, not a domain"));
		return -1;
	}
	if ((size_t)snprintf(addr, sz, "%s@%s", local, domain) >= sz) {
		*cause = mx_xstrdup(E_("address too long"));
		return -1;
	}
	return 0;
}

/* Change the target for the next start. */
int
mx_engine_set_target(struct mx_engine *e, const char *target, char **cause)
{
	struct mx_opts o = e->opts;

	o.target = target;
	return mx_engine_configure(e, &o, cause);
}

/* Run the diagnosis over the model and publish it, unless nothing has
 * changed since the last one (force: at the end of the run); final:
 * every probe has its deciding reply (connections may still be saying
 * QUIT), so the verdict is final. */
static void
engine_diagnose(struct mx_engine *e, int force, int final)
{
	struct mx_finding *f;
	struct mx_verdict v;
	struct mx_event ev;

	if (!force && !final && e->model.generation == e->diag_gen)
		return;
	f = mx_xcalloc(MX_MAX_FINDINGS, sizeof *f);
	memset(&v, 0, sizeof v);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_DIAG;
	ev.u.diag.nfindings = mx_diag_run(&e->model, f, MX_MAX_FINDINGS, &v);
	v.final = final;
	ev.u.diag.findings = f;
	ev.u.diag.verdict = &v;
	mx__engine_emit_now(e, &ev);
	free(f);
	e->diag_gen = e->model.generation;
}

/* Finish the run: final diagnosis, then RUN_DONE. */
static void
engine_finish(struct mx_engine *e)
{
	struct mx_event ev;

	mx__send_finish(e);	/* --send: never sent, if it still waits */
	e->running = 0;
	uv_timer_stop(&e->deadline);
	mx__policy_stop(e->pol, N_("not finished: the check "
	    "ended"));
	if (e->fdns != NULL) {
		mx_dns_close(e->fdns);
		e->fdns = NULL;
	}
	engine_diagnose(e, 1, 1);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_RUN_DONE;
	mx__engine_emit_now(e, &ev);
}

/*
 * The scheduler: the one place that counts running probes and starts
 * queued ones under --concurrency (a relaunch keeps its slot).  Returns
 * whether any probe is still unfinished.
 */
static int
engine_schedule(struct mx_engine *e)
{
	int i, r, running = 0, busy = 0;

	for (i = 0; i < e->nprobes; i++)
		running += e->probes[i]->state == PROBE_RUNNING ||
		    e->probes[i]->state == PROBE_RELAUNCH;
	for (i = 0; i < e->nprobes && e->running; i++) {
		struct probe *p = e->probes[i];
		if (p->state == PROBE_RELAUNCH)
			mx__probe_launch(p);
		else if (p->state == PROBE_QUEUED &&
		    running < e->opts.concurrency &&
		    (r = mx__share_launch(p)) != 0) {
			running += r > 0;	/* shared, or waits for a slot */
		} else if (p->state == PROBE_QUEUED &&
		    running < e->opts.concurrency &&
		    mx__hostlimit_take(e, p->addr)) {
			running++;
			p->host_slot = 1;
			mx__probe_launch(p);
		}
	}
	for (i = 0; i < e->nprobes; i++)
		busy |= e->probes[i]->state != PROBE_DONE;
	return busy;
}

/* Deferred work: launch queued probes, diagnose, detect the end. */
static void
engine_kick_cb(uv_timer_t *t)
{
	struct mx_engine *e = t->data;
	int i, busy, undecided = 0;

	if (!e->running)
		return;
	busy = engine_schedule(e);
	if (!e->running)
		return;
	mx__send_pump(e);	/* --send: the first accepting address */
	mx__dane_pump(e);	/* DANE states that can be decided now */
	for (i = 0; i < e->nprobes; i++)
		undecided |= e->probes[i]->state != PROBE_DONE &&
		    !e->probes[i]->decided;
	/* SPF waits for our egress IP: a reply that names it, or the end. */
	mx__policy_kick(e->pol, e->dns_done && !undecided);
	undecided |= mx__mailbox_busy(e->mbox);
	undecided |= mx__submission_busy(e->sub);
	undecided |= mx__policy_busy(e->pol);
	undecided |= mx__engine_evidence_busy(e);
	undecided |= mx__dane_busy(e) || mx__sts_busy(e);
	if (e->dns_done && !busy && !undecided && mx__engine_altport(e))
		undecided = 1;	/* is port 25 blocked? (engine-altport.c) */
	if (e->dns_done && !busy && !undecided && mx__engine_retry(e))
		undecided = 1;	/* --retry: the next round (engine-retry.c) */
	if (e->dns_done && !busy && !undecided)
		engine_finish(e);
	else
		engine_diagnose(e, 0, e->dns_done && !undecided);
}

/* --deadline: stop what is unfinished; the verdict is given from what is
 * known and says what was not finished (diag). */
static void
engine_deadline_cb(uv_timer_t *t)
{
	struct mx_engine *e = t->data;
	struct mx_event ev;

	if (!e->running)
		return;
	e->deadline_hit = 1;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_DEADLINE;
	ev.u.notes = e->opts.deadline_ms;
	mx__engine_emit_now(e, &ev);
	engine_stop(e, N_("not finished: the --deadline expired"));
}

/* Drop the probes of the previous run and its run state. */
static void
engine_clear(struct mx_engine *e)
{
	int i;

	for (i = 0; i < e->nprobes; i++) {
		mx__probe_release(e->probes[i]);
		mx__probe_drop_conn(e->probes[i]);
		mx_smtp_free(e->probes[i]->smtp);
		free(e->probes[i]);
		e->probes[i] = NULL;
	}
	e->nprobes = 0;
	e->nexch = 0;
	e->cut = 0;
	e->ndnsbl = 0;
	e->deadline_hit = 0;
	mx__engine_altport_stop(e);
	e->alt_state = 0;
	mx__engine_retry_stop(e);
	e->retry_round = 0;
	mx__mailbox_free(e->mbox);
	e->mbox = NULL;
	mx__send_free(e);
	mx__submission_free(e->sub);
	e->sub = NULL;
	mx__policy_free(e->pol);
	e->pol = NULL;
}

/* The random address of the catch-all test (smtp.catch_all): a local
 * part nobody has, in the target's domain; none for a domain target. */
static void
engine_catch_rcpt(struct mx_engine *e, const char *local, const char *domain)
{
	unsigned char r[8];
	size_t i, o;

	e->catch_rcpt[0] = '\0';
	/* --send: never a random address in the message's transaction. */
	if (local[0] == '\0' || e->opts.no_catch_all || e->opts.send ||
	    RAND_bytes(r, sizeof r) != 1)
		return;
	o = (size_t)snprintf(e->catch_rcpt, sizeof e->catch_rcpt,
	    "mxscope-nobody-");
	for (i = 0; i < sizeof r; i++)
		o += (size_t)snprintf(e->catch_rcpt + o, sizeof e->catch_rcpt - o,
		    "%02x", r[i]);
	snprintf(e->catch_rcpt + o, sizeof e->catch_rcpt - o, "@%s", domain);
}

/* The postmaster address asked after a refused recipient (RFC 5321
 * §4.5.1): none for a domain target (no RCPT), none when the target is
 * the postmaster (its own reply is that evidence; the local part is
 * case-insensitive, §4.1.1.3), none with --send (the message's
 * transaction) or --no-postmaster-probe. */
static void
engine_pm_rcpt(struct mx_engine *e, const char *local, const char *domain)
{
	e->pm_rcpt[0] = '\0';
	if (local[0] == '\0' || strcasecmp(local, "postmaster") == 0 ||
	    e->opts.no_postmaster || e->opts.send)
		return;
	snprintf(e->pm_rcpt, sizeof e->pm_rcpt, "postmaster@%s", domain);
}

/* The server of this run: --server's (mx_engine_configure), or the
 * address of a literal target (user@[192.0.2.1], RFC 5321 §4.1.3: the
 * same as --server 192.0.2.1); -1 with *cause when both are given. */
static int
engine_literal(struct mx_engine *e, const char *domain, char **cause)
{
	char addr[MX_ADDR_MAX];

	if (mx__target_literal(domain, addr, sizeof addr) != 1) {
		if (e->opts.server == NULL)
			e->server[0] = '\0';
		return 0;
	}
	if (e->opts.server != NULL) {
		*cause = mx_xstrdup(E_("an address literal target names its "
		    "server: give no --server"));
		return -1;
	}
	mx_strlcpy(e->server, addr, sizeof e->server);
	e->server_numeric = 1;
	return 0;
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
	    sizeof domain, cause) != 0 || engine_literal(e, domain, cause) != 0)
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
	engine_catch_rcpt(e, local, domain);
	engine_pm_rcpt(e, local, domain);
	e->origin = uv_hrtime();
	e->running = 1;
	e->dns_done = 0;
	/* --retry: the waits add to the whole run's deadline. */
	if (e->opts.deadline_ms > 0) {
		/* From now, not from the loop's cached clock (see conn.c). */
		uv_update_time(e->deadline.loop);
		uv_timer_start(&e->deadline, engine_deadline_cb,
		    (uint64_t)e->opts.deadline_ms + (uint64_t)e->opts.retries *
		    (uint64_t)e->opts.retry_ms, 0);
	}
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
	ev.u.start.server = domain[0] == '[' ? domain : e->opts.server;
	ev.u.start.internal = e->opts.internal;
	ev.u.start.family = e->opts.family;
	ev.u.start.size = e->opts.size;
	ev.u.start.resolver_names = names;
	ev.u.start.bounce = e->opts.bounce;
	mx__engine_emit_now(e, &ev);
	mx__send_start(e, local);
	if (e->dns == NULL) {
		e->dns_done = 1;
		e->mbox = mx__mailbox_start(e->loop, &e->opts, e->ctx, local,
		    domain, mx__engine_emit, e, e->origin);
		if (mx__submission_wanted(&e->opts))
			e->sub = mx__submission_start(e->loop, &e->opts, e->ctx,
			    local, domain, mx__engine_emit, e, e->origin);
		mx__engine_kick(e);
		return 0;
	}
	if (!e->server_numeric)
		mx_dns_server(e->dns, e->server);	/* --server NAME */
	mx_dns_go(e->dns, domain, e->opts.family, &mx__engine_dns_cb, e);
	mx__engine_server_start(e);	/* --server ADDRESS */
	/* --submission: beside the MX probes, on the same loop. */
	if (mx__submission_wanted(&e->opts))
		e->sub = mx__submission_start(e->loop, &e->opts, e->ctx, local,
		    domain, mx__engine_emit, e, e->origin);
	e->pol = mx__policy_start(e->loop, &e->opts, domain, mx__engine_emit,
	    e, e->origin);
	/* A bounce that names refused IPs: who are they (method.md §2)? */
	for (i = 0; e->opts.bounce != NULL && e->dns != NULL &&
	    i < e->opts.bounce->nips; i++)
		mx_dns_ptr(e->dns, 0, -1 - i, e->opts.bounce->ips[i].ip);
	mx__engine_dnsbl_start(e);
	return 0;
}

/* Stop DNS, every unfinished probe (saying why) and the mailbox checks,
 * then finish the run. */
static void
engine_stop(struct mx_engine *e, const char *why)
{
	int i;

	if (e->dns != NULL) {
		mx_dns_close(e->dns);
		e->dns = NULL;
	}
	mx__sts_free(e);	/* its fetch stops with the run */
	e->dns_done = 1;
	for (i = 0; i < e->nprobes; i++)
		mx__probe_stop(e->probes[i], why);
	mx__engine_altport_stop(e);
	mx__engine_retry_stop(e);
	for (i = 0; i < e->ndnsbl; i++)
		e->dnsbl[i].txt_pending = 0;
	mx__mailbox_cancel(e->mbox);
	mx__submission_cancel(e->sub);
	mx__policy_stop(e->pol, why);
	engine_finish(e);
}

/* Cancel a running check; RUN_DONE still fires. */
void
mx_engine_cancel(struct mx_engine *e)
{
	if (e->running)
		engine_stop(e, N_("cancelled"));
}

/* Close every handle; run the loop afterwards, then free. */
void
mx_engine_close(struct mx_engine *e)
{
	mx_engine_cancel(e);
	engine_clear(e);
	mx__hostlimit_forget(e);
	mx__sts_free(e);
	mx__dane_free(e);
	if (!e->closed) {
		e->closed = 1;
		uv_close((uv_handle_t *)&e->kick, NULL);
		uv_close((uv_handle_t *)&e->deadline, NULL);
		uv_close((uv_handle_t *)&e->retry, NULL);
	}
}

/* Free the engine after its handles have closed. */
void
mx_engine_free(struct mx_engine *e)
{
	if (e == NULL)
		return;
	mx_model_free(&e->model);
	mx__opts_free(&e->opts);
	if (e->ctx != NULL)
		SSL_CTX_free(e->ctx);
	free(e);
}
