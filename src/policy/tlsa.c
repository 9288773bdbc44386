/*
 * tlsa: TLSA records (RFC 6698) read from a raw DNS answer, and the
 * rules of DANE for SMTP (RFC 7672 §3.1) on which of them count.
 */
#include <stdio.h>
#include <string.h>

#include "dnsmsg.h"
#include "i18n.h"
#include "tlsa.h"

#define T_TLSA	52	/* RFC 6698 §7.1 */

/* Parse one TLSA RDATA: usage, selector, matching type, data. */
int
mx_tlsa_rdata(const unsigned char *rd, size_t rdlen, struct mx_tlsa_rr *rr)
{
	memset(rr, 0, sizeof *rr);
	if (rdlen < 4)		/* §2.1: at least one octet of data */
		return -1;
	rr->usage = rd[0];
	rr->selector = rd[1];
	rr->mtype = rd[2];
	rr->len = rdlen - 3;
	if (rr->len > MX_TLSA_DATA_MAX) {
		rr->len = MX_TLSA_DATA_MAX;
		rr->cut = 1;
	}
	memcpy(rr->data, rd + 3, rr->len);
	return 0;
}

/* mx_dnsmsg_answers callback: keep one TLSA record. */
static void
tlsa_rr(void *arg, uint32_t ttl, const unsigned char *rd, size_t rdlen)
{
	struct mx_tlsa_set *s = arg;
	struct mx_tlsa_rr rr;

	(void)ttl;
	if (mx_tlsa_rdata(rd, rdlen, &rr) != 0) {
		s->bad++;
		return;
	}
	if (s->n == MX_TLSA_MAX) {
		s->more++;
		return;
	}
	s->rr[s->n++] = rr;
}

/* Read the TLSA records of a whole DNS response. */
int
mx_tlsa_parse(const unsigned char *msg, size_t len, struct mx_tlsa_set *s)
{
	struct mx_dnsmsg_hdr h;
	int r;

	memset(s, 0, sizeof *s);
	r = mx_dnsmsg_answers(msg, len, T_TLSA, &h, tlsa_rr, s);
	s->rcode = h.rcode;
	s->ad = h.ad;
	s->tc = h.tc;
	return r < 0 ? -1 : 0;
}

/* Why an SMTP client may not use a record (RFC 7672 §3.1; marked N_(),
 * English: the reader's side translates it), or NULL. */
const char *
mx_tlsa_unusable(const struct mx_tlsa_rr *rr)
{
	if (rr->usage == 0 || rr->usage == 1)
		return N_("PKIX usage (0/1), which SMTP clients treat as "
		    "unusable (RFC 7672 §3.1.3)");
	if (rr->usage > 3)
		return N_("unknown certificate usage");
	if (rr->selector > 1)
		return N_("unknown selector");
	if (rr->mtype > 2)
		return N_("unknown matching type");
	if (rr->cut)
		return N_("association data too long");
	if ((rr->mtype == 1 && rr->len != 32) ||
	    (rr->mtype == 2 && rr->len != 64))
		return N_("digest of the wrong length");
	return NULL;
}

/* "U S M hex", data cut to max_hex digits with "...". */
void
mx_tlsa_text(const struct mx_tlsa_rr *rr, char *buf, size_t sz,
    size_t max_hex)
{
	size_t o, i;
	int n;

	if (sz == 0)
		return;
	n = snprintf(buf, sz, "%u %u %u ", rr->usage, rr->selector, rr->mtype);
	if (n < 0 || (size_t)n >= sz)
		return;
	o = (size_t)n;
	for (i = 0; i < rr->len && o + 3 < sz; i++) {
		if (2 * i >= max_hex) {
			if (o + 4 <= sz)
				memcpy(buf + o, "...", 4);
			return;
		}
		snprintf(buf + o, sz - o, "%02x", rr->data[i]);
		o += 2;
	}
	buf[o] = '\0';
}

/* RFC 7218 §2.1 names of the certificate usages. */
const char *
mx_tlsa_usage_name(int u)
{
	static const char *const n[] = { "PKIX-TA", "PKIX-EE", "DANE-TA",
	    "DANE-EE" };

	return u >= 0 && u < 4 ? n[u] : "unknown";
}

/* RFC 7218 §2.2 names of the selectors. */
const char *
mx_tlsa_selector_name(int s)
{
	return s == 0 ? "Cert" : s == 1 ? "SPKI" : "unknown";
}

/* RFC 7218 §2.3 names of the matching types. */
const char *
mx_tlsa_mtype_name(int m)
{
	return m == 0 ? "Full" : m == 1 ? "SHA2-256" : m == 2 ? "SHA2-512" :
	    "unknown";
}
