/*
 * tls: the client SSL_CTX and the certificate check (RFC 3207 §4.1 leaves
 * the decision to the client; RFC 6125 for the name).  Verification never
 * aborts a handshake: every chain, name and date error is recorded so the
 * diagnosis can say exactly what is wrong (hostile-inputs.md §1.7).
 */
#include <arpa/inet.h>
#include <sys/socket.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "tls.h"
#include "i18n.h"

/* Per-handshake record of chain errors, kept in SSL ex_data. */
struct tls_errs {
	int	 untrusted, expired, not_yet_valid, name_bad;
	long	 first;
	char	 host[256];	/* the name we expect */
};

static int tls_ex_index = -1;

/* Record every verification error and let the handshake go on. */
static int
tls_verify_cb(int ok, X509_STORE_CTX *xctx)
{
	SSL *ssl;
	struct tls_errs *e;
	int err;

	if (ok)
		return 1;
	ssl = X509_STORE_CTX_get_ex_data(xctx,
	    SSL_get_ex_data_X509_STORE_CTX_idx());
	if (ssl == NULL || (e = SSL_get_ex_data(ssl, tls_ex_index)) == NULL)
		return 1;
	err = X509_STORE_CTX_get_error(xctx);
	if (e->first == X509_V_OK)
		e->first = err;
	switch (err) {
	case X509_V_ERR_HOSTNAME_MISMATCH:
	case X509_V_ERR_IP_ADDRESS_MISMATCH:	/* a name error, not trust */
		e->name_bad = 1;
		break;
	case X509_V_ERR_CERT_HAS_EXPIRED:
		e->expired = 1;
		break;
	case X509_V_ERR_CERT_NOT_YET_VALID:
		e->not_yet_valid = 1;
		break;
	default:
		e->untrusted = 1;
		break;
	}
	return 1;
}

/* Add every certificate of a PEM text to the context's trust store. */
static int
tls_add_pem(SSL_CTX *ctx, const char *pem)
{
	BIO *bio = BIO_new_mem_buf(pem, -1);
	X509 *x;
	int n = 0;

	if (bio == NULL)
		return -1;
	while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
		X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), x);
		X509_free(x);
		n++;
	}
	ERR_clear_error();
	BIO_free(bio);
	return n > 0 ? 0 : -1;
}

/* ex_data free callback: the error record goes with its SSL, also when
 * a handshake is abandoned before mx_tls_record (issue 9: a leak per
 * STARTTLS cut off by the step deadline). */
static void
tls_errs_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx,
    long argl, void *argp)
{
	(void)parent;
	(void)ad;
	(void)idx;
	(void)argl;
	(void)argp;
	free(ptr);
}

/* Whether host is an IPv4 or IPv6 address literal (no brackets). */
static int
tls_ip_literal(const char *host)
{
	unsigned char buf[16];

	return inet_pton(AF_INET, host, buf) == 1 ||
	    inet_pton(AF_INET6, host, buf) == 1;
}

/* A client context trusting the system store plus ca_file/ca_pem. */
static SSL_CTX *
tls_ctx_build(const char *ca_file, const char *ca_pem, char **cause)
{
	SSL_CTX *ctx;

	if (tls_ex_index < 0)
		tls_ex_index = SSL_get_ex_new_index(0, NULL, NULL, NULL,
		    tls_errs_free);
	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL) {
		*cause = mx_xstrdup(E_("cannot create a TLS context"));
		return NULL;
	}
	/* A diagnostic client talks to old servers too and reports them. */
	SSL_CTX_set_security_level(ctx, 0);
	SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
	/* The system store by hashed directory: certificates are read when
	 * a chain needs them, not all ~150 at start (which cost more than a
	 * network round trip of the whole check).  SSL_CERT_FILE, when set,
	 * is honoured as before. */
	if (getenv(X509_get_default_cert_file_env()) != NULL ||
	    SSL_CTX_load_verify_dir(ctx, getenv(X509_get_default_cert_dir_env())
	    != NULL ? getenv(X509_get_default_cert_dir_env()) :
	    X509_get_default_cert_dir()) != 1)
		SSL_CTX_set_default_verify_paths(ctx);
	ERR_clear_error();
	if (ca_file != NULL && SSL_CTX_load_verify_locations(ctx, ca_file,
	    NULL) != 1) {
		*cause = mx_xasprintf(E_("cannot load CA certificates from %s"),
		    ca_file);
		SSL_CTX_free(ctx);
		ERR_clear_error();
		return NULL;
	}
	if (ca_pem != NULL && tls_add_pem(ctx, ca_pem) != 0) {
		*cause = mx_xstrdup(E_("no CA certificate in the PEM text"));
		SSL_CTX_free(ctx);
		return NULL;
	}
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, tls_verify_cb);
	return ctx;
}

/* Prepare ssl for a handshake with host: SNI and the name check. */
int
mx_tls_prepare(SSL *ssl, const char *host)
{
	struct tls_errs *e = mx_xcalloc(1, sizeof *e);

	e->first = X509_V_OK;
	free(SSL_get_ex_data(ssl, tls_ex_index));	/* a second prepare */
	SSL_set_ex_data(ssl, tls_ex_index, e);
	if (host == NULL || *host == '\0')
		return 0;
	mx_strlcpy(e->host, host, sizeof e->host);
	if (tls_ip_literal(host)) {
		/* No SNI for an address (RFC 6066 §3); SSL_set1_host checks
		 * DNS names only, so the address goes to the IP check
		 * (iPAddress subjectAltName, RFC 5280 §4.2.1.6). */
		return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl),
		    host) == 1 ? 0 : -1;
	}
	SSL_set_tlsext_host_name(ssl, host);
	SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
	return SSL_set1_host(ssl, host) == 1 ? 0 : -1;
}

