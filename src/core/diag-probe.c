/*
 * diag-probe: the finding a probe's end gives, from one table (issue 10):
 * {structured failure class, stage, family} -> {id, severity, actor,
 * summary, remedy}.  The class comes from the transport (connection
 * refused, timed out, reset, no route; TLS handshake; protocol violation;
 * injection) or from the reply (4xx/5xx at a stage, RFC 5321 §4.2.1);
 * outcome_text is only ever quoted, never parsed.  A refusal's finding
 * takes its actor and remedy from the reason table (diag-reason.c).
 */
#include <stdio.h>
#include <string.h>

#include "diag-int.h"
#include "reason.h"
#include "reason-hosts.h"
#include "i18n.h"

/* Which stages a row matches. */
enum stage_class { SC_ANY, SC_CONNECT, SC_BANNER, SC_AFTER_BANNER };

/* One row: a failure class at some stages -> one finding.  The summary's
 * % escapes: %H host, %L the host at its address ("HOST [ADDR]", or ADDR
 * alone when the host is that address: mx_exch_label), %P port, %S
 * stage, %T the outcome's words.  A row with family 6 matches IPv6
 * addresses only; one with a note, only probes that carry it.  The first
 * row that matches gives the finding. */
struct end_rule {
	enum mx_fail		 fail;
	enum stage_class	 stages;
	int			 family;
	int			 note;	/* an MX_NOTE_* bit it needs, or 0 */
	const char		*id;
	enum mx_severity	 sev;
	enum mx_actor		 actor;
	const char		*summary, *remedy;
};

