/*
 * diag-int.h: what the diagnosis files share (diag.c, diag-bounce.c and
 * the mailbox diagnosis): the findings under construction and one way to
 * add to them.
 */
#ifndef MX_DIAG_INT_H
#define MX_DIAG_INT_H

#include "mx-int.h"

/* Findings under construction. */
struct mx__diag {
	const struct mx_model	*m;
	struct mx_finding	*f;
	int			 n, max;
};

/* Add a finding unless the same id and subject is already there. */
void	mx__diag_add_text(struct mx__diag *, const char *id,
	    enum mx_severity, enum mx_actor, const char *subject,
	    const char *remedy, const char *summary, const char *summary_tr);
/* Set the translated remedy of finding id on subject (a remedy formatted
 * at run time, which no catalogue entry can translate whole). */
void	mx__diag_remedy_tr(struct mx__diag *, const char *id,
	    const char *subject, const char *remedy_tr);
/* Set the translated subject of every finding on subject (a subject in
 * words, not a name: "pop3 (no server found)"). */
void	mx__diag_subject_tr(struct mx__diag *, const char *subject,
	    const char *subject_tr);
/* The same with the summary from a printf format (translated too). */
void	mx__diag_add(struct mx__diag *, const char *id, enum mx_severity,
	    enum mx_actor, const char *subject, const char *remedy,
	    const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Expand a row's "%X" escapes with value(X) (NULL: unknown key). */
void	mx__diag_expand(char *out, size_t sz, const char *fmt,
	    const char *(*value)(int key, const void *arg, char *num,
	    size_t numsz), const void *arg);
/* Certificate findings (tls.*) of one TLS handshake, any protocol. */
void	mx__diag_tls_cert(struct mx__diag *, const struct mx_tls *,
	    const char *host, const char *subject);
/* STARTTLS and certificate findings of one SMTP probe (diag-tls.c). */
void	mx__diag_tls(struct mx__diag *, const struct mx_probe *,
	    const char *host, const char *subject);
/* Findings of the mailbox checks (issue 5, mailbox-diag.c). */
void	mx__mailbox_diag(struct mx__diag *);
/* The verdict of a run that checked only mailboxes (mailbox-diag.c). */
void	mx__mailbox_verdict(const struct mx_model *, int warnings,
	    struct mx_verdict *);
/* Findings of the submission check (issue 14, diag-submission.c). */
void	mx__submission_diag(struct mx__diag *);
/* --submission in the verdict: the exit status becomes the worse of the
 * MX path's and the submission's; when sending fails at least as badly,
 * the reason and actor are the submission's.  Its findings are d->f[sa]
 * to d->f[sb - 1]; returns the index of the finding that decided (to
 * list first), or -1 (diag-submission.c). */
int	mx__submission_verdict(struct mx__diag *, struct mx_verdict *, int sa,
	    int sb);
/* Policy findings: SPF, DMARC, DKIM (src/policy/policy-diag.c). */
void	mx__policy_diag(struct mx__diag *);
/* An authentication refusal with SPF failing: which record to fix, in
 * the verdict (policy-diag.c). */
void	mx__policy_verdict(struct mx__diag *, struct mx_verdict *);
/* Blocklist findings (diag-dnsbl.c). */
void	mx__diag_dnsbl(struct mx__diag *);
/* Add a sentence after the verdict's own, English and translated: in
 * summary, summary_tr and more_tr (diag-verdict.c). */
void	mx__verdict_more(struct mx_verdict *, const char *en, const char *tr);
/* The verdict when DNS alone decides (no exchanger to try); 0 when the
 * probes decide (diag-verdict.c). */
int	mx__diag_verdict_dns(const struct mx_model *, struct mx_verdict *);
/* The verdict from the probes (all, or those marked in only) walked as an
 * MTA would; returns the probe that decided it, or NULL (diag-verdict.c). */
const struct mx_probe *mx__diag_walk(const struct mx_model *, int warnings,
	    struct mx_verdict *, const unsigned char *only);
/* Resolvers that give different MX sets: one outcome per view; the
 * verdict follows the newest zone (diag-views.c). */
void	mx__diag_views(struct mx__diag *, struct mx_verdict *, int warnings);
/* Exchangers of equal preference that accept and refuse the mail: the
 * finding, and the verdict's words when it said deliverable
 * (diag-equalpref.c). */
void	mx__diag_equalpref(struct mx__diag *, struct mx_verdict *);
/* The MX set's form, its exchangers' names and addresses (alias, no
 * address, RFC 6890 blocks, split horizon, null MX mixed; diag-mxhosts.c). */
void	mx__diag_mxhosts(struct mx__diag *);
/* How many addresses of resolver r (NULL: of all) are not probed as
 * unreachable from the Internet (RFC 6890; diag-mxhosts.c). */
int	mx__diag_unreachable(const struct mx_model *,
	    const struct mx_resolver *r);
/* RFC 1982 §3.2: whether SOA serial a is older than b (diag-views.c). */
int	mx__serial_older(uint32_t a, uint32_t b);
/* Remedy text of a reason word (diag-reason.c); "" if none. */
const char	*mx__reason_advice(const char *reason);
/* Who must act on a reason; *also gets the second when *has_also. */
enum mx_actor	 mx__reason_actor(const char *reason, int listed,
		    enum mx_actor *also, int *has_also);
/* Whether a reason is soft (exit 1 even after a 5xx). */
int		 mx__reason_soft(const char *reason);
/* Whether a blocklist lookup of this run found a listing. */
int		 mx__diag_listed(const struct mx_model *);
/* The full text of the reply a probe stopped at (all its lines). */
const char	*mx__probe_reply_text(const struct mx_probe *);
/* The reason of the reply a probe stopped at (mx_reason_classify on all
 * its lines, with what the live check knows: the exchanger host's
 * provider among it, and an exchanger's postmaster RCPT: m, the model of
 * an exchanger's probe, NULL for the submission dialogue's). */
const char	*mx__probe_reason(const struct mx_model *,
		    const struct mx_probe *, const char *host);
/* What the postmaster RCPT after a refused recipient tells (RFC 5321
 * §4.5.1; diag-postmaster.c): nothing, the domain is served there (the
 * address itself is refused), the server does not take mail for the
 * domain at all, or it handles the domain but refuses its postmaster
 * with a mailbox status (nothing of the target; smtp.no_postmaster). */
enum mx__pm { MX_PM_NONE, MX_PM_SERVED, MX_PM_NOT_SERVED,
	MX_PM_NO_POSTMASTER };
/* The judgement from the recipient's refusal reason and the postmaster
 * reply's code (0: none), enhanced status and reason (a pure function;
 * for a target that is the postmaster, its own reply). */
enum mx__pm	 mx__pm_judge(const char *rcpt_reason, int pm_code,
		    const char *pm_esc, const char *pm_reason);
/* The judgement of an exchanger's probe (m NULL: MX_PM_NONE). */
enum mx__pm	 mx__probe_pm(const struct mx_model *, const struct mx_probe *,
		    const char *host);
/* The sentence a refusal's finding gets when the domain's postmaster
 * was accepted ("" otherwise); tr: in the reader's language. */
void		 mx__pm_sentence(const struct mx_model *,
		    const struct mx_probe *, const char *host, int tr,
		    char *buf, size_t sz);
/* The verdict's sentence of a probe refused at RCPT with what the
 * postmaster RCPT told; 0 when it told nothing. */
int		 mx__pm_said(const struct mx_model *, const struct mx_probe *,
		    const char *host, int tr, char *buf, size_t sz);
/* smtp.domain_not_served when the exchanger refuses the domain's
 * postmaster too; whether it was made (smtp.no_postmaster, information,
 * when it refuses the postmaster with a mailbox status). */
int		 mx__diag_pm(struct mx__diag *, const struct mx_probe *,
		    const char *host, const char *subject);
/* Whether --size is above the SIZE limit the probe's exchanger announced
 * in its EHLO reply (RFC 1870 §4) (diag-probe.c). */
int		 mx__probe_size_over(const struct mx_model *,
		    const struct mx_probe *);

/* The finding of a probe's end (diag-probe.c); size_found: a SIZE
 * finding was made for it already. */
void		 mx__diag_probe_end(struct mx__diag *, const struct mx_probe *,
		    const char *subject, int size_found);
/* The finding of the 4xx/5xx a dialogue stopped at, by its reason
 * (src/reason/): PREFIX.STAGE_rejected / _deferred (diag-probe.c). */
void		 mx__diag_refusal(struct mx__diag *, const struct mx_probe *,
		    const char *prefix, const char *host, const char *subject);

/* Reverse DNS findings of one probe: rdns.not_confirmed (FCrDNS) and
 * rdns.banner_mismatch (diag-rdns.c). */
void	mx__diag_rdns(struct mx__diag *, const struct mx_probe *,
	    const char *host, const char *subject);
/* Every address timed out on port 25 but one answered on an --alt-ports
 * port: smtp.port25_blocked and the verdict (diag-port25.c). */
void	mx__diag_port25(struct mx__diag *, struct mx_verdict *);
/* What --retry found: smtp.retry_cleared / smtp.retry_not_cleared and
 * the verdict's words (diag-retry.c). */
void	mx__diag_retry(struct mx__diag *, struct mx_verdict *);
/* A run stopped by --deadline: say what was not finished
 * (diag-deadline.c). */
void	mx__diag_deadline(struct mx__diag *, struct mx_verdict *);
/* Listings a live reply led to, in the verdict (diag-evidence.c). */
void	mx__diag_evidence(struct mx__diag *, struct mx_verdict *);
/* The subject shown of the findings on an exchanger that is its own
 * address (a numeric --server): its label, not "A [A]" (diag-label.c). */
void	mx__diag_subject_labels(struct mx__diag *);
/* Whether host is a numeric --server (or an address literal target's
 * address), which has no name to check (diag-label.c). */
int	mx__diag_server_numeric(const struct mx_model *, const char *host);
/* Compare what a bounce said with what the live check found (issue 4). */
void	mx__diag_bounce(struct mx__diag *, const struct mx_verdict *);

#endif
