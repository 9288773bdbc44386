/*
 * pop3: the POP3 mailbox check as a state machine (method.md §4).
 * RFC 1939 (greeting, USER/PASS §7, STAT/LIST §5, UIDL/TOP §7, QUIT §6),
 * RFC 2449 (CAPA and response codes), RFC 2595 §4 (STLS; CAPA again after
 * TLS), RFC 5034 (AUTH PLAIN with an initial response), RFC 8314 (implicit
 * TLS on 995).  Lines arrive masked (mailbox-fsm.c); replies are parsed by
 * pop3-resp.c; the newest message's headers by mailbox-hdr.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "mailbox-fsm.h"
#include "mailbox-hdr.h"
#include "mailbox-secret.h"
#include "pop3-resp.h"

#define POP3_CAPA_LINES		200
#define POP3_CAPA_BYTES		(16 * 1024)
#define POP3_LIST_LINES		100000	/* P3: endless LIST stops here */
#define POP3_LIST_BYTES		(4 * 1024 * 1024)
#define POP3_TOP_LINES		4000
#define POP3_TOP_BYTES		(256 * 1024)
#define POP3_RETR_LINES		2000000
#define POP3_RETR_BYTES		(64 * 1024 * 1024)

/* One POP3 dialogue. */
struct pop3 {
	struct mx_mb		 mb;	/* first */
	struct mx_pop3_caps	 caps;
	int			 in_body;	/* reading a multi-line reply */
	struct mx_pop3_ml	 body;
	int			 stls_tried;
	enum { L_USER, L_PASS, L_AUTH } lstep;
	long long		 newest, list_n, list_sum;
	long long		 list_bad;	/* LIST lines not scan listings */
	char			*hdr;
	size_t			 hdrlen, hdrcap;
};

/* Send a command and enter the stage that waits for its reply. */
static void
pop3_cmd(struct pop3 *s, enum mx_mb_stage st, const char *shown,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void
pop3_cmd(struct pop3 *s, enum mx_mb_stage st, const char *shown,
    const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= (int)sizeof buf)
		n = (int)sizeof buf - 1;
	s->in_body = 0;
	mx_mb_enter(&s->mb, st);
	mx_mb_send(&s->mb, shown, buf, (size_t)n);
	explicit_bzero(buf, sizeof buf);
}

/* QUIT (RFC 1939 §6); the outcome was remembered before. */
static void
pop3_quit(struct mx_mb *m)
{
	pop3_cmd((struct pop3 *)m, MX_MB_QUIT, NULL, "QUIT");
}

/* Start reading a multi-line body with caps. */
static void
pop3_body(struct pop3 *s, size_t lines, size_t bytes)
{
	mx_pop3_ml_init(&s->body, lines, bytes);
	s->in_body = 1;
}

/* Credentials (RFC 5034 AUTH PLAIN where offered, else USER/PASS). */
static void
pop3_login(struct pop3 *s)
{
	struct mx_mb *m = &s->mb;
	const char *pw;
	size_t pwlen, ul, bl;
	char *blob, *b64;
	int n;

	if (!mx_mb_may_login(m)) {
		mx_mb_publish(m);
		pop3_quit(m);
		return;
	}
	if (!s->caps.sasl_plain) {
		/* RFC 1939 §7 USER/PASS: the usual path, and without CAPA. */
		mx_strlcpy(m->sum.mech, "USER", sizeof m->sum.mech);
		s->lstep = L_USER;
		pop3_cmd(s, MX_MB_LOGIN, NULL, "USER %s", m->p.user);
		return;
	}
	/* RFC 4616 §2 message, base64, as an initial response (RFC 5034 §4). */
	mx_strlcpy(m->sum.mech, "PLAIN", sizeof m->sum.mech);
	s->lstep = L_AUTH;
	pw = mx_secret_password(&pwlen);
	ul = strlen(m->p.user);
	bl = ul + pwlen + 2;
	blob = mx_xmalloc(bl);
	blob[0] = '\0';
	memcpy(blob + 1, m->p.user, ul);
	blob[ul + 1] = '\0';
	memcpy(blob + ul + 2, pw, pwlen);
	b64 = mx_xmalloc(4 * (bl + 2) / 3 + 16);
	n = mx_base64(blob, bl, b64, 4 * (bl + 2) / 3 + 16);
	explicit_bzero(blob, bl);
	free(blob);
	if (n > 0 && n < 440)
		pop3_cmd(s, MX_MB_LOGIN, "AUTH PLAIN " MX_SECRET_MASK,
		    "AUTH PLAIN %s", b64);
	else
		mx_mb_fail_quit_ours(m, MX_OUT_INTERNAL,
		    N_("credentials too long"));
	explicit_bzero(b64, 4 * (bl + 2) / 3 + 16);
	free(b64);
}

