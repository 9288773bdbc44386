/*
 * reason-lits: the index over a list of patterns that every multi-phrase
 * scan of the classifier goes through (the reason phrases, the word rules,
 * the bounce reader's mail-system signatures and section markers).
 * Private to src/reason/ and its callers that keep an index in place.
 */
#ifndef MX_REASON_LITS_H
#define MX_REASON_LITS_H

#include <stddef.h>
#include <stdint.h>

#include "reason-rules.h"

/* An index over a list of patterns, the one prefilter of every
 * multi-phrase scan (reasons here, mail-system signatures and section
 * markers in the bounce reader).  A pattern's first piece (up to the
 * first "*") of 4 bytes or more is found through a hash of its first 4
 * bytes (a bit set over 16-bit hashes, then a bucket list); a shorter
 * one through the pair of bytes it starts with (a bit set over pairs,
 * then a first-byte list).  Most places of a text start no pattern and
 * are passed over on one or two bit tests. */
#define HASH_BITS	16
#define BUCKET_BITS	13
#define NBUCKET		(1 << BUCKET_BITS)
struct mx_rr_lits {
	const char	*const *pat;	/* the patterns, lower case */
	size_t		 n;
	size_t		*plen;		/* length of each's first piece */
	/* Each's first 4 bytes as the scan reads them, and the mask of
	 * those in its first piece (3 of them for a 3-byte piece). */
	uint32_t	*pkey, *pmask;
	/* The same for bytes 4 to 7 of each (mask 0 where it is shorter). */
	uint32_t	*pkey2, *pmask2;
	/* First pieces of 3 bytes or more: bit set over the hashes of
	 * their first 4 bytes (every 4th byte for a 3-byte piece), and
	 * buckets of pattern numbers by hash. */
	uint64_t	 hash_ok[(1 << HASH_BITS) / 64];
	unsigned	 bstart[NBUCKET + 1];
	unsigned short	*blist;
	/* 3-byte pieces, in order (for the last places of a text). */
	unsigned short	*tlist;
	size_t		 ntri;
	/* First pieces of 1 or 2 bytes: bit set over first pairs, lists
	 * by first byte. */
	uint64_t	 pair_ok[65536 / 64];
	unsigned short	 sstart[257];
	unsigned short	*slist;
	size_t		 nshort;
	/* When every first piece is m >= 8 bytes long: the hashes of every
	 * 4 bytes within the first m of a pattern, to pass over m - 3
	 * places at once where none is (as Wu and Manber do). */
	size_t		 m;
	uint64_t	 any_ok[(1 << HASH_BITS) / 64];
};

/* Build x over the n lower-case patterns pat (kept, not copied); a
 * pattern's first piece ends at the first byte of stop ("*" or ""). */
void	 mx_rr_lits_build(struct mx_rr_lits *x, const char *const *pat,
	    size_t n, const char *stop);
/* Call hit(arg, k, at) on every place of the lower-case text[0, len)
 * where pattern k's first piece starts, in order of place, until it
 * returns nonzero; the place where it stopped, or len. */
size_t	 mx_rr_lits_each(const struct mx_rr_lits *x, const char *text,
	    size_t len, int (*hit)(void *, size_t, size_t), void *arg);

#endif
