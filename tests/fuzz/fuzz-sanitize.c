/*
 * fuzz-sanitize: libFuzzer target for the one sanitizer (hostile-inputs.md
 * §4.1 term_sanitize oracle): whatever comes in, what comes out is valid
 * UTF-8 with no C0 control but TAB, no DEL, no C1, no bidi control, no
 * zero-width space, line/paragraph separator or tag character, and it fits
 * the buffer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Check the oracle over one output; abort on a violation. */
static void
check(const unsigned char *s, size_t n)
{
	size_t i = 0, k, len;
	unsigned cp;

	while (i < n) {
		unsigned c = s[i];
		if (c < 0x80) {
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				abort();
			i++;
			continue;
		}
		len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 :
		    (c & 0xf8) == 0xf0 ? 4 : 0;
		if (len == 0 || i + len > n)
			abort();
		cp = c & (0x7f >> len);
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				abort();
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a &&
		    cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
		    cp == 0x200b || cp == 0x2028 || cp == 0x2029 ||
		    (cp >= 0xe0000 && cp <= 0xe007f))
			abort();
		i += len;
	}
}

/* Entry point: sanitize into buffers of several sizes. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t sizes[] = { 1, 2, 7, 64, 512, 4096 };
	char out[4096];
	size_t i, n;

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		memset(out, 'Z', sizeof out);
		n = mx_sanitize(out, sizes[i], (const char *)data, size);
		if (n >= sizes[i] || out[n] != '\0' || strlen(out) != n)
			abort();
		check((const unsigned char *)out, n);
	}
	return 0;
}
