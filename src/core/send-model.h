/*
 * send-model: the test message of --send (issue 14) as the model keeps
 * it: where it went, how, and the server's last word on it.  One per run:
 * the message goes to at most one exchanger address.
 */
#ifndef MX_SEND_MODEL_H
#define MX_SEND_MODEL_H

#include <stdint.h>

/* Where the test message is. */
enum mx_send_state {
	MX_SEND_NONE,		/* --send not given */
	MX_SEND_WAITING,	/* no exchanger has accepted the recipient yet */
	MX_SEND_SENDING,	/* DATA or BDAT under way */
	MX_SEND_ACCEPTED,	/* 2xx after the message: queued */
	MX_SEND_REFUSED,	/* 5xx at DATA or after the message */
	MX_SEND_DEFERRED,	/* 4xx at DATA or after the message */
	MX_SEND_FAILED,		/* the connection broke or timed out */
	MX_SEND_NOT_SENT	/* no exchanger accepted the recipient */
};
const char	*mx_send_state_name(enum mx_send_state);

/* The test message. */
struct mx_send {
	enum mx_send_state	 state;
	int			 probe;		/* the address it went to, -1 */
	char			 token[40];	/* in the Subject */
	char			 message_id[340];	/* without <> */
	long long		 size;		/* bytes (SIZE= value) */
	char			 method[8];	/* "DATA" or "BDAT" */
	char			 params[128];	/* MAIL FROM's parameters */
	int			 eightbit;	/* BODY=8BITMIME needed */
	short			 code;		/* the final reply */
	char			 esc[12];
	char			 text[512];	/* sanitized */
	char			 queue_id[64];	/* from the reply, or "" */
	uint32_t		 sent_ms;	/* run time of the final reply */
};

#endif
