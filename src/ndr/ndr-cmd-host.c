/*
 * ndr-cmd-host: what else a diagnostic names besides its codes: the SMTP
 * command it failed at (RFC 5321 §3.3 order), the remote host that said
 * it, the IPv4 addresses it holds.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/* Collect the IPv4 addresses named in a text (dotted quads, deduped). */
int
mx_ndr_find_ips(const char *s, char ips[][64], int max, int n)
{
	size_t len = strlen(s), i, q;
	int k;
	char ip[64];

	for (i = 0; i < len && n < max; i++) {
		if ((q = mx_ipv4_at(s, len, i)) == 0)
			continue;
		snprintf(ip, sizeof ip, "%.*s", (int)q, s + i);
		for (k = 0; k < n; k++)
			if (strcmp(ips[k], ip) == 0)
				break;
		if (k == n)
			mx_strlcpy(ips[n++], ip, 64);
		i += q - 1;
	}
	return n;
}

/*
 * A command named in capitals as a whole token (transcripts: Sendmail's
 * ">>> RCPT To:", Yahoo's "[RCPT_TO]", "MAIL FROM:<> ... 550"); the one
 * latest in the session (RFC 5321 §3.3 order) when several are: the
 * reply answered the last command sent.  No letter or digit next to it
 * (not "DATABASE@", "MAIL.EXAMPLE"), no "=" after it (a log's
 * "HELO=name" field).
 */
void
mx_ndr_capital_command(const char *diag, char *cmd, size_t cmdsz)
{
	static const struct { const char *tok, *cmd; } order[] = {
		{ "HELO", "HELO" }, { "EHLO", "EHLO" },
		{ "STARTTLS", "STARTTLS" }, { "MAIL FROM", "MAIL" },
		{ "MAIL_FROM", "MAIL" }, { "RCPT", "RCPT" }, { "DATA", "DATA" },
	};
	const char *p;
	size_t k, n;
	int best = -1;

	for (k = 0; k < sizeof order / sizeof order[0]; k++) {
		n = strlen(order[k].tok);
		for (p = diag; (p = strstr(p, order[k].tok)) != NULL; p += n)
			if ((p == diag || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]) && p[n] != '@' &&
			    p[n] != '=' &&
			    !(p[n] == '.' && isalnum((unsigned char)p[n + 1])) &&
			    (p == diag || p[-1] != '@')) {
				best = (int)k;
				break;
			}
	}
	if (best >= 0)
		mx_strlcpy(cmd, order[best].cmd, cmdsz);
}

/* The words naming a command after an introduction (lower case). */
static const struct { const char *pat, *cmd; } cmds[] = {
	{ "rcpt to", "RCPT" }, { "rcpt", "RCPT" },
	/* Exim: "after pipelined RCPT TO:<a>" */
	{ "pipelined rcpt", "RCPT" }, { "pipelined mail", "MAIL" },
	{ "pipelined data", "DATA" }, { "initial connection", "CONN" },
	{ "mail from", "MAIL" }, { "end of data", "DATA" },
	{ "data", "DATA" }, { "ehlo", "EHLO" }, { "helo", "HELO" },
	{ "connect", "CONN" }, { "starttls", "STARTTLS" },
	{ "bdat", "BDAT" },
};

/* The text after the last "<<- " of low before end, or NULL. */
static const char *
arrow_command_before(const char *low, const char *end)
{
	const char *p, *last = NULL;

	for (p = low; (p = strstr(p, "<<- ")) != NULL && p < end; p += 4)
		last = p + 4;
	return last;
}

/*
 * ext17: ZMailer's report transcript ("Diagnostic texts:"), our commands
 * as "<<- RCPT To:<a>" and the remote's replies as "->> 550 ...": the
 * command the first failure (4xx, 5xx) answered is the last "<<- " line
 * before it, and "<<- ." ends the message data (RFC 5321 §4.1.1.4), the
 * DATA stage.  rev14: a refused EHLO or STARTTLS the session went on from
 * (HELO after EHLO, RFC 5321 §4.1.4 and §3.2; the plain session after
 * STARTTLS, RFC 3207 §4.1) ended nothing: the next failure counts.  low
 * is lower case; 1 when it named one.
 */
