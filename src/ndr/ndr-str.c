/*
 * ndr-str: the two ways the bounce reader copies text it compares or
 * shows: lower-cased ASCII, and with runs of white space as one space.
 */
#include <ctype.h>
#include <string.h>

#include "mxscope.h"
#include "ndr-int.h"
#include "reason-rules.h"

/* Lower-case ASCII copy of src into dst (always terminated). */
void
mx_ndr_lower(char *dst, size_t dstsz, const char *src, size_t len)
{
	if (dstsz == 0)
		return;
	if (len >= dstsz)
		len = dstsz - 1;
	mx_rr_lower(dst, src, len);
	dst[len] = '\0';
}

/* Copy src to dst with runs of white space (and line ends) as one space. */
void
mx_ndr_squeeze(char *dst, size_t dstsz, const char *src, size_t len)
{
	size_t i, o = 0;
	int sp = 1;

	for (i = 0; i < len && o + 1 < dstsz; i++) {
		unsigned char c = (unsigned char)src[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (!sp)
				dst[o++] = ' ';
			sp = 1;
			continue;
		}
		/* Do not cut a UTF-8 sequence at the end. */
		if (c >= 0xc0 && o + 4 >= dstsz)
			break;
		dst[o++] = (char)c;
		sp = 0;
	}
	while (o > 0 && dst[o - 1] == ' ')
		o--;
	dst[o] = '\0';
}

/* Whether s (lower case) contains any phrase of a NULL-ended list. */
int
mx_ndr_any_of(const char *s, const char *const *list)
{
	int i;

	for (i = 0; list[i] != NULL; i++)
		if (strstr(s, list[i]) != NULL)
			return 1;
	return 0;
}
