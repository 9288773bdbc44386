/*
 * ndr-dsn: the fields of a delivery status notification (RFC 3464 §2.2
 * per-message, §2.3 per-recipient; RFC 6533 §3 UTF-8 forms) into
 * recipients.  Lines are unfolded (RFC 5322 §2.2.3); a recipient group
 * starts at Original-Recipient or Final-Recipient (§2.3.1-2).  The same
 * reader serves DSN fields pasted into plain text by older MTAs.
 * Also the JSON notifications Amazon SES mails (bounce, delivery), the
 * same per-recipient fields in another dress (RFC 8259 JSON, through
 * jansson), possibly wrapped in an SNS envelope.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/*
 * Extension fields (RFC 3464 §3: X- fields) in which a mail system gives
 * its own verdict, and what each of its values means.
 */
static const struct {
	const char	*field;
	const char	*value;
	const char	*reason;
} verdicts[] = {
	/* PowerMTA's bounce categories. */
	{ "X-PowerMTA-BounceCategory", "bad-domain", "hostunknown" },
	{ "X-PowerMTA-BounceCategory", "bad-mailbox", "userunknown" },
	{ "X-PowerMTA-BounceCategory", "inactive-mailbox", "suspend" },
	{ "X-PowerMTA-BounceCategory", "message-expired", "expired" },
	{ "X-PowerMTA-BounceCategory", "no-answer-from-host",
	    "networkerror" },
	{ "X-PowerMTA-BounceCategory", "policy-related", "policyviolation" },
	{ "X-PowerMTA-BounceCategory", "quota-issues", "mailboxfull" },
	{ "X-PowerMTA-BounceCategory", "routing-errors", "systemerror" },
	{ "X-PowerMTA-BounceCategory", "spam-related", "spamdetected" },
};

/* Amazon SES's bounce sub-types that name a reason (the others leave it
 * to the diagnostic). */
static const struct {
	const char	*subtype;
	const char	*reason;
} ses_subtypes[] = {
	{ "MailboxFull", "mailboxfull" },
	{ "MessageTooLarge", "mesgtoobig" },
};

/* Past the type of a typed value in [v, e) ("rfc822;", "dns;", "smtp;",
 * "x-unix;": RFC 3464 §2.1.2's address-type, §2.1.3's diagnostic-type),
 * or v when it names none. */
static const char *
past_type(const char *v, const char *e)
{
	const char *semi = memchr(v, ';', (size_t)(e - v));

	return semi != NULL && semi - v < 16 ? semi + 1 : v;
}

/* The field names RFC 3464 defines: §2.2 per-message, §2.3
 * per-recipient. */
static const char *const dsn_names[] = { "original-envelope-id",
	"reporting-mta", "dsn-gateway", "received-from-mta", "arrival-date",
	"original-recipient", "final-recipient", "action", "status",
	"remote-mta", "diagnostic-code", "last-attempt-date", "final-log-id",
	"will-retry-until", NULL };

/* Whether the line [s, e) is a DSN field: a name RFC 3464 §2.2-2.3
 * defines, or with xok an extension field ("X-...", §2.4 and §3), then
 * a colon; MX_NDR_DSN_DIAG when it is the Diagnostic-Code (its value
 * past its diagnostic type, "smtp;", §2.3.6), MX_NDR_DSN_STATUS the
 * Status (§2.3.4); the value starts at *value.  See ndr-int.h. */
int
mx_ndr_dsn_field_line(const char *s, const char *e, int xok,
    const char **value)
{
	const char *c;
	size_t n;
	int i;

	for (c = s; c < e && *c != ':' && *c != ' ' && *c != '\t'; c++)
		;
	if (c == s || c >= e || *c != ':' || c - s > 40)
		return 0;
	n = (size_t)(c - s);
	for (i = 0; dsn_names[i] != NULL; i++)
		if (n == strlen(dsn_names[i]) && strncasecmp(s, dsn_names[i],
		    n) == 0)
			break;
	if (dsn_names[i] == NULL && !(xok && n > 2 && strncasecmp(s, "x-",
	    2) == 0))
		return 0;
	for (c++; c < e && (*c == ' ' || *c == '\t'); c++)
		;
	if (value != NULL)
		*value = c;
	if (dsn_names[i] != NULL && strcmp(dsn_names[i], "status") == 0)
		return MX_NDR_DSN_STATUS;
	if (dsn_names[i] == NULL || strcmp(dsn_names[i], "diagnostic-code")
	    != 0)
		return 1;
	if (value != NULL) {
		for (c = past_type(c, e); c < e && (*c == ' ' || *c == '\t');
		    c++)
			;
		*value = c;
	}
	return MX_NDR_DSN_DIAG;
}

