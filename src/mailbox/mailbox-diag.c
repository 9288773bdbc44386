/*
 * mailbox-diag: findings and the verdict of the mailbox checks (method.md
 * §4-5: "-ERR after PASS: wrong credentials or a locked mailbox; no
 * greeting: service down").  Pure: model in, findings out.  Finding ids
 * are a contract (issue 5); the findings come from one table (mb_rules),
 * TLS certificate findings from diag-tls.c.
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "mailbox.h"
#include "i18n.h"

/* Protocol name in capitals, for sentences. */
static const char *
pname(const struct mx_mailbox *b)
{
	return b->proto == MX_MBOX_IMAP ? "IMAP" : "POP3";
}

/* What a check's structured state says; one row of mb_rules each. */
enum mb_cond {
	MBC_TLS_UNAVAILABLE,	/* STLS/STARTTLS absent or refused */
	MBC_INJECTION,		/* data after the TLS go-ahead */
	MBC_ECHOED_SECRET,	/* the password came back in a reply */
	MBC_HOST_UNKNOWN,	/* no server found */
	MBC_CONNECT_FAILED,	/* refused or timed out at connect */
	MBC_NO_GREETING,	/* connected, no greeting */
	MBC_GREETING_REFUSED,	/* a negative greeting */
	MBC_LOGIN_FAILED, MBC_LOGIN_LOCKED, MBC_LOGIN_SERVER_ERROR,
	MBC_LOGIN_REFUSED_PLAIN, MBC_LOGIN_DISABLED,
	MBC_PROTOCOL,		/* a reply that is not the protocol */
	MBC_REPLY_TRICKLE,	/* part of a reply, then stalled */
	MBC_REPLY_FLOOD,	/* a reply flooded without end */
	MBC_REPLY_TIMEOUT,	/* stalled after the greeting */
	MBC_STAT_REFUSED,	/* POP3: logged in, STAT answered -ERR */
	MBC_CMD_REFUSED,	/* logged in, a later command refused */
	MBC_APOP		/* APOP offered (information) */
};

/* One row: a condition -> one finding.  In id and summary, %p is the
 * protocol ("pop3"), %P the same in capitals, %H the host, %A the address,
 * %N the port, %T the outcome's words, %U the user, %L the login reply,
 * %G the greeting, %S the stage, %C its command (LIST, SELECT), %K the
 * lock's response code ("[INUSE]") or else the login reply, %V STLS or
 * STARTTLS, %R what TLS did. */
struct mb_rule {
	enum mb_cond		 cond;
	const char		*id;
	enum mx_severity	 sev;
	enum mx_actor		 actor;
	const char		*summary, *remedy;
};

