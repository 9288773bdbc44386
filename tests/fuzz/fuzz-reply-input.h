/*
 * fuzz-reply-input.h: how the reason fuzz targets (fuzz-wordscore,
 * fuzz-reason-live) cut one input into a reply: one byte of stage, two of
 * reply code, an enhanced status up to the first LF (at most 15 bytes;
 * kept only when it is digits and dots, as the reply parser keeps it),
 * then the text.
 */
#ifndef MX_FUZZ_REPLY_INPUT_H
#define MX_FUZZ_REPLY_INPUT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"

/* Cut data into stage, code, status (esc, 16 bytes) and a NUL-terminated
 * copy of the text (the caller frees it); NULL when the input is too
 * short or memory runs out. */
static char *
fuzz_reply_input(const uint8_t *data, size_t size, enum mx_stage *st,
    int *code, char esc[16])
{
	const uint8_t *nl;
	char *text;
	size_t n;

	if (size < 3)
		return NULL;
	*st = (enum mx_stage)(data[0] % MX_ST_NSTAGES);
	*code = (data[1] << 8 | data[2]) % 1000;
	data += 3;
	size -= 3;
	nl = memchr(data, '\n', size < 16 ? size : 16);
	n = nl != NULL ? (size_t)(nl - data) : 0;
	memcpy(esc, data, n);
	esc[n] = '\0';
	if (strspn(esc, "0123456789.") != n)
		esc[0] = '\0';
	if (nl != NULL) {
		data += n + 1;
		size -= n + 1;
	}
	if ((text = malloc(size + 1)) == NULL)
		return NULL;
	memcpy(text, data, size);
	text[size] = '\0';
	return text;
}

#endif
