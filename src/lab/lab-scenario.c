/*
 * lab-scenario: the one parser of lab scenarios.  Built-in scenarios
 * (lab-builtin.c) and files given by tests use the same text format.
 *
 * Format: one statement per line; `#` starts a comment line; blank lines
 * are ignored.  Statements open blocks: `resolver` opens a DNS server,
 * `server @N` an SMTP server; the following statements belong to the
 * block last opened.  Exchanger addresses are written symbolically as @N
 * (1..250): the lab puts each instance on a random 127.A.B.0/24 and @N
 * becomes 127.A.B.N.  A slot with no `server` refuses connections.
 *
 *   describe TEXT          one line for the demo's scenario picker
 *   target ADDR            user@domain or domain (default user@example.test)
 *   size BYTES             the client's SIZE= (mxscope --size)
 *   timeout MS             per-step deadline suggested to the client
 *   checkip IP ZONE        the client's --check-ip IP --dnsbl ZONE
 *
 *   resolver [copy]        a new DNS server; `copy` starts from the
 *                          previous resolver's records.  Records before
 *                          any `resolver` belong to an implicit first one.
 *   OWNER [TTL] TYPE DATA  a record (TTL default 300, class IN) of the
 *                          current resolver.  TYPE: MX PREF HOST (`MX 0 .`
 *                          is a null MX, RFC 7505), A @N|127.x.y.z, AAAA
 *                          ::1 (A and AAAA also take documentation
 *                          addresses, RFC 5737/3849: data only, never
 *                          probed), CNAME HOST, PTR HOST (OWNER may be @N: the
 *                          in-addr.arpa name of that slot), TXT TEXT,
 *                          SOA SERIAL [MNAME] (the zone's serial), SRV
 *                          PRIO WEIGHT PORT HOST (RFC 2782; PORT `smtp`:
 *                          the lab's SMTP port; HOST `.`: no service), TLSA
 *                          U S M DATA (RFC 6698: DATA is hex, or `leaf`,
 *                          the lab's leaf key, or `ca`, the test CA; an
 *                          owner `_smtp-port._tcp.HOST` answers as
 *                          `_PORT._tcp.HOST` with the lab's SMTP port).
 *   servfail [ZONE]        answer SERVFAIL (for names at/below ZONE)
 *   refused                answer REFUSED to everything
 *   ad                     set the AD bit in every answer (a resolver
 *                          that claims DNSSEC validation)
 *   ede CODE               error answers (SERVFAIL, NXDOMAIN, REFUSED)
 *                          carry an OPT record with this Extended DNS
 *                          Error info-code (RFC 8914 §2: 6 DNSSEC Bogus,
 *                          22 No Reachable Authority, 17 Filtered, ...)
 *   drop [ZONE]            never answer (UDP and TCP; for names at/below
 *                          ZONE: a lookup that times out)
 *   delay MS               answer after MS milliseconds
 *   mangle KIND ...        hostile answers (hostile-inputs.md D1-D4):
 *                          rdlength (the last RR's RDLENGTH runs past the
 *                          end), ancount (ANCOUNT 65535 with the real
 *                          records), cuthdr (7 bytes of header only),
 *                          ptrloop (the answer's owner is a compression
 *                          pointer to itself), ptrchain (200 pointers,
 *                          each to the one before), tc (UDP answers carry
 *                          TC=1 and no records: go to TCP), tcpstall (TCP
 *                          reads queries, never answers), zerobyte (a
 *                          0-byte datagram first), wrongid (the answer with
 *                          a wrong ID first, then the right one),
 *                          otherowner (MX records are given the owner
 *                          other.invalid, not the name asked), someowner
 *                          (the same for every MX record but the first),
 *                          longowner (an MX answer gets one more record,
 *                          MX 5 evil.NAME, whose owner is 128 labels
 *                          "a" before NAME: over 255 octets, RFC 1035
 *                          §3.1, which c-ares 1.18 reads and dnsmsg.c
 *                          does not)
 *
 *   server @N              an SMTP server on slot N, on the lab's port
 *   name HOST              its name (default: the owner of the first A
 *                          record pointing at @N); used in replies and as
 *                          the certificate's subjectAltName (with the
 *                          server's address as an iPAddress)
 *   tls KIND               offer STARTTLS (RFC 3207) with a certificate
 *                          of KIND: good, wrongname, untrusted (another
 *                          CA), expired, selfsigned, nulcn (CN "NAME\0
 *                          .evil.invalid", no subjectAltName), partialwild
 *                          (DNS "m*.domain"), chain (signed by an
 *                          intermediate the server does not send), cnonly
 *                          (no subjectAltName), anon (no certificate:
 *                          anonymous suites, TLS 1.2), fullchain (good,
 *                          sent with the test CA: a DANE-TA chain)
 *   delay MS               wait MS before every reply
 *   latency MS             network latency: every byte the server writes
 *                          (replies, TLS records) leaves MS later, so the
 *                          replies to a pipelined group arrive together
 *   behave silent|hangup|endless|longline|barelf|tlssilent|tlsgarbage|
 *          tlsplain|outofstep|extrareply|authtls ...  misbehave (tlssilent:
 *                          220 to STARTTLS,
 *                          then never a TLS byte; tlsgarbage: the
 *                          ClientHello is answered with bytes that are not
 *                          TLS; tlsplain: it is answered with a plaintext
 *                          220 line; outofstep: offers PIPELINING but
 *                          answers QUIT before MAIL and RCPT; extrareply:
 *                          offers PIPELINING but answers MAIL twice)
 *   sizelimit N            refuse a message over N bytes, at MAIL when
 *                          SIZE= says so and after the message (552
 *                          5.3.4), whether SIZE is advertised or not
 *   dribble MS [tls]       send every byte on its own, MS apart (0: 1-byte
 *                          writes at once); with `tls`, only the TLS bytes
 *                          after STARTTLS (a handshake flight trickled)
 *   linedelay MS           send each line of the banner on its own, MS
 *                          apart (postscreen-style slow multi-line banner);
 *                          a client that talks before the banner's last
 *                          line gets 554 and is disconnected
 *   tlscut N               send the first N bytes of the TLS handshake,
 *                          then fall silent (stops mid-handshake)
 *   closeafter EVENT       close the connection after replying to EVENT
 *   greylist MS            greylisting as postgrey does it: every RCPT
 *                          gets 450 4.7.1 until MS milliseconds after the
 *                          server's first RCPT, then the `rcpt` reply (or
 *                          250)
 *   nouser PREFIX          a RCPT of an address that begins with PREFIX
 *                          gets 550 5.1.1 user unknown (up to 4)
 *   tarpit MS              the Nth refused RCPT of a session is answered
 *                          N times MS late (Courier-MTA's TARPIT=1 holds
 *                          its refusals back so: 7 s for the first)
 *   pmdelay MS             the reply to a RCPT of postmaster@... waits
 *                          MS (a server slow to answer only the postmaster
 *                          probe, RFC 5321 §4.5.1)
 *   blackhole              the server also holds a second shared port
 *                          (printed as blackhole=PORT) whose listen queue
 *                          is kept full, so connects to it time out as
 *                          when a firewall drops port 25; its own port
 *                          answers as usual (no root needed)
 *   auth USER SECRET [MECH...]  a submission server (RFC 4954): AUTH with
 *                          these mechanisms (default PLAIN LOGIN CRAM-MD5;
 *                          XOAUTH2 takes SECRET as the token) is offered
 *                          and checked against this one account
 *   implicit               TLS at connect, the greeting inside it (RFC
 *                          8314 §3.3, port 465 style; `tls good` implied)
 *   behave authtls         AUTH before TLS answered 530 5.7.0
 *   cap TEXT               an EHLO keyword line (the first `cap` replaces
 *                          the defaults PIPELINING 8BITMIME SMTPUTF8
 *                          ENHANCEDSTATUSCODES SIZE 10240000); STARTTLS is
 *                          added when `tls` is set
 *   tlscap TEXT            an EHLO keyword line for the EHLO after TLS
 *                          (the first replaces what `cap` set there)
 *   EVENT LINE             a reply line (repeat for multi-line replies);
 *                          EVENT: banner ehlo helo starttls mail rcpt rset
 *                          data dataend quit noop unknown postmaster
 *                          (dataend: the reply to the message, after
 *                          DATA's final dot or BDAT LAST; postmaster: the
 *                          reply to a RCPT of postmaster@..., default
 *                          250 2.1.5 Ok, as RFC 5321 §4.5.1 requires,
 *                          whatever `rcpt` says).  All lines of
 *                          one reply go out in one write; {client} in a
 *                          line becomes the client's address.
 *
 * TEXT, LINE and the HOST of CNAME and PTR records take C-like escapes:
 * \\ \e \a \r \n \t \xNN.
 */
