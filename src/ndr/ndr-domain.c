/*
 * ndr-domain: host names as the bounce reader keys its receiving-host
 * tables by them: the host a Remote-MTA or Reporting-MTA field (RFC 3464
 * §2.2.2, §2.3.5: "dns; mx.example.com") or a text names, and its
 * registered domain (the name a registrant holds: example.com under .com,
 * example.co.jp under .co.jp), so that a table row for "au.com" is
 * bureau.com's never; and recipient addresses cleaned of what some
 * mail systems write around them.
 */
#include <string.h>
#include <strings.h>

#include "ndr-int.h"

/* Second-level public suffixes under which names are registered (the
 * common ones of the country-code domains; a short list, not the Public
 * Suffix List: a miss only makes a registered domain one label short). */
static const char *const second_level[] = {
	"co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "ed.jp", "go.jp",
	"gr.jp", "lg.jp", "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk",
	"plc.uk", "me.uk", "net.uk", "com.au", "net.au", "org.au", "edu.au",
	"gov.au", "co.nz", "net.nz", "org.nz", "com.br", "net.br", "org.br",
	"com.cn", "net.cn", "org.cn", "com.tw", "net.tw", "org.tw", "co.kr",
	"or.kr", "ne.kr", "com.mx", "com.ar", "co.in", "net.in", "org.in",
	"co.za", "com.sg", "com.hk", "com.tr", "co.il", "com.my", "co.th",
	"com.ua", "com.pl", "co.id", "com.vn", "com.ph", NULL
};

/* The host name a field value or text starts with, lower case: "dns;"
 * and "[" stripped, up to the first byte that cannot be in a name; no
 * trailing dot.  "" when it names no host (an address literal stays as
 * it is: its registered domain is itself). */
void
mx_ndr_host_of(const char *s, char *dst, size_t dstsz)
{
	const char *semi = strchr(s, ';');
	size_t n;

	dst[0] = '\0';
	if (dstsz == 0)
		return;
	if (semi != NULL && semi - s < 8)
		s = semi + 1;
	s += strspn(s, " \t[<");
	n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789.-_:");
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ':'))
		n--;
	mx_ndr_lower(dst, dstsz, s, n);
}

/* The registered domain of a lower-case host name into dst: its last two
 * labels, three under a second-level public suffix; "" for a name of one
 * label. */
void
mx_ndr_reg_domain(const char *host, char *dst, size_t dstsz)
{
	const char *dots[3] = { NULL, NULL, NULL }, *p, *start;
	size_t n = strlen(host);
	int i;

	dst[0] = '\0';
	while (n > 0 && host[n - 1] == '.')
		n--;
	/* The last three dots, last first. */
	for (p = host + n, i = 0; p > host && i < 3; p--)
		if (p[-1] == '.')
			dots[i++] = p - 1;
	if (dots[0] == NULL)
		return;
	start = dots[1] != NULL ? dots[1] + 1 : host;
	for (i = 0; second_level[i] != NULL; i++)
		if ((size_t)(host + n - start) == strlen(second_level[i]) &&
		    strncmp(start, second_level[i], strlen(second_level[i]))
		    == 0) {
			if (dots[1] == NULL)
				return;	/* the suffix itself */
			start = dots[2] != NULL ? dots[2] + 1 : host;
			break;
		}
	if ((size_t)(host + n - start) >= dstsz)
		return;
	memcpy(dst, start, (size_t)(host + n - start));
	dst[host + n - start] = '\0';
}

/* Whether lower-case host is domain or a name under it (label bounded). */
int
mx_ndr_host_under(const char *host, const char *domain)
{
	size_t h = strlen(host), d = strlen(domain);

	if (d == 0 || h < d || strcmp(host + h - d, domain) != 0)
		return 0;
	return h == d || host[h - d - 1] == '.';
}

/* Prefixes some mail systems write before an address in a recipient
 * field ("smtp=bob@example.net", "SMTP:bob@..." from Exchange/Notes). */
static const char *const addr_prefixes[] = {
	"smtp=", "smtp:", "rfc822=", "rfc822:", "mailto:", NULL
};

/*
 * Clean an address in place as the mail system meant it: no quotes, angle
 * brackets, "smtp=" prefix or trailing punctuation around it.  An
 * address quoted inside ("\"a b\"@example.net") keeps its quotes.
 */
void
mx_ndr_clean_addr(char *a)
{
	size_t n, k;
	int i, again = 1;

	while (again) {
		again = 0;
		n = strlen(a);
		k = strspn(a, " \t<\"'(");
		for (i = 0; addr_prefixes[i] != NULL; i++)
			if (strncasecmp(a + k, addr_prefixes[i],
			    strlen(addr_prefixes[i])) == 0) {
				k += strlen(addr_prefixes[i]);
				again = 1;
			}
		/* A quote that opens a quoted local part stays. */
		if (k > 0 && (a[k - 1] == '"') && strchr(a + k, '"') != NULL &&
		    strchr(a + k, '"') < strchr(a + k, '@'))
			k--;
		if (k > 0) {
			memmove(a, a + k, n - k + 1);
			n -= k;
		}
		/* The domain ends an address: nothing of this after it. */
		while (n > 0 && strchr(" \t>\"'.,;:)", a[n - 1]) != NULL) {
			a[--n] = '\0';
			again = 1;
		}
	}
}
