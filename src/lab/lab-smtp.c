/*
 * lab-smtp: the lab's scripted SMTP servers (RFC 5321 server side).  Each
 * scenario server listens on its own 127.A.B.N, all on one shared port,
 * and plays its script: banner (§4.2, multi-line allowed), EHLO keywords
 * (§4.1.1.1) or a refused EHLO, replies to MAIL (with the SIZE check of
 * RFC 1870 §6: 552 5.3.4), RCPT, DATA and BDAT (RFC 3030) with the size
 * checked again after the message (`sizelimit`) and every message
 * recorded (mx_lab_smtp_record), RSET, NOOP, QUIT (§4.1.1), STARTTLS
 * (RFC 3207) with a certificate from lab-ca.c, a delay before every reply,
 * and misbehaviour (silence, hang-up, endless or overlong or bare-LF
 * replies, injected bytes after the STARTTLS reply, a handshake met with
 * silence, garbage, a plaintext line or cut short, bytes dribbled one at a
 * time, slow multi-line banners, early closes).  Connections use
 * src/core/conn.c on the server side; its shaper hook lets the lab split,
 * delay or cut what it writes, TLS records included.
 */
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include "conn.h"
#include "lab-auth.h"
#include "lab-int.h"

#define SMTP_BIND_TRIES		20
#define SMTP_RESERVE_SLOT	254	/* holds the port; never listens */
#define ENDLESS_BATCH		100	/* continuation lines per tick */
#define ENDLESS_MAX		20000	/* then fall silent */
#define LONGLINE_LEN		8000
#define CLOSE_LINGER_MS		20

/* What to do once a reply is on its way. */
enum after {
	AFTER_NONE, AFTER_CLOSE, AFTER_TLS, AFTER_DATA, AFTER_ENDLESS
};

struct lab_smtp;

/* One listening server. */
struct srv {
	uv_tcp_t		*listen;
	const struct lab_server	*cfg;
	SSL_CTX			*ctx;
	long long		 size;		/* advertised SIZE, 0 = none */
	struct lab_smtp		*s;
	uint64_t		 grey_since;	/* first RCPT (ms), 0 none */
};

/* A buffer of reply bytes being built. */
struct out {
	char	*p;
	size_t	 len;
};

/* A queued client line. */
struct qline {
	char		*text;
	int		 flags;		/* MX_LINE_*: how it ended */
	struct qline	*next;
};

/* One client connection and where it is in its dialogue. */
struct session {
	struct lab_smtp		*s;
	struct srv		*srv;
	struct mx_conn		*conn;
	uv_timer_t		 timer;
	uv_timer_t		 shape_timer;	/* dribble / linedelay */
	int			 handles;	/* timers still open */
	struct out		*shaped;	/* bytes waiting to go out */
	size_t			 shaped_off;
	int			 tls_started;	/* bytes are TLS from here */
	size_t			 tls_sent;	/* for tlscut */
	int			 banner_out;	/* banner still trickling */
	int			 greeting;	/* the next delivery greets */
	int			 early;		/* client talked during it */
	int			 tlsjunk;	/* timer: answer the ClientHello */
	int			 last_ev;	/* event of the reply built */
	struct qline		*head, **tail;
	char			*reply;		/* waiting for the delay */
	size_t			 replylen;
	struct out		*held;		/* outofstep: MAIL/RCPT replies */
	struct out		*msg;		/* the message as on the wire */
	long long		 msgsize;	/* its size, unstuffed */
	long long		 bdat_left;	/* BDAT: chunk bytes to come */
	int			 bdat_last;	/* ... of the LAST chunk */
	struct lab_auth		 auth;		/* AUTH exchange (lab-auth.c) */
	enum after		 after;
	int			 greeted, busy, data, tls, closing, endless;
	int			 refused;	/* tarpit: RCPTs refused */
	struct session		*next;
};

struct lab_smtp {
	uv_loop_t			*loop;
	const struct lab_scenario	*sc;
	struct lab_base			 base;
	struct lab_ref			*ref;
	int				 port;
	uv_tcp_t			*reserve;
	int				 nsrv;
	struct srv			 srv[LAB_MAX_SERVERS];
	struct session			*sessions;
	int				 nsessions, peak, total;
	int				 closing;
	int				 bh_port;	/* blackhole */
	int				 bh_fds[LAB_MAX_SERVERS * 2];
	int				 nbh;
	char				*record;	/* messages go here */
};

static void	session_kick(struct session *);
static void	session_close(struct session *);
static void	session_timer_cb(uv_timer_t *);
static void	shape_tick(uv_timer_t *);

/* Append n bytes. */
static void
out_add(struct out *o, const char *b, size_t n)
{
	o->p = mx_xrealloc(o->p, o->len + n + 1);
	memcpy(o->p + o->len, b, n);
	o->len += n;
	o->p[o->len] = '\0';
}

/* Append one line with the server's line end. */
static void
out_line(struct session *ss, struct out *o, const char *b, size_t n)
{
	out_add(o, b, n);
	if (ss->srv->cfg->behave & LAB_B_BARELF)
		out_add(o, "\n", 1);
	else
		out_add(o, "\r\n", 2);
}

