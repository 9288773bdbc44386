/*
 * report-send: the --send test message in the JSON and text reports
 * (report-send.c); called by report-json.c and report-text.c.
 */
#ifndef MX_REPORT_SEND_H
#define MX_REPORT_SEND_H

#include <stdio.h>

struct mx_model;

/* The "send" object (a json_t *): null when --send was not given. */
void	*mx__report_json_send(const struct mx_model *);
/* The text report's "Test message" section (nothing without --send). */
void	 mx__report_text_send(FILE *, const struct mx_model *);

#endif