static const struct end_rule end_rules[] = {
	{ MX_FAIL_REFUSED, SC_CONNECT, 0, 0, "smtp.connect_refused",
	  MX_SEV_ERROR,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_REMOTE, N_("%L refused the connection on port %P."),
	  N_("The SMTP service is down or a firewall rejects the SMTP port; the "
	  "remote admin must restore it.") },
	/* Our own host has no IPv6 route: not the remote's fault. */
	{ MX_FAIL_NOROUTE, SC_CONNECT, 6, 0, "smtp.no_ipv6_route", MX_SEV_INFO,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_US, N_("%L was not tried: this machine cannot reach IPv6 "
	  "addresses."), N_("This machine has no IPv6 route; test with -4, or "
	  "from a host with IPv6. Senders with IPv6 will use this address.") },
	{ MX_FAIL_TIMEOUT, SC_CONNECT, 0, 0, "smtp.connect_timeout",
	  MX_SEV_ERROR,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_ISP, N_("No answer from %L on port %P."),
	  N_("A firewall drops port 25 on the way (our ISP often blocks outbound "
	  "port 25) or the host is down.") },
	/* hostile-inputs 1.5: "220-" lines flooded (MX_PROTO_FLOOD_LPS)
	 * until the step deadline: reached, but the greeting never ended. */
	{ MX_FAIL_TIMEOUT, SC_BANNER, 0, MX_NOTE_FLOOD, "smtp.no_banner",
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address;
	   * %T: "its reply never ended (812 lines in 1.0 s)". */
	  MX_SEV_ERROR, MX_ACT_REMOTE, N_("%L was reached, but %T."),
	  N_("The server floods: it kept sending lines of its greeting at "
	  "full speed and never ended it (a looping server, a broken filter "
	  "or proxy in front of it); the remote admin must fix the SMTP "
	  "service.") },
	/* hostile-inputs 1.5: "220-" lines trickled past the step deadline
	 * (a greeting delay, a tarpit): a greeting begun, never ended. */
	{ MX_FAIL_TIMEOUT, SC_BANNER, 0, MX_NOTE_TRICKLE, "smtp.no_banner",
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address;
	   * %T: "only 3 lines of the reply within 10 s, no end". */
	  MX_SEV_ERROR, MX_ACT_REMOTE, N_("%L was still sending its greeting "
	  "when the time ran out (%T)."), N_("The server stalls: it sends its "
	  "greeting too slowly to finish in time (overload, a tarpit, a "
	  "greeting delay); re-test with a longer --timeout, and if it "
	  "persists the remote admin must check the SMTP service.") },
	{ MX_FAIL_TIMEOUT, SC_BANNER, 0, 0, "smtp.no_banner", MX_SEV_ERROR,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_REMOTE, N_("%L accepted the connection but sent no "
	  "greeting."), N_("The server accepts connections but never greets; the "
	  "remote admin must check the SMTP service (overload, hung process, "
	  "tarpit).") },
	/* A reply's "250-" lines flooded until the step deadline. */
	{ MX_FAIL_TIMEOUT, SC_AFTER_BANNER, 0, MX_NOTE_FLOOD,
	  /* TRANSLATORS: %S: the step ("ehlo", "rcpt"); %T: "its reply
	   * never ended (812 lines in 1.0 s)". */
	  "smtp.reply_timeout", MX_SEV_ERROR, MX_ACT_REMOTE, N_("%H answered "
	  "%S, but %T."),
	  N_("The server floods: it kept sending lines of its reply at full "
	  "speed and never ended it (a looping server, a broken filter or "
	  "proxy in front of it); the remote admin must fix the server.") },
	/* A reply's "250-" lines trickled past the step deadline. */
	{ MX_FAIL_TIMEOUT, SC_AFTER_BANNER, 0, MX_NOTE_TRICKLE,
	  /* TRANSLATORS: %S: the step ("ehlo", "rcpt"); %T: "only 3 lines
	   * of the reply within 10 s, no end". */
	  "smtp.reply_timeout", MX_SEV_ERROR, MX_ACT_REMOTE, N_("%H was still "
	  "sending its answer to %S when the time ran out (%T)."),
	  N_("The server stalls: it sends its reply too slowly to finish in "
	  "time (overload, a tarpit); re-test and ask the remote admin to "
	  "check its load.") },
	{ MX_FAIL_TIMEOUT, SC_AFTER_BANNER, 0, 0, "smtp.reply_timeout",
	  MX_SEV_ERROR, MX_ACT_REMOTE, N_("%H did not answer %S in time."),
	  N_("The server stalls; re-test and ask the remote admin to check its "
	  "load.") },
	{ MX_FAIL_CLOSED, SC_BANNER, 0, 0, "smtp.no_banner", MX_SEV_ERROR,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_REMOTE, N_("%L closed the connection without a greeting."),
	  N_("The server accepts connections but its SMTP service hangs or drops "
	  "them; the remote admin must check it.") },
	{ MX_FAIL_RESET, SC_BANNER, 0, 0, "smtp.no_banner", MX_SEV_ERROR,
	  MX_ACT_REMOTE, N_("%L closed the connection without a greeting."),
	  N_("The server accepts connections but its SMTP service hangs or drops "
	  "them; the remote admin must check it.") },
	{ MX_FAIL_CLOSED, SC_AFTER_BANNER, 0, 0, "smtp.connection_lost",
	  MX_SEV_ERROR, MX_ACT_REMOTE, N_("%H: %T."),
	  N_("Re-test; if it persists the remote admin must check the server.") },
	{ MX_FAIL_RESET, SC_AFTER_BANNER, 0, 0, "smtp.connection_lost",
	  MX_SEV_ERROR, MX_ACT_REMOTE, N_("%H: %T."),
	  N_("Re-test; if it persists the remote admin must check the server.") },
	{ MX_FAIL_INJECTION, SC_ANY, 0, 0, "smtp.starttls_injection",
	  MX_SEV_CRIT, MX_ACT_REMOTE,
	  N_("%H sent data after its STARTTLS reply, before TLS began."),
	  N_("Someone on the path, or a broken server, can inject commands "
	  "(CVE-2011-0411 class); the remote admin must fix the server or the"
	  " middlebox. The check stopped there.") },
	{ MX_FAIL_PROTOCOL, SC_ANY, 0, 0, "smtp.protocol_error", MX_SEV_ERROR,
	  MX_ACT_REMOTE, N_("%H answered %S with something that is not SMTP: %T."),
	  N_("The remote admin must fix the server.") },
	/* Any other way the connection failed before the greeting. */
	{ MX_FAIL_NOROUTE, SC_CONNECT, 0, 0, "smtp.unreachable", MX_SEV_ERROR,
	  /* TRANSLATORS: %L: "mx1.example.test [192.0.2.1]" or the address. */
	  MX_ACT_ISP, N_("%L is unreachable: %T."),
	  N_("Check routing and firewalls between us and the exchanger.") },
	{ MX_FAIL_RESET, SC_CONNECT, 0, 0, "smtp.unreachable", MX_SEV_ERROR,
	  MX_ACT_ISP, N_("%L is unreachable: %T."),
	  N_("Check routing and firewalls between us and the exchanger.") },
	{ MX_FAIL_CLOSED, SC_CONNECT, 0, 0, "smtp.unreachable", MX_SEV_ERROR,
	  MX_ACT_ISP, N_("%L is unreachable: %T."),
	  N_("Check routing and firewalls between us and the exchanger.") },
	{ MX_FAIL_INTERNAL, SC_CONNECT, 0, 0, "smtp.unreachable", MX_SEV_ERROR,
	  MX_ACT_ISP, N_("%L is unreachable: %T."),
	  N_("Check routing and firewalls between us and the exchanger.") },
};