/* Append a formatted line. */
static void __attribute__((format(printf, 3, 4)))
out_fmt(struct session *ss, struct out *o, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = mx_xvasprintf(fmt, ap);
	va_end(ap);
	out_line(ss, o, s, strlen(s));
	free(s);
}

/* `nouser PREFIX`: whether a RCPT TO:<...> names an address that begins
 * with one of the server's unknown prefixes. */
static int
unknown_rcpt(const struct lab_server *cfg, const char *line)
{
	const char *lt = strchr(line, '<');
	int i;

	for (i = 0; lt != NULL && i < cfg->nunknown; i++)
		if (strncasecmp(lt + 1, cfg->unknown[i],
		    strlen(cfg->unknown[i])) == 0)
			return 1;
	return 0;
}

/* Whether a RCPT TO:<...> names postmaster@ some domain (RFC 5321
 * §4.1.1.3: the local part in any case). */
static int
postmaster_rcpt(const char *line)
{
	const char *lt = strchr(line, '<');

	return lt != NULL && strncasecmp(lt + 1, "postmaster@", 11) == 0;
}

/* `greylist MS`: whether a RCPT now is still within the greylisting
 * period that began at the server's first RCPT (the postgrey model). */
static int
greylisted(struct session *ss)
{
	struct srv *sv = ss->srv;
	uint64_t now = uv_now(ss->s->loop);

	if (sv->cfg->greylist_ms <= 0)
		return 0;
	if (sv->grey_since == 0)
		sv->grey_since = now;
	return now < sv->grey_since + (uint64_t)sv->cfg->greylist_ms;
}

/* Append the scripted reply for ev; 0 if the script has none. */
static int
out_script(struct session *ss, struct out *o, enum lab_ev ev)
{
	const struct lab_reply *r = &ss->srv->cfg->reply[ev];
	int i;

	ss->last_ev = (int)ev;
	const char *at;
	char *line;

	for (i = 0; i < r->n; i++) {
		/* {client}: the client's address, as servers say it. */
		at = strstr(r->line[i], "{client}");
		if (at == NULL) {
			out_line(ss, o, r->line[i], r->len[i]);
			continue;
		}
		line = mx_xasprintf("%.*s%s%.*s", (int)(at - r->line[i]),
		    r->line[i], mx_conn_peer(ss->conn), (int)(r->len[i] -
		    (size_t)(at - r->line[i]) - 8), at + 8);
		out_line(ss, o, line, strlen(line));
		free(line);
	}
	return r->n;
}

/* The EHLO keywords this server advertises (RFC 5321 §4.1.1.1). */
static void
out_ehlo(struct session *ss, struct out *o)
{
	static const char *defcaps[] = { "PIPELINING", "SIZE 10240000",
	    "8BITMIME", "SMTPUTF8", "ENHANCEDSTATUSCODES" };
	const struct lab_server *cfg = ss->srv->cfg;
	const char *caps[20];
	char *authcap = NULL;
	int n = 0, i;

	if (ss->tls && cfg->ntlscaps >= 0)
		for (i = 0; i < cfg->ntlscaps; i++)
			caps[n++] = cfg->tlscaps[i];
	else if (cfg->ncaps < 0)
		for (i = 0; i < 5; i++)
			caps[n++] = defcaps[i];
	else
		for (i = 0; i < cfg->ncaps; i++)
			caps[n++] = cfg->caps[i];
	if (cfg->tls != LAB_TLS_NONE && !ss->tls)
		caps[n++] = "STARTTLS";
	if (cfg->auth_user != NULL)	/* RFC 4954 §3 */
		caps[n++] = authcap = mx_xasprintf("AUTH %s", cfg->auth_mechs);
	out_fmt(ss, o, "250%c%s greets you", n > 0 ? '-' : ' ', cfg->name);
	for (i = 0; i < n; i++)
		out_fmt(ss, o, "250%c%s", i + 1 < n ? '-' : ' ', caps[i]);
	free(authcap);
}

/* The SIZE= parameter of a MAIL command (RFC 1870 §6), or -1. */
static long long
mail_size(const char *line)
{
	const char *p;

	for (p = line; (p = strchr(p, ' ')) != NULL; p++)
		if (strncasecmp(p + 1, "SIZE=", 5) == 0)
			return strtoll(p + 6, NULL, 10);
	return -1;
}

/* Keep one line of the message as it came (its own line end). */
static void
msg_add(struct session *ss, const char *line, int flags)
{
	if (ss->msg == NULL)
		ss->msg = mx_xcalloc(1, sizeof *ss->msg);
	out_add(ss->msg, line, strlen(line));
	if (flags & MX_LINE_BARE_LF)
		out_add(ss->msg, "\n", 1);
	else if (!(flags & MX_LINE_PARTIAL))
		out_add(ss->msg, "\r\n", 2);
}

/* The whole message is in: record it, then the reply to it (the
 * `sizelimit` first: 552 5.3.4 as Postfix's cleanup says it). */
