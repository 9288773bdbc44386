/*
 * target: what to check.  `user@domain` or `domain`; an internationalised
 * domain becomes its A-label form (IDNA2008, RFC 5890/5891, via libidn2),
 * and anything that is not a usable mail domain is refused with one clear
 * reason (RFC 5321 §4.1.2 Domain, §4.5.3.1 size limits).  Targets are read
 * as users paste them: surrounding spaces, `mailto:` (RFC 6068, with %XX
 * escapes and ?headers), `Jane Smith <jsmith@example.org>` and
 * `<jsmith@example.org>` (RFC 5322 §3.4 name-addr).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <arpa/inet.h>

#include <idn2.h>

#include "mx-int.h"
#include "i18n.h"

/* Whether an A-label domain is a syntactically usable host name. */
static int
domain_ok(const char *d, char **cause)
{
	size_t len = strlen(d), label = 0, i;

	if (len == 0 || len > 253) {
		*cause = mx_xstrdup(len == 0 ? E_("empty domain") :
		    E_("domain longer than 253 characters"));
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)d[i];
		if (c == '.') {
			if (label == 0) {
				*cause = mx_xstrdup(E_("empty label in domain"));
				return 0;
			}
			label = 0;
			continue;
		}
		if (!isalnum(c) && c != '-' && c != '_') {
			*cause = mx_xasprintf(E_("invalid character in domain "
			    "(0x%02X)"), c);
			return 0;
		}
		if (++label > 63) {
			*cause = mx_xstrdup(E_("domain label longer than 63"));
			return 0;
		}
	}
	/* One root dot was dropped before: another ("x.org..") ends in
	 * an empty label (it was kept, and read as "x.org." later). */
	if (label == 0) {
		*cause = mx_xstrdup(E_("empty label in domain"));
		return 0;
	}
	return 1;
}

/* Whether c may appear in an unquoted local part (RFC 5322 §3.2.3 atext,
 * plus UTF-8 bytes, RFC 6531 §3.3). */
static int
atext(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || strchr("!#$%&'*+-/=?^_`{|}~", c) !=
	    NULL;
}

/* The length of the Quoted-string that t starts with, quotes included
 * (RFC 5321 §4.1.2: qtextSMTP is %d32-33 / %d35-91 / %d93-126, a
 * quoted-pairSMTP a backslash and %d32-126; RFC 6531 §3.3 adds UTF-8),
 * or 0 when t starts with none. */
static size_t
quoted_len(const char *t)
{
	size_t i;

	if (t[0] != '"')
		return 0;
	for (i = 1; t[i] != '\0' && t[i] != '"'; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c == '\\') {
			c = (unsigned char)t[++i];
			if (c < 0x20 || c > 0x7e)
				return 0;
		} else if (c < 0x20 || c == 0x7f)
			return 0;
	}
	return t[i] == '"' ? i + 1 : 0;
}

/* Check a local part: a dot-atom (no leading, trailing or double dot) or
 * a quoted string; NULL or why not. */
static const char *
local_bad(const char *l, size_t n)
{
	size_t i;

	if (n >= 2 && l[0] == '"') {
		if (quoted_len(l) == n)
			return NULL;
		return E_("a quoted local part must be one quoted string "
		    "before the '@' (RFC 5321 §4.1.2)");
	}
	if (memchr(l, '@', n) != NULL)
		return E_("more than one '@' (an '@' in the local part must be "
		    "quoted)");
	if (l[0] == '.' || l[n - 1] == '.')
		return E_("local part starts or ends with a dot");
	for (i = 0; i < n; i++) {
		if (l[i] == '.' && l[i + 1] == '.')
			return E_("two dots in a row in the local part");
		if (l[i] != '.' && !atext((unsigned char)l[i]))
			return E_("invalid character in the local part");
	}
	return NULL;
}

/*
 * The address inside a pasted target: spaces and a trailing list
 * separator trimmed, the part in <...>
 * of a name-addr, `mailto:` dropped with its ?headers and %XX decoded.
 * A new string, or NULL with *cause.
 */
static char *
target_unwrap(const char *t, char **cause)
{
	const char *b, *e, *lt;
	char *s, *o;
	size_t i, q;

	for (b = t; *b == ' ' || *b == '\t'; b++)
		;
	/* Spaces, and the separator a copied To: or Cc: line leaves after
	 * an address (Outlook's ';', RFC 5322 §3.4's ','). */
	for (e = b + strlen(b); e > b && strchr(" \t\n\r,;", e[-1]) != NULL;
	    e--)
		;
	/* A name-addr's '<' comes after the quoted string that may start
	 * it: a display name ("Smith, Jane" <...>) or a quoted local part,
	 * which may hold '<' and '>' itself ("a<b"@example.org, RFC 5321
	 * §4.1.2). */
	if ((q = quoted_len(b)) > (size_t)(e - b))
		q = 0;
	if ((lt = memchr(b + q, '<', (size_t)(e - b) - q)) != NULL) {
		if (e[-1] != '>') {
			*cause = mx_xstrdup(E_("unbalanced angle brackets: give "
			    "Name <user@domain> or user@domain"));
			return NULL;
		}
		b = lt + 1;
		e--;
	}
	s = mx_xmalloc((size_t)(e - b) + 1);
	memcpy(s, b, (size_t)(e - b));
	s[e - b] = '\0';
	if (strncasecmp(s, "mailto:", 7) != 0)
		return s;
	/* RFC 6068 §2: hfields after '?', %XX escapes in the address. */
	s[strcspn(s, "?")] = '\0';
	for (i = 7, o = s; s[i] != '\0'; i++) {
		if (s[i] == '%' && mx_hexval(s[i + 1]) >= 0 &&
		    mx_hexval(s[i + 2]) >= 0) {
			*o = (char)(mx_hexval(s[i + 1]) << 4 | mx_hexval(s[i + 2]));
			/* %00 would end the address there, silently: a
			 * control character, refused as target_split does. */
			if (*o++ == '\0') {
				*cause = mx_xstrdup(E_("target contains spaces, "
				    "angle brackets or control characters"));
				free(s);
				return NULL;
			}
			i += 2;
		} else
			*o++ = s[i];
	}
	*o = '\0';
	if (strchr(s, ',') != NULL) {
		*cause = mx_xstrdup(E_("a mailto: link with several addresses: "
		    "give one"));
		free(s);
		return NULL;
	}
	return s;
}

