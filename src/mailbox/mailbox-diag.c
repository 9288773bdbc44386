/*
 * mailbox-diag: findings and the verdict of the mailbox checks (method.md
 * §4-5: "-ERR after PASS: wrong credentials or a locked mailbox; no
 * greeting: service down").  Pure: model in, findings out.  Finding ids
 * are a contract (issue 5); TLS certificate findings come from diag.c.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "mailbox.h"

/* Add a finding (diag.c's one way to add). */
#define add	mx__diag_add

/* Protocol name in capitals, for sentences. */
static const char *
pname(const struct mx_mailbox *b)
{
	return b->proto == MX_MBOX_IMAP ? "IMAP" : "POP3";
}

/* A finding id "pop3.xxx" or "imap.xxx". */
static const char *
pid(const struct mx_mailbox *b, const char *what, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s.%s", mx_mbox_proto_name(b->proto), what);
	return buf;
}

/* Findings of one mailbox check. */
static void
diag_one(struct mx__diag *d, const struct mx_mailbox *b)
{
	const char *host = b->host[0] ? b->host : "the mailbox server";
	const char *P = pname(b);
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 16], id[48];

	if (b->addr[0] == '\0')
		snprintf(subj, sizeof subj, "%s (no server found)",
		    mx_mbox_proto_name(b->proto));
	else
		snprintf(subj, sizeof subj, "%s %s [%s]:%d",
		    mx_mbox_proto_name(b->proto), host, b->addr, b->port);
	if (b->tls.attempted)
		mx__diag_tls_cert(d, &b->tls, host, subj);
	if (b->tls_mode == MX_MBTLS_STARTTLS &&
	    (b->notes & (MX_MBN_TLS_UNAVAILABLE | MX_MBN_TLS_REFUSED)))
		add(d, pid(b, "tls_unavailable", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The mail provider must enable TLS "
		    "(STLS/STARTTLS, or implicit TLS on port 995/993); until "
		    "then use the implicit-TLS port if it exists.",
		    "%s %s %s: passwords would travel in clear text.", P, host,
		    b->notes & MX_MBN_TLS_REFUSED ? "refused to start TLS" :
		    "does not offer TLS");
	if (b->outcome == MX_OUT_INJECTION)
		add(d, "mailbox.tls_injection", MX_SEV_CRIT, MX_ACT_REMOTE, subj,
		    "Someone on the path, or a broken server, injects data "
		    "into the session (hostile-inputs: NO STARTTLS, CVE-2021-"
		    "22947 class); the provider must fix the server or the "
		    "middlebox. No password was sent.",
		    "%s sent data after its %s go-ahead, before the TLS "
		    "handshake; the check stopped before any credential.",
		    host, b->proto == MX_MBOX_POP3 ? "STLS" : "STARTTLS");
	if (b->notes & MX_MBN_ECHOED_SECRET)
		add(d, "mailbox.password_echoed", MX_SEV_WARN, MX_ACT_REMOTE,
		    subj, "The provider should not repeat credentials in "
		    "replies (they end up in logs); mxscope masked it.",
		    "%s sent the password back in a reply.", host);
	if (b->failed_stage == MX_MB_RESOLVE && b->outcome != MX_OUT_OK &&
	    b->outcome != MX_OUT_NONE)
		add(d, "mailbox.host_unknown", MX_SEV_ERROR, MX_ACT_US, subj,
		    "Give the mailbox server with --pop3 HOST / --imap HOST "
		    "(your provider's settings page names it).",
		    "No %s server found: %s.", P, b->outcome_text);
	if (b->failed_stage == MX_MB_CONNECT && (b->outcome == MX_OUT_CONN ||
	    b->outcome == MX_OUT_TIMEOUT))
		add(d, pid(b, "connect_failed", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The service is down or a firewall "
		    "blocks the port; check the port with the provider, or the "
		    "local network if other sites work.",
		    "%s %s [%s] port %d: %s.", P, host, b->addr, b->port,
		    b->outcome_text);
	if (b->failed_stage == MX_MB_GREETING && b->greeting[0] == '\0' &&
	    (b->outcome == MX_OUT_TIMEOUT || b->outcome == MX_OUT_CONN))
		add(d, pid(b, "no_greeting", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The server accepts connections but "
		    "its mail service hangs or drops them; the provider must "
		    "check it.", "%s %s accepted the connection but sent no "
		    "greeting (%s).", P, host, b->outcome_text);
	if (b->failed_stage == MX_MB_GREETING && b->outcome == MX_OUT_RESP)
		add(d, pid(b, "greeting_refused", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The provider refuses sessions now; "
		    "retry later or ask the provider.",
		    "%s %s refused the session: %s", P, host, b->greeting);
	switch (b->login) {
	case MX_LOGIN_FAILED:
		add(d, pid(b, "auth_failed", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_US, subj, "Check the user name and password (many "
		    "providers want the full address as the user, some an app "
		    "password); reset the password if unsure.",
		    "%s %s rejected the login of %s: %s", P, host, b->user,
		    b->login_text);
		break;
	case MX_LOGIN_LOCKED:
		add(d, pid(b, "mailbox_locked", id, sizeof id), MX_SEV_WARN,
		    MX_ACT_US, subj, "Close the other mail client (phone, "
		    "laptop) that keeps the mailbox open, wait a few minutes, "
		    "or ask the provider to clear a stale lock.",
		    "%s %s: the mailbox of %s is locked by another session "
		    "(%s%s%s).", P, host, b->user, b->resp_code[0] ? "[" : "",
		    b->resp_code[0] ? b->resp_code : b->login_text,
		    b->resp_code[0] ? "]" : "");
		break;
	case MX_LOGIN_SERVER_ERROR:
		add(d, pid(b, "server_error", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The provider has a problem with the "
		    "mailbox store; retry later or report it.",
		    "%s %s failed at login with a server error: %s", P, host,
		    b->login_text);
		break;
	case MX_LOGIN_REFUSED_PLAIN:
		add(d, "mailbox.login_not_sent", MX_SEV_WARN, MX_ACT_REMOTE,
		    subj, "Use the implicit-TLS port (995/993) if the provider "
		    "has one; --allow-plaintext sends the password anyway.",
		    "mxscope did not send the password to %s: %s.", host,
		    b->login_text);
		break;
	case MX_LOGIN_DISABLED:
		add(d, pid(b, "login_disabled", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The server offers no login mxscope "
		    "can use here (e.g. LOGINDISABLED without TLS).",
		    "%s %s disables password login: %s.", P, host,
		    b->login_text);
		break;
	default:
		break;
	}
	if (b->outcome == MX_OUT_PROTO)
		add(d, pid(b, "protocol_error", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The provider must fix the server; "
		    "mail clients will fail the same way.",
		    "%s %s broke the protocol at %s: %s.", P, host,
		    mx_mb_stage_name(b->proto, b->failed_stage), b->outcome_text);
	if (b->outcome == MX_OUT_TIMEOUT && b->failed_stage > MX_MB_GREETING &&
	    b->failed_stage != MX_MB_TLS)
		add(d, pid(b, "reply_timeout", id, sizeof id), MX_SEV_ERROR,
		    MX_ACT_REMOTE, subj, "The server stalls; retry and ask the "
		    "provider to check its load.", "%s %s did not answer %s in "
		    "time.", P, host, mx_mb_stage_name(b->proto,
		    b->failed_stage));
	if (b->notes & MX_MBN_APOP)
		add(d, "pop3.apop_offered", MX_SEV_INFO, MX_ACT_NOBODY, subj,
		    "Nothing to do: mxscope does not use APOP (MD5).",
		    "%s advertises APOP (a timestamp in its greeting).", host);
}

/* Append the mailbox findings. */
void
mx__mailbox_diag(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	int i;

	for (i = 0; i < m->nmailbox; i++)
		if (m->mailbox[i].done)
			diag_one(d, &m->mailbox[i]);
}

/* One check's conclusion: reason, exit code and a sentence. */
static void
conclude(const struct mx_mailbox *b, const char **reason, enum mx_exit *ex,
    char *buf, size_t sz)
{
	const char *host = b->host[0] ? b->host : "the server", *P = pname(b);

	*ex = MX_EXIT_TEMP;
	if (!b->done) {
		*reason = "onhold";
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, "%s: checking %s...", P, host);
		return;
	}
	if (b->outcome == MX_OUT_INJECTION) {
		*reason = "securityerror";
		snprintf(buf, sz, "%s: %s injected data after the TLS go-ahead; "
		    "stopped before login (their side or the network path).",
		    P, host);
	} else if (b->outcome == MX_OUT_NONE) {
		*reason = "onhold";
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, "%s: cancelled.", P);
	} else if (b->failed_stage == MX_MB_RESOLVE) {
		*reason = "hostunknown";
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, "%s: could not find the server (%s); give it "
		    "with --%s HOST.", P, b->outcome_text,
		    mx_mbox_proto_name(b->proto));
	} else if (b->failed_stage == MX_MB_CONNECT) {
		*reason = "networkerror";
		snprintf(buf, sz, "%s: %s [%s] port %d is unreachable (%s): "
		    "the server side, or a firewall on the way.", P, host,
		    b->addr, b->port, b->outcome_text);
	} else if (b->outcome == MX_OUT_TLS) {
		*reason = "securityerror";
		snprintf(buf, sz, "%s: TLS with %s failed (%s): their side.", P,
		    host, b->tls.error[0] ? b->tls.error : b->outcome_text);
	} else if (b->failed_stage == MX_MB_GREETING &&
	    b->outcome != MX_OUT_OK) {
		*reason = "systemerror";
		snprintf(buf, sz, "%s: %s is reachable but its mail service "
		    "does not greet (%s): the provider's side.", P, host,
		    b->outcome_text);
	} else if (b->login == MX_LOGIN_FAILED) {
		*reason = "authfailure";
		*ex = MX_EXIT_PERM;
		snprintf(buf, sz, "%s: %s is reachable but rejects the login of "
		    "%s: your side (user name or password).", P, host, b->user);
	} else if (b->login == MX_LOGIN_LOCKED) {
		*reason = "systemerror";
		snprintf(buf, sz, "%s: %s is reachable; the login works but the "
		    "mailbox is locked by another session: usually your other "
		    "mail client.", P, host);
	} else if (b->login == MX_LOGIN_SERVER_ERROR ||
	    b->login == MX_LOGIN_DISABLED) {
		*reason = "systemerror";
		snprintf(buf, sz, "%s: %s is reachable but fails at login (%s): "
		    "the provider's side.", P, host, b->login_text);
	} else if (b->login == MX_LOGIN_REFUSED_PLAIN) {
		*reason = "securityerror";
		snprintf(buf, sz, "%s: %s is reachable; login not tried: %s "
		    "(the provider's side).", P, host, b->login_text);
	} else if (b->outcome != MX_OUT_OK) {
		*reason = "systemerror";
		snprintf(buf, sz, "%s: %s: %s (the provider's side).", P, host,
		    b->outcome_text);
	} else if (b->login == MX_LOGIN_OK) {
		*reason = "accessible";
		*ex = MX_EXIT_OK;
		if (b->nmsgs >= 0 && b->total_size >= 0)
			snprintf(buf, sz, "%s: %s is reachable and the login "
			    "works: %lld messages, %lld octets.", P, host,
			    b->nmsgs, b->total_size);
		else
			snprintf(buf, sz, "%s: %s is reachable and the login "
			    "works: %lld messages.", P, host, b->nmsgs);
	} else {
		*reason = "reachable";
		snprintf(buf, sz, "%s: %s is reachable; the login was not "
		    "tested (no user or password).", P, host);
	}
}

/* The verdict of a mailbox-only run: the worst check decides. */
void
mx__mailbox_verdict(const struct mx_model *m, int warnings,
    struct mx_verdict *v)
{
	const char *reason, *worst = "onhold";
	enum mx_exit ex, wex = MX_EXIT_OK;
	char buf[MX_TEXT_MAX];
	size_t o = 0;
	int i, first = 1;

	memset(v, 0, sizeof *v);
	for (i = 0; i < m->nmailbox; i++) {
		conclude(&m->mailbox[i], &reason, &ex, buf, sizeof buf);
		if (first || ex > wex || (ex == MX_EXIT_UNKNOWN &&
		    wex != MX_EXIT_UNKNOWN)) {
			worst = reason;
			wex = ex;
		}
		first = 0;
		if (o < sizeof v->summary)
			o += (size_t)snprintf(v->summary + o,
			    sizeof v->summary - o, "%s%s", o ? " " : "", buf);
	}
	if (m->nmailbox == 0)
		snprintf(v->summary, sizeof v->summary, "Checking...");
	if (wex == MX_EXIT_OK && warnings)
		wex = MX_EXIT_TEMP;
	mx_strlcpy(v->reason, worst, sizeof v->reason);
	v->exit_code = wex;
}
