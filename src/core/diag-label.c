/*
 * diag-label: how the words name an exchanger at one of its addresses.
 * A sentence names it "HOST [ADDR]"; a numeric --server (or an address
 * literal target) is its own host, so its sentences name the address
 * once ("192.0.2.1 accepts mail", never "192.0.2.1 [192.0.2.1]").  The
 * finding's subject keeps "HOST [ADDR]" (the JSON's contract: scripts
 * read it); only the subject shown takes the label.
 */
#include <stdio.h>
#include <string.h>

#include <arpa/inet.h>

#include "diag-int.h"

/* Whether host is a numeric address equal to addr (RFC 4291 §2.2's
 * several spellings of one IPv6 address are one address). */
int
mx_host_is_addr(const char *host, const char *addr)
{
	unsigned char a[16], b[16];

	if (inet_pton(AF_INET, host, a) == 1)
		return inet_pton(AF_INET, addr, b) == 1 &&
		    memcmp(a, b, 4) == 0;
	if (inet_pton(AF_INET6, host, a) == 1)
		return inet_pton(AF_INET6, addr, b) == 1 &&
		    memcmp(a, b, 16) == 0;
	return 0;
}

/* The exchanger host at addr as a sentence names it; see diag.h. */
const char *
mx_exch_label(const char *host, const char *addr, char *buf, size_t sz)
{
	if (mx_host_is_addr(host, addr))
		snprintf(buf, sz, "%s", addr);
	else
		snprintf(buf, sz, "%s [%s]", host, addr);
	return buf;
}

/* Whether host is a numeric --server or an address literal target's
 * address: an exchanger with no name (no MX pattern, TLSA name or
 * certificate name can be about it). */
int
mx__diag_server_numeric(const struct mx_model *m, const char *host)
{
	unsigned char buf[16];

	return m->server[0] != '\0' && (inet_pton(AF_INET, host, buf) == 1 ||
	    inet_pton(AF_INET6, host, buf) == 1);
}

/* The subject shown of the findings on an exchanger that is its own
 * address: its label, the JSON subject "HOST [ADDR]" unchanged. */
void
mx__diag_subject_labels(struct mx__diag *d)
{
	const struct mx_model *m = d->m;
	char subj[MX_EXCH_LABEL_MAX], label[MX_EXCH_LABEL_MAX];
	int i;

	for (i = 0; i < m->nprobes && i < MX_MAX_PROBES; i++) {
		const struct mx_probe *p = &m->probes[i];
		const char *host = m->exch[p->mx_index].host;
		if (!mx_host_is_addr(host, p->addr))
			continue;
		snprintf(subj, sizeof subj, "%s [%s]", host, p->addr);
		mx__diag_subject_tr(d, subj,
		    mx_exch_label(host, p->addr, label, sizeof label));
	}
}
