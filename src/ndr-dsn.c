/*
 * ndr-dsn: the fields of a delivery status notification (RFC 3464 §2.2
 * per-message, §2.3 per-recipient; RFC 6533 §3 UTF-8 forms) into
 * recipients.  Lines are unfolded (RFC 5322 §2.2.3); a recipient group
 * starts at Original-Recipient or Final-Recipient (§2.3.1-2).  The same
 * reader serves DSN fields pasted into plain text by older MTAs.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Strip "type;" from a typed field value and <> around an address. */
static void
typed_value(char *dst, size_t dstsz, const char *v)
{
	const char *semi = strchr(v, ';');
	size_t len;

	if (semi != NULL && semi - v < 16)
		v = semi + 1;
	while (*v == ' ' || *v == '\t' || *v == '<')
		v++;
	len = strlen(v);
	while (len > 0 && (v[len - 1] == ' ' || v[len - 1] == '>' ||
	    v[len - 1] == '\t'))
		len--;
	if (len >= dstsz)
		len = dstsz - 1;
	memcpy(dst, v, len);
	dst[len] = '\0';
}

/* Add an empty recipient to b (NULL once the cap is reached). */
static struct mx_ndr_rcpt *
new_rcpt(struct mx_ndr_bounce *b)
{
	if (b->nrcpt >= MX_NDR_MAX_RCPTS) {
		b->notes |= MX_NDR_NOTE_RCPTS;
		return NULL;
	}
	b->rcpt = mx_xrealloc(b->rcpt, (b->nrcpt + 1) * sizeof *b->rcpt);
	memset(&b->rcpt[b->nrcpt], 0, sizeof *b->rcpt);
	return &b->rcpt[b->nrcpt++];
}

/* Apply one unfolded "Name: value" field to the current state. */
static void
field(const char *name, size_t nlen, const char *value,
    struct mx_ndr_bounce *b, struct mx_ndr_rcpt **cur, int *open,
    char *rmta, size_t rmtasz)
{
	struct mx_ndr_rcpt *r = *cur;
	char tmp[MX_NDR_DIAG_MAX];

#define IS(s) (nlen == sizeof(s) - 1 && strncasecmp(name, s, nlen) == 0)
	if (IS("Final-Recipient") || IS("Original-Recipient") ||
	    IS("X-Actual-Recipient")) {
		int final = IS("Final-Recipient"), actual = !final &&
		    IS("X-Actual-Recipient");

		if (actual) {
			if (r != NULL && r->orig_address[0] == '\0')
				typed_value(r->orig_address,
				    sizeof r->orig_address, value);
			return;
		}
		if (r == NULL || !*open || (final && r->address[0] != '\0') ||
		    (!final && r->orig_address[0] != '\0')) {
			if ((r = new_rcpt(b)) == NULL) {
				*cur = NULL;
				return;
			}
			*cur = r;
			*open = 1;
		}
		if (final)
			typed_value(r->address, sizeof r->address, value);
		else
			typed_value(r->orig_address, sizeof r->orig_address,
			    value);
		return;
	}
	if (IS("Reporting-MTA") && rmta[0] == '\0') {
		typed_value(rmta, rmtasz, value);
		return;
	}
	if (!IS("Action") && !IS("Status") && !IS("Remote-MTA") &&
	    !IS("Diagnostic-Code") && !IS("Last-Attempt-Date"))
		return;
	/* A group may give its recipient fields before Final-Recipient. */
	if (r == NULL || !*open) {
		if ((r = new_rcpt(b)) == NULL)
			return;
		*cur = r;
		*open = 1;
	}
	if (IS("Action"))
		ndr_lower(r->action, sizeof r->action, value, strcspn(value,
		    " \t("));
	else if (IS("Status")) {
		size_t n = strspn(value, "0123456789.");

		if (n >= sizeof r->status)
			n = sizeof r->status - 1;
		memcpy(r->status, value, n);
		r->status[n] = '\0';
	} else if (IS("Remote-MTA"))
		typed_value(r->remote_mta, sizeof r->remote_mta, value);
	else if (IS("Diagnostic-Code")) {
		const char *semi = strchr(value, ';');

		if (semi != NULL && semi - value < 16) {
			r->unix_diag = strncasecmp(value, "x-unix", 6) == 0;
			value = semi + 1;
		}
		ndr_squeeze(tmp, sizeof tmp, value, strlen(value));
		mx_strlcpy(r->diagnostic, tmp, sizeof r->diagnostic);
	} else if (IS("Last-Attempt-Date"))
		mx_strlcpy(r->date, value, sizeof r->date);
#undef IS
}

/* Read DSN fields from text (len bytes) into b->rcpt; returns the number
 * of recipients found. */
int
ndr_dsn_parse(const char *text, size_t len, struct mx_ndr_bounce *b)
{
	struct ndr_buf line = { NULL, 0, 0 };
	struct mx_ndr_rcpt *cur = NULL;
	const char *p = text, *end = text + len, *nl, *colon;
	char rmta[256] = "";
	int open = 0, before = b->nrcpt, i;
	size_t ll, nlen;

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
		line.len = 0;
		ndr_buf_add(&line, p, ll);
		p += ll + (nl != NULL);
		if (ll == 0) {
			open = 0;
			continue;
		}
		/* RFC 5322 §2.2.3 unfolding. */
		while (p < end && (*p == ' ' || *p == '\t')) {
			nl = memchr(p, '\n', end - p);
			ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
			ndr_buf_add(&line, " ", 1);
			ndr_buf_add(&line, p, ll);
			p += ll + (nl != NULL);
		}
		if ((colon = memchr(line.p, ':', line.len)) == NULL)
			continue;
		nlen = colon - line.p;
		if (nlen == 0 || nlen > 40 || memchr(line.p, ' ', nlen))
			continue;
		colon++;
		while (*colon == ' ' || *colon == '\t')
			colon++;
		field(line.p, nlen, colon, b, &cur, &open, rmta, sizeof rmta);
	}
	ndr_buf_free(&line);
	for (i = before; i < b->nrcpt; i++)
		if (b->rcpt[i].address[0] == '\0')
			mx_strlcpy(b->rcpt[i].address, b->rcpt[i].orig_address,
			    sizeof b->rcpt[i].address);
	return b->nrcpt - before;
}
