/*
 * mailbox: the POP3 and IMAP mailbox checks (issue 5, method.md §4) as the
 * engine, the model, the diagnosis, the options and the reports see them.
 * The state machines are in pop3.c and imap.c (shared parts in
 * mailbox-fsm.c); this header is the one the rest of mxscope includes.
 */
#ifndef MX_MAILBOX_H
#define MX_MAILBOX_H

#include <getopt.h>
#include <stdio.h>
#include <openssl/ssl.h>

#include "mx-int.h"

struct mx__mbox;

/* Engine (mailbox.c): whether opts ask for a mailbox check. */
int		 mx__mailbox_wanted(const struct mx_opts *);
/* Start the checks (host choice, then the dialogues); never NULL. */
struct mx__mbox	*mx__mailbox_start(uv_loop_t *, const struct mx_opts *,
		    SSL_CTX *, const char *local, const char *domain,
		    mx__emit_fn, void *emit_arg, uint64_t origin);
/* Whether a check still runs. */
int		 mx__mailbox_busy(const struct mx__mbox *);
/* Stop every check (each still reports MX_EV_MBOX_DONE). */
void		 mx__mailbox_cancel(struct mx__mbox *);
/* Close connections and free. */
void		 mx__mailbox_free(struct mx__mbox *);

/* Model (mailbox-fold.c): 1 if ev was a mailbox event (folded). */
int		 mx__mailbox_model_apply(struct mx_model *,
		    const struct mx_event *);
/* Free the mailbox transcripts. */
void		 mx__mailbox_model_free(struct mx_model *);

/* Diagnosis (mailbox-diag.c): declared in diag-int.h. */

/* Options (mailbox-opt.c). */
enum mx_mbopt { MX_MBOPT_POP3, MX_MBOPT_IMAP, MX_MBOPT_USER,
	MX_MBOPT_PASSWORD_FILE, MX_MBOPT_ALLOW_PLAINTEXT, MX_MBOPT_RETR,
	MX_MBOPT_SUBMISSION, MX_MBOPT_OAUTH_TOKEN_FILE, MX_MBOPT_AUTH_MECH };
/*
 * Apply one mailbox option (arg may be NULL for --pop3/--imap: then a
 * following HOST word is taken when another operand remains).  -1 after
 * printing an error line.
 */
int		 mx_mailbox_option(enum mx_mbopt, const char *arg, int argc,
		    char **argv, const struct option *longopts,
		    struct mx_opts *, const char **password_file);
/*
 * Before the engine starts: take MXSCOPE_PASSWORD out of the environment,
 * choose the login name and load the password (file, environment or a
 * no-echo prompt).  -1 with *cause on error.
 */
int		 mx_mailbox_prepare(struct mx_opts *, const char *password_file,
		    char **cause);
/*
 * The same without the terminal prompt, for the dashboard, which asks in
 * its masked field when no password was found (mx_secret_have() is 0).
 */
int		 mx_mailbox_prepare_noprompt(struct mx_opts *,
		    const char *password_file, char **cause);
/* The login name for opts (--user, else the target address), or NULL. */
const char	*mx_mailbox_user(const struct mx_opts *, char *buf, size_t);

/* Reports (report-mailbox.c). */
void		 mx_report_mailbox_text(const struct mx_model *, FILE *);
/* A jansson json_t * array (void * keeps jansson out of this header). */
void		*mx_report_mailbox_json(const struct mx_model *);

#endif
