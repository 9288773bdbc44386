/*
 * endpoint: parse a server given by the user as ADDR, ADDR:PORT, IPv6 ADDR
 * or [IPv6]:PORT into a numeric address and port.  DNS servers must be
 * numeric: looking up the resolver would need a resolver.
 */
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

/* Parse SERVER[:PORT] or [v6]:PORT; -1 with *cause. */
int
mx__endpoint_parse(const char *spec, int defport, char *addr, size_t addrsz,
    int *port, char **cause)
{
	char buf[128], *colon, *host = buf;
	int v6;

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
		host = buf + 1;
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
	if (!numeric(host, &v6)) {
		*cause = mx_xasprintf(E_("not a numeric IPv4 or IPv6 address: %s"),
		    spec);
		return -1;
	}
	mx_strlcpy(addr, host, addrsz);
	return 0;
badport:
	*cause = mx_xasprintf(E_("invalid port in %s (1-65535)"), spec);
	return -1;
}
