/*
 * lab-dns: the lab's DNS server, one per scenario resolver, on 127.0.0.1
 * with UDP and TCP on the same ephemeral port.  It answers from the
 * scenario's records (RFC 1035 §4.1 message format, §4.2.1 UDP with TC
 * above 512 octets, §4.2.2 TCP with a two-octet length prefix) and can be
 * told to SERVFAIL, REFUSE, delay or drop everything, or to mangle its
 * answers (hostile-inputs.md D1-D4: lengths and counts past the end, a cut
 * header, compression pointer loops and chains, TC with a TCP side that
 * never answers, 0-byte datagrams, wrong IDs).  Answers are
 * authoritative (AA), NXDOMAIN for names that do not exist and
 * NOERROR/NODATA for names that exist without the asked type (RFC 2308).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lab-int.h"

#define DNS_MAX		65535
#define DNS_UDP_MAX	512	/* RFC 1035 §2.3.4 */
#define DNS_TTL		300
#define DNS_BIND_TRIES	20

/* RFC 1035 §4.1.1 RCODEs. */
#define RC_NOERROR	0
#define RC_FORMERR	1
#define RC_SERVFAIL	2
#define RC_NXDOMAIN	3
#define RC_NOTIMP	4
#define RC_REFUSED	5

struct dns_client;

/* An answer waiting for its scripted delay. */
struct dns_pending {
	uv_timer_t		 timer;
	struct lab_dns		*d;
	struct dns_client	*client;	/* TCP; NULL for UDP */
	struct sockaddr_storage	 peer;		/* UDP */
	unsigned char		*msg;
	size_t			 len;
	int			 dead;		/* its client went away */
	struct dns_pending	*next;
};

/* One TCP client connection. */
struct dns_client {
	uv_tcp_t		 tcp;
	struct lab_dns		*d;
	unsigned char		*buf;
	size_t			 len, cap;
	struct dns_client	*next;
};

struct lab_dns {
	uv_loop_t			*loop;
	int				 smtp_port;	/* SRV port `smtp` */
	const struct lab_resolver	*cfg;
	struct lab_base			 base;
	struct lab_ref			*ref;
	char				**owner;	/* per record */
	uv_udp_t			*udp;
	uv_tcp_t			*tcp;
	int				 port;
	int				 closing;
	struct dns_client		*clients;
	struct dns_pending		*pending;
	size_t				 last_rdlen;	/* of the last RR */
	unsigned char			 rbuf[DNS_MAX];
};

/* A bounded output buffer. */
struct wbuf {
	unsigned char	*p;
	size_t		 len, cap;
	int		 overflow;
};

/* Append bytes, noting overflow instead of writing past the end. */
static void
put(struct wbuf *w, const void *b, size_t n)
{
	if (w->overflow || w->len + n > w->cap) {
		w->overflow = 1;
		return;
	}
	memcpy(w->p + w->len, b, n);
	w->len += n;
}

/* Append a 16-bit value in network order. */
static void
put16(struct wbuf *w, unsigned v)
{
	unsigned char b[2] = { (unsigned char)(v >> 8), (unsigned char)v };

	put(w, b, 2);
}

/* Append a 32-bit value in network order. */
static void
put32(struct wbuf *w, unsigned long v)
{
	put16(w, (unsigned)(v >> 16) & 0xffff);
	put16(w, (unsigned)v & 0xffff);
}

/* Append a domain name as labels (RFC 1035 §3.1); "" is the root. */
static void
put_name(struct wbuf *w, const char *name)
{
	const char *p = name, *dot;
	unsigned char l;

	while (*p != '\0') {
		dot = strchr(p, '.');
		if (dot == NULL)
			dot = p + strlen(p);
		l = (unsigned char)(dot - p);
		put(w, &l, 1);
		put(w, p, l);
		p = *dot == '.' ? dot + 1 : dot;
	}
	l = 0;
	put(w, &l, 1);
}

/* Whether name is zone or below it. */
static int
in_zone(const char *name, const char *zone)
{
	size_t n = strlen(name), z = strlen(zone);

	if (z == 0)
		return 1;
	if (n < z || strcmp(name + n - z, zone) != 0)
		return 0;
	return n == z || name[n - z - 1] == '.';
}

