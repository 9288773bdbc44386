/*
 * addrkind: whether an exchanger address can be reached from the Internet.
 * RFC 6890 lists the special-purpose blocks (loopback, private, shared,
 * link-local, documentation, ...): an MX leading there is a configuration
 * error for every sender but ourselves, and such an address is never
 * probed, except loopback: 127.0.0.1 and ::1 (localhost, RFC 6761 §6.3,
 * the classic misconfiguration) only on a port other than 25, the rest
 * of 127.0.0.0/8 always (a lab on this host: tests/interop runs real MTAs
 * on 127.77.x.x port 25).
 */
#include <string.h>

#include <arpa/inet.h>

#include "mx-int.h"

/* One special-purpose block: prefix bytes, prefix length, kind. */
struct block {
	unsigned char	net[16];
	int		bits;
	enum mx_addr_kind kind;
};

/* RFC 6890 §2.2.2 (IPv4) and RFC 6890 §2.2.3 (IPv6), with RFC 6598
 * (shared 100.64/10), RFC 4193 (ULA), RFC 3849 and RFC 5737
 * (documentation). */
static const struct block v4[] = {
	{ { 0 }, 8, MX_AK_RESERVED },			/* "this network" */
	{ { 10 }, 8, MX_AK_PRIVATE },			/* RFC 1918 */
	{ { 100, 64 }, 10, MX_AK_PRIVATE },		/* shared (CGN) */
	{ { 127 }, 8, MX_AK_LOOPBACK },
	{ { 169, 254 }, 16, MX_AK_PRIVATE },		/* link-local */
	{ { 172, 16 }, 12, MX_AK_PRIVATE },		/* RFC 1918 */
	{ { 192, 0, 0 }, 24, MX_AK_RESERVED },		/* IETF protocol */
	{ { 192, 0, 2 }, 24, MX_AK_DOC },		/* TEST-NET-1 */
	{ { 192, 168 }, 16, MX_AK_PRIVATE },		/* RFC 1918 */
	{ { 198, 18 }, 15, MX_AK_RESERVED },		/* benchmarking */
	{ { 198, 51, 100 }, 24, MX_AK_DOC },		/* TEST-NET-2 */
	{ { 203, 0, 113 }, 24, MX_AK_DOC },		/* TEST-NET-3 */
	{ { 224 }, 4, MX_AK_RESERVED },			/* multicast */
	{ { 240 }, 4, MX_AK_RESERVED },			/* reserved, broadcast */
};
static const struct block v6[] = {
	{ { 0 }, 127, MX_AK_RESERVED },			/* ::/127: ::, ::1 */
	{ { 0x20, 0x01, 0x0d, 0xb8 }, 32, MX_AK_DOC },	/* RFC 3849 */
	{ { 0xfc }, 7, MX_AK_PRIVATE },			/* ULA, RFC 4193 */
	{ { 0xfe, 0x80 }, 10, MX_AK_PRIVATE },		/* link-local */
	{ { 0xff }, 8, MX_AK_RESERVED },		/* multicast */
};

/* Whether addr (n bytes) starts with the block's prefix. */
static int
in_block(const unsigned char *addr, const struct block *b)
{
	int full = b->bits / 8, rest = b->bits % 8;

	if (memcmp(addr, b->net, (size_t)full) != 0)
		return 0;
	return rest == 0 || ((addr[full] ^ b->net[full]) &
	    (0xff << (8 - rest)) & 0xff) == 0;
}

/* The kind of a numeric address (MX_AK_GLOBAL when it is none of the
 * special-purpose blocks, or not a numeric address). */
enum mx_addr_kind
mx_addr_kind(const char *ip)
{
	unsigned char a[16];
	size_t i;

	if (inet_pton(AF_INET, ip, a) == 1) {
		for (i = 0; i < sizeof v4 / sizeof v4[0]; i++)
			if (in_block(a, &v4[i]))
				return v4[i].kind;
		return MX_AK_GLOBAL;
	}
	if (inet_pton(AF_INET6, ip, a) != 1)
		return MX_AK_GLOBAL;
	if (memcmp(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\1", 16) == 0)
		return MX_AK_LOOPBACK;				/* ::1 */
	if (memcmp(a, "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12) == 0) {
		char v4s[INET_ADDRSTRLEN];			/* ::ffff:a.b.c.d */
		inet_ntop(AF_INET, a + 12, v4s, sizeof v4s);
		return mx_addr_kind(v4s);
	}
	for (i = 0; i < sizeof v6 / sizeof v6[0]; i++)
		if (in_block(a, &v6[i]))
			return v6[i].kind;
	return MX_AK_GLOBAL;
}

/* Whether exchanger address ip is probed on SMTP port `port`: Internet
 * addresses always; localhost (127.0.0.1, ::1) only off port 25 (on 25
 * our own mail server would answer for the remote domain) unless the
 * user named it (MX_PROBE_NAMED: --server, an address literal), the rest
 * of loopback always (a lab); private blocks only for an internal mail
 * system (--internal: a user inside that network) or a named server;
 * documentation and reserved blocks never (no host is there to answer). */
int
mx_addr_probed(const char *ip, int port, int internal)
{
	enum mx_addr_kind kind = mx_addr_kind(ip);

	if (kind == MX_AK_LOOPBACK)
		return port != 25 || internal == MX_PROBE_NAMED ||
		    (strcmp(ip, "127.0.0.1") != 0 &&
		    strcmp(ip, "::1") != 0);
	return kind == MX_AK_GLOBAL || (internal && kind == MX_AK_PRIVATE);
}
