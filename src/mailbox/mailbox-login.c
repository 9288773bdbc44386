/*
 * mailbox-login: whether the options ask for a mailbox check and the login
 * name it uses; pure functions of the options that the mailbox files share.
 */
#include <string.h>

#include "mxscope.h"
#include "mailbox.h"

/* Whether opts ask for a mailbox check. */
int
mx__mailbox_wanted(const struct mx_opts *o)
{
	return o->pop3 != NULL || o->imap != NULL;
}

/* The login name: --user, else the target when it is an address. */
const char *
mx_mailbox_user(const struct mx_opts *o, char *buf, size_t sz)
{
	if (o->mbox_user != NULL)
		mx_strlcpy(buf, o->mbox_user, sz);
	else if (o->target != NULL && strchr(o->target, '@') != NULL &&
	    o->target[0] != '@')
		mx_strlcpy(buf, o->target, sz);
	else
		return NULL;
	if (strpbrk(buf, " \t\r\n") != NULL)
		return NULL;
	return buf;
}