#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>

#include "lab-int.h"
#include "mx-int.h"

static const char *ev_names[LAB_EV_N] = {
	"banner", "ehlo", "helo", "starttls", "mail", "rcpt", "rset", "data",
	"dataend", "quit", "noop", "unknown", "postmaster"
};

/* Parser state for one scenario text. */
struct parser {
	struct lab_scenario	*sc;
	int			 lineno;
	enum { B_TOP, B_RESOLVER, B_SERVER, B_MBOX } block;
	char			*cause;
};

/* The scenario name of a reply event. */
const char *
mx_lab_ev_name(enum lab_ev ev)
{
	return ev >= 0 && ev < LAB_EV_N ? ev_names[ev] : "?";
}

/* Record a parse error (the first one wins); returns -1. */
static int __attribute__((format(printf, 2, 3)))
perr(struct parser *p, const char *fmt, ...)
{
	va_list ap;
	char buf[256];

	if (p->cause != NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	p->cause = mx_xasprintf("scenario %s line %d: %s", p->sc->name,
	    p->lineno, buf);
	return -1;
}

/* Decode \-escapes of s into a new buffer; *len gets its length. */
static char *
unescape(const char *s, size_t *len)
{
	char *out = mx_xmalloc(strlen(s) + 1), *o = out;
	unsigned v;

	while (*s != '\0') {
		if (*s != '\\' || s[1] == '\0') {
			*o++ = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 'e': *o++ = '\033'; s++; break;
		case 'a': *o++ = '\a'; s++; break;
		case 'r': *o++ = '\r'; s++; break;
		case 'n': *o++ = '\n'; s++; break;
		case 't': *o++ = '\t'; s++; break;
		case 'x':
			if (isxdigit((unsigned char)s[1]) &&
			    isxdigit((unsigned char)s[2]) &&
			    sscanf(s + 1, "%2x", &v) == 1) {
				*o++ = (char)v;
				s += 3;
			} else
				*o++ = *s++;
			break;
		default: *o++ = *s++; break;
		}
	}
	*o = '\0';
	*len = (size_t)(o - out);
	return out;
}

/* Parse "@N" into a slot number, or 0. */
static int
parse_slot(const char *s)
{
	long long n;

	if (s == NULL || s[0] != '@' || mx_parse_num(s + 1, 1, LAB_MAX_SLOT, &n))
		return 0;
	return (int)n;
}

/* A domain name in lower case without its trailing dot; NULL if bad. */
static char *
parse_name(const char *s)
{
	char *n, *p, *dot;
	size_t len = strlen(s);

	if (len > 0 && s[len - 1] == '.')
		len--;
	if (len > 253)
		return NULL;
	n = mx_xmalloc(len + 1);
	memcpy(n, s, len);
	n[len] = '\0';
	for (p = n; *p != '\0'; p++)
		*p = (char)tolower((unsigned char)*p);
	/* RFC 1035 §2.3.4: labels of 1..63 octets. */
	for (p = n; len > 0; p = dot + 1) {
		dot = strchr(p, '.');
		if (dot == NULL)
			dot = p + strlen(p);
		if (dot == p || dot - p > 63) {
			free(n);
			return NULL;
		}
		if (*dot == '\0')
			break;
	}
	return n;
}

/* Split line into at most max whitespace-separated tokens (in place). */
static int
tokenize(char *line, char **tok, int max, char **rest)
{
	int n = 0;
	char *p = line;

	*rest = NULL;
	while (n < max) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		tok[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		if (n == 2) {
			/* what follows the second token, verbatim */
			char *r = p;
			while (*r == ' ' || *r == '\t')
				r++;
			*rest = r;
		}
		if (*p != '\0')
			*p++ = '\0';
	}
	return n;
}

/* The text after the first token of a raw line (one separator eaten). */
static const char *
after_first(const char *raw)
{
	while (*raw == ' ' || *raw == '\t')
		raw++;
	while (*raw != '\0' && *raw != ' ' && *raw != '\t')
		raw++;
	if (*raw == ' ' || *raw == '\t')
		raw++;
	return raw;
}

/* The current resolver, created on first use. */
static struct lab_resolver *
cur_resolver(struct parser *p)
{
	struct lab_resolver *r;

	if (p->sc->nresolvers == 0)
		p->sc->nresolvers = 1;
	r = &p->sc->res[p->sc->nresolvers - 1];
	if (r->rr == NULL)
		r->rr = mx_xcalloc(LAB_MAX_RR, sizeof *r->rr);
	return r;
}

/* Copy one record. */
static void
rr_copy(struct lab_rr *dst, const struct lab_rr *src)
{
	*dst = *src;
	dst->owner = mx_xstrdup(src->owner);
	if (src->data != NULL) {
		dst->data = mx_xmalloc(src->datalen + 1);
		memcpy(dst->data, src->data, src->datalen + 1);
	}
}

/* Whether ip is a documentation address (RFC 5737, RFC 3849): DNS data
 * only, which mxscope never connects to (RFC 6890 blocks are not
 * probed), so the lab may serve it. */
static int
doc_address(const char *ip)
{
	return mx_addr_kind(ip) == MX_AK_DOC;
}

/* Parse a record line: OWNER TYPE DATA. */
static int
parse_record(struct parser *p, char **tok, int ntok, const char *raw)
{
	struct lab_resolver *r = cur_resolver(p);
	struct lab_rr rr;
	const char *type = tok[1], *data;
	long long v;
	unsigned ttl = 0;

	memset(&rr, 0, sizeof rr);
	if (ntok >= 4 && mx_parse_num(tok[1], 0, 0x7fffffff, &v) == 0) {
		/* OWNER TTL TYPE DATA: drop the TTL token. */
		ttl = (unsigned)v;
		memmove(&tok[1], &tok[2], (size_t)(ntok - 2) * sizeof *tok);
		ntok--;
		type = tok[1];
		raw = after_first(raw);
	}
	if (ntok < 3)
		return perr(p, "record needs OWNER TYPE DATA");
	if (r->nrr >= LAB_MAX_RR)
		return perr(p, "too many records");
	rr.ttl = ttl;
	if ((rr.owner_slot = parse_slot(tok[0])) != 0)
		rr.owner = mx_xstrdup("");
	else if ((rr.owner = parse_name(tok[0])) == NULL)
		return perr(p, "bad owner name '%s'", tok[0]);
	data = after_first(after_first(raw));
	if (strcasecmp(type, "MX") == 0) {
		rr.type = LAB_T_MX;
		if (ntok < 4 || mx_parse_num(tok[2], 0, 65535, &v) != 0)
			goto bad;
		rr.pref = (int)v;
		rr.data = strcmp(tok[3], ".") == 0 ? mx_xstrdup("") :
		    parse_name(tok[3]);
	} else if (strcasecmp(type, "A") == 0) {
		rr.type = LAB_T_A;
		if ((rr.slot = parse_slot(tok[2])) == 0 &&
		    (inet_pton(AF_INET, tok[2], rr.addr) != 1 ||
		    (rr.addr[0] != 127 && !doc_address(tok[2])))) {
			free(rr.owner);
			return perr(p, "A needs @N, a 127.0.0.0/8 or a "
			    "documentation address");
		}
		rr.data = mx_xstrdup("");
	} else if (strcasecmp(type, "AAAA") == 0) {
		rr.type = LAB_T_AAAA;
		if (inet_pton(AF_INET6, tok[2], rr.addr) != 1 ||
		    (strcmp(tok[2], "::1") != 0 && !doc_address(tok[2]))) {
			free(rr.owner);
			return perr(p, "AAAA must be ::1 or a documentation "
			    "address");
		}
		rr.data = mx_xstrdup("");
	} else if (strcasecmp(type, "CNAME") == 0 ||
	    strcasecmp(type, "PTR") == 0) {
		size_t ul;
		char *u = unescape(tok[2], &ul);	/* hostile names */

		rr.type = toupper((unsigned char)type[0]) == 'C' ? LAB_T_CNAME :
		    LAB_T_PTR;
		rr.data = parse_name(u);
		free(u);
	} else if (strcasecmp(type, "SRV") == 0) {
		/* RFC 2782: PRIORITY WEIGHT PORT TARGET; PORT `smtp` is the
		 * lab's SMTP port (random). */
		long long w, pt = 0;

		rr.type = LAB_T_SRV;
		if (ntok < 6 || mx_parse_num(tok[2], 0, 65535, &v) != 0 ||
		    mx_parse_num(tok[3], 0, 65535, &w) != 0 ||
		    (strcmp(tok[4], "smtp") != 0 &&
		    mx_parse_num(tok[4], 0, 65535, &pt) != 0))
			goto bad;
		rr.pref = (int)v;
		rr.weight = (int)w;
		rr.port = (int)pt;
		rr.data = strcmp(tok[5], ".") == 0 ? mx_xstrdup("") :
		    parse_name(tok[5]);
	} else if (strcasecmp(type, "SOA") == 0) {
		rr.type = LAB_T_SOA;
		if (mx_parse_num(tok[2], 0, 0xffffffffLL, &v) != 0)
			goto bad;
		rr.serial = (unsigned)v;
		rr.data = ntok >= 4 ? parse_name(tok[3]) :
		    mx_xstrdup("ns.lab.test");
	} else if (strcasecmp(type, "TLSA") == 0) {
		long long u, s, m;
		size_t i, hl;

		rr.type = LAB_T_TLSA;
		if (ntok < 6 || mx_parse_num(tok[2], 0, 255, &u) != 0 ||
		    mx_parse_num(tok[3], 0, 255, &s) != 0 ||
		    mx_parse_num(tok[4], 0, 255, &m) != 0)
			goto bad;
		rr.tlsa[0] = (unsigned char)u;
		rr.tlsa[1] = (unsigned char)s;
		rr.tlsa[2] = (unsigned char)m;
		if (strcmp(tok[5], "leaf") == 0 || strcmp(tok[5], "ca") == 0) {
			rr.tlsa_ref = tok[5][0] == 'l' ? 1 : 2;
			rr.data = mx_xstrdup("");	/* filled by lab.c */
			rr.datalen = 0;
		} else {
			hl = strlen(tok[5]);
			if (hl == 0 || hl % 2 != 0 || hl > 1024)
				goto bad;
			rr.data = mx_xmalloc(hl / 2 + 1);
			for (i = 0; i < hl; i += 2) {
				unsigned x;
				if (sscanf(tok[5] + i, "%2x", &x) != 1 ||
				    !isxdigit((unsigned char)tok[5][i]) ||
				    !isxdigit((unsigned char)tok[5][i + 1]))
					goto bad;
				rr.data[i / 2] = (char)x;
			}
			rr.datalen = hl / 2;
		}
		r->rr[r->nrr++] = rr;
		return 0;
	} else if (strcasecmp(type, "TXT") == 0) {
		char *q = mx_xstrdup(data);
		size_t ql = strlen(q);

		rr.type = LAB_T_TXT;
		if (ql >= 2 && q[0] == '"' && q[ql - 1] == '"') {
			q[ql - 1] = '\0';
			rr.data = unescape(q + 1, &rr.datalen);
		} else
			rr.data = unescape(q, &rr.datalen);
		free(q);
	} else {
		free(rr.owner);
		return perr(p, "unknown statement or record type '%s'", type);
	}
	if (rr.data == NULL)
		goto bad;
	if (rr.datalen == 0)
		rr.datalen = strlen(rr.data);
	r->rr[r->nrr++] = rr;
	return 0;
bad:
	free(rr.owner);
	free(rr.data);
	return perr(p, "bad %s record data", type);
}

/* Statements inside a resolver block. */
static int
parse_resolver_stmt(struct parser *p, char **tok, int ntok)
{
	struct lab_resolver *r = cur_resolver(p);
	long long v;

	if (strcmp(tok[0], "servfail") == 0) {
		if (ntok == 1)
			r->servfail_all = 1;
		else if (r->nservfail >= 8)
			return perr(p, "too many servfail zones");
		else if ((r->servfail_zone[r->nservfail++] =
		    parse_name(tok[1])) == NULL)
			return perr(p, "bad zone '%s'", tok[1]);
	} else if (strcmp(tok[0], "refused") == 0)
		r->refused = 1;
	else if (strcmp(tok[0], "ad") == 0)
		r->ad = 1;
	else if (strcmp(tok[0], "ede") == 0) {
		if (ntok < 2 || mx_parse_num(tok[1], 0, 65535, &v) != 0)
			return perr(p, "ede needs an info-code (RFC 8914)");
		r->ede = (int)v + 1;
	}
	else if (strcmp(tok[0], "drop") == 0 && ntok == 1)
		r->drop = 1;
	else if (strcmp(tok[0], "drop") == 0) {
		if (r->ndrop >= 8)
			return perr(p, "too many drop zones");
		if ((r->drop_zone[r->ndrop++] = parse_name(tok[1])) == NULL)
			return perr(p, "bad zone '%s'", tok[1]);
	}
	else if (strcmp(tok[0], "mangle") == 0 && ntok >= 2) {
		static const char *kinds[] = { "rdlength", "ancount", "cuthdr",
		    "ptrloop", "ptrchain", "tc", "tcpstall", "zerobyte",
		    "wrongid", "otherowner", "someowner",
		    "longowner" };
		int i, j, nk = (int)(sizeof kinds / sizeof kinds[0]);

		for (j = 1; j < ntok; j++) {
			for (i = 0; i < nk && strcmp(tok[j], kinds[i]) != 0; i++)
				;
			if (i == nk)
				return perr(p, "unknown mangle '%s'", tok[j]);
			r->mangle |= 1 << i;
		}
	}
	else if (strcmp(tok[0], "delay") == 0) {
		if (ntok < 2 || mx_parse_num(tok[1], 0, 600000, &v) != 0)
			return perr(p, "delay needs milliseconds");
		r->delay_ms = (int)v;
	} else
		return 1;
	return 0;
}

/* Append one reply line to an event's script. */
static void
reply_add(struct lab_reply *rp, const char *text)
{
	rp->line = mx_xrealloc(rp->line, (rp->n + 1) * sizeof *rp->line);
	rp->len = mx_xrealloc(rp->len, (rp->n + 1) * sizeof *rp->len);
	rp->line[rp->n] = unescape(text, &rp->len[rp->n]);
	rp->n++;
}

/* Statements inside a server block; 1 if not a server statement. */
static int
parse_server_stmt(struct parser *p, char **tok, int ntok, const char *raw)
{
	struct lab_server *s = &p->sc->srv[p->sc->nservers - 1];
	static const char *beh[] = { "silent", "hangup", "endless",
	    "longline", "barelf", "tlssilent", "tlsgarbage", "tlsplain",
	    "outofstep", "extrareply", "authtls" };
	const int nbeh = (int)(sizeof beh / sizeof beh[0]);
	long long v;
	int i, j;

	for (i = 0; i < LAB_EV_N; i++)
		if (strcmp(tok[0], ev_names[i]) == 0) {
			reply_add(&s->reply[i], after_first(raw));
			return 0;
		}
	if (strcmp(tok[0], "name") == 0 && ntok == 2) {
		free(s->name);
		if ((s->name = parse_name(tok[1])) == NULL)
			return perr(p, "bad name '%s'", tok[1]);
	} else if (strcmp(tok[0], "tls") == 0 && ntok == 2) {
		if ((i = mx_lab_tls_kind(tok[1])) < 0)
			return perr(p, "unknown tls kind '%s'", tok[1]);
		s->tls = (enum lab_tls)i;
	} else if (strcmp(tok[0], "dribble") == 0 && (ntok == 2 ||
	    (ntok == 3 && strcmp(tok[2], "tls") == 0))) {
		if (mx_parse_num(tok[1], 0, 600000, &v) != 0)
			return perr(p, "dribble needs milliseconds");
		s->dribble_ms = (int)v;
		s->dribble_tls = ntok == 3;
	} else if (strcmp(tok[0], "linedelay") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 0, 600000, &v) != 0)
			return perr(p, "linedelay needs milliseconds");
		s->linedelay_ms = (int)v;
	} else if (strcmp(tok[0], "tlscut") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 1 << 20, &v) != 0)
			return perr(p, "tlscut needs a byte count");
		s->tlscut = (int)v;
	} else if (strcmp(tok[0], "greylist") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 86400000, &v) != 0)
			return perr(p, "greylist needs milliseconds");
		s->greylist_ms = (int)v;
	} else if (strcmp(tok[0], "tarpit") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 600000, &v) != 0)
			return perr(p, "tarpit needs milliseconds");
		s->tarpit_ms = (int)v;
	} else if (strcmp(tok[0], "pmdelay") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 600000, &v) != 0)
			return perr(p, "pmdelay needs milliseconds");
		s->pmdelay_ms = (int)v;
	} else if (strcmp(tok[0], "nouser") == 0 && ntok == 2) {
		if (s->nunknown == (int)(sizeof s->unknown /
		    sizeof s->unknown[0]))
			return perr(p, "too many nouser prefixes");
		s->unknown[s->nunknown++] = mx_xstrdup(tok[1]);
	} else if (strcmp(tok[0], "sizelimit") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 1LL << 40, &v) != 0)
			return perr(p, "sizelimit needs a byte count");
		s->sizelimit = v;
	} else if (strcmp(tok[0], "blackhole") == 0 && ntok == 1) {
		s->blackhole = 1;
	} else if (strcmp(tok[0], "implicit") == 0 && ntok == 1) {
		s->implicit = 1;
		if (s->tls == LAB_TLS_NONE)
			s->tls = LAB_TLS_GOOD;
	} else if (strcmp(tok[0], "auth") == 0 && ntok >= 3) {
		const char *m = after_first(after_first(after_first(raw)));
		free(s->auth_user);
		free(s->auth_secret);
		free(s->auth_mechs);
		s->auth_user = mx_xstrdup(tok[1]);
		s->auth_secret = mx_xstrdup(tok[2]);
		s->auth_mechs = mx_xstrdup(ntok > 3 ? m :
		    "PLAIN LOGIN CRAM-MD5");
	} else if (strcmp(tok[0], "closeafter") == 0 && ntok == 2) {
		for (i = 0; i < LAB_EV_N && strcmp(tok[1], ev_names[i]) != 0;
		    i++)
			;
		if (i == LAB_EV_N)
			return perr(p, "unknown event '%s'", tok[1]);
		s->closeafter = i;
	} else if (strcmp(tok[0], "tlscap") == 0 && ntok >= 2) {
		if (s->ntlscaps < 0)
			s->ntlscaps = 0;
		if (s->ntlscaps >= 16)
			return perr(p, "too many tlscaps");
		s->tlscaps[s->ntlscaps++] = mx_xstrdup(after_first(raw));
	} else if (strcmp(tok[0], "delay") == 0) {
		if (ntok < 2 || mx_parse_num(tok[1], 0, 600000, &v) != 0)
			return perr(p, "delay needs milliseconds");
		s->delay_ms = (int)v;
	} else if (strcmp(tok[0], "latency") == 0) {
		if (ntok < 2 || mx_parse_num(tok[1], 0, 600000, &v) != 0)
			return perr(p, "latency needs milliseconds");
		s->latency_ms = (int)v;
	} else if (strcmp(tok[0], "behave") == 0 && ntok >= 2) {
		for (j = 1; j < ntok; j++) {
			for (i = 0; i < nbeh && strcmp(tok[j], beh[i]) != 0;
			    i++)
				;
			if (i == nbeh)
				return perr(p, "unknown behaviour '%s'", tok[j]);
			s->behave |= 1 << i;
		}
	} else if (strcmp(tok[0], "cap") == 0 && ntok >= 2) {
		if (s->ncaps < 0)
			s->ncaps = 0;
		if (s->ncaps >= 16)
			return perr(p, "too many caps");
		s->caps[s->ncaps++] = mx_xstrdup(after_first(raw));
	} else
		return 1;
	return 0;
}

