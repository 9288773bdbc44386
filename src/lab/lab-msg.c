/*
 * lab-msg: the messages the lab's mailbox servers hold, the same for POP3
 * and IMAP: a Received: chain of three hops and a body.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lab-pop3.h"

/* The n-th message: a Received: chain of three hops and a stuffed body. */
char *
mx_lab_msg_text(const struct lab_mbox_cfg *c, int n, size_t *hdrlen,
    size_t *len)
{
	char *hdr, *msg;

	hdr = mx_xasprintf(
	    "Received: from mx1.lab.test (mx1.lab.test [127.0.0.1])\r\n"
	    "\tby %s (mxscope-lab) with LMTP id m%d;\r\n"
	    "\tTue, 1 Jul 2025 10:00:%02d +0000\r\n"
	    "Received: from sender.example.org (sender.example.org "
	    "[192.0.2.1])\r\n"
	    "\tby mx1.lab.test (mxscope-lab) with ESMTPS id s%d;\r\n"
	    "\tTue, 1 Jul 2025 10:00:02 +0000\r\n"
	    "Received: from [10.0.0.5] (client.example.org [198.51.100.7])\r\n"
	    "\tby sender.example.org with ESMTPSA;\r\n"
	    "\tTue, 1 Jul 2025 11:59:59 +0200\r\n"
	    "Date: Tue, 1 Jul 2025 09:59:58 +0000\r\n"
	    "From: bob@example.org\r\n"
	    "To: %s\r\n"
	    "Subject: lab message %d\r\n"
	    "Message-ID: <m%d@lab.test>\r\n"
	    "\r\n", c->name != NULL ? c->name : "pop.lab.test", n,
	    10 + n % 40, n, c->user, n, n);
	*hdrlen = strlen(hdr);
	msg = mx_xasprintf("%s"
	    "Hello, this is message %d.\r\n"
	    ".a line that starts with a dot\r\n"
	    ".\r\n"
	    "..two dots\r\n"
	    "The end.\r\n", hdr, n);
	free(hdr);
	*len = strlen(msg);
	return msg;
}