static int
arrow_transcript_command(const char *low, char *cmd, size_t cmdsz)
{
	const char *fail, *last = NULL;
	size_t k;

	for (fail = low; (fail = strstr(fail, "->> ")) != NULL; fail += 4) {
		if ((fail[4] != '4' && fail[4] != '5') ||
		    !isdigit((unsigned char)fail[5]) ||
		    !isdigit((unsigned char)fail[6]))
			continue;
		last = arrow_command_before(low, fail);
		if (last != NULL && (strncmp(last, "ehlo", 4) == 0 ||
		    strncmp(last, "starttls", 8) == 0) &&
		    strstr(fail, "<<- ") != NULL)
			continue;
		break;
	}
	if (fail == NULL || last == NULL)
		return 0;
	if (last[0] == '.' && (last[1] == ' ' || last[1] == '\n' ||
	    last[1] == '\r')) {
		mx_strlcpy(cmd, "DATA", cmdsz);
		return 1;
	}
	for (k = 0; k < sizeof cmds / sizeof cmds[0]; k++)
		if (strncmp(last, cmds[k].pat, strlen(cmds[k].pat)) == 0) {
			mx_strlcpy(cmd, cmds[k].cmd, cmdsz);
			return 1;
		}
	return 0;
}

/* Characters of a host name or an IPv4 address (lower case). */
#define HOST_CHARS	"abcdefghijklmnopqrstuvwxyz0123456789.-"

/* Whether [b, b + n) of low looks like a host: four characters or more,
 * a dot inside. */
static int
host_like(const char *low, size_t b, size_t n)
{
	return n >= 4 && low[b] != '.' && low[b] != '-' &&
	    memchr(low + b, '.', n - 1) != NULL;
}

/*
 * ext25: whether the lower-case diagnostic low is a greeting and nothing
 * else: a 4xx or 5xx code, a space or the hyphen of a multi-line reply,
 * then a host name alone (RFC 5321 §4.2 and §4.3.1: the greeting opens
 * with the server's domain, and a server that refuses every session
 * greets with 554 instead of 220, §3.1).  An IronPort's "554-host" cut
 * to its first line, as Comcast's DSN and Exchange's "#5.5.0 SMTP;
 * 554-host> #SMTP#" quote it.  No reply at a later command opens with a
 * bare host name.  rev19: an RFC 3463 status alone after the code ("550
 * 5.0.0", a Diagnostic-Code with no words) has a host's characters but
 * names no host.
 */
static int
greeting_only(const char *low)
{
	size_t n;

	if ((low[0] != '4' && low[0] != '5') ||
	    !isdigit((unsigned char)low[1]) ||
	    !isdigit((unsigned char)low[2]) ||
	    (low[3] != '-' && low[3] != ' '))
		return 0;
	low += 4;
	n = strspn(low, HOST_CHARS);
	if (!host_like(low, 0, n) || low[n - 1] == '.' || low[n - 1] == '-' ||
	    mx_ndr_status_at(low, 0, n) == n)
		return 0;
	low += n;
	/* Exchange's wrapper closes the quoted reply: "> #SMTP#". */
	if (*low == '>') {
		low += 1 + strspn(low + 1, " ");
		if (strncmp(low, "#smtp#", 6) == 0)
			low += 6;
	}
	return low[strspn(low, " ")] == '\0';
}

