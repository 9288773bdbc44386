/*
 * t-smtp-reply: the pure SMTP reply parser (RFC 5321 §4.2, RFC 3463)
 * against well-formed and hostile replies (hostile-inputs.md S4-S8).
 */
#include <stdlib.h>
#include <string.h>

#include "conn.h"
#include "smtp-reply.h"
#include "tap.h"

/* Feed lines (NUL-separated list ending in "") until a reply completes. */
static int
feed(struct mx_reply_parser *p, const char *const *lines, int flags,
    struct mx_reply *out)
{
	int i, done = 0;

	for (i = 0; lines[i] != NULL && !done; i++)
		done = mx_smtp_reply_feed(p, lines[i], strlen(lines[i]), flags,
		    out);
	return done ? i : -1;
}

/* Multi-line reply with enhanced codes and EHLO capabilities. */
static void
test_multiline(void)
{
	static const char *const l[] = { "250-mx.example.test hello",
	    "250-PIPELINING", "250-SIZE 10240000", "250-AUTH PLAIN LOGIN",
	    "250-8BITMIME", "250-SMTPUTF8", "250 STARTTLS", NULL };
	struct mx_reply_parser p;
	struct mx_reply r;
	struct mx_caps c;

	mx_smtp_reply_init(&p);
	is_int(feed(&p, l, 0, &r), 7, "multi-line reply completes on the last line");
	is_int(r.code, 250, "code 250");
	is_int(r.nlines, 7, "seven lines");
	is_int(r.flags, 0, "no faults");
	mx_smtp_reply_caps(&r, &c);
	ok(c.esmtp && c.pipelining && c.eightbit && c.smtputf8 && c.starttls,
	    "capabilities found");
	is_int(c.size, 10240000, "SIZE value");
	is_str(c.auth, "PLAIN LOGIN", "AUTH mechanisms");
	mx_smtp_reply_free(&r);
}

/* Enhanced status codes, valid and not. */
static void
test_esc(void)
{
	struct mx_reply_line l;

	mx_smtp_reply_line("550 5.1.1 <u@x>: user unknown", 30, &l);
	is_int(l.code, 550, "550 parsed");
	is_str(l.esc, "5.1.1", "enhanced code 5.1.1");
	mx_smtp_reply_line("550 4.1.1 wrong class", 21, &l);
	is_str(l.esc, "", "enhanced code of another class ignored");
	mx_smtp_reply_line("554 5.7.606 Access denied", 25, &l);
	is_str(l.esc, "5.7.606", "three-digit detail");
	mx_smtp_reply_line("250 5.1.1x", 10, &l);
	is_str(l.esc, "", "code glued to text is not a code");
}

/* Malformed codes (S7). */
static void
test_bad_codes(void)
{
	static const char *bad[] = { "25O ok", "2500 ok", "999 what", "abc",
	    "", "12" };
	struct mx_reply_parser p;
	struct mx_reply r;
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		mx_smtp_reply_init(&p);
		ok(mx_smtp_reply_feed(&p, bad[i], strlen(bad[i]), 0, &r) == 1 &&
		    r.code == 0 && (r.flags & MX_REPLY_BAD_CODE),
		    "malformed '%s' ends the reply as bad code", bad[i]);
		mx_smtp_reply_free(&r);
	}
	mx_smtp_reply_init(&p);
	ok(mx_smtp_reply_feed(&p, "250", 3, 0, &r) == 1 && r.code == 250 &&
	    r.flags == 0, "a lone 250 is a valid reply");
	mx_smtp_reply_free(&r);
}

