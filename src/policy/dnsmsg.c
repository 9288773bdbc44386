/*
 * dnsmsg: a pure reader of DNS response messages (RFC 1035 §4.1).
 * Names are skipped, never expanded: only their length on the wire
 * matters here (RFC 1035 §4.1.4: a compression pointer ends a name).
 */
#include "dnsmsg.h"

/* The offset just past the name at off, or 0 if malformed. */
static size_t
skip_name(const unsigned char *msg, size_t len, size_t off)
{
	int labels = 0;

	while (off < len) {
		unsigned char l = msg[off];
		if ((l & 0xc0) == 0xc0)		/* §4.1.4 pointer */
			return off + 2 <= len ? off + 2 : 0;
		if ((l & 0xc0) != 0)		/* RFC 6891 §5: reserved */
			return 0;
		if (l == 0)
			return off + 1;
		if (++labels > 127)
			return 0;
		off += 1 + (size_t)l;
	}
	return 0;
}

/* The byte at *off of the name being followed, its pointers (RFC 1035
 * §4.1.4) taken, at most 64 of them; -1 when malformed. */
static int
name_at(const unsigned char *msg, size_t len, size_t *off, int *hops)
{
	while (*off < len && (msg[*off] & 0xc0) == 0xc0) {
		if (*off + 1 >= len || ++*hops > 64)
			return -1;
		*off = (size_t)(msg[*off] & 0x3f) << 8 | msg[*off + 1];
	}
	return *off < len ? msg[*off] : -1;
}

/* Whether the names at a and b are the same, letters compared without
 * case (RFC 4343 §3); 0 when either is malformed. */
static int
name_eq(const unsigned char *msg, size_t len, size_t a, size_t b)
{
	int ha = 0, hb = 0, la, lb, k;

	for (;;) {
		if ((la = name_at(msg, len, &a, &ha)) < 0 ||
		    (lb = name_at(msg, len, &b, &hb)) < 0 || la != lb ||
		    la > 63 || a + 1 + (size_t)la > len ||
		    b + 1 + (size_t)lb > len)
			return 0;
		if (la == 0)
			return 1;
		for (k = 1; k <= la; k++) {
			unsigned char x = msg[a + k], y = msg[b + k];
			if (x >= 'A' && x <= 'Z')
				x = (unsigned char)(x - 'A' + 'a');
			if (y >= 'A' && y <= 'Z')
				y = (unsigned char)(y - 'A' + 'a');
			if (x != y)
				return 0;
		}
		a += 1 + (size_t)la;
		b += 1 + (size_t)lb;
	}
}

/* The name asked (at qname) and its CNAME aliases among the nrr answers
 * from first (RFC 1034 §3.6.2: the records of an alias are owned by its
 * canonical name), into chain (at most 9); returns how many. */
static int
alias_chain(const unsigned char *msg, size_t len, size_t first, int nrr,
    size_t qname, size_t chain[9])
{
	size_t off, rd, o;
	int n = 1, i, j, grew = 1, rtype, known, seen;

	chain[0] = qname;
	while (grew && n < 9) {
		grew = 0;
		for (off = first, i = 0; i < nrr && !grew; i++) {
			o = off;
			if ((off = skip_name(msg, len, off)) == 0 ||
			    off + 10 > len)
				break;
			rd = off + 10;
			rtype = msg[off] << 8 | msg[off + 1];
			off = rd + (size_t)(msg[off + 8] << 8 | msg[off + 9]);
			/* A CNAME's RDATA is one name (RFC 1035 §3.3.1),
			 * ending where the RDATA ends: an empty one would
			 * make the next record's owner an alias. */
			if (rtype != 5 || off > len ||
			    skip_name(msg, off, rd) != off)	/* CNAME */
				continue;
			for (j = known = seen = 0; j < n; j++) {
				known |= name_eq(msg, len, o, chain[j]);
				seen |= name_eq(msg, len, rd, chain[j]);
			}
			if (known && !seen) {
				chain[n++] = rd;
				grew = 1;
			}
		}
	}
	return n;
}