static const struct mb_rule mb_rules[] = {
	{ MBC_TLS_UNAVAILABLE, "%p.tls_unavailable", MX_SEV_ERROR,
	  MX_ACT_REMOTE, N_("%P %H %R: passwords would travel in clear text."),
	  N_("The mail provider must enable TLS (STLS/STARTTLS, or implicit TLS "
	  "on port 995/993); until then use the implicit-TLS port if it "
	  "exists.") },
	{ MBC_INJECTION, "mailbox.tls_injection", MX_SEV_CRIT, MX_ACT_REMOTE,
	  N_("%H sent data after its %V go-ahead, before the TLS handshake; the "
	  "check stopped before any credential."),
	  N_("Someone on the path, or a broken server, injects data into the "
	  "session (hostile-inputs: NO STARTTLS, CVE-2021-22947 class); the "
	  "provider must fix the server or the middlebox. No password was "
	  "sent.") },
	{ MBC_ECHOED_SECRET, "mailbox.password_echoed", MX_SEV_WARN,
	  MX_ACT_REMOTE, N_("%H sent the password back in a reply."),
	  N_("The provider should not repeat credentials in replies (they end up "
	  "in logs); mxscope masked it.") },
	{ MBC_HOST_UNKNOWN, "mailbox.host_unknown", MX_SEV_ERROR, MX_ACT_US,
	  N_("No %P server found: %T."),
	  N_("Give the mailbox server with --pop3 HOST / --imap HOST (your "
	  "provider's settings page names it).") },
	{ MBC_CONNECT_FAILED, "%p.connect_failed", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H [%A] port %N: %T."),
	  N_("The service is down or a firewall blocks the port; check the port "
	  "with the provider, or the local network if other sites work.") },
	{ MBC_NO_GREETING, "%p.no_greeting", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H accepted the connection but sent no greeting (%T)."),
	  N_("The server accepts connections but its mail service hangs or drops "
	  "them; the provider must check it.") },
	{ MBC_GREETING_REFUSED, "%p.greeting_refused", MX_SEV_ERROR,
	  MX_ACT_REMOTE, N_("%P %H refused the session: %G"),
	  N_("The provider refuses sessions now; retry later or ask the "
	  "provider.") },
	{ MBC_LOGIN_FAILED, "%p.auth_failed", MX_SEV_ERROR, MX_ACT_US,
	  N_("%P %H rejected the login of %U: %L"),
	  N_("Check the user name and password (many providers want the full "
	  "address as the user, some an app password); reset the password if "
	  "unsure.") },
	{ MBC_LOGIN_LOCKED, "%p.mailbox_locked", MX_SEV_WARN, MX_ACT_US,
	  N_("%P %H: the mailbox of %U is locked by another session (%K)."),
	  N_("Close the other mail client (phone, laptop) that keeps the mailbox "
	  "open, wait a few minutes, or ask the provider to clear a stale "
	  "lock.") },
	{ MBC_LOGIN_SERVER_ERROR, "%p.server_error", MX_SEV_ERROR,
	  MX_ACT_REMOTE, N_("%P %H failed at login with a server error: %L"),
	  N_("The provider has a problem with the mailbox store; retry later or "
	  "report it.") },
	{ MBC_LOGIN_REFUSED_PLAIN, "mailbox.login_not_sent", MX_SEV_WARN,
	  MX_ACT_REMOTE, N_("mxscope did not send the password to %H: %L."),
	  N_("Use the implicit-TLS port (995/993) if the provider has one; "
	  "--allow-plaintext sends the password anyway.") },
	{ MBC_LOGIN_DISABLED, "%p.login_disabled", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H disables password login: %L."),
	  N_("The server offers no login mxscope can use here (e.g. "
	  "LOGINDISABLED without TLS).") },
	{ MBC_PROTOCOL, "%p.protocol_error", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H broke the protocol at %S: %T."),
	  N_("The provider must fix the server; mail clients will fail the same "
	  "way.") },
	{ MBC_REPLY_TRICKLE, "%p.reply_timeout", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H was still sending its answer to %S when the time ran "
	  "out (%T)."),
	  N_("The server stalls: it sends its reply too slowly to finish in "
	  "time (overload, a slow mailbox store, a tarpit); retry and ask the "
	  "provider to check its load.") },
	{ MBC_REPLY_FLOOD, "%p.reply_timeout", MX_SEV_ERROR, MX_ACT_REMOTE,
	  /* TRANSLATORS: %S: the step ("list"); %T: "its reply never ended
	   * (41000 lines in 2.0 s)". */
	  N_("%P %H answered %S, but %T."),
	  N_("The server floods: it kept sending lines of its reply at full "
	  "speed and never ended it (a looping server, a broken mailbox store "
	  "or proxy); the provider must fix the server, mail clients will hang "
	  "the same way.") },
	{ MBC_REPLY_TIMEOUT, "%p.reply_timeout", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H did not answer %S in time."),
	  N_("The server stalls; retry and ask the provider to check its load.") },
	{ MBC_STAT_REFUSED, "pop3.stat_refused", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H accepted the login of %U but refused STAT (%T): the number "
	  "of messages is unknown."),
	  N_("The provider must fix the mailbox: after a login STAT answers +OK "
	  "with the count and size (RFC 1939 §5); mail clients stop here "
	  "too.") },
	{ MBC_CMD_REFUSED, "%p.command_refused", MX_SEV_ERROR, MX_ACT_REMOTE,
	  N_("%P %H accepted the login of %U but refused %C (%T)."),
	  N_("The provider must check the mailbox (damaged, over a limit or "
	  "missing its inbox); mail clients will fail the same way.") },
	{ MBC_APOP, "pop3.apop_offered", MX_SEV_INFO, MX_ACT_NOBODY,
	  N_("%H advertises APOP (a timestamp in its greeting)."),
	  N_("Nothing to do: mxscope does not use APOP (MD5).") },
};

