/*
 * ndr-domain: recipient addresses cleaned of what some mail systems write
 * around them.  Host names and registered domains, by which the
 * receiving-host table is keyed, are src/reason/reason-hosts.c's.
 */
#include <string.h>
#include <strings.h>

#include "ndr-int.h"

/* Prefixes some mail systems write before an address in a recipient
 * field ("smtp=bob@example.net", "SMTP:bob@..." from Exchange/Notes). */
static const char *const addr_prefixes[] = {
	"smtp=", "smtp:", "rfc822=", "rfc822:", "mailto:", NULL
};

/*
 * The addr-spec of a name-addr or of an address with a comment (RFC 5322
 * §3.4: "Name <a@b>", "a@b (Name)"), which some DSNs write where RFC 3464
 * §2.3.2 wants an addr-spec alone, in place.  A quoted local part that
 * holds spaces ("\"a b\"@example.net") stays whole.
 */
static void
addr_spec(char *a)
{
	char *at = strchr(a, '@'), *lt, *gt, *b, *e;

	if (at == NULL)
		return;
	if ((lt = strrchr(a, '<')) != NULL && lt < at &&
	    (gt = strchr(at, '>')) != NULL && lt > a) {
		memmove(a, lt + 1, (size_t)(gt - lt - 1));
		a[gt - lt - 1] = '\0';
		return;
	}
	if (at > a && at[-1] == '"')
		return;
	for (b = at; b > a && b[-1] != ' ' && b[-1] != '\t'; b--)
		;
	for (e = at; *e != '\0' && *e != ' ' && *e != '\t'; e++)
		;
	if (b == a && *e == '\0')
		return;
	memmove(a, b, (size_t)(e - b));
	a[e - b] = '\0';
}

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

	addr_spec(a);
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
		/* A quote that opens a quoted local part stays: its closing
		 * quote comes before the domain's '@', the last one (the
		 * quoted string may hold an '@' itself: "a@b"@example.net,
		 * RFC 5321 §4.1.2). */
		if (k > 0 && (a[k - 1] == '"') && strchr(a + k, '"') != NULL &&
		    strchr(a + k, '"') < strrchr(a + k, '@'))
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
	mx_ndr_imcea_decode(a);
}
