/*
 * mailbox: transport glue for the mailbox checks (method.md §4).  Chooses
 * the host (the one given, else pop./imap.DOMAIN, mail.DOMAIN, then the
 * lowest-preference MX, all resolved with the engine's c-ares machinery in
 * dns.c), connects with conn.c (TLS over memory BIOs; STLS/STARTTLS
 * injection refused there) and drives the POP3 or IMAP state machine.
 * RFC 8314 §3.3: port 995/993 (or a pop3s:// / imaps:// host) is
 * implicit TLS; 110/143 upgrade with STLS (RFC 2595) / STARTTLS.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dns.h"
#include "mailbox-fsm.h"
#include "mailbox-secret.h"
#include "mailbox.h"
#include "i18n.h"

#define MBOX_MAX_CAND	3

struct mx__mbox;

/* One mailbox check: its host search, connection and dialogue. */
struct mbcheck {
	struct mx__mbox		*box;
	int			 index;
	enum mx_mbox_proto	 proto;
	int			 state;		/* 0 resolving, 1 running, 2 done */
	struct mx_mb		*fsm;
	struct mx_conn		*conn;
	struct mx_dns		*dns, *mxdns;
	char			 cand[MBOX_MAX_CAND][MX_HOST_MAX];
	int			 ncand, ci, defhost, pending;
	char			 a4[MX_ADDR_MAX], a6[MX_ADDR_MAX];
	int			 best_pref;
	char			 best_host[MX_HOST_MAX], best_addr[MX_ADDR_MAX];
	char			 tried[160];
	int			 tried_mx;	/* the MX was tried too */
	int			 port, implicit;
};

struct mx__mbox {
	uv_loop_t		*loop;
	struct mx_opts		 opts;
	SSL_CTX			*ctx;
	mx__emit_fn		 emit;
	void			*emit_arg;
	uint64_t		 origin;
	char			 domain[MX_HOST_MAX];
	char			 user[MX_HOST_MAX * 2];
	int			 has_user;
	int			 n;
	struct mbcheck		 chk[MX_MAX_MAILBOX];
};

static void	check_next_candidate(struct mbcheck *);

/* Transport: send bytes. */
static int
io_send(void *arg, const char *data, size_t len)
{
	struct mbcheck *c = arg;

	return c->conn != NULL ? mx_conn_send(c->conn, data, len) : -1;
}

/* Transport: start TLS (checks for pending plaintext first). */
static enum mx_conn_err
io_starttls(void *arg, const char *host)
{
	struct mbcheck *c = arg;

	if (c->conn == NULL)
		return MX_CONN_ERROR;
	return mx_conn_starttls(c->conn, c->box->ctx, host);
}

/* Transport: arm the step deadline. */
static void
io_deadline(void *arg, int ms)
{
	struct mbcheck *c = arg;

	if (c->conn != NULL)
		mx_conn_deadline(c->conn, ms);
}

/* Close the DNS helpers of a check (deferred inside c-ares). */
static void
check_close_dns(struct mbcheck *c)
{
	mx_dns_close(c->dns);
	mx_dns_close(c->mxdns);
	c->dns = c->mxdns = NULL;
}

/* Transport: the dialogue ended; report it. */
static void
io_finish(void *arg, enum mx_outcome out, int st, const char *text)
{
	struct mbcheck *c = arg;
	struct mx_event ev;

	mx_conn_close(c->conn);
	c->conn = NULL;
	check_close_dns(c);
	c->state = 2;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_MBOX_DONE;
	ev.index = c->index;
	ev.t_ms = mx__ms_since(c->box->origin);
	ev.u.done.outcome = out;
	ev.u.done.stage = (enum mx_stage)st;
	ev.u.done.text = text;
	ev.u.done.text_tr = c->fsm != NULL ? mx_proto_text_tr(&c->fsm->pr,
	    text) : NULL;
	c->box->emit(c->box->emit_arg, &ev);
}

static const struct mx_proto_io check_io = {
	io_send, io_starttls, io_deadline, io_finish, NULL, NULL, NULL
};