/* Whether a POP3 server took the login, then answered STAT with -ERR
 * (RFC 1939 §5 gives STAT no negative answer in the TRANSACTION state):
 * the check ended there, the mailbox's size unknown. */
static int
stat_refused(const struct mx_mailbox *b)
{
	return b->proto == MX_MBOX_POP3 && b->login == MX_LOGIN_OK &&
	    b->failed_stage == MX_MB_STAT && b->outcome == MX_OUT_RESP;
}

/* Whether a check took the login, then had a later command refused (a
 * POP3 LIST or RETR -ERR, RFC 1939 §5; an IMAP SELECT or FETCH NO,
 * RFC 9051 §7.1.2), STAT having its own finding. */
static int
cmd_refused(const struct mx_mailbox *b)
{
	return b->login == MX_LOGIN_OK && b->outcome == MX_OUT_RESP &&
	    b->failed_stage > MX_MB_LOGIN && b->failed_stage < MX_MB_QUIT &&
	    !stat_refused(b);
}

/* How a reply after the greeting was cut by the step deadline: slowly
 * (TRICKLE), fast (FLOOD, proto.h) or with nothing of it (TIMEOUT); -1
 * when it was not. */
static int
reply_cut(const struct mx_mailbox *b)
{
	if (b->outcome != MX_OUT_TIMEOUT || b->failed_stage <= MX_MB_GREETING ||
	    b->failed_stage == MX_MB_TLS)
		return -1;
	return b->notes & MX_MBN_FLOOD ? MBC_REPLY_FLOOD :
	    b->notes & MX_MBN_TRICKLE ? MBC_REPLY_TRICKLE : MBC_REPLY_TIMEOUT;
}

/* Whether a check's state shows condition c. */
static int
holds(enum mb_cond c, const struct mx_mailbox *b)
{
	switch (c) {
	case MBC_TLS_UNAVAILABLE:
		return b->tls_mode == MX_MBTLS_STARTTLS && (b->notes &
		    (MX_MBN_TLS_UNAVAILABLE | MX_MBN_TLS_REFUSED));
	case MBC_INJECTION:
		return b->outcome == MX_OUT_INJECTION;
	case MBC_ECHOED_SECRET:
		return (b->notes & MX_MBN_ECHOED_SECRET) != 0;
	case MBC_HOST_UNKNOWN:
		return b->failed_stage == MX_MB_RESOLVE &&
		    b->outcome != MX_OUT_OK && b->outcome != MX_OUT_NONE;
	case MBC_CONNECT_FAILED:
		return b->failed_stage == MX_MB_CONNECT &&
		    (b->outcome == MX_OUT_CONN || b->outcome == MX_OUT_TIMEOUT);
	case MBC_NO_GREETING:
		return b->failed_stage == MX_MB_GREETING &&
		    b->greeting[0] == '\0' && (b->outcome == MX_OUT_TIMEOUT ||
		    b->outcome == MX_OUT_CONN);
	case MBC_GREETING_REFUSED:
		return b->failed_stage == MX_MB_GREETING &&
		    b->outcome == MX_OUT_RESP;
	case MBC_LOGIN_FAILED:
		return b->login == MX_LOGIN_FAILED;
	case MBC_LOGIN_LOCKED:
		return b->login == MX_LOGIN_LOCKED;
	case MBC_LOGIN_SERVER_ERROR:
		return b->login == MX_LOGIN_SERVER_ERROR;
	case MBC_LOGIN_REFUSED_PLAIN:
		return b->login == MX_LOGIN_REFUSED_PLAIN;
	case MBC_LOGIN_DISABLED:
		return b->login == MX_LOGIN_DISABLED;
	case MBC_PROTOCOL:
		return b->outcome == MX_OUT_PROTO;
	case MBC_REPLY_TRICKLE:
	case MBC_REPLY_FLOOD:
	case MBC_REPLY_TIMEOUT:
		return reply_cut(b) == (int)c;
	case MBC_STAT_REFUSED:
		return stat_refused(b);
	case MBC_CMD_REFUSED:
		return cmd_refused(b);
	case MBC_APOP:
		return (b->notes & MX_MBN_APOP) != 0;
	}
	return 0;
}