/* Strip "type;" from a typed field value and <> around an address. */
static void
typed_value(char *dst, size_t dstsz, const char *v)
{
	size_t len;

	v = past_type(v, v + strlen(v));
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
	size_t i;

#define IS(s) (nlen == sizeof(s) - 1 && strncasecmp(name, s, nlen) == 0)
	if (IS("Final-Recipient") || IS("Original-Recipient") ||
	    IS("X-Actual-Recipient")) {
		int final = IS("Final-Recipient"), actual = !final &&
		    IS("X-Actual-Recipient"), program;

		/* A recipient that is a program ("|/usr/bin/procmail ...",
		 * Sendmail's X-Actual-Recipient, Exim's Final-Recipient of a
		 * pipe; aliases(5)) failed as a mailer, whatever words
		 * follow: said before the address is cut to its
		 * addr-spec. */
		typed_value(tmp, sizeof tmp, value);
		program = tmp[0] == '|';
		if (actual) {
			if (r != NULL && program)
				r->unix_diag = 1;
			if (r != NULL && r->orig_address[0] == '\0')
				mx_strlcpy(r->orig_address, tmp,
				    sizeof r->orig_address);
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
		if (program)
			r->unix_diag = 1;
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
	for (i = 0; r != NULL && i < sizeof verdicts / sizeof verdicts[0];
	    i++)
		if (nlen == strlen(verdicts[i].field) && strncasecmp(name,
		    verdicts[i].field, nlen) == 0 && strncasecmp(value,
		    verdicts[i].value, strlen(verdicts[i].value)) == 0) {
			mx_strlcpy(r->reason, verdicts[i].reason,
			    sizeof r->reason);
			return;
		}
	if (!IS("Action") && !IS("Status") && !IS("Remote-MTA") &&
	    !IS("Diagnostic-Code") && !IS("Last-Attempt-Date") &&
	    !IS("X-Supplementary-Info"))
		return;
	/* A group may give its recipient fields before Final-Recipient. */
	if (r == NULL || !*open) {
		if ((r = new_rcpt(b)) == NULL)
			return;
		*cur = r;
		*open = 1;
	}
	if (IS("Action"))
		mx_ndr_lower(r->action, sizeof r->action, value, strcspn(value,
		    " \t("));
	else if (IS("Status")) {
		/* Only an RFC 3463 code: ext7, Zoho writes its SMTP reply
		 * code there ("Status: 550"), which then yields to the
		 * diagnostic's status. */
		size_t n = mx_ndr_status_at(value, 0, strlen(value));

		if (n >= sizeof r->status)
			n = sizeof r->status - 1;
		memcpy(r->status, value, n);
		r->status[n] = '\0';
	} else if (IS("Remote-MTA"))
		typed_value(r->remote_mta, sizeof r->remote_mta, value);
	else if (IS("Diagnostic-Code")) {
		const char *text = past_type(value, value + strlen(value));

		if (text != value && strncasecmp(value, "x-unix", 6) == 0)
			r->unix_diag = 1;
		value = text;
		mx_ndr_squeeze(tmp, sizeof tmp, value, strlen(value));
		mx_strlcpy(r->diagnostic, tmp, sizeof r->diagnostic);
	} else if (IS("X-Supplementary-Info")) {
		/* ext5: Microsoft's SMTP service (Hotmail, IIS) gives the
		 * remote reply there, not in a Diagnostic-Code: "< #5.5.0
		 * smtp;550 Requested action not taken: ...>".  A
		 * Diagnostic-Code, before or after, wins. */
		if (r->diagnostic[0] != '\0')
			return;
		value += strspn(value, "< \t");
		if (*value == '#')
			value += strcspn(value, " \t");
		value += strspn(value, " \t");
		if (strncasecmp(value, "smtp;", 5) == 0)
			value += 5;
		mx_ndr_squeeze(tmp, sizeof tmp, value, strcspn(value, ">"));
		mx_strlcpy(r->diagnostic, tmp, sizeof r->diagnostic);
	} else if (IS("Last-Attempt-Date"))
		mx_strlcpy(r->date, value, sizeof r->date);
#undef IS
}

/* Read DSN fields from text (len bytes) into b->rcpt; returns the number
 * of recipients found. */
int
mx_ndr_dsn_parse(const char *text, size_t len, struct mx_ndr_bounce *b)
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
		mx_ndr_buf_add(&line, p, ll);
		p += ll + (nl != NULL);
		if (ll == 0) {
			open = 0;
			continue;
		}
		/* RFC 5322 §2.2.3 unfolding. */
		while (p < end && (*p == ' ' || *p == '\t')) {
			nl = memchr(p, '\n', end - p);
			ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
			mx_ndr_buf_add(&line, " ", 1);
			mx_ndr_buf_add(&line, p, ll);
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
	mx_ndr_buf_free(&line);
	if (b->reporting_mta[0] == '\0')
		mx_strlcpy(b->reporting_mta, rmta, sizeof b->reporting_mta);
	for (i = before; i < b->nrcpt; i++) {
		mx_ndr_clean_addr(b->rcpt[i].address);
		mx_ndr_clean_addr(b->rcpt[i].orig_address);
		/* The rfc822 address, not an X.400 (or other) one, when
		 * both are given (RFC 3464 §2.3.1-2.3.2: the type may be
		 * x400; an X.400 O/R address has no "@"; Exchange writes
		 * an X.500 one as rfc822 "IMCEAEX-...@host", a gateway an
		 * X.400 one as "/C=../S=../@gw", RFC 2156 §4.2). */
		if (b->rcpt[i].address[0] == '\0' ||
		    ((strchr(b->rcpt[i].address, '@') == NULL ||
		    mx_ndr_foreign_addr(b->rcpt[i].address)) &&
		    strchr(b->rcpt[i].orig_address, '@') != NULL &&
		    !mx_ndr_foreign_addr(b->rcpt[i].orig_address)))
			mx_strlcpy(b->rcpt[i].address, b->rcpt[i].orig_address,
			    sizeof b->rcpt[i].address);
	}
	return b->nrcpt - before;
}

/* The string member key of o, or "" (never NULL). */
static const char *
jstr(json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));

	return v != NULL ? v : "";
}

