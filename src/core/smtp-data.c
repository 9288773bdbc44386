/*
 * smtp-data: envelope parameters and the wire form of a message (see
 * smtp-data.h).  Pure: the SMTP state machine (smtp.c) sends what these
 * build.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "smtp-data.h"
#include "util.h"

/* Append " KEY" or " KEY=VALUE" to buf. */
static void
param(char *buf, size_t sz, const char *key, const char *value)
{
	size_t o = strlen(buf);

	if (o < sz)
		snprintf(buf + o, sz - o, " %s%s%s", key, value != NULL ? "=" :
		    "", value != NULL ? value : "");
}

/* MAIL FROM's parameters, each only when the server offers it. */
void
mx_smtp_mail_params(const struct mx_caps *c, const struct mx_smtp_env *e,
    char *buf, size_t sz)
{
	char n[32];

	buf[0] = '\0';
	snprintf(n, sizeof n, "%lld", e->size);
	if (e->size >= 0 && c->has_size)		/* RFC 1870 §6 */
		param(buf, sz, "SIZE", n);
	if (e->eightbit && c->eightbit)			/* RFC 6152 §2 */
		param(buf, sz, "BODY", "8BITMIME");
	if (e->utf8 && c->smtputf8)			/* RFC 6531 §3.4 */
		param(buf, sz, "SMTPUTF8", NULL);
	if (e->dsn_ret != NULL && c->dsn)		/* RFC 3461 §4.3 */
		param(buf, sz, "RET", e->dsn_ret);
}

/* RCPT TO's parameters. */
void
mx_smtp_rcpt_params(const struct mx_caps *c, const struct mx_smtp_env *e,
    char *buf, size_t sz)
{
	buf[0] = '\0';
	if (e->dsn_notify != NULL && c->dsn)		/* RFC 3461 §4.1 */
		param(buf, sz, "NOTIFY", e->dsn_notify);
}

/* Write the wire form into out (NULL: only count); its length. */
static size_t
wire_pass(const char *msg, size_t len, int dot, char *out)
{
	size_t i, o = 0;
	int bol = 1;

#define PUT(c)	do { if (out != NULL) out[o] = (c); o++; } while (0)
	for (i = 0; i < len; i++) {
		char ch = msg[i];
		if (bol && dot && ch == '.')	/* RFC 5321 §4.5.2 */
			PUT('.');
		bol = 0;
		if (ch == '\r' || ch == '\n') {
			/* CRLF, or a lone CR or LF: one CRLF either way. */
			if (ch == '\r' && i + 1 < len && msg[i + 1] == '\n')
				i++;
			PUT('\r');
			PUT('\n');
			bol = 1;
			continue;
		}
		PUT(ch);
	}
	if (!bol) {
		PUT('\r');
		PUT('\n');
	}
	if (dot) {
		PUT('.');
		PUT('\r');
		PUT('\n');
	}
#undef PUT
	return o;
}

/* The wire form of a message (DATA: dot-stuffed and ended; BDAT: as is),
 * counted first so a large --size costs one exact buffer. */
char *
mx_smtp_data_wire(const char *msg, size_t len, int dot, size_t *outlen)
{
	size_t n = wire_pass(msg, len, dot, NULL);
	char *out = mx_xmalloc(n + 1);

	*outlen = wire_pass(msg, len, dot, out);
	return out;
}

/* Whether a NOTIFY= list is valid. */
int
mx_smtp_dsn_notify_valid(const char *s)
{
	static const char *const words[] = { "SUCCESS", "FAILURE", "DELAY" };
	char buf[64], *w, *save = NULL;
	size_t i;
	int seen = 0, n = 0;

	if (strcasecmp(s, "NEVER") == 0)
		return 1;
	if (strlen(s) >= sizeof buf || *s == '\0' || *s == ',' ||
	    s[strlen(s) - 1] == ',' || strstr(s, ",,") != NULL)
		return 0;
	mx_strlcpy(buf, s, sizeof buf);
	for (w = strtok_r(buf, ",", &save); w != NULL;
	    w = strtok_r(NULL, ",", &save), n++) {
		for (i = 0; i < 3; i++)
			if (strcasecmp(w, words[i]) == 0)
				break;
		if (i == 3 || (seen & (1 << i)))
			return 0;
		seen |= 1 << i;
	}
	return n > 0;
}
