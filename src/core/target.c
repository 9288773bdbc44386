/*
 * target: what to check.  `user@domain` or `domain`; an internationalised
 * domain becomes its A-label form (IDNA2008, RFC 5890/5891, via libidn2),
 * and anything that is not a usable mail domain is refused with one clear
 * reason (RFC 5321 §4.1.2 Domain, §4.5.3.1 size limits).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <idn2.h>

#include "mx-int.h"

/* Whether an A-label domain is a syntactically usable host name. */
static int
domain_ok(const char *d, char **cause)
{
	size_t len = strlen(d), label = 0, i;

	if (len == 0 || len > 253) {
		*cause = mx_xstrdup(len == 0 ? "empty domain" :
		    "domain longer than 253 characters");
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)d[i];
		if (c == '.') {
			if (label == 0) {
				*cause = mx_xstrdup("empty label in domain");
				return 0;
			}
			label = 0;
			continue;
		}
		if (!isalnum(c) && c != '-' && c != '_') {
			*cause = mx_xasprintf("invalid character in domain "
			    "(0x%02X)", c);
			return 0;
		}
		if (++label > 63) {
			*cause = mx_xstrdup("domain label longer than 63");
			return 0;
		}
	}
	return 1;
}

/* Split and normalise a target; -1 with *cause on error. */
int
mx__target_parse(const char *target, char *local, size_t localsz,
    char *domain, size_t domainsz, char **cause)
{
	const char *at, *dom;
	char *alabel = NULL, *lower;
	size_t i, n;
	int r;

	if (target == NULL || *target == '\0') {
		*cause = mx_xstrdup("no target given");
		return -1;
	}
	for (i = 0; target[i] != '\0'; i++)
		if ((unsigned char)target[i] < 0x20 || target[i] == 0x7f ||
		    target[i] == ' ' || target[i] == '<' || target[i] == '>') {
			*cause = mx_xstrdup("target contains spaces, angle "
			    "brackets or control characters");
			return -1;
		}
	at = strrchr(target, '@');
	dom = at != NULL ? at + 1 : target;
	n = at != NULL ? (size_t)(at - target) : 0;
	if (at != NULL && (n == 0 || n > 64)) {
		*cause = mx_xstrdup(n == 0 ? "empty local part before '@'" :
		    "local part longer than 64 characters");
		return -1;
	}
	if (n >= localsz) {
		*cause = mx_xstrdup("local part too long");
		return -1;
	}
	memcpy(local, target, n);
	local[n] = '\0';
	lower = mx_xstrdup(dom);
	n = strlen(lower);
	if (n > 0 && lower[n - 1] == '.')
		lower[n - 1] = '\0';	/* a trailing root dot */
	r = idn2_to_ascii_8z(lower, &alabel, IDN2_NONTRANSITIONAL |
	    IDN2_NFC_INPUT);
	if (r != IDN2_OK) {
		*cause = mx_xasprintf("domain is not a valid (internationalised)"
		    " name: %s", idn2_strerror(r));
		free(lower);
		return -1;
	}
	free(lower);
	for (i = 0; alabel[i] != '\0'; i++)
		alabel[i] = (char)tolower((unsigned char)alabel[i]);
	if (!domain_ok(alabel, cause) || strlen(alabel) >= domainsz) {
		if (*cause == NULL)
			*cause = mx_xstrdup("domain too long");
		idn2_free(alabel);
		return -1;
	}
	mx_strlcpy(domain, alabel, domainsz);
	idn2_free(alabel);
	return 0;
}