/* Open a new block (resolver or server). */
static int
parse_block(struct parser *p, char **tok, int ntok)
{
	struct lab_scenario *sc = p->sc;
	struct lab_server *s;
	int i, slot;

	if (strcmp(tok[0], "resolver") == 0) {
		if (sc->nresolvers >= LAB_MAX_RESOLVERS)
			return perr(p, "too many resolvers");
		sc->nresolvers++;
		p->block = B_RESOLVER;
		if (ntok == 2 && strcmp(tok[1], "copy") == 0 &&
		    sc->nresolvers > 1) {
			struct lab_resolver *prev = &sc->res[sc->nresolvers - 2];
			struct lab_resolver *r = cur_resolver(p);
			for (i = 0; i < prev->nrr; i++)
				rr_copy(&r->rr[r->nrr++], &prev->rr[i]);
		} else if (ntok != 1)
			return perr(p, "usage: resolver [copy]");
		return 0;
	}
	/* server @N */
	if (ntok != 2 || (slot = parse_slot(tok[1])) == 0)
		return perr(p, "usage: server @N (N in 1..%d)", LAB_MAX_SLOT);
	for (i = 0; i < sc->nservers; i++)
		if (sc->srv[i].slot == slot)
			return perr(p, "server @%d defined twice", slot);
	if (sc->nservers >= LAB_MAX_SERVERS)
		return perr(p, "too many servers");
	s = &sc->srv[sc->nservers++];
	s->slot = slot;
	s->ncaps = -1;
	s->ntlscaps = -1;
	s->dribble_ms = -1;
	s->linedelay_ms = -1;
	s->closeafter = -1;
	p->block = B_SERVER;
	return 0;
}