/* The host is known: connect and start the dialogue. */
static void
check_connect(struct mbcheck *c, const char *host, const char *addr,
    const char *how, const char *how_tr)
{
	struct mx_mb *m = c->fsm;
	char *cause = NULL, en[MX_HOST_MAX + 512], tr[MX_HOST_MAX + 1024];

	check_close_dns(c);
	mx_strlcpy(m->sum.host, host, sizeof m->sum.host);
	mx_strlcpy(m->sum.host_how, how, sizeof m->sum.host_how);
	mx_strlcpy(m->sum.host_how_tr, how_tr, sizeof m->sum.host_how_tr);
	mx_strlcpy((char *)m->p.host, host, MX_HOST_MAX);
	snprintf(en, sizeof en, "host %s (%s)", host, how);
	snprintf(tr, sizeof tr, _("host %s (%s)"), host, how_tr);
	mx_mb_note_tr(m, en, tr);
	c->state = 1;
	c->conn = mx_conn_new(c->box->loop, &mx_proto_conn_cb, &m->pr);
	mx_mb_start(m, addr, c->port);
	if (mx_conn_connect(c->conn, addr, c->port, &cause) != 0) {
		free(cause);
		mx_proto_connected(&m->pr, MX_CONN_UNREACHABLE);
	}
}

/* The names tried, and the MX when it was, in English (tr 0) or in the
 * reader's language (tr 1). */
static void
tried_text(const struct mbcheck *c, int tr, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s%s%s", c->tried, c->tried_mx && c->tried[0] ?
	    T_(tr, ", ") : "", c->tried_mx ? T_(tr, "the MX") : "");
}

/* No host could be found. */
static void
check_no_host(struct mbcheck *c)
{
	char buf[256], tr[512], names[sizeof c->tried + 64];

	tried_text(c, 0, names, sizeof names);
	snprintf(buf, sizeof buf, "no address for %s", names);
	tried_text(c, 1, names, sizeof names);
	snprintf(tr, sizeof tr, _("no address for %s"), names);
	mx_mb_note_tr(c->fsm, buf, tr);
	mx_mb_finish_tr(c->fsm, MX_OUT_CONN, MX_MB_RESOLVE, buf, tr);
}

/* Remember a tried name for the messages. */
static void
check_tried(struct mbcheck *c, const char *name)
{
	size_t n = strlen(c->tried);

	snprintf(c->tried + n, sizeof c->tried - n, "%s%s", n ? ", " : "",
	    name);
}

/* DNS (MX fallback): an exchanger address; keep the most preferred. */
static void
mx_address_cb(void *arg, int ri, int pref, const char *host, int family,
    const char *addr)
{
	struct mbcheck *c = arg;

	if (c->best_addr[0] == '\0' || pref < c->best_pref ||
	    (pref == c->best_pref && family == 4 &&
	    strchr(c->best_addr, ':') != NULL)) {
		c->best_pref = pref;
		mx_strlcpy(c->best_host, host, sizeof c->best_host);
		mx_strlcpy(c->best_addr, addr, sizeof c->best_addr);
	}
}

/* DNS (MX fallback): resolver records are not needed here. */
static void
mx_resolver_cb(void *arg, int ri, unsigned what, int first,
    const struct mx_resolver *r)
{
}

/* DNS (MX fallback): an exchanger's lookup status is not needed here. */
static void
mx_status_cb(void *arg, int ri, int pref, const char *host, int family,
    enum mx_dns_status st, int cut, const char *canon)
{
}

/* DNS (MX fallback): done; use the best exchanger or give up. */
static void
mx_done_cb(void *arg)
{
	struct mbcheck *c = arg;
	char how[sizeof c->tried + 64], how_tr[sizeof c->tried + 256];

	if (c->state != 0)
		return;
	if (c->best_addr[0] == '\0') {
		c->tried_mx = 1;
		check_no_host(c);
		return;
	}
	snprintf(how, sizeof how, "the domain's MX, preference %d; %s had no "
	    "address", c->best_pref, c->tried);
	snprintf(how_tr, sizeof how_tr, _("the domain's MX, preference %d; %s "
	    "had no address"), c->best_pref, c->tried);
	check_connect(c, c->best_host, c->best_addr, how, how_tr);
}

/* The MX lookup of a mailbox check: only the exchangers matter. */
static const struct mx_dns_cb check_mx_cb = {
	mx_resolver_cb, mx_address_cb, mx_status_cb, mx_done_cb, NULL, NULL,
	NULL
};

