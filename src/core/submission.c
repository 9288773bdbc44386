/*
 * submission: transport glue of the submission check.  The host: the one
 * given, else the domain's SRV records (RFC 6186 §3.1: _submissions._tcp
 * preferred, RFC 8314 §5.1; each RRset's targets in RFC 2782 order,
 * srv-order.c, the next one tried when a target cannot be reached; a lone
 * target "." says there is no such service, RFC 2782), else smtp.DOMAIN
 * and mail.DOMAIN; every lookup goes to the run's resolvers through
 * c-ares on the engine's loop (dns.c).  Port 465 (or smtps://, or an SRV
 * _submissions record) is implicit TLS; any other port upgrades with
 * STARTTLS and refuses to send a password without it (RFC 8314 §3).  The
 * dialogue is smtp.c's, with AUTH before the same envelope path; every
 * event is masked for the secret (mailbox-secret.c) and wrapped for the
 * model as MX_EV_SUB_PROBE.  With --send the session sends its own test
 * message after RCPT (one per path: the MX path sends its own, engine-
 * send.c); nobody else competes for it, so smtp.c sends at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <ares.h>
#include <arpa/nameser.h>

#include "conn.h"
#include "dns.h"
#include "mailbox-secret.h"
#include "mailbox.h"
#include "smtp-auth.h"
#include "smtp.h"
#include "srv-order.h"
#include "submission.h"
#include "testmsg.h"
#include "i18n.h"

#define SUB_SRV_MAX	4	/* targets kept per SRV RRset */
#define SUB_MAX_CAND	(2 * SUB_SRV_MAX + 2)

struct mx__sub {
	uv_loop_t		*loop;
	struct mx_opts		 opts;		/* shallow: the engine owns it */
	SSL_CTX			*ctx;
	mx__emit_fn		 emit;
	void			*emit_arg;
	uint64_t		 origin;
	int			 state;		/* 0 host, 1 dialogue, 2 done */
	struct mx_submission	 sum;
	struct mx_dns		*dns;
	struct mx_conn		*conn;
	struct mx_smtp		*smtp;
	/* Dialogues with SRV targets that could not be reached: freed at
	 * the end (the failure comes on their call stack). */
	struct mx_smtp		*parked[SUB_MAX_CAND];
	int			 nparked;
	struct mx_smtp_auth	 auth;
	char			 domain[MX_HOST_MAX];
	char			 rcpt[MX_HOST_MAX * 2];
	char			 helo[MX_ADDR_MAX + 8];
	int			 port_given;	/* :PORT overrides the SRV's */
	/* SRV answers: [0] _submissions, [1] _submission. */
	int			 srv_pending;
	struct mx_srv_target	 srv_t[2][SUB_SRV_MAX];	/* RFC 2782 order */
	int			 srv_n[2], srv_all[2];	/* kept, in the RRset */
	int			 srv_none[2];	/* target ".": no service */
	enum mx_dns_status	 srv_st[2];	/* how each SRV query ended */
	/* Host names to try in order, and the answers for the current one. */
	char			 cand[SUB_MAX_CAND][MX_HOST_MAX];
	char			 cand_how[SUB_MAX_CAND][1024];
	char			 cand_how_tr[SUB_MAX_CAND][1024];	/* read */
	enum mx_sub_source	 cand_src[SUB_MAX_CAND];
	int			 cand_port[SUB_MAX_CAND];
	int			 cand_tls[SUB_MAX_CAND];	/* implicit */
	int			 ncand, ci, pending;
	char			 a4[MX_ADDR_MAX], a6[MX_ADDR_MAX];
	char			 tried[200];
	/* --send: this session's test message, or NULL; what was last
	 * reported about it. */
	struct mx_testmsg	*msg;
	char			 token[MX_TESTMSG_TOKEN];
	struct mx_send		 send_last;
};

static const char *const srv_label[2] = { "_submissions._tcp",
	"_submission._tcp" };

/* Whether opts ask for a submission check. */
int
mx__submission_wanted(const struct mx_opts *o)
{
	return o->submission != NULL;
}

