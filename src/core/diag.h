/*
 * diag: pure diagnosis, the model's evidence into findings and a verdict.
 */
#ifndef MX_DIAG_H
#define MX_DIAG_H

#include "model.h"

/* Derive findings and the verdict from the evidence in model. */
int	mx_diag_run(const struct mx_model *, struct mx_finding *, int max,
	    struct mx_verdict *);

#endif /* MX_DIAG_H */
