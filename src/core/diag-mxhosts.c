/*
 * diag-mxhosts: what the MX set and its exchangers' addresses say beyond
 * "it resolves" (issue 12, DNS met in the wild): an MX naming an alias
 * (RFC 2181 §10.3), an exchanger that exists with no address (NODATA),
 * addresses no Internet sender can reach (RFC 6890) or that only one
 * resolver gives (a split-horizon view), a null MX beside other MX records
 * or with a nonzero preference (RFC 7505 §3), and a domain with neither MX
 * nor address (RFC 5321 §5.1).  Every rule reads the whole model, so the
 * order the answers came in changes nothing.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag-int.h"
#include "i18n.h"

/* The exchanger host an address of resolver r belongs to. */
static const char *
addr_owner(const struct mx_model *m, const struct mx_resolver *r,
    const struct mx_resaddr *a)
{
	return a->mx >= 0 && a->mx < r->nmx ? r->mx[a->mx].host : m->domain;
}

/* Whether an address is one the probes skip (RFC 6890 blocks). */
static int
unreachable(const struct mx_model *m, const char *ip)
{
	return !mx_addr_probed(ip, m->port, m->internal);
}

/* Whether some resolver gives host an address that is probed; *who gets
 * the first such resolver's index. */
static int
public_elsewhere(const struct mx_model *m, const char *host, int *who)
{
	int i, j;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		for (j = 0; j < r->naddrs; j++)
			if (strcasecmp(addr_owner(m, r, &r->addrs[j]), host) ==
			    0 && !unreachable(m, r->addrs[j].addr)) {
				*who = i;
				return 1;
			}
	}
	return 0;
}

/* Findings on the addresses no Internet sender can reach (RFC 6890):
 * the remote side's error when every resolver gives them, ours (a
 * split-horizon resolver) when another resolver gives a public one. */
static void
special_addresses(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 4];
	int i, j, who;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		for (j = 0; j < r->naddrs; j++) {
			const char *ip = r->addrs[j].addr,
			    *host = addr_owner(m, r, &r->addrs[j]);
			if (!unreachable(m, ip))
				continue;
			snprintf(subj, sizeof subj, "%s [%s]", host, ip);
			if (public_elsewhere(m, host, &who))
				mx__diag_add(d, "dns.split_horizon", MX_SEV_WARN,
				    MX_ACT_US, r->name, "That resolver serves an "
				    "internal (split-horizon) view of the domain; "
				    "test with a public resolver to see what "
				    "senders on the Internet see.", "Resolver %s "
				    "gives %s the internal address %s (RFC 6890) "
				    "where %s gives a public one: an internal "
				    "view, not what other senders see.", r->name,
				    host, ip, m->resolvers[who].name);
			else if (mx_addr_kind(ip) == MX_AK_LOOPBACK)
				mx__diag_add(d, "dns.mx_loopback", MX_SEV_ERROR,
				    MX_ACT_REMOTE, subj, "The domain's DNS "
				    "administrator must give the exchanger its "
				    "public address.", "Exchanger %s is at %s, a "
				    "loopback address: every sender would deliver "
				    "to itself. Not tested.", host, ip);
			else
				mx__diag_add(d, "dns.mx_private_address",
				    MX_SEV_ERROR, MX_ACT_REMOTE, subj, "The "
				    "domain's DNS administrator must give the "
				    "exchanger a public address (a private one "
				    "belongs in an internal view only; for an "
				    "internal domain, re-run with --internal).",
				    "Exchanger %s is at %s, a private or reserved "
				    "address (RFC 6890) that no sender on the "
				    "Internet can reach. Not tested.", host, ip);
		}
	}
}

/* Whether exchanger x has an address of any kind at some resolver. */
static int
has_address(const struct mx_model *m, const struct mx_exchanger *x)
{
	int i, j;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *r = &m->resolvers[i];
		for (j = 0; j < r->naddrs; j++)
			if (strcasecmp(addr_owner(m, r, &r->addrs[j]),
			    x->host) == 0)
				return 1;
	}
	return 0;
}