/* Mismatched codes across lines, bare LF, NUL, long lines (S6-S8). */
static void
test_faults(void)
{
	static const char *const l[] = { "250-a", "550 b", NULL };
	struct mx_reply_parser p;
	struct mx_reply r;
	char line[600];

	mx_smtp_reply_init(&p);
	feed(&p, l, MX_LINE_BARE_LF, &r);
	ok(r.flags & MX_REPLY_MISMATCH, "mismatched codes flagged");
	ok(r.flags & MX_REPLY_BARE_LF, "bare LF flagged");
	is_int(r.code, 550, "final line's code kept");
	mx_smtp_reply_free(&r);
	/* The enhanced code follows the final line's class (RFC 3463 §2):
	 * "550 2.1.5" would read as a refusal that says "delivered". */
	static const char *const m1[] = { "250-2.1.5 ok", "550 5.1.1 no", NULL };
	static const char *const m2[] = { "220-2.0.0 hi", "554 go away", NULL };
	static const char *const m3[] = { "550-5.1.1 no", "550 ok", NULL };
	mx_smtp_reply_init(&p);
	feed(&p, m1, 0, &r);
	is_str(r.esc, "5.1.1", "mixed codes: the final line's enhanced code");
	mx_smtp_reply_free(&r);
	mx_smtp_reply_init(&p);
	feed(&p, m2, 0, &r);
	is_str(r.esc, "", "mixed codes: none of the final class, none kept");
	mx_smtp_reply_free(&r);
	mx_smtp_reply_init(&p);
	feed(&p, m3, 0, &r);
	is_str(r.esc, "5.1.1", "same class: the first line's enhanced code");
	mx_smtp_reply_free(&r);
	mx_smtp_reply_init(&p);
	mx_smtp_reply_feed(&p, "220 a\0b", 7, MX_LINE_NUL, &r);
	ok(r.flags & MX_REPLY_NUL, "NUL flagged");
	is_int((int)r.lastlen, 3, "text after NUL kept (length-tracked)");
	mx_smtp_reply_free(&r);
	memset(line, 'x', sizeof line);
	memcpy(line, "220 ", 4);
	mx_smtp_reply_init(&p);
	mx_smtp_reply_feed(&p, line, sizeof line, 0, &r);
	ok(r.flags & MX_REPLY_LONG_LINE, "line over 512 octets flagged");
	mx_smtp_reply_free(&r);
}

/* An endless multi-line reply is capped (S5). */
static void
test_endless(void)
{
	struct mx_reply_parser p;
	struct mx_reply r;
	int i, done = 0;

	mx_smtp_reply_init(&p);
	for (i = 0; i < 5000 && !done; i++)
		done = mx_smtp_reply_feed(&p, "250-x", 5, 0, &r);
	ok(done && (r.flags & MX_REPLY_TOO_LONG), "endless reply stopped");
	ok(i <= MX_REPLY_MAX_LINES, "stopped by %d lines (%d)",
	    MX_REPLY_MAX_LINES, i);
	mx_smtp_reply_free(&r);
}

/* The joined text keeps a status that every line repeats once, whether
 * the reply's class is the status's (RFC 2034 §3) or not (inv1). */
static void
test_joined(void)
{
	static const char *const same[] = { "550-5.1.1 No such",
	    "550-5.1.1 mailbox", "550 5.1.1 here", NULL };
	static const char *const other[] = { "454-5.5.1 STARTTLS may not",
	    "454-5.5.1 be repeated.", "454 5.5.1 - gsmtp", NULL };
	struct mx_reply_parser p;
	struct mx_reply r;
	char all[256];

	mx_smtp_reply_init(&p);
	feed(&p, same, 0, &r);
	mx_smtp_reply_all(&r, all, sizeof all);
	is_str(all, "5.1.1 No such mailbox here", "the status once (X.1.1)");
	mx_smtp_reply_free(&r);
	mx_smtp_reply_init(&p);
	feed(&p, other, 0, &r);
	mx_smtp_reply_all(&r, all, sizeof all);
	is_str(all, "5.5.1 STARTTLS may not be repeated. - gsmtp",
	    "the status once, of another class than the code");
	mx_smtp_reply_free(&r);
}

/* Entry point. */
int
main(void)
{
	test_joined();
	test_multiline();
	test_esc();
	test_bad_codes();
	test_faults();
	test_endless();
	return tap_done();
}