/* A check and the language of its summary (mx__diag_expand's arg). */
struct mb_ctx {
	const struct mx_mailbox	*b;
	int			 tr;	/* 1: the reader's language */
};

/* The value of one escape of mb_rules for a check (mx__diag_expand). */
static const char *
mb_value(int key, const void *arg, char *buf, size_t sz)
{
	const struct mb_ctx *c = arg;
	const struct mx_mailbox *b = c->b;
	int tr = c->tr;

	switch (key) {
	case 'p': return mx_mbox_proto_name(b->proto);
	case 'P': return pname(b);
	case 'H': return b->host[0] ? b->host : T_(tr, "the mailbox server");
	case 'A': return b->addr;
	case 'T': return tr ? mx_mb_outcome_show(b) : b->outcome_text;
	case 'U': return b->user;
	case 'L': return tr ? mx_mb_login_show(b) : b->login_text;
	case 'G': return b->greeting;
	case 'S': return tr ? mx_mb_stage_tr(b->proto, b->failed_stage) :
	    mx_mb_stage_name(b->proto, b->failed_stage);
	case 'C': return mx_mb_stage_word(b->proto, b->failed_stage);
	case 'V': return b->proto == MX_MBOX_POP3 ? "STLS" : "STARTTLS";
	case 'R':
		return b->notes & MX_MBN_TLS_REFUSED ? T_(tr, "refused to "
		    "start TLS") : T_(tr, "does not offer TLS");
	case 'N':
		snprintf(buf, sz, "%d", b->port);
		return buf;
	case 'K':
		if (b->resp_code[0] == '\0')
			return b->login_text;
		snprintf(buf, sz, "[%s]", b->resp_code);
		return buf;
	default: return NULL;
	}
}

/* Findings of one mailbox check: its certificate, then every row of
 * mb_rules whose condition holds. */