/* Whether a stage belongs to a class. */
static int
stage_in(enum mx_stage st, enum stage_class sc)
{
	switch (sc) {
	case SC_CONNECT:
		return st == MX_ST_CONNECT || st == MX_ST_PENDING;
	case SC_BANNER:
		return st == MX_ST_BANNER;
	case SC_AFTER_BANNER:
		return st > MX_ST_BANNER;
	default:
		return 1;
	}
}

/* What a probe row's summary escape stands for (mx__diag_expand). */
struct end_ctx {
	const struct mx_model	*m;
	const struct mx_probe	*p;
	int			 tr;	/* for the translated summary */
	char			 label[MX_EXCH_LABEL_MAX];
};

/* The value of one summary escape of end_rules for a probe. */
static const char *
end_value(int key, const void *arg, char *num, size_t numsz)
{
	const struct end_ctx *c = arg;

	switch (key) {
	case 'H': return c->m->exch[c->p->mx_index].host;
	case 'L': return c->label;
	case 'S': return c->tr ? mx_stage_tr(c->p->failed_stage) :
	    mx_stage_name(c->p->failed_stage);
	case 'T': return c->tr ? mx_probe_outcome_text(c->p) :
	    c->p->outcome_text;
	case 'P':
		snprintf(num, numsz, "%d", c->m->port);
		return num;
	default: return NULL;
	}
}

/* Whether --size is above the SIZE limit the probe's exchanger announced;
 * see diag-int.h.  RFC 1870 §4: a message larger than the SIZE keyword's
 * number "will be rejected with a permanent failure (552)", whether the
 * server refuses MAIL's SIZE= at once (Postfix, Exim) or only after the
 * data (OpenSMTPD 6.8 takes MAIL FROM with any SIZE= and answers the
 * message "554 5.3.4 Message too big for system"). */
int
mx__probe_size_over(const struct mx_model *m, const struct mx_probe *p)
{
	return m->size > 0 && p->caps.has_size && p->caps.size > 0 &&
	    m->size > p->caps.size;
}

/* The finding of a probe's end (a row of end_rules, or the refusal). */
void
mx__diag_probe_end(struct mx__diag *d, const struct mx_probe *p,
    const char *subj, int size_found)
{
	const struct mx_model *m = d->m;
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	const char *host = m->exch[p->mx_index].host;
	struct end_ctx ctx = { m, p, 0, "" }, ctx_tr = { m, p, 1, "" };
	char summary[MX_TEXT_MAX], summary_tr[MX_TEXT_MAX];
	size_t i;

	mx_exch_label(host, p->addr, ctx.label, sizeof ctx.label);
	memcpy(ctx_tr.label, ctx.label, sizeof ctx_tr.label);
	for (i = 0; i < sizeof end_rules / sizeof end_rules[0]; i++) {
		const struct end_rule *e = &end_rules[i];
		if (e->fail != p->fail || !stage_in(p->failed_stage,
		    e->stages) || (e->family != 0 && e->family != p->family) ||
		    (e->note != 0 && (p->notes & e->note) == 0))
			continue;
		mx__diag_expand(summary, sizeof summary, e->summary,
		    end_value, &ctx);
		mx__diag_expand(summary_tr, sizeof summary_tr, _(e->summary),
		    end_value, &ctx_tr);
		mx__diag_add_text(d, e->id, e->sev, e->actor, subj, e->remedy,
		    summary, summary_tr);
		return;
	}
	/* One cause, one finding: a SIZE refusal is smtp.size_exceeded. */
	if (size_found && (p->fail == MX_FAIL_REPLY_4XX || p->fail ==
	    MX_FAIL_REPLY_5XX) && r->code >= 400 &&
	    strcmp(mx__probe_reason(m, p, host), "mesgtoobig") == 0)
		return;
	if (mx__diag_pm(d, p, host, subj))	/* the domain is not served */
		return;
	mx__diag_refusal(d, p, "smtp", host, subj);
}

