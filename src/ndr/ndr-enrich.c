/*
 * ndr-enrich: DSN recipients (ndr-dsn.c) completed from the bounce's
 * text: a missing diagnostic from the paragraph naming the address, a
 * multi-line reply whole, codes, host and command from the diagnostic.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr-int.h"

/*
 * A multi-line SMTP reply (RFC 5321 §4.2.1: "550-5.7.1 first", ...,
 * "550 5.7.1 last") of which the diagnostic holds only the first line
 * (Sendmail's Diagnostic-Code does): the whole reply from the bounce's
 * transcript in the text (s, len), its lines joined, into r->diagnostic.
 */
static void
whole_reply(const char *s, size_t len, struct mx_ndr_rcpt *r)
{
	struct ndr_buf all = { NULL, 0, 0 }, best = { NULL, 0, 0 };
	const char *d = r->diagnostic, *at, *p, *end, *nl, *l;
	char code[4], probe[48];
	size_t n;

	if (s == NULL || !isdigit((unsigned char)d[0]) ||
	    !isdigit((unsigned char)d[1]) || !isdigit((unsigned char)d[2]) ||
	    d[3] != '-')
		return;
	end = s + len;
	memcpy(code, d, 3);
	code[3] = '\0';
	/* Where the first line is in the text: its first words; of its
	 * places (a summary line may quote it too), the one that goes on
	 * for the most lines. */
	n = strlen(d);
	if (n > sizeof probe - 1)
		n = sizeof probe - 1;
	memcpy(probe, d, n);
	probe[n] = '\0';
	for (at = s; (at = memmem(at, (size_t)(end - at), probe, n)) != NULL;
	    at++) {
		/* From that line on, the lines of the same reply: "NNN-"
		 * goes on, "NNN " is the last; a transcript's "<<< " is not
		 * part of it. */
		all.len = 0;
		for (p = at; p < end; p = nl + 1) {
			l = p;
			if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
				nl = end;
			if (l + 4 <= nl && strncmp(l, "<<< ", 4) == 0)
				l += 4;
			if (nl - l < 4 || strncmp(l, code, 3) != 0 ||
			    (l[3] != '-' && l[3] != ' '))
				break;
			if (all.len > 0)
				mx_ndr_buf_add(&all, " ", 1);
			mx_ndr_buf_add(&all, l, (size_t)(nl - l));
			if (l[3] == ' ')
				break;
		}
		if (all.len > best.len) {
			best.len = 0;
			mx_ndr_buf_add(&best, all.p, all.len);
		}
	}
	if (best.len > strlen(d) + 8)
		mx_ndr_squeeze(r->diagnostic, sizeof r->diagnostic, best.p,
		    best.len);
	mx_ndr_buf_free(&all);
	mx_ndr_buf_free(&best);
}

/*
 * Complete DSN recipients from the text: a missing diagnostic comes from
 * the paragraph naming the address; codes, host and command are read out
 * of the diagnostic.
 */
void
mx_ndr_text_enrich(const struct ndr_doc *doc, struct mx_ndr_bounce *b)
{
	struct ndr_buf own = { NULL, 0, 0 };
	const char *s = doc->text.p, *at;
	size_t len = 0, ab, ae, i;
	struct mx_ndr_rcpt *r;
	int k;

	if (s != NULL)
		len = mx_ndr_doc_section(doc);
	for (k = 0; k < b->nrcpt; k++) {
		r = &b->rcpt[k];
		if (r->diagnostic[0] == '\0' && s != NULL) {
			for (i = 0; i < len && (at = memchr(s + i, '@',
			    len - i)) != NULL; i = (size_t)(at - s) + 1) {
				if (mx_ndr_addr_at(s, len, (size_t)(at - s), &ab,
				    &ae) && ae - ab == strlen(r->address) &&
				    strncasecmp(s + ab, r->address, ae - ab) ==
				    0) {
					mx_ndr_from_block(s, ab, ae,
					    mx_ndr_block_end(s, len, ab, ae,
					    mx_ndr_next_other(s, len, ae,
					    b->rcpt, b->nrcpt, k, 0)), r, 0);
					break;
				}
			}
		}
		whole_reply(s, len, r);
		/* A generic Status (x.0.0) yields to the diagnostic's code. */
		if (strcmp(r->status + 1, ".0.0") == 0 || r->status[0] == '\0' ||
		    strcmp(r->status, "4.4.7") == 0) {
			char st[16] = "";
			int rc = 0;

			mx_ndr_codes_from_text(r->diagnostic, st, sizeof st, &rc);
			/* round2: not one whose class disagrees with its own
			 * reply code when the Status's agrees ("552 4.2.2 User
			 * has full mailbox" under Postfix's Status 5.0.0): RFC
			 * 3463 §2 makes the class the reply's, so the reporting
			 * MTA's class stands. */
			if (st[0] != '\0' && r->status[0] != '\0' &&
			    st[0] != r->status[0] && rc / 100 ==
			    r->status[0] - '0')
				st[0] = '\0';
			if (st[0] != '\0')
				mx_strlcpy(r->status, st, sizeof r->status);
		}
		mx_ndr_codes_from_text(r->diagnostic, r->status, sizeof r->status,
		    &r->replycode);
		mx_ndr_find_command(r->diagnostic, r->command,
		    sizeof r->command);
		/* Else the text about r (its own lines of a transcript,
		 * ndr-own.c), or the whole text when r is the only one. */
		own.len = 0;
		if (s != NULL && r->command[0] == '\0' && b->nrcpt > 1 &&
		    mx_ndr_own_text(s, len, b->rcpt, b->nrcpt, k, &own))
			mx_ndr_command_in(own.p, own.len, own.len + 1,
			    r->command, sizeof r->command);
		if (s != NULL && b->nrcpt == 1)
			mx_ndr_command_in(s, len, len + 1, r->command,
			    sizeof r->command);
		if (r->command[0] == '\0')
			mx_ndr_capital_command(r->diagnostic, r->command,
			    sizeof r->command);
		/* The host of the text about r, not another recipient's
		 * (ndr-own.c). */
		own.len = 0;
		if (s != NULL && mx_ndr_own_text(s, len, b->rcpt, b->nrcpt, k,
		    &own))
			mx_ndr_find_remote(own.p, own.len, r->remote_mta,
			    sizeof r->remote_mta);
		else if (s != NULL)
			mx_ndr_find_remote(s, len, r->remote_mta,
			    sizeof r->remote_mta);
	}
	mx_ndr_buf_free(&own);
}
