/*
 * fuzz-reason-live: libFuzzer target for the live reply classifier
 * (src/reason/, mx_reason_live) and its subject rules (reason-subjects.c:
 * the word cutter and the "x*", "*x" and "@" patterns, rev8), which read a
 * receiving server's reply text, untrusted.  The input as fuzz-wordscore's:
 * one byte of stage, two of reply code, an enhanced status up to the first
 * LF (at most 15 bytes), then the text (NUL-terminated copy).  Oracles:
 * the live verdict is a non-empty lower-case word and the same on a second
 * run, the subject rules' verdict NULL or a reason the table names, also
 * the same twice (no state kept between replies).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reason.h"
#include "reason-int.h"
#include "reason-rules.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Whether r is a verdict's shape: a non-empty lower-case word. */
static int
verdict_shaped(const char *r)
{
	return r != NULL && r[0] != '\0' &&
	    strspn(r, "abcdefghijklmnopqrstuvwxyz") == strlen(r);
}

/* Entry point: split the input, classify it twice both ways. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char esc[16], *text;
	const uint8_t *nl;
	const char *a, *b;
	enum mx_stage st;
	size_t n;
	int code;

	if (size < 3)
		return 0;
	st = (enum mx_stage)(data[0] % MX_ST_NSTAGES);
	code = (data[1] << 8 | data[2]) % 1000;
	data += 3;
	size -= 3;
	nl = memchr(data, '\n', size < 16 ? size : 16);
	n = nl != NULL ? (size_t)(nl - data) : 0;
	memcpy(esc, data, n);
	esc[n] = '\0';
	if (strspn(esc, "0123456789.") != n)
		esc[0] = '\0';	/* the reply parser keeps only a status */
	if (nl != NULL) {
		data += n + 1;
		size -= n + 1;
	}
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	a = mx_reason_live(st, code, esc, text);
	b = mx_reason_live(st, code, esc, text);
	if (!verdict_shaped(a) || !verdict_shaped(b) || strcmp(a, b) != 0)
		abort();
	n = strlen(text);
	a = mx_reason_subject(st, code, text, n);
	b = mx_reason_subject(st, code, text, n);
	if (a != b || (a != NULL && mx_rr_from_name(a) == MX_RR_NONE))
		abort();
	free(text);
	return 0;
}
