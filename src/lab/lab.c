/*
 * lab: the loopback test lab behind lab.h.  Parses a scenario, picks a
 * random 127.A.B.0/24 for this instance (so labs run side by side), makes
 * the test CA, and starts one DNS server per scenario resolver and the
 * scenario's SMTP servers, all on the caller's libuv loop.  Every handle
 * holds a reference; the lab frees itself when the last one has closed.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/rand.h>

#include "lab-int.h"
#include "i18n.h"

#define LAB_DEFAULT_TIMEOUT_MS	3000

struct mx_lab {
	uv_loop_t		*loop;
	struct lab_scenario	*sc;
	struct lab_base		 base;
	struct lab_ref		 ref;
	struct lab_ca		*ca;
	int			 ndns;
	struct lab_dns		*dns[LAB_MAX_RESOLVERS];
	char			*dnsname[LAB_MAX_RESOLVERS];
	struct lab_smtp		*smtp;
	struct lab_mbox		*mbox;		/* lab-pop3.c */
	int			 closing;
};

/* Free the lab once nothing refers to it. */
static void
lab_free(void *arg)
{
	struct mx_lab *lab = arg;
	int i;

	for (i = 0; i < lab->ndns; i++) {
		mx_lab_dns_free(lab->dns[i]);
		free(lab->dnsname[i]);
	}
	mx_lab_smtp_free(lab->smtp);
	mx_lab_mbox_free(lab->mbox);
	mx_lab_ca_free(lab->ca);
	mx_lab_scenario_free(lab->sc);
	free(lab);
}

/* Names of the built-in scenarios, NULL-terminated. */
const char *const *
mx_lab_scenarios(void)
{
	return mx_lab_builtin_names();
}

/* One-line description of a built-in scenario, or NULL. */
const char *
mx_lab_describe(const char *name)
{
	return mx_lab_builtin_describe(name);
}

/* The scenario text of a built-in name or of fuzz:SEED; NULL if neither. */
char *
mx_lab_text(const char *name)
{
	const char *t;
	long long seed;

	if (strncmp(name, "fuzz:", 5) == 0)
		return mx_parse_num(name + 5, 0, (1LL << 62), &seed) == 0 ?
		    mx_lab_fuzz_scenario((unsigned long long)seed) : NULL;
	return (t = mx_lab_builtin_text(name)) != NULL ? mx_xstrdup(t) : NULL;
}

/* Pick this instance's 127.A.B.0/24, A and B in 2..250. */
static void
pick_base(struct lab_base *base)
{
	unsigned char r[2];

	if (RAND_bytes(r, sizeof r) != 1) {
		r[0] = (unsigned char)rand();
		r[1] = (unsigned char)rand();
	}
	base->a = 2 + r[0] % 249;
	base->b = 2 + r[1] % 249;
}

/* TLSA records that name the lab's own keys (`leaf`, `ca`): their data,
 * now that the keys exist.  -1 on a combination that has none. */
static int
lab_tlsa_fill(struct mx_lab *lab)
{
	int i, j;

	for (i = 0; i < lab->sc->nresolvers; i++)
		for (j = 0; j < lab->sc->res[i].nrr; j++) {
			struct lab_rr *rr = &lab->sc->res[i].rr[j];
			unsigned char *d;
			size_t n;
			if (rr->type != LAB_T_TLSA || rr->tlsa_ref == 0)
				continue;
			if ((d = mx_lab_ca_tlsa(lab->ca, rr->tlsa_ref,
			    rr->tlsa[1], rr->tlsa[2], &n)) == NULL)
				return -1;
			free(rr->data);
			rr->data = mx_xmalloc(n + 1);
			memcpy(rr->data, d, n);
			rr->datalen = n;
			if (rr->tlsa[2] == 0)
				OPENSSL_free(d);
			else
				free(d);
		}
	return 0;
}

/* Append every message the SMTP servers receive to path (tests). */
void
mx_lab_record(struct mx_lab *lab, const char *path)
{
	mx_lab_smtp_record(lab->smtp, path);
}

/* Write the leaf key, each NAME's certificate and two bad ones to DIR. */
int
mx_lab_write_leaves(struct mx_lab *lab, const char *spec, char **cause)
{
	const char *colon = strrchr(spec, ':'), *dir;
	char *names, *name, *save = NULL, *cert, *key;
	int r = 0;

	if (colon == NULL || colon == spec || colon[1] == '\0') {
		*cause = mx_xstrdup("--leaf-out needs NAME[,NAME...]:DIR");
		return -1;
	}
	dir = colon + 1;
	names = mx_xstrdup(spec);
	names[colon - spec] = '\0';
	key = mx_xasprintf("%s/key.pem", dir);
	for (name = strtok_r(names, ",", &save); r == 0 && name != NULL;
	    name = strtok_r(NULL, ",", &save)) {
		cert = mx_xasprintf("%s/%s.pem", dir, name);
		r = mx_lab_ca_write_leaf(lab->ca, name, LAB_TLS_GOOD, cert, key,
		    cause);
		free(cert);
	}
	if (r == 0) {
		cert = mx_xasprintf("%s/expired.pem", dir);
		r = mx_lab_ca_write_leaf(lab->ca, "expired.invalid",
		    LAB_TLS_EXPIRED, cert, key, cause);
		free(cert);
	}
	free(key);
	free(names);
	return r;
}

