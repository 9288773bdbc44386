/*
 * lab-pop3: the lab's scripted mailbox servers (issue 5): the `pop3 @N` /
 * `imap @N` scenario blocks, listeners on 127.A.B.N (one shared port per
 * kind: pop3, pop3s, imap, imaps), sessions (lab-msess.c) over conn.c
 * (server side, STLS/STARTTLS and implicit TLS with lab-ca.c
 * certificates) and the POP3
 * dialogue: RFC 1939 (USER/PASS, STAT, LIST, UIDL, TOP, RETR, QUIT with
 * byte-stuffing), RFC 2449 CAPA and response codes, RFC 2595 STLS,
 * RFC 5034 AUTH PLAIN, and the misbehaviour the tests need (lab-pop3.h).
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>

#include "lab-pop3.h"

#define LABM_BIND_TRIES		20

static const char *kind_names[K_N] = { "pop3", "pop3s", "imap", "imaps" };


/* ---- scenario blocks -------------------------------------------------- */

/* Parse a mailbox statement; 1 if not one, -1 with *cause. */
int
mx_lab_mbox_parse(struct lab_scenario *sc, char **tok, int ntok, char **cause)
{
	static const char *beh[] = { "silent", "locked", "inject", "endless",
	    "echo", "sasl", "split" };
	struct lab_mbox_cfg *c;
	int i, j;

	if (strcmp(tok[0], "pop3") == 0 || strcmp(tok[0], "imap") == 0) {
		if (ntok != 2 || tok[1][0] != '@' || atoi(tok[1] + 1) < 1 ||
		    atoi(tok[1] + 1) > LAB_MAX_SLOT) {
			*cause = mx_xasprintf("usage: %s @N", tok[0]);
			return -1;
		}
		if (sc->nmbox >= LABM_MAX) {
			*cause = mx_xstrdup("too many mailbox servers");
			return -1;
		}
		sc->mbox = mx_xrealloc(sc->mbox, (size_t)(sc->nmbox + 1) *
		    sizeof *sc->mbox);
		c = &sc->mbox[sc->nmbox++];
		memset(c, 0, sizeof *c);
		c->imap = tok[0][0] == 'i';
		c->slot = atoi(tok[1] + 1);
		c->tls = LAB_TLS_GOOD;
		c->nmsgs = 3;
		c->user = mx_xstrdup("alice@example.test");
		c->pass = mx_xstrdup("s3cret");
		return 0;
	}
	if (sc->nmbox == 0)
		return 1;
	c = &sc->mbox[sc->nmbox - 1];
	if (strcmp(tok[0], "name") == 0 && ntok == 2) {
		free(c->name);
		c->name = mx_xstrdup(tok[1]);
	} else if (strcmp(tok[0], "tls") == 0 && ntok == 2) {
		if ((i = mx_lab_tls_kind(tok[1])) < 0) {
			*cause = mx_xasprintf("unknown tls kind '%s'", tok[1]);
			return -1;
		}
		c->tls = (enum lab_tls)i;
	} else if (strcmp(tok[0], "implicit") == 0 && ntok == 1)
		c->implicit = 1;
	else if (strcmp(tok[0], "nostls") == 0 && ntok == 1)
		c->nostls = 1;
	else if (strcmp(tok[0], "login") == 0 && ntok == 3) {
		free(c->user);
		free(c->pass);
		c->user = mx_xstrdup(tok[1]);
		c->pass = mx_xstrdup(tok[2]);
	} else if (strcmp(tok[0], "messages") == 0 && ntok == 2) {
		c->nmsgs = atoi(tok[1]);
		if (c->nmsgs < 0 || c->nmsgs > 100000) {
			*cause = mx_xstrdup("messages: 0..100000");
			return -1;
		}
	} else if (strcmp(tok[0], "behave") == 0 && ntok >= 2) {
		for (j = 1; j < ntok; j++) {
			for (i = 0; i < 7 && strcmp(tok[j], beh[i]) != 0; i++)
				;
			if (i == 7) {
				*cause = mx_xasprintf("unknown behaviour '%s'",
				    tok[j]);
				return -1;
			}
			c->behave |= 1 << i;
		}
	} else
		return 1;
	return 0;
}

/* Free the mailbox configuration of a scenario. */
void
mx_lab_mbox_cfg_free(struct lab_scenario *sc)
{
	int i;

	for (i = 0; i < sc->nmbox; i++) {
		free(sc->mbox[i].name);
		free(sc->mbox[i].user);
		free(sc->mbox[i].pass);
	}
	free(sc->mbox);
	sc->mbox = NULL;
	sc->nmbox = 0;
}

