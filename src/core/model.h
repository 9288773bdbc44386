/*
 * model: everything known about one run, folded from events by model.c.
 * Front ends only read a const struct mx_model.
 */
#ifndef MX_MODEL_H
#define MX_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "opts.h"
#include "dane-model.h"	/* DANE, MTA-STS, TLS-RPT (src/policy/) */

/* ---- Model ---------------------------------------------------------- */

enum mx_dns_status {
	MX_DNS_PENDING, MX_DNS_ANSWER, MX_DNS_NXDOMAIN, MX_DNS_NODATA,
	MX_DNS_SERVFAIL, MX_DNS_REFUSED, MX_DNS_TIMEOUT, MX_DNS_UNREACHABLE,
	MX_DNS_BADRESP, MX_DNS_ERROR,
	MX_DNS_CNAME_LOOP,	/* CNAMEs that never reach an address */
	MX_DNS_NOT_ASKED,	/* no lookup of that kind was due: the family
				   -4/-6 leaves out, the other family of a
				   numeric server, a TLSA name an address
				   has not */
	MX_DNS_NSTATUS
};
const char	*mx_dns_status_name(enum mx_dns_status);
const char	*mx_dns_status_word(enum mx_dns_status);	/* translated */

/*
 * What a bounce said about its first failed recipient (issue 4), as plain
 * sanitized text: the live check is judged against it.  Filled by the
 * caller (main.c, from the bounce reader) or by the dashboard's paste.
 */
#define MX_BOUNCE_MAX_IPS	8
/*
 * A DKIM-Signature (RFC 6376 §3.5) of a message, read and hashed without
 * the network (dkim-verify.c): what remains to check is the signature
 * over hdr_hash with the key from DNS (mx_dkim_check).
 */
struct mx_dkim_sig {
	int		 present;		/* a DKIM-Signature was found */
	char		 algorithm[24];		/* a= */
	char		 canon[24];		/* c=, "relaxed/simple" */
	char		 domain[256];		/* d= */
	char		 selector[64];		/* s= */
	char		 headers[512];		/* h=, sanitized */
	char		 auid[320];		/* i=, sanitized */
	long long	 length;		/* l=, -1 none */
	long long	 body_len;		/* canonical body, bytes */
	long long	 t, x;			/* t=, x=, -1 none */
	int		 body_hash;		/* 1 bh= matches, 0 not, -1 not
						 * checked (headers only) */
	char		 from_domain[256];	/* the message's From: domain */
	unsigned char	 hdr_hash[32];		/* SHA-256 of the signed data */
	unsigned char	 sig[512];		/* b=, decoded */
	int		 siglen;
	char		 error[256];		/* why it cannot be verified */
	char		 error_tr[256];		/* translated (i18n.h twin) */
};

struct mx_bounce {
	int		 present;
	char		 source[256];		/* file name, "-", "pasted" */
	char		 mta[32];		/* mail system that wrote it */
	char		 address[320];
	char		 reason[24];
	char		 status[16];
	int		 replycode;
	int		 hardbounce;
	char		 diagnostic[MX_TEXT_MAX];
	char		 remote_mta[256];
	char		 command[12];
	long long	 msg_size;		/* -1 unknown */
	char		 dkim_selector[64];	/* the original's signature */
	char		 dkim_domain[256];	/* s= and d=, or "" */
	struct mx_dkim_sig dkim_sig;		/* the original's, hashed */
	int		 forwarded;		/* a person forwarded it */
	char		 forwarded_by[320];	/* who, sanitized; "" unknown */
	int		 quoted;		/* a reply quoted it */
	char		 quoted_by[320];	/* who, sanitized; "" unknown */
	int		 given;			/* address: the user's, not the
						 * bounce's (--rcpt, the prompt) */
	char		 named[320];		/* then the one it names; "" none */
	int		 nips;
	struct {
		char			 ip[64];
		char			 ptr[256];	/* reverse DNS name */
		enum mx_dns_status	 status;	/* of the PTR query */
	}		 ips[MX_BOUNCE_MAX_IPS];
};


