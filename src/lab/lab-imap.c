/*
 * lab-imap: the IMAP dialogue of the lab's mailbox servers (lab-pop3.c
 * holds the listeners and sessions).  RFC 9051: greeting with a
 * CAPABILITY code (§7.1), CAPABILITY (§6.1.1), STARTTLS (§6.2.1), LOGIN
 * (§6.2.3), AUTHENTICATE PLAIN with SASL-IR (§6.2.2, RFC 4959), SELECT
 * (§6.3.2), FETCH of header fields as a literal (§6.4.5, §4.3), LOGOUT
 * (§6.1.3); RFC 5530 codes ([AUTHENTICATIONFAILED], [INUSE]).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>

#include "lab-pop3.h"

/* The capability list of this session. */
static void
imap_caps(struct lab_msess *ss, char *buf, size_t sz)
{
	int stls = ss->cfg->tls != LAB_TLS_NONE && !ss->cfg->nostls &&
	    !ss->tls && !ss->cfg->implicit;

	snprintf(buf, sz, "IMAP4rev1%s%s%s", stls ? " STARTTLS" : "",
	    (ss->cfg->behave & LABM_SASL) ? " AUTH=PLAIN SASL-IR" : "",
	    " ID");
}

/* The greeting (§7.1.1). */
void
mx_lab_imap_greet(struct lab_msess *ss)
{
	char caps[128];

	imap_caps(ss, caps, sizeof caps);
	mx_lab_msess_printf(ss, "* OK [CAPABILITY %s] mxscope-lab IMAP ready",
	    caps);
}

/* Take the next IMAP atom or quoted string of *p into out. */
static int
imap_string(const char **p, char *out, size_t sz)
{
	const char *s = *p;
	size_t n = 0;

	while (*s == ' ')
		s++;
	if (*s == '"') {
		for (s++; *s != '\0' && *s != '"'; s++) {
			if (*s == '\\' && s[1] != '\0')
				s++;
			if (n + 1 < sz)
				out[n++] = *s;
		}
		if (*s != '"')
			return -1;
		s++;
	} else
		for (; *s != '\0' && *s != ' '; s++)
			if (n + 1 < sz)
				out[n++] = *s;
	out[n] = '\0';
	*p = s;
	return n > 0 ? 0 : -1;
}

/* Answer a login attempt (RFC 5530 codes). */
static void
imap_login(struct lab_msess *ss, const char *tag, int good, const char *pw)
{
	if (good && (ss->cfg->behave & LABM_LOCKED))
		mx_lab_msess_printf(ss, "%s NO [INUSE] mailbox in use by another "
		    "session", tag);
	else if (good) {
		ss->authed = 1;
		mx_lab_msess_printf(ss, "%s OK [CAPABILITY IMAP4rev1] logged in",
		    tag);
	} else if (ss->cfg->behave & LABM_ECHO)
		mx_lab_msess_printf(ss, "%s NO [AUTHENTICATIONFAILED] invalid "
		    "password %s", tag, pw);
	else
		mx_lab_msess_printf(ss, "%s NO [AUTHENTICATIONFAILED] invalid "
		    "credentials", tag);
}

/* Check an AUTHENTICATE PLAIN response. */
static void
imap_plain(struct lab_msess *ss, const char *tag, const char *b64)
{
	unsigned char buf[1024];
	size_t n = strlen(b64);
	int len, good = 0;
	char want[600];

	if (n > 0 && n <= 1300 && n % 4 == 0 && (len = EVP_DecodeBlock(buf,
	    (const unsigned char *)b64, (int)n)) >= 0) {
		while (n > 0 && b64[n - 1] == '=') {
			len--;
			n--;
		}
		n = (size_t)snprintf(want + 1, sizeof want - 1, "%s",
		    ss->cfg->user) + 1;
		want[0] = '\0';
		n += (size_t)snprintf(want + n + 1, sizeof want - n - 1, "%s",
		    ss->cfg->pass) + 1;
		good = (size_t)len == n && memcmp(buf, want, n) == 0;
	}
	imap_login(ss, tag, good, "(sasl)");
}

