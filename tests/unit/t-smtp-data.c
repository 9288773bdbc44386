/*
 * t-smtp-data: the pure parts of --send (issue 14): the wire form of a
 * message (dot-stuffing, RFC 5321 §4.5.2; no bare CR or LF, the SMTP
 * smuggling class of CVE-2023-51764), the envelope parameters (RFC 1870,
 * 6152, 6531, 3461), the composed test message and the queue id of a
 * final reply.
 */
#include <stdlib.h>
#include <string.h>

#include "smtp-data.h"
#include "testmsg.h"
#include "tap.h"

/* Whether buf holds a CR not before LF, or an LF not after CR. */
static int
bare(const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((b[i] == '\r' && (i + 1 == n || b[i + 1] != '\n')) ||
		    (b[i] == '\n' && (i == 0 || b[i - 1] != '\r')))
			return 1;
	return 0;
}

/* Compare a wire form with what it must be. */
static void
wire(const char *in, int dot, const char *want, const char *what)
{
	size_t n;
	char *w = mx_smtp_data_wire(in, strlen(in), dot, &n);

	ok(n == strlen(want) && memcmp(w, want, n) == 0, "%s", what);
	ok(!bare(w, n), "%s: no bare CR or LF", what);
	free(w);
}

/* Dot-stuffing and line ends. */
static void
test_wire(void)
{
	wire("a\r\n.b\r\n..c\r\n", 1, "a\r\n..b\r\n...c\r\n.\r\n",
	    "DATA: a leading dot doubled, the end marker added");
	wire(".\r\n", 1, "..\r\n.\r\n", "DATA: a lone dot is not the end");
	wire("a\nb\rc\r\n\n", 1, "a\r\nb\r\nc\r\n\r\n.\r\n",
	    "DATA: a bare LF or CR becomes CRLF");
	wire("x\r\n.\n.\r\r\n", 1, "x\r\n..\r\n..\r\n\r\n.\r\n",
	    "DATA: smuggling shapes (LF.LF, CR.CR) cannot end the data");
	wire("no end", 1, "no end\r\n.\r\n", "DATA: a final CRLF added");
	wire("", 1, ".\r\n", "DATA: an empty message");
	wire(".a\r\nb\n", 0, ".a\r\nb\r\n", "BDAT: no stuffing, CRLF only");
}

/* MAIL FROM and RCPT TO parameters, each only when offered. */
static void
test_params(void)
{
	struct mx_caps c;
	struct mx_smtp_env e = { 1234, 1, 1, "HDRS", "FAILURE,DELAY" };
	char buf[160];

	memset(&c, 0, sizeof c);
	mx_smtp_mail_params(&c, &e, buf, sizeof buf);
	is_str(buf, "", "nothing offered: no parameters");
	mx_smtp_rcpt_params(&c, &e, buf, sizeof buf);
	is_str(buf, "", "no DSN: no NOTIFY=");
	c.has_size = c.eightbit = c.smtputf8 = c.dsn = 1;
	mx_smtp_mail_params(&c, &e, buf, sizeof buf);
	is_str(buf, " SIZE=1234 BODY=8BITMIME SMTPUTF8 RET=HDRS",
	    "all offered: SIZE=, BODY=, SMTPUTF8, RET=");
	mx_smtp_rcpt_params(&c, &e, buf, sizeof buf);
	is_str(buf, " NOTIFY=FAILURE,DELAY", "DSN: NOTIFY=");
	e.size = -1;
	e.eightbit = e.utf8 = 0;
	mx_smtp_mail_params(&c, &e, buf, sizeof buf);
	is_str(buf, " RET=HDRS", "no size, ASCII: RET= only");
	ok(mx_smtp_dsn_notify_valid("NEVER"), "NOTIFY NEVER");
	ok(mx_smtp_dsn_notify_valid("success,failure,delay"), "NOTIFY all three");
	ok(!mx_smtp_dsn_notify_valid("NEVER,SUCCESS"), "NEVER goes alone");
	ok(!mx_smtp_dsn_notify_valid("SUCCESS,SUCCESS"), "no word twice");
	ok(!mx_smtp_dsn_notify_valid("SUCCESS,,DELAY"), "no empty word");
	ok(!mx_smtp_dsn_notify_valid(",DELAY"), "no leading comma");
	ok(!mx_smtp_dsn_notify_valid("SOMETIMES"), "unknown word");
	ok(!mx_smtp_dsn_notify_valid(""), "empty");
}