/* One DNS blocklist lookup of one IP (RFC 5782): listed or not. */
struct mx_dnsbl {
	char			 ip[64];
	char			 zone[128];
	enum mx_dns_status	 status;	/* of the A query */
	char			 answer[64];	/* the A record, if any */
	int			 listed;	/* a listing (127.0.0.0/8) */
	int			 error;		/* an error code or a rewrite */
	int			 done;
	int			 from_reply;	/* a live reply named it (probe) */
	int			 probe;		/* that probe's index, or -1 */
	int			 txt_pending;	/* the TXT reason is asked */
	char			 txt[MX_TEXT_MAX];	/* TXT reason, sanitized */
};

/* One MX record as a resolver gave it. */
struct mx_mxrec {
	int		 pref;
	uint32_t	 ttl;		/* seconds, as the resolver gave it */
	char		 host[MX_HOST_MAX];
};

/* One exchanger address as a resolver gave it (A/AAAA record). */
struct mx_resaddr {
	short		 mx;		/* into mx_resolver.mx; -1: implicit */
	short		 family;	/* 4 or 6 */
	uint32_t	 ttl;		/* seconds */
	char		 addr[MX_ADDR_MAX];
};

/* One resolver and what it said about the target domain. */
struct mx_resolver {
	char			 name[80];	/* as given, or "system" */
	enum mx_dns_status	 status;	/* of the MX query */
	int			 rtt_ms;	/* MX query round trip */
	int			 nmx;
	struct mx_mxrec		 mx[MX_MAX_EXCHANGERS];
	int			 mx_cut;	/* more MX records than kept */
	int			 implicit;	/* no MX: the domain's A/AAAA */
	int			 null_mx;	/* MX 0 . (RFC 7505) */
	/* MX records the answer gave for another name than the one asked
	 * (or its aliases), dropped (RFC 2181 §5.4.1), and the first one's
	 * owner. */
	int			 foreign_mx;
	char			 foreign_owner[MX_HOST_MAX];
	int			 ede;		/* the MX answer's Extended DNS
						 * Error (RFC 8914); -1 none */
	int			 addr_failures;	/* A/AAAA lookups that failed */
	enum mx_dns_status	 addr_status;	/* worst A/AAAA status */
	uint32_t		 addr_hash;	/* digest of its address sets */
	int			 naddrs;	/* exchanger addresses it gave */
	struct mx_resaddr	 addrs[MX_MAX_EXCHANGERS * MX_MAX_ADDRS * 2];
	/* The zone's SOA as this resolver sees it (RFC 1035 §3.3.13). */
	enum mx_dns_status	 soa_status;
	int			 has_soa;
	uint32_t		 soa_serial;
	uint32_t		 soa_ttl;
	char			 soa_zone[MX_HOST_MAX];
	int			 done;
};

/* SMTP probe stages, in dialogue order. */
enum mx_stage {
	MX_ST_PENDING, MX_ST_CONNECT, MX_ST_BANNER, MX_ST_EHLO, MX_ST_HELO,
	MX_ST_STARTTLS, MX_ST_TLS, MX_ST_EHLO2, MX_ST_AUTH, MX_ST_MAIL,
	MX_ST_RCPT,
	MX_ST_DATA,	/* --send: DATA or BDAT up to the reply to the message */
	MX_ST_RSET, MX_ST_QUIT, MX_ST_DONE, MX_ST_NSTAGES
};
const char	*mx_stage_name(enum mx_stage);
const char	*mx_stage_word(enum mx_stage);	/* translated, for reading */
/* The same inside a translated sentence: the name when not translating. */
const char	*mx_stage_tr(enum mx_stage);
const char	*mx_dns_status_tr(enum mx_dns_status);

/* State mark shown for a probe. */
enum mx_mark { MX_MARK_PENDING, MX_MARK_RUNNING, MX_MARK_OK, MX_MARK_WARN,
	MX_MARK_FAIL };
const char	*mx_mark_name(enum mx_mark);

/* How a probe ended (OpenSMTPD's FAIL_* classes). */
enum mx_outcome {
	MX_OUT_NONE, MX_OUT_OK, MX_OUT_CONN, MX_OUT_TLS, MX_OUT_PROTO,
	MX_OUT_RESP, MX_OUT_TIMEOUT, MX_OUT_INJECTION, MX_OUT_INTERNAL
};
const char	*mx_outcome_name(enum mx_outcome);
/*
 * The structured class of a probe's failure (issue 10; OpenSMTPD's FAIL_*):
 * how the connection failed, or the kind of reply, so the diagnosis never
 * reads outcome_text.  MX_FAIL_NONE for a probe that succeeded.
 */
