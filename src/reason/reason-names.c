/*
 * reason-names: the words of the reason vocabulary
 * (shared/corpus/bounces/README.md) and of the SMTP commands a failure
 * comes at (RFC 5321 §4.1.1), each to its number and back.
 */
#include <string.h>

#include "reason-rules-int.h"

/* Reason names, by enum mx_rr. */
const char *const mx_rr_names[MX_RR_N] = {
	"", "userunknown", "mailboxfull", "mesgtoobig", "exceedlimit",
	"hostunknown", "networkerror", "expired", "blocked", "rejected",
	"filtered", "policyviolation", "authfailure", "requireptr",
	"securityerror", "spamdetected", "virusdetected", "contenterror",
	"notcompliantrfc", "norelaying", "suspend", "hasmoved", "toomanyconn",
	"speeding", "badreputation", "systemerror", "systemfull",
	"mailererror", "notaccept", "syntaxerror", "onhold", "undefined",
	"delivered", "vacation", "greylisted",
	/* Pseudo-reasons, never a verdict (mx_rr_name gives ""): named
	 * only in the benchmark's rule-hit rows. */
	"(not the sender)", "(retry later)", "(blocked by an agent)",
};

/* Name of a reason. */
const char *
mx_rr_name(int reason)
{
	if (reason <= MX_RR_NONE || reason >= MX_RR_NOTSENDER)
		return "";
	return mx_rr_names[reason];
}

/* Reason of a name. */
int
mx_rr_from_name(const char *name)
{
	int r;

	for (r = MX_RR_NONE + 1; r < MX_RR_NOTSENDER; r++)
		if (strcmp(mx_rr_names[r], name) == 0)
			return r;
	return MX_RR_NONE;
}

/* A word of an SMTP command and the command bit it names. */
struct command_word {
	const char	*word;
	int		 bit;
};

/* Words of the SMTP commands. */
static const struct command_word commands[] = {
	{ "CONN", MX_RR_C_CONN }, { "EHLO", MX_RR_C_EHLO },
	{ "HELO", MX_RR_C_EHLO }, { "STARTTLS", MX_RR_C_TLS },
	{ "AUTH", MX_RR_C_TLS }, { "MAIL", MX_RR_C_MAIL },
	{ "RCPT", MX_RR_C_RCPT }, { "DATA", MX_RR_C_DATA },
	{ "BDAT", MX_RR_C_DATA },
};

/* Command bit of a word. */
int
mx_rr_command(const char *word)
{
	size_t i;

	if (word == NULL)
		return 0;
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(word, commands[i].word) == 0)
			return commands[i].bit;
	return 0;
}
