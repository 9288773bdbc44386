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
#include "i18n.h"

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

/* rdns.banner_mismatch's remedy (the finding has two sentences). */
static const char mismatch_remedy[] = N_("Cosmetic for delivery to it, but "
    "logs and strict peers disagree on its name: the remote admin should "
    "make the greeting name and the PTR agree.");

/* rdns.not_confirmed and rdns.banner_mismatch for one probe. */
void
mx__diag_rdns(struct mx__diag *d, const struct mx_probe *p, const char *host,
    const char *subj)
{
	const char *b = p->banner_name, *h = p->ehlo_name;
	char label[MX_EXCH_LABEL_MAX];
	int bn, hn;

	if (p->ptr_status != MX_DNS_ANSWER || p->ptr[0] == '\0')
		return;
	mx_exch_label(host, p->addr, label, sizeof label);
	if (p->ptr_fcrdns == MX_FCRDNS_NO)
		mx__diag_add(d, "rdns.not_confirmed", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, "The exchanger's owner should give "
		    "the PTR name an A/AAAA record for the address, or point "
		    "the PTR at a name that has it (forward-confirmed reverse "
		    "DNS).",
		    /* TRANSLATORS: the first %s is the exchanger,
		     * "mx1.example.test [192.0.2.1]" (or its address
		     * alone), the second its PTR name, the third its
		     * address. */
		    "The PTR of %s names %s, which does not resolve back to %s "
		    "(FCrDNS fails).", label, p->ptr, p->addr);
	if (!p->done)
		return;
	bn = is_hostname(b);
	hn = is_hostname(h);
	if ((!bn && !hn) || (bn && same_name(b, p->ptr)) ||
	    (hn && same_name(h, p->ptr)))
		return;
	if (bn)
		mx__diag_add(d, "rdns.banner_mismatch", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, mismatch_remedy,
		    /* TRANSLATORS: the first %s is the exchanger,
		     * "mx1.example.test [192.0.2.1]" (or its address
		     * alone), the second the name it gives itself, the
		     * third its PTR name. */
		    "%s calls itself %s in its greeting, but its PTR names %s.",
		    label, b, p->ptr);
	else
		mx__diag_add(d, "rdns.banner_mismatch", MX_SEV_INFO,
		    MX_ACT_REMOTE, subj, mismatch_remedy,
		    /* TRANSLATORS: as the greeting's sentence. */
		    "%s calls itself %s in its EHLO reply, but its PTR names "
		    "%s.", label, h, p->ptr);
}