/* Top-level statements; 1 if not one. */
static int
parse_top_stmt(struct parser *p, char **tok, int ntok, const char *raw)
{
	struct lab_scenario *sc = p->sc;
	long long v;

	if (strcmp(tok[0], "describe") == 0) {
		free(sc->describe);
		sc->describe = mx_xstrdup(after_first(raw));
	} else if (strcmp(tok[0], "target") == 0 && ntok == 2) {
		free(sc->target);
		sc->target = mx_xstrdup(tok[1]);
	} else if (strcmp(tok[0], "size") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 0, (long long)1 << 50, &v) != 0)
			return perr(p, "bad size");
		sc->size = v;
	} else if (strcmp(tok[0], "timeout") == 0 && ntok == 2) {
		if (mx_parse_num(tok[1], 1, 600000, &v) != 0)
			return perr(p, "bad timeout");
		sc->timeout_ms = (int)v;
	} else if (strcmp(tok[0], "checkip") == 0 && ntok == 3) {
		/* The client's --check-ip and --dnsbl (RFC 5782). */
		free(sc->checkip);
		free(sc->dnsbl);
		sc->checkip = mx_xstrdup(tok[1]);
		sc->dnsbl = mx_xstrdup(tok[2]);
	} else
		return 1;
	return 0;
}