/* Print an X509 name as RFC 2253 text, sanitized, into dst. */
static void
tls_name(X509_NAME *name, char *dst, size_t sz)
{
	BIO *bio = BIO_new(BIO_s_mem());
	char *p;
	long n;

	dst[0] = '\0';
	if (bio == NULL)
		return;
	X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
	n = BIO_get_mem_data(bio, &p);
	if (n > 0)
		mx_sanitize(dst, sz, p, (size_t)n);
	BIO_free(bio);
}

/* Format an ASN1 time as ISO 8601 UTC. */
static void
tls_time(const ASN1_TIME *t, char *dst, size_t sz)
{
	struct tm tm;

	dst[0] = '\0';
	if (t != NULL && ASN1_TIME_to_tm(t, &tm) == 1)
		strftime(dst, sz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Fill tls from a finished (or failed) handshake on ssl. */
void
mx_tls_record(SSL *ssl, struct mx_tls *tls)
{
	struct tls_errs *e = SSL_get_ex_data(ssl, tls_ex_index);
	const char *host = e != NULL && e->host[0] != '\0' ? e->host : NULL;
	const SSL_CIPHER *cipher;
	X509 *cert;

	tls->attempted = 1;
	tls->ok = SSL_is_init_finished(ssl);
	if (!tls->ok)
		goto done;
	mx_strlcpy(tls->protocol, SSL_get_version(ssl), sizeof tls->protocol);
	if ((cipher = SSL_get_current_cipher(ssl)) != NULL)
		mx_strlcpy(tls->cipher, SSL_CIPHER_get_name(cipher),
		    sizeof tls->cipher);
	if ((cert = SSL_get1_peer_certificate(ssl)) == NULL) {
		/* SSL_get_verify_result says OK when no cert was sent. */
		tls->no_cert = 1;
		mx_strlcpy(tls->verify_error, "no peer certificate",
		    sizeof tls->verify_error);
		goto done;
	}
	tls_name(X509_get_subject_name(cert), tls->subject, sizeof tls->subject);
	tls_name(X509_get_issuer_name(cert), tls->issuer, sizeof tls->issuer);
	tls_time(X509_get0_notAfter(cert), tls->not_after, sizeof tls->not_after);
	tls->expired = X509_cmp_current_time(X509_get0_notAfter(cert)) < 0;
	tls->not_yet_valid = X509_cmp_current_time(X509_get0_notBefore(cert)) > 0;
	/* RFC 6125 §6 via OpenSSL; never a hand-parsed CN. */
	tls->name_ok = host == NULL || (tls_ip_literal(host) ?
	    X509_check_ip_asc(cert, host, 0) == 1 : X509_check_host(cert, host,
	    0, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, NULL) == 1);
	tls->verify_code = SSL_get_verify_result(ssl);
	if (e != NULL) {
		tls->verified = !e->untrusted;
		if (e->first != X509_V_OK)
			tls->verify_code = e->first;
		tls->expired |= e->expired;
		tls->not_yet_valid |= e->not_yet_valid;
	} else
		tls->verified = tls->verify_code == X509_V_OK;
	if (tls->verify_code != X509_V_OK)
		mx_strlcpy(tls->verify_error,
		    X509_verify_cert_error_string(tls->verify_code),
		    sizeof tls->verify_error);
	X509_free(cert);
done:
	if (e != NULL) {
		SSL_set_ex_data(ssl, tls_ex_index, NULL);
		free(e);
	}
}

/* mx_tls_ctx_share: the one context every engine of a batch uses. */
static struct {
	int	 on;
	SSL_CTX	*ctx;
	char	*ca_file, *ca_pem;
} shared;

/* Whether two optional strings are equal (NULL equals NULL only). */
static int
same(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* Share one context between the engines of a process (1), or drop it
 * (0).  Loading the trust store is the dearest part of starting an
 * engine (a whole CA bundle when SSL_CERT_FILE is set): a batch pays it
 * once.  An SSL_CTX may serve many connections at once. */
void
mx_tls_ctx_share(int on)
{
	if (shared.ctx != NULL)
		SSL_CTX_free(shared.ctx);
	free(shared.ca_file);
	free(shared.ca_pem);
	memset(&shared, 0, sizeof shared);
	shared.on = on;
}

/* A client context (the shared one when sharing and it trusts the same). */
SSL_CTX *
mx_tls_ctx_new(const char *ca_file, const char *ca_pem, char **cause)
{
	SSL_CTX *ctx;

	if (shared.ctx != NULL && same(shared.ca_file, ca_file) &&
	    same(shared.ca_pem, ca_pem)) {
		SSL_CTX_up_ref(shared.ctx);
		return shared.ctx;
	}
	if ((ctx = tls_ctx_build(ca_file, ca_pem, cause)) == NULL ||
	    !shared.on)
		return ctx;
	mx_tls_ctx_share(1);
	shared.ctx = ctx;
	SSL_CTX_up_ref(ctx);
	shared.ca_file = ca_file != NULL ? mx_xstrdup(ca_file) : NULL;
	shared.ca_pem = ca_pem != NULL ? mx_xstrdup(ca_pem) : NULL;
	return ctx;
}
