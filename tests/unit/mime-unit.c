/*
 * tests/unit/mime-unit.c: unit tests (TAP) of the hand-written MIME reader of
 * the bounce reader (src/ndr/mime-hdr.c, src/ndr/mime-decode.c, src/ndr/ndr-mime.c):
 * header fields and folding (RFC 5322 §2.2), encoded words (RFC 2047),
 * parameters (RFC 2045 §5.1, RFC 2231), addresses, base64 and
 * quoted-printable with damage (RFC 2045 §6.7-6.8), charsets to UTF-8,
 * and the MIME structure (RFC 2046 §5): preamble, epilogue, a missing
 * close delimiter, boundary prefixes, digests, message/global; HTML
 * reduced to text (src/ndr/mime-html.c: the lines a reader shows, not
 * the source's line ends); plus inputs built to be slow for a careless
 * parser.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"
#include "tap.h"

/* Decode a header value given as a C string; returns a static copy. */
static const char *
hdr(const char *v, int *notes)
{
	static char out[4096];
	struct ndr_buf b = { NULL, 0, 0 };

	*notes = 0;
	mx_mime_decode_header(v, strlen(v), &b, notes);
	mx_strlcpy(out, b.p ? b.p : "", sizeof out);
	mx_ndr_buf_free(&b);
	return out;
}

/* Undo a transfer encoding of a C string; returns a static copy. */
static const char *
body(const char *s, int cte)
{
	static char out[4096];
	struct ndr_buf b = { NULL, 0, 0 };

	mx_mime_decode_body(s, strlen(s), cte, &b);
	mx_strlcpy(out, b.p ? b.p : "", sizeof out);
	mx_ndr_buf_free(&b);
	return out;
}

/* Convert a C string from charset; returns a static copy or "(unknown)". */
static const char *
conv(const char *s, const char *charset)
{
	static char out[4096];
	struct ndr_buf b = { NULL, 0, 0 };

	if (mx_mime_to_utf8(s, strlen(s), charset, &b) == -1)
		mx_strlcpy(out, "(unknown)", sizeof out);
	else
		mx_strlcpy(out, b.p ? b.p : "", sizeof out);
	mx_ndr_buf_free(&b);
	return out;
}

/* Header fields, folding and the end of the block. */
static void
fields(void)
{
	static const char blk[] = "Subject: a\n  b\nX-Y :c\nnot a field\n"
	    "Z: d\n";
	struct mime_field f;
	size_t off = 0;

	ok(mx_mime_field_next(blk, sizeof blk - 1, &off, &f) &&
	    mx_mime_field_is(&f, "subject") && f.vlen == 6,
	    "field: folded value kept whole");
	ok(mx_mime_field_next(blk, sizeof blk - 1, &off, &f) &&
	    mx_mime_field_is(&f, "X-Y"), "field: space before the colon");
	ok(!mx_mime_field_next(blk, sizeof blk - 1, &off, &f) &&
	    strncmp(blk + off, "not a field", 11) == 0,
	    "field: a line without a name ends the block");
}

/* Encoded words (RFC 2047). */
static void
words(void)
{
	int n;

	is_str(hdr("=?utf-8?B?VW5kZWxpdmVy?= =?utf-8?Q?ed_Mail?=", &n),
	    "Undelivered Mail", "2047: B and Q, white space between dropped");
	is_str(hdr("=?utf-8?q?=E3=83?= =?utf-8?q?=A6?=", &n), "\xe3\x83\xa6",
	    "2047: a character split over two words is joined");
	is_str(hdr("a =?ISO-2022-JP?B?GyRCJWYhPCU2GyhC?= b", &n),
	    "a \xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6 b",
	    "2047: ISO-2022-JP word, text around kept");
	is_str(hdr("=?gb2312?B?xOO6ww==?=", &n), "\xe4\xbd\xa0\xe5\xa5\xbd",
	    "2047: GB2312 word");
	is_str(hdr("=?utf-8*en?Q?x?=", &n), "x",
	    "2047: RFC 2231 language suffix");
	is_str(hdr("=?x-nonesuch?Q?abc?=", &n), "abc",
	    "2047: unknown charset keeps the bytes");
	ok(n & MX_NDR_NOTE_CHARSET, "2047: unknown charset noted");
	is_str(hdr("=?utf-8?Q?a=0Ab=0Dc?=", &n), "a b c",
	    "2047: decoded line ends cannot split the header");
	is_str(hdr("=?utf-8?Q?broken no end", &n), "=?utf-8?Q?broken no end",
	    "2047: an unfinished word is text");
	is_str(hdr("=?utf-8?B?VW5kZWxpdmVy?= =?utf-9?Q\x1b$?x?= r", &n),
	    "Undeliver =?utf-9?Q\x1b$?x?= r",
	    "2047: white space before what only looks like a word is kept");
	is_str(hdr("=?utf-8?Q?a?=\n =?utf-8?Q?broken no end", &n),
	    "a =?utf-8?Q?broken no end",
	    "2047: and before an unfinished word");
	is_str(hdr("  folded\n\tvalue  ", &n), "folded\tvalue",
	    "unfolded and trimmed");
	is_str(hdr("caf\xe9", &n), "caf\xc3\xa9",
	    "raw 8-bit header read as Windows-1252 when not UTF-8");
}

