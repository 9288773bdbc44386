/*
 * reason-lits: an index over a list of lower-case patterns, so that one
 * pass over a text finds every place a pattern's first piece starts (see
 * reason-lits.h).  Split from reason-rules.c so that the phrase table and
 * the word rules (reason-words.c) both use it without calling each other.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-lits.h"

/* The 16-bit hash of a 4-byte key. */
static unsigned
hash4(uint32_t key)
{
	return (uint32_t)(key * 0x9E3779B1u) >> (32 - HASH_BITS);
}

/* The hash of the 4 bytes a, b, c, d as the scan reads them. */
static unsigned
hash_bytes(unsigned a, unsigned b, unsigned c, unsigned d)
{
	unsigned char four[4] = { (unsigned char)a, (unsigned char)b,
	    (unsigned char)c, (unsigned char)d };
	uint32_t key;

	memcpy(&key, four, 4);
	return hash4(key);
}

/* Set bit h of a hash bit set. */
static void
bit_set(uint64_t *set, unsigned h)
{
	set[h >> 6] |= (uint64_t)1 << (h & 63);
}

/* Whether bit h of a bit set is set. */
static int
bit_is(const uint64_t *set, unsigned h)
{
	return (set[h >> 6] >> (h & 63)) & 1;
}

/* Mark the pair a, b as one a short piece can start with. */
static void
pair_set(struct mx_rr_lits *x, unsigned a, unsigned b)
{
	unsigned char two[2] = { (unsigned char)a, (unsigned char)b };
	uint16_t k;

	/* As the scan reads it: the two bytes as one 16-bit load. */
	memcpy(&k, two, 2);
	bit_set(x->pair_ok, k);
}

/* Put pattern i in the buckets of its hashes (a 4-byte piece has one,
 * a 3-byte one up to 256), counting only (list NULL) or filling. */
static void
bucket_put(struct mx_rr_lits *x, size_t i, unsigned *count,
    unsigned short *list)
{
	const unsigned char *p = (const unsigned char *)x->pat[i];
	unsigned char seen[NBUCKET / 8];
	unsigned h, b, last = x->plen[i] >= 4 ? 1 : 256;

	memset(seen, 0, sizeof seen);
	for (b = 0; b < last; b++) {
		h = hash_bytes(p[0], p[1], p[2], last == 1 ? p[3] : b);
		bit_set(x->hash_ok, h);
		h >>= HASH_BITS - BUCKET_BITS;
		if (seen[h >> 3] & (1 << (h & 7)))
			continue;
		seen[h >> 3] |= 1 << (h & 7);
		if (list == NULL)
			count[h]++;
		else
			list[count[h]++] = (unsigned short)i;
	}
}

/* Fill in the index of the n patterns pat, each's first piece ending at
 * the first byte of stop (or at its end); pieces must not be empty. */
