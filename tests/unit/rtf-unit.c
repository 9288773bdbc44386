/*
 * tests/unit/rtf-unit.c: unit tests (TAP) of the compressed RTF body of a
 * .msg: the decompressor (src/ndr/msg-rtf-lzfu.c) on the two examples of
 * [MS-OXRTFCP] (their bytes as the spec prints them), the uncompressed
 * form and damaged input (a bad CRC, cut data, lying sizes, no end
 * marker, an unknown form, the output cap, a run of self-references);
 * RTF to text (src/ndr/msg-rtf-text.c): escapes, code pages, \u with its
 * fallback, skipped destinations, \bin, HTML encapsulated in RTF, deep
 * nesting.
 * rtf-unit --dump FILE.msg: the top message's PidTagRtfCompressed as
 * decompressed here, to stdout (ndr-msg.sh compares it with msgconvert's);
 * rtf-unit --rebuilt FILE.msg: the size of the message it is rebuilt as.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"
#include "tap.h"

/* [MS-OXRTFCP] "Example 1: Simple Compressed RTF". */
static const unsigned char ex1[] = {
	0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46,
	0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00, 0x72, 0x63,
	0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a, 0xf3, 0x20, 0x68,
	0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77, 0x05, 0xb0, 0x6c, 0x64,
	0x7d, 0x0a, 0x80, 0x0f, 0xa0
};
static const char ex1_rtf[] =
	"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n";

/* [MS-OXRTFCP] "Example 2: Reading a Token from the Dictionary that
 * Crosses WritePosition". */
static const unsigned char ex2[] = {
	0x1a, 0x00, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x4c, 0x5a, 0x46,
	0x75, 0xe2, 0xd4, 0x4b, 0x51, 0x41, 0x00, 0x04, 0x20, 0x57, 0x58,
	0x59, 0x5a, 0x0d, 0x6e, 0x7d, 0x01, 0x0e, 0xb0
};
static const char ex2_rtf[] = "{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}";

/* The length of the last output of dec. */
static size_t out_len;

/* Decompress p; the damage, the output in *out (static, NUL-ended). */
static int
dec(const unsigned char *p, size_t len, size_t cap, const char **out)
{
	static char keep[4096];
	struct ndr_buf b = { NULL, 0, 0 };
	int d = mx_rtf_decompress(p, len, &b, cap);

	mx_strlcpy(keep, b.len > 0 ? b.p : "", sizeof keep);
	*out = keep;
	out_len = b.len;
	mx_ndr_buf_free(&b);
	return d;
}

/* The text of an RTF C string (static copy); *html whether HTML. */
static const char *
txt(const char *rtf, int *html)
{
	static char keep[4096];
	struct ndr_buf b = { NULL, 0, 0 };
	int h = mx_rtf_to_text(rtf, strlen(rtf), &b, 1 << 20);

	if (html != NULL)
		*html = h;
	mx_strlcpy(keep, b.len > 0 ? b.p : "", sizeof keep);
	mx_ndr_buf_free(&b);
	return keep;
}