/* Callback of mx_ndr_mime_parts: count the parts. */
static void
count_part(const struct ndr_mime_part *mp, void *arg)
{
	(void)mp;
	(*(int *)arg)++;
}

/* Content-Type, parameters, transfer encoding, addresses. */
static void
params(void)
{
	static const char ct[] = " Multipart/Report ; report-type="
	    "delivery-status;\n boundary=\"=_a;b\\\"c\" ; charset*=utf-8''"
	    "%E3%83%A6 ; x*0=\"ab\"; x*1=cd";
	char type[64], v[256];

	mx_mime_content_type(ct, sizeof ct - 1, type, sizeof type);
	is_str(type, "multipart/report", "content-type: lower case");
	ok(mx_mime_param(ct, sizeof ct - 1, "boundary", v, sizeof v) &&
	    strcmp(v, "=_a;b\"c") == 0, "param: quoted, with ; and \\\"");
	ok(mx_mime_param(ct, sizeof ct - 1, "charset", v, sizeof v) &&
	    strcmp(v, "\xe3\x83\xa6") == 0, "param: RFC 2231 extended value");
	ok(mx_mime_param(ct, sizeof ct - 1, "x", v, sizeof v) &&
	    strcmp(v, "abcd") == 0, "param: RFC 2231 continuations");
	ok(!mx_mime_param(ct, sizeof ct - 1, "name", v, sizeof v),
	    "param: absent");
	ok(mx_mime_param("a; y*5=ef; y*1=ab", 17, "y", v, sizeof v) &&
	    strcmp(v, "abef") == 0, "param: RFC 2231 sections with gaps "
	    "joined by number (as GMime)");
	ok(mx_mime_param("a; y*=ab; y*1=cd", 16, "y", v, sizeof v) &&
	    strcmp(v, "ab") == 0, "param: a whole name* value stands alone "
	    "(as GMime)");
	mx_mime_content_type("text", 4, type, sizeof type);
	is_str(type, "text/plain", "content-type: bare text");
	is_int(mx_mime_cte(" Base64 ", 8), MIME_CTE_BASE64, "cte: base64");
	is_int(mx_mime_cte("quoted-printableable", 20), MIME_CTE_IDENTITY,
	    "cte: a longer token is no quoted-printable (as GMime)");
	is_int(mx_mime_cte("quoted-printable (qp)", 21), MIME_CTE_QP,
	    "cte: quoted-printable, then a comment");
	is_int(mx_mime_cte("quoted-printable", 16), MIME_CTE_QP, "cte: qp");
	mx_mime_first_addr("\"Doe, J\" <j@example.org>, k@example.org", 39, v,
	    sizeof v);
	is_str(v, "j@example.org", "address: angle-addr after quoted comma");
	mx_mime_first_addr("MAILER-DAEMON (Mail Delivery System)", 36, v,
	    sizeof v);
	is_str(v, "MAILER-DAEMON", "address: comment dropped");
	mx_mime_first_addr("undisclosed:; , <@r.example:x@example.net>", 42, v,
	    sizeof v);
	is_str(v, "x@example.net", "address: empty group skipped, route cut");
}