/* Tell the model the check's summary. */
static void
sub_state(struct mx__sub *b)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_SUB_STATE;
	ev.t_ms = mx__ms_since(b->origin);
	ev.u.submission = &b->sum;
	b->emit(b->emit_arg, &ev);
}

/* s with the secret masked, in buf (sz bytes); NULL stays NULL. */
static const char *
sub_mask(const char *s, char *buf, size_t sz)
{
	int hit;

	if (s == NULL)
		return NULL;
	mx_secret_redact(s, strlen(s), buf, sz, &hit);
	buf[sz - 1] = '\0';
	return buf;
}

/* The dialogue's events: the secret masked in every text (a server that
 * echoes it back, in any line of its reply: the final line becomes the
 * outcome, the AUTH result and the --send result too), then wrapped for
 * the model. */
static void
sub_emit(void *arg, struct mx_event *in)
{
	struct mx__sub *b = arg;
	struct mx_event ev;
	struct mx_send snd;
	char text[MX_TEXT_MAX * 2], raw[MX_RAW_MAX * 2], all[MX_REPLY_ALL_MAX];
	char tr[MX_TEXT_MAX * 2];
	int hit;

	if (in->type == MX_EV_PROBE_LINE) {
		mx_secret_redact(in->u.line.text, strlen(in->u.line.text), text,
		    sizeof text, &hit);
		text[MX_TEXT_MAX - 1] = '\0';
		in->u.line.text = text;
		if (in->u.line.text_tr != NULL) {	/* a note may quote a reply */
			mx_secret_redact(in->u.line.text_tr,
			    strlen(in->u.line.text_tr), tr, sizeof tr, &hit);
			tr[MX_TEXT_MAX - 1] = '\0';
			in->u.line.text_tr = tr;
		}
		if (in->u.line.raw != NULL) {
			in->u.line.raw_len = mx_secret_redact(in->u.line.raw,
			    in->u.line.raw_len, raw, sizeof raw, &hit);
			in->u.line.raw = raw;
		}
	} else if (in->type == MX_EV_PROBE_REPLY) {
		mx_secret_redact(in->u.reply.text, strlen(in->u.reply.text),
		    text, sizeof text, &hit);
		text[MX_TEXT_MAX - 1] = '\0';
		in->u.reply.text = text;
		if (in->u.reply.all != NULL) {
			mx_secret_redact(in->u.reply.all, strlen(in->u.reply.all),
			    all, sizeof all, &hit);
			in->u.reply.all = all;
		}
	} else if (in->type == MX_EV_PROBE_DONE) {
		in->u.done.text = sub_mask(in->u.done.text, text, MX_TEXT_MAX);
		in->u.done.text_tr = sub_mask(in->u.done.text_tr, tr,
		    MX_TEXT_MAX);
	} else if (in->type == MX_EV_AUTH) {
		in->u.auth.text = sub_mask(in->u.auth.text, text, MX_TEXT_MAX);
	} else if (in->type == MX_EV_SEND) {
		snd = *in->u.send;
		sub_mask(in->u.send->text, snd.text, sizeof snd.text);
		in->u.send = &snd;
	}
	if (in->type == MX_EV_SEND)
		b->send_last = *in->u.send;
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_SUB_PROBE;
	ev.t_ms = in->t_ms;
	ev.u.inner = in;
	b->emit(b->emit_arg, &ev);
}

/* --send: tell the model where this session's message is: waiting, not
 * sent (the dialogue ended before it), or failed (stopped under way). */
static void
sub_send_state(struct mx__sub *b, enum mx_send_state st)
{
	struct mx_event ev;
	struct mx_send snd = b->send_last;

	if (snd.state == MX_SEND_NONE) {
		snd.probe = -1;
		mx_strlcpy(snd.token, b->token, sizeof snd.token);
		mx_strlcpy(snd.message_id, b->msg->msgid,
		    sizeof snd.message_id);
		snd.size = (long long)b->msg->len;
		snd.eightbit = b->msg->eightbit;
	}
	snd.state = st;
	if (st != MX_SEND_WAITING)
		snd.sent_ms = mx__ms_since(b->origin);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_SEND;
	ev.t_ms = mx__ms_since(b->origin);
	ev.u.send = &snd;
	sub_emit(b, &ev);
}

