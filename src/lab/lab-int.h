/*
 * lab-int.h: the lab's private pieces.  A parsed scenario (lab-scenario.c),
 * the built-in scenario texts (lab-builtin.c), the DNS server (lab-dns.c),
 * the scripted SMTP servers (lab-smtp.c) and the test CA (lab-ca.c), glued
 * together by lab.c behind the public API of lab.h.
 */
#ifndef MX_LAB_INT_H
#define MX_LAB_INT_H

#include <openssl/ssl.h>
#include "lab.h"

#define LAB_MAX_RESOLVERS	4
#define LAB_MAX_SERVERS		64
#define LAB_MAX_SLOT		250	/* @1 .. @250 */
#define LAB_MAX_RR		256

/* DNS types the lab serves (RFC 1035 §3.2.2, RFC 3596). */
#define LAB_T_A		1
#define LAB_T_SOA	6
#define LAB_T_CNAME	5
#define LAB_T_PTR	12
#define LAB_T_MX	15
#define LAB_T_TXT	16
#define LAB_T_AAAA	28
#define LAB_T_SRV	33	/* RFC 2782 */
#define LAB_T_TLSA	52	/* RFC 6698 §7.1 */
#define LAB_T_ANY	255

/* One resource record as written in the scenario. */
struct lab_rr {
	char	*owner;		/* lower case, no trailing dot */
	int	 owner_slot;	/* @N as owner: the PTR name of slot N */
	int	 type;
	int	 pref;		/* MX */
	unsigned ttl;		/* 0: the default (300) */
	unsigned serial;	/* SOA */
	int	 slot;		/* A: @N, 0 = literal address in addr */
	unsigned char addr[16];	/* A (4 bytes) or AAAA */
	char	*data;		/* MX/CNAME/PTR target, TXT text, TLSA data */
	size_t	 datalen;	/* TXT length (may hold any byte) */
	unsigned char tlsa[3];	/* TLSA usage, selector, matching type */
	int	 tlsa_ref;	/* TLSA data of the lab's own keys: 1 the
				   leaf key, 2 the test CA (lab.c) */
	int	 weight, port;	/* SRV (priority in pref); port 0: the
				   lab's SMTP port */
};

/* One lab resolver: its data and how it (mis)behaves. */
struct lab_resolver {
	struct lab_rr	*rr;
	int		 nrr;
	int		 servfail_all;
	char		*servfail_zone[8];
	int		 nservfail;
	int		 refused;
	int		 drop;		/* never answers */
	char		*drop_zone[8];	/* never answers names at/below */
	int		 ndrop;
	int		 delay_ms;
	int		 mangle;	/* LAB_M_* bits: hostile answers */
	int		 ad;		/* set the AD bit (RFC 4035 §3.2.3) */
	int		 ede;		/* 1 + the Extended DNS Error info-code
					 * of error answers (RFC 8914); 0: none */
};

/* Hostile resolver behaviour (`mangle KIND`, hostile-inputs.md D1-D4). */
#define LAB_M_RDLENGTH	0x001	/* last RR's RDLENGTH runs past the end */
#define LAB_M_ANCOUNT	0x002	/* ANCOUNT 65535 over the real answers */
#define LAB_M_CUTHDR	0x004	/* only 7 bytes of the header */
#define LAB_M_PTRLOOP	0x008	/* answer owner: a pointer to itself */
#define LAB_M_PTRCHAIN	0x010	/* answer owner: 200 chained pointers */
#define LAB_M_TC	0x020	/* every UDP answer truncated (TC=1) */
#define LAB_M_TCPSTALL	0x040	/* TCP accepted, read, never answered */
#define LAB_M_ZEROBYTE	0x080	/* a 0-byte datagram before the answer */
#define LAB_M_WRONGID	0x100	/* the answer with a wrong ID first */
#define LAB_M_OTHEROWNER 0x200	/* MX records owned by another name */
#define LAB_M_SOMEOWNER	0x400	/* MX records but the first: the same */
#define LAB_M_LONGOWNER	0x800	/* one more MX, its owner over 255 octets */

/* SMTP events a server script can answer. */
enum lab_ev {
	LAB_EV_BANNER, LAB_EV_EHLO, LAB_EV_HELO, LAB_EV_STARTTLS,
	LAB_EV_MAIL, LAB_EV_RCPT, LAB_EV_RSET, LAB_EV_DATA, LAB_EV_DATAEND,
	LAB_EV_QUIT, LAB_EV_NOOP, LAB_EV_UNKNOWN, LAB_EV_POSTMASTER, LAB_EV_N
};

