/*
 * t-mailbox-fsm: the POP3 and IMAP state machines without sockets, over
 * the same fake transport as t-smtp-fsm (the io vtable of proto.h).  Each
 * case is a table row: the inputs (server lines and transport events), the
 * commands the client must send (one write each, joined by '|', the
 * password as the fake sees it), the outcome, the login result and the
 * message count it must reach.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake-io.h"
#include "mailbox-fsm.h"
#include "mailbox-secret.h"
#include "tap.h"

/* One case.  Inputs: "S:line", "connect", "tls", "tlsfail", "timeout",
 * "eof", "inject" (bytes pending before the next TLS start). */
struct mb_case {
	const char		*name;
	enum mx_mbox_proto	 proto;
	int			 implicit_tls;
	int			 password;	/* a password is set */
	const char		*inputs[32];
	const char		*want_sent;
	enum mx_outcome		 want_outcome;
	enum mx_mb_stage	 want_stage;	/* checked unless OK */
	enum mx_mb_login	 want_login;
	long long		 want_nmsgs;	/* checked if >= 0 or UNKNOWN */
};
#define UNKNOWN	(-2)	/* want_nmsgs: the count must stay unknown */

static const struct mb_case cases[] = {
	/* RFC 1939, RFC 2449 CAPA, RFC 2595 STLS, then CAPA again. */
	{ "pop3: STLS, USER/PASS, STAT, LIST, UIDL, TOP", MX_MBOX_POP3, 0, 1,
	  { "connect", "S:+OK POP3 ready", "S:+OK", "S:USER", "S:UIDL",
	    "S:TOP", "S:STLS", "S:.", "S:+OK go", "tls", "S:+OK",
	    "S:USER", "S:UIDL", "S:TOP", "S:.", "S:+OK", "S:+OK logged in",
	    "S:+OK 2 300", "S:+OK", "S:1 100", "S:2 200", "S:.",
	    "S:+OK 2 uid-2", "S:+OK", "S:Received: from a by b; "
	    "Mon, 1 Jan 2024 00:00:00 +0000", "S:", "S:.", "S:+OK bye",
	    NULL },
	  "CAPA|STLS|CAPA|USER alice@x.test|PASS s3cret|STAT|LIST|UIDL 2|"
	  "TOP 2 0|QUIT", MX_OUT_OK, 0, MX_LOGIN_OK, 2 },
	{ "pop3: PASS refused", MX_MBOX_POP3, 0, 1,
	  { "connect", "S:+OK", "S:+OK", "S:STLS", "S:.", "S:+OK", "tls",
	    "S:+OK", "S:.", "S:+OK", "S:-ERR [AUTH] invalid login",
	    "S:+OK bye", NULL },
	  "CAPA|STLS|CAPA|USER alice@x.test|PASS s3cret|QUIT", MX_OUT_RESP,
	  MX_MB_LOGIN, MX_LOGIN_FAILED, -1 },
	{ "pop3: mailbox locked [IN-USE]", MX_MBOX_POP3, 1, 1,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.", "S:+OK",
	    "S:-ERR [IN-USE] locked by another session", "S:+OK", NULL },
	  "CAPA|USER alice@x.test|PASS s3cret|QUIT", MX_OUT_RESP,
	  MX_MB_LOGIN, MX_LOGIN_LOCKED, -1 },
	{ "pop3: no STLS, the password never goes in clear", MX_MBOX_POP3,
	  0, 1,
	  { "connect", "S:+OK", "S:+OK", "S:USER", "S:.", "S:+OK bye",
	    NULL },
	  "CAPA|QUIT", MX_OUT_OK, 0, MX_LOGIN_REFUSED_PLAIN, -1 },
	{ "pop3: no password: checked without a login", MX_MBOX_POP3, 1, 0,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.",
	    "S:+OK bye", NULL },
	  "CAPA|QUIT", MX_OUT_OK, 0, MX_LOGIN_NO_CREDENTIALS, -1 },
	{ "pop3: bytes after the STLS go-ahead abort", MX_MBOX_POP3, 0, 1,
	  { "connect", "S:+OK", "S:+OK", "S:STLS", "S:.", "inject",
	    "S:+OK go", NULL },
	  "CAPA|STLS", MX_OUT_INJECTION, MX_MB_STLS, MX_LOGIN_NOT_TRIED, -1 },
	{ "pop3: -ERR greeting", MX_MBOX_POP3, 0, 1,
	  { "connect", "S:-ERR go away", NULL }, "", MX_OUT_RESP,
	  MX_MB_GREETING, MX_LOGIN_NOT_TRIED, -1 },
	{ "pop3: no greeting times out", MX_MBOX_POP3, 0, 1,
	  { "connect", "timeout", NULL }, "", MX_OUT_TIMEOUT,
	  MX_MB_GREETING, MX_LOGIN_NOT_TRIED, -1 },
	{ "pop3: implicit TLS handshake fails", MX_MBOX_POP3, 1, 1,
	  { "connect", "tlsfail", NULL }, "", MX_OUT_TLS, MX_MB_TLS,
	  MX_LOGIN_NOT_TRIED, -1 },
	/* RFC 1939 §5: STAT has no negative answer after a login; a -ERR
	 * ends the check there, the count unknown (LIST not asked). */
	{ "pop3: STAT refused", MX_MBOX_POP3, 1, 1,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.", "S:+OK",
	    "S:+OK in", "S:-ERR [SYS/TEMP] not now", "S:+OK 0 messages",
	    NULL },
	  "CAPA|USER alice@x.test|PASS s3cret|STAT|QUIT", MX_OUT_RESP,
	  MX_MB_STAT, MX_LOGIN_OK, UNKNOWN },
	/* A malformed STAT, then a LIST whose lines are no scan listings:
	 * no count at all, never "0 messages". */
	{ "pop3: LIST lines that are not scan listings", MX_MBOX_POP3, 1, 1,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.", "S:+OK",
	    "S:+OK in", "S:+OK ready", "S:+OK", "S:one", "S:two", "S:.",
	    "S:+OK bye", NULL },
	  "CAPA|USER alice@x.test|PASS s3cret|STAT|LIST|QUIT", MX_OUT_OK, 0,
	  MX_LOGIN_OK, UNKNOWN },
	/* The same LIST well formed: its count stands in for STAT's. */
	{ "pop3: malformed STAT, the count from LIST", MX_MBOX_POP3, 1, 1,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.", "S:+OK",
	    "S:+OK in", "S:+OK ready", "S:+OK", "S:1 10", "S:2 20", "S:.",
	    "S:-ERR", "S:+OK bye", NULL },
	  "CAPA|USER alice@x.test|PASS s3cret|STAT|LIST|TOP 2 0|QUIT",
	  MX_OUT_OK, 0, MX_LOGIN_OK, 2 },
	{ "pop3: closed during login", MX_MBOX_POP3, 1, 1,
	  { "connect", "tls", "S:+OK", "S:+OK", "S:USER", "S:.", "eof",
	    NULL },
	  "CAPA|USER alice@x.test", MX_OUT_CONN, MX_MB_LOGIN,
	  MX_LOGIN_NOT_TRIED, -1 },
	/* RFC 9051: CAPABILITY, STARTTLS, CAPABILITY, LOGIN, SELECT, FETCH. */
	{ "imap: STARTTLS, LOGIN, SELECT, FETCH, LOGOUT", MX_MBOX_IMAP, 0, 1,
	  { "connect", "S:* OK IMAP4rev1 ready",
	    "S:* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED",
	    "S:a1 OK done", "S:a2 OK begin TLS", "tls",
	    "S:* CAPABILITY IMAP4rev1 AUTH=PLAIN", "S:a3 OK done",
	    "S:+ ", "S:a4 OK logged in", "S:* 3 EXISTS",
	    "S:* OK [UIDVALIDITY 7] ok", "S:a5 OK [READ-WRITE] done",
	    "S:* 3 FETCH (UID 9 RFC822.SIZE 512 BODY[HEADER.FIELDS "
	    "(RECEIVED)] {0}", "S:)", "S:a6 OK done",
	    "S:* BYE logging out", "S:a7 OK bye", NULL },
	  "a1 CAPABILITY|a2 STARTTLS|a3 CAPABILITY|a4 AUTHENTICATE PLAIN|"
	  "AGFsaWNlQHgudGVzdABzM2NyZXQ=|a5 SELECT INBOX|a6 FETCH 3 (UID "
	  "RFC822.SIZE BODY.PEEK[HEADER.FIELDS (DATE RECEIVED)])|a7 LOGOUT",
	  MX_OUT_OK, 0, MX_LOGIN_OK, 3 },
	{ "imap: LOGIN refused", MX_MBOX_IMAP, 1, 1,
	  { "connect", "tls", "S:* OK ready",
	    "S:* CAPABILITY IMAP4rev1", "S:a1 OK done",
	    "S:a2 NO [AUTHENTICATIONFAILED] invalid credentials",
	    "S:* BYE", "S:a3 OK bye", NULL },
	  "a1 CAPABILITY|a2 LOGIN \"alice@x.test\" \"s3cret\"|a3 LOGOUT",
	  MX_OUT_RESP, MX_MB_LOGIN, MX_LOGIN_FAILED, -1 },
	{ "imap: no STARTTLS, no login in clear", MX_MBOX_IMAP, 0, 1,
	  { "connect", "S:* OK ready", "S:* CAPABILITY IMAP4rev1",
	    "S:a1 OK done", "S:* BYE", "S:a2 OK bye", NULL },
	  "a1 CAPABILITY|a2 LOGOUT", MX_OUT_OK, 0, MX_LOGIN_REFUSED_PLAIN,
	  -1 },
	{ "imap: BYE greeting", MX_MBOX_IMAP, 0, 1,
	  { "connect", "S:* BYE too busy", NULL }, "", MX_OUT_RESP,
	  MX_MB_GREETING, MX_LOGIN_NOT_TRIED, -1 },
	{ "imap: bytes after the STARTTLS go-ahead abort", MX_MBOX_IMAP, 0,
	  1,
	  { "connect", "S:* OK ready", "S:* CAPABILITY IMAP4rev1 STARTTLS",
	    "S:a1 OK done", "inject", "S:a2 OK begin TLS", NULL },
	  "a1 CAPABILITY|a2 STARTTLS", MX_OUT_INJECTION, MX_MB_STLS,
	  MX_LOGIN_NOT_TRIED, -1 },
	{ "imap: timeout waiting for CAPABILITY", MX_MBOX_IMAP, 1, 1,
	  { "connect", "tls", "S:* OK ready", "timeout", NULL },
	  "a1 CAPABILITY", MX_OUT_TIMEOUT, MX_MB_CAPA, MX_LOGIN_NOT_TRIED,
	  -1 },
};

