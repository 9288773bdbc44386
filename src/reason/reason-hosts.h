/*
 * reason-hosts: receiving systems' own codes and wordings, keyed by the
 * registered domain of the receiving host or of the recipient's domain;
 * the bounce reader and live diagnosis both ask it (a leaf: it calls
 * only reason-names.c's names and the tally).
 */
#ifndef MX_REASON_HOSTS_H
#define MX_REASON_HOSTS_H

#include <stddef.h>

/*
 * The one table of receiving systems' own codes and wordings (Gmail,
 * Microsoft, Yahoo, ... for bounces and live replies alike).  The reason a
 * receiving system means by its wording or code in low (lower case, len
 * bytes) or by the RFC 3463 status (NULL or "" if none) it gives a meaning
 * of its own, MX_RR_NONE if no row of the table says: rows apply when
 * their registered domain is that of mta (a host name: the exchanger a
 * live check talked to, or a DSN field value such as "dns;
 * mx1.example.com"; NULL or "" if unknown) or of rcpt_domain (the
 * recipient's domain; NULL or "" if unknown); when neither is known, the
 * system whose marks the text carries ("- gsmtp"); a vendor code that
 * names its vendor by itself (NetEase's "DT:SPM", Yahoo's "[TSS04]")
 * applies whatever the host.  A verdict of undefined means the host says
 * nothing about the cause.  This is the bounce reader's verdict (a row may
 * give a live reply another: mx_rr_host_decide).
 */
int	mx_rr_host_reason(const char *mta, const char *rcpt_domain,
	    const char *status, const char *low, size_t len);
/* Which row decided: the system's name ("Gmail"; "" for a code that
 * names its vendor) and the row's pattern ("=4.7.27": that status). */
struct mx_rr_host_hit {
	const char	*system, *pat;
};
/* mx_rr_host_reason for a bounce (live 0) or a live reply (live 1),
 * also saying which row decided (hit: NULL, or zeroed when no row does). */
int	mx_rr_host_decide(const char *mta, const char *rcpt_domain,
	    const char *status, const char *low, size_t len, int live,
	    struct mx_rr_host_hit *hit);
/* The name of the receiving system whose registered domain host is under
 * (or, host NULL or "", whose marks low holds); "" if none. */
const char *mx_rr_host_system(const char *host, const char *low,
	    size_t len);
/* Rows of the table and a description of row k, for the rule counts. */
size_t	mx_rr_host_rows(void);
void	mx_rr_host_row(size_t k, char *buf, size_t sz);

/* The host name a field value or text starts with, lower case ("dns;" and
 * "[" stripped; "" when it names none). */
void	mx_rr_host_of(const char *s, char *dst, size_t dstsz);
/* The registered domain of a lower-case host name (example.co.jp under
 * co.jp, example.com under com); "" for a name of one label. */
void	mx_rr_reg_domain(const char *host, char *dst, size_t dstsz);
/* Whether lower-case host is domain or a name under it (label bounded). */
int	mx_rr_host_under(const char *host, const char *domain);
/* Whether lower-case text holds pat as whole tokens ("ib10" is not in
 * "ib101"; "x*": a token that starts with x). */
int	mx_rr_token_match(const char *text, size_t len, const char *pat);
/* Whether a byte may be part of a token: an ASCII letter or digit. */
int	mx_rr_token_byte(unsigned char c);

#endif
