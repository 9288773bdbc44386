/*
 * fuzz-dkim: libFuzzer target for the DKIM canonicalisers and the
 * signature reader (RFC 6376 §3.4, §3.5, §3.7): the input as a message,
 * as a bounce, as one header field and as a body.  Oracle: ASan/UBSan and
 * the promises of dkim-int.h and policy.h: a relaxed header is one line
 * ending in CRLF with no WSP run, no WSP before its CRLF and a lower-case
 * name; a relaxed body has no WSP before a CRLF and no empty line at its
 * end; a simple body ends in exactly one CRLF; the reader's text fields
 * are NUL-terminated and its numbers in range.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dkim-int.h"
#include "policy.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The relaxed header's promises. */
static void
check_header(const struct mx__dbuf *b)
{
	size_t i, colon;

	if (b->len < 2 || b->p[b->len - 2] != '\r' || b->p[b->len - 1] != '\n')
		abort();
	colon = (size_t)((char *)memchr(b->p, ':', b->len) - b->p);
	for (i = 0; i + 2 < b->len; i++) {
		if (i < colon) {
			if (isupper((unsigned char)b->p[i]))
				abort();
			continue;
		}
		if (b->p[i] == '\n' || b->p[i] == '\t' || (b->p[i] == '\r' &&
		    b->p[i + 1] == '\n'))
			abort();
		if (b->p[i] == ' ' && (b->p[i + 1] == ' ' || i + 3 == b->len))
			abort();
	}
}

/* The relaxed body's promises. */
static void
check_body(const struct mx__dbuf *b)
{
	size_t i;

	if (b->len == 0)
		return;
	if (b->len < 2 || b->p[b->len - 1] != '\n' || b->p[b->len - 2] != '\r')
		abort();
	if (b->len >= 4 && memcmp(b->p + b->len - 4, "\r\n\r\n", 4) == 0)
		abort();
	for (i = 0; i + 1 < b->len; i++)
		if (b->p[i + 1] == '\r' && (b->p[i] == ' ' || b->p[i] == '\t') &&
		    i + 2 < b->len && b->p[i + 2] == '\n')
			abort();
}

/* The reader's promises. */
static void
check_sig(const struct mx_dkim_sig *s)
{
	if (memchr(s->algorithm, '\0', sizeof s->algorithm) == NULL ||
	    memchr(s->domain, '\0', sizeof s->domain) == NULL ||
	    memchr(s->headers, '\0', sizeof s->headers) == NULL ||
	    memchr(s->from_domain, '\0', sizeof s->from_domain) == NULL ||
	    memchr(s->error, '\0', sizeof s->error) == NULL ||
	    s->siglen < 0 || s->siglen > (int)sizeof s->sig ||
	    s->body_hash < -1 || s->body_hash > 1)
		abort();
}

/* Every reader over the same bytes. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct mx__dbuf b = { 0 };
	struct mx_dkim_sig sig;
	struct mx_dkim k;

	if (memchr(s, ':', size) != NULL) {
		mx__dkim_canon_header(s, size, 1, &b);
		check_header(&b);
		free(b.p);
		memset(&b, 0, sizeof b);
	}
	mx__dkim_canon_body(s, size, 1, &b);
	check_body(&b);
	free(b.p);
	memset(&b, 0, sizeof b);
	mx__dkim_canon_body(s, size, 0, &b);
	if (b.len < 2 || memcmp(b.p + b.len - 2, "\r\n", 2) != 0 ||
	    (b.len >= 4 && memcmp(b.p + b.len - 4, "\r\n\r\n", 4) == 0 &&
	    b.len != 2))
		abort();
	free(b.p);
	mx_dkim_sig_read(s, size, 0, &sig);
	check_sig(&sig);
	memset(&k, 0, sizeof k);
	mx_dkim_check(&sig, "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvP"
	    "apiMlrwIaaPcHURo=", 66, 1528637909, &k);
	mx_dkim_sig_read_bounce(s, size, &sig);
	check_sig(&sig);
	return 0;
}
