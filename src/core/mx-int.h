/*
 * mx-int.h: declarations shared by the engine's own files (mx__ names).
 * Front ends include mxscope.h only.
 */
#ifndef MX_INT_H
#define MX_INT_H

#include "mxscope.h"

/* Where events go: the engine's sink registry (event.c). */
struct mx__sinks {
	struct {
		mx_sink_cb	 cb;
		void		*arg;
		int		 removed;
	}		 list[16];
	int		 n;
	int		 dispatching;
};

/* Dispatch an event to every live sink; removal mid-dispatch is deferred. */
void	mx__sinks_emit(struct mx__sinks *, const struct mx_event *);
/* Register a sink; -1 when full. */
int	mx__sinks_add(struct mx__sinks *, mx_sink_cb, void *);
/* Mark a sink removed (dropped once dispatch ends). */
void	mx__sinks_remove(struct mx__sinks *, mx_sink_cb, void *);

/* An emit function: how a component hands events to the engine. */
typedef void	(*mx__emit_fn)(void *arg, struct mx_event *);

/* target.c: split and normalise a target (IDN to A-labels, RFC 5890). */
int	mx__target_parse(const char *, char *local, size_t, char *domain,
	    size_t, char **cause);

/* target.c: 1 when a parsed domain is an address literal ([192.0.2.1],
 * [IPv6:2001:db8::1], RFC 5321 §4.1.3), its address in addr; 0 not; -1
 * a bracket with no usable address in it. */
int	mx__target_literal(const char *domain, char *addr, size_t);

/* endpoint.c: parse SERVER[:PORT] / [v6]:port into a numeric address. */
int	mx__endpoint_parse(const char *, int defport, char *addr, size_t,
	    int *port, char **cause);
/* endpoint.c: parse --server HOST[:PORT]: 1 numeric, 0 a name, -1. */
int	mx__server_parse(const char *, int defport, char *host, size_t,
	    int *port, char **cause);

/* opts.c: the engine's own deep copy of the options, and its release. */
void	mx__opts_dup(struct mx_opts *dst, const struct mx_opts *src);
void	mx__opts_free(struct mx_opts *);

/* helo.c: the default EHLO name: this host's fully-qualified name (from
 * gethostname and /etc/hosts, never DNS), or NULL for an address literal. */
char	*mx__default_helo(void);
/* The dotted name an /etc/hosts text gives a short host name; 0 or -1. */
int	 mx__helo_from_hosts(const char *shortname, const char *text,
	    char *out, size_t);

/* dns-ede.c: the first Extended DNS Error info-code of a response (RFC
 * 8914), or -1; whether a code is a DNSSEC failure, says no
 * authoritative server could be used, or that the resolver blocked the
 * name by policy; its RFC 8914 §4 name. */
int	 mx__dns_ede(const unsigned char *, int len);
int	 mx_dns_ede_dnssec(int code);
int	 mx_dns_ede_unreachable(int code);
int	 mx_dns_ede_blocked(int code);
const char *mx_dns_ede_name(int code);

/* addrkind.c: the special-purpose block of an address (RFC 6890). */
enum mx_addr_kind { MX_AK_GLOBAL, MX_AK_LOOPBACK, MX_AK_PRIVATE, MX_AK_DOC,
	MX_AK_RESERVED };
enum mx_addr_kind mx_addr_kind(const char *ip);
/* Whether exchanger address ip is probed on SMTP port port. */
#define MX_PROBE_INTERNAL 1	/* mx_addr_probed: --internal */
#define MX_PROBE_NAMED	2	/* ... and the user named the server */
int	 mx_addr_probed(const char *ip, int port, int internal);

/* Milliseconds since an origin in uv_hrtime units. */
uint32_t mx__ms_since(uint64_t origin_ns);

#endif
