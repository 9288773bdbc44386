/*
 * psl: the public suffix list (publicsuffix.org's format, as Debian's
 * publicsuffix package ships it) and the organisational domain of a name
 * (RFC 7489 §3.2): rules, "*." wildcards and "!" exceptions; the longest
 * matching rule wins, an exception over all; no rule matching is "*".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "util.h"

struct mx_psl {
	char	**rules;	/* lower case, sorted; "*.x", "!x.y" kept */
	size_t	  n;
};

/* Order two rules for qsort/bsearch. */
static int
cmp_rule(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Parse a list's text: one rule per line, up to the first blank; "//"
 * comments and empty lines skipped. */
struct mx_psl *
mx_psl_parse(const char *text, size_t len)
{
	struct mx_psl *l = mx_xcalloc(1, sizeof *l);
	const char *p = text, *end = text + len, *nl;
	size_t cap = 0, n, i;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		for (n = 0; p + n < nl && !isspace((unsigned char)p[n]); n++)
			;
		if (n > 0 && n < MX_HOST_MAX && !(n >= 2 && p[0] == '/' &&
		    p[1] == '/')) {
			if (l->n == cap) {
				cap = cap ? cap * 2 : 1024;
				l->rules = mx_xrealloc(l->rules,
				    cap * sizeof *l->rules);
			}
			l->rules[l->n] = mx_xcalloc(1, n + 1);
			for (i = 0; i < n; i++)
				l->rules[l->n][i] = (char)tolower(
				    (unsigned char)p[i]);
			l->n++;
		}
		p = nl + 1;
	}
	if (l->n > 0)
		qsort(l->rules, l->n, sizeof *l->rules, cmp_rule);
	return l;
}

/* Load the list from path (NULL: Debian's). */
struct mx_psl *
mx_psl_load(const char *path)
{
	struct mx_psl *l;
	char *buf = NULL;
	size_t len = 0, cap = 0, r;
	FILE *fp = fopen(path != NULL ? path : MX_PSL_PATH, "r");

	if (fp == NULL)
		return NULL;
	do {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 262144;
			if (cap > (16u << 20))
				break;		/* no list is this large */
			buf = mx_xrealloc(buf, cap);
		}
		r = fread(buf + len, 1, cap - len, fp);
		len += r;
	} while (r > 0);
	fclose(fp);
	l = mx_psl_parse(buf != NULL ? buf : "", len);
	free(buf);
	return l;
}

/* Free a list. */
void
mx_psl_free(struct mx_psl *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->rules[i]);
	free(l->rules);
	free(l);
}

/* Whether the list holds rule s. */
static int
has(const struct mx_psl *l, const char *s)
{
	return l != NULL && l->n > 0 && bsearch(&s, l->rules, l->n,
	    sizeof *l->rules, cmp_rule) != NULL;
}

/* The organisational domain of name (RFC 7489 §3.2). */
void
mx_psl_org_domain(const struct mx_psl *l, const char *name, char *out,
    size_t outlen)
{
	char d[MX_HOST_MAX], rule[MX_HOST_MAX + 2];
	const char *labels[128];
	int nl = 0, i, suffix = 1;	/* labels of the public suffix */
	size_t n;

	mx_strlcpy(d, name, sizeof d);
	n = strlen(d);
	if (n > 0 && d[n - 1] == '.')
		d[--n] = '\0';
	for (i = 0; d[i] != '\0'; i++)
		d[i] = (char)tolower((unsigned char)d[i]);
	for (i = 0; i < (int)n && nl < 128; i++)
		if (i == 0 || d[i - 1] == '.')
			labels[nl++] = d + i;
	if (l == NULL)
		suffix = 1;	/* no list: the last two labels */
	/* labels[i] .. end is the candidate suffix of nl - i labels. */
	for (i = 0; l != NULL && i < nl; i++) {
		snprintf(rule, sizeof rule, "!%s", labels[i]);
		if (has(l, rule)) {
			suffix = nl - i - 1;	/* an exception: its parent */
			break;
		}
		if (nl - i > suffix && has(l, labels[i]))
			suffix = nl - i;
		if (i + 1 < nl && nl - i > suffix) {
			snprintf(rule, sizeof rule, "*.%s", labels[i + 1]);
			if (has(l, rule))
				suffix = nl - i;
		}
	}
	if (nl <= suffix)
		mx_strlcpy(out, d, outlen);	/* a public suffix itself */
	else
		mx_strlcpy(out, labels[nl - suffix - 1], outlen);
}
