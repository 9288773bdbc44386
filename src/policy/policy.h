/*
 * policy: the mail policy of the sender and recipient domains (issue 15),
 * checked live on the engine's loop and resolvers: SPF (RFC 7208) of the
 * sender domain for our egress IP, DMARC (RFC 7489) of the sender and the
 * recipient domain, the DKIM key (RFC 6376) a bounce's signature names.
 * Results live in struct mx_policy (model.h); this header holds the pure
 * parsers, the run's hooks into the engine and the one list of record
 * lines both the report and the dashboard show.
 */
#ifndef MX_POLICY_H
#define MX_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include <uv.h>

#include "model.h"

/* ---- SPF record syntax (RFC 7208 §4.6, §5, §6, §7) -------------------- */

#define MX_SPF_MAX_TERMS	64

enum mx_spf_kind {
	MX_SPFM_ALL, MX_SPFM_INCLUDE, MX_SPFM_A, MX_SPFM_MX, MX_SPFM_PTR,
	MX_SPFM_IP4, MX_SPFM_IP6, MX_SPFM_EXISTS,
	MX_SPFM_REDIRECT, MX_SPFM_EXP	/* modifiers */
};

/* One directive or modifier of a record. */
struct mx_spf_term {
	enum mx_spf_kind	 kind;
	char			 qual;		/* + - ~ ? */
	char			 spec[MX_HOST_MAX];	/* domain-spec, "" */
	unsigned char		 ip[16];	/* ip4/ip6 network */
	int			 cidr4, cidr6;	/* prefix lengths */
	char			 text[MX_HOST_MAX];	/* the term as written */
};

/* A parsed record. */
struct mx_spf_record {
	int			 nterms;	/* directives, in order */
	struct mx_spf_term	 terms[MX_SPF_MAX_TERMS];
	int			 redirect;	/* index into terms, -1 */
	int			 exp;		/* index into terms, -1 */
};

/* Whether a TXT string is an SPF record: "v=spf1" then a space or end. */
int	mx_spf_is_record(const char *txt, size_t len);
/* Parse a record (RFC 7208 §4.6.1, §12); -1 and why in err: permerror. */
int	mx_spf_parse(const char *txt, size_t len, struct mx_spf_record *,
	    char *err, size_t errlen);

/* What the macros of §7.2 expand to. */
struct mx_spf_macro_ctx {
	const char	*sender;	/* s: local@domain */
	const char	*domain;	/* d: current domain */
	const char	*ip;		/* i: numeric, v4 or v6 */
	const char	*helo;		/* h */
};
/* Expand a domain-spec's macros (§7) into out; -1 on a syntax error.  The
 * result is cut from the left to 253 characters (§7.3). */
int	mx_spf_expand(const char *spec, const struct mx_spf_macro_ctx *,
	    char *out, size_t outlen);
/* Expand an explanation TXT's macro-string (§6.2, §7.1: c, r and t are
 * allowed, r is "unknown"); -1 on a syntax error. */
int	mx_spf_expand_exp(const char *text, const struct mx_spf_macro_ctx *,
	    char *out, size_t outlen);
/* Whether addr (numeric) lies in the network ip/prefix of family 4/6. */
int	mx_spf_ip_match(const char *addr, const unsigned char *net, int family,
	    int prefix);

/* ---- DMARC record syntax (RFC 7489 §6.3, §6.4) ------------------------ */

/* Parse a record into d's p, sp, adkim, aspf, pct, rua; -1 and why in
 * d->error when it is no valid DMARC record. */
int	mx_dmarc_parse(const char *txt, size_t len, struct mx_dmarc *d);

/* ---- Public suffix list (organisational domain, RFC 7489 §3.2) -------- */

/* Where Debian's publicsuffix package puts the list. */
#define MX_PSL_PATH	"/usr/share/publicsuffix/public_suffix_list.dat"
struct mx_psl;
/* Parse a list's text; NULL only on memory exhaustion. */
struct mx_psl	*mx_psl_parse(const char *text, size_t len);
/* Load the list from path (NULL: MX_PSL_PATH); NULL when unreadable. */
struct mx_psl	*mx_psl_load(const char *path);
void		 mx_psl_free(struct mx_psl *);
/* The organisational domain of name: its public suffix and one label
 * more (the name itself when it has no more); without a list, the last
 * two labels. */
