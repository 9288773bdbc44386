/*
 * words: the plain words the dashboard and the text report share (issue
 * 13): a verdict's reason as a helpdesk says it with the stable id after
 * it, who must act on the verdict and the fix, a probe's result and
 * stage as English, and which addresses decided the verdict.  Pure
 * functions of the model; no curses, no output.
 */
#ifndef MX_WORDS_H
#define MX_WORDS_H

#include <stddef.h>

#include "mxscope.h"

/* Plain words for a verdict reason ("Mailbox full"); the id when unknown. */
const char	*mx_words_reason(const char *reason);
/*
 * The verdict headline into buf: "Mailbox full (mailboxfull)", or
 * "Checking..." while the check has not decided; a norelaying verdict
 * from a refused postmaster says "Domain not served here (norelaying)".
 */
void		 mx_words_verdict(const struct mx_model *, char *buf, size_t);
/* The verdict's fact: its summary's first sentence, without the advice. */
void		 mx_words_fact(const struct mx_model *, char *buf, size_t);
/* The finding that decides who must act, or NULL (nothing to do). */
const struct mx_finding *mx_words_deciding(const struct mx_model *);
/* Who must act on the verdict (the actor's JSON word follows from it). */
enum mx_actor	 mx_words_actor(const struct mx_model *);
/* The fix for the verdict, in words (buf holds it when it is cut from
 * the summary); returns it. */
const char	*mx_words_fix(const struct mx_model *, char *buf, size_t);
/*
 * The line saying who must act and the fix, the same on the dashboard
 * and in the report: "Who must act: remote admin. Fix: ...".
 */
void		 mx_words_act_line(const struct mx_model *, char *buf, size_t);
/* The verdict's summary in the user's language, else English. */
const char	*mx_words_summary(const struct mx_model *);
/* The verdict line: "Verdict: Mailbox full (mailboxfull). <fact>". */
void		 mx_words_verdict_line(const struct mx_model *, char *buf,
		    size_t);
/* A probe's result: "accepted", "refused", "deferred", "running", ... */
const char	*mx_words_probe(const struct mx_probe *);
const char	*mx_words_probe_long(const struct mx_probe *);
/* The submission check's result word: the probe's, AUTH's when it did
 * not pass, "logged in", or "sent" when --send's message was accepted. */
const char	*mx_words_submission(const struct mx_submission *);
/* The stage a probe stopped at (or is in), as the SMTP command's name. */
const char	*mx_words_stage(enum mx_stage);
/* A probe's stage to show: where it failed, "done" when accepted. */
enum mx_stage	 mx_words_probe_stage(const struct mx_probe *);
/* What an outcome class means: "could not connect", "timed out", ... */
const char	*mx_words_outcome(enum mx_outcome);
/* A mailbox check's outcome class in words (translated). */
const char	*mx_words_outcome_long(enum mx_outcome);
/* A DNS status in words: "answered", "does not exist", "timed out", ... */
const char	*mx_words_dns(enum mx_dns_status);
/*
 * The probes that decided the verdict, in MX order: the first that
 * accepted, or each that refused or deferred; when none did, each that
 * failed.  Fills idx (max entries); returns how many.
 */
int		 mx_words_decisive(const struct mx_model *, int *idx, int max);
/* The transcript line of a probe's decisive reply, or -1. */
int		 mx_words_decisive_line(const struct mx_probe *);
/* A mailbox login result in words: "ok", "refused", "not tried"... */
const char	*mx_words_login(enum mx_mb_login);
/* The login in words: its result, " as " the user, and with mech the
 * mechanism in parentheses ("ok as alice@example.test (PLAIN)"); one
 * sentence to translate, so each language orders it its own way. */
void		 mx_words_login_as(const struct mx_mailbox *, int mech,
		    char *buf, size_t sz);
/* With --server, where the check went and the domain's own MX set:
 * "mx2.example.org (given with --server; the domain's MX: 10
 * mx1.example.org)"; "" without --server. */
void		 mx_words_server(const struct mx_model *, char *buf, size_t);
/* The exit status in words ("permanent failure"). */
const char	*mx_words_exit(enum mx_exit);

#endif
