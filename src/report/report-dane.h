/*
 * report-dane: DANE, MTA-STS and TLS-RPT in the JSON and text reports
 * (report-dane.c); called by report-json.c and report-text.c.
 */
#ifndef MX_REPORT_DANE_H
#define MX_REPORT_DANE_H

#include <stdio.h>

struct mx_model;
struct mx_probe;

/* The "dane" object of one address (a json_t *; null when not asked). */
void	*mx__report_json_dane(const struct mx_model *,
	    const struct mx_probe *);
/* Add "mta_sts" and "tls_rpt" to the "policy" object (a json_t *). */
void	 mx__report_json_sts(const struct mx_model *, void *policy);
/* The text report's section on them. */
void	 mx__report_text_dane(FILE *, const struct mx_model *);

#endif