/* The server name: configured, else the owner of @slot's A record. */
static const char *
cfg_name(const struct lab_scenario *sc, struct lab_mbox_cfg *c)
{
	int j, k;

	if (c->name != NULL)
		return c->name;
	for (j = 0; j < sc->nresolvers && c->name == NULL; j++)
		for (k = 0; k < sc->res[j].nrr; k++) {
			const struct lab_rr *rr = &sc->res[j].rr[k];
			if (rr->type == LAB_T_A && rr->slot == c->slot &&
			    rr->owner_slot == 0) {
				c->name = mx_xstrdup(rr->owner);
				break;
			}
		}
	if (c->name == NULL)
		c->name = mx_xasprintf("%s%d.lab.test", c->imap ? "imap" :
		    "pop", c->slot);
	return c->name;
}

/* Append text to a growing buffer, dot-stuffing each line (RFC 1939 §3). */
static void
stuff_add(char **buf, size_t *len, const char *text, size_t n)
{
	size_t i;

	*buf = mx_xrealloc(*buf, *len + 2 * n + 8);
	for (i = 0; i < n; i++) {
		if ((i == 0 || text[i - 1] == '\n') && text[i] == '.')
			(*buf)[(*len)++] = '.';
		(*buf)[(*len)++] = text[i];
	}
}

/* Whether STLS/STARTTLS is on offer now. */
static int
stls_offered(const struct lab_msess *ss)
{
	return ss->cfg->tls != LAB_TLS_NONE && !ss->cfg->nostls && !ss->tls &&
	    !ss->cfg->implicit;
}

/* Check credentials: 1 good, 0 bad. */
static int
creds_ok(const struct lab_msess *ss, const char *user, const char *pw)
{
	return strcmp(user, ss->cfg->user) == 0 &&
	    strcmp(pw, ss->cfg->pass) == 0;
}

/* Decode an AUTH PLAIN message into user and password; 0 if well-formed. */
static int
plain_decode(const char *b64, char *user, size_t usz, char *pw, size_t psz)
{
	unsigned char buf[1024];
	size_t n = strlen(b64), ul, pl;
	int len;
	const unsigned char *a, *u, *p;

	if (n == 0 || n > 1300 || n % 4 != 0)
		return -1;
	if ((len = EVP_DecodeBlock(buf, (const unsigned char *)b64,
	    (int)n)) < 0)
		return -1;
	while (n > 0 && b64[n - 1] == '=') {
		len--;
		n--;
	}
	a = buf;
	if ((u = memchr(a, '\0', (size_t)len)) == NULL)
		return -1;
	u++;
	if ((p = memchr(u, '\0', (size_t)len - (size_t)(u - buf))) == NULL)
		return -1;
	ul = (size_t)(p - u);
	p++;
	pl = (size_t)len - (size_t)(p - buf);
	if (ul >= usz || pl >= psz)
		return -1;
	memcpy(user, u, ul);
	user[ul] = '\0';
	memcpy(pw, p, pl);
	pw[pl] = '\0';
	return 0;
}

/* The POP3 reply to a login attempt (RFC 2449 §8.1 codes). */
static void
pop3_login(struct lab_msess *ss, int good, const char *pw)
{
	if (good && (ss->cfg->behave & LABM_LOCKED))
		mx_lab_msess_printf(ss, "-ERR [IN-USE] mailbox locked by another "
		    "session");
	else if (good) {
		ss->authed = 1;
		mx_lab_msess_printf(ss, "+OK %s logged in", ss->cfg->user);
	} else if (ss->cfg->behave & LABM_ECHO)
		mx_lab_msess_printf(ss, "-ERR [AUTH] invalid password %s", pw);
	else
		mx_lab_msess_printf(ss, "-ERR [AUTH] invalid user name or "
		    "password");
}

/* The n-th message, or NULL (with an -ERR sent). */
static char *
pop3_msg(struct lab_msess *ss, const char *arg, int *n, size_t *hl,
    size_t *len)
{
	*n = atoi(arg);
	if (*n < 1 || *n > ss->cfg->nmsgs) {
		mx_lab_msess_printf(ss, "-ERR no such message");
		return NULL;
	}
	return mx_lab_msg_text(ss->cfg, *n, hl, len);
}

