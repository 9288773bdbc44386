/*
 * ndr-bounce: turn the bounce reader's first failed recipient into the
 * engine's struct mx_bounce: the evidence a live check is judged against.
 * The reader's strings are raw UTF-8 from the message: sanitized here.
 */
#include <string.h>

#include "ndr.h"

/* Copy untrusted text, sanitized. */
static void
copy_safe(char *dst, size_t sz, const char *src)
{
	mx_sanitize(dst, sz, src, strlen(src));
}

/* Fill b from first; source names where the bounce came from. */
void
mx_ndr_to_bounce(const struct mx_ndr_first *first, const char *source,
    struct mx_bounce *b)
{
	int i;

	memset(b, 0, sizeof *b);
	b->present = 1;
	copy_safe(b->source, sizeof b->source, source);
	copy_safe(b->mta, sizeof b->mta, first->mta);
	copy_safe(b->address, sizeof b->address, first->address);
	copy_safe(b->reason, sizeof b->reason, first->reason);
	copy_safe(b->status, sizeof b->status, first->status);
	copy_safe(b->diagnostic, sizeof b->diagnostic, first->diagnostic);
	copy_safe(b->remote_mta, sizeof b->remote_mta, first->remote_mta);
	copy_safe(b->command, sizeof b->command, first->command);
	b->replycode = first->replycode;
	b->hardbounce = first->hardbounce;
	b->msg_size = first->msg_size;
	copy_safe(b->dkim_selector, sizeof b->dkim_selector,
	    first->dkim_selector);
	copy_safe(b->dkim_domain, sizeof b->dkim_domain, first->dkim_domain);
	b->forwarded = first->forwarded;
	copy_safe(b->forwarded_by, sizeof b->forwarded_by,
	    first->forwarded_by);
	b->quoted = first->quoted;
	copy_safe(b->quoted_by, sizeof b->quoted_by, first->quoted_by);
	b->given = first->given;
	copy_safe(b->named, sizeof b->named, first->named);
	b->dkim_sig = first->dkim_sig;	/* its text fields are sanitized */
	for (i = 0; i < first->nips && i < MX_BOUNCE_MAX_IPS; i++)
		copy_safe(b->ips[b->nips++].ip, sizeof b->ips[0].ip,
		    first->ips[i]);
}