/* DNS: one family's answer for the current candidate. */
static void
addr_cb(void *arg, int family, enum mx_dns_status st, const char *addr)
{
	struct mbcheck *c = arg;
	char how[sizeof c->tried + 64], how_tr[sizeof c->tried + 256];
	const char *name;

	if (c->state != 0)
		return;
	if (addr != NULL)
		mx_strlcpy(family == 4 ? c->a4 : c->a6, addr, MX_ADDR_MAX);
	if (--c->pending > 0)
		return;
	name = c->cand[c->ci];
	if (c->a4[0] == '\0' && c->a6[0] == '\0') {
		char en[MX_HOST_MAX + 64], tr[MX_HOST_MAX + 128];
		snprintf(en, sizeof en, "%s: %s", name, mx_dns_status_name(st));
		snprintf(tr, sizeof tr, "%s: %s", name, mx_dns_status_tr(st));
		mx_mb_note_tr(c->fsm, en, tr);
		check_tried(c, name);
		c->ci++;
		check_next_candidate(c);
		return;
	}
	if (!c->defhost) {
		snprintf(how, sizeof how, "as given");
		snprintf(how_tr, sizeof how_tr, "%s", _("as given"));
	} else if (c->tried[0] == '\0') {
		snprintf(how, sizeof how, "the usual name for %s",
		    mx_mbox_proto_name(c->proto));
		snprintf(how_tr, sizeof how_tr, _("the usual name for %s"),
		    !mx_i18n_on() ? mx_mbox_proto_name(c->proto) :
		    c->proto == MX_MBOX_IMAP ? "IMAP" : "POP3");
	} else {
		snprintf(how, sizeof how, "%s had no address", c->tried);
		snprintf(how_tr, sizeof how_tr, _("%s had no address"),
		    c->tried);
	}
	check_connect(c, name, c->a4[0] != '\0' ? c->a4 : c->a6, how, how_tr);
}

/* Try the next candidate name, then the MX, then give up. */
static void
check_next_candidate(struct mbcheck *c)
{
	struct mx__mbox *b = c->box;
	char *cause = NULL;

	if (c->ci < c->ncand) {
		c->a4[0] = c->a6[0] = '\0';
		c->pending = b->opts.family == 0 ? 2 : 1;
		if (mx_dns_lookup(c->dns, c->cand[c->ci], b->opts.family,
		    addr_cb, c) == 0) {
			c->pending = 1;
			addr_cb(c, 4, MX_DNS_ERROR, NULL);
		}
		return;
	}
	if (!c->defhost) {
		check_no_host(c);
		return;
	}
	/* method.md §2 machinery: the domain's MX, lowest preference. */
	c->mxdns = mx_dns_new(b->loop, (const char *const *)b->opts.dns,
	    b->opts.ndns, b->opts.timeout_ms, &cause);
	if (c->mxdns == NULL) {
		mx_mb_note(c->fsm, "DNS: %s", cause);
		free(cause);
		check_no_host(c);
		return;
	}
	mx_dns_go(c->mxdns, b->domain, b->opts.family, &check_mx_cb, c);
}

/* Parse [pop3s://|imaps://|pop3://|imap://]HOST[:PORT] into c. */
static void
check_spec(struct mbcheck *c, const char *spec, char *host, size_t hsz)
{
	const char *p = spec, *colon;
	size_t n;

	c->implicit = 0;
	c->port = 0;
	if (strncasecmp(p, "pop3s://", 8) == 0 ||
	    strncasecmp(p, "imaps://", 8) == 0) {
		c->implicit = 1;
		p += 8;
	} else if (strncasecmp(p, "pop3://", 7) == 0 ||
	    strncasecmp(p, "imap://", 7) == 0)
		p += 7;
	if (*p == '[') {
		const char *rb = strchr(p, ']');
		n = rb != NULL ? (size_t)(rb - p - 1) : 0;
		mx_strlcpy(host, p + 1, n + 1 < hsz ? n + 1 : hsz);
		colon = rb != NULL && rb[1] == ':' ? rb + 1 : NULL;
	} else {
		colon = strrchr(p, ':');
		n = colon != NULL ? (size_t)(colon - p) : strlen(p);
		mx_strlcpy(host, p, n + 1 < hsz ? n + 1 : hsz);
	}
	if (colon != NULL)
		c->port = atoi(colon + 1);
	if (c->port == 0)
		c->port = c->proto == MX_MBOX_POP3 ? (c->implicit ? 995 : 110) :
		    (c->implicit ? 993 : 143);
	if (c->port == 995 || c->port == 993)
		c->implicit = 1;
}

