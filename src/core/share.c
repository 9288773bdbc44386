/*
 * share: one SMTP session per exchanger address for the targets of one
 * domain in a batch (mxscope --batch, issue 17).  Off unless
 * mx_engine_share turned it on.
 *
 * The first target's probe opens the session and its dialogue runs as
 * usual up to the envelope; the lines received until then (greeting,
 * EHLO, STARTTLS's reply, the TLS result, EHLO again) are kept.  A later
 * target of the same domain and address joins the session: its own state
 * machine is fed those lines (its commands are not sent again: the server
 * answered them once), so its model holds the same greeting, capabilities
 * and TLS result, and then its own MAIL FROM, RCPT TO and random RCPT go
 * out on the shared connection.  Each transaction ends with RSET instead
 * of QUIT (RFC 5321 §4.1.1.5), which leaves the session ready for the next
 * target.  Only after a 250 to RSET is the session used again.
 *
 * Why RSET between targets and not several RCPTs in one transaction
 * (§3.3): each target keeps its own MAIL FROM reply, its own RCPT reply
 * and its own verdict; a refused MAIL or a "452 too many recipients"
 * (§4.5.3.1.8 guarantees only 100 recipients per transaction) cannot
 * spill over from one target to the next.  With PIPELINING the RSET rides
 * in the group of MAIL and RCPT (RFC 2920 §3.1), so a target still costs
 * one round trip.  The random RCPT (catch-all?) is asked once per session:
 * later targets reuse its answer (same domain, same server).
 *
 * Limits: a session serves at most SHARE_MAX_TXN targets (Postfix counts
 * RSET as a junk command: smtpd_junk_command_limit = 100) and is retired
 * after SHARE_MAX_ERRORS 4xx/5xx replies (Postfix slows every reply by a
 * second after smtpd_soft_error_limit = 10).  A session that breaks before
 * its first envelope sends its waiting targets to connections of their
 * own (each gets its own evidence of the failure); one that breaks later
 * sends them to a new session.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "engine-int.h"
#include "dane-run.h"
#include "i18n.h"

#define SHARE_BUCKETS		256
#define SHARE_MAX_TXN		90
#define SHARE_MAX_ERRORS	8
#define SHARE_QUEUE		4	/* waiting before another session */
#define SHARE_IDLE_MS		2000	/* an idle session waits this long */

enum sess_state {
	SS_OPENING,	/* the opener's dialogue before its envelope */
	SS_BUSY,	/* a target's transaction is on the wire */
	SS_IDLE,	/* ready for the next target */
	SS_CLOSING	/* QUIT sent, or closed */
};

/* One input of the opening dialogue: a server line, or the TLS result. */
struct rec {
	int	 tls;		/* 1: the TLS result (sess->tls) */
	int	 flags;
	size_t	 len;
	char	*text;
};

struct mx__sess {
	struct mx__sess		*next;		/* bucket chain */
	enum sess_state		 st;
	char			 domain[MX_HOST_MAX];
	char			 addr[MX_ADDR_MAX];
	int			 port, use_tls;
	char			 opener[MX_HOST_MAX];	/* its first target */
	struct mx_conn		*conn;
	struct probe		*cur;
	struct probe		**queue;	/* FIFO */
	int			 nq, capq;
	struct rec		*rec;
	int			 nrec, caprec;
	int			 npre;		/* >0: the opening is recorded */
	int			 opened;	/* an envelope was reached */
	int			 cur_joined;	/* cur joined (not the opener) */
	int			 cur_heard;	/* a line came for cur's own
						   transaction */
	struct mx_tls		 tls;
	char			 local[MX_ADDR_MAX];
	char			 helo[MX_ADDR_MAX + 8];
	int			 ntxn, errors;
	int			 catch_known;
	int			 host_slot;
	uv_timer_t		 timer;		/* serve the next, or idle */
};

/* How many targets of a domain the batch has read and not yet reaped. */
struct interest {
	struct interest	*next;
	long		 n;
	char		 domain[MX_HOST_MAX];
};

static struct {
	int		 on;
	struct mx__sess	*bucket[SHARE_BUCKETS];
	struct interest	*want[SHARE_BUCKETS];
	unsigned long	 opened, joined;
} share;

static void	sess_retire(struct mx__sess *, int polite, int fresh);

/* Turn sharing on or off for every engine of the process; off retires
 * every session (idle ones say QUIT). */
