/*
 * fuzz-mailbox: libFuzzer target for the pure POP3 and IMAP response
 * parsers and the Received:/Date: header parser (hostile-inputs.md P1-P6):
 * the input is a server byte stream framed into lines as conn.c does, and
 * a header block.  Checks the caps the parsers promise.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conn.h"
#include "imap-resp.h"
#include "mailbox-hdr.h"
#include "pop3-resp.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* One framed line through every POP3 parser. */
static void
fuzz_pop3(struct mx_pop3_ml *ml, struct mx_pop3_caps *caps, const char *s,
    size_t len)
{
	struct mx_pop3_status st;
	long long a, b;
	char uid[80], stamp[128];
	const char *out;
	size_t outlen;

	mx_pop3_status_parse(s, len, &st);
	if (st.text != NULL && (st.text < s || st.text + st.textlen > s + len))
		abort();
	mx_pop3_caps_line(caps, s, len);
	mx_pop3_parse_stat(s, len, &a, &b);
	mx_pop3_parse_list(s, len, &a, &b);
	mx_pop3_parse_uidl(s, len, &a, uid, sizeof uid);
	mx_pop3_apop_stamp(s, len, stamp, sizeof stamp);
	if (mx_pop3_ml_feed(ml, s, len, &out, &outlen) == 0 && outlen > len)
		abort();
}

/* Entry point: POP3 and IMAP over the lines, the header parser over all. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_imap_parser ip;
	struct mx_imap_resp r;
	struct mx_imap_caps ic;
	struct mx_pop3_ml ml;
	struct mx_pop3_caps pc;
	struct mx_hop hops[16];
	const char *s = (const char *)data, *nl;
	size_t len, left = size;
	long long n;
	int64_t t;
	int total, flags;

	mx_imap_parser_init(&ip);
	mx_pop3_ml_init(&ml, 1000, 65536);
	memset(&pc, 0, sizeof pc);
	while (left > 0) {
		nl = memchr(s, '\n', left);
		len = nl != NULL ? (size_t)(nl - s) : left;
		flags = nl == NULL ? MX_LINE_PARTIAL : 0;
		if (nl != NULL && len > 0 && s[len - 1] == '\r')
			len--;
		else if (nl != NULL)
			flags |= MX_LINE_BARE_LF;
		if (len > MX_CONN_LINE_MAX) {
			len = MX_CONN_LINE_MAX;
			flags |= MX_LINE_CUT;
		}
		fuzz_pop3(&ml, &pc, s, len);
		if (mx_imap_feed(&ip, s, len, flags, &r) == 1) {
			if (r.linelen > MX_IMAP_RESP_MAX ||
			    r.litlen > MX_IMAP_LIT_MAX)
				abort();
			mx_imap_caps_parse(r.line, r.linelen, &ic);
			mx_imap_find_num(r.line, r.linelen, "UIDVALIDITY", &n);
		}
		if (nl == NULL)
			break;
		len = (size_t)(nl - s) + 1;
		s += len;
		left -= len;
	}
	mx_imap_parser_free(&ip);
	if (mx_received_parse((const char *)data, size, hops, 16, &total) > 16)
		abort();
	mx_rfc5322_date((const char *)data, size > 200 ? 200 : size, &t);
	return 0;
}