/* Whether any record lives at name or below it (so name exists). */
static int
name_exists(const struct lab_dns *d, const char *name)
{
	int i;

	for (i = 0; i < d->cfg->nrr; i++)
		if (in_zone(d->owner[i], name))
			return 1;
	return 0;
}

/* Append one record's RR (owner, type, class, TTL, RDATA). */
static void
put_rr(struct lab_dns *d, struct wbuf *w, int i, const char *owner,
    int use_ptr)
{
	const struct lab_rr *rr = &d->cfg->rr[i];
	unsigned char a4[4], l;
	size_t lenpos, off;

	if (use_ptr)
		put16(w, 0xc00c);	/* §4.1.4: pointer to the question */
	else
		put_name(w, owner);
	put16(w, (unsigned)rr->type);
	put16(w, 1);
	put32(w, rr->ttl != 0 ? rr->ttl : DNS_TTL);
	lenpos = w->len;
	d->last_rdlen = lenpos;
	put16(w, 0);
	switch (rr->type) {
	case LAB_T_A:
		if (rr->slot != 0) {
			a4[0] = 127;
			a4[1] = (unsigned char)d->base.a;
			a4[2] = (unsigned char)d->base.b;
			a4[3] = (unsigned char)rr->slot;
			put(w, a4, 4);
		} else
			put(w, rr->addr, 4);
		break;
	case LAB_T_AAAA:
		put(w, rr->addr, 16);
		break;
	case LAB_T_MX:
		put16(w, (unsigned)rr->pref);
		put_name(w, rr->data);
		break;
	case LAB_T_CNAME:
	case LAB_T_PTR:
		put_name(w, rr->data);
		break;
	case LAB_T_SRV:
		/* RFC 2782: priority, weight, port, target (uncompressed). */
		put16(w, (unsigned)rr->pref);
		put16(w, (unsigned)rr->weight);
		put16(w, (unsigned)(rr->port != 0 ? rr->port : d->smtp_port));
		put_name(w, rr->data);
		break;
	case LAB_T_SOA:
		/* RFC 1035 §3.3.13: MNAME RNAME SERIAL REFRESH RETRY EXPIRE
		 * MINIMUM. */
		put_name(w, rr->data);
		put_name(w, "hostmaster.lab.test");
		put32(w, rr->serial);
		put32(w, 3600);
		put32(w, 600);
		put32(w, 604800);
		put32(w, DNS_TTL);
		break;
	case LAB_T_TLSA:
		/* RFC 6698 §2.1: usage, selector, matching type, data. */
		put(w, rr->tlsa, 3);
		put(w, (const unsigned char *)rr->data, rr->datalen);
		break;
	case LAB_T_TXT:
		/* RFC 1035 §3.3.14: character-strings of up to 255 octets. */
		off = 0;
		do {
			size_t n = rr->datalen - off > 255 ? 255 :
			    rr->datalen - off;
			l = (unsigned char)n;
			put(w, &l, 1);
			put(w, rr->data + off, n);
			off += n;
		} while (off < rr->datalen);
		break;
	}
	if (!w->overflow) {
		size_t rdlen = w->len - lenpos - 2;
		w->p[lenpos] = (unsigned char)(rdlen >> 8);
		w->p[lenpos + 1] = (unsigned char)rdlen;
	}
}

/* Append the answers for qname/qtype following CNAMEs; returns the count. */
static int
put_answers(struct lab_dns *d, struct wbuf *w, const char *qname, int qtype,
    int *rcode)
{
	const char *cur = qname;
	int i, n = 0, hops, found, cname, nmx = 0;

	for (hops = 0; hops < 8; hops++) {
		found = 0;
		cname = -1;
		for (i = 0; i < d->cfg->nrr; i++) {
			if (strcmp(d->owner[i], cur) != 0)
				continue;
			if (d->cfg->rr[i].type == LAB_T_MX &&
			    (qtype == LAB_T_ANY || qtype == LAB_T_MX) &&
			    ((d->cfg->mangle & LAB_M_OTHEROWNER) ||
			    ((d->cfg->mangle & LAB_M_SOMEOWNER) && nmx++ > 0))) {
				/* hostile: an answer about another name */
				put_rr(d, w, i, "other.invalid", 0);
				found++;
			} else if (qtype == LAB_T_ANY ||
			    d->cfg->rr[i].type == qtype) {
				put_rr(d, w, i, cur, cur == qname);
				found++;
			} else if (d->cfg->rr[i].type == LAB_T_CNAME)
				cname = i;
		}
		n += found;
		if (found > 0 || cname < 0)
			break;
		/* RFC 1034 §3.6.2: give the CNAME and restart at its target. */
		put_rr(d, w, cname, cur, cur == qname);
		n++;
		cur = d->cfg->rr[cname].data;
	}
	if (n == 0 && !name_exists(d, qname))
		*rcode = RC_NXDOMAIN;
	return n;
}

