/*
 * dns-cache: the answers of one run shared between the targets of a batch
 * (mxscope --batch).  An answer is kept for the smallest TTL of its
 * records (RFC 1035 §3.2.1, RFC 2181 §5.2); a negative answer (NXDOMAIN,
 * NODATA) for the smaller of its SOA's TTL and MINIMUM (RFC 2308 §5).
 * Failures (SERVFAIL, REFUSED, timeouts) are never kept: each target sees
 * its own.  Keyed on the resolver as given, the type and the name, so
 * answers stay attributable to the resolver that gave them.  Off unless
 * mx_dns_cache_enable was called; bounded in entries and bytes.
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#include <uv.h>

#include "dns.h"
#include "mx-int.h"

#define CACHE_BUCKETS	4096
#define CACHE_MAX_ENTS	16384		/* oldest dropped beyond this */
#define CACHE_MAX_ANSWER 4096		/* larger answers are not kept */

struct cache_ent {
	struct cache_ent	*next;		/* bucket chain */
	struct cache_ent	*older, *newer;	/* insertion order */
	uint64_t		 expires;	/* uv_hrtime units */
	int			 type, status, len;
	unsigned		 bucket;
	char			*key;
	unsigned char		*buf;
};

static struct {
	int			 on;
	struct cache_ent	*bucket[CACHE_BUCKETS];
	struct cache_ent	*oldest, *newest;
	int			 n;
	unsigned long		 hits, misses;
} cache;

/* Empty the answer cache and turn it on (1, figures reset) or off (0). */
void
mx_dns_cache_enable(int on)
{
	struct cache_ent *c, *next;
	unsigned long hits = cache.hits, misses = cache.misses;

	for (c = cache.oldest; c != NULL; c = next) {
		next = c->newer;
		free(c->key);
		free(c->buf);
		free(c);
	}
	memset(&cache, 0, sizeof cache);
	cache.on = on;
	if (!on) {		/* the figures stay readable after the run */
		cache.hits = hits;
		cache.misses = misses;
	}
}

/* How many lookups the cache answered and how many it could not. */
void
mx_dns_cache_stats(unsigned long *hits, unsigned long *misses)
{
	*hits = cache.hits;
	*misses = cache.misses;
}

/* The key "server|type|name" (name lowercased: RFC 4343) and its bucket. */
static char *
cache_key(const char *server, int type, const char *name, unsigned *bucket)
{
	char *k = mx_xasprintf("%s|%d|%s", server, type, name), *p;
	uint32_t h = 2166136261u;

	for (p = k; *p != '\0'; p++) {
		*p = (char)tolower((unsigned char)*p);
		h = (h ^ (unsigned char)*p) * 16777619u;
	}
	*bucket = h % CACHE_BUCKETS;
	return k;
}

/* Unlink and free one entry. */
static void
cache_drop(struct cache_ent *c)
{
	struct cache_ent **pp;

	for (pp = &cache.bucket[c->bucket]; *pp != NULL; pp = &(*pp)->next)
		if (*pp == c) {
			*pp = c->next;
			break;
		}
	if (c->older != NULL)
		c->older->newer = c->newer;
	else
		cache.oldest = c->newer;
	if (c->newer != NULL)
		c->newer->older = c->older;
	else
		cache.newest = c->older;
	cache.n--;
	free(c->key);
	free(c->buf);
	free(c);
}

/* Read a 16- or 32-bit big-endian number. */
static uint32_t
rd16(const unsigned char *p)
{
	return (uint32_t)p[0] << 8 | p[1];
}

static uint32_t
rd32(const unsigned char *p)
{
	return rd16(p) << 16 | rd16(p + 2);
}

/* Skip a (possibly compressed) name at off; the offset after it or -1. */
static int
skip_name(const unsigned char *b, int len, int off)
{
	while (off < len) {
		if (b[off] == 0)
			return off + 1;
		if ((b[off] & 0xc0) == 0xc0)
			return off + 2 <= len ? off + 2 : -1;
		if ((b[off] & 0xc0) != 0)
			return -1;
		off += b[off] + 1;
	}
	return -1;
}