/* Transfer encodings and charsets. */
static void
decoding(void)
{
	is_str(body("SGVs\nbG8=\n", MIME_CTE_BASE64), "Hello", "base64");
	is_str(body("SG!!V*sbG8", MIME_CTE_BASE64), "Hello",
	    "base64: stray bytes skipped");
	is_str(body("SGk=SGk=", MIME_CTE_BASE64), "HiHi",
	    "base64: padding inside restarts");
	is_str(body("a=3Db=\nc= \nd=ZZ=4", MIME_CTE_QP), "a=bcd=ZZ=4",
	    "qp: escapes, soft breaks, bad escapes kept");
	is_str(conv("\x82\xb1\x82\xea", "Shift_JIS"),
	    "\xe3\x81\x93\xe3\x82\x8c", "charset: Shift_JIS");
	is_str(conv("\xa4\xb3\xa4\xec", "EUC-JP"), "\xe3\x81\x93\xe3\x82\x8c",
	    "charset: EUC-JP");
	is_str(conv("\xa4\xb3\xa4\xec", "ISO-2022-JP"),
	    "\xe3\x81\x93\xe3\x82\x8c",
	    "charset: EUC-JP mislabelled ISO-2022-JP is read anyway");
	is_str(conv("\xb1", "ISO-8859-2"), "\xc4\x85", "charset: ISO-8859-2");
	is_str(conv("\x80", "windows-1252"), "\xe2\x82\xac",
	    "charset: Windows-1252 by table");
	is_str(conv("\xc1\xd5", "koi8-r"), "\xd0\xb0\xd1\x83",
	    "charset: KOI8-R");
	is_str(conv("x", "no/such charset"), "(unknown)",
	    "charset: unknown name refused");
}

/* Parse a message with mx_ndr_mime_load; the doc is the caller's to free. */
static int
load(const char *msg, struct ndr_doc *doc)
{
	struct ndr_buf nb = { NULL, 0, 0 };
	int notes = 0, rv;

	mx_ndr_normalize(msg, strlen(msg), &nb, &notes);
	rv = mx_ndr_mime_load(nb.p, nb.len, doc);
	mx_ndr_buf_free(&nb);
	return rv;
}

/* MIME structure (RFC 2046 §5). */
static void
structure(void)
{
	static const char endb[] = "From: a@example.org\nContent-Type: "
	    "multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain"
	    "\n\nhi\n--b\n";
	struct ndr_doc d;
	int nparts = 0;

	ok(load("From: a@example.org\r\nContent-Type: multipart/report; "
	    "boundary=b\r\n\r\npreamble\r\n--b\r\n\r\nfirst text\r\n--bb\r\n"
	    "not a delimiter\r\n--b \r\nContent-Type: message/delivery-status"
	    "\r\n\r\nFinal-Recipient: rfc822; x@example.net\r\n--b--\r\n"
	    "epilogue\r\n", &d) == 0 && strcmp(d.text.p, "first text\n"
	    "--bb\nnot a delimiter\n") == 0 && strstr(d.dsn.p,
	    "x@example.net") != NULL && strstr(d.text.p, "preamble") == NULL &&
	    strstr(d.text.p, "epilogue") == NULL,
	    "structure: preamble, epilogue, boundary prefix, padding");
	mx_ndr_doc_free(&d);
	ok(load("From: a@example.org\nContent-Type: multipart/mixed; "
	    "boundary=o\n\n--o\nContent-Type: multipart/alternative; "
	    "boundary=i\n\n--i\n\ninner text\n--o\nContent-Type: text/plain\n\n"
	    "outer text\n", &d) == 0 && strncmp(d.text.p, "inner text\n"
	    "outer text\n", 22) == 0,
	    "structure: inner multipart ended by the outer delimiter");
	mx_ndr_doc_free(&d);
	ok(load("From: a@example.org\nContent-Type: multipart/mixed; "
	    "boundary=o\n\nall preamble, no delimiter\n", &d) == 0 &&
	    (d.notes & MX_NDR_NOTE_MALFORMED) && strstr(d.text.p,
	    "all preamble") != NULL, "structure: no delimiter at all");
	mx_ndr_doc_free(&d);
	ok(load("From: a@example.org\nContent-Type: multipart/digest; "
	    "boundary=d\n\n--d\n\nFrom: b@example.org\nTo: c@example.org\n\n"
	    "x\n--d--\n", &d) == 0 && strcmp(d.orig_to, "c@example.org") ==
	    0 && d.orig_size > 0, "structure: digest parts are messages");
	mx_ndr_doc_free(&d);
	ok(load("From: a@example.org\nContent-Type: multipart/mixed; "
	    "boundary=m\n\n--m\nContent-Type: message/global\n\nFrom: "
	    "\xe3\x83\xa6@example.jp\nContent-Type: multipart/report; "
	    "boundary=n\n\n--n\nContent-Type: message/global-delivery-status"
	    "\n\nFinal-Recipient: utf-8; \xe3\x83\xa6@example.jp\n--n--\n"
	    "--m--\n", &d) == 0 && strstr(d.dsn.p ? d.dsn.p : "",
	    "\xe3\x83\xa6@example.jp") != NULL,
	    "structure: a bounce inside message/global is read");
	mx_ndr_doc_free(&d);
	ok(load("From: a@example.org\nContent-Type: text/plain; "
	    "charset=iso-2022-jp\nContent-Transfer-Encoding: base64\n\n"
	    "GyRCJWYhPCU2GyhC\n", &d) == 0 && strcmp(d.text.p,
	    "\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\n") == 0,
	    "structure: base64 ISO-2022-JP body");
	mx_ndr_doc_free(&d);
	ok(load("no header here\n", &d) == -1, "structure: no header, none");
	mx_ndr_mime_parts(endb, sizeof endb - 1, count_part, &nparts);
	is_int(nparts, 2, "structure: a delimiter that ends the input opens "
	    "no part");
}