enum mx_fail {
	MX_FAIL_NONE, MX_FAIL_REFUSED, MX_FAIL_TIMEOUT, MX_FAIL_RESET,
	MX_FAIL_NOROUTE, MX_FAIL_CLOSED, MX_FAIL_TLS_HANDSHAKE,
	MX_FAIL_PROTOCOL, MX_FAIL_INJECTION, MX_FAIL_REPLY_4XX,
	MX_FAIL_REPLY_5XX, MX_FAIL_INTERNAL, MX_FAIL_CANCELLED, MX_FAIL_N
};
const char	*mx_fail_name(enum mx_fail);
/* Name of one MX_NOTE_* bit (e.g. "bare_lf"), NULL if not a known bit. */
const char	*mx_note_name(int bit);

/* EHLO capabilities (RFC 5321 §4.1.1.1 and the extension RFCs). */
struct mx_caps {
	int		 esmtp;		/* EHLO accepted */
	int		 starttls, pipelining, eightbit, smtputf8, chunking;
	int		 dsn, requiretls;	/* RFC 3461, RFC 8689 */
	int		 has_size;
	long long	 size;		/* 0 = no limit given */
	char		 auth[128];	/* AUTH mechanisms, space separated */
};

/* Result of a TLS handshake and certificate check. */
struct mx_tls {
	int	 attempted, ok;		/* handshake ran / completed */
	int	 verified;		/* chain to a trusted root */
	int	 name_ok;		/* SSL_set1_host matched */
	int	 expired, not_yet_valid, no_cert;
	long	 verify_code;		/* X509_V_* */
	char	 verify_error[128];
	char	 error[160];		/* handshake failure text */
	char	 protocol[24], cipher[64];
	char	 subject[256], issuer[256], not_after[40];
};

/* One transcript line: C (client), S (server) or * (note). */
struct mx_line {
	uint32_t	 t_ms;		/* since the probe began */
	char		 dir;
	unsigned char	 tls;		/* sent/received inside TLS */
	unsigned char	 group;		/* a command of a pipelined group */
	short		 code;		/* reply code, 0 if none */
	char		 esc[12];	/* enhanced status code */
	char		*text;		/* sanitized, NUL-terminated */
	char		*text_tr;	/* a formatted note in the user's
					 * language (shown; JSON keeps
					 * text), or NULL */
	char		*raw;		/* a reply's bytes as received, when
					 * they differ from text; or NULL */
	size_t		 raw_len;
};

/* A reply code observed at a stage. */
struct mx_stage_reply {
	short	 code;
	char	 esc[12];
	char	 text[MX_TEXT_MAX];	/* last line, sanitized */
};

/* Room for all lines of one refusal, joined by spaces. */
#define MX_REPLY_ALL_MAX	(MX_TEXT_MAX * 2)

