/*
 * report: the text and JSON reports of one run (report-text.c,
 * report-json.c).
 */
#ifndef MX_REPORT_H
#define MX_REPORT_H

#include <stdio.h>
#include "model.h"

/* Write the plain-text report, every transcript; 0 or -1 (errno). */
int	mx_report_text(const struct mx_model *, FILE *);
/* What a text report says besides the model (mx_report_text_ctx). */
struct mx_report_ctx {
	const char		*from;		/* MAIL FROM; NULL or "": <> */
	const char		*helo;		/* EHLO name; NULL: not shown */
	int			 verbose;	/* every address's transcript */
	int			 redact;	/* no local parts, no our IPs */
	const char *const	*our_ips;	/* our IPs to hide (--check-ip) */
	int			 nour_ips;
};
/* Write the text report for a ticket: the transcripts of the addresses
 * that decided the verdict (all with ctx->verbose); 0 or -1 (errno). */
int	mx_report_text_ctx(const struct mx_model *,
	    const struct mx_report_ctx *, FILE *);
/* Our source IPs (the local ends of the probes' connections), each
 * once, in probe order, at most max; their number. */
int	mx_report_sources(const struct mx_model *, const char **, int max);
/* Write the JSON document (schema in mxscope(1)); 0 or -1. */
int	mx_report_json(const struct mx_model *, FILE *);

/* One JSON Lines record of a batch (mxscope --batch): the document on
 * one line with "line", the input line number, first; 0 or -1. */
int	mx_report_json_line(const struct mx_model *, long line, FILE *);
/* The record of a batch line that could not be checked: "line",
 * "schema_version", "target" (as given) and "error"; 0 or -1. */
int	mx_report_json_error(long line, const char *target,
	    const char *error, FILE *);

#endif /* MX_REPORT_H */
