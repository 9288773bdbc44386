/*
 * dane-diag: the diagnosis of DANE and MTA-STS (diag-dane.c), called
 * by mx_diag_run.
 */
#ifndef MX_DANE_DIAG_H
#define MX_DANE_DIAG_H

struct mx__diag;
struct mx_verdict;

/* DANE and MTA-STS findings (v NULL); with the verdict v: the MTA-STS
 * enforce sentence and an exit status of at least 1 when it fails. */
void	mx__diag_dane(struct mx__diag *, struct mx_verdict *v);

struct mx_model;
struct mx_policy_line;
/* Append the MTA-STS, TLS-RPT and DANE lines of the policy view after n
 * others, at most max in all; returns the new count (dane-lines.c). */
int	mx__dane_policy_lines(const struct mx_model *,
	    struct mx_policy_line *, int n, int max);

#endif