/* One exchanger address and its SMTP probe. */
struct mx_probe {
	int			 mx_index;	/* into model.exch */
	char			 addr[MX_ADDR_MAX];
	int			 family;	/* 4 or 6 */
	char			 local[MX_ADDR_MAX];	/* our end: source IP */
	enum mx_stage		 stage;
	enum mx_mark		 mark;
	enum mx_outcome		 outcome;
	char			 outcome_text[256];	/* words, never parsed */
	char			 outcome_text_tr[256];	/* translated, or "" */
	enum mx_fail		 fail;		/* structured class of the end */
	enum mx_stage		 failed_stage;	/* where it stopped */
	short			 last_code;
	char			 last_esc[12];
	uint32_t		 stage_ms[MX_ST_NSTAGES];	/* time in each */
	uint32_t		 total_ms;	/* connect to done */
	uint32_t		 start_at;	/* run time the probe began */
	uint32_t		 stage_at;	/* run time this stage began */
	struct mx_stage_reply	 reply[MX_ST_NSTAGES];
	/* All lines of the newest reply of code >= 400 (Gmail's 550-5.1.1
	 * ... 550 5.1.1 ...), sanitized, joined by spaces; its stage. */
	char			 reply_all[MX_REPLY_ALL_MAX];
	enum mx_stage		 reply_all_stage;
	struct mx_caps		 caps;		/* newest EHLO */
	struct mx_caps		 caps_plain;	/* before STARTTLS */
	struct mx_tls		 tls;
	struct mx_dane		 dane;		/* RFC 7672 check */
	char			 ptr[MX_HOST_MAX];	/* reverse DNS name */
	enum mx_dns_status	 ptr_status;	/* of the PTR query */
	int			 ptr_fcrdns;	/* MX_FCRDNS_*: the name's
						   A/AAAA give addr back */
#define MX_FCRDNS_UNKNOWN	0	/* no name, or its lookup failed */
#define MX_FCRDNS_YES		1
#define MX_FCRDNS_NO		2
	/* The names the server gives itself: the first word of its
	 * greeting (RFC 5321 §4.2) and of its EHLO reply (§4.1.1.1). */
	char			 banner_name[MX_HOST_MAX];
	char			 ehlo_name[MX_HOST_MAX];
	/* After a connect timeout on every address: the first --alt-ports
	 * port that completed a TCP handshake (0: none), and whether any
	 * was tried (engine-altport.c). */
	int			 alt_port;
	int			 alt_tried;
	/* --retry: how many times this probe was re-run after a 4xx, and
	 * the first 4xx that made it (engine-retry.c). */
	int			 retried;
	/* --batch: this target's check ran on an SMTP session another target
	 * of its domain opened (share.c): the greeting, EHLO and TLS lines
	 * are that session's; MAIL FROM and RCPT TO are this target's own. */
	int			 shared_session;
	char			 shared_with[MX_HOST_MAX];	/* its opener */
	short			 retry_code;
	char			 retry_esc[12];
	int			 notes;		/* MX_NOTE_* bits */
#define MX_NOTE_BARE_LF		0x01
#define MX_NOTE_LONG_LINE	0x02
#define MX_NOTE_LONG_REPLY	0x04
#define MX_NOTE_CODE_MISMATCH	0x08
#define MX_NOTE_NUL		0x10
#define MX_NOTE_BAD_CODE	0x20
#define MX_NOTE_HELO_ONLY	0x40
#define MX_NOTE_PLAIN_RETRY	0x80
#define MX_NOTE_UNSOLICITED	0x100	/* lines sent before our command */
#define MX_NOTE_CONTROL		0x200	/* control characters in a reply */
#define MX_NOTE_CATCH_ALL	0x400	/* a random address was accepted */
#define MX_NOTE_NO_SMTPUTF8	0x800	/* non-ASCII address, no SMTPUTF8:
					   not sent (RFC 6531) */
#define MX_NOTE_PM_ACCEPTED	0x1000	/* after the recipient's 5xx,
					   postmaster@ was accepted */
#define MX_NOTE_PM_REFUSED	0x2000	/* ... refused with a 5xx too */
#define MX_NOTE_TRICKLE		0x4000	/* lines of the reply came, its end
					   did not by the step deadline */
#define MX_NOTE_FLOOD		0x8000	/* the same, the lines fast
					   (MX_PROTO_FLOOD_LPS) */
#define MX_NOTE_NBITS		16
	/* The reply to RCPT TO:<postmaster@DOMAIN> after the recipient's
	 * 5xx (RFC 5321 §4.5.1); pm_code 0: not asked or no answer. */
	short			 pm_code;
	char			 pm_esc[12];
	char			 pm_text[MX_TEXT_MAX];	/* all lines */
	int			 nlines;
	int			 lines_dropped;
	struct mx_line		*lines;		/* MX_TRANSCRIPT_MAX */
	int			 done;
};

/* One exchanger (MX host) as merged over all resolvers. */
struct mx_exchanger {
	int	 pref;
	char	 host[MX_HOST_MAX];
	unsigned seen_by;		/* bit per resolver index */
	int	 naddr;			/* probes created for it */
	int	 addr_cut;		/* more addresses than kept */
	enum mx_dns_status a_status, aaaa_status;
	/* The name its CNAME chain led to (RFC 2181 §10.3: an MX must not
	 * name an alias); "" when the host is no alias. */
	char	 canon[MX_HOST_MAX];
	struct mx_tlsa_info tlsa;	/* _PORT._tcp.HOST (RFC 7672) */
};

enum mx_severity { MX_SEV_INFO, MX_SEV_WARN, MX_SEV_ERROR, MX_SEV_CRIT };
const char	*mx_severity_name(enum mx_severity);

