/*
 * fuzz-wordscore: libFuzzer target for the word statistics' tokenizer and
 * scorer (src/reason/reason-wordscore.c, nb1), which read a receiving
 * server's reply text, untrusted.  The input: one byte of stage, two of
 * reply code, an enhanced status up to the first LF (at most 15 bytes),
 * then the text (NUL-terminated copy).  Oracles: every feature is
 * non-empty, bounded and free of tabs and line ends, a word pair holds
 * one space; the verdict is NULL or one of the table's reasons, and the
 * same on a second run (no state kept between replies).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-reply-input.h"
#include "reason-int.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Check one feature's shape. */
static void
check_feat(const char *f, void *arg)
{
	size_t n = strlen(f);

	(void)arg;
	if (n == 0 || n > 2 * 40 + 8 || strpbrk(f, "\t\r\n") != NULL)
		abort();
	if (strchr(f, ' ') != NULL && strchr(strchr(f, ' ') + 1, ' ') != NULL)
		abort();
}

/* Whether r is one of the table's reasons. */
static int
known_reason(const char *r)
{
	int k;

	for (k = 0; k < mx_ws_nreasons; k++)
		if (r == mx_ws_reasons[k])
			return 1;
	return 0;
}

/* Entry point: split the input, tokenize and score it twice. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char esc[16], *text;
	const char *a, *b;
	enum mx_stage st;
	int code;

	if ((text = fuzz_reply_input(data, size, &st, &code, esc)) == NULL)
		return 0;
	mx_reason_word_feats(st, code, esc, text, check_feat, NULL);
	a = mx_reason_words_guess(st, code, esc, text);
	b = mx_reason_words_guess(st, code, esc, text);
	if (a != b || (a != NULL && !known_reason(a)))
		abort();
	free(text);
	return 0;
}