void
mx_engine_share(int on)
{
	struct mx__sess *s, *next;
	struct interest *w;
	int i;

	share.on = on;
	if (on)
		return;
	for (i = 0; i < SHARE_BUCKETS; i++) {
		for (s = share.bucket[i]; s != NULL; s = next) {
			next = s->next;
			sess_retire(s, s->st == SS_IDLE, 1);
		}
		while ((w = share.want[i]) != NULL) {
			share.want[i] = w->next;
			free(w);
		}
	}
}

/* How many sessions were opened and how many targets joined one. */
void
mx_engine_share_stats(unsigned long *opened, unsigned long *joined)
{
	*opened = share.opened;
	*joined = share.joined;
}

/* The bucket of a domain (FNV-1a, case-blind). */
static unsigned
domain_bucket(const char *domain)
{
	uint32_t h = 2166136261u;
	const char *p;

	for (p = domain; *p != '\0'; p++)
		h = (h ^ (unsigned char)tolower((unsigned char)*p)) * 16777619u;
	return h % SHARE_BUCKETS;
}

/* The session chain of a domain (every address of it). */
static struct mx__sess **
sess_slot(const char *domain)
{
	return &share.bucket[domain_bucket(domain)];
}

/* The targets of a domain the batch holds (read, not yet reaped). */
static long
interest(const char *domain)
{
	struct interest *w;

	for (w = share.want[domain_bucket(domain)]; w != NULL; w = w->next)
		if (strcasecmp(w->domain, domain) == 0)
			return w->n;
	return 0;
}

/*
 * The batch read a target of domain (delta 1) or is done with it (-1).
 * A session is opened only for a domain with two targets or more, and an
 * idle one is kept only while another target of its domain may come:
 * when the last goes, the idle sessions of the domain say QUIT.
 */
void
mx_engine_share_interest(const char *domain, int delta)
{
	struct interest **pp, *w;
	struct mx__sess *s, *next;

	for (pp = &share.want[domain_bucket(domain)]; (w = *pp) != NULL;
	    pp = &w->next)
		if (strcasecmp(w->domain, domain) == 0)
			break;
	if (w == NULL) {
		if (delta <= 0)
			return;
		w = mx_xcalloc(1, sizeof *w);
		mx_strlcpy(w->domain, domain, sizeof w->domain);
		*pp = w;
	}
	w->n += delta;
	if (w->n > 0)
		return;
	*pp = w->next;
	free(w);
	for (s = *sess_slot(domain); s != NULL; s = next) {
		next = s->next;
		if (s->st == SS_IDLE && s->nq == 0 &&
		    strcasecmp(s->domain, domain) == 0)
			sess_retire(s, 1, 1);
	}
}

/* The domain of an engine's recipient (after the '@'). */
static const char *
rcpt_domain(const struct mx_engine *e)
{
	const char *at = strrchr(e->rcpt, '@');

	return at != NULL ? at + 1 : "";
}

/* Unlink a session from its bucket (it takes no more targets). */
static void
sess_unlink(struct mx__sess *s)
{
	struct mx__sess **pp;

	for (pp = sess_slot(s->domain); *pp != NULL;
	    pp = &(*pp)->next)
		if (*pp == s) {
			*pp = s->next;
			break;
		}
	s->next = NULL;
}

/* Free a session once its timer has closed. */
static void
sess_free_cb(uv_handle_t *h)
{
	struct mx__sess *s = h->data;
	int i;

	for (i = 0; i < s->nrec; i++)
		free(s->rec[i].text);
	free(s->rec);
	free(s->queue);
	free(s);
}

/* Close the connection and free the session on a later turn. */
static void
sess_close(struct mx__sess *s)
{
	if (s->conn == NULL)
		return;
	mx_conn_close(s->conn);
	s->conn = NULL;
	if (s->host_slot) {
		s->host_slot = 0;
		mx__hostlimit_give(s->addr);
	}
	uv_close((uv_handle_t *)&s->timer, sess_free_cb);
}

/* Send the targets still waiting elsewhere: to a new session (fresh), or
 * to connections of their own. */
static void
sess_scatter(struct mx__sess *s, int fresh)
{
	struct probe *p;
	int i;

	for (i = 0; i < s->nq; i++) {
		p = s->queue[i];
		p->sess = NULL;
		p->no_share = !fresh;
		p->state = PROBE_QUEUED;
		mx__engine_kick(p->e);
	}
	s->nq = 0;
}

/* The session takes no more targets: QUIT when it is in step (polite),
 * else close at once; the waiting targets go elsewhere. */
