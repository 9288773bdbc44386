/*
 * tests/fuzz/fuzz-target.c: libFuzzer target for the target parser
 * (src/core/target.c: name-addr, mailto:, quoted local parts, IDNA,
 * address literals).  The input, cut at its first NUL, is a target as a
 * user pastes it.  Oracle besides ASan/UBSan: a refusal has one cause of
 * one line; an accepted target is a bounded local part with no control
 * byte and a lower-case LDH domain or an address literal, and reading
 * local@domain back gives the same split (the parse is a fixed point).
 * Build: make fuzz-target; seeds tests/fuzz/target-seeds/ are replayed
 * in make check by tests/fuzz/fuzz-replay.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "mx-int.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Abort unless an accepted split is well formed. */
static void
check_split(const char *local, const char *domain)
{
	size_t i;

	if (strlen(local) > 64 || domain[0] == '\0')
		abort();
	for (i = 0; local[i] != '\0'; i++)
		if ((unsigned char)local[i] < 0x20 || local[i] == 0x7f)
			abort();
	if (domain[0] == '[') {
		if (mx__target_literal(domain, NULL, 0) != 1)
			abort();
		return;
	}
	for (i = 0; domain[i] != '\0'; i++)
		if (strchr("abcdefghijklmnopqrstuvwxyz0123456789.-_",
		    domain[i]) == NULL)
			abort();
}

/* Parse one pasted target; check the result and its fixed point. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char local[MX_HOST_MAX], domain[MX_HOST_MAX], addr[MX_ADDR_MAX];
	char local2[MX_HOST_MAX], domain2[MX_HOST_MAX];
	char *s, *again, *cause = NULL;
	size_t n = size > 4096 ? 4096 : size;

	s = malloc(n + 1);
	memcpy(s, data, n);
	s[n] = '\0';
	mx__target_literal(s, addr, sizeof addr);
	if (mx__target_parse(s, local, sizeof local, domain, sizeof domain,
	    &cause) != 0) {
		if (cause == NULL || strchr(cause, '\n') != NULL)
			abort();
		free(cause);
		free(s);
		return 0;
	}
	if (cause != NULL)
		abort();
	check_split(local, domain);
	if (local[0] != '\0') {
		if (asprintf(&again, "%s@%s", local, domain) < 0)
			abort();
	} else
		again = strdup(domain);
	if (mx__target_parse(again, local2, sizeof local2, domain2,
	    sizeof domain2, &cause) != 0 || strcmp(local, local2) != 0 ||
	    strcmp(domain, domain2) != 0) {
		fprintf(stderr, "not a fixed point: [%s] -> [%s] [%s] -> %s\n",
		    s, local, domain, cause != NULL ? cause : "changed");
		abort();
	}
	free(again);
	free(s);
	return 0;
}
