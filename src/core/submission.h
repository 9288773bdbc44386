/*
 * submission: the submission check (--submission, issue 14) as the engine
 * runs it: the host (given, else the domain's SRV records of RFC 6186,
 * else smtp./mail.DOMAIN), a connection on 587 with STARTTLS required or
 * 465 with implicit TLS (RFC 8314), and the SMTP dialogue of smtp.c with
 * AUTH (smtp-auth.c) before the usual envelope.  Runs on the engine's
 * loop beside the MX probes; its events reach the model as
 * MX_EV_SUB_STATE and MX_EV_SUB_PROBE.
 */
#ifndef MX_SUBMISSION_H
#define MX_SUBMISSION_H

#include <openssl/ssl.h>

#include "mx-int.h"

struct mx__sub;

/* Whether opts ask for a submission check. */
int		 mx__submission_wanted(const struct mx_opts *);
/* Start the check (host choice, then the dialogue); never NULL. */
struct mx__sub	*mx__submission_start(uv_loop_t *, const struct mx_opts *,
		    SSL_CTX *, const char *local, const char *domain,
		    mx__emit_fn, void *emit_arg, uint64_t origin);
/* Whether it still runs (its verdict is not in yet). */
int		 mx__submission_busy(const struct mx__sub *);
/* Stop it (it still reports its end). */
void		 mx__submission_cancel(struct mx__sub *);
/* Close the connection and free. */
void		 mx__submission_free(struct mx__sub *);
/* Whether spec is a valid --submission value ([smtps://]HOST[:PORT],
 * :PORT, or ""). */
int		 mx__submission_spec_ok(const char *spec);

#endif