/* One POP3 command (RFC 1939 §5-7, RFC 2449, RFC 2595, RFC 5034). */
static void
pop3_line(struct lab_msess *ss, const char *line, size_t len)
{
	const struct lab_mbox_cfg *c = ss->cfg;
	char verb[8], arg[1100], user[256], pw[512], *msg, *out = NULL;
	size_t n = strcspn(line, " "), hl, ml, ol = 0;
	int i, k, lines;

	mx_strlcpy(verb, line, n + 1 < sizeof verb ? n + 1 : sizeof verb);
	mx_strlcpy(arg, n < len ? line + n + 1 : "", sizeof arg);
	if (ss->want_auth) {
		ss->want_auth = 0;
		k = plain_decode(line, user, sizeof user, pw, sizeof pw) == 0 &&
		    creds_ok(ss, user, pw);
		pop3_login(ss, k, pw);
		return;
	}
	if (strcasecmp(verb, "CAPA") == 0) {
		mx_lab_msess_printf(ss, "+OK Capability list follows");
		mx_lab_msess_printf(ss, "USER");
		mx_lab_msess_printf(ss, "UIDL");
		mx_lab_msess_printf(ss, "TOP");
		mx_lab_msess_printf(ss, "RESP-CODES");
		if (c->behave & LABM_SASL)
			mx_lab_msess_printf(ss, "SASL PLAIN");
		if (stls_offered(ss))
			mx_lab_msess_printf(ss, "STLS");
		mx_lab_msess_printf(ss, "IMPLEMENTATION mxscope-lab");
		mx_lab_msess_printf(ss, ".");
	} else if (strcasecmp(verb, "STLS") == 0) {
		if (!stls_offered(ss))
			mx_lab_msess_printf(ss, "-ERR STLS not available");
		else if (c->behave & LABM_INJECT) {
			/* curl test982: a forged reply in the same segment. */
			static const char inj[] = "+OK Begin TLS negotiation\r\n"
			    "+OK injected: logged in\r\n";
			mx_conn_send(ss->conn, inj, sizeof inj - 1);
			mx_lab_msess_starttls(ss);
		} else {
			mx_conn_send(ss->conn, "+OK Begin TLS negotiation\r\n",
			    27);
			mx_lab_msess_starttls(ss);
		}
	} else if (strcasecmp(verb, "USER") == 0) {
		ss->user_ok = strcmp(arg, c->user) == 0;
		mx_lab_msess_printf(ss, "+OK send PASS");
	} else if (strcasecmp(verb, "PASS") == 0)
		pop3_login(ss, ss->user_ok && strcmp(arg, c->pass) == 0, arg);
	else if (strcasecmp(verb, "AUTH") == 0) {
		if (strncasecmp(arg, "PLAIN", 5) != 0 ||
		    !(c->behave & LABM_SASL))
			mx_lab_msess_printf(ss, "-ERR mechanism not supported");
		else if (arg[5] == ' ') {
			k = plain_decode(arg + 6, user, sizeof user, pw,
			    sizeof pw) == 0 && creds_ok(ss, user, pw);
			pop3_login(ss, k, pw);
		} else {
			ss->want_auth = 1;
			mx_lab_msess_printf(ss, "+ ");
		}
	} else if (strcasecmp(verb, "QUIT") == 0) {
		mx_lab_msess_printf(ss, "+OK bye");
		mx_lab_msess_close_later(ss);
	} else if (!ss->authed)
		mx_lab_msess_printf(ss, "-ERR not logged in");
	else if (strcasecmp(verb, "STAT") == 0) {
		for (i = 1, ml = 0; i <= c->nmsgs; i++) {
			free(mx_lab_msg_text(c, i, &hl, &n));
			ml += n;
		}
		mx_lab_msess_printf(ss, "+OK %d %zu", c->nmsgs, ml);
	} else if (strcasecmp(verb, "LIST") == 0 && arg[0] == '\0') {
		mx_lab_msess_printf(ss, "+OK scan listing follows");
		if (c->behave & LABM_ENDLESS) {
			/* P3: a LIST that never ends. */
			mx_lab_msess_endless(ss);
			return;
		}
		for (i = 1; i <= c->nmsgs; i++) {
			free(mx_lab_msg_text(c, i, &hl, &n));
			mx_lab_msess_printf(ss, "%d %zu", i, n);
		}
		mx_lab_msess_printf(ss, ".");
	} else if (strcasecmp(verb, "UIDL") == 0 && arg[0] != '\0') {
		if ((i = atoi(arg)) < 1 || i > c->nmsgs)
			mx_lab_msess_printf(ss, "-ERR no such message");
		else
			mx_lab_msess_printf(ss, "+OK %d lab-uid-%d", i, i);
	} else if (strcasecmp(verb, "UIDL") == 0) {
		mx_lab_msess_printf(ss, "+OK");
		for (i = 1; i <= c->nmsgs; i++)
			mx_lab_msess_printf(ss, "%d lab-uid-%d", i, i);
		mx_lab_msess_printf(ss, ".");
	} else if (strcasecmp(verb, "TOP") == 0 || strcasecmp(verb, "RETR") ==
	    0) {
		if ((msg = pop3_msg(ss, arg, &i, &hl, &ml)) == NULL)
			return;
		lines = -1;
		if (toupper((unsigned char)verb[0]) == 'T') {
			const char *sp = strchr(arg, ' ');
			lines = sp != NULL ? atoi(sp + 1) : 0;
		}
		/* TOP n 0: the header and the blank line only (§7). */
		n = lines < 0 ? ml : hl;
		out = mx_xstrdup("+OK message follows\r\n");
		ol = strlen(out);
		stuff_add(&out, &ol, msg, n);
		out = mx_xrealloc(out, ol + 4);
		memcpy(out + ol, ".\r\n", 3);
		ol += 3;
		mx_lab_msess_send(ss, out, ol);
		free(out);
		free(msg);
	} else
		mx_lab_msess_printf(ss, "-ERR unknown command");
}