/* Start a lab from a built-in name or scenario text. */
struct mx_lab *
mx_lab_start(uv_loop_t *loop, const char *scenario, char **cause)
{
	struct mx_lab *lab;
	struct lab_scenario *sc;
	char *named = NULL;
	int i;

	*cause = NULL;
	if (strchr(scenario, '\n') == NULL &&
	    (named = mx_lab_text(scenario)) == NULL) {
		*cause = mx_xasprintf(E_("unknown lab scenario '%s'"), scenario);
		return NULL;
	}
	sc = mx_lab_scenario_parse(named != NULL ? named : scenario,
	    named != NULL ? scenario : NULL, cause);
	free(named);
	if (sc == NULL)
		return NULL;
	lab = mx_xcalloc(1, sizeof *lab);
	lab->loop = loop;
	lab->sc = sc;
	lab->ref.n = 1;		/* held until mx_lab_close */
	lab->ref.done = lab_free;
	lab->ref.arg = lab;
	pick_base(&lab->base);
	if ((lab->ca = mx_lab_ca_new(cause)) == NULL)
		goto fail;
	if (lab_tlsa_fill(lab) != 0) {
		*cause = mx_xstrdup("TLSA `leaf` needs selector 1; `ca` "
		    "selector 0 or 1; matching type 0, 1 or 2");
		goto fail;
	}
	for (i = 0; i < sc->nresolvers; i++) {
		lab->dns[i] = mx_lab_dns_start(loop, &sc->res[i], &lab->base,
		    &lab->ref, cause);
		lab->ndns = i + 1;
		if (*cause != NULL)
			goto fail;
		lab->dnsname[i] = mx_xasprintf("127.0.0.1:%d",
		    mx_lab_dns_port(lab->dns[i]));
	}
	lab->smtp = mx_lab_smtp_start(loop, sc, &lab->base, lab->ca, &lab->ref,
	    cause);
	if (*cause != NULL)
		goto fail;
	for (i = 0; i < lab->ndns; i++)
		mx_lab_dns_smtp_port(lab->dns[i], mx_lab_smtp_srv_port(lab->smtp));
	lab->mbox = mx_lab_mbox_start(loop, sc, &lab->base, lab->ca, &lab->ref,
	    cause);
	if (*cause != NULL)
		goto fail;
	return lab;
fail:
	mx_lab_close(lab);	/* frees itself once the loop has run */
	return NULL;
}

/* How many resolvers the lab serves. */
int
mx_lab_ndns(const struct mx_lab *lab)
{
	return lab->ndns;
}

/* Resolver i as "127.0.0.1:PORT". */
const char *
mx_lab_dns(const struct mx_lab *lab, int i)
{
	return i >= 0 && i < lab->ndns ? lab->dnsname[i] : NULL;
}

/* The shared SMTP port. */
int
mx_lab_smtp_port(const struct mx_lab *lab)
{
	return mx_lab_smtp_srv_port(lab->smtp);
}

/* The blackhole port, 0 if none. */
int
mx_lab_blackhole_port(const struct mx_lab *lab)
{
	return mx_lab_smtp_blackhole_port(lab->smtp);
}

/* The most SMTP sessions open at once so far. */
int
mx_lab_smtp_peak(const struct mx_lab *lab)
{
	return mx_lab_smtp_srv_peak(lab->smtp);
}

/* The SMTP sessions accepted so far. */
int
mx_lab_smtp_sessions(const struct mx_lab *lab)
{
	return mx_lab_smtp_srv_total(lab->smtp);
}

/* The shared port of the POP3/IMAP servers of a kind (pop3, pop3s,
 * imap, imaps), 0 if none. */
int
mx_lab_mailbox_port(const struct mx_lab *lab, const char *kind)
{
	return mx_lab_mbox_port(lab->mbox, kind);
}

/* The scenario's target. */
const char *
mx_lab_target(const struct mx_lab *lab)
{
	return lab->sc->target;
}

/* The test CA (PEM). */
const char *
mx_lab_ca_pem(const struct mx_lab *lab)
{
	return mx_lab_ca_cert_pem(lab->ca);
}

/* Point opts at the lab (strings stay owned by the lab). */
void
mx_lab_apply_opts(const struct mx_lab *lab, struct mx_opts *opts)
{
	int i;

	for (i = 0; i < lab->ndns && i < MX_MAX_RESOLVERS; i++)
		opts->dns[i] = lab->dnsname[i];
	opts->ndns = i;
	opts->port = mx_lab_smtp_port(lab);
	if (mx_lab_blackhole_port(lab) != 0) {
		/* The demo of a blocked port 25: the blackhole is "25",
		 * the servers' own port the one that answers. */
		opts->port = mx_lab_blackhole_port(lab);
		opts->alt_ports[0] = mx_lab_smtp_port(lab);
		opts->nalt_ports = 1;
	}
	opts->target = lab->sc->target;
	opts->tls_ca_pem = mx_lab_ca_pem(lab);
	if (lab->sc->size >= 0)
		opts->size = lab->sc->size;
	opts->timeout_ms = lab->sc->timeout_ms > 0 ? lab->sc->timeout_ms :
	    LAB_DEFAULT_TIMEOUT_MS;
	if (lab->sc->checkip != NULL) {
		opts->check_ip[0] = lab->sc->checkip;
		opts->ncheck_ip = 1;
		opts->dnsbl[0] = lab->sc->dnsbl;
		opts->ndnsbl = 1;
	} else
		opts->ncheck_ip = opts->ndnsbl = 0;
}

/* Close every handle; the lab frees itself when they have closed. */
void
mx_lab_close(struct mx_lab *lab)
{
	int i;

	if (lab == NULL || lab->closing)
		return;
	lab->closing = 1;
	for (i = 0; i < lab->ndns; i++)
		mx_lab_dns_close(lab->dns[i]);
	if (lab->smtp != NULL)
		mx_lab_smtp_close(lab->smtp);
	mx_lab_mbox_close(lab->mbox);
	mx_lab_ref_put(&lab->ref);
}
