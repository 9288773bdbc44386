/*
 * tls: the client SSL_CTX (system trust store plus --tls-ca) and the
 * certificate check that fills struct mx_tls after a handshake.
 */
#ifndef MX_TLS_H
#define MX_TLS_H

#include <openssl/ssl.h>
#include "mxscope.h"

/* A client context trusting the system store plus ca_file/ca_pem; NULL+cause. */
SSL_CTX	*mx_tls_ctx_new(const char *ca_file, const char *ca_pem, char **cause);
/* Share one context between every engine of the process (1: mxscope
 * --batch), or drop the shared one (0). */
void	 mx_tls_ctx_share(int on);
/* Prepare ssl for a handshake with host: SNI, SSL_set1_host, no partial wildcards. */
int	 mx_tls_prepare(SSL *, const char *host);
/* Fill tls from a finished (or failed) handshake on ssl. */
void	 mx_tls_record(SSL *, struct mx_tls *);

#endif
