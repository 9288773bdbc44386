/*
 * event: what the engine emits to its sinks while a check runs.
 */
#ifndef MX_EVENT_H
#define MX_EVENT_H

#include "model.h"

enum mx_event_type {
	MX_EV_RUN_START,	/* target, domain, local, nresolvers */
	MX_EV_RESOLVER,		/* index: resolver; u.res: what changed */
	MX_EV_EXCHANGER,	/* exchanger index: named by a resolver, or
				 * its A/AAAA lookup ended (u.exch) */
	MX_EV_PROBE_ADD,	/* probe index, mx index, addr */
	MX_EV_PROBE_STAGE,	/* probe enters a stage */
	MX_EV_PROBE_LINE,	/* a transcript line */
	MX_EV_PROBE_REPLY,	/* reply code at a stage */
	MX_EV_PROBE_CAPS,	/* EHLO capabilities */
	MX_EV_PROBE_TLS,	/* TLS result */
	MX_EV_PROBE_NOTE,	/* MX_NOTE_* bits */
	MX_EV_PROBE_POSTMASTER,	/* u.reply: the reply to RCPT TO:<postmaster@
				 * DOMAIN> after the recipient's 5xx */
	MX_EV_PROBE_LOCAL,	/* u.local: our end's address (connected) */
	MX_EV_PROBE_DONE,	/* outcome */
	MX_EV_DIAG,		/* findings + verdict (full replacement) */
	MX_EV_CUT,		/* u.notes: MX_CUT_* lists were capped */
	MX_EV_BOUNCE_PTR,	/* index: bounce IP; u.ptr: its reverse DNS */
	MX_EV_PROBE_PTR,	/* index: probe; u.ptr: its address's PTR */
	MX_EV_DNSBL,		/* index: lookup; u.bl: what changed */
	MX_EV_MBOX_STATE,	/* u.mbox: what changed about a mailbox
				 * check's summary */
	MX_EV_MBOX_LINE,	/* u.line: a mailbox transcript line */
	MX_EV_MBOX_DONE,	/* u.done: a mailbox check ended */
	MX_EV_DEADLINE,		/* u.notes: --deadline (ms) expired */
	MX_EV_POLICY,		/* u.pol: the policy records that changed */
	MX_EV_PROBE_ALT,	/* index: probe; u.alt: a connect on an
				 * --alt-ports port (port 25 blocked?) */
	MX_EV_RETRY,		/* u.retry: a --retry round is awaited or
				 * starts (index -1), or a probe is re-run
				 * in it (index: the probe) */
	MX_EV_TLSA,		/* index: exchanger; u.tlsa: what changed
				 * about its TLSA lookup */
	MX_EV_PROBE_DANE,	/* index: probe; u.dane: its DANE check */
	MX_EV_MTASTS,		/* u.sts: what changed about the domain's
				 * MTA-STS */
	MX_EV_TLSRPT,		/* u.rpt: the domain's TLS-RPT answer */
	MX_EV_PROBE_SHARED,	/* index: probe; u.local: the target whose
				 * SMTP session it shares (--batch) */
	MX_EV_SEND,		/* u.send: the --send test message's state */
	MX_EV_SUB_STATE,	/* u.submission: the submission check's
				 * summary (its probe part is not copied) */
	MX_EV_SUB_PROBE,	/* u.inner: an SMTP dialogue event of the
				 * submission check (MX_EV_PROBE_*, AUTH) */
	MX_EV_AUTH,		/* u.auth: the AUTH step's result (smtp.c,
				 * only on a submission dialogue) */
	MX_EV_RUN_DONE
};

