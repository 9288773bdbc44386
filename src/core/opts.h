/*
 * opts: what one check is asked to do (struct mx_opts), the fan-out and
 * size limits and the exit statuses.
 */
#ifndef MX_OPTS_H
#define MX_OPTS_H

#include <stddef.h>

struct mx_bounce;

/* Fan-out and size limits (cf. Postfix smtp_mx_address_limit). */
#define MX_MAX_RESOLVERS	8
#define MX_MAX_EXCHANGERS	10
#define MX_MAX_ADDRS		4	/* per exchanger and family */
#define MX_MAX_PROBES		(MX_MAX_EXCHANGERS * MX_MAX_ADDRS * 2)
#define MX_MAX_FINDINGS		64
#define MX_TRANSCRIPT_MAX	400	/* lines kept per probe */
#define MX_RAW_MAX		4096	/* bytes of a reply line kept as sent */
#define MX_TEXT_MAX		512	/* sanitized text kept per line */
#define MX_HOST_MAX		256
#define MX_ADDR_MAX		64
#define MX_DEFAULT_CONCURRENCY	16
#define MX_DEFAULT_TIMEOUT_MS	15000	/* --timeout: each step */
#define MX_DEFAULT_DEADLINE_MS	120000	/* --deadline: the whole check */
#define MX_DEFAULT_RETRY_MS	300000	/* --retry: between the runs */
#define MX_MAX_RETRIES		10
#define MX_MAX_DNSBL_ZONES	8	/* --dnsbl zones */
#define MX_MAX_CHECK_IPS	4	/* --check-ip addresses */
#define MX_MAX_DNSBL		48	/* blocklist lookups per run */
#define MX_MAX_ALT_PORTS	4	/* --alt-ports */
#define MX_ALT_PROBES		4	/* addresses tried on them */

/* Exit statuses, like a monitoring plugin. */
enum mx_exit {
	MX_EXIT_OK = 0,		/* deliverable */
	MX_EXIT_TEMP = 1,	/* temporary failure or warnings */
	MX_EXIT_PERM = 2,	/* permanent failure */
	MX_EXIT_UNKNOWN = 3	/* could not test, or usage error */
};

/* What the user asked for. Strings are owned by the caller. */
struct mx_opts {
	const char	*target;	/* user@domain or domain */
	const char	*dns[MX_MAX_RESOLVERS];	/* SERVER[:PORT], [v6]:port */
	int		 ndns;		/* 0: the system's resolvers */
	int		 port;		/* SMTP port, default 25 */
	/* --server HOST[:PORT]: the SMTP check goes to HOST only, as if
	 * it were the domain's one MX; NULL: the domain's MX. */
	const char	*server;
	const char	*from;		/* MAIL FROM address, "" = <> */
	const char	*helo;		/* EHLO name, NULL: this host's */
	const char	*source;	/* --source: our end's address */
	const char	*sender_domain;	/* --sender-domain: SPF/DMARC */
	long long	 size;		/* SIZE= for MAIL FROM, -1 = none */
	const char	*tls_ca_file;	/* extra trust anchors (PEM file) */
	const char	*tls_ca_pem;	/* extra trust anchors (PEM text) */
	int		 timeout_ms;	/* per-step deadline */
	int		 deadline_ms;	/* the whole check; 0: none */
	int		 family;	/* 0 both, 4, 6 */
	int		 concurrency;	/* global cap on open probes */
	/* Mailbox checks (issue 5; src/mailbox*.c): NULL = not asked. */
	const char	*pop3, *imap;	/* "" = default host, HOST[:PORT] */
	const char	*mbox_user;	/* --user; NULL: from the target */
	int		 allow_plaintext;	/* login without TLS allowed */
	int		 retr;		/* --retr N (POP3), 0 = none */
	/* Submission check (issue 14; submission.c): NULL = not asked,
	 * "" = the domain's host, [smtps://]HOST[:PORT]. */
	const char	*submission;
	int		 oauth;		/* the secret is an OAuth 2.0 token
					   (--oauth-token-file: XOAUTH2) */
	int		 auth_mech;	/* --auth-mech: enum mx_auth_mech to
					   use even if not advertised; 0 any */
	const struct mx_bounce *bounce;	/* --ndr: the bounce's evidence */
	const char	*dnsbl[MX_MAX_DNSBL_ZONES];	/* --dnsbl zones */
	int		 ndnsbl;		/* 0: the default zones */
	const char	*check_ip[MX_MAX_CHECK_IPS];	/* --check-ip */
	int		 ncheck_ip;
	/* --alt-ports: when every exchanger times out at connect on port,
	 * one quick connect to each of these (default 587, 443). */
	int		 alt_ports[MX_MAX_ALT_PORTS];
	int		 nalt_ports;
	/* --retry N[,SECONDS]: re-run the probes that got a 4xx N times,
	 * SECONDS apart (default 300); the waits add to the deadline. */
	int		 retries;
	int		 retry_ms;
	int		 no_catch_all;	/* --no-catch-all: no random RCPT */
	int		 no_postmaster;	/* --no-postmaster-probe: no RCPT to
					   postmaster@ after a refusal */
	int		 internal;	/* --internal: probe private addresses */
	int		 mta_sts_port;	/* --mta-sts-port (tests); 0: 443 */
	/* --send (issue 14): a real test message to the first exchanger in
	 * MX order that accepts the recipient (smtp-data.c, testmsg.c). */
	int		 send;
	const char	*dsn_notify;	/* --dsn-notify: NOTIFY= (RFC 3461) */
	const char	*dsn_ret;	/* --dsn-ret: RET= FULL or HDRS */
};

/* Fill opts with the defaults. */
void	mx_opts_init(struct mx_opts *);

#endif /* MX_OPTS_H */
