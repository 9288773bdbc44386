/*
 * report-send: the --send test message in the JSON and text reports
 * (report-send.c); called by report-json.c and report-text.c.
 */
#ifndef MX_REPORT_SEND_H
#define MX_REPORT_SEND_H

#include <stdio.h>

struct mx_model;
struct mx_send;

/* The "send" object (a json_t *): null when --send was not given. */
void	*mx__report_json_send(const struct mx_model *);
/* One test message as a JSON object (null for MX_SEND_NONE); address
 * and exchanger NULL when it went nowhere. */
void	*mx__report_json_msg(const struct mx_send *, const char *address,
	    const char *exchanger);
/* A test message's result in words; not_sent: why it was not sent. */
void	 mx__report_msg_result(const struct mx_send *, const char *not_sent,
	    char *buf, size_t sz);
/* A test message's Token, Sent to and result lines (label result). */
void	 mx__report_text_msg(FILE *, const struct mx_send *, const char *host,
	    const char *addr, const char *result, const char *not_sent);
/* The text report's "Test message" section (nothing without --send). */
void	 mx__report_text_send(FILE *, const struct mx_model *);

#endif
