/*
 * imap: the IMAP mailbox check as a state machine (method.md §4).
 * RFC 9051 / RFC 3501: greeting (§7.1.1-7.1.5 OK/PREAUTH/BYE), CAPABILITY
 * (§6.1.1), STARTTLS (§6.2.1; capabilities asked again after TLS), LOGIN
 * (§6.2.3) or AUTHENTICATE PLAIN (§6.2.2, RFC 4959 SASL-IR), SELECT INBOX
 * (§6.3.2: EXISTS, UIDVALIDITY), FETCH of the newest message's header
 * fields (§6.4.5), LOGOUT (§6.1.3); RFC 5530 response codes; RFC 8314
 * implicit TLS on 993.  Responses are reassembled by imap-resp.c.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "imap-resp.h"
#include "mailbox-fsm.h"
#include "mailbox-hdr.h"
#include "mailbox-secret.h"

/* Untagged responses (and stray continuations) one command may draw
 * before its completion: SELECT brings about ten, a FETCH of one message
 * one; a server that floods past this never completes (hostile). */
#define IMAP_UNTAGGED_MAX	10000

/* One IMAP dialogue. */
struct imap {
	struct mx_mb		 mb;	/* first */
	struct mx_imap_parser	 parser;
	struct mx_imap_caps	 caps;
	int			 caps_known, preauth, tagn, want_cont;
	int			 nuntagged;	/* since the last command */
	char			 tag[16];
	char			*hdr;
	size_t			 hdrlen;
};

