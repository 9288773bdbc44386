/*
 * t-ui: unit tests of the dashboard's pure parts: the DNS server syntax
 * accepted by `d`/`a` (IP, IP:port, [v6]:port), the resolver
 * disagreement grouping that drives the highlight, the duration format,
 * and the bytes of a pasted bounce (bracketed paste markers, keys outside
 * them, the size cap), the UTF-8 decoder shared with the sanitizer as
 * the drawing uses it, the secret holder's input for the masked
 * password field, and the frame cadence.  No terminal needed.
 */
#include <string.h>

#include "tap.h"
#include "mailbox-secret.h"
#include "ui-int.h"

/* Fill resolver i of m with an answer: status and one MX record. */
static void
res(struct mx_model *m, int i, enum mx_dns_status st, const char *mx,
    uint32_t hash)
{
	struct mx_resolver *r = &m->resolvers[i];

	memset(r, 0, sizeof *r);
	snprintf(r->name, sizeof r->name, "127.0.0.1:%d", 5300 + i);
	r->status = st;
	r->done = 1;
	r->addr_hash = hash;
	if (mx != NULL) {
		r->nmx = 1;
		r->mx[0].pref = 10;
		mx_strlcpy(r->mx[0].host, mx, sizeof r->mx[0].host);
	}
	if (i >= m->nresolvers)
		m->nresolvers = i + 1;
}

/* The syntax check of the DNS dialog. */
static void
test_dns_syntax(void)
{
	static const struct {
		const char	*in;
		int		 want;
	} t[] = {
		{ "1.1.1.1", 0 }, { "127.0.0.1:5353", 0 }, { "8.8.8.8:53", 0 },
		{ "::1", 0 }, { "2001:db8::1", 0 }, { "[::1]", 0 },
		{ "[::1]:53", 0 }, { "[2001:db8::53]:65535", 0 },
		{ "", -1 }, { "example.org", -1 }, { "1.1.1", -1 },
		{ "1.1.1.1:", -1 }, { "1.1.1.1:0", -1 }, { "1.1.1.1:65536", -1 },
		{ "1.1.1.1:53x", -1 }, { "1.1.1.1:-1", -1 }, { "[::1", -1 },
		{ "[::1]53", -1 }, { "[1.1.1.1]:53", -1 }, { "::1:zz", -1 },
		{ "1.1.1.1:000053", -1 }, { " 1.1.1.1", -1 },
		{ "1.1.1.1\x1b[2J", -1 },
	};
	char err[200];
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		err[0] = '\0';
		is_int(ui_dns_valid(t[i].in, err, sizeof err), t[i].want,
		    "dns syntax #%zu %s", i, t[i].want ? "refused" : "accepted");
		if (t[i].want != 0)
			ok(err[0] != '\0', "  with a reason (%s)", err);
	}
}

/* Which resolvers the strip marks as the odd ones out. */
static void
test_disagree(void)
{
	static struct mx_model m;
	unsigned odd;

	memset(&m, 0, sizeof m);
	res(&m, 0, MX_DNS_ANSWER, "mx1.example.test", 1);
	is_int(ui_resolvers_disagree(&m, &odd), 0, "one resolver: no dispute");
	res(&m, 1, MX_DNS_ANSWER, "MX1.example.test", 1);
	is_int(ui_resolvers_disagree(&m, &odd), 0, "same set (case): agree");
	res(&m, 2, MX_DNS_ANSWER, "mx2.example.test", 1);
	is_int(ui_resolvers_disagree(&m, &odd), 1, "different MX: disagree");
	is_int(odd, 1u << 2, "the minority resolver is the odd one");
	res(&m, 2, MX_DNS_ANSWER, "mx1.example.test", 7);
	is_int(ui_resolvers_disagree(&m, &odd), 1, "different addresses: disagree");
	is_int(odd, 1u << 2, "  and it is marked");
	res(&m, 2, MX_DNS_TIMEOUT, NULL, 0);
	is_int(ui_resolvers_disagree(&m, &odd), 0, "a timeout is no dispute");
	res(&m, 2, MX_DNS_NXDOMAIN, NULL, 0);
	is_int(ui_resolvers_disagree(&m, &odd), 1, "NXDOMAIN vs answer: dispute");
	m.resolvers[2].done = 0;
	is_int(ui_resolvers_disagree(&m, &odd), 0, "a pending resolver is no dispute");
}

/* The compact durations of the MX table and header. */
static void
test_fmt_ms(void)
{
	char b[32];

	ui_fmt_ms(b, sizeof b, 7);
	is_str(b, "7ms", "7 ms");
	ui_fmt_ms(b, sizeof b, 1234);
	is_str(b, "1.23s", "1234 ms");
	ui_fmt_ms(b, sizeof b, 125000);
	is_str(b, "2m05s", "125 s");
}