/* Parse one line (raw is the line, buf a scratch copy). */
static int
parse_line(struct parser *p, const char *raw, char *buf)
{
	char *tok[8], *rest;
	int ntok, r;

	ntok = tokenize(buf, tok, 8, &rest);
	if (ntok == 0 || tok[0][0] == '#')
		return 0;
	if ((r = parse_top_stmt(p, tok, ntok, raw)) <= 0)
		return r;
	if (strcmp(tok[0], "resolver") == 0 || strcmp(tok[0], "server") == 0)
		return parse_block(p, tok, ntok);
	/* pop3 @N / imap @N blocks (lab-pop3.c, issue 5). */
	if (strcmp(tok[0], "pop3") == 0 || strcmp(tok[0], "imap") == 0)
		p->block = B_MBOX;
	if (p->block == B_MBOX) {
		char *why = NULL;
		if ((r = mx_lab_mbox_parse(p->sc, tok, ntok, &why)) < 0) {
			perr(p, "%s", why);
			free(why);
		}
		if (r <= 0)
			return r;
	}
	if (p->block == B_SERVER &&
	    (r = parse_server_stmt(p, tok, ntok, raw)) <= 0)
		return r;
	if (p->block != B_SERVER &&
	    (r = parse_resolver_stmt(p, tok, ntok)) <= 0)
		return r;
	return parse_record(p, tok, ntok, raw);
}