static void
diag_one(struct mx__diag *d, const struct mx_mailbox *b)
{
	char subj[MX_HOST_MAX + MX_ADDR_MAX + 16], id[48];
	char subj_tr[MX_HOST_MAX + MX_ADDR_MAX + 16];
	char summary[MX_TEXT_MAX], summary_tr[MX_TEXT_MAX];
	const char *host = b->host[0] ? b->host : N_("the mailbox server");
	const char *proto = mx_mbox_proto_name(b->proto);
	const struct mb_ctx en = { b, 0 }, tr = { b, 1 };
	size_t i;

	/* The subject: a name, or words (translated for the reader). */
	if (b->addr[0] == '\0') {
		snprintf(subj, sizeof subj, "%s (no server found)", proto);
		snprintf(subj_tr, sizeof subj_tr, _("%s (no server found)"),
		    proto);
	} else {
		snprintf(subj, sizeof subj, "%s %s [%s]:%d", proto, host,
		    b->addr, b->port);
		snprintf(subj_tr, sizeof subj_tr, "%s %s [%s]:%d", proto,
		    b->host[0] ? b->host : _(host), b->addr, b->port);
	}
	if (b->tls.attempted)
		mx__diag_tls_cert(d, &b->tls, host, subj);
	for (i = 0; i < sizeof mb_rules / sizeof mb_rules[0]; i++) {
		const struct mb_rule *r = &mb_rules[i];
		if (!holds(r->cond, b))
			continue;
		mx__diag_expand(id, sizeof id, r->id, mb_value, &en);
		mx__diag_expand(summary, sizeof summary, r->summary, mb_value,
		    &en);
		mx__diag_expand(summary_tr, sizeof summary_tr, _(r->summary),
		    mb_value, &tr);
		mx__diag_add_text(d, id, r->sev, r->actor, subj, r->remedy,
		    summary, summary_tr);
	}
	if (strcmp(subj, subj_tr) != 0)
		mx__diag_subject_tr(d, subj, subj_tr);
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

/* One check's conclusion: reason, exit code, who must act (the side the
 * sentence names) and a sentence (tr: in the user's language, else
 * English). */
static void
conclude(const struct mx_mailbox *b, const char **reason, enum mx_exit *ex,
    enum mx_actor *actor, char *buf, size_t sz, int tr)
{
	const char *host = b->host[0] ? b->host : T_(tr, "the server");
	const char *P = pname(b);
	const char *otext = tr ? mx_mb_outcome_show(b) : b->outcome_text;
	const char *ltext = tr ? mx_mb_login_show(b) : b->login_text;

	*ex = MX_EXIT_TEMP;
	if (!b->done) {
		*reason = "onhold";
		*actor = MX_ACT_NOBODY;
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, T_(tr, "%s: checking %s..."), P, host);
		return;
	}
	if (b->outcome == MX_OUT_INJECTION) {
		*reason = "securityerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s injected data after the TLS go-ahead; "
		    "stopped before login (their side or the network path)."),
		    P, host);
	} else if (b->outcome == MX_OUT_NONE) {
		*reason = "onhold";
		*actor = MX_ACT_NOBODY;
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, T_(tr, "%s: cancelled."), P);
	} else if (b->failed_stage == MX_MB_RESOLVE) {
		*reason = "hostunknown";
		*actor = MX_ACT_US;
		*ex = MX_EXIT_UNKNOWN;
		snprintf(buf, sz, T_(tr, "%s: could not find the server (%s); give it "
		    "with --%s HOST."), P, otext,
		    mx_mbox_proto_name(b->proto));
	} else if (b->failed_stage == MX_MB_CONNECT) {
		*reason = "networkerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s [%s] port %d is unreachable (%s): "
		    "the server side, or a firewall on the way."), P, host,
		    b->addr, b->port, otext);
	} else if (b->outcome == MX_OUT_TLS) {
		*reason = "securityerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: TLS with %s failed (%s): their side."), P,
		    host, b->tls.error[0] ? b->tls.error : otext);
	} else if (b->failed_stage == MX_MB_GREETING &&
	    b->outcome != MX_OUT_OK) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable but its mail service "
		    "does not greet (%s): the provider's side."), P, host,
		    otext);
	} else if (b->login == MX_LOGIN_FAILED) {
		*reason = "authfailure";
		*actor = MX_ACT_US;
		*ex = MX_EXIT_PERM;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable but rejects the login of "
		    "%s: your side (user name or password)."), P, host, b->user);
	} else if (b->login == MX_LOGIN_LOCKED) {
		*reason = "systemerror";
		*actor = MX_ACT_US;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable; the login works but the "
		    "mailbox is locked by another session: usually your other "
		    "mail client."), P, host);
	} else if (b->login == MX_LOGIN_SERVER_ERROR ||
	    b->login == MX_LOGIN_DISABLED) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable but fails at login (%s): "
		    "the provider's side."), P, host, ltext);
	} else if (b->login == MX_LOGIN_REFUSED_PLAIN) {
		*reason = "securityerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable; login not tried: %s "
		    "(the provider's side)."), P, host, ltext);
	} else if (stat_refused(b)) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s accepts the login of %s but "
		    "refused STAT (%s): the number of messages is unknown (the "
		    "provider's side)."), P, host, b->user, otext);
	} else if (cmd_refused(b)) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s accepts the login of %s but "
		    "refused %s (%s): the provider's side."), P, host, b->user,
		    mx_mb_stage_word(b->proto, b->failed_stage), otext);
	} else if (reply_cut(b) == MBC_REPLY_FLOOD) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		/* TRANSLATORS: "POP3: pop.example.test was reached, but its
		 * reply never ended (41000 lines in 2.0 s): ..." */
		snprintf(buf, sz, T_(tr, "%s: %s was reached, but %s: the "
		    "provider's side."), P, host, otext);
	} else if (b->outcome != MX_OUT_OK) {
		*reason = "systemerror";
		*actor = MX_ACT_REMOTE;
		snprintf(buf, sz, T_(tr, "%s: %s: %s (the provider's side)."), P, host,
		    otext);
	} else if (b->login == MX_LOGIN_OK) {
		*reason = "accessible";
		*actor = MX_ACT_NOBODY;
		*ex = MX_EXIT_OK;
		if (b->nmsgs >= 0 && b->total_size >= 0)
			snprintf(buf, sz, T_(tr, "%s: %s is reachable and the login "
			    "works: %lld messages, %lld octets."), P, host,
			    b->nmsgs, b->total_size);
		else if (b->nmsgs < 0)
			snprintf(buf, sz, T_(tr, "%s: %s is reachable and the login "
			    "works; the number of messages is unknown."), P,
			    host);
		else
			snprintf(buf, sz, T_(tr, "%s: %s is reachable and the login "
			    "works: %lld messages."), P, host, b->nmsgs);
	} else {
		*reason = "reachable";
		*actor = MX_ACT_NOBODY;
		snprintf(buf, sz, T_(tr, "%s: %s is reachable; the login was not "
		    "tested (no user or password)."), P, host);
	}
}