/* Transport: send bytes. */
static int
io_send(void *arg, const char *data, size_t len)
{
	struct mx__sub *b = arg;

	return b->conn != NULL ? mx_conn_send(b->conn, data, len) : -1;
}

/* Transport: start TLS (STARTTLS, or at connect on 465). */
static enum mx_conn_err
io_starttls(void *arg, const char *host)
{
	struct mx__sub *b = arg;

	if (b->conn == NULL)
		return MX_CONN_ERROR;
	return mx_conn_starttls(b->conn, b->ctx, host);
}

/* Transport: arm the step deadline. */
static void
io_deadline(void *arg, int ms)
{
	struct mx__sub *b = arg;

	if (b->conn != NULL)
		mx_conn_deadline(b->conn, ms);
}

/* Close the DNS helper (deferred inside c-ares). */
static void
sub_close_dns(struct mx__sub *b)
{
	mx_dns_close(b->dns);
	b->dns = NULL;
}

static int	sub_srv_fallback(struct mx__sub *, enum mx_outcome, int,
		    const char *);

/* Transport: the dialogue ended: the check is done (or, when an SRV
 * target could not be reached, the next one is tried). */
static void
io_finish(void *arg, enum mx_outcome out, int st, const char *text)
{
	struct mx__sub *b = arg;
	struct mx_event ev;

	mx_conn_close(b->conn);
	b->conn = NULL;
	sub_close_dns(b);
	if (b->state == 2)
		return;
	if (sub_srv_fallback(b, out, st, text))
		return;
	if (b->msg != NULL && b->send_last.state == MX_SEND_WAITING)
		sub_send_state(b, MX_SEND_NOT_SENT);
	else if (b->msg != NULL && b->send_last.state == MX_SEND_SENDING)
		sub_send_state(b, MX_SEND_FAILED);	/* cancelled under way */
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_DONE;
	ev.t_ms = mx__ms_since(b->origin);
	ev.u.done.outcome = out;
	ev.u.done.stage = (enum mx_stage)st;
	ev.u.done.text = text;
	ev.u.done.text_tr = b->smtp != NULL ? mx_smtp_text_tr(b->smtp, text) :
	    NULL;
	ev.u.done.fail = b->smtp != NULL ? mx_smtp_fail(b->smtp) :
	    MX_FAIL_NONE;
	sub_emit(b, &ev);
	b->state = 2;
	b->sum.done = 1;
	sub_state(b);
}

/* Transport: connected; our address names us in EHLO unless --helo. */
static void
io_connected(void *arg, struct mx_conn *c, enum mx_conn_err err)
{
	struct mx__sub *b = arg;
	char local[MX_ADDR_MAX];

	if (err == MX_CONN_OK && b->opts.helo == NULL) {
		mx_conn_local(c, local, sizeof local);
		snprintf(b->helo, sizeof b->helo, "[%s%s]", strchr(local, ':') !=
		    NULL ? "IPv6:" : "", local);
	}
}

static const struct mx_proto_io sub_io = {
	io_send, io_starttls, io_deadline, io_finish, NULL, io_connected,
	NULL
};

/* A note line in the check's transcript (before the dialogue too):
 * text for the model (JSON), tr its translation for the reader. */
static void
sub_note_tr(struct mx__sub *b, const char *text, const char *tr)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_LINE;
	ev.t_ms = mx__ms_since(b->origin);
	ev.u.line.dir = '*';
	ev.u.line.text = text;
	ev.u.line.text_tr = tr;
	ev.u.line.esc = "";
	sub_emit(b, &ev);
}

/* A fixed note (English marked N_(), translated where shown). */
static void
sub_note(struct mx__sub *b, const char *text)
{
	sub_note_tr(b, text, NULL);
}