/* The SMTP command a diagnostic says it failed at, if any. */
void
mx_ndr_find_command(const char *diag, char *cmd, size_t cmdsz)
{
	static const char *const intro[] = { "in reply to ", "after ",
	    ">>> ", "most progress was ", "in response to ", "for ",
	    "error in ", "smtp:", NULL };
	char *low;
	const char *p;
	size_t k, len = strlen(diag);
	int i;

	/* qmail-remote's fixed sentences name the step that failed. */
	static const struct { const char *pat, *cmd; } steps[] = {
		{ "but sender was rejected", "MAIL" },
		{ "but my name was rejected", "EHLO" },
		{ "but greeting failed", "CONN" },
		{ "does not like recipient", "RCPT" },
		/* Postfix's smtp client: the greeting refused. */
		{ "refused to talk to me", "CONN" },
		{ "failed on data command", "DATA" },
		{ "failed after i sent the message", "DATA" },
		/* DragonFly's dma: "host H did not like our RCPT TO:". */
		{ "did not like our rcpt", "RCPT" },
		{ "did not like our mail", "MAIL" },
		{ "did not like our data", "DATA" },
		/* "(Error following RCPT command). It responded as follows" */
		{ "error following rcpt command", "RCPT" },
		{ "error following mail command", "MAIL" },
		{ "error following data command", "DATA" },
		/* 1&1's (GMX, WEB.DE) notice names the message's text, sent
		 * after DATA, its "TEXT command": "SMTP error from remote
		 * server for TEXT command, host: h (a) reason: 550 ..."
		 * (ext27). */
		{ "for text command", "DATA" },
		/* m-FILTER's "-------SMTP command" section: the command on
		 * the next line. */
		{ "-------smtp command rcpt", "RCPT" },
		{ "-------smtp command mail", "MAIL" },
		{ "-------smtp command data", "DATA" },
	};

	if (cmd[0] != '\0')
		return;
	low = mx_xmalloc(len + 1);
	mx_ndr_lower(low, len + 1, diag, len);
	for (k = 0; k < sizeof steps / sizeof steps[0]; k++)
		if (strstr(low, steps[k].pat) != NULL) {
			mx_strlcpy(cmd, steps[k].cmd, cmdsz);
			free(low);
			return;
		}
	if (arrow_transcript_command(low, cmd, cmdsz)) {
		free(low);
		return;
	}
	if (greeting_only(low)) {
		mx_strlcpy(cmd, "CONN", cmdsz);
		free(low);
		return;
	}
	for (i = 0; intro[i] != NULL; i++) {
		for (p = low; (p = strstr(p, intro[i])) != NULL; p++) {
			p += strlen(intro[i]);
			for (k = 0; k < sizeof cmds / sizeof cmds[0]; k++)
				if (strncmp(p, cmds[k].pat,
				    strlen(cmds[k].pat)) == 0) {
					mx_strlcpy(cmd, cmds[k].cmd, cmdsz);
					free(low);
					return;
				}
			p--;
		}
	}
	free(low);
}

/* The command the text s[0..n) names, its white space squeezed into at
 * most cap bytes (mx_ndr_squeeze), unless cmd holds one already. */
void
mx_ndr_command_in(const char *s, size_t n, size_t cap, char *cmd,
    size_t cmdsz)
{
	char *tmp;

	if (cmd[0] != '\0')
		return;
	if (cap > n + 1)
		cap = n + 1;
	tmp = mx_xmalloc(cap);
	mx_ndr_squeeze(tmp, cap, s, n);
	mx_ndr_find_command(tmp, cmd, cmdsz);
	free(tmp);
}

/*
 * The remote host a mail system's layout names with no intro word, in
 * the lower-case text low: qmail-remote's "IP does not like recipient.",
 * "IP failed on DATA command.", "IP failed after I sent the message.",
 * "Connected to IP but ...", "Giving up on IP."; Courier's "HOST [IP]:"
 * alone on the line under the address; Exchange's technical line "HOST
 * #550 5.1.1 ... ##".  1 with it at [*hb, *hb + *hn).
 */
