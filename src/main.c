/*
 * main: mxscope's entry point.  Parses the command line, owns the libuv
 * loop, and runs one of: the dashboard, a text or JSON report, the demo
 * on the in-process lab, or the bounce reader.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "conf.h"
#include "demo.h"
#include "explain.h"
#include "lab.h"
#include "mailbox-secret.h"
#include "mailbox.h"
#include "ndr.h"
#include "options.h"
#include "ui.h"
#include "i18n.h"

/* A monitoring plugin's UNKNOWN line (stdout), the cause sanitized. */
static void
nagios_unknown(const char *cause)
{
	char safe[1024];

	mx_sanitize(safe, sizeof safe, cause, strlen(cause));
	printf("MXSCOPE UNKNOWN - %s\n", safe);
}

/* State of a report run (no dashboard). */
struct report_run {
	struct mx_engine	*engine;
	uv_signal_t		 sigint, sigterm;
	int			 done;
};

/* Sink: the run finished; stop watching signals so the loop can end. */
static void
report_sink(const struct mx_event *ev, void *arg)
{
	struct report_run *rr = arg;

	if (ev->type != MX_EV_RUN_DONE || rr->done)
		return;
	rr->done = 1;
	uv_close((uv_handle_t *)&rr->sigint, NULL);
	uv_close((uv_handle_t *)&rr->sigterm, NULL);
}

/* SIGINT/SIGTERM during a report run: stop and report what we have. */
static void
report_signal(uv_signal_t *s, int signum)
{
	struct report_run *rr = s->data;

	mx_engine_cancel(rr->engine);
}

/* Run the check to its end and print the report (text, JSON or the
 * --nagios status line); returns the exit code. */
static int
run_report(uv_loop_t *loop, struct mx_engine *e, struct mx_cli *cli)
{
	enum mx_mode mode = cli->mode;
	struct report_run rr;
	const struct mx_model *m;
	char *cause = NULL;
	int r;

	memset(&rr, 0, sizeof rr);
	rr.engine = e;
	uv_signal_init(loop, &rr.sigint);
	uv_signal_init(loop, &rr.sigterm);
	rr.sigint.data = rr.sigterm.data = &rr;
	uv_signal_start(&rr.sigint, report_signal, SIGINT);
	uv_signal_start(&rr.sigterm, report_signal, SIGTERM);
	mx_engine_add_sink(e, report_sink, &rr);
	if (mode == MX_MODE_NAGIOS)
		mx_nagios_watch(loop, e, &cli->nagios);
	if (mx_engine_start(e, &cause) != 0) {
		if (mode == MX_MODE_NAGIOS) {
			nagios_unknown(cause);
			mx_nagios_stop(&cli->nagios);
		} else
			mx_warnx("%s", cause);
		free(cause);
		report_sink(&(struct mx_event){ .type = MX_EV_RUN_DONE }, &rr);
		uv_run(loop, UV_RUN_DEFAULT);
		return MX_EXIT_UNKNOWN;
	}
	while (!rr.done && uv_run(loop, UV_RUN_ONCE) != 0)
		;
	/* rr lives on this stack: its handles finish closing, and its sink
	 * goes, before it does. */
	mx_engine_remove_sink(e, report_sink, &rr);
	uv_run(loop, UV_RUN_NOWAIT);
	m = mx_engine_model(e);
	if (mode == MX_MODE_NAGIOS) {
		r = mx_nagios_print(m, &cli->nagios, stdout);
		return fflush(stdout) != 0 ? MX_EXIT_UNKNOWN : r;
	}
	if (mode == MX_MODE_JSON)
		r = mx_report_json(m, stdout);
	else {
		struct mx_report_ctx rc;

		memset(&rc, 0, sizeof rc);
		rc.from = mx_engine_opts(e)->from;
		rc.helo = mx_engine_opts(e)->helo;
		rc.verbose = cli->verbose;
		rc.redact = cli->redact;
		rc.our_ips = mx_engine_opts(e)->check_ip;
		rc.nour_ips = mx_engine_opts(e)->ncheck_ip;
		r = mx_report_text_ctx(m, &rc, stdout);
	}
	if (r != 0 || fflush(stdout) != 0) {
		mx_warnx("cannot write the report");
		return MX_EXIT_UNKNOWN;
	}
	return m->verdict.exit_code;
}

/* --list-scenarios: print the demo scenarios. */
static int
list_scenarios(void)
{
	const char *const *s;

	for (s = mx_lab_scenarios(); *s != NULL; s++)
		printf("%-20s %s\n", *s, _(mx_lab_describe(*s)));
	return MX_EXIT_OK;
}

