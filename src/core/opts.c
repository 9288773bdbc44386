/*
 * opts: struct mx_opts, the options of a check: its defaults, and the one
 * deep copy the engine keeps of them (mx__opts_dup / mx__opts_free), so no
 * string of a run points into the caller's memory.
 */
#include <stdlib.h>
#include <string.h>

#include "mx-int.h"

/* Fill opts with the defaults. */
void
mx_opts_init(struct mx_opts *o)
{
	memset(o, 0, sizeof *o);
	o->port = 25;
	o->from = "";
	o->size = -1;
	o->timeout_ms = MX_DEFAULT_TIMEOUT_MS;
	o->deadline_ms = MX_DEFAULT_DEADLINE_MS;
	o->alt_ports[0] = 587;		/* submission, RFC 6409 */
	o->alt_ports[1] = 443;
	o->nalt_ports = 2;
	o->retry_ms = MX_DEFAULT_RETRY_MS;
	o->concurrency = MX_DEFAULT_CONCURRENCY;
}

/* Copy a string that may be NULL. */
static const char *
dup_or_null(const char *s)
{
	return s != NULL ? mx_xstrdup(s) : NULL;
}

/* Free a string the copy owns. */
static void
free_str(const char *s)
{
	free((void *)(uintptr_t)s);
}

/* Fill dst with a deep copy of src (every string and the bounce); the
 * defaults stand in for unset numbers.  Free it with mx__opts_free. */
void
mx__opts_dup(struct mx_opts *dst, const struct mx_opts *src)
{
	int i;

	*dst = *src;
	dst->target = dup_or_null(src->target);
	dst->from = mx_xstrdup(src->from != NULL ? src->from : "");
	dst->helo = dup_or_null(src->helo);
	dst->source = dup_or_null(src->source);
	dst->sender_domain = dup_or_null(src->sender_domain);
	dst->tls_ca_file = dup_or_null(src->tls_ca_file);
	dst->tls_ca_pem = dup_or_null(src->tls_ca_pem);
	dst->pop3 = dup_or_null(src->pop3);
	dst->imap = dup_or_null(src->imap);
	dst->submission = dup_or_null(src->submission);
	dst->server = dup_or_null(src->server);
	dst->mbox_user = dup_or_null(src->mbox_user);
	dst->dsn_notify = dup_or_null(src->dsn_notify);
	dst->dsn_ret = dup_or_null(src->dsn_ret);
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		dst->dns[i] = i < src->ndns ? dup_or_null(src->dns[i]) : NULL;
	for (i = 0; i < MX_MAX_DNSBL_ZONES; i++)
		dst->dnsbl[i] = i < src->ndnsbl ? dup_or_null(src->dnsbl[i]) :
		    NULL;
	for (i = 0; i < MX_MAX_CHECK_IPS; i++)
		dst->check_ip[i] = i < src->ncheck_ip ?
		    dup_or_null(src->check_ip[i]) : NULL;
	if (src->bounce != NULL) {
		struct mx_bounce *b = mx_xmalloc(sizeof *b);
		*b = *src->bounce;
		dst->bounce = b;
	}
	if (dst->port <= 0)
		dst->port = 25;
	if (dst->timeout_ms <= 0)
		dst->timeout_ms = MX_DEFAULT_TIMEOUT_MS;
	if (dst->deadline_ms < 0)
		dst->deadline_ms = MX_DEFAULT_DEADLINE_MS;
	if (dst->concurrency <= 0)
		dst->concurrency = MX_DEFAULT_CONCURRENCY;
}

/* Free what mx__opts_dup copied, and clear o. */
void
mx__opts_free(struct mx_opts *o)
{
	int i;

	free_str(o->target);
	free_str(o->from);
	free_str(o->helo);
	free_str(o->source);
	free_str(o->sender_domain);
	free_str(o->tls_ca_file);
	free_str(o->tls_ca_pem);
	free_str(o->pop3);
	free_str(o->imap);
	free_str(o->submission);
	free_str(o->server);
	free_str(o->mbox_user);
	free_str(o->dsn_notify);
	free_str(o->dsn_ret);
	for (i = 0; i < MX_MAX_RESOLVERS; i++)
		free_str(o->dns[i]);
	for (i = 0; i < MX_MAX_DNSBL_ZONES; i++)
		free_str(o->dnsbl[i]);
	for (i = 0; i < MX_MAX_CHECK_IPS; i++)
		free_str(o->check_ip[i]);
	free((void *)(uintptr_t)o->bounce);
	memset(o, 0, sizeof *o);
}
