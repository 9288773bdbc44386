/*
 * dns: ask every resolver at once, on one c-ares channel each so answers
 * stay attributable: MX of the domain, then A/AAAA of each exchanger;
 * implicit MX (RFC 5321 §5.1) and null MX (RFC 7505).  c-ares runs on the
 * libuv loop through ARES_OPT_SOCK_STATE_CB: never a thread or a block.
 */
#ifndef MX_DNS_H
#define MX_DNS_H

#include "mxscope.h"

struct mx_dns;

/* What the DNS stage reports, as it learns it. */
struct mx_dns_cb {
	/* A resolver's record changed: what (MX_RES_* of event.h) says
	 * which part; MX_RES_ADDRS: the addresses from index first on. */
	void	(*resolver)(void *, int ri, unsigned what, int first,
		    const struct mx_resolver *);
	/* An exchanger address: pref/host from resolver ri. */
	void	(*address)(void *, int ri, int pref, const char *host,
		    int family, const char *addr);
	/* An exchanger's A or AAAA lookup ended with status (cut: capped;
	 * canon: the name a CNAME chain led to, NULL when host had none). */
	void	(*host_status)(void *, int ri, int pref, const char *host,
		    int family, enum mx_dns_status, int cut,
		    const char *canon);
	/* Every resolver has finished. */
	void	(*done)(void *);
	/* The reverse DNS (PTR) of an address asked with mx_dns_ptr, and
	 * whether the name's forward lookup gives the address back
	 * (MX_FCRDNS_*: FCrDNS, RFC 8601 §3). */
	void	(*ptr)(void *, int tag, enum mx_dns_status, const char *name,
		    int fcrdns);
	/* The first address answering an mx_dns_a lookup ("" if none). */
	void	(*a)(void *, int tag, enum mx_dns_status, const char *addr);
	/* The text of an mx_dns_txt lookup (sanitized; "" if none). */
	void	(*txt)(void *, int tag, enum mx_dns_status, const char *text);
};

/* Create channels for servers (NULL/0: one per system resolver). */
struct mx_dns	*mx_dns_new(uv_loop_t *, const char *const *servers, int n,
		    int timeout_ms, char **cause);
/* How many resolvers, and the display name of each. */
int		 mx_dns_count(const struct mx_dns *);
const char	*mx_dns_name(const struct mx_dns *, int);
/* Before mx_dns_go: also ask every resolver for the A/AAAA of host, the
 * server checked in place of the MX (--server); its answers reach the
 * address and host_status callbacks, never the resolver's MX record. */
void		 mx_dns_server(struct mx_dns *, const char *host);
/* Send the queries for domain; callbacks follow (never synchronously). */
void		 mx_dns_go(struct mx_dns *, const char *domain, int family,
		    const struct mx_dns_cb *, void *arg);
/* mx_dns_lookup's answer: once per family asked; addr NULL if none. */
typedef void	(*mx_dns_addr_cb)(void *, int family, enum mx_dns_status,
		    const char *addr);
/* A and/or AAAA of host on the first resolver (mailbox host names). */
int		 mx_dns_lookup(struct mx_dns *, const char *host, int family,
		    mx_dns_addr_cb, void *arg);
/* Ask resolver ri for the PTR of ip (RFC 1035 §3.5, RFC 3596 §2.5), then
 * the A/AAAA of the name it gives, on the same channel; call
 * after mx_dns_go, while ri still has lookups pending (from a callback
 * of ri) or right after mx_dns_go.  -1 if ip is not a numeric address. */
int		 mx_dns_ptr(struct mx_dns *, int ri, int tag, const char *ip);
/* Ask resolver ri for the A record of name (a DNSBL query, RFC 5782 §2);
 * the same timing rule as mx_dns_ptr.  -1 when it cannot be sent. */
int		 mx_dns_a(struct mx_dns *, int ri, int tag, const char *name);
/* Ask resolver ri for the TXT record of name (a DNSBL reason, RFC 5782
 * §2.1); the same timing rule as mx_dns_ptr. */
int		 mx_dns_txt(struct mx_dns *, int ri, int tag, const char *name);
/* The in-addr.arpa or ip6.arpa name of a numeric address (RFC 1035 §3.5,
 * RFC 3596 §2.5); -1 if ip is none. */
int		 mx_dns_reverse_name(const char *ip, char *out, size_t sz);
/* Use a new mx_dns only for single lookups (mx_dns_a, mx_dns_txt) with
 * these callbacks, instead of mx_dns_go: no resolver or done report. */
void		 mx_dns_aux(struct mx_dns *, const struct mx_dns_cb *, void *);
/* mx_dns_query's answer: the status and the whole response (NULL, 0
 * unless status is MX_DNS_ANSWER, NXDOMAIN or NODATA), valid only during
 * the call, for parsers of our own; ad: the resolver's AD bit (its
 * claim, not validated here). */
typedef void	(*mx_dns_raw_cb)(void *, enum mx_dns_status,
		    const unsigned char *abuf, int alen, int ad);
/* Ask resolver ri for the records of TYPE (ns_t_*) of name, outside the
 * MX stage's counts (policy records: TXT, MX, TLSA, ...), with the AD bit
 * set in the query (RFC 6840 §5.7: the resolver then says whether it
 * validated).  cb is called once, never after mx_dns_close.  -1 when it
 * cannot be sent. */
int		 mx_dns_query(struct mx_dns *, int ri, const char *name,
		    int type, mx_dns_raw_cb, void *arg);
/* Stop everything; safe inside callbacks (the teardown is deferred). */
void		 mx_dns_close(struct mx_dns *);
/* 1: every mx_dns made from now on shares one c-ares channel per resolver
 * (mxscope --batch); 0: close those channels (run the loop after). */
void		 mx_dns_share_channels(int on);

/* dns-cache.c: the run's answer cache, shared by every mx_dns of the
 * process (mxscope --batch): 1 turns it on, 0 empties and turns it off. */
void		 mx_dns_cache_enable(int on);
/* Lookups the cache answered, and those it had to send. */
void		 mx_dns_cache_stats(unsigned long *hits, unsigned long *misses);
/* How long an answer may be kept, in seconds; -1 not at all. */
int		 mx__dns_cache_ttl(const unsigned char *, int len);
/* A copy of a kept answer for server/type/name: 1 (free *buf) or 0. */
int		 mx__dns_cache_get(const char *server, int type,
		    const char *name, int *status, unsigned char **buf,
		    int *len);
/* Keep an answer (c-ares status and message) for its TTL. */
void		 mx__dns_cache_put(const char *server, int type,
		    const char *name, int status, const unsigned char *buf,
		    int len);

#endif
