/*
 * reason-agree: a reason read from a reply's words, weighed against what
 * its status's subject and its stage allow (fb3, issue 12).  RFC 3463 §3
 * gives each enhanced status a subject (X.2 the mailbox, X.7 security or
 * policy), and RFC 5321 says what can be refused at each command: a
 * reason whose words belong to one subject, under a status of another or
 * at a stage where its subject does not exist yet, means what the status
 * or the stage allows.
 */
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"
#include "reason-hosts.h"

/* Stage bits of a row. */
#define S_GREETING	(1u << MX_ST_CONNECT | 1u << MX_ST_BANNER)
#define S_ANY		0xffffffffu

/* A row: stages, reply class (0: either), status subject (".7." and the
 * like, "" any), the reason the words gave, whether a refusal word must
 * be in the text, what it means, and words that keep the reason (NULL:
 * none).  Each row's comment names the replies that suggested it. */
static const struct {
	unsigned	 stages;
	int		 class;
	const char	*subject, *from;
	int		 refusal;
	const char	*means, *unless;
} agree_rules[] = {
	/* A quota under a policy status (RFC 3463 §3.8 X.7.x; a full
	 * mailbox is §3.3 X.2.2) is a sending quota, a rate (sets 12, 16:
	 * "450 4.7.3 Organization queue quota exceeded", "450 4.7.1 ...
	 * Policy Rejection- Quota Exceeded", "421 4.7.1 Recipient quota
	 * exceeded" at MAIL); a mailbox, its storage or its fullness named
	 * stays the mailbox's, whatever the status ("550 5.7.1 Recipient
	 * mailbox is full, over quota"). */
	{ S_ANY, 0, ".7.", "mailboxfull", 0, "speeding", "mailbox*|inbox|"
	  "full|storage|disk|space|size" },
	/* At the greeting no message was sent yet: a permanent refusal
	 * there (RFC 5321 §3.1: 554 instead of the greeting) whose words
	 * count messages and refuse is a block of the client for its
	 * record (sets 11, 13: "550 Too many invalid recipients", "554
	 * 192.0.2.1 has been temporarily blocked for attempting to send
	 * too many messages containing content judged to be spam"). */
	{ S_GREETING, 5, "", "speeding", 1, "blocked", NULL },
};

/* Whether text (any case) holds one of list's "|"-separated words. */
static int
names_one_of(const char *text, size_t len, const char *list)
{
	char *low;
	int hit;

	if (list == NULL || len == 0)
		return 0;
	low = mx_rr_lowered(text, len);
	hit = mx_rr_any_of(list, low, len, mx_rr_token_match);
	free(low);
	return hit;
}

/* What a reason from a reply's words means under its status and at its
 * stage; see reason-int.h. */
const char *
mx_reason_agree(enum mx_stage st, int code, const char *status,
    const char *text, size_t len, const char *reason)
{
	size_t i;

	if (reason == NULL || (unsigned)st >= 32)
		return reason;
	for (i = 0; i < sizeof agree_rules / sizeof agree_rules[0]; i++)
		if ((agree_rules[i].stages & 1u << st) != 0 &&
		    (agree_rules[i].class == 0 ||
		    agree_rules[i].class == code / 100) &&
		    strcmp(agree_rules[i].from, reason) == 0 &&
		    (agree_rules[i].subject[0] == '\0' || (status != NULL &&
		    status[0] != '\0' && strncmp(status + 1,
		    agree_rules[i].subject, 3) == 0)) &&
		    (!agree_rules[i].refusal ||
		    mx_reason_names_refusal(text, len)) &&
		    !names_one_of(text, len, agree_rules[i].unless))
			return agree_rules[i].means;
	return reason;
}