/* After CAPA: STLS when not yet under TLS (RFC 2595 §4), else login. */
static void
pop3_after_capa(struct pop3 *s)
{
	struct mx_mb *m = &s->mb;

	if (!m->pr.tls_up && !s->stls_tried && (s->caps.stls || !s->caps.known)) {
		s->stls_tried = 1;
		pop3_cmd(s, MX_MB_STLS, NULL, "STLS");
		return;
	}
	if (!m->pr.tls_up && !s->caps.stls) {
		m->sum.notes |= MX_MBN_TLS_UNAVAILABLE;
		mx_mb_note(m, "the server does not offer STLS");
	}
	pop3_login(s);
}

/* The TLS handshake succeeded: greeting (implicit) or CAPA again. */
static void
pop3_after_tls(struct mx_mb *m)
{
	struct pop3 *s = (struct pop3 *)m;

	if (m->p.implicit_tls && m->pr.lines_seen == 0) {
		mx_mb_enter(m, MX_MB_GREETING);
		return;
	}
	/* RFC 2595 §4: forget what was learnt before TLS. */
	memset(&s->caps, 0, sizeof s->caps);
	pop3_cmd(s, MX_MB_CAPA2, NULL, "CAPA");
}

/* Classify a -ERR to the login (RFC 2449 §8.1, RFC 3206). */
static enum mx_mb_login
pop3_login_error(const struct mx_pop3_status *st)
{
	if (strcasecmp(st->code, "IN-USE") == 0)
		return MX_LOGIN_LOCKED;
	if (strcasecmp(st->code, "AUTH") == 0)
		return MX_LOGIN_FAILED;
	if (strncasecmp(st->code, "SYS/", 4) == 0 ||
	    strcasecmp(st->code, "LOGIN-DELAY") == 0)
		return MX_LOGIN_SERVER_ERROR;
	/* No code (RFC 1939 servers): words servers use for a lock. */
	if (memmem(st->text, st->textlen, "lock", 4) != NULL ||
	    memmem(st->text, st->textlen, "in use", 6) != NULL ||
	    memmem(st->text, st->textlen, "in-use", 6) != NULL)
		return MX_LOGIN_LOCKED;
	return MX_LOGIN_FAILED;
}

/* The login was refused. */
static void
pop3_login_failed(struct pop3 *s, const struct mx_pop3_status *st)
{
	struct mx_mb *m = &s->mb;

	m->sum.login = pop3_login_error(st);
	mx_mb_text(m->sum.login_text, sizeof m->sum.login_text, st->text,
	    st->textlen);
	mx_strlcpy(m->sum.resp_code, st->code, sizeof m->sum.resp_code);
	mx_mb_publish(m);
	mx_mb_fail_quit_ours(m, MX_OUT_RESP, m->sum.login == MX_LOGIN_LOCKED ?
	    N_("mailbox locked") : m->sum.login == MX_LOGIN_SERVER_ERROR ?
	    N_("server error at login") : N_("login refused"));
}

