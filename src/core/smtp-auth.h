/*
 * smtp-auth: the client side of SMTP AUTH (RFC 4954) for the submission
 * check: which SASL mechanism to use from what EHLO advertises, and the
 * line to send at each step of PLAIN (RFC 4616), LOGIN
 * (draft-murchison-sasl-login), CRAM-MD5 (RFC 2195) and XOAUTH2 (Google's
 * SASL XOAUTH2 profile).  The password or token is the one mailbox-secret.c
 * holds; every line has a display form with it masked.  No I/O here.
 */
#ifndef MX_SMTP_AUTH_H
#define MX_SMTP_AUTH_H

#include <stddef.h>

#include "mxscope.h"

/* Room for one AUTH line on the wire (user, secret, base64, command). */
#define MX_AUTH_LINE_MAX	4096

/* What the AUTH step of a dialogue may use. */
struct mx_smtp_auth {
	const char	*user;		/* authentication identity, or NULL */
	int		 have_secret;	/* a password or token is held */
	int		 xoauth2;	/* the secret is an OAuth 2.0 token */
	int		 allow_plaintext;	/* AUTH without TLS allowed */
	enum mx_auth_mech force;	/* --auth-mech: this one, advertised or
					   not; MX_MECH_NONE: choose */
};

/*
 * The mechanism to use from the advertised list (space separated, as in
 * the EHLO AUTH line): XOAUTH2 when the secret is a token; else PLAIN,
 * LOGIN, CRAM-MD5 under TLS, CRAM-MD5 first without it (the password
 * itself never crosses).  MX_MECH_NONE when none fits.
 */
enum mx_auth_mech mx_smtp_auth_choose(const char *advertised, int tls,
		    int xoauth2);
/* The mechanism named name ("plain", "CRAM-MD5"...), MX_MECH_NONE if
 * none of ours. */
enum mx_auth_mech mx_smtp_auth_mech(const char *name);
/*
 * The client line of step (0: the AUTH command, with its initial response
 * where the mechanism has one; n: the answer to the n-th 334 challenge,
 * whose base64 text is chal) into wire (no CRLF), and its display form,
 * with the secret masked, into shown.  Returns the wire length, or -1
 * when the mechanism has no such step or the challenge is bad (the caller
 * cancels with "*", RFC 4954 §4).  The caller wipes wire.
 */
int		 mx_smtp_auth_line(enum mx_auth_mech, int step,
		    const char *user, const char *chal, size_t chlen,
		    char *wire, size_t wsz, char *shown, size_t ssz);
/* How a reply to AUTH ends it (RFC 4954 §6): OK for 235, ... */
enum mx_auth_result mx_smtp_auth_result(int code, const char *esc);

#endif
