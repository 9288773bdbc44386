/*
 * policy-int.h: what the policy files share (policy-dns.c: answers read
 * into plain lists; spf-eval.c: check_host() on the loop; policy-run.c:
 * the run; policy-diag.c: findings).  Front ends never see it.
 */
#ifndef MX_POLICY_INT_H
#define MX_POLICY_INT_H

#include "dns.h"
#include "policy.h"

/* Format into dst, cut to its size (shown text: a cut is acceptable). */
void	mx__pput(char *dst, size_t sz, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* Room for one TXT record's text (RFC 7208 §3.3: strings joined). */
#define MX_PTXT_MAX	4096

/* The records of a TXT answer for which match(text, len) holds: how many,
 * and the first one's joined strings (raw bytes) in out. */
int	mx__pdns_txt(const unsigned char *abuf, int alen,
	    int (*match)(const char *, size_t), char *out, size_t outlen,
	    size_t *outn);
/* The addresses of family 4 or 6 in an A/AAAA answer; how many (<= max). */
int	mx__pdns_addrs(const unsigned char *abuf, int alen, int family,
	    char (*out)[MX_ADDR_MAX], int max);
/* The exchanger names of an MX answer (a null MX is none); *total gets
 * how many there were, the first max are kept. */
int	mx__pdns_mx(const unsigned char *abuf, int alen,
	    char (*out)[MX_HOST_MAX], int max, int *total);
/* The names of a PTR answer; how many (<= max). */
int	mx__pdns_ptr(const unsigned char *abuf, int alen,
	    char (*out)[MX_HOST_MAX], int max);

/* ---- check_host() (RFC 7208 §4) on the loop: spf-eval.c ------------- */

struct mx__spf;
/* Evaluate the SPF of out->domain for out->ip with out->sender on
 * resolver 0 of dns; out is updated as it goes; done(arg) at the end
 * (perhaps before mx__spf_start returns). */
struct mx__spf	*mx__spf_new(struct mx_dns *, const char *helo,
		    struct mx_spf *out, void (*done)(void *), void *arg);
void		 mx__spf_start(struct mx__spf *);
/* Free; call only after mx_dns_close of its dns, or after done. */
void		 mx__spf_free(struct mx__spf *);

/* mx_spf_parse with the error also in the user's language (spf-parse.c). */
int	mx__spf_parse_tr(const char *txt, size_t len, struct mx_spf_record *,
	    char *err, char *err_tr, size_t errlen);

/* ---- DMARC's result: dmarc-judge.c --------------------------------- */

/* Judge the sender domain's DMARC (RFC 7489 §4.2) from p: spf_aligned,
 * dkim_aligned, result ("" until it is known) and result_why. */
void	mx__dmarc_judge(struct mx_policy *p, const struct mx_psl *l);

/* ---- findings: policy-diag.c ---------------------------------------- */

struct mx_finding;

#endif /* MX_POLICY_INT_H */
