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

#endif
