/*
 * options: the command line (getopt_long, GNU style) into struct mx_cli.
 */
#ifndef MX_OPTIONS_H
#define MX_OPTIONS_H

#include <getopt.h>

#include "mxscope.h"
#include "nagios.h"

enum mx_mode { MX_MODE_AUTO, MX_MODE_REPORT, MX_MODE_JSON, MX_MODE_NAGIOS };

/* Everything the command line says. */
/* Options that act only with another one, given on the command line
 * (a configuration file may set them for every run). */
#define MX_LONE_JOBS	0x01	/* --jobs: --batch */
#define MX_LONE_NAGIOS	0x02	/* --warning, --critical: --nagios */
#define MX_LONE_RETR	0x04	/* --retr: --pop3 */

struct mx_cli {
	struct mx_opts	 opts;
	enum mx_mode	 mode;
	int		 demo;		/* --demo */
	const char	*demo_scenario;
	int		 no_color;
	int		 report_on_exit;
	int		 verbose;	/* --verbose: every transcript */
	int		 redact;	/* --redact: no local parts, our IP */
	int		 ndr;		/* --ndr: operands are bounces */
	int		 offline;	/* --offline: classify only */
	const char	*rcpt;		/* --rcpt ADDRESS: the bounce's
					 * recipient for the live check */
	unsigned	 lone;		/* MX_LONE_*: options of another mode
					 * given on the command line */
	int		 list_scenarios;
	const char	*password_file;	/* --password-file (mailbox.h) */
	char *const	*operands;
	int		 noperands;
	struct mx_nagios nagios;	/* --nagios, --warning, --critical */
	const char	*explain;	/* --explain ID */
	int		 list_presets;	/* --list-presets */
	int		 list_findings;	/* --list-findings */
	unsigned	 lists_set;	/* list options this source gave (conf.c) */
	const char	*batch;		/* --batch FILE ("-": stdin) */
	int		 jobs;		/* --jobs N, 0: sized to the fd limit */
	int		 per_ip;	/* --per-ip K, 0: no limit */
	int		 no_share;	/* --no-share */
	char		 dsn_notify[64];	/* --dsn-notify, upper case */
};

/*
 * Parse argv.  Returns -1 after printing one error line (usage error),
 * 1 when --help or --version was printed, 0 otherwise.
 */
int	mx_options_parse(int argc, char **argv, struct mx_cli *);

/*
 * One source of settings (conf.c): parse argv[1..argc-1] (options only,
 * no operands) on top of cli.  Errors name `where` (e.g. "FILE:LINE").
 * Returns -1 after printing one error line, 0 otherwise.
 */
int	mx_options_source(int argc, char **argv, const char *where,
	    struct mx_cli *);
/* The long options, for conf.c's keys. */
const struct option	*mx_options_table(void);

#endif
