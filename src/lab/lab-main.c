/*
 * mxscope-lab: run the loopback lab as a process for the shell tests.
 * Starts a built-in scenario or a scenario file, prints one line
 *   dns=127.0.0.1:P1[,127.0.0.1:P2] port=P target=ADDR ca=FILE
 * and serves until SIGTERM/SIGINT or the end of its lifetime; then it
 * prints smtp_peak=N, the most SMTP sessions it had open at once.  It
 * never reads standard input.  fuzz:SEED is the hostile peer generated
 * from SEED (lab-fuzz.c); --show prints a scenario's text and exits.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lab.h"

#define LAB_FILE_MAX	(1024 * 1024)

/* Everything the event loop callbacks need. */
struct labmain {
	struct mx_lab	*lab;
	uv_signal_t	 sigterm, sigint;
	uv_timer_t	 lifetime;
	int		 stopping;
};

/* Print usage and exit. */
static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: mxscope-lab [--list] [--show] [--ca-out FILE] "
	    "[--lifetime SECONDS] [--leaf-out NAME[,NAME...]:DIR] "
	    "[--record-out FILE] "
	    "SCENARIO|fuzz:SEED|FILE\n");
	exit(status);
}

/* List the built-in scenarios with their descriptions. */
static void
list(void)
{
	const char *const *n;

	for (n = mx_lab_scenarios(); *n != NULL; n++)
		printf("%-20s %s\n", *n, mx_lab_describe(*n));
}

/* Read a scenario file into a new NUL-terminated string. */
static char *
read_file(const char *path)
{
	FILE *f;
	char *buf;
	size_t n;

	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "mxscope-lab: %s: %s (not a built-in scenario "
		    "either; try --list)\n", path, strerror(errno));
		exit(1);
	}
	buf = mx_xmalloc(LAB_FILE_MAX + 2);
	n = fread(buf, 1, LAB_FILE_MAX + 1, f);
	fclose(f);
	if (n > LAB_FILE_MAX) {
		fprintf(stderr, "mxscope-lab: %s: larger than %d bytes\n", path,
		    LAB_FILE_MAX);
		exit(1);
	}
	buf[n++] = '\n';	/* text always holds a newline */
	buf[n] = '\0';
	return buf;
}

/* Write the CA to path (or a new temporary file); returns the path. */
static char *
write_ca(const char *path, const char *pem, int *temp)
{
	char *p;
	FILE *f;
	int fd;

	if (path != NULL) {
		p = mx_xstrdup(path);
		f = fopen(p, "w");
	} else {
		p = mx_xasprintf("%s/mxscope-lab-ca-XXXXXX", getenv("TMPDIR") ?
		    getenv("TMPDIR") : "/tmp");
		f = (fd = mkstemp(p)) < 0 ? NULL : fdopen(fd, "w");
		*temp = 1;
	}
	if (f == NULL || fputs(pem, f) == EOF || fclose(f) == EOF) {
		fprintf(stderr, "mxscope-lab: %s: %s\n", p, strerror(errno));
		exit(1);
	}
	return p;
}

/* Stop: close the lab and our own handles, letting uv_run return. */
static void
stop(struct labmain *m)
{
	if (m->stopping)
		return;
	m->stopping = 1;
	/* For tests of --concurrency: the peak of SMTP sessions at once. */
	printf("smtp_peak=%d\n", mx_lab_smtp_peak(m->lab));
	/* For tests of --batch's shared sessions: how many in all. */
	printf("smtp_sessions=%d\n", mx_lab_smtp_sessions(m->lab));
	fflush(stdout);
	mx_lab_close(m->lab);
	uv_close((uv_handle_t *)&m->sigterm, NULL);
	uv_close((uv_handle_t *)&m->sigint, NULL);
	uv_close((uv_handle_t *)&m->lifetime, NULL);
}

/* SIGTERM or SIGINT arrived. */
static void
signal_cb(uv_signal_t *s, int signum)
{
	stop(s->data);
}

/* The lifetime ended. */
static void
lifetime_cb(uv_timer_t *t)
{
	stop(t->data);
}