/* Whether the resolver is scripted to SERVFAIL for qname. */
static int
servfails(const struct lab_dns *d, const char *qname)
{
	int i;

	if (d->cfg->servfail_all)
		return 1;
	for (i = 0; i < d->cfg->nservfail; i++)
		if (in_zone(qname, d->cfg->servfail_zone[i]))
			return 1;
	return 0;
}

/* Read the question name at q+12 into name (lower case); its end or 0. */
static size_t
read_qname(const unsigned char *q, size_t qlen, char *name, size_t namesz)
{
	size_t off = 12, o = 0, i;
	unsigned l;

	for (;;) {
		if (off >= qlen)
			return 0;
		l = q[off++];
		if (l == 0)
			break;
		if ((l & 0xc0) != 0 || off + l > qlen || o + l + 2 > namesz)
			return 0;	/* no compression in a question */
		if (o > 0)
			name[o++] = '.';
		for (i = 0; i < l; i++)
			name[o++] = (char)tolower(q[off + i]);
		off += l;
	}
	name[o] = '\0';
	return off;
}

/* Whether the resolver is scripted never to answer this query's name. */
static int
drops(const struct lab_dns *d, const unsigned char *q, size_t qlen)
{
	char qname[256];
	int i;

	if (d->cfg->ndrop == 0 || read_qname(q, qlen, qname, sizeof qname) == 0)
		return 0;
	for (i = 0; i < d->cfg->ndrop; i++)
		if (in_zone(qname, d->cfg->drop_zone[i]))
			return 1;
	return 0;
}

/* Append the fixed part and RDATA of an RR of the asked type (A data). */
static size_t
put_loop_rr(unsigned char *out, size_t len, size_t outmax, size_t qend)
{
	static const unsigned char a[] = { 0, 1, 0, 1, 0, 0, 1, 44, 0, 4,
	    127, 0, 0, 1 };

	if (len + sizeof a > outmax || qend < 16)
		return len;
	memcpy(out + len, a, sizeof a);
	out[len] = out[qend - 4];	/* TYPE as asked */
	out[len + 1] = out[qend - 3];
	return len + sizeof a;
}

/* Append "MX 5 evil.QNAME" owned by 128 one-octet labels before QNAME
 * (a name of over 255 octets, RFC 1035 §3.1; 292 octets) and count it in
 * ANCOUNT; returns the new length. */
static size_t
put_long_owner(unsigned char *out, size_t len)
{
	static const unsigned char rr[] = { 0, LAB_T_MX, 0, 1, 0, 0, 1, 44,
	    0, 9, 0, 5, 4, 'e', 'v', 'i', 'l', 0xc0, 12 };
	unsigned an = (unsigned)(out[6] << 8 | out[7]) + 1;
	int i;

	for (i = 0; i < 128; i++) {
		out[len++] = 1;
		out[len++] = 'a';
	}
	out[len++] = 0xc0;	/* §4.1.4: then the name asked, at 12 */
	out[len++] = 12;
	memcpy(out + len, rr, sizeof rr);
	out[6] = (unsigned char)(an >> 8);
	out[7] = (unsigned char)an;
	return len + sizeof rr;
}

/*
 * Apply the resolver's `mangle` to a finished answer of len bytes (the
 * question ends at qend); returns the new length.  RFC 1035 §4.1.4: a
 * compression pointer is two octets 11xxxxxx xxxxxxxx.
 */