static int
layout_host(const char *low, size_t *hb, size_t *hn)
{
	static const char *const after[] = { " does not like recipient",
	    " failed on data command", " failed after i sent the message",
	    NULL };
	static const char *const before[] = { "connected to ",
	    "giving up on ", NULL };
	const char *p, *q, *e;
	size_t b, n;
	int i;

	for (i = 0; after[i] != NULL; i++)
		for (p = low; (p = strstr(p, after[i])) != NULL; p++) {
			for (b = (size_t)(p - low); b > 0 &&
			    strchr(HOST_CHARS, low[b - 1]) != NULL; b--)
				;
			if (host_like(low, b, (size_t)(p - low) - b)) {
				*hb = b;
				*hn = (size_t)(p - low) - b;
				return 1;
			}
		}
	for (i = 0; before[i] != NULL; i++)
		for (p = low; (p = strstr(p, before[i])) != NULL; p++) {
			q = p + strlen(before[i]);
			n = strspn(q, HOST_CHARS);
			while (n > 0 && q[n - 1] == '.')
				n--;
			if (host_like(low, (size_t)(q - low), n)) {
				*hb = (size_t)(q - low);
				*hn = n;
				return 1;
			}
		}
	for (p = low; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
		e = p + strcspn(p, "\n");
		p += strspn(p, " \t");
		n = strspn(p, HOST_CHARS);
		if (!host_like(low, (size_t)(p - low), n) || p[n] != ' ')
			continue;
		q = p + n + 1;
		/* Courier: "HOST [IP]:" and nothing else. */
		if (*q == '[' && (q = memchr(q, ']', (size_t)(e - q))) != NULL &&
		    q[1] == ':' && q + 2 + strspn(q + 2, " \t\r") == e) {
			*hb = (size_t)(p - low);
			*hn = n;
			return 1;
		}
		/* Exchange: "HOST #550 5.1.1 ..." (a reply code, RFC 5321
		 * §4.2). */
		q = p + n + 1;
		if (q[0] == '#' && strchr("245", q[1]) != NULL && q[1] != '\0' &&
		    isdigit((unsigned char)q[2]) && isdigit((unsigned char)q[3]) &&
		    q[4] == ' ') {
			*hb = (size_t)(p - low);
			*hn = n;
			return 1;
		}
	}
	return 0;
}

/* Whether the text low (lower case) before p introduces the mail
 * system that wrote the bounce ("This is the mail system at host H." of
 * Postfix): the reporting host, no recipient's remote one. */
static int
reporting_host(const char *low, const char *p)
{
	static const char w[] = "system at ";

	return (size_t)(p - low) >= sizeof w - 1 &&
	    memcmp(p - (sizeof w - 1), w, sizeof w - 1) == 0;
}

/* The remote host a diagnostic names ("host H said", "talking to H",
 * Postfix's "connect to H[IP]:25: Connection refused"), its intro word
 * and the host maybe on two lines; else as a layout names it. */
void
mx_ndr_find_remote(const char *s, size_t len, char *dst, size_t dstsz)
{
	static const char *const intro[] = { "host", "talking to",
	    "remote host", "server", "connect to", NULL };
	char *low;
	const char *p, *q;
	size_t n, b;
	int i, nl;

	if (dst[0] != '\0')
		return;
	low = mx_xmalloc(len + 1);
	mx_ndr_lower(low, len + 1, s, len);
	for (i = 0; intro[i] != NULL && dst[0] == '\0'; i++) {
		for (p = low; (p = strstr(p, intro[i])) != NULL; p++) {
			if (reporting_host(low, p))
				continue;
			/* Then blanks, one line break among them: Postfix
			 * folds "host\n    H[IP] said:". */
			q = p + strlen(intro[i]);
			for (nl = 0; *q == ' ' || *q == '\t' || *q == '\r' ||
			    (*q == '\n' && nl++ == 0); q++)
				;
			if (q == p + strlen(intro[i]) || nl > 1)
				continue;
			n = strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789.-:");
			while (n > 0 && (q[n - 1] == '.' || q[n - 1] == ':'))
				n--;
			if (n < 4 || memchr(q, '.', n) == NULL ||
			    (q[n] != ' ' && q[n] != '[' && q[n] != '\n' &&
			    q[n] != ':' && q[n] != '.' && q[n] != '\0' &&
			    q[n] != ',' && q[n] != '('))
				continue;
			snprintf(dst, dstsz, "%.*s", (int)n, s + (q - low));
			break;
		}
	}
	if (dst[0] == '\0' && layout_host(low, &b, &n))
		snprintf(dst, dstsz, "%.*s", (int)n, s + b);
	free(low);
}