static void
sess_retire(struct mx__sess *s, int polite, int fresh)
{
	if (s->st == SS_CLOSING)
		return;
	sess_unlink(s);
	s->st = SS_CLOSING;
	sess_scatter(s, fresh);
	if (s->cur != NULL) {	/* out of step: nobody can use it */
		s->cur->sess = NULL;
		s->cur->conn = NULL;
		s->cur = NULL;
		polite = 0;
	}
	uv_timer_stop(&s->timer);
	if (polite && s->conn != NULL &&
	    mx_conn_send(s->conn, "QUIT\r\n", 6) == 0) {
		/* RFC 5321 §4.1.1.10; closed at its reply, EOF or deadline. */
		mx_conn_deadline(s->conn, 2000);
		return;
	}
	sess_close(s);
}

/* Emit a transcript note into a probe's engine: text for the model
 * (JSON), tr its translation for the reader. */
static void
probe_note(struct probe *p, const char *text, const char *tr)
{
	struct mx_event ev;

	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_LINE;
	ev.index = p->index;
	ev.u.line.dir = '*';
	ev.u.line.esc = "";
	ev.u.line.text = text;
	ev.u.line.text_tr = tr;
	mx__engine_emit_now(p->e, &ev);
}

/* A joining target's turn: replay the opening into its own dialogue, so
 * its MAIL FROM goes out on the shared connection. */
static void
sess_replay(struct mx__sess *s, struct probe *p)
{
	struct mx_engine *e = p->e;
	struct mx_event ev;
	char buf[MX_TEXT_MAX], tr[MX_TEXT_MAX];
	int i;

	s->st = SS_BUSY;
	s->cur = p;
	s->cur_joined = 1;
	s->cur_heard = 0;
	s->ntxn++;
	share.joined++;
	p->conn = s->conn;
	p->replaying = 1;
	mx_strlcpy(p->helo, s->helo, sizeof p->helo);
	mx__probe_smtp(p, 1, s->catch_known);
	mx_smtp_start(p->smtp, p->addr, e->opts.port);
	snprintf(buf, sizeof buf, "sharing the session opened for %s: its "
	    "greeting, EHLO and TLS are shown as received then, not asked "
	    "again; this target's envelope follows", s->opener);
	snprintf(tr, sizeof tr, _("sharing the session opened for %s: its "
	    "greeting, EHLO and TLS are shown as received then, not asked "
	    "again; this target's envelope follows"), s->opener);
	probe_note(p, buf, tr);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_SHARED;
	ev.index = p->index;
	ev.u.local = s->opener;
	mx__engine_emit_now(e, &ev);
	memset(&ev, 0, sizeof ev);
	ev.type = MX_EV_PROBE_LOCAL;
	ev.index = p->index;
	ev.u.local = s->local;
	mx__engine_emit_now(e, &ev);
	mx_proto_connected(mx_smtp_proto(p->smtp), MX_CONN_OK);
	for (i = 0; i < s->npre && p->sess == s; i++) {
		if (i == s->npre - 1)
			p->replaying = 0;	/* its envelope goes out */
		if (s->rec[i].tls) {
			mx__dane_chain(e, p->index, mx_conn_ssl(s->conn));
			mx_proto_tls(mx_smtp_proto(p->smtp), &s->tls);
		} else
			mx_proto_line(mx_smtp_proto(p->smtp), s->rec[i].text,
			    s->rec[i].len, s->rec[i].flags);
	}
	p->replaying = 0;
}

/* The timer: serve the next waiting target, or retire an idle session. */
static void
sess_timer_cb(uv_timer_t *t)
{
	struct mx__sess *s = t->data;
	struct probe *p;

	if (s->st != SS_IDLE)
		return;
	if (s->nq == 0) {
		sess_retire(s, 1, 1);
		return;
	}
	p = s->queue[0];
	memmove(s->queue, s->queue + 1, (size_t)--s->nq * sizeof *s->queue);
	sess_replay(s, p);
}

/* Keep one input of the opening dialogue. */
static void
sess_record(struct mx__sess *s, int tls, const char *text, size_t len,
    int flags)
{
	struct rec *r;

	if (s->nrec == s->caprec) {
		s->caprec = s->caprec ? s->caprec * 2 : 16;
		s->rec = realloc(s->rec, (size_t)s->caprec * sizeof *s->rec);
		if (s->rec == NULL)
			abort();
	}
	r = &s->rec[s->nrec++];
	r->tls = tls;
	r->flags = flags;
	r->len = len;
	r->text = mx_xcalloc(1, len + 1);
	memcpy(r->text, text, len);
}

/* Whether a server line ends a 4xx/5xx reply (RFC 5321 §4.2). */
static int
line_error(const char *l, size_t len)
{
	return len >= 3 && (l[0] == '4' || l[0] == '5') &&
	    isdigit((unsigned char)l[1]) && isdigit((unsigned char)l[2]) &&
	    (len == 3 || l[3] == ' ');
}