static int	target_split(const char *, char *, size_t, char *, size_t,
		    char **);

/*
 * Whether domain is an address literal (RFC 5321 §4.1.3): [192.0.2.1]
 * or [IPv6:2001:db8::1]; 1 with the address in addr (when not NULL),
 * 0 when it is a domain name, -1 when it is a bracket that holds no
 * address mxscope can use (a General-address-literal, a typo).
 */
int
mx__target_literal(const char *domain, char *addr, size_t sz)
{
	char buf[MX_ADDR_MAX];
	unsigned char bin[16];
	size_t n = strlen(domain);
	const char *a = domain + 1;
	int v6 = 0;

	if (domain[0] != '[')
		return 0;
	if (n < 3 || domain[n - 1] != ']' || n - 2 >= sizeof buf)
		return -1;
	if (strncasecmp(a, "IPv6:", 5) == 0) {
		a += 5;
		v6 = 1;
	}
	memcpy(buf, a, (size_t)(domain + n - 1 - a));
	buf[domain + n - 1 - a] = '\0';
	if (inet_pton(v6 ? AF_INET6 : AF_INET, buf, bin) != 1)
		return -1;
	if (addr != NULL)
		mx_strlcpy(addr, buf, sz);
	return 1;
}

/* Split and normalise a target; -1 with *cause on error. */
int
mx__target_parse(const char *given, char *local, size_t localsz,
    char *domain, size_t domainsz, char **cause)
{
	char *target;
	int r;

	if (given == NULL || *given == '\0') {
		*cause = mx_xstrdup(E_("no target given"));
		return -1;
	}
	if ((target = target_unwrap(given, cause)) == NULL)
		return -1;
	r = target_split(target, local, localsz, domain, domainsz, cause);
	free(target);
	return r;
}

/* Split and normalise an address or domain; -1 with *cause on error. */
static int
target_split(const char *target, char *local, size_t localsz,
    char *domain, size_t domainsz, char **cause)
{
	const char *at, *dom, *why;
	char *alabel = NULL, *lower;
	size_t i, n;
	int r;

	if (*target == '\0') {
		*cause = mx_xstrdup(E_("no address inside the target"));
		return -1;
	}
	/* A quoted local part may hold spaces and brackets ("Jane Doe"@...),
	 * never a control character (checked by quoted_len). */
	for (i = quoted_len(target); target[i] != '\0'; i++)
		if ((unsigned char)target[i] < 0x20 || target[i] == 0x7f ||
		    target[i] == ' ' || target[i] == '<' || target[i] == '>') {
			*cause = mx_xstrdup(E_("target contains spaces, angle "
			    "brackets or control characters"));
			return -1;
		}
	at = strrchr(target, '@');
	dom = at != NULL ? at + 1 : target;
	n = at != NULL ? (size_t)(at - target) : 0;
	if (at != NULL && (n == 0 || n > 64)) {
		*cause = mx_xstrdup(n == 0 ? E_("empty local part before '@'") :
		    E_("local part longer than 64 characters"));
		return -1;
	}
	if (n >= localsz) {
		*cause = mx_xstrdup(E_("local part too long"));
		return -1;
	}
	if (at != NULL && (why = local_bad(target, n)) != NULL) {
		*cause = mx_xstrdup(why);
		return -1;
	}
	memcpy(local, target, n);
	local[n] = '\0';
	/* RFC 5321 §4.1.3: user@[192.0.2.1], user@[IPv6:2001:db8::1], kept
	 * as written (the RCPT says it so). */
	if (dom[0] == '[') {
		if (mx__target_literal(dom, NULL, 0) != 1) {
			*cause = mx_xstrdup(E_("not an address literal: give "
			    "[192.0.2.1] or [IPv6:2001:db8::1] (RFC 5321 "
			    "§4.1.3)"));
			return -1;
		}
		if (strlen(dom) >= domainsz) {
			*cause = mx_xstrdup(E_("domain too long"));
			return -1;
		}
		mx_strlcpy(domain, dom, domainsz);
		return 0;
	}
	lower = mx_xstrdup(dom);
	n = strlen(lower);
	if (n > 0 && lower[n - 1] == '.')
		lower[n - 1] = '\0';	/* a trailing root dot */
	r = idn2_to_ascii_8z(lower, &alabel, IDN2_NONTRANSITIONAL |
	    IDN2_NFC_INPUT);
	if (r != IDN2_OK) {
		*cause = mx_xasprintf(E_("domain is not a valid (internationalised)"
		    " name: %s"), idn2_strerror(r));
		free(lower);
		return -1;
	}
	free(lower);
	for (i = 0; alabel[i] != '\0'; i++)
		alabel[i] = (char)tolower((unsigned char)alabel[i]);
	if (!domain_ok(alabel, cause) || strlen(alabel) >= domainsz) {
		if (*cause == NULL)
			*cause = mx_xstrdup(E_("domain too long"));
		idn2_free(alabel);
		return -1;
	}
	mx_strlcpy(domain, alabel, domainsz);
	idn2_free(alabel);
	return 0;
}