/* The verdict of a mailbox-only run: the worst check decides. */
void
mx__mailbox_verdict(const struct mx_model *m, int warnings,
    struct mx_verdict *v)
{
	const char *reason, *worst = "onhold";
	enum mx_exit ex, wex = MX_EXIT_OK;
	enum mx_actor actor, wactor = MX_ACT_NOBODY;
	char buf[MX_TEXT_MAX];
	int i, first = 1;

	memset(v, 0, sizeof *v);
	for (i = 0; i < m->nmailbox; i++) {
		conclude(&m->mailbox[i], &reason, &ex, &actor, buf, sizeof buf,
		    0);
		if (first || ex > wex || (ex == MX_EXIT_UNKNOWN &&
		    wex != MX_EXIT_UNKNOWN)) {
			worst = reason;
			wex = ex;
			wactor = actor;
		}
		first = 0;
		mx_i18n_append(v->summary, sizeof v->summary, buf);
		conclude(&m->mailbox[i], &reason, &ex, &actor, buf, sizeof buf,
		    1);
		mx_i18n_append(v->summary_tr, sizeof v->summary_tr, buf);
		if (i > 0)	/* shown after the first (words.c) */
			mx_i18n_append(v->more_tr, sizeof v->more_tr, buf);
	}
	if (m->nmailbox == 0) {
		snprintf(v->summary, sizeof v->summary, "Checking...");
		snprintf(v->summary_tr, sizeof v->summary_tr, "%s",
		    _("Checking..."));
	}
	if (wex == MX_EXIT_OK && warnings)
		wex = MX_EXIT_TEMP;
	mx_strlcpy(v->reason, worst, sizeof v->reason);
	v->exit_code = wex;
	v->actor = wactor;
}