/* Fill in defaults once the whole text is read. */
static void
finish(struct lab_scenario *sc)
{
	int i, j, k;

	if (sc->target == NULL)
		sc->target = mx_xstrdup("user@example.test");
	if (sc->describe == NULL)
		sc->describe = mx_xstrdup(sc->name);
	if (sc->nresolvers == 0)
		sc->nresolvers = 1;
	for (i = 0; i < sc->nservers; i++) {
		struct lab_server *s = &sc->srv[i];
		for (j = 0; s->name == NULL && j < sc->nresolvers; j++)
			for (k = 0; k < sc->res[j].nrr; k++) {
				struct lab_rr *rr = &sc->res[j].rr[k];
				if (rr->type == LAB_T_A && rr->slot == s->slot &&
				    rr->owner_slot == 0) {
					s->name = mx_xstrdup(rr->owner);
					break;
				}
			}
		if (s->name == NULL)
			s->name = mx_xasprintf("mx%d.lab.test", s->slot);
	}
}

/* Parse scenario text; NULL and *cause on error. */
struct lab_scenario *
mx_lab_scenario_parse(const char *text, const char *name, char **cause)
{
	struct parser p;
	const char *line = text, *nl;
	char *raw, *buf;
	size_t len;

	memset(&p, 0, sizeof p);
	p.sc = mx_xcalloc(1, sizeof *p.sc);
	p.sc->name = mx_xstrdup(name != NULL ? name : "(text)");
	p.sc->size = -1;
	while (*line != '\0' && p.cause == NULL) {
		p.lineno++;
		nl = strchr(line, '\n');
		len = nl != NULL ? (size_t)(nl - line) : strlen(line);
		if (len > 0 && line[len - 1] == '\r')
			len--;
		raw = mx_xmalloc(len + 1);
		memcpy(raw, line, len);
		raw[len] = '\0';
		buf = mx_xstrdup(raw);
		parse_line(&p, raw, buf);
		free(raw);
		free(buf);
		line = nl != NULL ? nl + 1 : line + len;
	}
	if (p.cause != NULL) {
		*cause = p.cause;
		mx_lab_scenario_free(p.sc);
		return NULL;
	}
	finish(p.sc);
	return p.sc;
}