/* One command line. */
void
mx_lab_imap_line(struct lab_msess *ss, const char *line, size_t len)
{
	const struct lab_mbox_cfg *c = ss->cfg;
	char tag[32], verb[16], user[256], pw[512], caps[128], *msg;
	const char *p = line;
	size_t hl, ml;
	int n;

	if (ss->want_auth) {
		ss->want_auth = 0;
		imap_plain(ss, ss->tag, line);
		return;
	}
	if (imap_string(&p, tag, sizeof tag) != 0 ||
	    imap_string(&p, verb, sizeof verb) != 0) {
		mx_lab_msess_printf(ss, "* BAD syntax error");
		return;
	}
	while (*p == ' ')
		p++;
	if (strcasecmp(verb, "CAPABILITY") == 0) {
		imap_caps(ss, caps, sizeof caps);
		mx_lab_msess_printf(ss, "* CAPABILITY %s", caps);
		mx_lab_msess_printf(ss, "%s OK CAPABILITY completed", tag);
	} else if (strcasecmp(verb, "STARTTLS") == 0) {
		if (c->tls == LAB_TLS_NONE || c->nostls || ss->tls ||
		    c->implicit) {
			mx_lab_msess_printf(ss, "%s BAD STARTTLS not available", tag);
			return;
		}
		if (c->behave & LABM_INJECT) {
			char *inj = mx_xasprintf("%s OK Begin TLS negotiation "
			    "now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] "
			    "injected\r\n", tag);
			mx_conn_send(ss->conn, inj, strlen(inj));
			free(inj);
		} else {
			char *ok = mx_xasprintf("%s OK Begin TLS negotiation "
			    "now\r\n", tag);
			mx_conn_send(ss->conn, ok, strlen(ok));
			free(ok);
		}
		mx_lab_msess_starttls(ss);
	} else if (strcasecmp(verb, "LOGIN") == 0) {
		if (imap_string(&p, user, sizeof user) != 0 ||
		    imap_string(&p, pw, sizeof pw) != 0)
			mx_lab_msess_printf(ss, "%s BAD LOGIN needs two arguments",
			    tag);
		else
			imap_login(ss, tag, strcmp(user, c->user) == 0 &&
			    strcmp(pw, c->pass) == 0, pw);
	} else if (strcasecmp(verb, "AUTHENTICATE") == 0) {
		if (strncasecmp(p, "PLAIN", 5) != 0 || !(c->behave & LABM_SASL))
			mx_lab_msess_printf(ss, "%s NO unsupported mechanism", tag);
		else if (p[5] == ' ')
			imap_plain(ss, tag, p + 6);
		else {
			mx_strlcpy(ss->tag, tag, sizeof ss->tag);
			ss->want_auth = 1;
			mx_lab_msess_printf(ss, "+ ");
		}
	} else if (strcasecmp(verb, "LOGOUT") == 0) {
		mx_lab_msess_printf(ss, "* BYE mxscope-lab logging out");
		mx_lab_msess_printf(ss, "%s OK LOGOUT completed", tag);
		mx_lab_msess_close_later(ss);
	} else if (!ss->authed)
		mx_lab_msess_printf(ss, "%s BAD log in first", tag);
	else if (strcasecmp(verb, "SELECT") == 0) {
		mx_lab_msess_printf(ss, "* %d EXISTS", c->nmsgs);
		mx_lab_msess_printf(ss, "* 0 RECENT");
		mx_lab_msess_printf(ss, "* FLAGS (\\Seen \\Deleted)");
		mx_lab_msess_printf(ss, "* OK [UIDVALIDITY 1719820800] UIDs valid");
		mx_lab_msess_printf(ss, "* OK [UIDNEXT %d] next", c->nmsgs + 1);
		mx_lab_msess_printf(ss, "%s OK [READ-WRITE] SELECT completed", tag);
	} else if (strcasecmp(verb, "FETCH") == 0) {
		n = atoi(p);
		if (n < 1 || n > c->nmsgs) {
			mx_lab_msess_printf(ss, "%s BAD no such message", tag);
			return;
		}
		msg = mx_lab_msg_text(c, n, &hl, &ml);
		/* §4.3: the header fields travel as a literal. */
		mx_lab_msess_printf(ss, "* %d FETCH (UID %d RFC822.SIZE %zu "
		    "BODY[HEADER.FIELDS (DATE RECEIVED)] {%zu}", n, 100 + n, ml,
		    hl);
		mx_lab_msess_send(ss, msg, hl);
		mx_lab_msess_printf(ss, ")");
		mx_lab_msess_printf(ss, "%s OK FETCH completed", tag);
		free(msg);
	} else
		mx_lab_msess_printf(ss, "%s BAD unknown command", tag);
	(void)len;
}
