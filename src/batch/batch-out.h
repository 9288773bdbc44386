/*
 * batch-out: what a batch writes: a result per target (a JSON Lines
 * record, or one text line), the per-verdict tally and its closing table,
 * and the progress line on a terminal.
 */
#ifndef MX_BATCH_OUT_H
#define MX_BATCH_OUT_H

#include <stdio.h>
#include <stdint.h>

#include "model.h"

#define BATCH_TALLY_MAX	48

/* One row of the closing table: a verdict and how many had it. */
struct batch_row {
	char	 reason[24];
	long	 n;
};

/* The counts the closing table shows. */
struct batch_tally {
	struct batch_row row[BATCH_TALLY_MAX];
	int		 nrows;
	long		 done;		/* targets with a verdict */
	long		 errors;	/* lines that could not be checked */
	int		 worst;		/* the worst exit status */
};

/* Write one target's result; 0 or -1 (stdout failed).  json: 1 a JSON
 * Lines record, 0 a text line, -1 nothing (the dashboard): only counted. */
int	mx__batch_result(const struct mx_model *, long line, int json,
	    struct batch_tally *);
/* Write a line that could not be checked; 0 or -1. */
int	mx__batch_error(long line, const char *target, const char *why,
	    int json, struct batch_tally *);
/* Sort the tally's rows: most first, then by name. */
void	mx__batch_tally_sort(struct batch_tally *);
/* The closing table: counts per verdict, errors, the time taken. */
void	mx__batch_table(const struct batch_tally *, double seconds,
	    long stopped, FILE *);
/* Draw (or, with erase, clear) the progress line on stderr. */
void	mx__batch_progress(const struct batch_tally *, long running,
	    long total, double seconds, int erase);

#endif