/* --list-presets: each resolver preset and its servers. */
static int
list_presets(void)
{
	const char *const *srv;
	const char *name;
	int i;

	for (i = 0; (name = mx_preset_name(i)) != NULL; i++) {
		printf("%-20s", name);
		for (srv = mx_preset_find(name); *srv != NULL; srv++)
			printf(" %s", *srv);
		putchar('\n');
	}
	return MX_EXIT_OK;
}

/* --ndr without --offline: the bounce's evidence, and the live check
 * aimed at its first failed recipient, or at the one --rcpt names (addr
 * holds it). */
static int
ndr_target(struct mx_cli *cli, struct mx_ndr_first *first,
    struct mx_bounce *b, char *addr, size_t addrsz)
{
	char *cause = NULL, f[1024];

	mx_sanitize(f, sizeof f, cli->operands[0], strlen(cli->operands[0]));
	if (cli->noperands == 2)
		mx_warnx("--ndr without --offline checks only the first "
		    "bounce live (%s); the other file is not read (--ndr "
		    "--offline classifies them all)", f);
	else if (cli->noperands > 2)
		mx_warnx("--ndr without --offline checks only the first "
		    "bounce live (%s); the other %d files are not read (--ndr "
		    "--offline classifies them all)", f, cli->noperands - 1);
	if (cli->rcpt != NULL && mx_target_address(cli->rcpt, addr, addrsz,
	    &cause) != 0) {
		mx_warnx("--rcpt '%s': %s", cli->rcpt, cause);
		free(cause);
		return -1;
	}
	if (mx_ndr_first_for(cli->operands[0], cli->rcpt != NULL ? addr : NULL,
	    first, &cause) != 0) {
		mx_warnx("%s: %s", cli->operands[0], cause);
		free(cause);
		return -1;
	}
	/* The user's address wins over the one the bounce names. */
	if (first->given && first->named[0] != '\0')
		mx_warnx("%s names %s; checking %s (--rcpt)", f, first->named,
		    first->address);
	mx_ndr_to_bounce(first, cli->operands[0], b);
	cli->opts.target = first->address;
	cli->opts.bounce = b;
	/* mesgtoobig: would a message of that size fit anywhere now? */
	if (strcmp(first->reason, "mesgtoobig") == 0 && first->msg_size > 0 &&
	    cli->opts.size < 0)
		cli->opts.size = first->msg_size;
	return 0;
}

/* Close every handle left on the loop and close it. */
static void
loop_finish(uv_loop_t *loop)
{
	uv_run(loop, UV_RUN_DEFAULT);
	if (uv_loop_close(loop) != 0)
		mx_warnx("warning: handles left open at exit");
}

/* --batch on a terminal: the dashboard shows the list as it runs; after
 * it, the closing table (unless the terminal hung up). */
static int
batch_dashboard(uv_loop_t *loop, struct mx_cli *cli, struct mx_batch_cfg *cfg)
{
	struct mx_batch *b;
	struct ui_opts uo;
	int r;

	cfg->progress = 0;
	cfg->changed = ui_batch_changed;
	if ((b = mx_batch_open(loop, cfg, &r)) == NULL)
		return r;
	memset(&uo, 0, sizeof uo);
	uo.no_color = cli->no_color;	/* NO_COLOR: ui.c */
	uo.batch = b;
	if (ui_run(loop, NULL, &uo) == UI_NO_TERMINAL) {
		mx_batch_go(b, 0);	/* one line said why: the text form */
		return mx_batch_end(b);
	}
	mx_batch_stop(b);	/* quit before the end: running ones stop */
	if (ui_hung_up() && freopen("/dev/null", "w", stdout) == NULL)
		return MX_EXIT_UNKNOWN;
	return mx_batch_end(b);
}

