/*
 * mailbox-hdr: pure parsing of a message's header block (RFC 5322 §2.2.3
 * unfolding, §3.3 date-time, §3.6.7 trace fields; RFC 5321 §4.4 Received
 * lines) into the hop table of the newest message.
 */
#ifndef MX_MAILBOX_HDR_H
#define MX_MAILBOX_HDR_H

#include "mxscope.h"

/*
 * Parse the Received: chain of a header block (CRLF or LF lines) into at
 * most max hops, oldest first, with the delay at each hop (the first hop
 * against the Date: field).  Returns the number kept; *total gets how
 * many Received: fields there were.
 */
int	mx_received_parse(const char *, size_t, struct mx_hop *, int max,
	    int *total);
/* An RFC 5322 §3.3 date-time (obsolete zones too) as epoch seconds. */
int	mx_rfc5322_date(const char *, size_t, int64_t *);

#endif