/* After login (or LIST/UIDL/TOP): the next optional step. */
static void
pop3_next(struct pop3 *s, enum mx_mb_stage done)
{
	struct mx_mb *m = &s->mb;

	if (done < MX_MB_UIDL && s->newest > 0 &&
	    (s->caps.uidl || !s->caps.known)) {
		pop3_cmd(s, MX_MB_UIDL, NULL, "UIDL %lld", s->newest);
		return;
	}
	if (done < MX_MB_TOP && s->newest > 0) {
		/* §7: TOP msg 0 gives the headers only. */
		pop3_cmd(s, MX_MB_TOP, NULL, "TOP %lld 0", s->newest);
		return;
	}
	if (done < MX_MB_RETR && m->p.retr > 0) {
		pop3_cmd(s, MX_MB_RETR, NULL, "RETR %d", m->p.retr);
		return;
	}
	pop3_quit(m);
}

/* Keep header bytes of TOP for the Received: chain. */
static void
hdr_add(struct pop3 *s, const char *l, size_t len)
{
	if (s->hdrlen + len + 2 > POP3_TOP_BYTES)
		return;
	if (s->hdrlen + len + 2 > s->hdrcap) {
		s->hdrcap = s->hdrlen + len + 4096;
		s->hdr = mx_xrealloc(s->hdr, s->hdrcap);
	}
	memcpy(s->hdr + s->hdrlen, l, len);
	memcpy(s->hdr + s->hdrlen + len, "\r\n", 2);
	s->hdrlen += len + 2;
}

/* One line of a multi-line body (already unstuffed). */
static void
pop3_body_line(struct pop3 *s, const char *l, size_t len)
{
	struct mx_mb *m = &s->mb;
	long long a, b;

	switch (m->sum.stage) {
	case MX_MB_CAPA:
	case MX_MB_CAPA2:
		mx_pop3_caps_line(&s->caps, l, len);
		break;
	case MX_MB_LIST:
		if (mx_pop3_parse_list(l, len, &a, &b) == 0) {
			s->list_n++;
			s->list_sum += b;
			if (a >= s->newest) {
				s->newest = a;
				m->sum.newest_size = b;
			}
		} else
			s->list_bad++;
		break;
	case MX_MB_TOP:
		hdr_add(s, l, len);
		break;
	default:
		break;
	}
}

/* The terminating "." of a body: fold what it said, move on. */
static void
pop3_body_done(struct pop3 *s)
{
	struct mx_mb *m = &s->mb;
	int total;

	s->in_body = 0;
	mx_mb_body_end(m, s->body.nlines);
	switch (m->sum.stage) {
	case MX_MB_CAPA:
	case MX_MB_CAPA2:
		s->caps.known = 1;
		mx_strlcpy(m->sum.caps, s->caps.list, sizeof m->sum.caps);
		mx_mb_publish(m);
		pop3_after_capa(s);
		break;
	case MX_MB_LIST:
		/* §5: each line "msg octets"; a count taken from a listing
		 * with other lines in it would be wrong, so none is. */
		if (s->list_bad > 0)
			mx_mb_note(m, "%lld LIST lines are not scan listings "
			    "(RFC 1939 §5): no message count taken from LIST",
			    s->list_bad);
		else if (m->sum.nmsgs < 0) {
			m->sum.nmsgs = s->list_n;
			if (m->sum.total_size < 0)
				m->sum.total_size = s->list_sum;
		}
		mx_mb_publish(m);
		pop3_next(s, MX_MB_LIST);
		break;
	case MX_MB_TOP:
		m->sum.nhops = mx_received_parse(s->hdr, s->hdrlen,
		    m->sum.hops, MX_MAX_HOPS, &total);
		if (total > m->sum.nhops)
			mx_mb_note(m, "%d Received: fields, %d kept", total,
			    m->sum.nhops);
		mx_mb_publish(m);
		pop3_next(s, MX_MB_TOP);
		break;
	case MX_MB_RETR:
		m->sum.retr_bytes = (long long)s->body.nbytes;
		mx_mb_publish(m);
		pop3_next(s, MX_MB_RETR);
		break;
	default:
		pop3_quit(m);
		break;
	}
}