/* An event. Payload pointers are borrowed for the duration of dispatch. */
struct mx_event {
	enum mx_event_type	 type;
	int			 index;		/* resolver/exchanger/probe */
	uint32_t		 t_ms;		/* since the run started */
	union {
		struct {
			const char	*target, *domain, *local;
			int		 nresolvers, port;
			const char	*server;	/* --server, or NULL */
			int		 internal;	/* --internal */
			int		 family;	/* -4, -6: 4 or 6; 0 both */
			long long	 size;
			const char	*const *resolver_names;
			const struct mx_bounce	*bounce;	/* or NULL */
		} start;
		struct {			/* what changed about a resolver */
			unsigned		 what;
#define MX_RES_MX	0x01	/* its MX answer: status .. null_mx, mx */
#define MX_RES_ADDRS	0x02	/* exchanger addresses were added */
#define MX_RES_SOA	0x04	/* the zone's SOA: soa_* */
#define MX_RES_DONE	0x08	/* every lookup ended: addr_hash */
			/* Always: its A/AAAA lookups' failures so far. */
			enum mx_dns_status	 addr_status;
			int			 addr_failures;
			/* MX_RES_MX */
			enum mx_dns_status	 status;
			int			 rtt_ms, nmx, mx_cut;
			int			 implicit, null_mx;
			int			 ede;	/* RFC 8914 info-code; -1 */
			int			 foreign_mx;
			const char		*foreign_owner;
			const struct mx_mxrec	*mx;	/* nmx of them */
			/* MX_RES_ADDRS: addrs[first .. first + naddrs) */
			int			 first, naddrs;
			const struct mx_resaddr	*addrs;
			/* MX_RES_SOA */
			enum mx_dns_status	 soa_status;
			int			 has_soa;
			uint32_t		 soa_serial, soa_ttl;
			const char		*soa_zone;
			/* MX_RES_DONE */
			uint32_t		 addr_hash;
		} res;
		struct {			/* what changed about one */
			int			 pref;
			const char		*host;
			int			 resolver;	/* named by; -1 */
			int			 family;	/* 4/6: status */
			enum mx_dns_status	 status;
			int			 cut;	/* addresses capped */
			const char		*canon;	/* CNAME target, or NULL */
		} exch;
		struct {
			int		 mx_index, family;
			const char	*addr;
		} add;
		enum mx_stage	 stage;
		struct {
			char		 dir;
			int		 tls;
			int		 group;	/* pipelined (RFC 2920) */
			int		 code;
			const char	*esc;
			const char	*text;	/* already sanitized */
			const char	*text_tr; /* a note translated,
						   * or NULL */
			const char	*raw;	/* S: the bytes as received */
			size_t		 raw_len;
		} line;
		struct {
			enum mx_stage	 stage;
			int		 code;
			const char	*esc;
			const char	*text;	/* last line */
			const char	*all;	/* all lines, or NULL */
		} reply;
		struct {
			const struct mx_caps	*caps;
			int			 after_tls;
		} caps;
		const struct mx_tls	*tls;
		const char		*local;
		int			 notes;
		struct {
			enum mx_outcome	 outcome;
			enum mx_stage	 stage;	/* MX_ST_NSTAGES: where it is */
			const char	*text;
			const char	*text_tr; /* text translated, or
						     NULL (a peer's text) */
			enum mx_fail	 fail;	/* 0: derived from outcome */
		} done;
		struct {
			int				 nfindings;
			const struct mx_finding		*findings;
			const struct mx_verdict		*verdict;
		} diag;
		struct {			/* what changed about a mailbox
						   check's summary */
			unsigned		 what;
#define MX_MBS_WHERE	0x01	/* proto, host, host_how, addr, port,
				   tls_mode, user, start_at */
#define MX_MBS_STAGE	0x02	/* stage, failed_stage, mark, outcome,
				   outcome_text, notes */
#define MX_MBS_SERVER	0x04	/* greeting, caps */
#define MX_MBS_TLS	0x08	/* tls, tls_active */
#define MX_MBS_LOGIN	0x10	/* mech, login, login_text, resp_code */
#define MX_MBS_BOX	0x20	/* nmsgs, total_size, uidvalidity,
				   newest_size, newest_uid, retr_bytes */
#define MX_MBS_HOPS	0x40	/* nhops, hops */
			uint32_t		 total_ms;	/* always */
			/* The new values of the parts named in what. */
			const struct mx_mailbox	*sum;
		} mbox;
		struct {
			enum mx_dns_status	 status;
			const char		*name;
			int			 fcrdns;	/* MX_FCRDNS_* */
		} ptr;
		struct {			/* what changed about a lookup */
			unsigned		 what;
#define MX_BL_ADD	0x01	/* a new lookup: ip, zone, from_reply, probe */
#define MX_BL_ANSWER	0x02	/* its A answer: status, answer, listed, error */
#define MX_BL_TXT	0x04	/* the listing's TXT reason: txt */
			int			 txt_pending;	/* always */
			const char		*ip, *zone;
			int			 from_reply, probe;
			enum mx_dns_status	 status;
			const char		*answer;
			int			 listed, error;
			const char		*txt;
		} bl;
		struct {			/* the records that changed */
			unsigned		 what;
#define MX_POL_SPF	0x01	/* spf */
#define MX_POL_DMARC	0x02	/* dmarc: the sender domain's */
#define MX_POL_DMARC_RCPT 0x04	/* dmarc_rcpt: the recipient domain's */
#define MX_POL_DKIM	0x08	/* dkim */
			/* Each one's new state when its bit is set. */
			const struct mx_spf	*spf;
			const struct mx_dmarc	*dmarc, *dmarc_rcpt;
			const struct mx_dkim	*dkim;
		} pol;
		struct {
			int	 port;
			int	 answered;	/* the TCP handshake completed */
		} alt;
		struct {
			int	 round;		/* 1.. */
			int	 of;		/* rounds asked (--retry N) */
			int	 waiting;	/* 1: waiting for round */
			int	 ms;		/* the interval */
		} retry;
		struct {			/* what changed about a TLSA lookup */
			unsigned		 what;
#define MX_TLSA_ASKED	0x01	/* asked: qname, status (pending) */
#define MX_TLSA_ANSWER	0x02	/* answered: status, ad, nrr, usable, the
				   nshown records shown, why */
#define MX_TLSA_NA	0x04	/* not asked: the exchanger is an address
				   (--server ADDRESS, an address literal),
				   which has no TLSA name */
			int			 status;	/* enum mx_dns_status */
			const char		*qname;
			int			 ad, nrr, usable, nshown;
			const char		(*rr)[100];
			const char		*why;
		} tlsa;
		struct {			/* one address's DANE check */
			int			 state;	/* enum mx_dane_state */
			int			 depth;
			const char		*matched, *error;
		} dane;
		struct {			/* what changed about MTA-STS */
			unsigned		 what;
#define MX_STS_STATE	0x01	/* asked, state, error */
#define MX_STS_RECORD	0x02	/* the _mta-sts TXT: txt_status, txt, id */
#define MX_STS_FETCH	0x04	/* the fetch: url, addr, http_status */
#define MX_STS_POLICY	0x08	/* the policy: mode, max_age, nmx, mx */
			int			 asked, state;
			const char		*error, *error_tr;
			int			 txt_status;
			const char		*txt, *id;
			const char		*url, *addr;
			int			 http_status;
			int			 mode;
			long			 max_age;
			int			 nmx;
			const char		(*mx)[128];
		} sts;
		struct {			/* the _smtp._tls answer */
			int			 status;	/* mx_dns_status */
			int			 valid;
			const char		*txt, *rua, *error;
			const char		*error_tr;	/* translated */
		} rpt;
		const struct mx_send	*send;
		const struct mx_submission	*submission;
		const struct mx_event	*inner;
		struct {
			enum mx_auth_mech	 mech;
			enum mx_auth_result	 result;
			int			 code;
			const char		*esc;
			const char		*text;	/* sanitized */
		} auth;
	} u;
};

typedef void	(*mx_sink_cb)(const struct mx_event *, void *arg);

/* A line event's translation (u.line.text_tr), copied for the model;
 * NULL when there is none or it equals the English text. */
char	*mx__line_tr(const struct mx_event *);

#endif /* MX_EVENT_H */
