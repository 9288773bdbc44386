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

#include "fuzz-reply-input.h"
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
	const char *a, *b;
	enum mx_stage st;
	size_t n;
	int code;

	if ((text = fuzz_reply_input(data, size, &st, &code, esc)) == NULL)
		return 0;
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