/* A line from a client. */
static void
msess_line(struct mx_conn *cn, const char *line, size_t len, int flags,
    void *arg)
{
	struct lab_msess *ss = arg;
	char *l;

	if (ss->closing || ss->conn == NULL)
		return;
	l = mx_xmalloc(len + 1);
	memcpy(l, line, len);
	l[len] = '\0';
	if (ss->cfg->imap)
		mx_lab_imap_line(ss, l, len);
	else
		pop3_line(ss, l, len);
	free(l);
}

/* The POP3 greeting with an APOP timestamp (RFC 1939 §4, §7). */
static void
msess_greet(struct lab_msess *ss)
{
	if (ss->cfg->imap)
		mx_lab_imap_greet(ss);
	else
		mx_lab_msess_printf(ss, "+OK mxscope-lab POP3 ready "
		    "<4711.%d@%s>", ss->cfg->slot, ss->cfg->name);
}

/* The server-side handshake ended. */
static void
msess_tls_done(struct mx_conn *cn, const struct mx_tls *tls, void *arg)
{
	struct lab_msess *ss = arg;

	if (!tls->ok) {
		mx_lab_msess_close_later(ss);
		return;
	}
	ss->tls = 1;
	if (ss->cfg->implicit && !(ss->cfg->behave & LABM_SILENT))
		msess_greet(ss);	/* RFC 8314: greet inside TLS */
}

/* The client went away. */
static void
msess_closed(struct mx_conn *cn, enum mx_conn_err err, const char *why,
    void *arg)
{
	mx_lab_msess_close(arg);
}

static const struct mx_conn_cb msess_cb = {
	NULL, msess_line, msess_tls_done, NULL, msess_closed
};

/* A client connected. */
static void
listen_cb(uv_stream_t *server, int status)
{
	struct lab_mlisten *l = server->data;
	struct lab_mbox *mb = l->mb;
	struct lab_msess *ss;

	if (status < 0 || mb->closing)
		return;
	ss = mx_xcalloc(1, sizeof *ss);
	ss->mb = mb;
	ss->cfg = &mb->sc->mbox[l->cfgi];
	ss->ctx = mb->ctx[l->cfgi];
	uv_timer_init(mb->loop, &ss->timer);
	ss->timer.data = ss;
	mx_lab_ref_get(mb->ref);
	ss->conn = mx_conn_new(mb->loop, &msess_cb, ss);
	ss->next = mb->sessions;
	mb->sessions = ss;
	if (mx_conn_accept(ss->conn, server) != 0) {
		mx_lab_msess_close(ss);
		return;
	}
	if (ss->cfg->implicit) {
		mx_lab_msess_starttls(ss);
		return;
	}
	if (!(ss->cfg->behave & LABM_SILENT))
		msess_greet(ss);
}

/* A listening handle closed. */
static void
listen_close_cb(uv_handle_t *h)
{
	struct lab_ref *ref = h->data;

	free(h);
	mx_lab_ref_put(ref);
}

/* Bind one listener on 127.a.b.slot:port. */
static int
bind_one(struct lab_mbox *mb, struct lab_mlisten *l, int slot, int port)
{
	struct sockaddr_in sin;
	char addr[32];
	int r;

	l->h = mx_xmalloc(sizeof *l->h);
	uv_tcp_init(mb->loop, l->h);
	l->h->data = l;
	mx_lab_ref_get(mb->ref);
	snprintf(addr, sizeof addr, "127.%d.%d.%d", mb->base.a, mb->base.b,
	    slot);
	uv_ip4_addr(addr, port, &sin);
	if ((r = uv_tcp_bind(l->h, (struct sockaddr *)&sin, 0)) == 0)
		r = uv_listen((uv_stream_t *)l->h, 16, listen_cb);
	return r;
}

