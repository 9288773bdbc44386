/*
 * diag-rdns: reverse DNS of an exchanger (issue 12, "Evidence followed
 * up").  Its PTR name should resolve back to its address (forward-
 * confirmed reverse DNS, RFC 8601 §3 "iprev", RFC 1912 §2.1), and the
 * name it gives itself in its greeting or EHLO reply (RFC 5321 §4.2,
 * §4.1.1.1) should be that name: a mismatch is what strict senders and
 * spam filters notice, and a helpdesk comparing logs is misled by it.
 */
#include <string.h>
#include <strings.h>

#include "diag-int.h"

/* Whether s looks like a host name: a dot, letters/digits/hyphens. */
static int
is_hostname(const char *s)
{
	size_t n = strlen(s);

	if (n < 3 || strchr(s, '.') == NULL || s[0] == '.' || s[0] == '[')
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789-._") == n;
}

/* Host names equal but for case and a trailing dot (RFC 4343). */
static int
same_name(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la > 0 && a[la - 1] == '.')
		la--;
	if (lb > 0 && b[lb - 1] == '.')
		lb--;
	return la == lb && strncasecmp(a, b, la) == 0;
}

/* rdns.not_confirmed and rdns.banner_mismatch for one probe. */
void
mx__diag_rdns(struct mx__diag *d, const struct mx_probe *p, const char *host,
    const char *subj)
{
	const char *b = p->banner_name, *h = p->ehlo_name, *name;
	int bn, hn;

	if (p->ptr_status != MX_DNS_ANSWER || p->ptr[0] == '\0')
		return;
	if (p->ptr_fcrdns == MX_FCRDNS_NO)
		mx__diag_add(d, "rdns.not_confirmed", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, "The exchanger's owner should give "
		    "the PTR name an A/AAAA record for the address, or point "
		    "the PTR at a name that has it (forward-confirmed reverse "
		    "DNS).",
		    "The PTR of %s (%s) names %s, which does not resolve back "
		    "to %s (FCrDNS fails).", host, p->addr, p->ptr, p->addr);
	if (!p->done)
		return;
	bn = is_hostname(b);
	hn = is_hostname(h);
	if ((!bn && !hn) || (bn && same_name(b, p->ptr)) ||
	    (hn && same_name(h, p->ptr)))
		return;
	name = bn ? b : h;
	mx__diag_add(d, "rdns.banner_mismatch", MX_SEV_INFO, MX_ACT_REMOTE,
	    subj, "Cosmetic for delivery to it, but logs and strict peers "
	    "disagree on its name: the remote admin should make the greeting "
	    "name and the PTR agree.", "%s [%s] calls itself %s in its %s, "
	    "but its PTR names %s.", host, p->addr, name, bn ? "greeting" :
	    "EHLO reply", p->ptr);
}