/* The host is known: connect and run the dialogue. */
static void
sub_connect(struct mx__sub *b, const char *host, const char *addr, int port,
    int implicit, enum mx_sub_source src, const char *how, const char *how_tr)
{
	struct mx_smtp_params sp;
	char *cause = NULL, note[MX_TEXT_MAX + 1400], tr[MX_TEXT_MAX + 1400];
	const char *tls = implicit || port == 465 ?
	    N_("implicit TLS (RFC 8314 §3.3)") :
	    N_("STARTTLS required (RFC 8314 §3)");

	sub_close_dns(b);
	mx_strlcpy(b->sum.host, host, sizeof b->sum.host);
	mx_strlcpy(b->sum.host_how, how, sizeof b->sum.host_how);
	mx_strlcpy(b->sum.host_how_tr, how_tr, sizeof b->sum.host_how_tr);
	mx_strlcpy(b->sum.addr, addr, sizeof b->sum.addr);
	b->sum.source = src;
	b->sum.port = port;
	b->sum.implicit_tls = implicit || port == 465;
	snprintf(note, sizeof note, "host %s port %d (%s), %s", host, port, how,
	    tls);
	snprintf(tr, sizeof tr, _("host %s port %d (%s), %s"), host, port,
	    how_tr, _(tls));
	b->state = 1;
	sub_state(b);
	memset(&sp, 0, sizeof sp);
	sp.host = b->sum.host;
	sp.helo = b->opts.helo != NULL ? b->opts.helo : b->helo;
	sp.from = b->sum.from;
	sp.rcpt = b->rcpt[0] != '\0' ? b->rcpt : NULL;
	sp.size = b->opts.size;
	sp.timeout_ms = b->opts.timeout_ms;
	sp.use_tls = 1;
	sp.implicit_tls = b->sum.implicit_tls;
	sp.require_tls = 1;
	sp.auth = &b->auth;
	/* --send: no hold callback, no other server competes: once RCPT
	 * is accepted the message goes here at once (smtp.c). */
	sp.msg = b->msg;
	sp.token = b->msg != NULL ? b->token : NULL;
	sp.dsn_notify = b->opts.dsn_notify;
	sp.dsn_ret = b->opts.dsn_ret;
	b->smtp = mx_smtp_new(&sp, &sub_io, b, sub_emit, b, 0, b->origin);
	b->conn = mx_conn_new(b->loop, &mx_proto_conn_cb,
	    mx_smtp_proto(b->smtp));
	mx_smtp_start(b->smtp, addr, port);
	sub_note_tr(b, note, tr);
	if ((b->opts.source != NULL && mx_conn_bind(b->conn, b->opts.source,
	    &cause) != 0) || mx_conn_connect(b->conn, addr, port, &cause) != 0) {
		free(cause);
		mx_proto_connected(mx_smtp_proto(b->smtp),
		    MX_CONN_UNREACHABLE);
	}
}

/* No host could be found: the check ends before any dialogue. */
static void
sub_no_host(struct mx__sub *b, const char *why)
{
	struct mx_event ev;
	char buf[sizeof b->tried + 64], tr[sizeof b->tried + 256];

	sub_close_dns(b);
	snprintf(buf, sizeof buf, "%s%s", why, b->tried);
	snprintf(tr, sizeof tr, "%s%s", _(why), b->tried);
	sub_note_tr(b, buf, tr);
	if (b->msg != NULL && b->send_last.state == MX_SEND_WAITING)
		sub_send_state(b, MX_SEND_NOT_SENT);
	b->sum.source = MX_SUBSRC_NONE;
	mx_strlcpy(b->sum.host_how, buf, sizeof b->sum.host_how);
	mx_strlcpy(b->sum.host_how_tr, tr, sizeof b->sum.host_how_tr);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_DONE;
	ev.t_ms = mx__ms_since(b->origin);
	ev.u.done.outcome = MX_OUT_CONN;
	ev.u.done.stage = MX_ST_CONNECT;
	ev.u.done.text = buf;
	ev.u.done.text_tr = tr;
	ev.u.done.fail = MX_FAIL_NOROUTE;
	sub_emit(b, &ev);
	b->state = 2;
	b->sum.done = 1;
	sub_state(b);
}