/* The frame cadence: one frame per UI_FRAME_MS, but the frame that
 * shows the end of a run is never held back (bench-ui's "first complete
 * frame" waited up to a whole UI_FRAME_MS for it). */
static void
test_frame_wait(void)
{
	is_int((int)ui_frame_wait(1000, 1000, UI_D_MX), UI_FRAME_MS,
	    "a frame just painted: the next one a UI_FRAME_MS later");
	is_int((int)ui_frame_wait(1000, 1030, UI_D_MX), UI_FRAME_MS - 30,
	    "30 ms after a frame: the rest of the UI_FRAME_MS");
	is_int((int)ui_frame_wait(1000, 1000 + UI_FRAME_MS, UI_D_MX), 0,
	    "a UI_FRAME_MS after a frame: at once");
	is_int((int)ui_frame_wait(1000, 5000, UI_D_ALL), 0,
	    "long after a frame: at once");
	is_int((int)ui_frame_wait(1000, 1001, UI_D_ALL | UI_D_NOW), 0,
	    "the end of a run, 1 ms after a frame: at once");
	ok((UI_D_ALL & UI_D_NOW) == 0, "UI_D_NOW is no region");
}

/* Feed a C string to pb. */
static int
feed(struct ui_pastebuf *pb, const char *s)
{
	return ui_pastebuf_feed(pb, s, strlen(s));
}

/* The paste buffer: what is data, what is a key. */
static void
test_pastebuf(void)
{
	struct ui_pastebuf pb;
	int r;

	ui_pastebuf_init(&pb, 64);
	r = feed(&pb, "\033[200~a\r\nb\rc\033[2J\x04\x03\033]0;t\a");
	is_int(r, 0, "an open paste reports nothing yet");
	is_int(pb.bracket, 1, "inside the paste");
	is_str(pb.buf, "a\nb\nc\033[2J\x04\x03\033]0;t\a",
	    "CR, CRLF become LF; ESC, ^D, ^C inside a paste are data");
	r = feed(&pb, "\033[20");
	is_int(r, UI_PB_ESC, "a split marker waits");
	is_int(ui_pastebuf_timeout(&pb), 0, "inside a paste, no timeout");
	r = feed(&pb, "1~");
	is_int(r, UI_PB_ENDED, "the end marker across two reads ends it");
	r = feed(&pb, "q\x04\x03\033[201~");
	is_int(r, UI_PB_ENDED, "the tail of a paste: a stray end again");
	is_str(pb.buf + strlen(pb.buf) - 3, "q\x04\x03",
	    "the tail's q, ^D, ^C stay data");
	ui_pastebuf_clear(&pb);
	is_int(pb.len, 0, "clear empties");
	r = feed(&pb, "\033[200~x\033[200~y\033[201~");
	is_str(pb.buf, "x\033[200~y", "a start marker inside a paste is data");
	is_int(r, UI_PB_ENDED, "and the paste ends");
	ui_pastebuf_clear(&pb);

	r = feed(&pb, "ab\xc3\xa9\x7f\x7f");
	is_str(pb.buf, "a", "typed: Backspace removes whole characters");
	r = feed(&pb, "\033[A");
	is_str(pb.buf, "a\033[A", "typed escape sequences are data");
	r = feed(&pb, "zz\x15");
	is_int(pb.len, 0, "Ctrl-U clears");
	r = feed(&pb, "k\x04rest");
	is_int(r, UI_PB_FINISH, "Ctrl-D finishes");
	is_str(pb.buf, "k", "the bytes after Ctrl-D are dropped");
	r = feed(&pb, "\033");
	is_int(r, UI_PB_ESC, "a lone ESC waits");
	is_int(ui_pastebuf_timeout(&pb), UI_PB_CANCEL, "then it is Esc");
	is_int(feed(&pb, "\x03"), UI_PB_CANCEL, "Ctrl-C cancels");
	ui_pastebuf_clear(&pb);

	feed(&pb, "\033[200~");
	for (r = 0; r < 10; r++)
		feed(&pb, "0123456789");
	is_int(pb.over, 1, "over the cap: refused");
	is_int(pb.len, 64, "only cap bytes are kept");
	is_int(pb.total, 100, "but all are counted");
	is_int(feed(&pb, "\033[201~"), UI_PB_ENDED, "the refused paste ends");
	ui_pastebuf_free(&pb);
}

