/*
 * util: allocation that never fails, number parsing, warnings and the
 * fatal exit.
 */
#ifndef MX_UTIL_H
#define MX_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void	*mx_xmalloc(size_t);
void	*mx_xcalloc(size_t, size_t);
void	*mx_xrealloc(void *, size_t);
char	*mx_xstrdup(const char *);
/* Format into a new string; never fails. */
char	*mx_xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char	*mx_xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));
/* Parse a whole decimal number in [min, max]; 0, or -1 if it is not one. */
int	 mx_parse_num(const char *, long long min, long long max, long long *);
/* The length of the IPv4 dotted quad starting at s[i] of s's len bytes
 * (a whole token, parts 0-255), 0 if none. */
size_t	 mx_ipv4_at(const char *s, size_t len, size_t i);
/* Whether text holds an IPv4 dotted quad anywhere (mx_ipv4_at). */
int	 mx_has_ipv4(const char *text, size_t len);
/* The value of hex digit c, -1 if none. */
int	 mx_hexval(int c);
/* Bounded copy that always terminates; returns strlen(src). */
size_t	 mx_strlcpy(char *, const char *, size_t);
/* Whether s is HOST[:PORT] or [IPv6][:PORT] (no scheme). */
int	 mx_hostport_ok(const char *);
/* "HOST:PORT" into buf, an IPv6 address bracketed ("[::1]:587", RFC 3986
 * §3.2.2) so that its colons are not the port's; returns buf. */
const char *mx_hostport_fmt(char *buf, size_t, const char *host, int port);
/* Hook run before a fatal exit (the UI restores the terminal). */
void	 mx_set_fatal_hook(void (*)(void));
/* "mxscope: msg" on stderr, the formatted message sanitized as a whole. */
void	 mx_warnx(const char *, ...) __attribute__((format(printf, 1, 2)));
void	 mx_vwarnx(const char *, va_list) __attribute__((format(printf, 1, 0)));
/* Print "mxscope: msg" (sanitized) and exit(3). */
void	 mx_fatalx(const char *, ...) __attribute__((format(printf, 1, 2),
	    noreturn));

#endif /* MX_UTIL_H */