/* Start one check. */
static void
check_start(struct mx__mbox *b, enum mx_mbox_proto proto, const char *spec)
{
	struct mbcheck *c = &b->chk[b->n];
	struct mx_mb_params p;
	char host[MX_HOST_MAX], *cause = NULL;
	unsigned char tmp[16];

	memset(c, 0, sizeof *c);
	c->box = b;
	c->index = b->n++;
	c->proto = proto;
	check_spec(c, spec, host, sizeof host);
	memset(&p, 0, sizeof p);
	/* p.host points into the state machine's copy, filled on connect. */
	p.user = b->has_user ? b->user : NULL;
	p.have_password = mx_secret_have();
	p.implicit_tls = c->implicit;
	p.allow_plaintext = b->opts.allow_plaintext;
	p.retr = proto == MX_MBOX_POP3 ? b->opts.retr : 0;
	p.timeout_ms = b->opts.timeout_ms;
	c->fsm = (proto == MX_MBOX_POP3 ? mx_pop3_new : mx_imap_new)(&p,
	    &check_io, c, b->emit, b->emit_arg, c->index, b->origin);
	c->fsm->p.host = mx_xcalloc(1, MX_HOST_MAX);
	c->fsm->sum.port = c->port;
	mx_mb_enter(c->fsm, MX_MB_RESOLVE);
	if (host[0] != '\0' && (uv_inet_pton(AF_INET, host, tmp) == 0 ||
	    uv_inet_pton(AF_INET6, host, tmp) == 0)) {
		check_connect(c, host, host, "address as given",
		    _("address as given"));
		return;
	}
	if (host[0] != '\0')
		mx_strlcpy(c->cand[c->ncand++], host, MX_HOST_MAX);
	else {
		/* The names mail providers publish, then the MX. */
		char name[MX_HOST_MAX + 8];
		c->defhost = 1;
		snprintf(name, sizeof name, "%s.%s", proto == MX_MBOX_POP3 ?
		    "pop" : "imap", b->domain);
		mx_strlcpy(c->cand[c->ncand++], name, MX_HOST_MAX);
		snprintf(name, sizeof name, "mail.%s", b->domain);
		mx_strlcpy(c->cand[c->ncand++], name, MX_HOST_MAX);
	}
	c->dns = mx_dns_new(b->loop, (const char *const *)b->opts.dns,
	    b->opts.ndns, b->opts.timeout_ms, &cause);
	if (c->dns == NULL) {
		mx_mb_note(c->fsm, "DNS: %s", cause);
		free(cause);
		mx_mb_end(c->fsm, MX_OUT_INTERNAL, MX_MB_RESOLVE,
		    N_("DNS unavailable"));
		return;
	}
	check_next_candidate(c);
}

/* Start the checks the options ask for. */
struct mx__mbox *
mx__mailbox_start(uv_loop_t *loop, const struct mx_opts *o, SSL_CTX *ctx,
    const char *local, const char *domain, mx__emit_fn emit, void *emit_arg,
    uint64_t origin)
{
	struct mx__mbox *b = mx_xcalloc(1, sizeof *b);

	b->loop = loop;
	b->opts = *o;
	b->ctx = ctx;
	b->emit = emit;
	b->emit_arg = emit_arg;
	b->origin = origin;
	mx_strlcpy(b->domain, domain, sizeof b->domain);
	b->has_user = mx_mailbox_user(o, b->user, sizeof b->user) != NULL;
	if (o->pop3 != NULL)
		check_start(b, MX_MBOX_POP3, o->pop3);
	if (o->imap != NULL)
		check_start(b, MX_MBOX_IMAP, o->imap);
	return b;
}

/* Whether a check still runs. */
int
mx__mailbox_busy(const struct mx__mbox *b)
{
	int i;

	if (b == NULL)
		return 0;
	for (i = 0; i < b->n; i++)
		if (b->chk[i].state != 2)
			return 1;
	return 0;
}

/* Stop every running check. */
void
mx__mailbox_cancel(struct mx__mbox *b)
{
	int i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++) {
		struct mbcheck *c = &b->chk[i];
		if (c->state == 2)
			continue;
		mx_mb_note(c->fsm, "cancelled");
		mx_mb_end(c->fsm, MX_OUT_NONE, c->fsm->sum.stage,
		    N_("cancelled"));
		if (c->state != 2)
			io_finish(c, MX_OUT_NONE, c->fsm->sum.stage, "cancelled");
	}
}

/* Close and free. */
void
mx__mailbox_free(struct mx__mbox *b)
{
	int i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++) {
		struct mbcheck *c = &b->chk[i];
		mx_conn_close(c->conn);
		check_close_dns(c);
		if (c->fsm != NULL)
			free((char *)c->fsm->p.host);
		mx_mb_free(c->fsm);
	}
	free(b);
}
