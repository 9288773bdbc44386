/*
 * mailbox-secret: the one mailbox password of a run (hostile-inputs.md
 * §1.8).  Read from --password-file, MXSCOPE_PASSWORD (then wiped from
 * the environment), a no-echo prompt on the terminal or the dashboard's
 * masked field, never argv.  While it is held core dumps are off; every
 * peer line is redacted by value (the password, its base64, the AUTH
 * PLAIN blob) before anything keeps it.
 */
#ifndef MX_MAILBOX_SECRET_H
#define MX_MAILBOX_SECRET_H

#include <stddef.h>

#define MX_SECRET_MASK	"********"

/* Take MXSCOPE_PASSWORD out of the environment (wiping its bytes). */
void		 mx_secret_scrub_env(void);
/* Turn core dumps off (PR_SET_DUMPABLE 0, RLIMIT_CORE 0). */
void		 mx_secret_nodump(void);
/*
 * Load the password for user: file, else the scrubbed environment value,
 * else a no-echo prompt when the terminal allows.  0 with a secret held,
 * 1 when none was available, -1 with *cause on error.
 */
int		 mx_secret_load(const char *file, const char *user,
		    const char *what, char **cause);
/* Hold pw for user (copied); core dumps go off. */
void		 mx_secret_set(const char *user, const char *pw, size_t len);
/*
 * Re-derive the redaction forms of the held password (the AUTH PLAIN
 * blob names the user) for another login name, e.g. a new target.
 */
void		 mx_secret_rekey(const char *user);
/* Whether a password is held. */
int		 mx_secret_have(void);
/* The password (not NUL-safe callers use len). */
const char	*mx_secret_password(size_t *len);
/* Wipe and forget the password and its derived forms. */
void		 mx_secret_clear(void);
/*
 * Copy src to dst (always terminated) with every form of the secret
 * replaced by MX_SECRET_MASK; returns the length; *hit is set when
 * something was replaced.
 */
size_t		 mx_secret_redact(const char *src, size_t len, char *dst,
		    size_t dstsz, int *hit);
/* Load an OAuth 2.0 bearer token (--oauth-token-file, for XOAUTH2) as
 * the held secret; -1 with *cause on error. */
int		 mx_secret_load_token(const char *file, const char *user,
		    char **cause);
/*
 * As mx_secret_load, but never prompting on the terminal (the dashboard
 * asks in its masked field instead): 1 when no password was found.
 */
int		 mx_secret_load_noprompt(const char *file, const char *user,
		    char **cause);

/*
 * A password typed into the dashboard's masked field goes straight in
 * here, one character at a time, into a locked buffer of its own (so no
 * copy sits in a UI buffer): begin, then add/erase/clear, then commit
 * (it becomes the held password) or cancel.  Both wipe the buffer.
 */
void		 mx_secret_input_begin(void);
/* Append one character's bytes; -1 (nothing added) when too long. */
int		 mx_secret_input_add(const char *bytes, size_t n);
/* Remove the last character typed. */
void		 mx_secret_input_erase(void);
/* Remove everything typed. */
void		 mx_secret_input_clear(void);
/* How many characters have been typed (what the mask shows). */
size_t		 mx_secret_input_chars(void);
/*
 * Hold what was typed as the password for user (the old one is wiped);
 * -1 when nothing was typed (the input stays open).
 */
int		 mx_secret_input_commit(const char *user);
/* Wipe and forget what was typed. */
void		 mx_secret_input_cancel(void);

struct mx_opts;
/*
 * The login name the mailbox or submission checks of opts would use (mailbox-opt.c's
 * choice) into buf; NULL when no mailbox check is asked for or no name
 * is known.
 */
const char	*mx_secret_login(const struct mx_opts *, char *buf, size_t);

/* Base64 (RFC 4648 §4) of in into out; returns the length or -1. */
int		 mx_base64(const void *in, size_t len, char *out, size_t outsz);

#endif
