/*
 * engine: the check on a libuv loop; front ends register event sinks and
 * read the model, they never touch sockets or c-ares channels.
 */
#ifndef MX_ENGINE_H
#define MX_ENGINE_H

#include <uv.h>
#include "opts.h"
#include "model.h"
#include "event.h"

struct mx_engine;

/* Create an engine on loop; returns NULL and sets *cause on bad options. */
struct mx_engine	*mx_engine_new(uv_loop_t *, const struct mx_opts *,
			    char **cause);
/* Register a sink; events reach sinks in registration order. */
int			 mx_engine_add_sink(struct mx_engine *, mx_sink_cb,
			    void *);
/* Remove a sink (safe during dispatch). */
void			 mx_engine_remove_sink(struct mx_engine *, mx_sink_cb,
			    void *);
/* Start (or restart) the check; 0 or -1 with *cause. */
int			 mx_engine_start(struct mx_engine *, char **cause);
/* Cancel a running check; RUN_DONE still fires. */
void			 mx_engine_cancel(struct mx_engine *);
/* Replace the resolver list (NULL/0: system) for the next start. */
int			 mx_engine_set_resolvers(struct mx_engine *,
			    const char *const *, int, char **cause);
/* Replace all options (strings are copied) for the next start; a running
 * check is cancelled first (its probes point at the old strings). */
int			 mx_engine_configure(struct mx_engine *,
			    const struct mx_opts *, char **cause);
/* Change the target for the next start. */
int			 mx_engine_set_target(struct mx_engine *, const char *,
			    char **cause);
/* The model of the current (or last) run. */
const struct mx_model	*mx_engine_model(const struct mx_engine *);
/* The options the next start uses (strings owned by the engine). */
const struct mx_opts	*mx_engine_opts(const struct mx_engine *);
/* Whether a run is in progress. */
int			 mx_engine_running(const struct mx_engine *);
/* Politeness for every engine of the process (mxscope --batch): at most
 * k connections to one IP address at a time (0: no limit, the default). */
void			 mx_engine_per_ip(int k);
/* mxscope --batch: targets of one domain share one SMTP session per
 * exchanger address (share.c; RSET between them); off (the default)
 * retires every open session. */
void			 mx_engine_share(int on);
/* The batch read a target of domain (delta 1), or is done with it (-1):
 * sessions are shared while a domain has more than one target. */
void			 mx_engine_share_interest(const char *domain,
			    int delta);
/* Sessions opened so far, and targets that joined one. */
void			 mx_engine_share_stats(unsigned long *opened,
			    unsigned long *joined);
/* The domain a target names (A-label form), checking it as a start would:
 * 0, or -1 with *cause. */
int			 mx_target_domain(const char *target, char *domain,
			    size_t, char **cause);
/* The recipient address a target names (user@domain, the domain in
 * A-label form; Name <...> and mailto: unwrapped), checked as a start
 * would; a domain alone is refused: 0, or -1 with *cause. */
int			 mx_target_address(const char *target, char *addr,
			    size_t, char **cause);
/* Close every handle; call uv_run afterwards, then mx_engine_free. */
void			 mx_engine_close(struct mx_engine *);
/* Free the engine after its handles have closed. */
void			 mx_engine_free(struct mx_engine *);

#endif /* MX_ENGINE_H */