/*
 * Who must act on a finding or the verdict: nobody, us (our sending IP,
 * host, resolver or domain), the remote admin, the ISP, a blocklist
 * operator (only with a confirmed listing), the sender (the person who
 * writes: check the address, the message) or the recipient (the person
 * whose mailbox it is: a full or disabled mailbox).
 */
enum mx_actor { MX_ACT_NOBODY, MX_ACT_US, MX_ACT_REMOTE, MX_ACT_ISP,
	MX_ACT_BLOCKLIST, MX_ACT_SENDER, MX_ACT_RECIPIENT };
const char	*mx_actor_name(enum mx_actor);

/* A conclusion drawn from the evidence. Text is plain and safe. */
struct mx_finding {
	char			 id[48];	/* stable, e.g. dns.nxdomain */
	enum mx_severity	 severity;
	enum mx_actor		 actor;
	char			 subject[MX_HOST_MAX];	/* host/resolver */
	char			 subject_tr[MX_HOST_MAX];	/* translated
						   ("" when it is a name) */
	char			 summary[MX_TEXT_MAX];
	char			 remedy[MX_TEXT_MAX];
	/* summary and remedy in the user's language (gettext; the same
	 * text in the C locale): what the report and dashboard show.  The
	 * JSON keeps summary and remedy, always English. */
	char			 summary_tr[MX_TEXT_MAX];
	char			 remedy_tr[MX_TEXT_MAX];
	/* Every subject the same finding holds for ("\n"-separated, the
	 * first is subject): one finding on N addresses, not N findings. */
	int			 nsubjects;
	char			 subjects[MX_TEXT_MAX * 2];
};

/* A finding's summary and remedy to show: the user's language, else
 * (not translated, a finding built elsewhere) the English. */
const char	*mx_finding_summary(const struct mx_finding *);
/* A transcript line's text for the reader (notes translated), never NULL. */
const char	*mx_line_text(const struct mx_line *);
const char	*mx_finding_remedy(const struct mx_finding *);
/* A finding's subject to show: translated where it has words. */
const char	*mx_finding_subject(const struct mx_finding *);
/* A probe's outcome text to show: translated where it is our words. */
const char	*mx_outcome_show(enum mx_outcome, const char *text,
		    const char *tr);
const char	*mx_probe_outcome_text(const struct mx_probe *);

/*
 * One view of the domain: the resolvers that gave the same MX set and
 * addresses, and where mail following that view goes (diag-views.c).
 * Filled only when resolvers disagree.
 */
struct mx_view {
	unsigned	 resolvers;	/* bit per resolver index */
	int		 primary;	/* the verdict follows this view */
	int		 stale;		/* older SOA serial than the primary */
	int		 fails;		/* its exchangers refuse or fail */
	int		 has_serial;
	uint32_t	 serial;	/* newest SOA serial of its resolvers */
	uint32_t	 ttl;		/* smallest MX (or address) TTL */
	char		 reason[24];	/* what following it gives */
	enum mx_exit	 exit_code;
	char		 summary[MX_TEXT_MAX];
};

/* The one conclusion for the target. */
struct mx_verdict {
	char		 reason[24];	/* bounce vocabulary + deliverable */
	char		 summary[MX_TEXT_MAX];
	/* The summary in the user's language (gettext) for the report and
	 * the dashboard; empty: show summary.  The JSON keeps summary. */
	char		 summary_tr[MX_TEXT_MAX];
	/* The sentences added after the verdict's own (an MTA-STS policy
	 * its exchanger fails, an equal-preference peer that refuses, what
	 * --retry or --deadline found, how sending fares), in the user's
	 * language: the report and the dashboard show them after the
	 * summary's first sentence (its advice is the fix's).  In summary
	 * too; not in the JSON on their own. */
	char		 more_tr[MX_TEXT_MAX];
	enum mx_exit	 exit_code;
	int		 final;		/* all stages finished */
	int		 nviews;	/* 0, or >= 2 when resolvers disagree */
	struct mx_view	 views[MX_MAX_RESOLVERS];
	/* Who must act first (agrees with the summary's remedy), and who
	 * second when has_also (userunknown: sender, then remote admin).
	 * The dashboard shows it next to the reason. */
	enum mx_actor	 actor;
	enum mx_actor	 actor_also;
	int		 has_also;
	/* --submission: the reason and actor are the submission check's
	 * (sending fails at least as badly as delivery; diag-submission.c),
	 * the exit status the worse of both paths. */
	int		 by_submission;
	/* norelaying because the exchanger refused the domain's postmaster
	 * too (RFC 5321 §4.5.1; diag-postmaster.c): the domain is not served
	 * there.  The headline says so; the JSON keeps the reason word. */
	int		 not_served;
	/* networkerror on an exchanger that took the connection and then
	 * misbehaved (no greeting, hung up, not SMTP): the headline says
	 * the server does not work, not that it cannot be reached. */
	int		 reached;
	/* The verdict's own fix when it is more precise than the deciding
	 * finding's remedy (a refusal on authentication: which SPF record
	 * to change and how); empty: the remedy.  fix_tr: translated. */
	char		 fix[MX_TEXT_MAX + 256];
	char		 fix_tr[MX_TEXT_MAX + 256];
};