static void
msg_end(struct session *ss, struct out *o)
{
	FILE *fp;

	if (ss->s->record != NULL && ss->msg != NULL &&
	    (fp = fopen(ss->s->record, "ab")) != NULL) {
		fwrite(ss->msg->p, 1, ss->msg->len, fp);
		fclose(fp);
	}
	if (ss->msg != NULL)
		free(ss->msg->p);
	free(ss->msg);
	ss->msg = NULL;
	if (ss->srv->size > 0 && ss->msgsize > ss->srv->size)
		out_fmt(ss, o, "552 5.3.4 Error: message file too big");
	else if (!out_script(ss, o, LAB_EV_DATAEND))
		out_fmt(ss, o, "250 2.0.0 Ok: queued as LAB%lld",
		    ss->msgsize);
	ss->msgsize = 0;
}

/* A line of a message: after DATA up to "." (RFC 5321 §4.1.1.4, a
 * leading dot removed, §4.5.2), or of a BDAT chunk (RFC 3030 §2). */
static void
msg_line(struct session *ss, const char *line, int flags, struct out *o)
{
	long long n = (long long)strlen(line) + ((flags & MX_LINE_BARE_LF) ?
	    1 : (flags & MX_LINE_PARTIAL) ? 0 : 2);

	msg_add(ss, line, flags);
	if (ss->data) {
		if (strcmp(line, ".") == 0) {
			ss->data = 0;
			msg_end(ss, o);
		} else
			ss->msgsize += n - (line[0] == '.');
		return;
	}
	ss->msgsize += n;
	if ((ss->bdat_left -= n) > 0)
		return;
	ss->bdat_left = 0;
	if (ss->bdat_last)
		msg_end(ss, o);
	else
		out_fmt(ss, o, "250 2.0.0 %lld octets received",
		    ss->msgsize);
}

/* Build the reply to one client line; returns what to do after it. */
static enum after
respond_line(struct session *ss, const char *line, int flags, struct out *o)
{
	const struct lab_server *cfg = ss->srv->cfg;
	char verb[16];
	size_t n = strcspn(line, " ");
	long long sz;

	if (ss->data || ss->bdat_left > 0) {
		msg_line(ss, line, flags, o);
		return AFTER_NONE;
	}
	mx_strlcpy(verb, line, n + 1 < sizeof verb ? n + 1 : sizeof verb);
	if (cfg->auth_user != NULL && (ss->auth.mech != 0 ||
	    strcasecmp(verb, "AUTH") == 0)) {
		char *r = mx_lab_auth_line(cfg, &ss->auth, line, ss->tls);
		out_fmt(ss, o, "%s", r);
		free(r);
		return AFTER_NONE;
	}
	if (strcasecmp(verb, "EHLO") == 0) {
		if (!out_script(ss, o, LAB_EV_EHLO))
			out_ehlo(ss, o);
	} else if (strcasecmp(verb, "HELO") == 0) {
		if (!out_script(ss, o, LAB_EV_HELO))
			out_fmt(ss, o, "250 %s", cfg->name);
	} else if (strcasecmp(verb, "STARTTLS") == 0) {
		if (cfg->tls == LAB_TLS_NONE || ss->tls)
			out_fmt(ss, o, "502 5.5.1 STARTTLS not available");
		else {
			if (!out_script(ss, o, LAB_EV_STARTTLS))
				out_fmt(ss, o, "220 2.0.0 Ready to start TLS");
			return o->p[0] == '2' ? AFTER_TLS : AFTER_NONE;
		}
	} else if (strcasecmp(verb, "MAIL") == 0) {
		sz = mail_size(line);
		if (ss->srv->size > 0 && sz > ss->srv->size)
			out_fmt(ss, o, "552 5.3.4 Message size exceeds fixed "
			    "maximum message size");
		else if (!out_script(ss, o, LAB_EV_MAIL))
			out_fmt(ss, o, "250 2.1.0 Ok");
	} else if (strcasecmp(verb, "RCPT") == 0) {
		if (greylisted(ss))
			out_fmt(ss, o, "450 4.7.1 Recipient address rejected: "
			    "Greylisted, see http://postgrey.example.test/");
		else if (unknown_rcpt(cfg, line))
			out_fmt(ss, o, "550 5.1.1 Recipient address rejected: "
			    "User unknown in local recipient table");
		else if (postmaster_rcpt(line)) {
			/* RFC 5321 §4.5.1, unless `postmaster` says other. */
			if (!out_script(ss, o, LAB_EV_POSTMASTER))
				out_fmt(ss, o, "250 2.1.5 Ok");
		} else if (!out_script(ss, o, LAB_EV_RCPT))
			out_fmt(ss, o, "250 2.1.5 Ok");
	} else if (strcasecmp(verb, "RSET") == 0) {
		if (!out_script(ss, o, LAB_EV_RSET))
			out_fmt(ss, o, "250 2.0.0 Ok");
	} else if (strcasecmp(verb, "NOOP") == 0) {
		if (!out_script(ss, o, LAB_EV_NOOP))
			out_fmt(ss, o, "250 2.0.0 Ok");
	} else if (strcasecmp(verb, "DATA") == 0) {
		if (!out_script(ss, o, LAB_EV_DATA))
			out_fmt(ss, o, "354 End data with <CR><LF>.<CR><LF>");
		return o->p[0] == '3' ? AFTER_DATA : AFTER_NONE;
	} else if (strcasecmp(verb, "BDAT") == 0) {
		/* RFC 3030 §2: BDAT SIZE [LAST], the chunk follows. */
		ss->bdat_left = strtoll(line + n, NULL, 10);
		ss->bdat_last = strcasestr(line + n, "LAST") != NULL;
		if (ss->bdat_left <= 0) {
			ss->bdat_left = 0;
			if (ss->bdat_last)
				msg_end(ss, o);
			else
				out_fmt(ss, o, "501 5.5.4 BDAT needs a size");
		}
	} else if (strcasecmp(verb, "QUIT") == 0) {
		if (!out_script(ss, o, LAB_EV_QUIT))
			out_fmt(ss, o, "221 2.0.0 Bye");
		return AFTER_CLOSE;
	} else if (!out_script(ss, o, LAB_EV_UNKNOWN))
		out_fmt(ss, o, "502 5.5.2 Error: command not recognized");
	/* §3.8: a 421 reply is followed by closing the channel. */
	return o->p != NULL && strncmp(o->p, "421", 3) == 0 ? AFTER_CLOSE :
	    AFTER_NONE;
}