/* conn: the TCP connect ended (the opener's dialogue). */
static void
sess_connected(struct mx_conn *c, enum mx_conn_err err, void *arg)
{
	struct mx__sess *s = arg;
	struct probe *p = s->cur;

	if (p == NULL)
		return;
	mx_proto_conn_cb.connected(c, err, mx_smtp_proto(p->smtp));
	if (err == MX_CONN_OK && s->conn != NULL) {
		mx_conn_local(c, s->local, sizeof s->local);
		mx_strlcpy(s->helo, p->helo, sizeof s->helo);
	}
}

/* conn: a line: the current target's (recorded while opening). */
static void
sess_line(struct mx_conn *c, const char *line, size_t len, int flags,
    void *arg)
{
	struct mx__sess *s = arg;
	struct probe *p = s->cur;

	if (s->st == SS_CLOSING) {	/* QUIT's reply */
		sess_close(s);
		return;
	}
	if (p == NULL) {		/* nobody asked: out of step */
		sess_retire(s, 0, 1);
		return;
	}
	if (s->st == SS_BUSY)
		s->cur_heard = 1;
	if (line_error(line, len))
		s->errors++;
	if (s->st == SS_OPENING)
		sess_record(s, 0, line, len, flags);
	mx_proto_conn_cb.line(c, line, len, flags, mx_smtp_proto(p->smtp));
	if (s->st == SS_OPENING && s->cur == p && p->smtp != NULL &&
	    mx_smtp_enveloped(p->smtp)) {
		s->npre = s->nrec;	/* the opening is complete */
		s->opened = 1;
		s->st = SS_BUSY;
	}
}

/* conn: the TLS handshake ended (the opener's). */
static void
sess_tls_done(struct mx_conn *c, const struct mx_tls *tls, void *arg)
{
	struct mx__sess *s = arg;

	if (s->cur == NULL)
		return;
	if (s->st == SS_OPENING) {
		s->tls = *tls;
		sess_record(s, 1, "", 0, 0);
	}
	mx_proto_conn_cb.tls_done(c, tls, mx_smtp_proto(s->cur->smtp));
}

/* conn: the step deadline expired. */
static void
sess_timeout(struct mx_conn *c, void *arg)
{
	struct mx__sess *s = arg;

	if (s->st == SS_CLOSING)
		sess_close(s);
	else if (s->cur != NULL)
		mx_proto_conn_cb.timeout(c, mx_smtp_proto(s->cur->smtp));
	else
		sess_retire(s, 0, 1);
}

/* The server closed the session (after its 250 to RSET: an idle limit, a
 * session limit) before a word of a joined target's transaction: that
 * says nothing of the target, so it is checked again on a connection of
 * its own (probe.c's io_finish), as a client's connection cache does
 * when a cached connection turns out closed. */
static void
share_lost(struct probe *p)
{
	p->share_lost = 1;
	probe_note(p, "the server closed the shared session before answering "
	    "this target: checked again on a connection of its own",
	    _("the server closed the shared session before answering this "
	    "target: checked again on a connection of its own"));
}

/* conn: the connection ended. */
static void
sess_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	struct mx__sess *s = arg;

	if (s->st == SS_CLOSING)
		sess_close(s);
	else if (s->cur != NULL) {
		if (s->cur_joined && !s->cur_heard &&
		    (err == MX_CONN_EOF || err == MX_CONN_RESET))
			share_lost(s->cur);
		mx_proto_conn_cb.closed(c, err, why,
		    mx_smtp_proto(s->cur->smtp));
	} else
		sess_retire(s, 0, 1);
}

static const struct mx_conn_cb sess_conn_cb = {
	sess_connected, sess_line, sess_tls_done, sess_timeout, sess_closed
};

/* Queue a probe on a session (served in order). */
static void
sess_enqueue(struct mx__sess *s, struct probe *p)
{
	if (s->nq == s->capq) {
		s->capq = s->capq ? s->capq * 2 : 8;
		s->queue = realloc(s->queue, (size_t)s->capq *
		    sizeof *s->queue);
		if (s->queue == NULL)
			abort();
	}
	s->queue[s->nq++] = p;
	p->sess = s;
	p->sess_end = mx__share_end;
	p->sess_detach = mx__share_detach;
	p->conn = NULL;
	p->state = PROBE_RUNNING;
	p->decided = 0;
	if (s->st == SS_IDLE)
		uv_timer_start(&s->timer, sess_timer_cb, 0, 0);
}