/* Parse options, run the lab, clean up. */
int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "list", no_argument, NULL, 'l' },
		{ "show", no_argument, NULL, 's' },
		{ "ca-out", required_argument, NULL, 'c' },
		{ "lifetime", required_argument, NULL, 't' },
		{ "leaf-out", required_argument, NULL, 'o' },
		{ "record-out", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct labmain m;
	uv_loop_t loop;
	const char *ca_out = NULL, *leaf_out = NULL, *record = NULL, *arg;
	char *text = NULL, *cause = NULL, *ca_path, *end;
	long lifetime = 120;
	int c, i, temp = 0, r, show = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'l':
			list();
			return 0;
		case 's':
			show = 1;
			break;
		case 'c':
			ca_out = optarg;
			break;
		case 'o':
			leaf_out = optarg;
			break;
		case 'r':
			record = optarg;
			break;
		case 't':
			lifetime = strtol(optarg, &end, 10);
			if (*end != '\0' || lifetime <= 0 || lifetime > 86400)
				usage(2);
			break;
		case 'h':
			usage(0);
		default:
			usage(2);
		}
	}
	if (argc - optind != 1)
		usage(2);
	arg = argv[optind];
	if (show) {	/* print the scenario text (a fuzz seed's peer) */
		if ((text = mx_lab_text(arg)) == NULL)
			text = read_file(arg);
		fputs(text, stdout);
		free(text);
		return 0;
	}
	if (mx_lab_describe(arg) == NULL && strncmp(arg, "fuzz:", 5) != 0)
		arg = text = read_file(arg);
	signal(SIGPIPE, SIG_IGN);
	memset(&m, 0, sizeof m);
	uv_loop_init(&loop);
	if ((m.lab = mx_lab_start(&loop, arg, &cause)) == NULL) {
		fprintf(stderr, "mxscope-lab: %s\n", cause);
		free(cause);
		free(text);
		uv_run(&loop, UV_RUN_DEFAULT);
		uv_loop_close(&loop);
		return 1;
	}
	ca_path = write_ca(ca_out, mx_lab_ca_pem(m.lab), &temp);
	if (record != NULL)	/* --record-out FILE: the messages received */
		mx_lab_record(m.lab, record);
	/* --leaf-out NAMES:DIR: certificates for a server outside the lab
	 * (tests: nginx serving an MTA-STS policy). */
	if (leaf_out != NULL && mx_lab_write_leaves(m.lab, leaf_out,
	    &cause) != 0) {
		fprintf(stderr, "mxscope-lab: %s\n", cause);
		exit(1);
	}
	fputs("dns=", stdout);
	for (i = 0; i < mx_lab_ndns(m.lab); i++)
		printf("%s%s", i ? "," : "", mx_lab_dns(m.lab, i));
	printf(" port=%d target=%s ca=%s", mx_lab_smtp_port(m.lab),
	    mx_lab_target(m.lab), ca_path);
	if (mx_lab_blackhole_port(m.lab) != 0)
		printf(" blackhole=%d", mx_lab_blackhole_port(m.lab));
	for (i = 0; i < 4; i++) {	/* mailbox servers (issue 5) */
		static const char *k[] = { "pop3", "pop3s", "imap", "imaps" };
		if (mx_lab_mailbox_port(m.lab, k[i]) != 0)
			printf(" %s=%d", k[i], mx_lab_mailbox_port(m.lab, k[i]));
	}
	putchar('\n');
	fflush(stdout);

	uv_signal_init(&loop, &m.sigterm);
	uv_signal_init(&loop, &m.sigint);
	uv_timer_init(&loop, &m.lifetime);
	m.sigterm.data = m.sigint.data = m.lifetime.data = &m;
	uv_signal_start(&m.sigterm, signal_cb, SIGTERM);
	uv_signal_start(&m.sigint, signal_cb, SIGINT);
	uv_timer_start(&m.lifetime, lifetime_cb, (uint64_t)lifetime * 1000, 0);
	uv_run(&loop, UV_RUN_DEFAULT);
	if ((r = uv_loop_close(&loop)) != 0)
		fprintf(stderr, "mxscope-lab: loop not closed: %s\n",
		    uv_strerror(r));
	if (temp)
		unlink(ca_path);
	free(ca_path);
	free(text);
	return r == 0 ? 0 : 1;
}