/* The reply to one line, then `closeafter` (close once that event is
 * answered); an out-of-step server holds MAIL's and RCPT's replies back
 * and sends them after QUIT's (breaking RFC 2920 §3.1). */
static enum after
respond(struct session *ss, const char *line, int flags, struct out *o)
{
	enum after after;

	ss->last_ev = -1;
	if ((ss->srv->cfg->behave & LAB_B_EXTRAREPLY) && !ss->data &&
	    ss->bdat_left == 0 && strncasecmp(line, "MAIL", 4) == 0) {
		/* MAIL answered twice: every later reply is one off. */
		after = respond_line(ss, line, flags, o);
		return respond_line(ss, line, flags, o);
	}
	after = respond_line(ss, line, flags, o);
	if (ss->srv->cfg->closeafter >= 0 &&
	    ss->last_ev == ss->srv->cfg->closeafter)
		return AFTER_CLOSE;
	if (!(ss->srv->cfg->behave & LAB_B_OUTOFSTEP) || ss->data ||
	    ss->bdat_left > 0)
		return after;
	if (strncasecmp(line, "MAIL", 4) == 0 ||
	    strncasecmp(line, "RCPT", 4) == 0) {
		if (ss->held == NULL)
			ss->held = mx_xcalloc(1, sizeof *ss->held);
		out_add(ss->held, o->p, o->len);
		free(o->p);
		o->p = NULL;
		o->len = 0;
	} else if (strncasecmp(line, "QUIT", 4) == 0 && ss->held != NULL) {
		out_add(o, ss->held->p, ss->held->len);
		free(ss->held->p);
		free(ss->held);
		ss->held = NULL;
	}
	return after;
}

/* The greeting (§4.2), honouring the long-line and endless modes. */
static enum after
greet(struct session *ss, struct out *o)
{
	const struct lab_server *cfg = ss->srv->cfg;
	char *longl;

	if (cfg->behave & LAB_B_ENDLESS) {
		out_fmt(ss, o, "220-%s here comes an endless greeting",
		    cfg->name);
		return AFTER_ENDLESS;
	}
	if (cfg->behave & LAB_B_LONGLINE) {
		longl = mx_xmalloc(LONGLINE_LEN + 1);
		memset(longl, 'x', LONGLINE_LEN);
		memcpy(longl, "220 ", 4);
		out_line(ss, o, longl, LONGLINE_LEN);
		free(longl);
		return AFTER_NONE;
	}
	if (!out_script(ss, o, LAB_EV_BANNER))
		out_fmt(ss, o, "220 %s ESMTP mxscope-lab", cfg->name);
	if (cfg->closeafter == LAB_EV_BANNER)
		return AFTER_CLOSE;
	return strncmp(o->p, "421", 3) == 0 ? AFTER_CLOSE : AFTER_NONE;
}

/* Send a reply and carry out what follows it. */
static void
deliver(struct session *ss, const char *bytes, size_t len, enum after after)
{
	struct qline *q;

	if (len > 0)
		mx_conn_send(ss->conn, bytes, len);	/* one write */
	if (ss->greeting && ss->shaped != NULL &&
	    ss->srv->cfg->linedelay_ms >= 0) {
		/* postscreen: no command until the banner's last line */
		ss->banner_out = 1;
		ss->busy = 1;
	}
	ss->greeting = 0;
	switch (after) {
	case AFTER_NONE:
		break;
	case AFTER_DATA:
		ss->data = 1;
		break;
	case AFTER_CLOSE:
		ss->closing = 1;
		/* Let the reply cross the simulated network first. */
		uv_timer_start(&ss->timer, session_timer_cb, CLOSE_LINGER_MS +
		    (uint64_t)ss->srv->cfg->latency_ms, 0);
		break;
	case AFTER_ENDLESS:
		ss->endless = 1;
		ss->busy = 1;
		uv_timer_start(&ss->timer, session_timer_cb, 10, 10);
		break;
	case AFTER_TLS:
		/* RFC 3207 §4.2: discard commands pipelined before TLS. */
		while ((q = ss->head) != NULL) {
			ss->head = q->next;
			free(q->text);
			free(q);
		}
		ss->tail = &ss->head;
		ss->busy = 1;	/* until the handshake ends */
		ss->tls_started = 1;
		if (ss->srv->cfg->behave & LAB_B_TLSSILENT)
			break;	/* the client's handshake meets silence */
		if (ss->srv->cfg->behave & (LAB_B_TLSGARBAGE | LAB_B_TLSPLAIN)) {
			/* answer once the ClientHello is on its way */
			ss->tlsjunk = 1;
			uv_timer_start(&ss->timer, session_timer_cb, 100, 0);
			break;
		}
		if (mx_conn_tls_accept(ss->conn, ss->srv->ctx) != MX_CONN_OK) {
			ss->closing = 1;
			uv_timer_start(&ss->timer, session_timer_cb, 0, 0);
		}
		break;
	}
}