/* Send a tagged command and enter the stage that awaits its completion. */
static void
imap_cmd(struct imap *s, enum mx_mb_stage st, const char *shown,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void
imap_cmd(struct imap *s, enum mx_mb_stage st, const char *shown,
    const char *fmt, ...)
{
	char buf[1024], show[160];
	va_list ap;
	int n, t;

	snprintf(s->tag, sizeof s->tag, "a%d", ++s->tagn);
	s->nuntagged = 0;
	t = snprintf(buf, sizeof buf, "%s ", s->tag);
	va_start(ap, fmt);
	n = vsnprintf(buf + t, sizeof buf - (size_t)t, fmt, ap);
	va_end(ap);
	if (n < 0 || n + t >= (int)sizeof buf)
		n = (int)sizeof buf - 1 - t;
	if (shown != NULL)
		snprintf(show, sizeof show, "%s %s", s->tag, shown);
	mx_mb_enter(&s->mb, st);
	mx_mb_send(&s->mb, shown != NULL ? show : NULL, buf, (size_t)(n + t));
	explicit_bzero(buf, sizeof buf);
}

/* LOGOUT (§6.1.3); the outcome was remembered before. */
static void
imap_quit(struct mx_mb *m)
{
	imap_cmd((struct imap *)m, MX_MB_QUIT, NULL, "LOGOUT");
}

/* The base64 PLAIN message (RFC 4616 §2) into a new wiped-later buffer. */
static char *
plain_b64(const char *user, size_t *outsz)
{
	const char *pw;
	size_t pwlen, ul = strlen(user), bl;
	char *blob, *b64;

	pw = mx_secret_password(&pwlen);
	bl = ul + pwlen + 2;
	blob = mx_xmalloc(bl);
	blob[0] = '\0';
	memcpy(blob + 1, user, ul);
	blob[ul + 1] = '\0';
	memcpy(blob + ul + 2, pw, pwlen);
	*outsz = 4 * (bl + 2) / 3 + 16;
	b64 = mx_xmalloc(*outsz);
	if (mx_base64(blob, bl, b64, *outsz) < 0)
		b64[0] = '\0';
	explicit_bzero(blob, bl);
	free(blob);
	return b64;
}

/* Credentials: AUTHENTICATE PLAIN where offered, else LOGIN. */
static void
imap_login(struct imap *s)
{
	struct mx_mb *m = &s->mb;
	char *b64, *qu, *qp;
	const char *pw;
	size_t sz, pwlen;

	if (s->preauth) {
		m->sum.login = MX_LOGIN_OK;
		mx_mb_login_says(m, N_("PREAUTH greeting"));
		imap_cmd(s, MX_MB_SELECT, NULL, "SELECT INBOX");
		return;
	}
	if (!mx_mb_may_login(m)) {
		mx_mb_publish(m);
		imap_quit(m);
		return;
	}
	if (s->caps.auth_plain) {
		mx_strlcpy(m->sum.mech, "PLAIN", sizeof m->sum.mech);
		if (s->caps.sasl_ir) {
			b64 = plain_b64(m->p.user, &sz);
			imap_cmd(s, MX_MB_LOGIN, "AUTHENTICATE PLAIN "
			    MX_SECRET_MASK, "AUTHENTICATE PLAIN %s", b64);
			explicit_bzero(b64, sz);
			free(b64);
		} else {
			s->want_cont = 1;
			imap_cmd(s, MX_MB_LOGIN, NULL, "AUTHENTICATE PLAIN");
		}
		return;
	}
	if (s->caps.logindisabled) {
		/* §6.2.3: LOGIN is not allowed here. */
		m->sum.login = MX_LOGIN_DISABLED;
		mx_mb_login_says(m, N_("LOGINDISABLED and no AUTH=PLAIN"));
		mx_mb_note(m, "the server disables LOGIN and offers no "
		    "mechanism mxscope speaks");
		mx_mb_publish(m);
		imap_quit(m);
		return;
	}
	mx_strlcpy(m->sum.mech, "LOGIN", sizeof m->sum.mech);
	pw = mx_secret_password(&pwlen);
	qu = mx_xmalloc(2 * strlen(m->p.user) + 3);
	qp = mx_xmalloc(2 * pwlen + 3);
	if (mx_imap_quote(m->p.user, strlen(m->p.user), qu,
	    2 * strlen(m->p.user) + 3) < 0 ||
	    mx_imap_quote(pw, pwlen, qp, 2 * pwlen + 3) < 0) {
		m->sum.login = MX_LOGIN_NOT_TRIED;
		mx_mb_fail_quit_ours(m, MX_OUT_INTERNAL, N_("the user name or "
		    "password cannot be sent as an IMAP quoted string"));
	} else {
		char shown[MX_HOST_MAX + 32];
		snprintf(shown, sizeof shown, "LOGIN %s " MX_SECRET_MASK, qu);
		imap_cmd(s, MX_MB_LOGIN, shown, "LOGIN %s %s", qu, qp);
	}
	explicit_bzero(qp, 2 * pwlen + 3);
	free(qp);
	free(qu);
}

/* After CAPABILITY: STARTTLS when not under TLS, else login. */
static void
imap_after_capa(struct imap *s)
{
	struct mx_mb *m = &s->mb;

	if (!m->pr.tls_up && !s->preauth && s->caps.starttls) {
		imap_cmd(s, MX_MB_STLS, NULL, "STARTTLS");
		return;
	}
	if (!m->pr.tls_up && !s->caps.starttls) {
		m->sum.notes |= MX_MBN_TLS_UNAVAILABLE;
		mx_mb_note(m, "the server does not offer STARTTLS");
	}
	imap_login(s);
}

/* TLS is up: wait for the greeting (implicit) or ask CAPABILITY again. */
static void
imap_after_tls(struct mx_mb *m)
{
	struct imap *s = (struct imap *)m;

	if (m->p.implicit_tls && m->pr.lines_seen == 0) {
		mx_mb_enter(m, MX_MB_GREETING);
		return;
	}
	/* §6.2.1: discard capabilities learnt before TLS. */
	memset(&s->caps, 0, sizeof s->caps);
	s->caps_known = 0;
	imap_cmd(s, MX_MB_CAPA2, NULL, "CAPABILITY");
}

/* Take capabilities from a CAPABILITY response or response code. */
static void
imap_caps(struct imap *s, const char *text, size_t len)
{
	mx_imap_caps_parse(text, len, &s->caps);
	s->caps_known = 1;
	mx_strlcpy(s->mb.sum.caps, s->caps.list, sizeof s->mb.sum.caps);
}

/* Classify a failed login by its response code (RFC 5530). */
static enum mx_mb_login
imap_login_error(const struct mx_imap_resp *r)
{
	if (strncasecmp(r->code, "INUSE", 5) == 0)
		return MX_LOGIN_LOCKED;
	if (strncasecmp(r->code, "UNAVAILABLE", 11) == 0 ||
	    strncasecmp(r->code, "SERVERBUG", 9) == 0 ||
	    strncasecmp(r->code, "LIMIT", 5) == 0)
		return MX_LOGIN_SERVER_ERROR;
	return MX_LOGIN_FAILED;
}

/* An untagged response (§7): fold the data it carries. */
static void
imap_untagged(struct imap *s, const struct mx_imap_resp *r)
{
	struct mx_mb *m = &s->mb;
	char text[MX_TEXT_MAX];
	long long v;

	if (strcmp(r->keyword, "CAPABILITY") == 0) {
		imap_caps(s, r->text, r->textlen);
		return;
	}
	if (strcmp(r->status, "OK") == 0 && r->code[0] != '\0') {
		if (strncasecmp(r->code, "CAPABILITY ", 11) == 0)
			imap_caps(s, r->code + 11, strlen(r->code + 11));
		if (mx_imap_find_num(r->code, strlen(r->code), "UIDVALIDITY",
		    &v) == 0)
			m->sum.uidvalidity = v;
	}
	if (r->num >= 0 && strcasecmp(r->keyword, "EXISTS") == 0)
		m->sum.nmsgs = r->num;
	if (r->num >= 0 && strcasecmp(r->keyword, "FETCH") == 0 &&
	    r->num == m->sum.nmsgs) {
		if (mx_imap_find_num(r->line, r->linelen, "RFC822.SIZE",
		    &v) == 0)
			m->sum.newest_size = v;
		if (mx_imap_find_num(r->line, r->linelen, "UID", &v) == 0)
			snprintf(m->sum.newest_uid, sizeof m->sum.newest_uid,
			    "%lld", v);
		if (r->lit != NULL && s->hdr == NULL) {
			s->hdr = mx_xmalloc(r->litlen + 1);
			memcpy(s->hdr, r->lit, r->litlen);
			s->hdrlen = r->litlen;
		}
	}
	if (strcmp(r->status, "BYE") == 0 && m->sum.stage != MX_MB_QUIT &&
	    m->sum.stage != MX_MB_GREETING) {
		/* §7.1.5: the server is closing the connection. */
		mx_mb_text(text, sizeof text, r->text, r->textlen);
		mx_mb_finish(m, MX_OUT_RESP, m->sum.stage, text);
	}
}

/* The greeting (§7.1: OK, PREAUTH or BYE). */
static void
imap_greeting(struct imap *s, const struct mx_imap_resp *r)
{
	struct mx_mb *m = &s->mb;
	char text[MX_TEXT_MAX];

	mx_mb_text(text, sizeof text, r->line, r->linelen);
	mx_strlcpy(m->sum.greeting, text, sizeof m->sum.greeting);
	if (r->kind != MX_IMAP_UNTAGGED || r->status[0] == '\0' ||
	    strcmp(r->status, "NO") == 0 || strcmp(r->status, "BAD") == 0) {
		m->sum.notes |= MX_MBN_BAD_STATUS;
		mx_mb_end(m, MX_OUT_PROTO, MX_MB_GREETING, N_("the greeting is "
		    "not an IMAP greeting"));
		return;
	}
	if (strcmp(r->status, "BYE") == 0) {
		mx_mb_finish(m, MX_OUT_RESP, MX_MB_GREETING, text);
		return;
	}
	if (strcmp(r->status, "PREAUTH") == 0) {
		s->preauth = 1;
		m->sum.notes |= MX_MBN_PREAUTH;
	}
	if (strncasecmp(r->code, "CAPABILITY ", 11) == 0)
		imap_caps(s, r->code + 11, strlen(r->code + 11));
	mx_mb_publish(m);
	imap_cmd(s, MX_MB_CAPA, NULL, "CAPABILITY");
}

/* The tagged completion of the current command: choose the next. */
static void
imap_done(struct imap *s, const struct mx_imap_resp *r)
{
	struct mx_mb *m = &s->mb;
	char text[MX_TEXT_MAX];
	int ok = strcmp(r->status, "OK") == 0, total;

	mx_mb_text(text, sizeof text, r->text, r->textlen);
	if (ok && strncasecmp(r->code, "CAPABILITY ", 11) == 0)
		imap_caps(s, r->code + 11, strlen(r->code + 11));
	switch (m->sum.stage) {
	case MX_MB_CAPA:
	case MX_MB_CAPA2:
		if (!ok)
			m->sum.notes |= MX_MBN_NO_CAPA;
		mx_mb_publish(m);
		imap_after_capa(s);
		break;
	case MX_MB_STLS:	/* §6.2.1 */
		if (ok) {
			mx_mb_starttls(m);
			return;
		}
		m->sum.notes |= MX_MBN_TLS_REFUSED;
		mx_mb_note(m, "STARTTLS refused");
		imap_login(s);
		break;
	case MX_MB_LOGIN:
		s->want_cont = 0;
		mx_strlcpy(m->sum.login_text, text, sizeof m->sum.login_text);
		mx_strlcpy(m->sum.resp_code, r->code, sizeof m->sum.resp_code);
		if (!ok) {
			m->sum.login = imap_login_error(r);
			mx_mb_publish(m);
			mx_mb_fail_quit_ours(m, MX_OUT_RESP, m->sum.login ==
			    MX_LOGIN_LOCKED ? N_("mailbox locked") :
			    m->sum.login == MX_LOGIN_SERVER_ERROR ?
			    N_("server error at login") : N_("login refused"));
			return;
		}
		m->sum.login = MX_LOGIN_OK;
		mx_mb_publish(m);
		imap_cmd(s, MX_MB_SELECT, NULL, "SELECT INBOX");
		break;
	case MX_MB_SELECT:	/* §6.3.2 */
		if (!ok) {
			mx_mb_fail_quit(m, MX_OUT_RESP, text);
			return;
		}
		if (m->sum.nmsgs < 0)
			m->sum.nmsgs = 0;
		mx_mb_publish(m);
		if (m->sum.nmsgs > 0)
			imap_cmd(s, MX_MB_FETCH, NULL, "FETCH %lld (UID "
			    "RFC822.SIZE BODY.PEEK[HEADER.FIELDS (DATE "
			    "RECEIVED)])", m->sum.nmsgs);
		else
			imap_quit(m);
		break;
	case MX_MB_FETCH:	/* §6.4.5 */
		if (!ok)
			m->sum.notes |= MX_MBN_TOP_REFUSED;
		if (s->hdr != NULL) {
			m->sum.nhops = mx_received_parse(s->hdr, s->hdrlen,
			    m->sum.hops, MX_MAX_HOPS, &total);
			if (total > m->sum.nhops)
				mx_mb_note(m, "%d Received: fields, %d kept",
				    total, m->sum.nhops);
		}
		mx_mb_publish(m);
		imap_quit(m);
		break;
	case MX_MB_QUIT:
		mx_mb_finish_kept(m);
		break;
	default:
		break;
	}
}

/* Count a response that does not complete the command waiting (RFC 9051
 * §2.2.2: each command ends with its tagged completion, untagged data may
 * come before it); past IMAP_UNTAGGED_MAX the server floods and is cut,
 * said as what it is rather than left to the deadline ("stalls").
 * 1 when the check ended for that. */
static int
imap_flood(struct imap *s)
{
	struct mx_mb *m = &s->mb;

	if (++s->nuntagged <= IMAP_UNTAGGED_MAX)
		return 0;
	if (m->pr.finished)
		return 1;
	m->sum.notes |= MX_MBN_LONG_LIST;
	if (m->sum.stage == MX_MB_QUIT) {
		mx_mb_finish_kept(m);
		return 1;
	}
	mx_mb_note(m, "%d untagged responses to %s and no completion: cut "
	    "at the cap", IMAP_UNTAGGED_MAX,
	    mx_mb_stage_name(MX_MBOX_IMAP, m->sum.stage));
	mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("endless untagged "
	    "responses without the command's completion, cut at the cap"));
	return 1;
}

