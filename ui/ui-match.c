/*
 * ui-match: the search's plain-text match, as less -i: ASCII case is
 * ignored unless the pattern has a capital letter.  A leaf: the flow
 * drawer (ui-draw.c, highlights) and the search (ui-search.c, n/N) both
 * use it.
 */
#include <string.h>

#include "ui-int.h"

/* ASCII lower case of c; other bytes as they are (no locale). */
static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Whether pat has an ASCII capital (then the search minds case). */
static int
has_capital(const char *pat)
{
	for (; *pat != '\0'; pat++)
		if (*pat >= 'A' && *pat <= 'Z')
			return 1;
	return 0;
}

/* The first match of pat in s, or NULL; *len: its length in bytes. */
const char *
ui_match(const char *s, const char *pat, size_t *len)
{
	size_t n = strlen(pat), i;
	int exact = has_capital(pat);

	*len = n;
	if (n == 0)
		return NULL;
	if (exact)
		return strstr(s, pat);
	for (; *s != '\0'; s++) {
		for (i = 0; i < n && s[i] != '\0' &&
		    lower((unsigned char)s[i]) == lower((unsigned char)pat[i]);
		    i++)
			;
		if (i == n)
			return s;
	}
	return NULL;
}