/* The decompressor on the spec's examples, the MELA form, damage. */
static void
decompress(void)
{
	unsigned char b[512], *big;
	const char *o;
	size_t i, n;

	is_int(dec(ex1, sizeof ex1, 1 << 20, &o), 0, "spec example 1: no damage");
	is_str(o, ex1_rtf, "spec example 1 decompressed");
	is_int(mx_rtf_crc(ex1 + 16, sizeof ex1 - 16), 0xa7c7c5f1,
	    "its CRC is the header's");
	is_int(dec(ex2, sizeof ex2, 1 << 20, &o), 0, "spec example 2: no damage");
	is_str(o, ex2_rtf, "a reference crossing the write position");

	/* Uncompressed (MELA), RAWSIZE shorter than the data. */
	memcpy(b, "\x15\0\0\0\x07\0\0\0MELA\0\0\0\0{\\rtf1}junk", 25);
	is_int(dec(b, 25, 1 << 20, &o), 0, "MELA: no damage");
	is_str(o, "{\\rtf1}", "MELA: RAWSIZE bytes");

	/* A bad CRC: read all the same, named. */
	memcpy(b, ex1, sizeof ex1);
	b[12] ^= 1;
	is_int(dec(b, sizeof ex1, 1 << 20, &o), MX_RTF_CRC, "a bad CRC named");
	is_str(o, ex1_rtf, "a bad CRC: the text read all the same");
	/* Cut: COMPSIZE past the end, no end marker. */
	n = dec(ex1, sizeof ex1 - 6, 1 << 20, &o);
	ok((n & MX_RTF_CUT) && (n & MX_RTF_NOEND) && (n & MX_RTF_CRC),
	    "cut data: cut, no end marker, CRC named (%zu)", n);
	ok(strncmp(o, "{\\rtf1\\ansi\\ansicpg1252\\pard hello", 33) == 0,
	    "cut data: read as far as it goes");
	/* RAWSIZE lies. */
	memcpy(b, ex1, sizeof ex1);
	b[4] = 0x2c;
	is_int(dec(b, sizeof ex1, 1 << 20, &o), MX_RTF_SIZE, "RAWSIZE lying");
	/* COMPSIZE under the header. */
	memcpy(b, ex1, sizeof ex1);
	b[0] = 3;
	n = dec(b, sizeof ex1, 1 << 20, &o);
	ok((n & MX_RTF_SIZE) && strcmp(o, ex1_rtf) == 0,
	    "COMPSIZE under 12: read to the end of the stream");
	/* Unknown form, short header. */
	memcpy(b, ex1, sizeof ex1);
	b[8] = 'X';
	is_int(dec(b, sizeof ex1, 1 << 20, &o), MX_RTF_UNREADABLE,
	    "an unknown COMPTYPE is unreadable");
	is_int(dec(ex1, 15, 1 << 20, &o), MX_RTF_UNREADABLE,
	    "under 16 bytes is unreadable");
	/* The cap. */
	is_int(dec(ex1, sizeof ex1, 10, &o), MX_RTF_CAP, "the cap named");
	is_str(o, "{\\rtf1\\ans", "cut at the cap");
	/* Self-references without an end: 17 bytes per 2 read, bounded. */
	n = 16 + 17 * 2000;
	big = mx_xcalloc(n, 1);
	memcpy(big, "\0\0\0\0\0\0\0\0LZFu\0\0\0\0", 16);
	for (i = 16; i < n; i += 17) {	/* 8 references: offset 0xCEC,
					 * 16 bytes, wp never there */
		big[i] = 0xFF;
		memset(big + i + 1, 0xCE, 16);
	}
	n = (size_t)dec(big, n, 1 << 20, &o);
	ok((n & MX_RTF_NOEND) && !(n & MX_RTF_CAP) && out_len == 256000,
	    "a run of references without an end: read, named (%zu)", n);
	free(big);
}

