/*
 * util: allocation that never returns NULL, bounded string copies and the
 * one fatal-error path (which first lets the UI restore the terminal).
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "i18n.h"

static void (*fatal_hook)(void);

/* Register the hook run before a fatal exit. */
void
mx_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

/*
 * Print "mxscope: msg" on stderr, the whole message through the sanitizer:
 * every value a message repeats (an option's argument, a file name, a
 * peer's text) may hold control bytes (hostile-inputs.md §1.3).
 */
void
mx_vwarnx(const char *fmt, va_list ap)
{
	char *msg = NULL, *safe = NULL;
	size_t len, cap;

	/* No mx_x* allocation here: this also reports "out of memory". */
	if (vasprintf(&msg, _(fmt), ap) < 0) {
		fprintf(stderr, "mxscope: %s\n", fmt);
		return;
	}
	len = strlen(msg);
	cap = len * 8 + 1;	/* "<U+XXXXX>" per 2-byte code point at most */
	if ((safe = malloc(cap)) != NULL) {
		mx_sanitize(safe, cap, msg, len);
		fprintf(stderr, "mxscope: %s\n", safe);
	} else
		fprintf(stderr, "mxscope: %s\n", fmt);
	free(safe);
	free(msg);
}

/* mx_vwarnx with arguments. */
void
mx_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	mx_vwarnx(fmt, ap);
	va_end(ap);
}

/* Print "mxscope: msg" (sanitized) and exit with status 3. */
void
mx_fatalx(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL)
		fatal_hook();
	va_start(ap, fmt);
	mx_vwarnx(fmt, ap);
	va_end(ap);
	exit(MX_EXIT_UNKNOWN);
}

/* malloc or die. */
void *
mx_xmalloc(size_t n)
{
	void *p;

	if (n == 0)
		n = 1;
	if ((p = malloc(n)) == NULL)
		mx_fatalx("out of memory");
	return p;
}

/* calloc or die. */
void *
mx_xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		mx_fatalx("out of memory");
	return p;
}

/* realloc or die. */
void *
mx_xrealloc(void *old, size_t n)
{
	void *p;

	if (n == 0)
		n = 1;
	if ((p = realloc(old, n)) == NULL)
		mx_fatalx("out of memory");
	return p;
}

/* strdup or die. */
char *
mx_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(mx_xmalloc(n), s, n);
}

/* Format a va_list into a newly allocated string or die. */
char *
mx_xvasprintf(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		mx_fatalx("out of memory");
	return s;
}

/* Format into a newly allocated string or die. */
char *
mx_xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = mx_xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

/* Parse a whole decimal number in [min, max]; 0, or -1 if it is not one. */
int
mx_parse_num(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long v;

	if (s == NULL || *s == '\0')
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* The length of the IPv4 dotted quad (RFC 5321 §4.1.3's address
 * literal inside the brackets) that starts at s[i], each part 0-255 and
 * the whole not part of a longer word or dotted number ("v1.2.3.4.5",
 * a version); 0 if none.  A sentence's full stop may follow it. */
size_t
mx_ipv4_at(const char *s, size_t len, size_t i)
{
	size_t j = i;
	int parts, v, digits;

	if (i >= len || !isdigit((unsigned char)s[i]) || (i > 0 &&
	    (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.')))
		return 0;
	for (parts = 0; parts < 4; parts++) {
		for (v = 0, digits = 0; j < len && isdigit((unsigned char)s[j]) &&
		    digits < 4; j++) {
			v = v * 10 + (s[j] - '0');
			digits++;
		}
		if (digits == 0 || digits > 3 || v > 255)
			return 0;
		if (parts < 3) {
			if (j >= len || s[j] != '.')
				return 0;
			j++;
		}
	}
	if (j < len && (isalnum((unsigned char)s[j]) || (s[j] == '.' &&
	    j + 1 < len && isdigit((unsigned char)s[j + 1]))))
		return 0;
	return j - i;
}

/* Whether text holds an IPv4 address literal anywhere (mx_ipv4_at:
 * "[192.0.2.1]", "from 192.0.2.1."). */
int
mx_has_ipv4(const char *text, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (mx_ipv4_at(text, len, i) > 0)
			return 1;
	return 0;
}

/* The value of hex digit c, -1 if none. */
int
mx_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Copy src into dst of size sz, always terminated; returns strlen(src). */
size_t
mx_strlcpy(char *dst, const char *src, size_t sz)
{
	size_t n = strlen(src);

	if (sz > 0) {
		size_t c = n < sz - 1 ? n : sz - 1;
		memcpy(dst, src, c);
		dst[c] = '\0';
	}
	return n;
}

/* "HOST:PORT", an IPv6 literal bracketed (RFC 3986 §3.2.2: "[::1]:587",
 * never "::1:587", where the port cannot be told from the address). */
const char *
mx_hostport_fmt(char *buf, size_t sz, const char *host, int port)
{
	snprintf(buf, sz, strchr(host, ':') != NULL && host[0] != '[' ?
	    "[%s]:%d" : "%s:%d", host, port);
	return buf;
}

/* Whether s is HOST[:PORT] or [IPv6][:PORT] (the scheme already taken
 * off): a name of letters, digits, '.', '-', '_' (at most 253), and a
 * port 1-65535. */
int
mx_hostport_ok(const char *s)
{
	const char *p = s, *end;
	long port;
	char *e;
	size_t n;

	if (*p == '[') {
		if ((end = strchr(p, ']')) == NULL || end == p + 1 ||
		    strspn(p + 1, "0123456789abcdefABCDEF:.") !=
		    (size_t)(end - p - 1))
			return 0;
		p = end + 1;
	} else {
		n = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV"
		    "WXYZ0123456789.-_");
		if (n > 253)
			return 0;
		p += n;
	}
	if (*p == '\0')
		return 1;
	if (*p != ':')
		return 0;
	port = strtol(p + 1, &e, 10);
	return *e == '\0' && port >= 1 && port <= 65535;
}