/* A dialogue of proto for alice@x.test over the fake f, started. */
static struct mx_mb *
start_mb(struct mx_fake *f, enum mx_mbox_proto proto, int implicit_tls,
    int password)
{
	struct mx_mb_params p;
	struct mx_mb *m;

	memset(&p, 0, sizeof p);
	p.host = "mail.x.test";
	p.user = "alice@x.test";
	p.have_password = password;
	p.implicit_tls = implicit_tls;
	p.timeout_ms = 5000;
	memset(f, 0, sizeof *f);
	m = (proto == MX_MBOX_POP3 ? mx_pop3_new : mx_imap_new)(&p,
	    &mx_fake_io, f, mx_fake_emit, f, 0, uv_hrtime());
	mx_mb_start(m, "127.0.0.1", proto == MX_MBOX_POP3 ? 110 : 143);
	return m;
}

/* Run one case through the state machine of its protocol. */
static void
run_case(const struct mb_case *c)
{
	struct mx_tls tls;
	struct mx_fake f;
	struct mx_mb *m;
	int i;

	m = start_mb(&f, c->proto, c->implicit_tls, c->password);
	for (i = 0; c->inputs[i] != NULL; i++) {
		const char *in = c->inputs[i];
		memset(&tls, 0, sizeof tls);
		if (strncmp(in, "S:", 2) == 0) {
			mx_proto_line(&m->pr, in + 2, strlen(in + 2), 0);
			f.pending = 0;
		} else if (strcmp(in, "connect") == 0)
			mx_proto_connected(&m->pr, MX_CONN_OK);
		else if (strcmp(in, "tls") == 0) {
			tls.attempted = tls.ok = tls.verified = tls.name_ok = 1;
			mx_proto_tls(&m->pr, &tls);
		} else if (strcmp(in, "tlsfail") == 0) {
			tls.attempted = 1;
			mx_proto_tls(&m->pr, &tls);
		} else if (strcmp(in, "timeout") == 0)
			mx_proto_timeout(&m->pr);
		else if (strcmp(in, "eof") == 0)
			mx_proto_closed(&m->pr, MX_CONN_EOF, "closed");
		else if (strcmp(in, "inject") == 0)
			f.pending = 1;
	}
	if (c->want_sent != NULL)
		is_str(f.sent, c->want_sent, "%s: commands", c->name);
	is_int(f.finished, 1, "%s: finished exactly once", c->name);
	is_int(f.outcome, c->want_outcome, "%s: outcome", c->name);
	if (c->want_outcome != MX_OUT_OK)
		is_int(f.stage, c->want_stage, "%s: failing stage", c->name);
	is_int(f.sum.login, c->want_login, "%s: login result", c->name);
	if (c->want_nmsgs >= 0 || c->want_nmsgs == UNKNOWN)
		is_int((int)f.sum.nmsgs, c->want_nmsgs == UNKNOWN ? -1 :
		    (int)c->want_nmsgs, "%s: messages", c->name);
	ok(f.events > 0, "%s: events emitted", c->name);
	mx_mb_free(m);
}