/*
 * Inputs that take quadratic time in a careless parser.  No wall-clock
 * assertion: a generous hang bound (SIGALRM kills the test, which fails)
 * catches a quadratic loop on 1 MiB without measuring speed.
 */
static void
slow_inputs(void)
{
	size_t n = 1024 * 1024, i, out1, out2;
	char *v = mx_xmalloc(n + 1), dst[64];
	struct ndr_buf b = { NULL, 0, 0 };
	int notes = 0;

	alarm(120);
	for (i = 0; i < n; i++)
		v[i] = "=?a?q?"[i % 6];
	mx_mime_decode_header(v, MX_NDR_MAX_LINE, &b, &notes);
	out1 = b.len;
	for (i = 0; i < n; i++)
		v[i] = i % 2 ? '?' : '=';
	b.len = 0;
	mx_mime_decode_header(v, MX_NDR_MAX_LINE, &b, &notes);
	out2 = b.len;
	memset(v, '"', n);
	mx_mime_param(v, n, "boundary", dst, sizeof dst);
	alarm(0);
	ok(out1 <= MX_NDR_MAX_LINE && out2 <= MX_NDR_MAX_LINE,
	    "unfinished encoded words, quotes: done within the hang bound, "
	    "output within the line cap (%zu, %zu bytes)", out1, out2);
	mx_ndr_buf_free(&b);
	free(v);
}

/* Every charset glibc's iconv knows, fed inputs that end inside a shift
 * or escape sequence: no read past the buffer (ASan), valid UTF-8 out. */
static void
every_charset(void)
{
	static const char *const inputs[] = { "\x0e", "\x1b", "\x1b$", "\x1b$)",
	    "\x8e", "\xff", "a\x0e", "\x0e\x0f\x0e", "\x1b$A\x0e", "\xa1",
	    "\x81\x30", "\xfe\xff\xd8" };
	char line[256], *name, *tok, *save;
	FILE *p = popen("iconv -l 2>/dev/null", "r");
	size_t i, names = 0, bad = 0;
	struct ndr_buf b = { NULL, 0, 0 };

	if (p == NULL) {
		ok(0, "every charset: iconv -l could not run");
		return;
	}
	while (fgets(line, sizeof line, p) != NULL) {
		for (tok = strtok_r(line, ", \n", &save); tok != NULL;
		    tok = strtok_r(NULL, ", \n", &save)) {
			name = tok;
			name[strcspn(name, "/")] = '\0';
			if (*name == '\0' || mx_mime_charset_utf8(name))
				continue;	/* copied as they are, by design */
			names++;
			for (i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
				size_t n = strlen(inputs[i]);
				char *exact = mx_xmalloc(n);	/* no NUL: ASan sees */

				memcpy(exact, inputs[i], n);
				b.len = 0;
				if (mx_mime_to_utf8(exact, n, name, &b) == 0 &&
				    !mx_mime_utf8_valid(b.p ? b.p : "", b.len)) {
					if (bad++ < 5)
						printf("#   %s on input %zu\n",
						    name, i);
				}
				free(exact);
			}
		}
	}
	pclose(p);
	mx_ndr_buf_free(&b);
	ok(names > 100 && bad == 0, "every charset (%zu names): cut shift "
	    "sequences end cleanly, %zu gave invalid UTF-8", names, bad);
}