/* A status line in the current stage: choose the next. */
static void
pop3_status(struct pop3 *s, const char *l, size_t len)
{
	struct mx_mb *m = &s->mb;
	struct mx_pop3_status st;
	char text[MX_TEXT_MAX], stamp[128];
	long long n, size;

	mx_pop3_status_parse(l, len, &st);
	mx_mb_text(text, sizeof text, l, len);
	if (st.ok < 0 && !(st.cont && m->sum.stage == MX_MB_LOGIN)) {
		/* P5: neither +OK nor -ERR. */
		m->sum.notes |= MX_MBN_BAD_STATUS;
		if (m->sum.stage == MX_MB_QUIT) {
			mx_mb_finish_kept(m);
			return;
		}
		mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("reply is neither "
		    "+OK nor -ERR"));
		return;
	}
	switch (m->sum.stage) {
	case MX_MB_GREETING:	/* RFC 1939 §4 */
		mx_strlcpy(m->sum.greeting, text, sizeof m->sum.greeting);
		if (st.ok == 0) {
			mx_mb_finish(m, MX_OUT_RESP, MX_MB_GREETING, text);
			return;
		}
		if (mx_pop3_apop_stamp(l, len, stamp, sizeof stamp)) {
			m->sum.notes |= MX_MBN_APOP;
			mx_mb_note(m, "APOP timestamp %s (RFC 1939 §7)", stamp);
		}
		mx_mb_publish(m);
		pop3_cmd(s, MX_MB_CAPA, NULL, "CAPA");
		break;
	case MX_MB_CAPA:
	case MX_MB_CAPA2:	/* RFC 2449 §5 */
		if (st.ok == 1) {
			memset(&s->caps, 0, sizeof s->caps);
			pop3_body(s, POP3_CAPA_LINES, POP3_CAPA_BYTES);
			return;
		}
		m->sum.notes |= MX_MBN_NO_CAPA;
		pop3_after_capa(s);
		break;
	case MX_MB_STLS:	/* RFC 2595 §4 */
		if (st.ok == 1) {
			mx_mb_starttls(m);
			return;
		}
		m->sum.notes |= s->caps.stls ? MX_MBN_TLS_REFUSED :
		    MX_MBN_TLS_UNAVAILABLE;
		mx_mb_note(m, "STLS refused");
		pop3_login(s);
		break;
	case MX_MB_LOGIN:
		if (st.cont) {
			/* RFC 5034 §4: more SASL data wanted; cancel. */
			mx_mb_send(m, NULL, "*", 1);
			return;
		}
		if (st.ok == 0) {
			pop3_login_failed(s, &st);
			return;
		}
		if (s->lstep == L_USER) {
			const char *pw;
			size_t pwlen;
			char *cmd;
			s->lstep = L_PASS;
			pw = mx_secret_password(&pwlen);
			cmd = mx_xmalloc(pwlen + 6);
			memcpy(cmd, "PASS ", 5);
			memcpy(cmd + 5, pw, pwlen);
			s->in_body = 0;
			mx_mb_enter(m, MX_MB_LOGIN);
			mx_mb_send(m, "PASS " MX_SECRET_MASK, cmd, pwlen + 5);
			explicit_bzero(cmd, pwlen + 6);
			free(cmd);
			return;
		}
		m->sum.login = MX_LOGIN_OK;
		mx_mb_text(m->sum.login_text, sizeof m->sum.login_text, st.text,
		    st.textlen);
		mx_mb_publish(m);
		pop3_cmd(s, MX_MB_STAT, NULL, "STAT");
		break;
	case MX_MB_STAT:	/* RFC 1939 §5 */
		if (st.ok == 0) {
			mx_mb_fail_quit(m, MX_OUT_RESP, text);
			return;
		}
		if (mx_pop3_parse_stat(l, len, &n, &size) == 0) {
			m->sum.nmsgs = n;
			m->sum.total_size = size;
		} else
			mx_mb_note(m, "malformed STAT reply");
		mx_mb_publish(m);
		pop3_cmd(s, MX_MB_LIST, NULL, "LIST");
		break;
	case MX_MB_UIDL:	/* §7: "UIDL msg" answers on one line */
		if (st.ok == 1 && mx_pop3_parse_uidl(st.text, st.textlen, &n,
		    stamp, sizeof stamp) == 0 && n == s->newest)
			mx_mb_text(m->sum.newest_uid, sizeof m->sum.newest_uid,
			    stamp, strlen(stamp));
		mx_mb_publish(m);
		pop3_next(s, MX_MB_UIDL);
		break;
	case MX_MB_LIST:
	case MX_MB_TOP:
	case MX_MB_RETR:
		if (st.ok == 1) {
			if (m->sum.stage == MX_MB_TOP)
				s->hdrlen = 0;
			pop3_body(s, m->sum.stage == MX_MB_TOP ? POP3_TOP_LINES :
			    m->sum.stage == MX_MB_RETR ? POP3_RETR_LINES :
			    POP3_LIST_LINES, m->sum.stage == MX_MB_TOP ?
			    POP3_TOP_BYTES : m->sum.stage == MX_MB_RETR ?
			    POP3_RETR_BYTES : POP3_LIST_BYTES);
			return;
		}
		if (m->sum.stage == MX_MB_TOP)
			m->sum.notes |= MX_MBN_TOP_REFUSED;
		if (m->sum.stage == MX_MB_LIST || m->sum.stage == MX_MB_RETR) {
			mx_mb_fail_quit(m, MX_OUT_RESP, text);
			return;
		}
		pop3_next(s, m->sum.stage);
		break;
	case MX_MB_QUIT:	/* RFC 1939 §6 */
		mx_mb_finish_kept(m);
		break;
	default:
		mx_mb_note(m, "unsolicited reply ignored");
		break;
	}
}