void
mx_rr_lits_build(struct mx_rr_lits *x, const char *const *pat, size_t n,
    const char *stop)
{
	unsigned scount[256] = { 0 }, sfill[256];
	static unsigned bcount[NBUCKET], bfill[NBUCKET];
	size_t i, j;
	int c;

	memset(x, 0, sizeof *x);
	memset(bcount, 0, sizeof bcount);
	x->pat = pat;
	x->n = n;
	x->plen = calloc(n ? n : 1, sizeof x->plen[0]);
	x->pkey = calloc(n ? n : 1, sizeof x->pkey[0]);
	x->pmask = calloc(n ? n : 1, sizeof x->pmask[0]);
	x->pkey2 = calloc(n ? n : 1, sizeof x->pkey2[0]);
	x->pmask2 = calloc(n ? n : 1, sizeof x->pmask2[0]);
	x->slist = calloc(n ? n : 1, sizeof x->slist[0]);
	x->tlist = calloc(n ? n : 1, sizeof x->tlist[0]);
	if (n > 65535 || x->plen == NULL || x->slist == NULL ||
	    x->tlist == NULL || x->pkey == NULL || x->pmask == NULL ||
	    x->pkey2 == NULL || x->pmask2 == NULL)
		abort();
	x->m = (size_t)-1;
	for (i = 0; i < n; i++) {
		x->plen[i] = strcspn(pat[i], stop);
		if (x->plen[i] < x->m)
			x->m = x->plen[i];
		if (x->plen[i] >= 3) {
			unsigned char k4[4] = { 0, 0, 0, 0 };
			unsigned char m4[4] = { 0xff, 0xff, 0xff, 0 };

			memcpy(k4, pat[i], x->plen[i] >= 4 ? 4 : 3);
			if (x->plen[i] >= 4)
				m4[3] = 0xff;
			memcpy(&x->pkey[i], k4, 4);
			memcpy(&x->pmask[i], m4, 4);
			memset(k4, 0, 4);
			memset(m4, 0, 4);
			for (j = 4; j < 8 && j < x->plen[i]; j++) {
				k4[j - 4] = (unsigned char)pat[i][j];
				m4[j - 4] = 0xff;
			}
			memcpy(&x->pkey2[i], k4, 4);
			memcpy(&x->pmask2[i], m4, 4);
			bucket_put(x, i, bcount, NULL);
			if (x->plen[i] == 3)
				x->tlist[x->ntri++] = (unsigned short)i;
			continue;
		}
		x->nshort++;
		scount[(unsigned char)pat[i][0]]++;
		if (x->plen[i] == 2)
			pair_set(x, (unsigned char)pat[i][0],
			    (unsigned char)pat[i][1]);
		else
			for (c = 0; c < 256; c++)
				pair_set(x, (unsigned char)pat[i][0],
				    (unsigned)c);
	}
	if (n == 0 || x->m < 8)
		x->m = 0;
	for (i = 0; x->m > 0 && i < n; i++)
		for (j = 0; j + 4 <= x->m; j++)
			bit_set(x->any_ok, hash_bytes((unsigned char)pat[i][j],
			    (unsigned char)pat[i][j + 1],
			    (unsigned char)pat[i][j + 2],
			    (unsigned char)pat[i][j + 3]));
	for (c = 0; c < 256; c++) {
		x->sstart[c + 1] = x->sstart[c] + scount[c];
		sfill[c] = x->sstart[c];
	}
	for (c = 0; c < NBUCKET; c++) {
		x->bstart[c + 1] = x->bstart[c] + bcount[c];
		bfill[c] = x->bstart[c];
	}
	x->blist = calloc(x->bstart[NBUCKET] ? x->bstart[NBUCKET] : 1,
	    sizeof x->blist[0]);
	if (x->blist == NULL)
		abort();
	for (i = 0; i < n; i++)
		if (x->plen[i] >= 3)
			bucket_put(x, i, bfill, x->blist);
		else
			x->slist[sfill[(unsigned char)pat[i][0]]++] =
			    (unsigned short)i;
}

/* Whether pattern j's first piece is at place i of text[0, len), and
 * then whether hit said stop. */
static int
try_one(const struct mx_rr_lits *x, const char *text, size_t len,
    size_t i, size_t j, int (*hit)(void *, size_t, size_t), void *arg)
{
	size_t n = x->plen[j];

	return n <= len - i && memcmp(text + i, x->pat[j], n) == 0 &&
	    hit(arg, j, i);
}

/* Call hit on every pattern whose first piece starts at place i of the
 * lower-case text[0, len); whether it said stop. */
static int
index_try(const struct mx_rr_lits *x, const char *text, size_t len,
    size_t i, int (*hit)(void *, size_t, size_t), void *arg)
{
	const unsigned char *s = (const unsigned char *)text;
	uint32_t key, key2;
	unsigned h;
	size_t k, j, n;

	if (i + 4 <= len) {
		memcpy(&key, s + i, 4);
		h = hash4(key);
		if (bit_is(x->hash_ok, h)) {
			h >>= HASH_BITS - BUCKET_BITS;
			for (k = x->bstart[h]; k < x->bstart[h + 1]; k++) {
				j = x->blist[k];
				/* The first 4 (or 3) bytes at once, then the
				 * rest. */
				if ((key & x->pmask[j]) != x->pkey[j])
					continue;
				n = x->plen[j];
				if (n > len - i)
					continue;
				if (n > 4 && i + 8 <= len) {
					memcpy(&key2, s + i + 4, 4);
					if ((key2 & x->pmask2[j]) != x->pkey2[j])
						continue;
				}
				if ((n <= 4 || memcmp(text + i + 4, x->pat[j] +
				    4, n - 4) == 0) && hit(arg, j, i))
					return 1;
			}
		}
	} else
		for (k = 0; k < x->ntri; k++)
			if (try_one(x, text, len, i, x->tlist[k], hit, arg))
				return 1;
	for (k = x->sstart[s[i]]; k < x->sstart[s[i] + 1]; k++)
		if (try_one(x, text, len, i, x->slist[k], hit, arg))
			return 1;
	return 0;
}