/* Close every listener. */
static void
close_listeners(struct lab_mbox *mb)
{
	int i;

	for (i = 0; i < mb->nlis; i++)
		if (mb->lis[i].h != NULL) {
			mb->lis[i].h->data = mb->ref;
			uv_close((uv_handle_t *)mb->lis[i].h, listen_close_cb);
			mb->lis[i].h = NULL;
		}
	mb->nlis = 0;
}

/* Bind the servers of one kind on a shared port. */
static int
bind_kind(struct lab_mbox *mb, int kind)
{
	const struct lab_scenario *sc = mb->sc;
	struct sockaddr_storage ss;
	int i, r = 0, len, first = mb->nlis;

	mb->port[kind] = 0;
	for (i = 0; i < sc->nmbox && r == 0; i++) {
		const struct lab_mbox_cfg *c = &sc->mbox[i];
		struct lab_mlisten *l = &mb->lis[mb->nlis];
		if (c->imap != (kind >= K_IMAP) ||
		    c->implicit != (kind == K_POP3S || kind == K_IMAPS))
			continue;
		l->mb = mb;
		l->cfgi = i;
		mb->nlis++;
		if ((r = bind_one(mb, l, c->slot, mb->port[kind])) != 0)
			break;
		if (mb->port[kind] == 0) {
			len = sizeof ss;
			uv_tcp_getsockname(l->h, (struct sockaddr *)&ss, &len);
			mb->port[kind] = ntohs(((struct sockaddr_in *)
			    &ss)->sin_port);
		}
	}
	(void)first;
	return r;
}

/* Start the scenario's mailbox servers; *cause on error (still close). */
struct lab_mbox *
mx_lab_mbox_start(uv_loop_t *loop, struct lab_scenario *sc,
    const struct lab_base *base, struct lab_ca *ca, struct lab_ref *ref,
    char **cause)
{
	struct lab_mbox *mb = mx_xcalloc(1, sizeof *mb);
	int i, k, try, r = 0;

	mb->loop = loop;
	mb->sc = sc;
	mb->base = *base;
	mb->ref = ref;
	for (i = 0; i < sc->nmbox; i++) {
		struct lab_mbox_cfg *c = &sc->mbox[i];
		char ip[32];

		cfg_name(sc, c);
		snprintf(ip, sizeof ip, "127.%d.%d.%d", base->a, base->b,
		    c->slot);
		if (c->tls != LAB_TLS_NONE && (mb->ctx[i] =
		    mx_lab_ca_server_ctx(ca, c->name, ip, c->tls, cause)) == NULL)
			return mb;
	}
	for (k = 0; k < K_N; k++)
		for (try = 0; try < LABM_BIND_TRIES; try++) {
			int before = mb->nlis;
			if ((r = bind_kind(mb, k)) == 0)
				break;
			/* Another lab took the port on a sibling: retry. */
			for (i = before; i < mb->nlis; i++) {
				mb->lis[i].h->data = mb->ref;
				uv_close((uv_handle_t *)mb->lis[i].h,
				    listen_close_cb);
				mb->lis[i].h = NULL;
			}
			mb->nlis = before;
			if (r != UV_EADDRINUSE)
				break;
		}
	if (r != 0)
		*cause = mx_xasprintf("lab mailbox servers on 127.%d.%d.0/24: "
		    "%s", base->a, base->b, uv_strerror(r));
	return mb;
}

/* The shared port of a kind ("pop3", "pop3s", "imap", "imaps"), or 0. */
int
mx_lab_mbox_port(const struct lab_mbox *mb, const char *kind)
{
	int k;

	for (k = 0; mb != NULL && k < K_N; k++)
		if (strcmp(kind, kind_names[k]) == 0)
			return mb->port[k];
	return 0;
}

/* Close listeners and sessions. */
void
mx_lab_mbox_close(struct lab_mbox *mb)
{
	if (mb == NULL || mb->closing)
		return;
	mb->closing = 1;
	while (mb->sessions != NULL)
		mx_lab_msess_close(mb->sessions);
	close_listeners(mb);
}

/* Free once every handle has closed. */
void
mx_lab_mbox_free(struct lab_mbox *mb)
{
	int i;

	if (mb == NULL)
		return;
	for (i = 0; i < LABM_MAX; i++)
		if (mb->ctx[i] != NULL)
			SSL_CTX_free(mb->ctx[i]);
	free(mb);
}