/* RTF to text. */
static void
text(void)
{
	int html;

	is_str(txt("{\\rtf1\\ansi hello\\par world\\line x\\tab y}", &html),
	    "hello\nworld\nx\ty", "\\par \\line \\tab");
	is_int(html, 0, "plain RTF is no HTML");
	is_str(txt("{\\rtf1 a\\\\b\\{c\\}d}", NULL), "a\\b{c}d",
	    "escaped \\\\ \\{ \\}");
	is_str(txt("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\'93q\\'94}", NULL),
	    "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d",
	    "\\'hh in code page 1252");
	is_str(txt("{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8}", NULL),
	    "\xd0\x9f\xd1\x80\xd0\xb8", "\\'hh in code page 1251");
	is_str(txt("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fcharset0 "
	    "Arial;}{\\f1\\fcharset204 Arial Cyr;}{\\f2\\fcharset128 "
	    "MS Gothic;}}\\'e9{\\f1 \\'cf\\'f0\\'e8}\\'e9\\f2 \\'82\\'a0"
	    "\\plain\\'e9}", NULL),
	    "\xc3\xa9\xd0\x9f\xd1\x80\xd0\xb8\xc3\xa9\xe3\x81\x82\xc3\xa9",
	    "\\'hh in the code page of the font in use (\\fcharset)");
	is_str(txt("{\\rtf1\\ansi\\ansicpg1252\\deff1{\\fonttbl{\\f0 A;}"
	    "{\\f1\\fcharset238 B;}}\\'b9\\f0 \\'b9}", NULL),
	    "\xc4\x85\xc2\xb9",
	    "the default font's code page before any \\f, the document's for "
	    "an ANSI font");
	is_str(txt("{\\rtf1\\ansi\\ansicpg1251 \\'e9{\\ansicpg1252 \\'e9}"
	    "\\ansicpg1253 \\'e9}", NULL), "\xd0\xb9\xd0\xb9\xd0\xb9",
	    "only the header's \\ansicpgN is the document's code page");
	is_str(txt("{\\rtf1\\ansi{\\fonttbl{\\f1\\fcharset77 Mac;}}\\f1 "
	    "caf\\'8e}", NULL), "caf\xc3\xa9",
	    "\\fcharset77: Mac Roman (code page 10000)");
	is_str(txt("{\\rtf1\\ansi\\ansicpg932 \\'82\\'a0}", NULL),
	    "\xe3\x81\x82", "a double-byte character in code page 932");
	is_str(txt("{\\rtf1\\uc1 x\\u8594?y\\u-4064?z}", NULL),
	    "x\xe2\x86\x92y\xef\x80\xa0z",
	    "\\u with its fallback skipped, negative as 16-bit");
	is_str(txt("{\\rtf1\\uc2 \\u233\\'65\\'3fa}", NULL), "\xc3\xa9" "a",
	    "\\uc2: two fallback characters skipped");
	is_str(txt("{\\rtf1\\uc0 \\u233 a}", NULL), "\xc3\xa9" "a",
	    "\\uc0: nothing skipped");
	is_str(txt("{\\rtf1\\uc1 \\u-10179?\\u-8985?!}", NULL),
	    "\xf0\x9f\x93\xa7!", "a surrogate pair joined");
	is_str(txt("{\\rtf1\\uc1 \\u-10179?x}", NULL), "\xef\xbf\xbdx",
	    "a lone surrogate is U+FFFD");
	is_str(txt("{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}"
	    "{\\stylesheet{\\s0 Normal;}}{\\info{\\author A}}"
	    "{\\*\\generator Riched20;}{\\*\\unknown x{y}}"
	    "{\\pict\\wmetafile8 0102}body}", NULL), "body",
	    "destinations without body text skipped");
	is_str(txt("{\\rtf1 a{\\*\\bkmkstart b}c\\emdash d\\~e\\-f}", NULL),
	    "ac\xe2\x80\x94" "d e" "f", "named characters and symbols");
	is_str(txt("{\\rtf1 a\\bin3 }{}b}", NULL), "ab",
	    "\\binN data skipped");
	is_str(txt("{\\rtf1 a\\bin99999999 x", NULL), "a",
	    "\\binN past the end bounded");
	is_str(txt("{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag19 <html>}"
	    "\\htmlrtf {\\b rtf only\\par}\\htmlrtf0 text "
	    "{\\*\\htmltag84 <b>}\\htmlrtf {\\b\\htmlrtf0 bold\\htmlrtf }"
	    "\\htmlrtf0 {\\*\\htmltag148 &amp;}\\htmlrtf &\\htmlrtf0 "
	    "{\\*\\mhtmltag84 <img src=cid:x>}{\\*\\htmltag84 <img src=x>}"
	    "{\\*\\htmltag0 \\par }caf\\'e9}", &html),
	    "<html>text <b>bold&amp;<img src=x>\ncaf\xc3\xa9",
	    "HTML encapsulated in RTF: tags, text outside \\htmlrtf");
	is_int(html, 1, "\\fromhtml1 is HTML");
	is_str(txt("{\\rtf1\\ansi\\fromhtml1 {\\*\\htmltag148 &#8217;}\\htmlrtf "
	    "\\u8217 ?\\htmlrtf0 s}", NULL), "&#8217;s",
	    "a \\u's fallback inside \\htmlrtf is skipped there, not after it");
	is_str(txt("{\\rtf1\\ansi\\fromtext \\pard line one\\par\r\n"
	    "line two\\par}", &html), "line one\nline two\n",
	    "plain text encapsulated (\\fromtext)");
	is_int(html, 0, "\\fromtext is no HTML");
	is_str(txt("{\\rtf1 unclosed {group \\'zz \\", NULL),
	    "unclosed group zz ", "unclosed groups and a bad \\' end cleanly");
}