/* The composed message. */
static void
test_compose(void)
{
	struct mx_testmsg_params p = { "probe@client.test",
	    "user@example.test", "client.test",
	    "0123456789abcdef0123456789abcdef", -1, 1764892800 };
	struct mx_testmsg m;
	char tok[MX_TESTMSG_TOKEN], tok2[MX_TESTMSG_TOKEN];

	mx_testmsg_compose(&p, &m);
	ok(!bare(m.data, m.len), "message: CRLF only");
	ok(strstr(m.data, "Date: Fri, 05 Dec 2025 00:00:00 +0000\r\n") == m.data,
	    "message: Date first, RFC 5322 form");
	ok(strstr(m.data, "\r\nFrom: <probe@client.test>\r\nTo: "
	    "<user@example.test>\r\nSubject: mxscope test message "
	    "0123456789abcdef0123456789abcdef\r\nMessage-ID: "
	    "<0123456789abcdef0123456789abcdef.mxscope@client.test>\r\n") !=
	    NULL, "message: From, To, Subject with the token, Message-ID");
	ok(strstr(m.data, "\r\n\r\n") != NULL, "message: a blank line ends "
	    "the header");
	ok(strstr(m.data, "\r\n. This line") != NULL, "message: a line that "
	    "starts with a dot");
	ok(!m.eightbit, "message: ASCII");
	mx_testmsg_free(&m);
	p.size = 100000;
	p.from = "";
	mx_testmsg_compose(&p, &m);
	is_int((long long)m.len, 100000, "--size 100000: exactly that long");
	ok(!bare(m.data, m.len), "--size: CRLF only");
	ok(strstr(m.data, "From: mxscope <mxscope@client.test>") != NULL,
	    "null sender: From mxscope@ the EHLO name");
	mx_testmsg_free(&m);
	p.rcpt = "j\xc3\xbcrgen@example.test";
	mx_testmsg_compose(&p, &m);
	ok(m.eightbit, "a UTF-8 address: 8-bit");
	ok(strstr(m.data, "charset=utf-8") != NULL, "... labelled utf-8");
	mx_testmsg_free(&m);
	p.rcpt = "user@example.test\r\nBcc: x@evil.test";
	mx_testmsg_compose(&p, &m);
	ok(!bare(m.data, m.len) && strstr(m.data, "\r\nBcc:") == NULL,
	    "a CRLF in an argument cannot add a header");
	mx_testmsg_free(&m);
	ok(mx_testmsg_token(tok, sizeof tok) == 0 &&
	    mx_testmsg_token(tok2, sizeof tok2) == 0 && strlen(tok) == 32 &&
	    strcmp(tok, tok2) != 0, "tokens: 32 hex digits, fresh each time");
}

/* Queue ids as servers word them. */
static void
test_queue_id(void)
{
	static const struct {
		const char	*text, *id;
	} t[] = {
		{ "2.0.0 Ok: queued as 4XyzAbC12", "4XyzAbC12" },	/* Postfix */
		{ "OK id=1rABCD-000123-4X", "1rABCD-000123-4X" },	/* Exim */
		{ "2.0.0 x1BKs2xT012345 Message accepted for delivery",
		  "x1BKs2xT012345" },				/* Sendmail */
		{ "2.0.0 OK  1701234567 a1-20020a05600c.1 - gsmtp",
		  "a1-20020a05600c.1" },				/* Gmail */
		{ "2.6.0 <m@x> [InternalId=123456, Hostname=A] Queued mail",
		  "123456" },					/* Microsoft */
		{ "2.0.0 Message accepted", "" },
		{ "Ok", "" },
	};
	char id[64];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		mx_testmsg_queue_id(t[i].text, id, sizeof id);
		is_str(id, t[i].id, "queue id of '%s'", t[i].text);
	}
}

/* Entry point. */
int
main(void)
{
	test_wire();
	test_params();
	test_compose();
	test_queue_id();
	return tap_done();
}
