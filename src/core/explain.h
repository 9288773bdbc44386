/*
 * explain: the long explanation of each finding id (`--explain ID`): what
 * it means, how mxscope detects it, who acts, how to fix it, and the RFCs.
 * Read-only text; the diagnosis (diag*.c) decides when a finding applies.
 */
#ifndef MX_EXPLAIN_H
#define MX_EXPLAIN_H

#include <stdio.h>

/* One explanation. */
struct mx_explain {
	const char	*id;		/* e.g. "dns.nxdomain"; patterns below */
	const char	*means, *detect, *actor, *fix, *rfc;
};

/* The explanation of id (exact, or its family: smtp.STAGE_rejected,
 * pop3.X / imap.X), or NULL. */
const struct mx_explain	*mx_explain_find(const char *id);
/* Print the explanation of id; returns 0, or 3 (unknown id, one error
 * line on stderr). */
int	mx_explain(const char *id, FILE *);
/* Print every id with its one-line meaning; returns 0. */
int	mx_explain_list(FILE *);
/* Entry i of the table (0-based), or NULL past the end. */
const struct mx_explain	*mx_explain_entry(int i);

#endif