/* Nesting far deeper than the states kept: linear, no crash. */
static void
deep(void)
{
	size_t n = 1000000, i;
	char *s = mx_xmalloc(2 * n + 16);
	struct ndr_buf b = { NULL, 0, 0 };

	memcpy(s, "{\\rtf1 ", 7);
	for (i = 0; i < n; i++)
		s[7 + i] = '{';
	memcpy(s + 7 + n, "x", 1);
	for (i = 0; i < n; i++)
		s[8 + n + i] = '}';
	mx_rtf_to_text(s, 8 + 2 * n, &b, 1 << 20);
	is_str(b.p, "x", "a million nested groups read");
	mx_ndr_buf_free(&b);
	free(s);
}

/* The file at path into f; -1 when it cannot be opened. */
static int
slurp(const char *path, struct ndr_buf *f)
{
	char buf[65536];
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (fp == NULL)
		return -1;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		mx_ndr_buf_add(f, buf, n);
	fclose(fp);
	return 0;
}

/* --dump FILE.msg: the top message's compressed RTF body decompressed. */
static int
dump(const char *path)
{
	struct ndr_buf f = { NULL, 0, 0 }, z = { NULL, 0, 0 }, r = { NULL, 0, 0 };
	struct mx_cfb c;
	struct mx_msg_obj o;
	char *cause = NULL;

	if (slurp(path, &f) == -1)
		return 2;
	if (mx_cfb_open(&c, f.p, f.len, &cause) == -1 ||
	    mx_msg_obj_open(&c, 0, MSG_HDR_TOP, &o, &cause) == -1) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	if (mx_msg_binary(&o, PR_RTF_COMPRESSED, &z) == 0 &&
	    mx_rtf_decompress((const unsigned char *)z.p, z.len, &r,
	    MX_NDR_MAX_INPUT) != MX_RTF_UNREADABLE)
		fwrite(r.p, 1, r.len, stdout);
	mx_msg_obj_free(&o);
	mx_cfb_close(&c);
	mx_ndr_buf_free(&f);
	mx_ndr_buf_free(&z);
	mx_ndr_buf_free(&r);
	return 0;
}

/* --rebuilt FILE.msg: the size of the message it is rebuilt as. */
static int
rebuilt(const char *path)
{
	struct ndr_buf f = { NULL, 0, 0 }, m = { NULL, 0, 0 };
	char *cause = NULL;
	int notes = 0;

	if (slurp(path, &f) == -1)
		return 2;
	if (mx_ndr_msg_convert(f.p, f.len, &m, &notes, &cause) == -1) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		return 1;
	}
	printf("%zu\n", m.len);
	mx_ndr_buf_free(&f);
	mx_ndr_buf_free(&m);
	return 0;
}

/* Entry point. */
int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--dump") == 0)
		return dump(argv[2]);
	if (argc == 3 && strcmp(argv[1], "--rebuilt") == 0)
		return rebuilt(argv[2]);
	decompress();
	text();
	deep();
	return tap_done();
}