/* Open a session with p as its first target. */
static void
sess_open(struct probe *p, const char *domain)
{
	struct mx_engine *e = p->e;
	struct mx__sess *s = mx_xcalloc(1, sizeof *s), **pp;

	mx_strlcpy(s->domain, domain, sizeof s->domain);
	mx_strlcpy(s->addr, p->addr, sizeof s->addr);
	mx_strlcpy(s->opener, e->rcpt, sizeof s->opener);
	s->port = e->opts.port;
	s->use_tls = p->use_tls;
	s->host_slot = 1;	/* taken by the caller */
	uv_timer_init(e->loop, &s->timer);
	s->timer.data = s;
	pp = sess_slot(domain);
	s->next = *pp;
	*pp = s;
	share.opened++;
	s->st = SS_OPENING;
	s->cur = p;
	s->ntxn = 1;
	s->conn = mx_conn_new(e->loop, &sess_conn_cb, s);
	p->sess = s;
	p->sess_end = mx__share_end;
	p->sess_detach = mx__share_detach;
	mx__probe_start(p, s->conn, 1, 0);
}

/*
 * The scheduler's way to a probe's connection when sharing is on: 1 when
 * p joined or opened a session (it runs), 0 when p goes its own way, -1
 * when it must wait for a connection slot (its engine is kicked later).
 */
int
mx__share_launch(struct probe *p)
{
	struct mx_engine *e = p->e;
	const char *domain = rcpt_domain(e);
	struct mx__sess *s, *best = NULL;

	if (!share.on || p->no_share || e->rcpt[0] == '\0' ||
	    e->opts.source != NULL)
		return 0;
	for (s = *sess_slot(domain); s != NULL; s = s->next)
		if (s->port == e->opts.port && s->use_tls == p->use_tls &&
		    strcmp(s->addr, p->addr) == 0 &&
		    strcasecmp(s->domain, domain) == 0 &&
		    (best == NULL || s->nq < best->nq))
			best = s;
	if (best == NULL && interest(domain) < 2)
		return 0;	/* the only target of its domain: QUIT as usual */
	if (best != NULL && best->nq < SHARE_QUEUE) {
		sess_enqueue(best, p);
		return 1;
	}
	if (mx__hostlimit_take(e, p->addr)) {
		sess_open(p, domain);
		return 1;
	}
	if (best != NULL) {	/* no slot for another: wait in line */
		sess_enqueue(best, p);
		return 1;
	}
	return -1;
}

/*
 * A target's dialogue on the session ended (probe.c's io_finish).  After
 * a 250 to RSET the session serves the next target; else it is retired.
 * A TLS failure of the opener hands it the session's slot for its
 * plaintext retry.
 */
void
mx__share_end(struct probe *p, enum mx_outcome out)
{
	struct mx__sess *s = p->sess;
	int keep;

	if (s == NULL)
		return;
	keep = p->smtp != NULL && mx_smtp_rset_ok(p->smtp) &&
	    s->st != SS_CLOSING;
	if (s->catch_known == 0 && p->smtp != NULL)
		s->catch_known = mx_smtp_catch_seen(p->smtp);
	p->sess = NULL;
	p->conn = NULL;
	s->cur = NULL;
	if (out == MX_OUT_TLS && s->host_slot && !p->host_slot) {
		s->host_slot = 0;	/* the plaintext retry keeps it */
		p->host_slot = 1;
	}
	if (!keep || s->ntxn >= SHARE_MAX_TXN ||
	    s->errors >= SHARE_MAX_ERRORS) {
		sess_retire(s, keep, s->opened);
		return;
	}
	if (s->nq == 0 && interest(s->domain) < 2) {
		sess_retire(s, 1, 1);	/* nobody else of its domain left */
		return;
	}
	s->st = SS_IDLE;
	uv_timer_start(&s->timer, sess_timer_cb, s->nq > 0 ? 0 :
	    SHARE_IDLE_MS, 0);
}

/* A probe stops (its engine stops or closes): leave the queue, or, when
 * its transaction is on the wire, retire the session (out of step). */
void
mx__share_detach(struct probe *p)
{
	struct mx__sess *s = p->sess;
	int i;

	if (s == NULL)
		return;
	p->sess = NULL;
	if (s->cur == p) {
		s->cur = NULL;
		p->conn = NULL;
		sess_retire(s, 0, s->opened);
		return;
	}
	for (i = 0; i < s->nq; i++)
		if (s->queue[i] == p) {
			memmove(s->queue + i, s->queue + i + 1,
			    (size_t)(s->nq - i - 1) * sizeof *s->queue);
			s->nq--;
			break;
		}
}
