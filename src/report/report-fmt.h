/*
 * report-fmt: what the text and JSON reports of every part share (the
 * run's, the mailbox checks', the policy's): text wrapped to a ticket's
 * width, labelled fields, the TLS block, JSON strings and the TLS object.
 * A leaf: the report files call it, it calls none of them.
 */
#ifndef MX_REPORT_FMT_H
#define MX_REPORT_FMT_H

#include <stdio.h>

#include <jansson.h>

#include "model.h"

#define MX_REPORT_WIDTH	79	/* last usable column of a text report */

/* Display width of sanitized text: one column per code point. */
int	 mx__rt_width(const char *);
/* Byte offset just past the first n code points of s. */
size_t	 mx__rt_cp_offset(const char *, int n);
/* Write len bytes of sanitized text, a TAB as one space. */
void	 mx__rt_bytes(FILE *, const char *, size_t len);
/* Write n spaces. */
void	 mx__rt_spaces(FILE *, int n);
/* Write s from column col, wrapped (continuations at indent); ends the
 * line. */
void	 mx__rt_wrapped(FILE *, const char *s, int col, int indent);
/* A labelled, wrapped line of an address's detail. */
void	 mx__rt_field(FILE *, const char *label, const char *value);
/* The TLS summary of one handshake (nothing if none was tried). */
void	 mx__rt_tls(FILE *, const struct mx_tls *);

/* A JSON string from sanitized text, null if NULL or refused. */
json_t	*mx__rj_str(const char *);
/* The same, null also when empty. */
json_t	*mx__rj_str_or_null(const char *);
/* Set key on obj to a new reference (NULL becomes null). */
void	 mx__rj_set(json_t *obj, const char *key, json_t *val);
/* The TLS object of a handshake, null when none was tried. */
json_t	*mx__rj_tls(const struct mx_tls *);

/* report-probe.c: one SMTP dialogue, for the MX addresses and the
 * submission check alike. */
/* EHLO capabilities as one line of words. */
void	 mx__rt_caps(char *buf, size_t sz, const struct mx_caps *);
/* The Offers (and Pre-TLS) lines of a probe; caps and buf are scratch. */
void	 mx__rt_offers(FILE *, const struct mx_probe *, char *caps,
	    size_t csz, char *buf, size_t bsz);
/* A probe's transcript (fold: EHLO's extension lines counted). */
void	 mx__rt_transcript(FILE *, const struct mx_probe *, int fold);
/* A probe's JSON object (stage, replies, TLS, transcript...). */
json_t	*mx__rj_probe(const struct mx_model *, const struct mx_probe *);
/* report-submission.c: the submission check's section, its object. */
void	 mx__report_text_submission(FILE *, const struct mx_model *,
	    int verbose);
json_t	*mx__report_json_submission(const struct mx_model *);

#endif /* MX_REPORT_FMT_H */
