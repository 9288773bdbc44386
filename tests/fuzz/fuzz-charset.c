/*
 * tests/fuzz/fuzz-charset.c: libFuzzer target for the MIME decoder over
 * every charset name glibc's iconv knows (issue 9 "Fuzzing that would have
 * found it"; tests/fuzz/fuzz-charsets.h).  The first two bytes of an input
 * pick the charset, the third how the rest is used:
 *   0: a body in that charset (mx_mime_to_utf8);
 *   1: an RFC 2047 B word, 2: a Q word, in a Subject (mx_mime_decode_header);
 *   3: a whole message with "charset=NAME" and the rest as its body,
 *      base64 or quoted-printable by bit 2, through the whole reader.
 * Oracle: ASan/UBSan, and what the decoder says is UTF-8 is valid UTF-8
 * (a header value also holds no line end).
 * Build: make fuzz-charset (clang with libFuzzer).  Seeds in
 * tests/fuzz/charset/ are replayed by tests/fuzz/ndr-replay.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "mime.h"
#include "fuzz-charsets.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Append len bytes as base64 (RFC 2045 §6.8) to b. */
static void
b64(struct ndr_buf *b, const uint8_t *s, size_t len)
{
	static const char a[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	char q[4];
	size_t i;
	unsigned v;

	for (i = 0; i < len; i += 3) {
		v = (unsigned)s[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)s[i + 1] << 8;
		if (i + 2 < len)
			v |= s[i + 2];
		q[0] = a[v >> 18 & 63];
		q[1] = a[v >> 12 & 63];
		q[2] = i + 1 < len ? a[v >> 6 & 63] : '=';
		q[3] = i + 2 < len ? a[v & 63] : '=';
		mx_ndr_buf_add(b, q, 4);
		if (i % 57 == 54)
			mx_ndr_buf_add(b, "\n", 1);
	}
}

/* Append len bytes as RFC 2047 Q text (or quoted-printable) to b. */
static void
qenc(struct ndr_buf *b, const uint8_t *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	char e[3] = { '=', 0, 0 };
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] > ' ' && s[i] < 0x7f && s[i] != '=' && s[i] != '?' &&
		    s[i] != '_') {
			mx_ndr_buf_add(b, (const char *)s + i, 1);
			continue;
		}
		e[1] = hex[s[i] >> 4];
		e[2] = hex[s[i] & 15];
		mx_ndr_buf_add(b, e, 3);
	}
}

/* Abort unless out (from start) is valid UTF-8. */
static void
check_utf8(const struct ndr_buf *out, size_t start, const char *what,
    const char *cs)
{
	if (out->len > start && !mx_mime_utf8_valid(out->p + start,
	    out->len - start)) {
		fprintf(stderr, "invalid UTF-8 from %s, charset %s\n", what,
		    cs);
		abort();
	}
}

/* Decode one input as its first bytes say. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const size_t ncs = sizeof fuzz_charsets / sizeof fuzz_charsets[0];
	struct ndr_buf in = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	struct mx_ndr_list l;
	const char *cs;
	int mode, notes = 0;

	if (size < 3 || size > 65536)
		return 0;
	cs = fuzz_charsets[((size_t)data[0] << 8 | data[1]) % ncs];
	mode = data[2];
	data += 3;
	size -= 3;
	mx_ndr_buf_add(&out, "", 0);
	switch (mode & 3) {
	case 0:
		if (mx_mime_to_utf8((const char *)data, size, cs, &out) == 0 &&
		    !mx_mime_charset_utf8(cs))
			check_utf8(&out, 0, "mx_mime_to_utf8", cs);
		break;
	case 1:
	case 2:
		mx_ndr_buf_add(&in, "=?", 2);
		mx_ndr_buf_adds(&in, cs);
		mx_ndr_buf_adds(&in, (mode & 3) == 1 ? "?B?" : "?Q?");
		if ((mode & 3) == 1)
			b64(&in, data, size);
		else
			qenc(&in, data, size);
		mx_ndr_buf_add(&in, "?= tail", 7);
		mx_mime_decode_header(in.p, in.len, &out, &notes);
		if (memchr(out.p, '\n', out.len) != NULL)
			abort();
		if (!mx_mime_charset_utf8(cs))
			check_utf8(&out, 0, "mx_mime_decode_header", cs);
		break;
	default:
		mx_ndr_buf_adds(&in, "From: MAILER-DAEMON@example.test\n"
		    "Subject: Undelivered Mail\nMIME-Version: 1.0\n"
		    "Content-Type: text/plain; charset=\"");
		mx_ndr_buf_adds(&in, cs);
		mx_ndr_buf_adds(&in, (mode & 4) ? "\"\nContent-Transfer-Encoding: "
		    "base64\n\n" : "\"\nContent-Transfer-Encoding: "
		    "quoted-printable\n\n");
		if (mode & 4)
			b64(&in, data, size);
		else
			qenc(&in, data, size);
		mx_ndr_buf_add(&in, "\n", 1);
		mx_ndr_parse(in.p, in.len, &l);
		mx_ndr_list_free(&l);
		break;
	}
	mx_ndr_buf_free(&in);
	mx_ndr_buf_free(&out);
	return 0;
}