/* --batch: every target of the list on one loop (src/batch/). */
static int
run_batch(struct mx_cli *cli)
{
	struct mx_batch_cfg cfg;
	uv_loop_t loop;
	int r;

	memset(&cfg, 0, sizeof cfg);
	cfg.file = cli->batch;
	cfg.opts = &cli->opts;
	cfg.json = cli->mode == MX_MODE_JSON;
	cfg.jobs = cli->jobs;
	cfg.per_ip = cli->per_ip;
	cfg.share = !cli->no_share;
	cfg.verbose = cli->verbose;
	cfg.progress = isatty(STDERR_FILENO) && getenv("TERM") != NULL &&
	    strcmp(getenv("TERM"), "dumb") != 0;
	uv_loop_init(&loop);
	/* On a terminal (no --json, --report, list not on stdin): the
	 * dashboard's list of targets (ui/ui-batch.c). */
	if (cli->mode == MX_MODE_AUTO && strcmp(cli->batch, "-") != 0 &&
	    isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
		r = batch_dashboard(&loop, cli, &cfg);
	else
		r = mx_batch_run(&loop, &cfg);
	loop_finish(&loop);
	return r;
}

/* Entry point. */
int
main(int argc, char **argv)
{
	struct mx_cli cli;
	struct mx_ndr_first first;
	struct mx_bounce bounce;
	char rcpt[sizeof first.address];
	struct mx_engine *e;
	struct mx_demo demo;
	struct ui_opts uo;
	uv_loop_t loop;
	char *cause = NULL;
	int r, interactive;

	mx_i18n_init();
	signal(SIGPIPE, SIG_IGN);
	if ((r = mx_options_parse(argc, argv, &cli)) != 0)
		return r < 0 ? MX_EXIT_UNKNOWN : MX_EXIT_OK;
	/* Output for programs: error causes are JSON values or the status
	 * line there, and stay English. */
	mx_i18n_machine(cli.mode == MX_MODE_JSON || cli.mode == MX_MODE_NAGIOS);
	if (cli.list_scenarios)
		return list_scenarios();
	if (cli.list_presets)
		return list_presets();
	if (cli.list_findings)
		return mx_explain_list(stdout);
	if (cli.explain != NULL)
		return mx_explain(cli.explain, stdout);
	if (cli.ndr && cli.offline)
		return mx_ndr_offline(cli.operands, cli.noperands,
		    cli.mode == MX_MODE_JSON, stdout);
	if (cli.batch != NULL)
		return run_batch(&cli);
	if (cli.ndr && ndr_target(&cli, &first, &bounce, rcpt,
	    sizeof rcpt) != 0)
		return MX_EXIT_UNKNOWN;
	interactive = cli.mode == MX_MODE_AUTO && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO);
	/* Mailbox checks: password from file, MXSCOPE_PASSWORD or prompt
	 * (the dashboard asks in a masked field instead of the prompt). */
	if ((interactive ? mx_mailbox_prepare_noprompt : mx_mailbox_prepare)(
	    &cli.opts, cli.password_file, &cause) != 0) {
		mx_warnx("%s", cause);
		free(cause);
		return MX_EXIT_UNKNOWN;
	}
	uv_loop_init(&loop);
	if (cli.demo) {
		if (mx_demo_start(&demo, &loop, cli.demo_scenario, &cli.opts,
		    &cause) != 0) {
			mx_warnx("demo: %s (try "
			    "--list-scenarios)", cause);
			free(cause);
			loop_finish(&loop);
			return MX_EXIT_UNKNOWN;
		}
	} else
		memset(&demo, 0, sizeof demo);
	if ((e = mx_engine_new(&loop, &cli.opts, &cause)) == NULL) {
		char tgt[MX_HOST_MAX];

		/* The input that is wrong, repeated (sanitized). */
		tgt[0] = '\0';
		if (cli.opts.target != NULL)
			mx_sanitize(tgt, sizeof tgt, cli.opts.target,
			    strlen(cli.opts.target));
		if (cli.mode == MX_MODE_NAGIOS)
			nagios_unknown(cause);
		else if (tgt[0] != '\0')
			mx_warnx("'%s': %s", tgt, cause);
		else
			mx_warnx("%s", cause);
		free(cause);
		mx_demo_close(&demo);
		loop_finish(&loop);
		return MX_EXIT_UNKNOWN;
	}
	if (interactive) {
		memset(&uo, 0, sizeof uo);
		uo.no_color = cli.no_color;	/* NO_COLOR: ui.c */
		uo.report_on_exit = cli.report_on_exit;
		demo.engine = e;
		uo.lab = demo.lab;
		uo.demo_scenario = cli.demo ? cli.demo_scenario : NULL;
		uo.lab_slot = cli.demo ? &demo.lab : NULL;
		uo.demo_switch = cli.demo ? mx_demo_switch : NULL;
		uo.demo_arg = &demo;
		r = ui_run(&loop, e, &uo);
		if (r == UI_NO_TERMINAL) {	/* one line said why */
			cli.mode = MX_MODE_REPORT;
			r = run_report(&loop, e, &cli);
		}
	} else
		r = run_report(&loop, e, &cli);
	mx_engine_close(e);
	mx_demo_close(&demo);
	loop_finish(&loop);
	mx_engine_free(e);
	mx_secret_clear();
	return r;
}