/* The shaped bytes are all out: end a trickled banner (postscreen). */
static void
shape_drained(struct session *ss)
{
	static const char early[] = "554 5.5.1 Protocol error: talked before "
	    "the end of the greeting\r\n";

	if (!ss->banner_out)
		return;
	ss->banner_out = 0;
	ss->busy = 0;
	if (ss->early) {
		mx_conn_write_raw(ss->conn, early, sizeof early - 1);
		ss->closing = 1;
		uv_timer_start(&ss->timer, session_timer_cb, CLOSE_LINGER_MS, 0);
		return;
	}
	session_kick(ss);
}

/* Whether bytes written now are dribbled one by one. */
static int
shape_dribbles(const struct session *ss)
{
	const struct lab_server *cfg = ss->srv->cfg;

	return cfg->dribble_ms >= 0 && (!cfg->dribble_tls || ss->tls_started);
}

/* Send the next byte (dribble) or line (linedelay) of the shaped bytes. */
static void
shape_tick(uv_timer_t *t)
{
	struct session *ss = t->data;
	const struct lab_server *cfg = ss->srv->cfg;
	struct out *o = ss->shaped;
	size_t n, left;
	const char *nl;
	int dribble = shape_dribbles(ss);

	if (ss->conn == NULL || o == NULL)
		return;
	left = o->len - ss->shaped_off;
	n = 1;
	if (!dribble) {
		nl = memchr(o->p + ss->shaped_off, '\n', left);
		n = nl != NULL ? (size_t)(nl - (o->p + ss->shaped_off)) + 1 :
		    left;
	}
	mx_conn_write_raw(ss->conn, o->p + ss->shaped_off, n);
	ss->shaped_off += n;
	if (ss->shaped_off < o->len) {
		uv_timer_start(&ss->shape_timer, shape_tick, (uint64_t)(dribble ?
		    cfg->dribble_ms : cfg->linedelay_ms), 0);
		return;
	}
	free(o->p);
	free(o);
	ss->shaped = NULL;
	ss->shaped_off = 0;
	shape_drained(ss);
}

/*
 * conn's shaper: what the session writes (TLS records included) goes out
 * cut after `tlscut` TLS bytes, one byte at a time (`dribble`), or, for
 * the banner, one line at a time (`linedelay`), in order.
 */
static void
session_shape(struct mx_conn *c, const char *b, size_t n, void *arg)
{
	struct session *ss = arg;
	const struct lab_server *cfg = ss->srv->cfg;
	size_t i, room;

	if (ss->tls_started && cfg->tlscut > 0) {
		room = ss->tls_sent < (size_t)cfg->tlscut ?
		    (size_t)cfg->tlscut - ss->tls_sent : 0;
		if (n > room)
			n = room;
		ss->tls_sent += n;
		if (n > 0)
			mx_conn_write_raw(c, b, n);
		return;
	}
	if (ss->shaped == NULL && shape_dribbles(ss) && cfg->dribble_ms == 0) {
		for (i = 0; i < n; i++)		/* 1-byte writes, at once */
			mx_conn_write_raw(c, b + i, 1);
		return;
	}
	if (ss->shaped == NULL && !shape_dribbles(ss) &&
	    (cfg->linedelay_ms < 0 || !ss->greeting)) {
		mx_conn_write_raw(c, b, n);
		return;
	}
	if (ss->shaped == NULL) {
		ss->shaped = mx_xcalloc(1, sizeof *ss->shaped);
		ss->shaped_off = 0;
		uv_timer_start(&ss->shape_timer, shape_tick, 0, 0);
	}
	out_add(ss->shaped, b, n);
}

/* Send the next batch of an endless greeting (§4.2.1 continuation lines). */
static void
endless_tick(struct session *ss)
{
	struct out o = { NULL, 0 };
	int i;

	if (ss->endless > ENDLESS_MAX) {
		uv_timer_stop(&ss->timer);	/* fall silent */
		return;
	}
	for (i = 0; i < ENDLESS_BATCH; i++)
		out_fmt(ss, &o, "220-continuation line %d of a greeting that "
		    "never ends", ss->endless++);
	mx_conn_send(ss->conn, o.p, o.len);
	free(o.p);
}