/* A (masked) line from the server. */
static void
pop3_line(struct mx_mb *m, const char *l, size_t len, int flags)
{
	struct pop3 *s = (struct pop3 *)m;
	const char *out;
	size_t outlen;
	int r;

	if (!s->in_body) {
		mx_mb_line(m, 'S', l, len);
		if (mx_mb_early(m, flags))
			return;
		pop3_status(s, l, len);
		return;
	}
	r = mx_pop3_ml_feed(&s->body, l, len, &out, &outlen);
	if (r == 1) {
		mx_mb_line(m, 'S', ".", 1);
		pop3_body_done(s);
	} else if (r < 0) {
		/* P3: a body that never ends is not waited for. */
		m->sum.notes |= MX_MBN_LONG_LIST;
		mx_mb_body_end(m, s->body.nlines);
		mx_mb_note(m, "reply too long: stopped after %zu lines, %zu "
		    "bytes", s->body.nlines, s->body.nbytes);
		mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("multi-line reply "
		    "never ended (line or byte cap reached)"));
	} else {
		mx_mb_body_line(m, out, outlen);
		pop3_body_line(s, out, outlen);
	}
}

/* Free the POP3 part. */
static void
pop3_release(struct mx_mb *m)
{
	struct pop3 *s = (struct pop3 *)m;

	if (s->hdr != NULL) {
		explicit_bzero(s->hdr, s->hdrcap);
		free(s->hdr);
	}
	s->hdr = NULL;
}

/* A new POP3 dialogue. */
struct mx_mb *
mx_pop3_new(const struct mx_mb_params *p, const struct mx_proto_io *io,
    void *ioarg, mx__emit_fn emit, void *emit_arg, int index,
    uint64_t origin)
{
	struct pop3 *s = mx_xcalloc(1, sizeof *s);

	mx_mb_init(&s->mb, MX_MBOX_POP3, p, io, ioarg, emit, emit_arg, index,
	    origin);
	s->mb.after_tls = pop3_after_tls;
	s->mb.line = pop3_line;
	s->mb.quit = pop3_quit;
	s->mb.release = pop3_release;
	return &s->mb;
}