static size_t
dns_mangle(struct lab_dns *d, unsigned char *out, size_t len, size_t outmax,
    size_t qend)
{
	int m = d->cfg->mangle, i;
	size_t at, rd;

	if (m & LAB_M_RDLENGTH) {
		rd = (size_t)out[d->last_rdlen] << 8 | out[d->last_rdlen + 1];
		rd += 200;	/* 200 octets past the end of the message */
		out[d->last_rdlen] = (unsigned char)(rd >> 8);
		out[d->last_rdlen + 1] = (unsigned char)rd;
	}
	if (m & LAB_M_ANCOUNT)
		out[6] = out[7] = 0xff;
	if ((m & (LAB_M_PTRLOOP | LAB_M_PTRCHAIN)) && qend > 0) {
		/* One answer whose owner name is the pointer trick. */
		len = qend;
		out[6] = 0;
		out[7] = 1;
		out[8] = out[9] = out[10] = out[11] = 0;
		at = len;
		out[len++] = (unsigned char)(0xc0 | at >> 8);
		out[len++] = (unsigned char)at;	/* LAB_M_PTRLOOP: itself */
		len = put_loop_rr(out, len, outmax, qend);
		if ((m & LAB_M_PTRCHAIN) && len + 400 < outmax) {
			/* After the RR, pointers P0..P199: P0 to the
			 * question's name (offset 12), Pk to P(k-1); the
			 * owner points at P199: 200 hops. */
			size_t chain = len;
			out[len++] = 0xc0;
			out[len++] = 12;
			for (i = 1; i < 200; i++) {
				rd = len - 2;
				out[len++] = (unsigned char)(0xc0 | rd >> 8);
				out[len++] = (unsigned char)rd;
			}
			rd = chain + 2 * 199;
			out[at] = (unsigned char)(0xc0 | rd >> 8);
			out[at + 1] = (unsigned char)rd;
		}
	}
	if ((m & LAB_M_LONGOWNER) && qend >= 16 && out[qend - 4] == 0 &&
	    out[qend - 3] == LAB_T_MX && len + 300 <= outmax)
		len = put_long_owner(out, len);
	if (m & LAB_M_CUTHDR)
		len = 7;
	return len;
}

/*
 * Build the response to query q into out; returns its length, or 0 to
 * stay silent.
 */
static size_t
dns_respond(struct lab_dns *d, const unsigned char *q, size_t qlen,
    unsigned char *out, size_t outmax, int udp)
{
	struct wbuf w = { out, 0, outmax, 0 };
	char qname[256];
	size_t qend = 0;
	int qtype = 0, qclass = 0, rcode = RC_NOERROR, nans = 0;
	unsigned opcode;

	if (qlen < 12 || (q[2] & 0x80) != 0)
		return 0;	/* too short, or a response */
	opcode = (q[2] >> 3) & 0x0f;
	if (q[4] != 0 || q[5] != 1)
		rcode = RC_FORMERR;
	else if ((qend = read_qname(q, qlen, qname, sizeof qname)) == 0 ||
	    qend + 4 > qlen)
		rcode = RC_FORMERR, qend = 0;
	else {
		qtype = q[qend] << 8 | q[qend + 1];
		qclass = q[qend + 2] << 8 | q[qend + 3];
		qend += 4;
	}
	if (rcode == RC_NOERROR && opcode != 0)
		rcode = RC_NOTIMP;
	else if (rcode == RC_NOERROR && (d->cfg->refused ||
	    (qclass != 1 && qclass != 255)))
		rcode = RC_REFUSED;
	else if (rcode == RC_NOERROR && servfails(d, qname))
		rcode = RC_SERVFAIL;

	/* Header (§4.1.1): echo ID, QR, AA, echo opcode and RD. */
	put(&w, q, 2);
	out[2] = (unsigned char)(0x80 | (opcode << 3) | 0x04 | (q[2] & 0x01));
	out[3] = 0;
	w.len = 4;
	put16(&w, qend > 0 ? 1 : 0);
	put16(&w, 0);
	put16(&w, 0);
	put16(&w, 0);
	if (qend > 0)
		put(&w, q + 12, qend - 12);	/* the question, as asked */
	if (rcode == RC_NOERROR)
		nans = put_answers(d, &w, qname, qtype, &rcode);
	if (w.overflow || (udp && w.len > DNS_UDP_MAX) ||
	    (udp && (d->cfg->mangle & LAB_M_TC))) {
		/* §4.2.1: truncate to the question and set TC. */
		w.len = 12 + (qend > 0 ? qend - 12 : 0);
		out[2] |= 0x02;
		nans = 0;
	}
	out[3] = (unsigned char)(rcode | (d->cfg->ad ? 0x20 : 0));
	out[6] = (unsigned char)(nans >> 8);
	out[7] = (unsigned char)nans;
	if (d->cfg->ede > 0 && rcode != RC_NOERROR && !(out[2] & 0x02)) {
		/* RFC 6891 §6.1.2 OPT (root owner, type 41, class: our UDP
		 * size), RFC 8914 §2 option 15: the info-code, no text. */
		static const unsigned char opt[] = { 0, 0, 41, 0x04, 0xd0,
		    0, 0, 0, 0, 0, 6, 0, 15, 0, 2 };
		put(&w, opt, sizeof opt);
		put16(&w, (unsigned)(d->cfg->ede - 1));
		if (!w.overflow)
			out[11] = 1;	/* ARCOUNT */
	}
	return nans > 0 ? dns_mangle(d, out, w.len, outmax, qend) : w.len;
}