static void	sub_next_candidate(struct mx__sub *);

/* Remember a tried name for the messages. */
static void
sub_tried(struct mx__sub *b, const char *name)
{
	size_t n = strlen(b->tried);

	snprintf(b->tried + n, sizeof b->tried - n, "%s%s", n ? ", " : ": ",
	    name);
}

/* DNS: one family's answer for the current candidate name. */
static void
addr_cb(void *arg, int family, enum mx_dns_status st, const char *addr)
{
	struct mx__sub *b = arg;
	char note[MX_TEXT_MAX], tr[MX_TEXT_MAX];
	const char *name;

	if (b->state != 0)
		return;
	if (addr != NULL)
		mx_strlcpy(family == 4 ? b->a4 : b->a6, addr, MX_ADDR_MAX);
	if (--b->pending > 0)
		return;
	name = b->cand[b->ci];
	if (b->a4[0] == '\0' && b->a6[0] == '\0') {
		snprintf(note, sizeof note, "%s: %s", name,
		    mx_dns_status_name(st));
		snprintf(tr, sizeof tr, "%s: %s", name, mx_dns_status_tr(st));
		sub_note_tr(b, note, tr);
		sub_tried(b, name);
		b->ci++;
		sub_next_candidate(b);
		return;
	}
	sub_connect(b, name, b->a4[0] != '\0' ? b->a4 : b->a6,
	    b->cand_port[b->ci], b->cand_tls[b->ci], b->cand_src[b->ci],
	    b->cand_how[b->ci], b->cand_how_tr[b->ci]);
}

/* Look up the next candidate name, or give up. */
static void
sub_next_candidate(struct mx__sub *b)
{
	if (b->ci >= b->ncand) {
		sub_no_host(b, N_("no submission host found"));
		return;
	}
	b->a4[0] = b->a6[0] = '\0';
	b->pending = b->opts.family == 0 ? 2 : 1;
	if (mx_dns_lookup(b->dns, b->cand[b->ci], b->opts.family, addr_cb,
	    b) == 0) {
		b->pending = 1;
		addr_cb(b, 4, MX_DNS_ERROR, NULL);
	}
}

/* RFC 2782: "the client ... MUST attempt to contact the target host
 * with the next-highest priority" when one cannot be reached.  A connect
 * failure of an SRV target with candidates left parks its dialogue (we
 * are on its call stack) and looks up the next one; 1 if it did. */
static int
sub_srv_fallback(struct mx__sub *b, enum mx_outcome out, int st,
    const char *text)
{
	char note[MX_TEXT_MAX + MX_HOST_MAX], tr[MX_TEXT_MAX + MX_HOST_MAX];
	char *cause = NULL;

	if ((out != MX_OUT_CONN && out != MX_OUT_TIMEOUT) ||
	    st != MX_ST_CONNECT || b->state != 1 ||
	    b->ci + 1 >= b->ncand || b->nparked >= SUB_MAX_CAND ||
	    (b->cand_src[b->ci] != MX_SUBSRC_SRV_SUBMISSIONS &&
	    b->cand_src[b->ci] != MX_SUBSRC_SRV_SUBMISSION))
		return 0;
	b->dns = mx_dns_new(b->loop, (const char *const *)b->opts.dns,
	    b->opts.ndns > 0 ? 1 : 0, b->opts.timeout_ms, &cause);
	if (b->dns == NULL) {
		free(cause);
		return 0;
	}
	b->parked[b->nparked++] = b->smtp;
	b->smtp = NULL;
	snprintf(note, sizeof note, "%s port %d: %s; trying the next target "
	    "(RFC 2782)", b->cand[b->ci], b->cand_port[b->ci], text);
	/* text: a connection error's name (conn.c, N_()) or a timeout's. */
	snprintf(tr, sizeof tr, _("%s port %d: %s; trying the next target "
	    "(RFC 2782)"), b->cand[b->ci], b->cand_port[b->ci], _(text));
	sub_note_tr(b, note, tr);
	sub_tried(b, b->cand[b->ci]);
	b->state = 0;
	b->ci++;
	sub_next_candidate(b);
	return 1;
}

