/*
 * diag-tls: findings about one TLS handshake and its certificate
 * (RFC 3207, RFC 6125), for SMTP and the mailbox protocols alike.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "diag-int.h"

/* TLS findings for one probe (RFC 3207, RFC 6125). */
void
mx__diag_tls(struct mx__diag *d, const struct mx_probe *p, const char *host,
    const char *subj)
{
	const struct mx_tls *t = &p->tls;

	if (p->caps_plain.esmtp && !p->caps_plain.starttls)
		mx__diag_add(d, "tls.unavailable", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin should enable STARTTLS; until then mail "
		    "to it travels unencrypted.", "%s does not offer STARTTLS:"
		    " mail to it travels in clear text.", host);
	else if (p->reply[MX_ST_STARTTLS].code >= 400)
		mx__diag_add(d, "tls.unavailable", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin must fix TLS (certificate, key, "
		    "configuration).", "%s offers STARTTLS but refused it "
		    "(%d): mail travels in clear text.", host,
		    p->reply[MX_ST_STARTTLS].code);
	if (t->attempted)
		mx__diag_tls_cert(d, t, host, subj);
}

/* Certificate findings of one TLS handshake, any protocol (RFC 6125). */
void
mx__diag_tls_cert(struct mx__diag *d, const struct mx_tls *t,
    const char *host, const char *subj)
{
	if (!t->ok) {
		mx__diag_add(d, "tls.handshake_failed", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin must fix the TLS setup; senders fall "
		    "back to clear text or defer.", "TLS handshake with %s "
		    "failed: %s.", host, t->error);
		return;
	}
	if (t->no_cert)
		mx__diag_add(d, "tls.no_certificate", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin must install a certificate.",
		    "%s sent no certificate.", host);
	if (t->expired)
		mx__diag_add(d, "tls.cert_expired", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin must renew the certificate.",
		    "The certificate of %s expired on %s.", host, t->not_after);
	if (!t->no_cert && !t->verified)
		mx__diag_add(d, "tls.cert_untrusted", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin should install a certificate from a "
		    "trusted CA with its full chain; senders that require "
		    "TLS (MTA-STS, DANE) will not deliver.",
		    "The certificate of %s is not trusted: %s (issuer %s).",
		    host, t->verify_error[0] ? t->verify_error : "unknown CA",
		    t->issuer);
	/* A numeric --server (or an address literal) has no host name
	 * for a certificate to carry: senders reach it by its MX name,
	 * which --server NAME checks (RFC 6125 §6 matches names). */
	if (!t->no_cert && !t->name_ok &&
	    !mx__diag_server_numeric(d->m, host))
		mx__diag_add(d, "tls.cert_name_mismatch", MX_SEV_WARN, MX_ACT_REMOTE,
		    subj, "The remote admin must use a certificate that names "
		    "the exchanger (subjectAltName).",
		    "The certificate of %s does not name it (subject %s).",
		    host, t->subject);
	if (strcmp(t->protocol, "TLSv1") == 0 ||
	    strcmp(t->protocol, "TLSv1.1") == 0 ||
	    strncmp(t->protocol, "SSL", 3) == 0)
		mx__diag_add(d, "tls.old_protocol", MX_SEV_WARN, MX_ACT_REMOTE, subj,
		    "The remote admin should enable TLS 1.2 or later.",
		    "%s only speaks %s.", host, t->protocol);
}