/* An IMAP server that answers SELECT with n untagged responses, then
 * (done) its completion: up to the cap (imap.c: 10000) the dialogue goes
 * on; past it the check ends as a protocol error, said as the flood it
 * is, not left to the deadline. */
static void
imap_flood(int n, int done)
{
	static const char *const pre[] = { "* OK ready",
	    "* CAPABILITY IMAP4rev1", "a1 OK done", "a2 OK in", NULL };
	struct mx_tls tls;
	struct mx_fake f;
	struct mx_mb *m;
	int i;

	m = start_mb(&f, MX_MBOX_IMAP, 1, 1);
	memset(&tls, 0, sizeof tls);
	mx_proto_connected(&m->pr, MX_CONN_OK);
	tls.attempted = tls.ok = tls.verified = tls.name_ok = 1;
	mx_proto_tls(&m->pr, &tls);
	for (i = 0; pre[i] != NULL; i++)
		mx_proto_line(&m->pr, pre[i], strlen(pre[i]), 0);
	for (i = 0; i < n && !f.finished; i++)
		mx_proto_line(&m->pr, "* 1 EXISTS", 10, 0);
	if (done)
		mx_proto_line(&m->pr, "a3 OK done", 10, 0);
	if (n > 10000) {
		is_int(f.finished, 1, "imap: %d untagged responses: cut", n);
		is_int(i, 10001, "... right past the cap");
		is_int(f.outcome, MX_OUT_PROTO, "... a protocol error");
		is_int(f.stage, MX_MB_SELECT, "... at SELECT");
		is_str(f.sum.outcome_text, "endless untagged responses without "
		    "the command's completion, cut at the cap",
		    "... said as what happened, not a stall");
	} else {
		is_int(f.finished, 0, "imap: %d untagged responses, then the "
		    "completion: not cut", n);
		ok(strstr(f.sent, "a4 FETCH 1 ") != NULL, "... the dialogue "
		    "goes on");
	}
	mx_mb_free(m);
}

/* Entry point. */
int
main(void)
{
	size_t i;

	mx_secret_set("alice@x.test", "s3cret", 6);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
	imap_flood(10000, 1);
	imap_flood(20000, 0);
	mx_secret_clear();
	return tap_done();
}
