/*
 * fuzz-smtp-reply: libFuzzer target for the SMTP reply parser, the EHLO
 * capability reader and the sanitizer: the input is a server byte stream,
 * framed into lines the way conn.c frames them (LF ends a line, CR before
 * it is dropped, lines cut at MX_CONN_LINE_MAX).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conn.h"
#include "smtp-reply.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Feed one framed line and check what a complete reply promises. */
static void
fuzz_line(struct mx_reply_parser *p, const char *s, size_t len, int flags)
{
	struct mx_reply r;
	struct mx_caps caps;
	char safe[MX_TEXT_MAX];

	if (mx_smtp_reply_feed(p, s, len, flags, &r) != 1)
		return;
	if (r.code != 0 && (r.code < 200 || r.code > 599))
		abort();
	if (r.textlen > MX_REPLY_MAX_BYTES || r.nlines > MX_REPLY_MAX_LINES)
		abort();
	mx_smtp_reply_caps(&r, &caps);
	mx_sanitize(safe, sizeof safe, r.last, r.lastlen);
	if (strlen(safe) >= sizeof safe)
		abort();
	mx_smtp_reply_free(&r);
}

/* Entry point: split the input into lines and parse them. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_reply_parser p;
	const char *s = (const char *)data, *nl;
	size_t len;
	int flags;

	mx_smtp_reply_init(&p);
	while (size > 0) {
		flags = 0;
		nl = memchr(s, '\n', size);
		len = nl != NULL ? (size_t)(nl - s) : size;
		if (nl != NULL && len > 0 && s[len - 1] == '\r')
			fuzz_line(&p, s, len - 1, 0);
		else {
			flags = nl != NULL ? MX_LINE_BARE_LF : MX_LINE_PARTIAL;
			fuzz_line(&p, s, len > MX_CONN_LINE_MAX ? MX_CONN_LINE_MAX :
			    len, flags | (len > MX_CONN_LINE_MAX ? MX_LINE_CUT : 0));
		}
		if (nl == NULL)
			break;
		size -= len + 1;
		s += len + 1;
	}
	mx_smtp_reply_reset(&p);
	return 0;
}