/* ---- Mail policy of the domains (issue 15; src/policy/) ------------- */

/* SPF results (RFC 7208 §2.6); PENDING while asked, SKIPPED: not asked. */
enum mx_spf_result {
	MX_SPF_SKIPPED, MX_SPF_PENDING, MX_SPF_NONE, MX_SPF_NEUTRAL,
	MX_SPF_PASS, MX_SPF_FAIL, MX_SPF_SOFTFAIL, MX_SPF_TEMPERROR,
	MX_SPF_PERMERROR
};
const char	*mx_spf_result_name(enum mx_spf_result);

/* Where the IP SPF is evaluated for came from. */
enum mx_ip_source { MX_IPSRC_NONE, MX_IPSRC_REPLY, MX_IPSRC_SOURCE,
	MX_IPSRC_LOCAL };
const char	*mx_ip_source_name(enum mx_ip_source);

/* The SPF evaluation of the sender domain for our egress IP. */
struct mx_spf {
	enum mx_spf_result	 result;
	char			 domain[MX_HOST_MAX];	/* sender domain */
	char			 sender[MX_HOST_MAX + 65];	/* %{s} */
	char			 ip[MX_ADDR_MAX];	/* evaluated for */
	enum mx_ip_source	 ip_source;
	enum mx_dns_status	 status;	/* of the domain's TXT query */
	char			 record[MX_TEXT_MAX];	/* its SPF record */
	char			 mechanism[MX_HOST_MAX];	/* that decided */
	char			 mech_domain[MX_HOST_MAX];	/* whose record */
	char			 error[MX_TEXT_MAX];	/* why perm/temperror */
	char			 error_tr[MX_TEXT_MAX];	/* translated twin */
	int			 lookups;	/* DNS-querying terms (max 10) */
	int			 void_lookups;	/* empty answers (max 2) */
	int			 timed_out;	/* a lookup timed out */
	char			 exp_name[MX_HOST_MAX];	/* exp= asked (§6.2) */
	char			 explanation[MX_TEXT_MAX];	/* sanitized */
	int			 done;
};

/* A DMARC record (RFC 7489 §6.3) of one domain, or its absence. */
struct mx_dmarc {
	int			 asked;
	int			 done;
	char			 domain[MX_HOST_MAX];	/* the From: domain */
	char			 org_domain[MX_HOST_MAX];	/* by the PSL */
	char			 found_at[MX_HOST_MAX];	/* _dmarc.X answered */
	enum mx_dns_status	 status;	/* of the last TXT query */
	int			 present;	/* a v=DMARC1 record */
	int			 valid;		/* and it parses */
	int			 timed_out;
	char			 record[MX_TEXT_MAX];	/* sanitized */
	char			 error[MX_TEXT_MAX];	/* why invalid */
	char			 error_tr[MX_TEXT_MAX];	/* translated twin */
	char			 p[12], sp[12];	/* none quarantine reject */
	char			 adkim, aspf;	/* 'r' or 's' */
	int			 pct;
	char			 rua[MX_HOST_MAX];
	int			 spf_aligned;	/* -1 unknown, 0, 1 */
	int			 dkim_aligned;	/* -1 unknown, 0, 1 */
	char			 result[8];	/* pass, fail, "" unknown */
	char			 result_why[MX_TEXT_MAX];
	char			 result_why_tr[MX_TEXT_MAX];	/* translated */
};

