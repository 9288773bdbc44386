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
	mx_reason_word_feats(st, code, esc, text, check_feat, NULL);
	a = mx_reason_words_guess(st, code, esc, text);
	b = mx_reason_words_guess(st, code, esc, text);
	if (a != b || (a != NULL && !known_reason(a)))
		abort();
	free(text);
	return 0;
}