/* Send a UDP response (best effort: the client retries). */
static void
udp_send(struct lab_dns *d, const struct sockaddr *peer,
    const unsigned char *msg, size_t len)
{
	uv_buf_t b = uv_buf_init((char *)msg, (unsigned)len);

	uv_udp_try_send(d->udp, &b, 1, peer);
}

/* A TCP write finished: free its buffer. */
static void
tcp_write_cb(uv_write_t *req, int status)
{
	free(req->data);
	free(req);
}

/* Send a length-prefixed TCP response. */
static void
tcp_send(struct dns_client *c, const unsigned char *msg, size_t len)
{
	uv_write_t *req = mx_xmalloc(sizeof *req);
	unsigned char *b = mx_xmalloc(len + 2);
	uv_buf_t buf;

	b[0] = (unsigned char)(len >> 8);
	b[1] = (unsigned char)len;
	memcpy(b + 2, msg, len);
	req->data = b;
	buf = uv_buf_init((char *)b, (unsigned)len + 2);
	if (uv_write(req, (uv_stream_t *)&c->tcp, &buf, 1, tcp_write_cb) != 0) {
		free(b);
		free(req);
	}
}

/* A pending answer's timer closed: free it. */
static void
pending_close_cb(uv_handle_t *h)
{
	struct dns_pending *p = h->data;
	struct lab_ref *ref = p->d->ref;

	free(p->msg);
	free(p);
	mx_lab_ref_put(ref);
}

/* Unlink and close a pending answer. */
static void
pending_drop(struct dns_pending *p)
{
	struct dns_pending **pp;

	for (pp = &p->d->pending; *pp != NULL; pp = &(*pp)->next)
		if (*pp == p) {
			*pp = p->next;
			break;
		}
	uv_close((uv_handle_t *)&p->timer, pending_close_cb);
}

/* A delayed answer is due. */
static void
pending_timer_cb(uv_timer_t *t)
{
	struct dns_pending *p = t->data;

	if (p->dead)
		;
	else if (p->client != NULL)
		tcp_send(p->client, p->msg, p->len);
	else
		udp_send(p->d, (struct sockaddr *)&p->peer, p->msg, p->len);
	pending_drop(p);
}

/* Answer a query now or after the scripted delay. */
static void
dns_handle(struct lab_dns *d, const unsigned char *q, size_t qlen,
    struct dns_client *c, const struct sockaddr *peer)
{
	unsigned char out[DNS_MAX];
	struct dns_pending *p;
	size_t len;

	if (d->cfg->drop || d->closing || drops(d, q, qlen))
		return;
	if (c != NULL && (d->cfg->mangle & LAB_M_TCPSTALL))
		return;		/* the query was read; no answer ever */
	if ((len = dns_respond(d, q, qlen, out, sizeof out, c == NULL)) == 0)
		return;
	if (c == NULL && (d->cfg->mangle & LAB_M_ZEROBYTE))
		udp_send(d, peer, out, 0);	/* CVE-2023-32067 */
	if (c == NULL && (d->cfg->mangle & LAB_M_WRONGID)) {
		out[0] ^= 0x5a;		/* a spoofed answer first */
		udp_send(d, peer, out, len);
		out[0] ^= 0x5a;
	}
	if (d->cfg->delay_ms <= 0) {
		if (c != NULL)
			tcp_send(c, out, len);
		else
			udp_send(d, peer, out, len);
		return;
	}
	p = mx_xcalloc(1, sizeof *p);
	p->d = d;
	p->client = c;
	if (peer != NULL)
		memcpy(&p->peer, peer, peer->sa_family == AF_INET6 ?
		    sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in));
	p->msg = mx_xmalloc(len);
	memcpy(p->msg, out, len);
	p->len = len;
	uv_timer_init(d->loop, &p->timer);
	p->timer.data = p;
	mx_lab_ref_get(d->ref);
	p->next = d->pending;
	d->pending = p;
	uv_timer_start(&p->timer, pending_timer_cb, (uint64_t)d->cfg->delay_ms,
	    0);
}