/* Add a candidate name. */
static void
sub_cand(struct mx__sub *b, const char *name, int port, int implicit,
    enum mx_sub_source src, const char *how, const char *how_tr)
{
	if (b->ncand >= SUB_MAX_CAND)
		return;
	b->cand_tls[b->ncand] = implicit || port == 465;
	mx_strlcpy(b->cand[b->ncand], name, MX_HOST_MAX);
	mx_strlcpy(b->cand_how[b->ncand], how, sizeof b->cand_how[0]);
	mx_strlcpy(b->cand_how_tr[b->ncand], how_tr, sizeof b->cand_how_tr[0]);
	b->cand_src[b->ncand] = src;
	b->cand_port[b->ncand] = port;
	b->ncand++;
}

/* Why a candidate name was chosen, in English (tr 0: the JSON's
 * host_how) or in the reader's language (tr 1): SRV target k of the
 * service i (k < 0: the usual names after the SRV answers). */
static void
sub_how(const struct mx__sub *b, int tr, int i, int k, char *how, size_t sz)
{
	char none[700], nth[160];
	int j;

	if (k < 0) {
		none[0] = '\0';
		for (j = 0; j < 2; j++) {
			size_t n = strlen(none);
			if (b->srv_n[j] != 0)
				continue;
			snprintf(none + n, sizeof none - n, "%s%s.%s: %s", n ?
			    T_(tr, "; ") : "", srv_label[j], b->domain,
			    b->srv_none[j] ? T_(tr, "\".\" (no service)") : tr ?
			    mx_dns_status_tr(b->srv_st[j]) :
			    mx_dns_status_name(b->srv_st[j]));
		}
		snprintf(how, sz, T_(tr, "the usual name; %s"), none[0] != '\0' ?
		    none : T_(tr, "the SRV targets had no address or could not "
		    "be reached"));
		return;
	}
	nth[0] = '\0';
	if (b->srv_all[i] > 1)
		snprintf(nth, sizeof nth, T_(tr, ", target %d of %d (priority "
		    "%d, weight %d; RFC 2782 order)"), k + 1, b->srv_all[i],
		    b->srv_t[i][k].priority, b->srv_t[i][k].weight);
	snprintf(how, sz, "SRV %s.%s (RFC 6186%s)%s%s", srv_label[i],
	    b->domain, i == 0 ? ", RFC 8314 §5.1" : "", nth, !b->port_given ?
	    "" : T_(tr, ", port as given"));
}

/* Both SRV answers are in: the candidates in RFC 6186 / 8314 order. */
static void
sub_srv_done(struct mx__sub *b)
{
	char how[1024], how_tr[1024], name[MX_HOST_MAX + 8];
	int i, k, port;

	for (i = 0; i < 2; i++)
		for (k = 0; k < b->srv_n[i]; k++) {
			port = b->port_given ? b->sum.port : b->srv_t[i][k].port;
			sub_how(b, 0, i, k, how, sizeof how);
			sub_how(b, 1, i, k, how_tr, sizeof how_tr);
			/* RFC 8314 §5.1: _submissions is implicit TLS. */
			sub_cand(b, b->srv_t[i][k].host, port, i == 0, i == 0 ?
			    MX_SUBSRC_SRV_SUBMISSIONS :
			    MX_SUBSRC_SRV_SUBMISSION, how, how_tr);
		}
	port = b->port_given ? b->sum.port : 587;
	sub_how(b, 0, 0, -1, how, sizeof how);
	sub_how(b, 1, 0, -1, how_tr, sizeof how_tr);
	snprintf(name, sizeof name, "smtp.%s", b->domain);
	sub_cand(b, name, port, b->sum.implicit_tls, MX_SUBSRC_NAME, how,
	    how_tr);
	snprintf(name, sizeof name, "mail.%s", b->domain);
	sub_cand(b, name, port, b->sum.implicit_tls, MX_SUBSRC_NAME, how,
	    how_tr);
	sub_next_candidate(b);
}

