/*
 * lab: the loopback test lab.  A DNS server (UDP and TCP) serving the zones
 * of a scenario, and scripted SMTP servers (replies, delays, TLS
 * certificates from a CA generated at start, misbehaviour), all bound to
 * 127.0.0.0/8 only, all on the caller's libuv loop.  Used by the tests
 * (through the mxscope-lab binary) and by `mxscope --demo` (in process).
 */
#ifndef MX_LAB_H
#define MX_LAB_H

#include "mxscope.h"

struct mx_lab;

/* Names of the built-in scenarios, NULL-terminated. */
const char *const	*mx_lab_scenarios(void);
/* One-line description of a built-in scenario, or NULL if unknown. */
const char		*mx_lab_describe(const char *name);
/*
 * The scenario text of a name: a built-in scenario, or "fuzz:SEED", the
 * hostile peer generated from SEED (lab-fuzz.c).  NULL if neither;
 * the caller frees it.
 */
char			*mx_lab_text(const char *name);
/*
 * Start a lab on loop from a scenario name (mx_lab_text) or, when the
 * name contains a newline, from scenario text.  NULL and *cause on error.
 */
struct mx_lab		*mx_lab_start(uv_loop_t *, const char *scenario,
			    char **cause);
/* The resolvers the lab serves, as "127.0.0.1:PORT" strings. */
int			 mx_lab_ndns(const struct mx_lab *);
const char		*mx_lab_dns(const struct mx_lab *, int i);
/* The one TCP port all lab SMTP servers listen on (on their 127.x). */
int			 mx_lab_smtp_port(const struct mx_lab *);
/* The port where `blackhole` servers never complete a TCP handshake (a
 * firewall dropping port 25), 0 if no server has one. */
int			 mx_lab_blackhole_port(const struct mx_lab *);
/* The most SMTP sessions the lab has had open at once (tests of
 * --concurrency). */
int			 mx_lab_smtp_peak(const struct mx_lab *);
/* The SMTP sessions accepted so far. */
int			 mx_lab_smtp_sessions(const struct mx_lab *);
/* The port of the POP3/IMAP servers: kind pop3, pop3s, imap, imaps. */
int			 mx_lab_mailbox_port(const struct mx_lab *,
			    const char *kind);
/* The scenario's target (user@domain or domain). */
const char		*mx_lab_target(const struct mx_lab *);
/* The test CA certificate (PEM) that signed the lab's certificates. */
const char		*mx_lab_ca_pem(const struct mx_lab *);
/*
 * Point opts at the lab: its resolvers, SMTP port, target, CA, and the
 * scenario's own settings (e.g. --size, a short timeout).  The strings
 * stay owned by the lab.
 */
void			 mx_lab_apply_opts(const struct mx_lab *, struct mx_opts *);
/*
 * spec "NAME[,NAME...]:DIR": write DIR/key.pem (the lab's leaf key),
 * DIR/NAME.pem for each NAME and DIR/expired.pem, signed as the lab's
 * servers' are, for a server outside the lab (tests: nginx serving an
 * MTA-STS policy).  -1 and *cause on error.
 */
int			 mx_lab_write_leaves(struct mx_lab *, const char *spec,
			    char **cause);
/* Close every handle; the lab frees itself once they have closed. */
/* Append every message the SMTP servers receive (DATA or BDAT, its bytes
 * as on the wire) to path. */
void			 mx_lab_record(struct mx_lab *, const char *path);
void			 mx_lab_close(struct mx_lab *);

#endif