/*
 * Undo the folding of over-long lines some mailers apply to a JSON body
 * (a line cut with "!" at its end and the rest indented by one space),
 * up to the "--" signature line; returns a malloc'd string.
 */
static char *
json_unfold(const char *text, size_t len)
{
	struct ndr_buf out = { NULL, 0, 0 };
	const char *p = text, *end = text + len, *nl;
	size_t ll;
	int folded = 0;

	while (p < end) {
		nl = memchr(p, '\n', end - p);
		ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (ll == 2 && strncmp(p, "--", 2) == 0)
			break;
		if (folded && ll > 0 && *p == ' ') {
			p++;
			ll--;
		}
		folded = ll > 0 && p[ll - 1] == '!';
		mx_ndr_buf_add(&out, p, ll - (size_t)folded);
		p += ll + (nl != NULL);
	}
	if (out.p == NULL)
		mx_ndr_buf_add(&out, "", 0);
	return out.p;
}

/* Add the recipients of one SES "bounce" or "delivery" object. */
static void
ses_recipients(json_t *note, struct mx_ndr_bounce *b)
{
	const char *type = jstr(note, "notificationType"), *code;
	json_t *o, *list, *e;
	struct mx_ndr_rcpt *r;
	size_t i, k;

	if (strcmp(type, "Bounce") == 0) {
		o = json_object_get(note, "bounce");
		list = json_object_get(o, "bouncedRecipients");
		json_array_foreach(list, i, e) {
			if (strchr(jstr(e, "emailAddress"), '@') == NULL ||
			    (r = new_rcpt(b)) == NULL)
				continue;
			typed_value(r->address, sizeof r->address,
			    jstr(e, "emailAddress"));
			mx_ndr_lower(r->action, sizeof r->action, jstr(e, "action"),
			    strlen(jstr(e, "action")));
			mx_strlcpy(r->status, jstr(e, "status"),
			    sizeof r->status);
			code = jstr(e, "diagnosticCode");
			code = past_type(code, code + strlen(code));
			mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, code,
			    strlen(code));
			typed_value(r->remote_mta, sizeof r->remote_mta,
			    jstr(o, "reportingMTA"));
			for (k = 0; k < sizeof ses_subtypes /
			    sizeof ses_subtypes[0]; k++)
				if (strcmp(jstr(o, "bounceSubType"),
				    ses_subtypes[k].subtype) == 0)
					mx_strlcpy(r->reason,
					    ses_subtypes[k].reason,
					    sizeof r->reason);
		}
	} else if (strcmp(type, "Delivery") == 0) {
		o = json_object_get(note, "delivery");
		list = json_object_get(o, "recipients");
		json_array_foreach(list, i, e) {
			code = json_string_value(e);
			if (code == NULL || strchr(code, '@') == NULL ||
			    (r = new_rcpt(b)) == NULL)
				continue;
			typed_value(r->address, sizeof r->address, code);
			mx_strlcpy(r->action, "delivered", sizeof r->action);
			mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic,
			    jstr(o, "smtpResponse"),
			    strlen(jstr(o, "smtpResponse")));
			typed_value(r->remote_mta, sizeof r->remote_mta,
			    jstr(o, "reportingMTA"));
		}
	}
}

/* Recipients of an Amazon SES JSON notification in text; returns how
 * many (0 when text is no such notification). */
int
mx_ndr_json_parse(const char *text, size_t len, struct mx_ndr_bounce *b)
{
	json_t *root, *inner = NULL, *note;
	char *flat;
	int before = b->nrcpt;
	size_t skip = 0;

	while (skip < len && isspace((unsigned char)text[skip]))
		skip++;
	if (skip >= len || text[skip] != '{' ||
	    memmem(text, len, "notificationType", 16) == NULL)
		return 0;
	flat = json_unfold(text + skip, len - skip);
	root = json_loads(flat, JSON_DISABLE_EOF_CHECK, NULL);
	free(flat);
	if (root == NULL)
		return 0;
	note = root;
	/* An SNS envelope holds the notification as a string. */
	if (json_string_value(json_object_get(root, "Message")) != NULL &&
	    (inner = json_loads(jstr(root, "Message"), 0, NULL)) != NULL)
		note = inner;
	if (json_is_object(note))
		ses_recipients(note, b);
	if (inner != NULL)
		json_decref(inner);
	json_decref(root);
	return b->nrcpt - before;
}