/* DNS: an SRV answer (RFC 2782): its targets in the order to try them,
 * or why there are none. */
static void
srv_cb(void *arg, int which, enum mx_dns_status st, const unsigned char *abuf,
    int alen)
{
	struct mx__sub *b = arg;
	struct ares_srv_reply *srv = NULL, *r;
	struct mx_srv_target all[16];
	int n = 0, dots = 0;

	b->srv_st[which] = st;
	if (st == MX_DNS_ANSWER && abuf != NULL &&
	    ares_parse_srv_reply(abuf, alen, &srv) == ARES_SUCCESS) {
		for (r = srv; r != NULL; r = r->next) {
			if (r->host[0] == '\0' || strcmp(r->host, ".") == 0) {
				dots++;	/* RFC 2782: "." is no service */
				continue;
			}
			if (n >= (int)(sizeof all / sizeof all[0]) ||
			    strlen(r->host) >= MX_HOST_MAX)
				continue;
			mx_sanitize(all[n].host, sizeof all[n].host, r->host,
			    strlen(r->host));
			all[n].port = r->port;
			all[n].priority = r->priority;
			all[n].weight = r->weight;
			n++;
		}
		ares_free_data(srv);
	}
	b->srv_none[which] = n == 0 && dots > 0;
	mx_srv_order(all, (size_t)n, mx_srv_rnd_system, NULL);
	b->srv_all[which] = n;
	b->srv_n[which] = n < SUB_SRV_MAX ? n : SUB_SRV_MAX;
	memcpy(b->srv_t[which], all, (size_t)b->srv_n[which] * sizeof all[0]);
	if (--b->srv_pending == 0 && b->state == 0)
		sub_srv_done(b);
}

/* DNS: _submissions._tcp's answer. */
static void
srv_s_cb(void *arg, enum mx_dns_status st, const unsigned char *abuf,
    int alen, int ad)
{
	srv_cb(arg, 0, st, abuf, alen);
}

/* DNS: _submission._tcp's answer. */
static void
srv_p_cb(void *arg, enum mx_dns_status st, const unsigned char *abuf,
    int alen, int ad)
{
	srv_cb(arg, 1, st, abuf, alen);
}

/* Whether spec is a valid --submission value. */
int
mx__submission_spec_ok(const char *spec)
{
	const char *p = spec;

	if (strncasecmp(p, "smtps://", 8) == 0)
		p += 8;
	else if (strncasecmp(p, "smtp://", 7) == 0)
		p += 7;
	return mx_hostport_ok(p);
}

/* Parse [smtps://|smtp://]HOST[:PORT] into host, the port and TLS mode. */
static void
sub_spec(struct mx__sub *b, const char *spec, char *host, size_t hsz)
{
	const char *p = spec, *colon;
	size_t n;

	if (strncasecmp(p, "smtps://", 8) == 0) {
		b->sum.implicit_tls = 1;
		p += 8;
	} else if (strncasecmp(p, "smtp://", 7) == 0)
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
	b->sum.port = colon != NULL ? atoi(colon + 1) : 0;
	b->port_given = b->sum.port != 0;
	if (b->sum.port == 0)
		b->sum.port = b->sum.implicit_tls ? 465 : 587;
	if (b->sum.port == 465)
		b->sum.implicit_tls = 1;
}

/* --send: compose this session's own message (its own token and
 * Message-ID; From is the session's MAIL FROM) and say it waits. */
static void
sub_compose(struct mx__sub *b)
{
	b->msg = mx_testmsg_new(b->sum.from, b->rcpt, b->opts.helo != NULL ?
	    b->opts.helo : "localhost", b->opts.size, b->token,
	    sizeof b->token);
	if (b->msg != NULL)
		sub_send_state(b, MX_SEND_WAITING);
}

