/*
 * tests/unit/ndr-run.c: a small driver for the bounce reader, used by the ndr
 * tests and bench/ndr-bench.sh where no mxscope binary is at hand.
 *   ndr-run [--json] FILE...   as mxscope --ndr --offline [--json]
 *   ndr-run --first FILE       the first failed recipient (mx_ndr_first)
 *   ndr-run --rule-hits OUT [--json] FILE...
 *                              also write how often each rule fired to OUT
 *                              ("table<TAB>row<TAB>hits<TAB>rule" lines);
 *                              each recipient's JSON then also says what
 *                              decided its reason ("step": verdict,
 *                              agent, subject, pass1, status, class,
 *                              onhold, gave_up, ...)
 *   ndr-run --rule-hits OUT --rule-off LIST [--json] FILE...
 *                              and act as if the rows LIST names
 *                              ("table<TAB>row" lines) were not written
 *   ndr-run --rule-hits OUT --rule-every [--json] FILE...
 *                              count every row that matches, whatever the
 *                              precedence (the answers are meaningless)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "ndr.h"
#include "reason-rules.h"

/* Print the first failed recipient of a bounce file, sanitized. */
static int
first(const char *path)
{
	struct mx_ndr_first f;
	char *cause, a[1024], d[4096], m[1024];
	int i;

	if (mx_ndr_first(path, &f, &cause) == -1) {
		mx_sanitize(a, sizeof a, cause, strlen(cause));
		printf("error: %s\n", a);
		free(cause);
		return MX_EXIT_UNKNOWN;
	}
	mx_sanitize(a, sizeof a, f.address, strlen(f.address));
	mx_sanitize(d, sizeof d, f.diagnostic, strlen(f.diagnostic));
	mx_sanitize(m, sizeof m, f.remote_mta, strlen(f.remote_mta));
	printf("address: %s\nreason: %s\nstatus: %s\nreplycode: %d\n"
	    "remote_mta: %s\nsize: %lld\nhard: %d\ndiagnostic: %s\nips:", a,
	    f.reason, f.status, f.replycode, m, f.msg_size, f.hardbounce, d);
	for (i = 0; i < f.nips; i++)
		printf(" %s", f.ips[i]);
	printf("\n");
	return 0;
}

/* Whether path names a message or a mailbox: an .eml, .msg or .mbox
 * file, or one in a Maildir's cur/ or new/. */
static int
looks_like_message(const char *path)
{
	static const char *const ext[] = { ".eml", ".msg", ".mbox" };
	size_t n = strlen(path), i, e;

	for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		e = strlen(ext[i]);
		if (n >= e && strcasecmp(path + n - e, ext[i]) == 0)
			return 1;
	}
	return strstr(path, "/cur/") != NULL || strstr(path, "/new/") != NULL;
}

/* Entry point. */
int
main(int argc, char **argv)
{
	const char *tally = NULL;
	FILE *tf;
	int json = 0, rc;

	if (argc > 2 && strcmp(argv[1], "--first") == 0)
		return first(argv[2]);
	if (argc > 2 && strcmp(argv[1], "--rule-hits") == 0) {
		tally = argv[2];
		/* OUT is overwritten: never take a message for it (a glob put
		 * right after --rule-hits once overwrote a corpus file). */
		if (looks_like_message(tally)) {
			fprintf(stderr, "ndr-run: --rule-hits %s: the output "
			    "would overwrite a message; name a new file\n",
			    tally);
			return MX_EXIT_UNKNOWN;
		}
		argc -= 2;
		argv += 2;
		mx_ndr_tally_start();
	}
	/* Every matching row of every table counted, whatever the
	 * precedence (mx_rr_tally_every): the evidence the file holds. */
	if (tally != NULL && argc > 1 && strcmp(argv[1], "--rule-every") == 0) {
		mx_rr_tally_every = 1;
		argc--;
		argv++;
	}
	if (tally != NULL && argc > 2 && strcmp(argv[1], "--rule-off") == 0) {
		if (mx_rr_tally_off_load(argv[2]) != 0) {
			perror(argv[2]);
			return MX_EXIT_UNKNOWN;
		}
		argc -= 2;
		argv += 2;
	}
	if (argc > 1 && strcmp(argv[1], "--json") == 0) {
		json = 1;
		argc--;
		argv++;
	}
	rc = mx_ndr_offline(argv + 1, argc - 1, json, stdout);
	if (tally != NULL) {
		if ((tf = fopen(tally, "w")) == NULL) {
			perror(tally);
			return MX_EXIT_UNKNOWN;
		}
		mx_rr_tally_print(tf);
		fclose(tf);
	}
	return rc;
}