/* Give the UDP socket the receive buffer. */
static void
udp_alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *buf)
{
	struct lab_dns *d = h->data;

	buf->base = (char *)d->rbuf;
	buf->len = sizeof d->rbuf;
}

/* A datagram arrived. */
static void
udp_recv_cb(uv_udp_t *u, ssize_t n, const uv_buf_t *buf,
    const struct sockaddr *peer, unsigned flags)
{
	struct lab_dns *d = u->data;

	if (n <= 0 || peer == NULL || (flags & UV_UDP_PARTIAL))
		return;
	dns_handle(d, (unsigned char *)buf->base, (size_t)n, NULL, peer);
}

/* A TCP client closed: free it and forget its pending answers. */
static void
client_close_cb(uv_handle_t *h)
{
	struct dns_client *c = h->data;
	struct lab_ref *ref = c->d->ref;

	free(c->buf);
	free(c);
	mx_lab_ref_put(ref);
}

/* Close a TCP client. */
static void
client_close(struct dns_client *c)
{
	struct dns_client **cp;
	struct dns_pending *p;

	for (cp = &c->d->clients; *cp != NULL; cp = &(*cp)->next)
		if (*cp == c) {
			*cp = c->next;
			break;
		}
	for (p = c->d->pending; p != NULL; p = p->next)
		if (p->client == c)
			p->client = NULL, p->dead = 1;
	uv_close((uv_handle_t *)&c->tcp, client_close_cb);
}

/* Grow a client's buffer for reading. */
static void
client_alloc_cb(uv_handle_t *h, size_t hint, uv_buf_t *buf)
{
	struct dns_client *c = h->data;

	if (c->cap - c->len < 4096) {
		c->cap = c->cap * 2 + 4096;
		c->buf = mx_xrealloc(c->buf, c->cap);
	}
	buf->base = (char *)c->buf + c->len;
	buf->len = c->cap - c->len;
}

/* Bytes from a TCP client: answer each complete length-prefixed query. */
static void
client_read_cb(uv_stream_t *s, ssize_t n, const uv_buf_t *buf)
{
	struct dns_client *c = s->data;
	size_t mlen;

	if (n < 0) {
		client_close(c);
		return;
	}
	c->len += (size_t)n;
	while (c->len >= 2) {
		mlen = (size_t)c->buf[0] << 8 | c->buf[1];
		if (c->len < mlen + 2)
			break;
		dns_handle(c->d, c->buf + 2, mlen, c, NULL);
		memmove(c->buf, c->buf + mlen + 2, c->len - mlen - 2);
		c->len -= mlen + 2;
	}
}

/* A TCP client connected. */
static void
tcp_conn_cb(uv_stream_t *server, int status)
{
	struct lab_dns *d = server->data;
	struct dns_client *c;

	if (status < 0 || d->closing)
		return;
	c = mx_xcalloc(1, sizeof *c);
	c->d = d;
	uv_tcp_init(d->loop, &c->tcp);
	c->tcp.data = c;
	mx_lab_ref_get(d->ref);
	if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) {
		uv_close((uv_handle_t *)&c->tcp, client_close_cb);
		return;
	}
	c->next = d->clients;
	d->clients = c;
	uv_read_start((uv_stream_t *)&c->tcp, client_alloc_cb, client_read_cb);
}

/* One of the two listening handles closed: free it. */
static void
listener_close_cb(uv_handle_t *h)
{
	struct lab_dns *d = h->data;
	struct lab_ref *ref = d->ref;

	free(h);
	mx_lab_ref_put(ref);
}