/* A (masked) framed line: reassemble responses, then act on them. */
static void
imap_line(struct mx_mb *m, const char *l, size_t len, int flags)
{
	struct imap *s = (struct imap *)m;
	struct mx_imap_resp r;
	char *b64;
	size_t sz;

	mx_mb_body_line(m, l, len);
	if (mx_imap_feed(&s->parser, l, len, flags, &r) != 1)
		return;
	if (r.flags & MX_IMAP_F_TOO_LONG) {
		m->sum.notes |= MX_MBN_LONG_LIST;
		mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("response too long "
		    "(cap reached)"));
		return;
	}
	if (m->sum.stage == MX_MB_GREETING) {
		imap_greeting(s, &r);
		return;
	}
	/* Untagged data may come at any time (RFC 9051 §7); a completion or
	 * a continuation request sent before our command answers nothing. */
	if ((r.kind == MX_IMAP_TAGGED || r.kind == MX_IMAP_CONT) &&
	    mx_mb_early(m, flags))
		return;
	switch (r.kind) {
	case MX_IMAP_CONT:	/* §7.5: the AUTHENTICATE challenge */
		if (imap_flood(s))
			break;
		if (m->sum.stage == MX_MB_LOGIN && s->want_cont) {
			s->want_cont = 0;
			b64 = plain_b64(m->p.user, &sz);
			mx_mb_send(m, MX_SECRET_MASK, b64, strlen(b64));
			explicit_bzero(b64, sz);
			free(b64);
		} else if (m->sum.stage == MX_MB_LOGIN)
			mx_mb_send(m, NULL, "*", 1);	/* §6.2.2: cancel */
		else
			mx_mb_note(m, "unexpected continuation request");
		break;
	case MX_IMAP_UNTAGGED:
		if (!imap_flood(s))
			imap_untagged(s, &r);
		break;
	case MX_IMAP_TAGGED:
		if (strcmp(r.tag, s->tag) != 0) {
			/* RFC 9051 §2.2.2: a completion carries the tag of
			 * the command it ends; ours is still unanswered and
			 * waiting would only end at the deadline ("stalls"). */
			m->sum.notes |= MX_MBN_BAD_STATUS;
			if (m->sum.stage == MX_MB_QUIT)
				mx_mb_finish_kept(m);
			else
				mx_mb_end(m, MX_OUT_PROTO, m->sum.stage,
				    N_("a completion with a tag we never sent"));
			break;
		}
		imap_done(s, &r);
		break;
	default:
		m->sum.notes |= MX_MBN_BAD_STATUS;
		if (m->sum.stage == MX_MB_QUIT)
			mx_mb_finish_kept(m);
		else
			mx_mb_end(m, MX_OUT_PROTO, m->sum.stage, N_("not an "
			    "IMAP response"));
		break;
	}
}

/* Free the IMAP part. */
static void
imap_release(struct mx_mb *m)
{
	struct imap *s = (struct imap *)m;

	if (s->parser.lit != NULL)
		explicit_bzero(s->parser.lit, s->parser.litcap);
	if (s->parser.buf != NULL)
		explicit_bzero(s->parser.buf, s->parser.cap);
	mx_imap_parser_free(&s->parser);
	free(s->hdr);
	s->hdr = NULL;
}

/* A new IMAP dialogue. */
struct mx_mb *
mx_imap_new(const struct mx_mb_params *p, const struct mx_proto_io *io,
    void *ioarg, mx__emit_fn emit, void *emit_arg, int index,
    uint64_t origin)
{
	struct imap *s = mx_xcalloc(1, sizeof *s);

	mx_mb_init(&s->mb, MX_MBOX_IMAP, p, io, ioarg, emit, emit_arg, index,
	    origin);
	mx_imap_parser_init(&s->parser);
	s->mb.after_tls = imap_after_tls;
	s->mb.line = imap_line;
	s->mb.quit = imap_quit;
	s->mb.release = imap_release;
	return &s->mb;
}
