/*
 * tests/fuzz/fuzz-ndr.c: libFuzzer target for the bounce reader (hostile-inputs.md
 * §4.1, target ndr_mime).  Every input goes through the whole reader
 * (normalising, mbox split, MIME reader, DSN fields, free text, classification)
 * and the offline printer (mx_ndr_offline, text and JSON, on an unlinked
 * copy of the input read through /proc/self/fd); the oracle is ASan/UBSan
 * plus: every printed byte is sanitized (no ESC, no C1, no bidi override).
 * Build: make fuzz-ndr (needs clang with libFuzzer).  The seeds in
 * tests/fuzz/ndr/ are replayed by tests/fuzz/ndr-replay.sh in make check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mxscope.h"
#include "ndr.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Abort when text holds ESC, a C1 control (U+0080-009F) or a bidi override. */
static void
check_safe(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i;

	for (i = 0; i < len; i++)
		if (u[i] == 0x1b || (u[i] == 0xc2 && i + 1 < len &&
		    u[i + 1] >= 0x80 && u[i + 1] <= 0x9f) || (u[i] == 0xe2 &&
		    i + 2 < len && u[i + 1] == 0x80 && u[i + 2] >= 0xaa &&
		    u[i + 2] <= 0xae))
			abort();
}

static char path[64];
static int copy_fd = -1;

/* Run the input through mx_ndr_offline's text and JSON printers (as a
 * file: the printer reads by name) and check every byte they print.  The
 * copy is unlinked as soon as it is made and named by /proc/self/fd, so
 * no file is left in /tmp however the process ends (an abort() of the
 * oracle, a signal, libFuzzer's timeout). */
static void
print_offline(const uint8_t *data, size_t size)
{
	char *out = NULL, *files[1];
	size_t outlen = 0, done = 0;
	ssize_t n;
	FILE *fp;
	int json;

	if (copy_fd == -1) {
		char tmpl[] = "/tmp/fuzz-ndr.XXXXXX";

		if ((copy_fd = mkstemp(tmpl)) == -1)
			abort();
		unlink(tmpl);
		snprintf(path, sizeof path, "/proc/self/fd/%d", copy_fd);
	}
	if (ftruncate(copy_fd, 0) == -1)
		abort();
	while (done < size) {
		if ((n = pwrite(copy_fd, data + done, size - done,
		    (off_t)done)) <= 0)
			abort();
		done += (size_t)n;
	}
	files[0] = path;
	for (json = 0; json <= 1; json++) {
		if ((fp = open_memstream(&out, &outlen)) == NULL)
			abort();
		mx_ndr_offline(files, 1, json, fp);
		fclose(fp);
		check_safe(out, outlen);
		free(out);
		out = NULL;
	}
}

/* Parse one input, print it as --ndr --offline does, check the output is
 * safe text. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mx_ndr_list l;
	struct mx_ndr_first f;
	char *cause = NULL;
	int j;

	mx_ndr_parse((const char *)data, size, &l);
	/* Touch every recipient as a printer would. */
	for (j = 0; j < l.nbounce; j++)
		if (l.bounce[j].nrcpt > 0 && l.bounce[j].rcpt[0].hardbounce < 0)
			abort();
	mx_ndr_list_free(&l);
	if (mx_ndr_first_buf((const char *)data, size, &f, &cause) == 0) {
		char safe[MX_NDR_DIAG_MAX * 4];

		mx_sanitize(safe, sizeof safe, f.diagnostic,
		    strlen(f.diagnostic));
		check_safe(safe, strlen(safe));
	}
	free(cause);
	print_offline(data, size);
	return 0;
}
