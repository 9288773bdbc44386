/*
 * dane-run: the engine's side of DANE (dane.c) and MTA-STS/TLS-RPT
 * (mtasts.c): lookups started from the run's events, on the same loop
 * and resolvers, their results leaving as events.  Engine-private.
 */
#ifndef MX_DANE_RUN_H
#define MX_DANE_RUN_H

#include <openssl/ssl.h>

struct mx_engine;
struct mx_event;
struct mx_tlsa_set;
struct mx_dane;

/* dane.c */
/* Follow the run's events: a new exchanger gets its TLSA lookup. */
void	mx__dane_event(struct mx_engine *, const struct mx_event *);
/* A probe's TLS handshake ended on ssl: keep the chain it presented. */
void	mx__dane_chain(struct mx_engine *, int probe, SSL *);
/* Decide the DANE state of every probe that can be decided now. */
void	mx__dane_pump(struct mx_engine *);
/* Whether a TLSA lookup is unanswered. */
int	mx__dane_busy(const struct mx_engine *);
/* Drop the run's DANE state. */
void	mx__dane_free(struct mx_engine *);
/* Match a presented chain (leaf first) against a TLSA set with
 * OpenSSL's DANE verifier (RFC 7672 §3; host: the MX name, the
 * reference identifier for DANE-TA); fills out's state, depth, matched
 * and error. */
void	mx__dane_match(STACK_OF(X509) *chain, const char *host,
	    const struct mx_tlsa_set *, struct mx_dane *out);

/* mtasts.c */
/* Start the _mta-sts and _smtp._tls lookups of the run's domain. */
void	mx__sts_start(struct mx_engine *);
/* Whether a lookup or the policy fetch is unfinished. */
int	mx__sts_busy(const struct mx_engine *);
/* Stop and drop the run's MTA-STS state (closes its connection). */
void	mx__sts_free(struct mx_engine *);

#endif
