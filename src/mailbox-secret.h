/*
 * mailbox-secret: the one mailbox password of a run (hostile-inputs.md
 * §1.8).  Read from --password-file, MXSCOPE_PASSWORD (then wiped from
 * the environment) or a no-echo prompt on the terminal, never argv.  While
 * it is held core dumps are off; every peer line is redacted by value
 * (the password, its base64, the AUTH PLAIN blob) before anything keeps it.
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
/* Base64 (RFC 4648 §4) of in into out; returns the length or -1. */
int		 mx_base64(const void *in, size_t len, char *out, size_t outsz);

#endif
