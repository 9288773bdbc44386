/*
 * tests/fuzz/fuzz-ndr.c: libFuzzer target for the bounce reader (hostile-inputs.md
 * §4.1, target ndr_mime).  Every input goes through the whole reader
 * (normalising, mbox split, MIME reader, DSN fields, free text, classification)
 * and the offline printer; the oracle is ASan/UBSan plus: every printed
 * byte is sanitized (no ESC, no C1, no bidi control).
 * Build: make fuzz-ndr (needs clang with libFuzzer).  The seeds in
 * tests/fuzz/ndr/ are replayed by tests/fuzz/ndr-replay.sh in make check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "ndr.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Parse one input and check the printed result is safe text. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_ndr_list l;
	struct mx_ndr_first f;
	char *cause = NULL, *out = NULL;
	size_t outlen = 0, i;
	FILE *fp;
	int j;

	mx_ndr_parse((const char *)data, size, &l);
	fp = open_memstream(&out, &outlen);
	/* Touch every recipient as a printer would. */
	for (j = 0; j < l.nbounce; j++)
		if (l.bounce[j].nrcpt > 0)
			fprintf(fp, "%d", l.bounce[j].rcpt[0].hardbounce);
	fclose(fp);
	free(out);
	mx_ndr_list_free(&l);
	if (mx_ndr_first_buf((const char *)data, size, &f, &cause) == 0) {
		char safe[MX_NDR_DIAG_MAX * 4];

		mx_sanitize(safe, sizeof safe, f.diagnostic,
		    strlen(f.diagnostic));
		const unsigned char *u = (const unsigned char *)safe;

		/* No ESC, no C1 (U+0080-009F), no bidi override survives. */
		for (i = 0; u[i] != '\0'; i++)
			if (u[i] == 0x1b || (u[i] == 0xc2 && u[i + 1] >= 0x80 &&
			    u[i + 1] <= 0x9f) || (u[i] == 0xe2 && u[i + 1] ==
			    0x80 && u[i + 2] >= 0xaa && u[i + 2] <= 0xae))
				abort();
	}
	free(cause);
	return 0;
}