/* The session timer: a delayed reply is due, an endless tick, or close. */
static void
session_timer_cb(uv_timer_t *t)
{
	struct session *ss = t->data;
	char *reply;

	if (ss->closing) {
		session_close(ss);
		return;
	}
	if (ss->tlsjunk) {
		static const char garbage[] = "\x16\x03\x03\xff\xffNOT TLS "
		    "\x00\x9b\x1b[2J garbage where a ServerHello belongs";
		static const char plain[] = "220 plaintext where a ServerHello "
		    "belongs\r\n";

		ss->tlsjunk = 0;
		if (ss->srv->cfg->behave & LAB_B_TLSGARBAGE)
			mx_conn_write_raw(ss->conn, garbage, sizeof garbage - 1);
		else
			mx_conn_write_raw(ss->conn, plain, sizeof plain - 1);
		return;
	}
	if (ss->endless) {
		endless_tick(ss);
		return;
	}
	if (ss->reply == NULL)
		return;
	reply = ss->reply;
	ss->reply = NULL;
	ss->busy = 0;
	deliver(ss, reply, ss->replylen, ss->after);
	free(reply);
	session_kick(ss);
}

/* `tarpit MS`: how much longer a RCPT's reply waits: MS times the
 * number of RCPTs refused so far in the session, this one included (a
 * tarpit that grows with each bad recipient, as Courier-MTA's stock
 * TARPIT=1 holds its refusals back); 0 for an accepted one. */
static int
tarpit_ms(struct session *ss, const struct out *o)
{
	if (ss->srv->cfg->tarpit_ms <= 0 || o->len == 0 ||
	    (o->p[0] != '4' && o->p[0] != '5'))
		return 0;
	return ss->srv->cfg->tarpit_ms * ++ss->refused;
}

/* Answer queued lines in order, each after the scripted delay. */
static void
session_kick(struct session *ss)
{
	struct out o;
	struct qline *q;
	enum after after;
	int delay, rcpt, pm;

	while (!ss->busy && !ss->closing) {
		o.p = NULL;
		o.len = 0;
		rcpt = pm = 0;
		if (!ss->greeted) {
			ss->greeted = 1;
			ss->greeting = 1;
			after = greet(ss, &o);
		} else if ((q = ss->head) != NULL) {
			if ((ss->head = q->next) == NULL)
				ss->tail = &ss->head;
			rcpt = !ss->data && strncasecmp(q->text, "RCPT", 4) == 0;
			pm = rcpt && postmaster_rcpt(q->text);
			after = respond(ss, q->text, q->flags, &o);
			free(q->text);
			free(q);
		} else
			return;
		if (o.len == 0) {	/* a DATA line: no reply */
			free(o.p);
			continue;
		}
		delay = ss->srv->cfg->delay_ms + (rcpt ? tarpit_ms(ss, &o) : 0) +
		    (pm ? ss->srv->cfg->pmdelay_ms : 0);	/* `pmdelay` */
		if (delay > 0) {
			ss->busy = 1;
			ss->reply = o.p;
			ss->replylen = o.len;
			ss->after = after;
			uv_timer_start(&ss->timer, session_timer_cb,
			    (uint64_t)delay, 0);
			return;
		}
		deliver(ss, o.p, o.len, after);
		free(o.p);
	}
}

/* A line from the client: queue it (clients may pipeline, RFC 2920). */
static void
session_line(struct mx_conn *c, const char *line, size_t len, int flags,
    void *arg)
{
	struct session *ss = arg;
	struct qline *q;

	if (ss->closing)
		return;
	if (ss->banner_out)
		ss->early = 1;	/* talked before the greeting ended */
	q = mx_xcalloc(1, sizeof *q);
	q->text = mx_xmalloc(len + 1);
	memcpy(q->text, line, len);
	q->text[len] = '\0';
	q->flags = flags;
	*ss->tail = q;
	ss->tail = &q->next;
	session_kick(ss);
}

/* The server-side handshake ended. */
static void
session_tls_done(struct mx_conn *c, const struct mx_tls *tls, void *arg)
{
	struct session *ss = arg;

	if (!tls->ok) {
		ss->closing = 1;
		uv_timer_start(&ss->timer, session_timer_cb, 0, 0);
		return;
	}
	/* RFC 3207 §4.2: the dialogue starts again, without a greeting. */
	ss->tls = 1;
	ss->busy = 0;
	ss->data = 0;
	session_kick(ss);
}

/* The client went away or the connection broke. */
static void
session_closed(struct mx_conn *c, enum mx_conn_err err, const char *why,
    void *arg)
{
	session_close(arg);
}

static const struct mx_conn_cb session_cb = {
	NULL, session_line, session_tls_done, NULL, session_closed
};

/* One of the session's timers closed: free what is left after both. */
static void
session_free_cb(uv_handle_t *h)
{
	struct session *ss = h->data;
	struct lab_ref *ref = ss->s->ref;
	struct qline *q;

	if (--ss->handles > 0)
		return;
	if (ss->shaped != NULL)
		free(ss->shaped->p);
	free(ss->shaped);

	while ((q = ss->head) != NULL) {
		ss->head = q->next;
		free(q->text);
		free(q);
	}
	free(ss->reply);
	if (ss->held != NULL)
		free(ss->held->p);
	free(ss->held);
	if (ss->msg != NULL)
		free(ss->msg->p);
	free(ss->msg);
	free(ss);
	mx_lab_ref_put(ref);
}

