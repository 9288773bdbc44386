/*
 * endpoint: parse a server given by the user as ADDR, ADDR:PORT, IPv6 ADDR
 * or [IPv6]:PORT into a numeric address and port.  DNS servers must be
 * numeric: looking up the resolver would need a resolver.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "mx-int.h"
#include "i18n.h"

/* Whether s is a numeric IPv4 or IPv6 address. */
static int
numeric(const char *s, int *v6)
{
	struct sockaddr_in6 a6;
	struct sockaddr_in a4;

	if (uv_ip4_addr(s, 0, &a4) == 0) {
		*v6 = 0;
		return 1;
	}
	if (uv_ip6_addr(s, 0, &a6) == 0) {
		*v6 = 1;
		return 1;
	}
	return 0;
}

/* Parse a port number 1..65535; -1 if invalid. */
static int
parse_port(const char *s)
{
	char *end;
	long v;

	if (*s == '\0')
		return -1;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 1 || v > 65535)
		return -1;
	return (int)v;
}

/* Split SERVER[:PORT] or [v6]:PORT into host and port (defport when
 * none); -1 with *cause. */
static int
endpoint_split(const char *spec, int defport, char *host, size_t hostsz,
    int *port, char **cause)
{
	char buf[MX_HOST_MAX + 16], *colon, *h = buf;

	*port = defport;
	if (spec == NULL || strlen(spec) >= sizeof buf || *spec == '\0') {
		*cause = mx_xstrdup(E_("empty or overlong server address"));
		return -1;
	}
	mx_strlcpy(buf, spec, sizeof buf);
	if (buf[0] == '[') {
		char *close = strchr(buf, ']');
		if (close == NULL) {
			*cause = mx_xasprintf(E_("missing ']' in %s"), spec);
			return -1;
		}
		*close = '\0';
		h = buf + 1;
		if (close[1] == ':') {
			if ((*port = parse_port(close + 2)) < 0)
				goto badport;
		} else if (close[1] != '\0') {
			*cause = mx_xasprintf(E_("unexpected text after ']' in %s"),
			    spec);
			return -1;
		}
	} else if ((colon = strchr(buf, ':')) != NULL &&
	    strchr(colon + 1, ':') == NULL) {
		*colon = '\0';
		if ((*port = parse_port(colon + 1)) < 0)
			goto badport;
	}
	if (*h == '\0' || strlen(h) >= hostsz) {
		*cause = mx_xstrdup(E_("empty or overlong server address"));
		return -1;
	}
	mx_strlcpy(host, h, hostsz);
	return 0;
badport:
	*cause = mx_xasprintf(E_("invalid port in %s (1-65535)"), spec);
	return -1;
}

/* Parse SERVER[:PORT] or [v6]:PORT; -1 with *cause. */
int
mx__endpoint_parse(const char *spec, int defport, char *addr, size_t addrsz,
    int *port, char **cause)
{
	char host[MX_HOST_MAX];
	int v6;

	if (endpoint_split(spec, defport, host, sizeof host, port, cause) != 0)
		return -1;
	if (strlen(spec) >= 128 || !numeric(host, &v6)) {
		*cause = strlen(spec) >= 128 ?
		    mx_xstrdup(E_("empty or overlong server address")) :
		    mx_xasprintf(E_("not a numeric IPv4 or IPv6 address: %s"),
		    spec);
		return -1;
	}
	mx_strlcpy(addr, host, addrsz);
	return 0;
}

/* Whether the n bytes of h (letters, digits, '-', '_' and '.') make a
 * host name: labels of 1-63 bytes (RFC 1035 §2.3.4) that neither start
 * nor end with '-' (RFC 1123 §2.1), and a last label that is not all
 * digits (RFC 1123 §2.1: 999.1.1.1 or 1.2.3 is a mistyped address,
 * never a name). */
static int
host_labels_ok(const char *h, size_t n)
{
	size_t i, start = 0;
	int digits = 1;

	for (i = 0; i <= n; i++) {
		if (i < n && h[i] != '.') {
			digits &= isdigit((unsigned char)h[i]) != 0;
			continue;
		}
		if (i == start || i - start > 63 || h[start] == '-' ||
		    h[i - 1] == '-')
			return 0;
		if (i == n && digits)
			return 0;
		start = i + 1;
		digits = 1;
	}
	return 1;
}

/*
 * Parse --server HOST[:PORT] (a host name, or a numeric address as
 * --dns spells it): the host, its port (defport when none) and whether
 * it is numeric (1) or a name to look up (0); -1 with *cause.  A name
 * must be a usable host name (RFC 1123 §2.1).
 */
int
mx__server_parse(const char *spec, int defport, char *host, size_t hostsz,
    int *port, char **cause)
{
	char h[MX_HOST_MAX];
	size_t i, n;
	int v6;

	if (endpoint_split(spec, defport, h, sizeof h, port, cause) != 0)
		return -1;
	if (numeric(h, &v6)) {
		mx_strlcpy(host, h, hostsz);
		return 1;
	}
	n = strlen(h);
	if (n > 0 && h[n - 1] == '.')
		h[--n] = '\0';		/* a trailing root dot */
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)h[i]) && h[i] != '-' &&
		    h[i] != '.' && h[i] != '_')
			break;
	if (n == 0 || i < n || n > 253 || !host_labels_ok(h, n) ||
	    strlen(h) >= hostsz) {
		*cause = mx_xasprintf(E_("not a host name or numeric address: "
		    "%s"), spec);
		return -1;
	}
	for (i = 0; i < n; i++)
		h[i] = (char)tolower((unsigned char)h[i]);
	mx_strlcpy(host, h, hostsz);
	return 0;
}
