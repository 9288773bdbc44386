/*
 * msg-dsn: the message/delivery-status part (RFC 3464 §2.2-2.3) of a
 * rebuilt .msg report, from its recipient rows: the address
 * (PidTagSmtpAddress, PidTagEmailAddress), the status
 * (PidTagNonDeliveryReportStatusCode), the remote MTA and the remote
 * server's reply (PidTagSupplementaryInfo) -- [MS-OXCMAIL] §2.2.3.7.1
 * read backwards.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "msg.h"

/*
 * The RFC 3463 status of a recipient: PidTagNonDeliveryReportStatusCode
 * is Kind * 100 + Subject * 10 + Detail ([MS-OXCMAIL] §2.2.3.7.1.3, a
 * subject or detail over 9 kept as 0), so a status in the supplementary
 * text that gives the same number is taken whole (5.7.520 for 570).
 */
static void
rcpt_status(struct mx_msg_obj *r, const char *sup, char *st, size_t stsz)
{
	unsigned long k, s, d;
	uint64_t v;
	size_t i, n, len = strlen(sup);
	int have = mx_msg_fixed(r, PR_NDR_STATUS_CODE, &v) == 0 &&
	    (v / 100 == 2 || v / 100 == 4 || v / 100 == 5);

	st[0] = '\0';
	for (i = 0; i < len; i++) {
		if ((n = mx_ndr_status_at(sup, i, len)) == 0)
			continue;
		if (sscanf(sup + i, "%lu.%lu.%lu", &k, &s, &d) != 3)
			continue;
		if (!have || v == k * 100 + (s > 9 ? 0 : s) * 10 +
		    (d > 9 ? 0 : d)) {
			snprintf(st, stsz, "%.*s", (int)n, sup + i);
			return;
		}
	}
	if (have)
		snprintf(st, stsz, "%d.%d.%d", (int)(v / 100),
		    (int)(v / 10 % 10), (int)(v % 10));
}

/*
 * The remote MTA and diagnostic in a supplementary text: MIME readers
 * write "<remote-mta #status diagnostic-code>" ([MS-OXCMAIL] §2.2.3.7.1.2),
 * Exchange "Remote Server returned 'reply'"; anything else is the
 * diagnostic as it is.
 */
static void
split_sup(const char *sup, char *mta, size_t msz, char *diag, size_t dsz)
{
	const char *h, *q, *e;
	size_t n = strlen(sup);

	mta[0] = '\0';
	if (n > 2 && sup[0] == '<' && sup[n - 1] == '>' &&
	    (h = strstr(sup, " #")) != NULL) {
		if (h > sup + 1)
			snprintf(mta, msz, "%.*s", (int)(h - sup - 1), sup + 1);
		q = strchr(h + 2, ' ');
		e = sup + n - 1;
		snprintf(diag, dsz, "%.*s", q ? (int)(e - q - 1) : 0,
		    q ? q + 1 : "");
		if (diag[0] == '\0')
			snprintf(diag, dsz, "%.*s", (int)(e - h - 2), h + 2);
		return;
	}
	if ((h = strcasestr(sup, "returned '")) != NULL &&
	    (e = strrchr(h + 10, '\'')) != NULL) {
		snprintf(diag, dsz, "%.*s", (int)(e - h - 10), h + 10);
		return;
	}
	snprintf(diag, dsz, "%s", sup);
}

/* One recipient's DSN fields (RFC 3464 §2.3); 0 when it has no address. */
static int
dsn_rcpt(struct mx_msg_obj *r, const char *action, struct ndr_buf *out)
{
	static const uint16_t props[] = { PR_SMTP_ADDRESS, PR_EMAIL_ADDRESS,
	    PR_DISPLAY_NAME };
	char a[MSG_FIELD], sup[MSG_FIELD * 2], mta[MSG_FIELD];
	char diag[MSG_FIELD * 2], st[32], rmta[MSG_FIELD];
	struct ndr_buf v = { NULL, 0, 0 };
	size_t n;

	mx_msg_addr_prop(r, props, 3, a, sizeof a);
	if (a[0] == '\0')
		return 0;
	mx_msg_text_prop(r, PR_SUPPLEMENTARY_INFO, sup, sizeof sup);
	split_sup(sup, mta, sizeof mta, diag, sizeof diag);
	mx_msg_text_prop(r, PR_REMOTE_MTA, rmta, sizeof rmta);
	rcpt_status(r, sup, st, sizeof st);
	mx_ndr_buf_adds(out, "\n");
	mx_ndr_buf_adds(out, "Final-Recipient: rfc822; ");
	mx_ndr_buf_adds(out, a);
	mx_ndr_buf_adds(out, "\n");
	mx_msg_put_field(out, "Action", action);
	mx_msg_put_field(out, "Status", st);
	if (rmta[0] != '\0' || mta[0] != '\0') {
		mx_ndr_buf_adds(&v, "dns; ");
		mx_ndr_buf_adds(&v, rmta[0] != '\0' ? rmta : mta);
		mx_msg_put_field(out, "Remote-MTA", v.p);
		v.len = 0;
	}
	if (diag[0] != '\0') {
		/* RFC 3464 §2.3.6: "diagnostic-type; text"; a bare reply
		 * is an SMTP one. */
		n = strspn(diag, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
		if (n == 0 || diag[n] != ';')
			mx_ndr_buf_adds(&v, "smtp; ");
		mx_ndr_buf_adds(&v, diag);
		mx_msg_put_field(out, "Diagnostic-Code", v.p);
	}
	mx_ndr_buf_free(&v);
	return 1;
}

/* See msg.h: the message/delivery-status part (RFC 3464) from the
 * recipient rows of a report whose class says action ([MS-OXCMAIL]
 * §2.1.3.6.1.1); 0 when no row has an address. */
int
mx_msg_dsn(struct mx_msg_obj *o, const char *action, struct ndr_buf *b)
{
	struct ndr_buf f = { NULL, 0, 0 };
	struct mx_msg_obj r;
	uint32_t ids[MSG_RCPTS];
	char mta[MSG_FIELD], *cause = NULL;
	size_t n, i;
	int any = 0;

	mx_msg_text_prop(o, PR_REPORTING_MTA, mta, sizeof mta);
	mx_ndr_buf_adds(&f, "");
	if (mta[0] != '\0') {
		mx_ndr_buf_adds(&f, "Reporting-MTA: dns; ");
		mx_msg_put_value(&f, mta, strlen(mta));
		mx_ndr_buf_adds(&f, "\n");
	}
	n = mx_msg_subs(o, "__recip_version1.0_#", ids, MSG_RCPTS);
	for (i = 0; i < n; i++) {
		if (mx_msg_obj_open(o->c, ids[i], MSG_HDR_SUB, &r, &cause) ==
		    -1) {
			mx_msg_lost(o->c, &cause);
			continue;
		}
		any |= dsn_rcpt(&r, action, &f);
		mx_msg_obj_free(&r);
	}
	if (any) {
		mx_ndr_buf_adds(b, "Content-Type: message/delivery-status\n\n");
		if (mta[0] == '\0')	/* the first field block may not be
					 * empty (RFC 3464 §2.2) */
			mx_ndr_buf_adds(b, "Reporting-MTA: dns; unknown\n");
		mx_ndr_buf_add(b, f.p, f.len);
	}
	mx_ndr_buf_free(&f);
	return any;
}