/* Bind UDP on 127.0.0.1:0 and TCP on the same port; 0 or a uv error. */
static int
dns_bind(struct lab_dns *d)
{
	struct sockaddr_in sin;
	struct sockaddr_storage ss;
	int len = sizeof ss, r, try;

	for (try = 0; try < DNS_BIND_TRIES; try++) {
		d->udp = mx_xmalloc(sizeof *d->udp);
		d->tcp = mx_xmalloc(sizeof *d->tcp);
		uv_udp_init(d->loop, d->udp);
		uv_tcp_init(d->loop, d->tcp);
		d->udp->data = d->tcp->data = d;
		mx_lab_ref_get(d->ref);
		mx_lab_ref_get(d->ref);
		uv_ip4_addr("127.0.0.1", 0, &sin);
		len = sizeof ss;
		if ((r = uv_udp_bind(d->udp, (struct sockaddr *)&sin, 0)) == 0 &&
		    (r = uv_udp_getsockname(d->udp, (struct sockaddr *)&ss,
		    &len)) == 0) {
			d->port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
			sin.sin_port = htons((uint16_t)d->port);
			if ((r = uv_tcp_bind(d->tcp, (struct sockaddr *)&sin,
			    0)) == 0 && (r = uv_listen((uv_stream_t *)d->tcp,
			    64, tcp_conn_cb)) == 0 &&
			    (r = uv_udp_recv_start(d->udp, udp_alloc_cb,
			    udp_recv_cb)) == 0)
				return 0;
		}
		/* The port's TCP side is taken: close both, try another. */
		uv_close((uv_handle_t *)d->udp, listener_close_cb);
		uv_close((uv_handle_t *)d->tcp, listener_close_cb);
		d->udp = NULL;
		d->tcp = NULL;
		d->port = 0;
		if (r != UV_EADDRINUSE)
			break;
	}
	return r;
}

/* Start a DNS server for one scenario resolver. */
struct lab_dns *
mx_lab_dns_start(uv_loop_t *loop, const struct lab_resolver *cfg,
    const struct lab_base *base, struct lab_ref *ref, char **cause)
{
	struct lab_dns *d = mx_xcalloc(1, sizeof *d);
	const struct lab_rr *rr;
	int i, r;

	d->loop = loop;
	d->cfg = cfg;
	d->base = *base;
	d->ref = ref;
	d->owner = mx_xcalloc((size_t)cfg->nrr + 1, sizeof *d->owner);
	for (i = 0; i < cfg->nrr; i++) {
		rr = &cfg->rr[i];
		if (rr->owner_slot != 0)	/* RFC 1035 §3.5 */
			d->owner[i] = mx_xasprintf("%d.%d.%d.127.in-addr.arpa",
			    rr->owner_slot, base->b, base->a);
		else
			d->owner[i] = mx_xstrdup(rr->owner);
	}
	if ((r = dns_bind(d)) != 0)
		*cause = mx_xasprintf("lab DNS server: %s", uv_strerror(r));
	return d;	/* on error the caller still closes and frees it */
}

/* Owners "_smtp-port.REST" become "_PORT.REST" (the lab's SMTP port is
 * random: TLSA records of `_smtp-port._tcp.HOST`, RFC 7672 §2.2). */
void
mx_lab_dns_smtp_port(struct lab_dns *d, int port)
{
	int i;

	d->smtp_port = port;
	for (i = 0; i < d->cfg->nrr; i++)
		if (strncmp(d->owner[i], "_smtp-port.", 11) == 0) {
			char *o = mx_xasprintf("_%d.%s", port, d->owner[i] + 11);
			free(d->owner[i]);
			d->owner[i] = o;
		}
}

/* The port the server listens on (UDP and TCP). */
int
mx_lab_dns_port(const struct lab_dns *d)
{
	return d->port;
}

/* Close every handle of the server. */
void
mx_lab_dns_close(struct lab_dns *d)
{
	if (d->closing)
		return;
	d->closing = 1;
	while (d->pending != NULL)
		pending_drop(d->pending);
	while (d->clients != NULL)
		client_close(d->clients);
	if (d->udp != NULL) {
		uv_udp_recv_stop(d->udp);
		uv_close((uv_handle_t *)d->udp, listener_close_cb);
		d->udp = NULL;
	}
	if (d->tcp != NULL) {
		uv_close((uv_handle_t *)d->tcp, listener_close_cb);
		d->tcp = NULL;
	}
}

/* Free the server once its handles have closed. */
void
mx_lab_dns_free(struct lab_dns *d)
{
	int i;

	if (d == NULL)
		return;
	for (i = 0; i < d->cfg->nrr; i++)
		free(d->owner[i]);
	free(d->owner);
	free(d);
}
