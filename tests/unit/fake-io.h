/*
 * fake-io: the fake transport under the dialogue state-machine tests
 * (t-smtp-fsm, t-mailbox-fsm): the io vtable of proto.h with no socket,
 * recording what the state machine sends and how it ends.
 */
#ifndef MX_FAKE_IO_H
#define MX_FAKE_IO_H

#include "proto.h"

/* What the fake transport saw. */
struct mx_fake {
	char			 sent[2048];	/* writes joined by '|', the
						   lines of one write by '+' */
	char			 raw[2048];	/* every byte, CRLFs included */
	int			 pending;	/* plaintext "buffered" before
						   the next TLS start */
	int			 finished;
	enum mx_outcome		 outcome;
	int			 stage;
	int			 deadline;
	int			 events;
	int			 decided;	/* io->decided calls */
	int			 decided_at;	/* input index of the first */
	enum mx_outcome		 decided_outcome;
	int			 input;		/* index of the input fed */
	struct mx_mailbox	 sum;		/* newest mailbox summary */
	int			 notes;		/* MX_NOTE_* bits emitted */
	int			 hooks;		/* io->connected, ->tls_done */
	int			 hook_events;	/* events before the last one */
};

/* The vtable; its io argument is a struct mx_fake. */
extern const struct mx_proto_io mx_fake_io;
/* An emit function counting events into a struct mx_fake. */
void	mx_fake_emit(void *, struct mx_event *);

#endif