/* End a session (once). */
static void
session_close(struct session *ss)
{
	struct session **sp;

	if (ss->conn == NULL)
		return;
	for (sp = &ss->s->sessions; *sp != NULL; sp = &(*sp)->next)
		if (*sp == ss) {
			*sp = ss->next;
			ss->s->nsessions--;
			break;
		}
	mx_conn_close(ss->conn);
	ss->conn = NULL;
	ss->closing = 1;
	uv_timer_stop(&ss->timer);
	uv_timer_stop(&ss->shape_timer);
	uv_close((uv_handle_t *)&ss->timer, session_free_cb);
	uv_close((uv_handle_t *)&ss->shape_timer, session_free_cb);
}

/* A client connected to one of the servers. */
static void
srv_conn_cb(uv_stream_t *server, int status)
{
	struct srv *sv = server->data;
	struct lab_smtp *s = sv->s;
	struct session *ss;

	if (status < 0 || s->closing)
		return;
	ss = mx_xcalloc(1, sizeof *ss);
	ss->s = s;
	ss->srv = sv;
	ss->tail = &ss->head;
	uv_timer_init(s->loop, &ss->timer);
	uv_timer_init(s->loop, &ss->shape_timer);
	ss->timer.data = ss->shape_timer.data = ss;
	ss->handles = 2;
	mx_lab_ref_get(s->ref);
	ss->conn = mx_conn_new(s->loop, &session_cb, ss);
	if (sv->cfg->dribble_ms >= 0 || sv->cfg->linedelay_ms >= 0 ||
	    sv->cfg->tlscut > 0)
		mx_conn_set_shaper(ss->conn, session_shape, ss);
	mx_conn_set_latency(ss->conn, sv->cfg->latency_ms);
	ss->next = s->sessions;
	s->sessions = ss;
	s->total++;
	if (++s->nsessions > s->peak)
		s->peak = s->nsessions;
	if (mx_conn_accept(ss->conn, server) != 0 ||
	    (sv->cfg->behave & LAB_B_HANGUP)) {
		session_close(ss);
		return;
	}
	if (sv->cfg->behave & LAB_B_SILENT)
		return;	/* reads, never greets */
	if (sv->cfg->implicit && sv->ctx != NULL) {
		/* RFC 8314 §3.3: TLS first; the greeting follows it. */
		ss->busy = 1;
		ss->tls_started = 1;
		if (mx_conn_tls_accept(ss->conn, sv->ctx) != MX_CONN_OK)
			session_close(ss);
		return;
	}
	session_kick(ss);
}

/* A listening handle closed: free it. */
static void
listen_close_cb(uv_handle_t *h)
{
	struct lab_ref *ref = ((struct lab_smtp *)h->data)->ref;

	free(h);
	mx_lab_ref_put(ref);
}

/* Open a TCP handle bound to 127.a.b.slot:port. */
static int
bind_slot(struct lab_smtp *s, uv_tcp_t **hp, int slot, int port)
{
	struct sockaddr_in sin;
	char addr[32];
	uv_tcp_t *h = mx_xmalloc(sizeof *h);
	int r;

	uv_tcp_init(s->loop, h);
	h->data = s;
	mx_lab_ref_get(s->ref);
	*hp = h;
	snprintf(addr, sizeof addr, "127.%d.%d.%d", s->base.a, s->base.b, slot);
	uv_ip4_addr(addr, port, &sin);
	r = uv_tcp_bind(h, (struct sockaddr *)&sin, 0);
	/* Accepted sockets inherit TCP_NODELAY (Linux): no Nagle delays. */
	if (r == 0)
		uv_tcp_nodelay(h, 1);
	return r;
}

/* Close every listening handle (for a retry or at the end). */
static void
close_listeners(struct lab_smtp *s)
{
	int i;

	if (s->reserve != NULL)
		uv_close((uv_handle_t *)s->reserve, listen_close_cb);
	s->reserve = NULL;
	for (i = 0; i < s->nsrv; i++) {
		if (s->srv[i].listen != NULL) {
			s->srv[i].listen->data = s;
			uv_close((uv_handle_t *)s->srv[i].listen,
			    listen_close_cb);
		}
		s->srv[i].listen = NULL;
	}
}

/* Bind the port reservation and every server on one shared port. */
static int
bind_all(struct lab_smtp *s)
{
	struct sockaddr_storage ss;
	int len, r, i, try;

	for (try = 0; try < SMTP_BIND_TRIES; try++) {
		len = sizeof ss;
		if ((r = bind_slot(s, &s->reserve, SMTP_RESERVE_SLOT, 0)) != 0 ||
		    (r = uv_tcp_getsockname(s->reserve, (struct sockaddr *)&ss,
		    &len)) != 0)
			break;
		s->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
		for (i = 0; i < s->nsrv && r == 0; i++) {
			r = bind_slot(s, &s->srv[i].listen, s->srv[i].cfg->slot,
			    s->port);
			if (r == 0)
				r = uv_listen((uv_stream_t *)s->srv[i].listen,
				    64, srv_conn_cb);
			s->srv[i].listen->data = &s->srv[i];
		}
		if (r == 0)
			return 0;
		close_listeners(s);
		if (r != UV_EADDRINUSE)
			break;
	}
	s->port = 0;
	return r;
}

