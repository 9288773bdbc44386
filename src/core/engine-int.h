/*
 * engine-int.h: what the engine's files share (engine.c: the run and its
 * lifecycle; engine-dns.c: DNS answers into exchangers and probes;
 * probe.c: the transport of one SMTP probe).  Front ends never see it.
 */
#ifndef MX_ENGINE_INT_H
#define MX_ENGINE_INT_H

#include <openssl/ssl.h>

#include "conn.h"
#include "dns.h"
#include "mailbox.h"
#include "mx-int.h"
#include "smtp.h"

/* One exchanger address being probed: transport glue for mx_smtp. */
struct probe {
	struct mx_engine	*e;
	int			 index;
	int			 state;		/* 0 queued, 1 running, 2 done */
	int			 use_tls;
	int			 decided;	/* PROBE_DONE sent; QUIT may
						   still be under way */
	char			 addr[MX_ADDR_MAX];
	char			 host[MX_HOST_MAX];
	struct mx_conn		*conn;
	struct mx_smtp		*smtp;
};

/* Owned copies of the option strings. */
struct engine_strs {
	char		*target, *from, *helo, *tls_ca_file, *tls_ca_pem;
	char		*dns[MX_MAX_RESOLVERS];
	struct mx_bounce *bounce;
	char		*dnsbl[MX_MAX_DNSBL_ZONES];
	char		*check_ip[MX_MAX_CHECK_IPS];
};

struct mx_engine {
	uv_loop_t		*loop;
	struct mx_opts		 opts;
	struct engine_strs	 strs;
	struct mx__sinks	 sinks;
	struct mx_model		 model;
	SSL_CTX			*ctx;
	struct mx_dns		*dns;
	struct probe		*probes[MX_MAX_PROBES];
	int			 nprobes;
	int			 active;
	int			 running;
	int			 dns_done;
	uint64_t		 origin;
	char			 rcpt[MX_HOST_MAX * 2];
	uv_timer_t		 kick;		/* deferred pump and diagnosis */
	struct mx__mbox		*mbox;		/* POP3/IMAP checks (mailbox.c) */
	int			 closed;
};

/* engine.c */
/* Emit an event: fold it into the model, then hand it to the sinks. */
void	mx__engine_emit(void *, struct mx_event *);
/* Emit an event stamped with the run's clock. */
void	mx__engine_emit_now(struct mx_engine *, struct mx_event *);
/* Schedule launching, diagnosis and the end check for the next turn. */
void	mx__engine_kick(struct mx_engine *);

/* engine-dns.c */
/* The DNS stage's callbacks into the engine. */
extern const struct mx_dns_cb mx__engine_dns_cb;
/* Start the blocklist lookups of this run on the first resolver. */
void	mx__engine_dnsbl_start(struct mx_engine *);

/* probe.c */
/* Start (or restart without TLS) one probe's dialogue. */
void	mx__probe_launch(struct probe *);

#endif
