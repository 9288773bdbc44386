/*
 * policy-line: append one line to the policy view (mx_policy_lines), the
 * same for SPF/DMARC/DKIM (policy-lines.c) and MTA-STS/TLS-RPT/DANE
 * (dane-lines.c).
 */
#include <string.h>

#include "policy.h"
#include "util.h"

/* Append a new line; NULL when max is reached. */
struct mx_policy_line *
mx__policy_line_add(struct mx_policy_line *l, int *n, int max, const char *what,
    const char *subject)
{
	struct mx_policy_line *x;

	if (*n >= max)
		return NULL;
	x = &l[(*n)++];
	memset(x, 0, sizeof *x);
	mx_strlcpy(x->what, what, sizeof x->what);
	mx_strlcpy(x->subject, subject, sizeof x->subject);
	return x;
}