/* A DKIM key record (RFC 6376 §3.6.1) named by a bounce's signature. */
struct mx_dkim {
	int			 asked;
	int			 done;
	char			 selector[64];
	char			 domain[MX_HOST_MAX];	/* d= */
	enum mx_dns_status	 status;
	int			 present, valid, revoked;
	char			 key_type[12];	/* k=, default rsa */
	int			 key_bits;	/* 0 unknown */
	char			 error[MX_TEXT_MAX];
	char			 error_tr[MX_TEXT_MAX];	/* translated twin */
	/* The signature checked with the key (RFC 6376 §6.1): result none
	 * (nothing to check), pass, fail, permerror, temperror; failure
	 * says which check failed: body_hash, signature, expired, key,
	 * syntax; why in plain words. */
	char			 result[12];
	char			 failure[12];
	char			 why[MX_TEXT_MAX];
	char			 why_tr[MX_TEXT_MAX];	/* translated twin */
	struct mx_dkim_sig	 sig;		/* what was checked */
};

/* Every policy record the run looked at. */
struct mx_policy {
	struct mx_spf		 spf;
	struct mx_dmarc		 dmarc;		/* the sender domain's */
	struct mx_dmarc		 dmarc_rcpt;	/* the recipient domain's */
	struct mx_dkim		 dkim;
};

#include "mailbox-model.h"	/* struct mx_mailbox: POP3/IMAP checks */
#include "send-model.h"	/* struct mx_send: the --send test message */
#include "submission-model.h"	/* struct mx_submission (--submission) */

/* Everything known about one run; folded from events by model.c. */
struct mx_model {
	char			 target[MX_HOST_MAX * 2];	/* as given */
	char			 local[MX_HOST_MAX];	/* local part, "" for domain */
	char			 domain[MX_HOST_MAX];	/* A-label form */
	int			 port;
	/* --server HOST[:PORT] as given: the check went to it, not to the
	 * domain's MX (whose records the resolvers still show); "" none. */
	char			 server[MX_HOST_MAX + 16];
	int			 internal;	/* --internal: private addresses probed */
	int			 family;	/* -4, -6: the one family asked; 0 both */
	uint64_t		 started_ms;	/* uv_now at start */
	uint32_t		 elapsed_ms;
	uint32_t		 verdict_ms;	/* when the verdict became final */
	int64_t			 started_wall;	/* time(2) at start, 0 unknown */
	int			 running;
	int			 dns_done;
	int			 nresolvers;
	struct mx_resolver	 resolvers[MX_MAX_RESOLVERS];
	long long		 size;		/* --size, -1 = none */
	int			 nexch;
	int			 exch_cut;	/* MX_CUT_EXCHANGERS seen */
#define MX_CUT_EXCHANGERS	0x01
#define MX_CUT_PROBES		0x02
	struct mx_exchanger	 exch[MX_MAX_EXCHANGERS];
	int			 nprobes;
	int			 probes_cut;
	int			 probes_lined;	/* 1 + the highest probe index
						   with a transcript */
	struct mx_probe		 probes[MX_MAX_PROBES];
	int			 nfindings;
	struct mx_finding	 findings[MX_MAX_FINDINGS];
	struct mx_verdict	 verdict;
	unsigned		 generation;	/* bumped on every change */
	int			 nmailbox;	/* mailbox checks (mailbox.h) */
	struct mx_mailbox	 mailbox[MX_MAX_MAILBOX];
	struct mx_bounce	 bounce;	/* what the bounce said */
	int			 ndnsbl;	/* blocklist lookups */
	struct mx_dnsbl		 dnsbl[MX_MAX_DNSBL];
	int			 deadline_ms;	/* --deadline that expired, 0 */
	struct mx_policy	 policy;	/* SPF, DMARC, DKIM (policy.h) */
	/* --retry: rounds asked and done, a round waiting, the interval. */
	int			 retries, retry_round, retry_waiting;
	int			 retry_ms;
	struct mx_mtasts	 mtasts;	/* RFC 8461 */
	struct mx_tlsrpt	 tlsrpt;	/* RFC 8460 */
	struct mx_send		 send;		/* --send (send-model.h) */
	struct mx_submission	 submission;	/* --submission (issue 14) */
};

struct mx_event;

/* Reset a model to empty, freeing transcripts. */
void	mx_model_reset(struct mx_model *);
/* Fold one event into the model. */
void	mx_model_apply(struct mx_model *, const struct mx_event *);
/* Free what the model holds. */
void	mx_model_free(struct mx_model *);

#endif /* MX_MODEL_H */