/* Whether the name at owner is one of chain's n names. */
static int
in_chain(const unsigned char *msg, size_t len, const size_t *chain, int n,
    size_t owner)
{
	int i;

	for (i = 0; i < n; i++)
		if (name_eq(msg, len, owner, chain[i]))
			return 1;
	return 0;
}

/* Read the header and call fn for each RR of type among the answers
 * (all: and the authority and additional records; the answers only
 * when their owner is the name asked or its alias). */
static int
walk(const unsigned char *msg, size_t len, int all, int type,
    struct mx_dnsmsg_hdr *h, mx_dnsmsg_rr_cb fn, void *arg)
{
	size_t off = 12, owner, chain[9];
	int qd, i, nrr, n = 0, nchain = 0;

	h->rcode = h->ad = h->tc = h->ancount = h->foreign = 0;
	h->foreign_at = 0;
	if (msg == NULL || len < 12 || (msg[2] & 0x80) == 0)
		return -1;
	h->tc = (msg[2] & 0x02) != 0;
	h->ad = (msg[3] & 0x20) != 0;
	h->rcode = msg[3] & 0x0f;
	qd = msg[4] << 8 | msg[5];
	h->ancount = msg[6] << 8 | msg[7];
	nrr = h->ancount + (all ? (msg[8] << 8 | msg[9]) + (msg[10] << 8 |
	    msg[11]) : 0);
	for (i = 0; i < qd; i++) {
		if ((off = skip_name(msg, len, off)) == 0 || off + 4 > len)
			return -1;
		off += 4;
	}
	/* A record of another owner is a resolver's error or a forgery,
	 * never the answer. */
	if (!all && qd == 1)
		nchain = alias_chain(msg, len, off, h->ancount, 12, chain);
	for (i = 0; i < nrr; i++) {
		int rtype;
		size_t rdlen;
		uint32_t ttl;
		owner = off;
		if ((off = skip_name(msg, len, off)) == 0 || off + 10 > len)
			return -1;
		rtype = msg[off] << 8 | msg[off + 1];
		ttl = (uint32_t)msg[off + 4] << 24 | (uint32_t)msg[off + 5] <<
		    16 | (uint32_t)msg[off + 6] << 8 | msg[off + 7];
		rdlen = (size_t)(msg[off + 8] << 8 | msg[off + 9]);
		off += 10;
		if (rdlen > len - off)
			return -1;
		if (ttl & 0x80000000u)		/* RFC 2181 §8 */
			ttl = 0;
		if (rtype == type && nchain > 0 &&
		    !in_chain(msg, len, chain, nchain, owner)) {
			if (h->foreign++ == 0)
				h->foreign_at = owner;
		} else if (rtype == type) {
			if (fn != NULL)
				fn(arg, ttl, msg + off, rdlen);
			n++;
		}
		off += rdlen;
	}
	return n;
}

/* Read the header and call fn for each answer RR of type. */
int
mx_dnsmsg_answers(const unsigned char *msg, size_t len, int type,
    struct mx_dnsmsg_hdr *h, mx_dnsmsg_rr_cb fn, void *arg)
{
	return walk(msg, len, 0, type, h, fn, arg);
}

/* The same over every section; see dnsmsg.h. */
int
mx_dnsmsg_records(const unsigned char *msg, size_t len, int type,
    struct mx_dnsmsg_hdr *h, mx_dnsmsg_rr_cb fn, void *arg)
{
	return walk(msg, len, 1, type, h, fn, arg);
}

/* TXT RDATA: its character-strings joined into out. */
int
mx_dnsmsg_txt(const unsigned char *rd, size_t rdlen, char *out, size_t sz,
    size_t *outlen)
{
	size_t off = 0, o = 0;

	if (sz == 0)
		return -1;
	while (off < rdlen) {
		size_t l = rd[off++], k;
		if (l > rdlen - off) {
			out[o] = '\0';
			*outlen = o;
			return -1;
		}
		for (k = 0; k < l && o + 1 < sz; k++)
			out[o++] = (char)rd[off + k];
		off += l;
	}
	out[o] = '\0';
	*outlen = o;
	return 0;
}