/* Call hit on every place of the lower-case text[0, len) where some
 * pattern's first piece starts (in order of place), until it says stop;
 * the place where it stopped, or len.  hit(arg, k, at) is told of pattern
 * k's first piece at place at; nonzero stops.  The fast loops test only
 * the bit sets; index_try does the rest. */
size_t
mx_rr_lits_each(const struct mx_rr_lits *x, const char *text, size_t len,
    int (*hit)(void *, size_t, size_t), void *arg)
{
	const unsigned char *s = (const unsigned char *)text;
	const uint64_t *hash_ok = x->hash_ok, *pair_ok = x->pair_ok;
	const size_t end4 = len >= 4 ? len - 3 : 0, m = x->m;
	size_t i = 0;
	uint32_t key;
	uint16_t pr;

	if (m > 0) {
		/* No pattern starts in [i, i + m - 4] unless the 4 bytes at
		 * i + m - 4 are among the first m of one. */
		while (i + m <= len) {
			memcpy(&key, s + i + m - 4, 4);
			if (!bit_is(x->any_ok, hash4(key))) {
				i += m - 3;
				continue;
			}
			memcpy(&key, s + i, 4);
			if (bit_is(hash_ok, hash4(key)) &&
			    index_try(x, text, len, i, hit, arg))
				return i;
			i++;
		}
		return len;
	}
	if (x->nshort == 0) {
		for (; i < end4; i++) {
			memcpy(&key, s + i, 4);
			if (bit_is(hash_ok, hash4(key)) &&
			    index_try(x, text, len, i, hit, arg))
				return i;
		}
	} else {
		for (; i < end4; i++) {
			memcpy(&key, s + i, 4);
			memcpy(&pr, s + i, 2);
			if ((bit_is(hash_ok, hash4(key)) ||
			    bit_is(pair_ok, pr)) &&
			    index_try(x, text, len, i, hit, arg))
				return i;
		}
	}
	/* The last places: pieces of up to 3 bytes only. */
	for (; i < len; i++)
		if (index_try(x, text, len, i, hit, arg))
			return i;
	return len;
}

/* A literal set over the n non-empty lower-case strings lit (kept, not
 * copied). */
struct mx_rr_lits *
mx_rr_lits_new(const char *const *lit, size_t n)
{
	struct mx_rr_lits *x = malloc(sizeof *x);
	size_t i;

	if (x == NULL)
		abort();
	for (i = 0; i < n; i++)
		if (lit[i][0] == '\0')
			abort();
	mx_rr_lits_build(x, lit, n, "");
	return x;
}

/* What a literal scan notes: which literals, and where the first was. */
struct lit_state {
	unsigned char	*found;
	size_t		 first;
};

/* Note literal k as found at at (arg: a struct lit_state); go on. */
static int
lit_found(void *arg, size_t k, size_t at)
{
	struct lit_state *st = arg;

	st->found[k] = 1;
	if (at < st->first)
		st->first = at;
	return 0;
}

/* Stop at the first literal found. */
static int
lit_first(void *arg, size_t k, size_t at)
{
	(void)arg;
	(void)k;
	(void)at;
	return 1;
}

/* Which literals of x the lower-case text holds; see reason-rules.h. */
size_t
mx_rr_lits_scan(const struct mx_rr_lits *x, const char *text, size_t len,
    unsigned char *found)
{
	struct lit_state st = { found, len };

	if (found == NULL)
		return mx_rr_lits_each(x, text, len, lit_first, NULL);
	mx_rr_lits_each(x, text, len, lit_found, &st);
	return st.first;
}