/* Start the check. */
struct mx__sub *
mx__submission_start(uv_loop_t *loop, const struct mx_opts *o, SSL_CTX *ctx,
    const char *local, const char *domain, mx__emit_fn emit, void *emit_arg,
    uint64_t origin)
{
	struct mx__sub *b = mx_xcalloc(1, sizeof *b);
	char host[MX_HOST_MAX], name[MX_HOST_MAX + 24], *cause = NULL;
	unsigned char tmp[16];
	int i;

	b->loop = loop;
	b->opts = *o;
	b->ctx = ctx;
	b->emit = emit;
	b->emit_arg = emit_arg;
	b->origin = origin;
	mx_strlcpy(b->domain, domain, sizeof b->domain);
	if (local[0] != '\0')
		snprintf(b->rcpt, sizeof b->rcpt, "%s@%s", local, domain);
	b->sum.asked = 1;
	if (mx_mailbox_user(o, b->sum.user, sizeof b->sum.user) == NULL)
		b->sum.user[0] = '\0';
	/* MAIL FROM: --from, else the login when it is an address. */
	if (o->from != NULL && o->from[0] != '\0')
		mx_strlcpy(b->sum.from, o->from, sizeof b->sum.from);
	else if (strchr(b->sum.user, '@') != NULL)
		mx_strlcpy(b->sum.from, b->sum.user, sizeof b->sum.from);
	b->auth.user = b->sum.user[0] != '\0' ? b->sum.user : NULL;
	b->auth.have_secret = mx_secret_have();
	b->auth.xoauth2 = o->oauth;
	b->auth.allow_plaintext = o->allow_plaintext;
	b->auth.force = (enum mx_auth_mech)o->auth_mech;
	sub_spec(b, o->submission, host, sizeof host);
	sub_state(b);
	if (o->send && b->rcpt[0] != '\0')
		sub_compose(b);
	if (host[0] != '\0' && (uv_inet_pton(AF_INET, host, tmp) == 0 ||
	    uv_inet_pton(AF_INET6, host, tmp) == 0)) {
		sub_connect(b, host, host, b->sum.port, b->sum.implicit_tls,
		    MX_SUBSRC_GIVEN, "address as given", _("address as given"));
		return b;
	}
	b->dns = mx_dns_new(loop, (const char *const *)o->dns, o->ndns > 0 ?
	    1 : 0, o->timeout_ms, &cause);
	if (b->dns == NULL) {
		sub_no_host(b, cause != NULL ? cause : N_("DNS unavailable"));
		free(cause);
		return b;
	}
	if (host[0] != '\0') {
		sub_cand(b, host, b->sum.port, b->sum.implicit_tls,
		    MX_SUBSRC_GIVEN, "as given", _("as given"));
		sub_next_candidate(b);
		return b;
	}
	/* RFC 6186 §3.1: ask for both services at once. */
	b->srv_pending = 2;
	for (i = 0; i < 2; i++) {
		snprintf(name, sizeof name, "%s.%s", srv_label[i], domain);
		if (mx_dns_query(b->dns, 0, name, ns_t_srv, i == 0 ? srv_s_cb :
		    srv_p_cb, b) != 0)
			srv_cb(b, i, MX_DNS_ERROR, NULL, 0);
	}
	return b;
}

/* Whether the check still runs. */
int
mx__submission_busy(const struct mx__sub *b)
{
	return b != NULL && b->state != 2;
}

/* Stop the check. */
void
mx__submission_cancel(struct mx__sub *b)
{
	if (b == NULL || b->state == 2)
		return;
	sub_note(b, N_("cancelled"));
	io_finish(b, MX_OUT_NONE, MX_ST_NSTAGES, "cancelled");
}

/* Close and free. */
void
mx__submission_free(struct mx__sub *b)
{
	if (b == NULL)
		return;
	mx_conn_close(b->conn);
	sub_close_dns(b);
	mx_smtp_free(b->smtp);
	while (b->nparked > 0)
		mx_smtp_free(b->parked[--b->nparked]);
	mx_testmsg_drop(b->msg);
	free(b);
}
