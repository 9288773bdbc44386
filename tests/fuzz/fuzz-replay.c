/*
 * tests/fuzz/fuzz-replay.c: runs a fuzz target (tests/fuzz-*.c) over files
 * named on the command line, as libFuzzer would, without libFuzzer.  Used
 * by the replay tests (ndr-replay.sh, smtp-replay.sh) in make check.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mxscope.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Feed each file to the fuzz target; prints one TAP line per file. */
int
main(int argc, char **argv)
{
	FILE *f;
	char *buf;
	size_t n, cap = 16 * 1024 * 1024 + 1;
	int i;

	/* Whole lines, so that a target's warnings on stderr (the bounce
	 * reader's printer) never split an "ok" line in a shared log. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	buf = mx_xmalloc(cap);
	printf("1..%d\n", argc - 1);
	for (i = 1; i < argc; i++) {
		if ((f = fopen(argv[i], "rb")) == NULL) {
			printf("not ok %d - %s: cannot open\n", i, argv[i]);
			continue;
		}
		n = fread(buf, 1, cap, f);
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, n);
		printf("ok %d - replayed %s (%zu bytes)\n", i, argv[i], n);
	}
	free(buf);
	return 0;
}
