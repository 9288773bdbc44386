/*
 * options: the command line (getopt_long, GNU style) into struct mx_cli.
 */
#ifndef MX_OPTIONS_H
#define MX_OPTIONS_H

#include "mxscope.h"

enum mx_mode { MX_MODE_AUTO, MX_MODE_REPORT, MX_MODE_JSON };

/* Everything the command line says. */
struct mx_cli {
	struct mx_opts	 opts;
	enum mx_mode	 mode;
	int		 demo;		/* --demo */
	const char	*demo_scenario;
	int		 no_color;
	int		 report_on_exit;
	int		 ndr;		/* --ndr: operands are bounces */
	int		 offline;	/* --offline: classify only */
	int		 list_scenarios;
	const char	*password_file;	/* --password-file (mailbox.h) */
	char *const	*operands;
	int		 noperands;
};

/*
 * Parse argv.  Returns -1 after printing one error line (usage error),
 * 1 when --help or --version was printed, 0 otherwise.
 */
int	mx_options_parse(int argc, char **argv, struct mx_cli *);

#endif