/* Run them all. */
/* mx_utf8_decode (RFC 3629), and ui-draw's use of it: 1 byte per bad byte. */
static void
test_utf8(void)
{
	static const struct {
		const char	*in;
		size_t		 len;
		unsigned	 cp;
	} t[] = {
		{ "A", 1, 'A' }, { "\xc3\xa9", 2, 0xe9 },
		{ "\xe2\x80\xae", 3, 0x202e },
		{ "\xf0\x9f\x98\x80", 4, 0x1f600 },
		{ "\xc0\x80", 0, 0 },		/* overlong NUL */
		{ "\xe0\x80\xaf", 0, 0 },	/* overlong '/' */
		{ "\xed\xa0\x80", 0, 0 },	/* surrogate */
		{ "\xf4\x90\x80\x80", 0, 0 },	/* above U+10FFFF */
		{ "\x80", 0, 0 }, { "\xff", 0, 0 },
		{ "\xc3", 0, 0 },		/* truncated */
		{ "\xe2\x28\xa1", 0, 0 },	/* bad continuation */
	};
	struct ui u;
	size_t i, n;
	unsigned cp;
	int used;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		cp = 0;
		n = mx_utf8_decode(t[i].in, strlen(t[i].in), &cp);
		ok(n == t[i].len && (n == 0 || cp == t[i].cp),
		    "mx_utf8_decode case %zu: length %zu", i, t[i].len);
	}
	ok(mx_utf8_decode("\xc3\xa9", 1, &cp) == 0,
	    "a sequence cut by len is invalid");
	memset(&u, 0, sizeof u);
	u.utf8 = 0;	/* no wcwidth: each non-ASCII character is a '?' */
	is_int(ui_width(&u, "a\xc3\xa9" "b"), 3, "ui_width: a valid sequence is "
	    "one character");
	is_int(ui_width(&u, "a\xc0\x80" "b"), 4, "ui_width: an overlong form is "
	    "two bad bytes, one column each");
	is_int(ui_width(&u, "\xe2\x80"), 2, "ui_width: a truncated sequence "
	    "at the end: one column per byte");
	is_int(ui_fit(&u, "\xc3\xa9x", 1, &used), 2, "ui_fit steps over the "
	    "whole sequence");
	is_int(used, 1, "and uses one column");
}

/* The masked field's input in the secret holder (mailbox-secret.c). */
static void
test_secret_input(void)
{
	struct mx_opts o;
	char user[64], out[128];
	const char *pw;
	size_t len;
	int hit;

	mx_secret_clear();
	mx_secret_input_begin();
	ok(mx_secret_input_add("a", 1) == 0 && mx_secret_input_add("\xc3\xa9",
	    2) == 0 && mx_secret_input_add("b", 1) == 0, "three characters "
	    "added");
	is_int(mx_secret_input_chars(), 3, "three characters counted (one is "
	    "two bytes)");
	mx_secret_input_erase();
	mx_secret_input_erase();
	is_int(mx_secret_input_chars(), 1, "two erased: the two-byte one "
	    "whole");
	mx_secret_input_clear();
	is_int(mx_secret_input_chars(), 0, "clear empties it");
	ok(mx_secret_input_commit("alice@example.test") == -1 &&
	    !mx_secret_have(), "an empty field commits nothing");
	mx_secret_input_add("K", 1);
	mx_secret_input_add("9", 1);
	mx_secret_input_add("!", 1);
	ok(mx_secret_input_commit("alice@example.test") == 0 &&
	    mx_secret_have(), "commit: the password is held");
	pw = mx_secret_password(&len);
	ok(len == 3 && memcmp(pw, "K9!", 3) == 0, "it is what was typed");
	is_int(mx_secret_input_chars(), 0, "and the input is gone");
	pw = "-ERR bad K9! AGFsaWNlQGV4YW1wbGUudGVzdABLOSE=";
	mx_secret_redact(pw, strlen(pw), out, sizeof out, &hit);
	is_str(out, "-ERR bad ******** ********", "the new password and its "
	    "PLAIN blob are redacted");
	mx_secret_rekey("bob@example.test");
	pw = "+ AGJvYkBleGFtcGxlLnRlc3QASzkh";
	mx_secret_redact(pw, strlen(pw), out, sizeof out, &hit);
	is_str(out, "+ ********", "rekey: the new login's PLAIN blob is "
	    "redacted");
	mx_secret_input_begin();
	mx_secret_input_add("x", 1);
	mx_secret_input_cancel();
	pw = mx_secret_password(&len);
	ok(len == 3 && memcmp(pw, "K9!", 3) == 0 && mx_secret_input_chars() ==
	    0, "cancel keeps the held password");
	mx_secret_clear();

	mx_opts_init(&o);
	o.target = "alice@example.test";
	ok(mx_secret_login(&o, user, sizeof user) == NULL,
	    "no mailbox check: no login name");
	o.pop3 = "";
	is_str(mx_secret_login(&o, user, sizeof user), "alice@example.test",
	    "--pop3: the target is the login");
	o.target = "example.test";
	ok(mx_secret_login(&o, user, sizeof user) == NULL,
	    "a bare domain: no login name");
	o.mbox_user = "bob";
	is_str(mx_secret_login(&o, user, sizeof user), "bob", "--user wins");
}

/* Entry point: run every check and print the TAP plan. */
int
main(void)
{
	test_dns_syntax();
	test_disagree();
	test_fmt_ms();
	test_frame_wait();
	test_pastebuf();
	test_utf8();
	test_secret_input();
	return tap_done();
}