/*
 * One blackhole: a socket on 127.a.b.slot:port listening with a backlog
 * of 0, never accepted, plus one connection of our own that fills its
 * accept queue.  Linux then drops every further SYN (the accept queue is
 * full), so a client's connect times out as behind a firewall that drops
 * the port.  Returns 0, or -errno.
 */
static int
blackhole_slot(struct lab_smtp *s, int slot)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof sin;
	struct pollfd pfd;
	int l, f;

	if ((size_t)s->nbh + 2 > sizeof s->bh_fds / sizeof s->bh_fds[0])
		return -ENOSPC;
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)s->bh_port);
	sin.sin_addr.s_addr = htonl(127u << 24 | (unsigned)s->base.a << 16 |
	    (unsigned)s->base.b << 8 | (unsigned)slot);
	if ((l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		return -errno;
	s->bh_fds[s->nbh++] = l;
	if (bind(l, (struct sockaddr *)&sin, sizeof sin) != 0 ||
	    listen(l, 0) != 0 ||
	    getsockname(l, (struct sockaddr *)&sin, &len) != 0)
		return -errno;
	s->bh_port = ntohs(sin.sin_port);
	if ((f = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
	    0)) < 0)
		return -errno;
	s->bh_fds[s->nbh++] = f;
	if (connect(f, (struct sockaddr *)&sin, sizeof sin) != 0 &&
	    errno != EINPROGRESS)
		return -errno;
	pfd.fd = f;
	pfd.events = POLLOUT;
	if (poll(&pfd, 1, 1000) != 1)	/* loopback: at once */
		return -ETIMEDOUT;
	return 0;
}

/* Open the blackhole of every server that asks for one. */
static int
blackhole_all(struct lab_smtp *s)
{
	int i, r;

	for (i = 0; i < s->nsrv; i++)
		if (s->srv[i].cfg->blackhole &&
		    (r = blackhole_slot(s, s->srv[i].cfg->slot)) != 0)
			return r;
	return 0;
}

/* The advertised SIZE of a server's EHLO keywords (RFC 1870), 0 if none. */
static long long
advertised_size(const struct lab_server *cfg)
{
	int i;

	if (cfg->ncaps < 0)
		return 10240000;
	for (i = 0; i < cfg->ncaps; i++)
		if (strncasecmp(cfg->caps[i], "SIZE ", 5) == 0)
			return strtoll(cfg->caps[i] + 5, NULL, 10);
	return 0;
}

/* Start the scenario's SMTP servers; on error *cause is set (still close). */
struct lab_smtp *
mx_lab_smtp_start(uv_loop_t *loop, const struct lab_scenario *sc,
    const struct lab_base *base, struct lab_ca *ca, struct lab_ref *ref,
    char **cause)
{
	struct lab_smtp *s = mx_xcalloc(1, sizeof *s);
	int i, r;

	s->loop = loop;
	s->sc = sc;
	s->base = *base;
	s->ref = ref;
	s->nsrv = sc->nservers;
	for (i = 0; i < s->nsrv; i++) {
		char ip[32];

		s->srv[i].cfg = &sc->srv[i];
		s->srv[i].s = s;
		s->srv[i].size = sc->srv[i].sizelimit > 0 ?
		    sc->srv[i].sizelimit : advertised_size(&sc->srv[i]);
		snprintf(ip, sizeof ip, "127.%d.%d.%d", base->a, base->b,
		    sc->srv[i].slot);
		if (sc->srv[i].tls != LAB_TLS_NONE && (s->srv[i].ctx =
		    mx_lab_ca_server_ctx(ca, sc->srv[i].name, ip, sc->srv[i].tls,
		    cause)) == NULL)
			return s;
	}
	if ((r = bind_all(s)) != 0 || (r = blackhole_all(s)) != 0)
		*cause = mx_xasprintf("lab SMTP servers on 127.%d.%d.0/24: %s",
		    base->a, base->b, uv_strerror(r));
	return s;
}

/* The most sessions open at once so far. */
int
mx_lab_smtp_srv_peak(const struct lab_smtp *s)
{
	return s->peak;
}

/* The sessions accepted so far. */
int
mx_lab_smtp_srv_total(const struct lab_smtp *s)
{
	return s->total;
}

/* The shared SMTP port. */
int
mx_lab_smtp_srv_port(const struct lab_smtp *s)
{
	return s->port;
}

/* The shared blackhole port, 0 if none. */
int
mx_lab_smtp_blackhole_port(const struct lab_smtp *s)
{
	return s != NULL && s->nbh > 0 ? s->bh_port : 0;
}

/* Close listeners and sessions. */
void
mx_lab_smtp_close(struct lab_smtp *s)
{
	if (s->closing)
		return;
	s->closing = 1;
	while (s->nbh > 0)
		close(s->bh_fds[--s->nbh]);
	while (s->sessions != NULL)
		session_close(s->sessions);
	close_listeners(s);
}

/* Append every message received to path. */
void
mx_lab_smtp_record(struct lab_smtp *s, const char *path)
{
	free(s->record);
	s->record = path != NULL ? mx_xstrdup(path) : NULL;
}

/* Free the servers once every handle has closed. */
void
mx_lab_smtp_free(struct lab_smtp *s)
{
	int i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nsrv; i++)
		SSL_CTX_free(s->srv[i].ctx);
	free(s->record);
	free(s);
}
