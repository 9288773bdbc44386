/*
 * diag: pure diagnosis, the model's evidence into findings and a verdict.
 */
#ifndef MX_DIAG_H
#define MX_DIAG_H

#include "model.h"

/* The probes (all, or those marked in only) in the order an MTA tries
 * them (RFC 5321 §5.1: preference, then host and address); the count. */
int	mx_diag_probe_order(const struct mx_model *, int *order,
	    const unsigned char *only);
/* Derive findings and the verdict from the evidence in model. */
int	mx_diag_run(const struct mx_model *, struct mx_finding *, int max,
	    struct mx_verdict *);

/* The size of an exchanger's label: "HOST [ADDR]". */
#define MX_EXCH_LABEL_MAX	(MX_HOST_MAX + MX_ADDR_MAX + 4)
/* How a sentence names exchanger host at addr: "HOST [ADDR]", or ADDR
 * alone when the host is that address (a numeric --server, an address
 * literal target), so that no sentence names it twice; returns buf
 * (diag-label.c). */
const char	*mx_exch_label(const char *host, const char *addr, char *buf,
		    size_t sz);
/* Whether host is a numeric address equal to addr (diag-label.c). */
int		 mx_host_is_addr(const char *host, const char *addr);

/* Whether blocklist lookup i is the verdict's evidence (a confirmed
 * listing a reply named, or of a blocked verdict); its sentence, in the
 * user's language when tr, goes into buf. */
int	mx_diag_listing(const struct mx_model *, const struct mx_verdict *,
	    int i, int tr, char *buf, size_t sz);

/* Who must act on a reason word (the verdict's table, diag-reason.c;
 * the bounce reader's report reads it too): the first actor, the second
 * in *also when *has_also; and the remedy in English ("" if none). */
enum mx_actor	 mx_diag_reason_actor(const char *reason, enum mx_actor *also,
		    int *has_also);
const char	*mx_diag_reason_remedy(const char *reason);

#endif /* MX_DIAG_H */