void		 mx_psl_org_domain(const struct mx_psl *, const char *name,
		    char *out, size_t outlen);

/* ---- DKIM key record (RFC 6376 §3.6.1) -------------------------------- */

/* Read a key record into k (present, valid, revoked, key_type, key_bits,
 * error). */
void	mx_dkim_key_parse(const char *txt, size_t len, struct mx_dkim *k);
/* Find the s= and d= of a DKIM-Signature field in a message text; 0 when
 * found. */
int	mx_dkim_sig_find(const char *text, size_t len, char *sel, size_t,
	    char *dom, size_t);

/* ---- DKIM signatures (RFC 6376 §3.5, §3.7, §6.1; RFC 8463) ----------- */

/* Read and hash the first DKIM-Signature of a message (line ends LF or
 * CRLF) into s: tags, bh= against the canonical body (unless
 * headers_only), the hash of the signed header data.  0 when it is ready
 * to be checked, -1 when there is none (s->present 0) or it cannot be
 * verified (s->error says why). */
int	mx_dkim_sig_read(const char *msg, size_t len, int headers_only,
	    struct mx_dkim_sig *s);
/* The same for the original message a bounce returns (its
 * message/rfc822 or text/rfc822-headers part), not the bounce's own. */
int	mx_dkim_sig_read_bounce(const char *buf, size_t len,
	    struct mx_dkim_sig *s);
/* Check s with the key record txt (RFC 6376 §6.1.3), now: the Unix time,
 * into k: result, failure and why; k's key fields are read too. */
void	mx_dkim_check(const struct mx_dkim_sig *s, const char *txt, size_t len,
	    long long now, struct mx_dkim *k);

/* ---- Record lines: one per record, for the report and the dashboard --- */

enum mx_policy_state { MX_PST_PENDING, MX_PST_OK, MX_PST_INFO, MX_PST_WARN,
	MX_PST_FAIL };

struct mx_policy_line {
	char			 what[16];	/* "SPF", "DMARC", "DKIM", ... */
	char			 subject[MX_HOST_MAX];	/* the record's domain */
	char			 state[24];	/* one word: pass, missing ... */
	enum mx_policy_state	 level;
	char			 detail[MX_TEXT_MAX];	/* plain words */
};

/* Append a new line (what, subject; the rest empty) to l[*n]; NULL when
 * max lines are there (policy-line.c). */
struct mx_policy_line *mx__policy_line_add(struct mx_policy_line *l, int *n,
	    int max, const char *what, const char *subject);
/* The lines of a model's policy records, at most max; returns how many. */
int	mx_policy_lines(const struct mx_model *, struct mx_policy_line *,
	    int max);
#define MX_POLICY_MAX_LINES	16

/* The "policy" object of the JSON report (a new jansson reference). */
struct json_t	*mx_policy_json(const struct mx_model *);

/* ---- The run (engine side) -------------------------------------------- */

struct mx_event;
struct mx__policy;

/* Start the policy lookups of a run on loop, with its own DNS channel on
 * the run's first resolver; rcpt_domain: the target's domain.  Events go
 * to emit(arg, ev) stamped from origin.  NULL when nothing applies (no
 * sender domain and no DKIM signature to check). */
struct mx__policy *mx__policy_start(uv_loop_t *, const struct mx_opts *,
		    const char *rcpt_domain,
		    void (*emit)(void *, struct mx_event *), void *arg,
		    uint64_t origin);
/* A line a receiver sent to a probe whose server is at server and whose
 * own end is local ("" unknown): learn our egress IP from it. */
void	mx__policy_line(struct mx__policy *, const char *text,
	    const char *server, const char *local);
/* Deferred work after every event (probes_decided: all probes have their
 * deciding reply, so the egress IP is as known as it gets). */
void	mx__policy_kick(struct mx__policy *, int probes_decided);
/* Whether a lookup is unfinished. */
int	mx__policy_busy(const struct mx__policy *);
/* Stop every lookup; unfinished records say why. */
void	mx__policy_stop(struct mx__policy *, const char *why);
/* Free the run state (after stop). */
void	mx__policy_free(struct mx__policy *);

#endif /* MX_POLICY_H */