/* Free a parsed scenario. */
void
mx_lab_scenario_free(struct lab_scenario *sc)
{
	int i, j, k;

	if (sc == NULL)
		return;
	free(sc->checkip);
	free(sc->dnsbl);
	for (i = 0; i < LAB_MAX_RESOLVERS; i++) {
		for (j = 0; j < sc->res[i].nrr; j++) {
			free(sc->res[i].rr[j].owner);
			free(sc->res[i].rr[j].data);
		}
		free(sc->res[i].rr);
		for (j = 0; j < sc->res[i].nservfail; j++)
			free(sc->res[i].servfail_zone[j]);
		for (j = 0; j < sc->res[i].ndrop; j++)
			free(sc->res[i].drop_zone[j]);
	}
	for (i = 0; i < sc->nservers; i++) {
		struct lab_server *s = &sc->srv[i];
		free(s->name);
		free(s->auth_user);
		free(s->auth_secret);
		free(s->auth_mechs);
		for (j = 0; j < s->ncaps; j++)
			free(s->caps[j]);
		for (j = 0; j < s->ntlscaps; j++)
			free(s->tlscaps[j]);
		for (j = 0; j < s->nunknown; j++)
			free(s->unknown[j]);
		for (j = 0; j < LAB_EV_N; j++) {
			for (k = 0; k < s->reply[j].n; k++)
				free(s->reply[j].line[k]);
			free(s->reply[j].line);
			free(s->reply[j].len);
		}
	}
	mx_lab_mbox_cfg_free(sc);
	free(sc->name);
	free(sc->describe);
	free(sc->target);
	free(sc);
}