/* Certificate a server presents after STARTTLS. */
enum lab_tls {
	LAB_TLS_NONE, LAB_TLS_GOOD, LAB_TLS_WRONGNAME, LAB_TLS_UNTRUSTED,
	LAB_TLS_EXPIRED, LAB_TLS_SELFSIGNED, LAB_TLS_NULCN,
	LAB_TLS_PARTIALWILD, LAB_TLS_CHAIN, LAB_TLS_CNONLY, LAB_TLS_ANON,
	LAB_TLS_FULLCHAIN, LAB_TLS_N
};

/* Misbehaviour bits. */
#define LAB_B_SILENT	0x01	/* never greets */
#define LAB_B_HANGUP	0x02	/* closes right after connect */
#define LAB_B_ENDLESS	0x04	/* endless multi-line banner */
#define LAB_B_LONGLINE	0x08	/* overlong banner line */
#define LAB_B_BARELF	0x10	/* replies end in LF only */
#define LAB_B_TLSSILENT	0x20	/* 220 to STARTTLS, then no handshake */
#define LAB_B_TLSGARBAGE 0x40	/* answers the ClientHello with garbage */
#define LAB_B_TLSPLAIN	0x80	/* answers the ClientHello with a 220 line */
#define LAB_B_OUTOFSTEP	0x100	/* PIPELINING offered, but MAIL and RCPT
				   are answered only after QUIT's 221 */
#define LAB_B_EXTRAREPLY 0x200	/* PIPELINING offered, but MAIL is
				   answered twice */
#define LAB_B_AUTHTLS	0x400	/* AUTH before TLS: 530 5.7.0 */

/* Reply lines for one event, each without its line end. */
struct lab_reply {
	char	**line;
	size_t	 *len;
	int	  n;
};

/* One scripted SMTP server on address slot @slot. */
struct lab_server {
	int		 slot;
	char		*name;		/* exchanger name (banner, cert) */
	enum lab_tls	 tls;
	int		 delay_ms;
	int		 latency_ms;	/* every write leaves this much later */
	int		 behave;
	int		 ncaps;		/* -1: defaults */
	char		*caps[16];
	int		 ntlscaps;	/* after TLS; -1: as before TLS */
	char		*tlscaps[16];
	int		 dribble_ms;	/* -1: off; else 1 byte per MS */
	int		 dribble_tls;	/* dribble only the TLS bytes */
	int		 linedelay_ms;	/* -1: off; else 1 line per MS */
	int		 tlscut;	/* >0: TLS bytes sent, then none */
	int		 closeafter;	/* -1, or close after this event */
	int		 blackhole;	/* also hold the blackhole port */
	int		 greylist_ms;	/* >0: RCPT greylisted until this
					   long after the first RCPT */
	int		 tarpit_ms;	/* >0: the Nth refused RCPT's reply
					   waits N times this long */
	int		 pmdelay_ms;	/* >0: a postmaster RCPT's reply
					   waits this long */
	int		 nunknown;	/* `nouser PREFIX`: refused RCPTs */
	char		*unknown[4];
	long long	 sizelimit;	/* >0: enforced at MAIL (SIZE=) and
					   after the message, advertised
					   or not; 0: the SIZE cap's */
	/* Submission (lab-auth.c): one account, the mechanisms offered. */
	char		*auth_user, *auth_secret, *auth_mechs;
	int		 implicit;	/* TLS at connect (RFC 8314) */
	struct lab_reply reply[LAB_EV_N];
};

/* A parsed scenario. */
struct lab_scenario {
	char			*name;
	char			*describe;
	char			*target;
	long long		 size;		/* -1: none */
	int			 timeout_ms;
	char			*checkip;	/* --check-ip, or NULL */
	char			*dnsbl;		/* --dnsbl zone, or NULL */
	int			 nresolvers;
	struct lab_resolver	 res[LAB_MAX_RESOLVERS];
	int			 nservers;
	struct lab_server	 srv[LAB_MAX_SERVERS];
	struct lab_mbox_cfg	*mbox;		/* pop3/imap blocks (lab-pop3.h) */
	int			 nmbox;
};

/* Where a lab instance lives: 127.a.b.N. */
struct lab_base {
	int	 a, b;
};

/* lab-scenario.c */
struct lab_scenario	*mx_lab_scenario_parse(const char *text, const char *name,
			    char **cause);