/*
 * How long an answer may be kept, in seconds (RFC 1035 §4.1: header,
 * question, answer, authority; RFC 2308 §5 for negative answers); -1
 * when it must not be kept (a failure, truncated, malformed, or no
 * record to take a TTL from).
 */
int
mx__dns_cache_ttl(const unsigned char *b, int len)
{
	int off = 12, i, rcode, qd, nrr, type, rdlen;
	long best = -1;
	uint32_t ttl;

	if (len < 12 || (b[2] & 0x02) != 0)	/* TC: c-ares goes to TCP */
		return -1;
	rcode = b[3] & 0x0f;
	if (rcode != 0 && rcode != 3)		/* NOERROR, NXDOMAIN */
		return -1;
	qd = (int)rd16(b + 4);
	nrr = (int)(rd16(b + 6) + rd16(b + 8));	/* answer + authority */
	for (i = 0; i < qd; i++)
		if ((off = skip_name(b, len, off)) < 0 || (off += 4) > len)
			return -1;
	for (i = 0; i < nrr; i++) {
		if ((off = skip_name(b, len, off)) < 0 || off + 10 > len)
			return -1;
		type = (int)rd16(b + off);
		ttl = rd32(b + off + 4);
		rdlen = (int)rd16(b + off + 8);
		off += 10;
		if (off + rdlen > len)
			return -1;
		/* A negative answer: the SOA's MINIMUM bounds it too. */
		if (type == 6 && rdlen >= 20 && rd32(b + off + rdlen - 4) < ttl)
			ttl = rd32(b + off + rdlen - 4);
		if (ttl > 0x7fffffffu)		/* RFC 2181 §8 */
			ttl = 0;
		if (best < 0 || (long)ttl < best)
			best = (long)ttl;
		off += rdlen;
	}
	return best > 86400 ? 86400 : (int)best;
}

/* A copy of a kept answer: 1 (and *buf to free) or 0. */
int
mx__dns_cache_get(const char *server, int type, const char *name,
    int *status, unsigned char **buf, int *len)
{
	struct cache_ent *c, *next;
	unsigned b;
	char *k;
	uint64_t now = uv_hrtime();

	if (!cache.on)
		return 0;
	k = cache_key(server, type, name, &b);
	for (c = cache.bucket[b]; c != NULL; c = next) {
		next = c->next;
		if (c->expires <= now) {
			cache_drop(c);
			continue;
		}
		if (c->type == type && strcmp(c->key, k) == 0)
			break;
	}
	free(k);
	if (c == NULL) {
		cache.misses++;
		return 0;
	}
	cache.hits++;
	*status = c->status;
	*len = c->len;
	*buf = mx_xmalloc((size_t)c->len);
	memcpy(*buf, c->buf, (size_t)c->len);
	return 1;
}

/* Keep an answer (c-ares status and message) for its TTL. */
void
mx__dns_cache_put(const char *server, int type, const char *name, int status,
    const unsigned char *buf, int len)
{
	struct cache_ent *c, *next;
	unsigned b;
	char *k;
	int ttl;

	if (!cache.on || buf == NULL || len <= 0 || len > CACHE_MAX_ANSWER ||
	    (ttl = mx__dns_cache_ttl(buf, len)) <= 0)
		return;
	k = cache_key(server, type, name, &b);
	for (c = cache.bucket[b]; c != NULL; c = next) {
		next = c->next;
		if (c->type == type && strcmp(c->key, k) == 0)
			cache_drop(c);	/* the newer answer wins */
	}
	while (cache.n >= CACHE_MAX_ENTS && cache.oldest != NULL)
		cache_drop(cache.oldest);
	c = mx_xcalloc(1, sizeof *c);
	c->key = k;
	c->bucket = b;
	c->type = type;
	c->status = status;
	c->len = len;
	c->buf = mx_xmalloc((size_t)len);
	memcpy(c->buf, buf, (size_t)len);
	c->expires = uv_hrtime() + (uint64_t)ttl * 1000000000ull;
	c->next = cache.bucket[b];
	cache.bucket[b] = c;
	c->older = cache.newest;
	if (cache.newest != NULL)
		cache.newest->newer = c;
	else
		cache.oldest = c;
	cache.newest = c;
	cache.n++;
}