/* Findings on each exchanger's name: an alias, or no address at all. */
static void
exchanger_names(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	int i, nodata, failed;

	/* --server: the exchanger is the host the user named, no MX. */
	for (i = 0; i < m->nexch && m->server[0] == '\0'; i++) {
		const struct mx_exchanger *x = &m->exch[i];
		if (x->canon[0] != '\0' && strcasecmp(x->canon, x->host) != 0)
			mx__diag_add(d, "dns.mx_cname", MX_SEV_WARN,
			    MX_ACT_REMOTE, x->host, "The domain's DNS "
			    "administrator should point the MX record at the "
			    "canonical host name, not at an alias.", "Exchanger "
			    "%s is an alias (CNAME) of %s: RFC 2181 §10.3 "
			    "forbids an MX naming an alias. Most senders follow "
			    "it anyway (tested), strict ones refuse.", x->host,
			    x->canon);
		/* RFC 2308 §2.2: the name exists, with no record of the
		 * type; with a family left out (-4, -6) that one is never
		 * asked (not_asked). */
		nodata = x->a_status == MX_DNS_NODATA ||
		    x->aaaa_status == MX_DNS_NODATA;
		failed = (x->a_status != MX_DNS_NODATA &&
		    x->a_status != MX_DNS_PENDING &&
		    x->a_status != MX_DNS_NOT_ASKED) ||
		    (x->aaaa_status != MX_DNS_NODATA &&
		    x->aaaa_status != MX_DNS_PENDING &&
		    x->aaaa_status != MX_DNS_NOT_ASKED);
		/* The domain as its own exchanger: dns.no_mail_host. */
		if (m->dns_done && nodata && !failed && !has_address(m, x) &&
		    m->family == 0 && strcasecmp(x->host, m->domain) != 0)
			mx__diag_add(d, "dns.mx_host_no_address", MX_SEV_ERROR,
			    MX_ACT_REMOTE, x->host, "The domain's DNS "
			    "administrator must give the exchanger an A or AAAA "
			    "record, or fix the MX record's host name.",
			    "Exchanger %s exists but has no address (no A or "
			    "AAAA record, NODATA).", x->host);
	}
}

/* Findings on how a resolver's MX set is written: a null MX with a
 * nonzero preference, a null MX beside other MX records (RFC 7505 §3),
 * no MX and no address (RFC 5321 §5.1). */
static void
mx_set_form(struct mx__diag *d, const struct mx_resolver *r)
{
	const struct mx_model *m = d->m;
	int i, dot = 0;

	for (i = 0; i < r->nmx; i++)
		dot |= strcmp(r->mx[i].host, ".") == 0;
	if (r->null_mx && r->mx[0].pref != 0)
		mx__diag_add(d, "dns.null_mx_preference", MX_SEV_INFO,
		    MX_ACT_REMOTE, m->domain, "The domain's DNS administrator "
		    "should publish the null MX as MX 0 . (RFC 7505 §3).",
		    "%s's null MX has preference %d, not 0 (RFC 7505 §3); it "
		    "is read as a null MX all the same.", m->domain,
		    r->mx[0].pref);
	if (dot && !r->null_mx)
		mx__diag_add(d, "dns.null_mx_mixed", MX_SEV_ERROR,
		    MX_ACT_REMOTE, m->domain, "The domain's DNS administrator "
		    "must remove either the null MX (if the domain takes mail) "
		    "or the other MX records.", "%s publishes a null MX "
		    "(MX .) beside other MX records, which RFC 7505 §3 "
		    "forbids: senders that honour it refuse the mail, others "
		    "deliver to the other exchangers (tested).", m->domain);
	if (r->implicit && r->status == MX_DNS_NODATA && r->done &&
	    r->naddrs == 0 && r->addr_failures == 0)
		mx__diag_add(d, "dns.no_mail_host", MX_SEV_CRIT, MX_ACT_REMOTE,
		    m->domain, "Check the address with the recipient; if it is "
		    "right, the domain's owner must publish an MX record.",
		    "%s exists but has no MX record and no address: it cannot "
		    "receive mail (RFC 5321 §5.1).", m->domain);
}

/* The findings of this file (see the top). */
void
mx__diag_mxhosts(struct mx__diag *d)
{
	int i;

	for (i = 0; i < d->m->nresolvers; i++)
		mx_set_form(d, &d->m->resolvers[i]);
	exchanger_names(d);
	special_addresses(d);
}

/* How many addresses of resolver r (all when r is NULL) the probes skip
 * as unreachable (RFC 6890). */
int
mx__diag_unreachable(const struct mx_model *m, const struct mx_resolver *r)
{
	int i, j, n = 0;

	for (i = 0; i < m->nresolvers; i++) {
		const struct mx_resolver *x = &m->resolvers[i];
		if (r != NULL && x != r)
			continue;
		for (j = 0; j < x->naddrs; j++)
			n += unreachable(m, x->addrs[j].addr);
	}
	return n;
}