void			 mx_lab_scenario_free(struct lab_scenario *);
/* Text of a reply event name ("banner"...), for messages. */
const char		*mx_lab_ev_name(enum lab_ev);

/* lab-fuzz.c: the hostile peer of a seed, as scenario text (freed by the
 * caller). */
char			*mx_lab_fuzz_scenario(unsigned long long seed);

/* lab-builtin.c */
/* The text of a built-in scenario, or NULL. */
const char		*mx_lab_builtin_text(const char *name);
const char		*mx_lab_builtin_describe(const char *name);
const char *const	*mx_lab_builtin_names(void);

/* A handle counter shared by the lab's parts: freed at zero. */
struct lab_ref {
	int	 n;
	void	(*done)(void *);
	void	*arg;
};
void	mx_lab_ref_get(struct lab_ref *);
void	mx_lab_ref_put(struct lab_ref *);

/* lab-smtp.c: append every message received (its bytes as on the
 * wire, dot-stuffing and the final dot included) to path. */
struct lab_smtp;
void	mx_lab_smtp_record(struct lab_smtp *, const char *path);

/* lab-dns.c */
struct lab_dns;
struct lab_dns	*mx_lab_dns_start(uv_loop_t *, const struct lab_resolver *,
		    const struct lab_base *, struct lab_ref *, char **cause);
int		 mx_lab_dns_port(const struct lab_dns *);
/* Owner names "_smtp-port.X" answer as "_PORT.X" (TLSA in the lab). */
void		 mx_lab_dns_smtp_port(struct lab_dns *, int port);
void		 mx_lab_dns_close(struct lab_dns *);
void		 mx_lab_dns_free(struct lab_dns *);

/* lab-ca.c */
struct lab_ca;
struct lab_ca	*mx_lab_ca_new(char **cause);
const char	*mx_lab_ca_cert_pem(const struct lab_ca *);
/* A server context presenting a certificate of the given kind for name
 * (and the address ip as an iPAddress subjectAltName; NULL for none). */
SSL_CTX		*mx_lab_ca_server_ctx(struct lab_ca *, const char *name,
		    const char *ip, enum lab_tls, char **cause);
/* TLSA association data (RFC 6698 §2.1) of the lab's leaf key (ref 1,
 * selector 1 only: leaves differ per name) or test CA (ref 2) for a
 * selector and matching type; a new buffer, or NULL. */
unsigned char	*mx_lab_ca_tlsa(const struct lab_ca *, int ref, int selector,
		    int mtype, size_t *len);
/* Write the leaf certificate of a kind for name (PEM) and the leaf key
 * (PEM) to files, for a server outside the lab (tests: nginx). */
int		 mx_lab_ca_write_leaf(struct lab_ca *, const char *name,
		    enum lab_tls, const char *certpath, const char *keypath,
		    char **cause);
/* The certificate kind a scenario names ("good", "chain", ...), or -1. */
int		 mx_lab_tls_kind(const char *name);
void		 mx_lab_ca_free(struct lab_ca *);

/* lab-pop3.c, lab-imap.c: scripted POP3/IMAP servers (issue 5). */
struct lab_mbox;
/* A `pop3 @N`/`imap @N` statement; 1 if not one, -1 with *cause. */
int		 mx_lab_mbox_parse(struct lab_scenario *, char **tok, int ntok,
		    char **cause);
void		 mx_lab_mbox_cfg_free(struct lab_scenario *);
struct lab_mbox	*mx_lab_mbox_start(uv_loop_t *, struct lab_scenario *,
		    const struct lab_base *, struct lab_ca *, struct lab_ref *,
		    char **cause);
int		 mx_lab_mbox_port(const struct lab_mbox *, const char *kind);
void		 mx_lab_mbox_close(struct lab_mbox *);
void		 mx_lab_mbox_free(struct lab_mbox *);

/* lab-smtp.c */
struct lab_smtp;
struct lab_smtp	*mx_lab_smtp_start(uv_loop_t *, const struct lab_scenario *,
		    const struct lab_base *, struct lab_ca *, struct lab_ref *,
		    char **cause);
int		 mx_lab_smtp_srv_port(const struct lab_smtp *);
/* The shared blackhole port (connects time out), 0 if none. */
int		 mx_lab_smtp_blackhole_port(const struct lab_smtp *);
int		 mx_lab_smtp_srv_peak(const struct lab_smtp *);
int		 mx_lab_smtp_srv_total(const struct lab_smtp *);
void		 mx_lab_smtp_close(struct lab_smtp *);
void		 mx_lab_smtp_free(struct lab_smtp *);

#endif