/* Reduce HTML given as a C string to text; returns a static copy. */
static const char *
html(const char *s)
{
	static char out[4096];
	struct ndr_buf b = { NULL, 0, 0 };

	mx_mime_html_to_text(s, strlen(s), &b);
	mx_strlcpy(out, b.p ? b.p : "", sizeof out);
	mx_ndr_buf_free(&b);
	return out;
}

/* HTML to text: the source's own line ends inside a paragraph or after
 * a <br> are white space, not more line ends (an HTML-only NDR reads as
 * its text/plain alternative); blocks, paragraphs, <pre>, no-break
 * spaces, comments, style and references. */
static void
html_text(void)
{
	char *v;
	size_t n = 200000, i;
	struct ndr_buf b = { NULL, 0, 0 };

	is_str(html("Delivery has failed to these recipients or groups:<br>\n"
	    "bob@example.net<br>\n<br>\nThe e-mail address you entered\n"
	    "couldn't be found.<br>\n"),
	    "Delivery has failed to these recipients or groups:\n"
	    "bob@example.net\n\nThe e-mail address you entered couldn't "
	    "be found.\n", "html: a <br> and the source's line end after it "
	    "are one line end; a line end inside a sentence is a space");
	is_str(html("<p>Your message\r\ndid not reach:</p>\r\n\r\n"
	    "<p>bob@example.net</p>"),
	    "Your message did not reach:\n\nbob@example.net\n\n",
	    "html: paragraphs are set off by one empty line, CRLF source");
	is_str(html("<div>one</div><div>two</div>text<div>three</div>"),
	    "one\ntwo\ntext\nthree\n", "html: a block starts and ends a line");
	is_str(html("<div>From: a</div><div>&nbsp;</div><div>body  </div>"),
	    "From: a\n\nbody\n", "html: a line of a no-break space is empty, "
	    "trailing spaces dropped");
	is_str(html("<table><tr><td>Remote Server returned</td>\n<td>'550 "
	    "5.1.1 User unknown'</td></tr></table>"),
	    "Remote Server returned '550 5.1.1 User unknown'\n",
	    "html: cells of a row are one line, apart");
	is_str(html("&nbsp;&nbsp; To:&nbsp;&nbsp;bob@example.net<BR>\n"
	    "&nbsp;&nbsp;&nbsp; The recipient name is not recognized<BR>"),
	    "   To:  bob@example.net\n    The recipient name is not "
	    "recognized\n", "html: no-break spaces indent (not swallowed)");
	is_str(html("<pre>550 5.1.1  &lt;bob@example.net&gt;:\n  user unknown"
	    "</pre>after"), "550 5.1.1  <bob@example.net>:\n  user unknown\n"
	    "after\n", "html: <pre> keeps its white space and line ends");
	is_str(html("<html><head><style>p { margin: 0 }\n</style><script>"
	    "a<b</script></head><!-- a > b --><body>Text</body></html>"),
	    "Text\n", "html: style, script and comments are dropped");
	is_str(html("caf&#233; caf&#xE9; &#65;&amp;&lt;x&gt; &#0; &#x110000; "
	    "&bogus; &"), "caf\xc3\xa9 caf\xc3\xa9 A&<x> &#0; &#x110000; "
	    "&bogus; &\n", "html: character references, invalid ones kept");
	is_str(html("   \n\n  word  \n  "), "word\n",
	    "html: white space alone around a word");
	is_str(html(""), "", "html: empty");
	/* Unfinished markup: linear, nothing past the end. */
	v = mx_xmalloc(n + 1);
	for (i = 0; i < n; i++)
		v[i] = "<&#<!--<style>"[i % 14];
	v[n] = '\0';
	alarm(20);
	mx_mime_html_to_text(v, n, &b);
	memset(v, '<', n);
	mx_mime_html_to_text(v, n, &b);
	alarm(0);
	ok(b.len < 4 * n, "html: unfinished tags, comments and references "
	    "read within the hang bound (%zu bytes)", b.len);
	mx_ndr_buf_free(&b);
	free(v);
}

/* Entry point. */
int
main(void)
{
	every_charset();
	fields();
	words();
	params();
	decoding();
	structure();
	html_text();
	slow_inputs();
	return tap_done();
}