/* End a text that quotes a server's words with a period, unless it ends
 * with a mark already. */
static void
end_sentence(char *s, size_t sz)
{
	size_t n = strlen(s);

	if (n > 0 && strchr(".!?:;)", s[n - 1]) == NULL && (s[n - 1] & 0x80) == 0)
		mx_strlcpy(s + n, ".", sz - n);
}

/* The finding of a 4xx/5xx a dialogue stopped at, classified through
 * src/reason/ (the reason's actor and remedy): PREFIX.STAGE_rejected or
 * PREFIX.STAGE_deferred; host names the server (an exchanger, or the
 * submission host).  Nothing when the dialogue did not end on one. */
void
mx__diag_refusal(struct mx__diag *d, const struct mx_probe *p,
    const char *prefix, const char *host, const char *subj)
{
	const struct mx_stage_reply *r = &p->reply[p->failed_stage];
	const struct mx_model *m = strcmp(prefix, "smtp") == 0 ? d->m : NULL;
	const char *why, *rule;
	struct mx_rr_host_hit hit;
	enum mx_actor act;
	char id[48], en[MX_TEXT_MAX + 1024], tr[MX_TEXT_MAX + 1024];
	char why_en[256], why_tr[256], pm_en[256], pm_tr[512];

	if ((p->fail != MX_FAIL_REPLY_4XX && p->fail != MX_FAIL_REPLY_5XX) ||
	    r->code < 400)
		return;
	why = mx_reason_live_hit(p->failed_stage, r->code, r->esc,
	    mx__probe_reply_text(p), host, &hit);
	act = mx__reason_actor(why, mx__diag_listed(d->m), NULL, NULL);
	snprintf(id, sizeof id, "%s.%s_%s", prefix,
	    mx_stage_name(p->failed_stage), r->code >= 500 ? "rejected" :
	    "deferred");
	/* Which provider row decided, when one did (issue 12): "Gmail's
	 * own meaning of 4.7.27", a vendor code "dt:spm". */
	rule = hit.pat == NULL ? NULL : hit.pat[0] == '=' ? hit.pat + 1 :
	    hit.pat;
	if (rule == NULL) {
		snprintf(why_en, sizeof why_en, "%s", why);
		snprintf(why_tr, sizeof why_tr, "%s", why);
	} else if (hit.system != NULL && hit.system[0] != '\0') {
		snprintf(why_en, sizeof why_en, "%s: %s's own meaning of %s",
		    why, hit.system, rule);
		snprintf(why_tr, sizeof why_tr, _("%s: %s's own meaning of %s"),
		    why, hit.system, rule);
	} else {
		snprintf(why_en, sizeof why_en, "%s: the vendor code %s", why,
		    rule);
		snprintf(why_tr, sizeof why_tr, _("%s: the vendor code %s"), why,
		    rule);
	}
	/* The stage: its JSON name in English, the command in translation. */
	snprintf(en, sizeof en, "%s answered %s with %d%s%s (%s): %s", host,
	    mx_stage_name(p->failed_stage), r->code, r->esc[0] ? " " : "",
	    r->esc, why_en, mx__probe_reply_text(p));
	snprintf(tr, sizeof tr, _("%s answered %s with %d%s%s (%s): %s"), host,
	    mx_stage_tr(p->failed_stage), r->code, r->esc[0] ? " " : "",
	    r->esc, why_tr, mx__probe_reply_text(p));
	/* The postmaster RCPT's evidence (diag-postmaster.c), if any. */
	mx__pm_sentence(m, p, host, 0, pm_en, sizeof pm_en);
	mx__pm_sentence(m, p, host, 1, pm_tr, sizeof pm_tr);
	if (pm_en[0] != '\0') {	/* after the server's words, a sentence */
		end_sentence(en, sizeof en);
		end_sentence(tr, sizeof tr);
	}
	mx_i18n_append(en, sizeof en, pm_en);
	mx_i18n_append(tr, sizeof tr, pm_tr);
	mx__diag_add_text(d, id, r->code >= 500 ? MX_SEV_ERROR : MX_SEV_WARN,
	    act, subj, *mx__reason_advice(why) != '\0' ?
	    mx__reason_advice(why) : N_("Read the server's words above; the "
	    "verdict says what follows from them."), en, tr);
}
