/*
 * t-conf: the configuration files, MXSCOPE_OPTIONS and the command line
 * (conf.c over options.c): precedence, list replacement, presets,
 * colours, and one error line with file and line for each bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include "conf.h"
#include "options.h"
#include "tap.h"

static char dir[] = "/tmp/t-conf.XXXXXX";
static char errpath[300];

/* Write text into dir/name; returns the path (static buffer per call). */
static const char *
put(const char *name, const char *text)
{
	static char paths[8][300];
	static int k;
	char *p = paths[k++ % 8];
	FILE *f;

	snprintf(p, 300, "%s/%s", dir, name);
	f = fopen(p, "w");
	fputs(text, f);
	fclose(f);
	return p;
}

/* Run mx_options_parse on words (NULL-terminated) with stderr captured;
 * returns its result, the error text in err. */
static int
parse(struct mx_cli *cli, char *err, size_t errsz, char **words)
{
	int argc = 0, r, saved;
	FILE *f;
	size_t n;

	while (words[argc] != NULL)
		argc++;
	fflush(stderr);
	saved = dup(2);
	f = freopen(errpath, "w", stderr);
	r = mx_options_parse(argc, words, cli);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	f = fopen(errpath, "r");
	n = fread(err, 1, errsz - 1, f);
	err[n] = '\0';
	fclose(f);
	return r;
}

int
main(void)
{
	struct mx_cli cli;
	char err[2000], xdg[300], *argv[8];
	const char *sys, *user, *bad;
	const char *const *srv;
	short fg = 9, bg = 9;
	int r;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(errpath, sizeof errpath, "%s/stderr", dir);
	unsetenv("MXSCOPE_OPTIONS");

	/* Precedence: system < user < environment < command line. */
	sys = put("sys", "# system\ntimeout = 5\nport = 2525\nhelo = sys.example\n"
	    "from = sys@example.org\ndns = 192.0.2.1\ndns = 192.0.2.2\n"
	    "preset = corp 192.0.2.53 [2001:db8::53]:5353\n");
	user = put("user", "  timeout=6 \n\nport = 2526\n# comment = x\n"
	    "dns = corp\n");
	memset(&cli, 0, sizeof cli);
	mx_opts_init(&cli.opts);
	is_int(mx_conf_load_paths(sys, user, 0, &cli), 0, "both files load");
	is_int(cli.opts.timeout_ms, 6000, "the user file overrides the system file");
	is_int(cli.opts.port, 2526, "port from the user file");
	is_str(cli.opts.helo, "sys.example", "helo from the system file stays");
	is_int(cli.opts.ndns, 2, "the user's dns list replaces the system's");
	is_str(cli.opts.dns[0], "192.0.2.53", "dns = PRESET expands to its servers");
	is_str(cli.opts.dns[1], "[2001:db8::53]:5353", "... both of them");
	srv = mx_preset_find("corp");
	ok(srv != NULL && srv[2] == NULL, "preset corp has two servers");
	is_str(mx_preset_name(0), "corp", "preset listed by name");

	/* The full chain through mx_options_parse: --config, environment,
	 * command line. */
	user = put("cfg", "timeout = 7\nport = 2527\nfrom = cfg@example.org\n"
	    "dnsbl = a.example\ndnsbl = b.example\ncolor = no\n"
	    "color.ok = blue/default\ncolor.title = black/white\n");
	setenv("MXSCOPE_OPTIONS", "--timeout 8 --dnsbl c.example", 1);
	argv[0] = "mxscope"; argv[1] = "--config"; argv[2] = (char *)user;
	argv[3] = "--timeout=9"; argv[4] = "x.example"; argv[5] = NULL;
	r = parse(&cli, err, sizeof err, argv);
	is_int(r, 0, "--config, MXSCOPE_OPTIONS and argv parse");
	is_int(cli.opts.timeout_ms, 9000, "the command line beats the environment");
	is_int(cli.opts.port, 2527, "port from the --config file");
	is_str(cli.opts.helo, NULL, "--config replaces the system file");
	is_int(cli.opts.ndnsbl, 1, "the environment's dnsbl list replaces the file's");
	is_str(cli.opts.dnsbl[0], "c.example", "... with its own zone");
	is_int(cli.no_color, 1, "color = no");
	ok(mx_color_get("ok", &fg, &bg) && fg == 4 && bg == -1, "color.ok = blue/default");
	ok(mx_color_get("title", &fg, &bg) && fg == 0 && bg == 7, "color.title = black/white");
	setenv("MXSCOPE_OPTIONS", "--timeout 8", 1);
	argv[3] = "x.example"; argv[4] = NULL;
	parse(&cli, err, sizeof err, argv);
	is_int(cli.opts.timeout_ms, 8000, "the environment beats the file");

	/* XDG_CONFIG_HOME names the user file. */
	unsetenv("MXSCOPE_OPTIONS");
	snprintf(xdg, sizeof xdg, "%s/xdg", dir);
	mkdir(xdg, 0700);
	snprintf(err, sizeof err, "%s/mxscope", xdg);
	mkdir(err, 0700);
	put("xdg/mxscope/config", "concurrency = 3\n");
	setenv("XDG_CONFIG_HOME", xdg, 1);
	argv[1] = "x.example"; argv[2] = NULL;
	is_int(parse(&cli, err, sizeof err, argv), 0, "the XDG user file is read");
	is_int(cli.opts.concurrency, 3, "... and applied");

	/* Errors: one line naming the file and line; the caller exits 3. */
	{
		static const struct { const char *text, *want; } cases[] = {
			{ "timeout = 5\nfrobnicate = 1\n", ":2: unknown key 'frobnicate'" },
			{ "\n\ntimeout = soon\n", ":3: invalid value for --timeout: 'soon'" },
			{ "timeout 5\n", ":1: expected KEY = VALUE" },
			{ "port = 0\n", ":1: invalid value for --port" },
			{ "dns = 192.0.2.1\nversion = 1\n", ":2: unknown key 'version'" },
			{ "config = /etc/passwd\n", ":1: unknown key 'config'" },
			{ "password-file = /x\n", ":1: unknown key 'password-file'" },
			{ "preset = 1bad 192.0.2.1\n", ":1: bad preset name '1bad'" },
			{ "preset = p not-an-ip\n", ":1: preset p: 'not-an-ip'" },
			{ "preset = lonely\n", ":1: preset needs NAME SERVER" },
			{ "color = maybe\n", ":1: color takes yes or no" },
			{ "color.fail = purple\n", ":1: bad colour 'purple'" },
			{ "color.nope = red\n", ":1: unknown colour role 'nope'" },
			{ "helo = a\x1b[2Jb\n", ":1: control characters" },
			{ "from = a b\n", ":1: invalid value for --from" },
		};
		size_t i;

		for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
			bad = put("bad", cases[i].text);
			argv[1] = "--config"; argv[2] = (char *)bad;
			argv[3] = "x.example"; argv[4] = NULL;
			r = parse(&cli, err, sizeof err, argv);
			ok(r == -1 && strstr(err, bad) != NULL &&
			    strstr(err, cases[i].want) != NULL &&
			    strchr(err, '\n') == err + strlen(err) - 1,
			    "bad file %zu: one line '%s'", i, cases[i].want);
			if (r != -1 || strstr(err, cases[i].want) == NULL)
				printf("#   got: %s", err);
		}
	}
	argv[1] = "--config"; argv[2] = "/nonexistent/mxscope.conf";
	r = parse(&cli, err, sizeof err, argv);
	ok(r == -1 && strstr(err, "cannot read /nonexistent/mxscope.conf") != NULL,
	    "a missing --config file is an error");
	setenv("MXSCOPE_OPTIONS", "--help", 1);
	argv[1] = "x.example"; argv[2] = NULL;
	r = parse(&cli, err, sizeof err, argv);
	ok(r == -1 && strstr(err, "MXSCOPE_OPTIONS: --help has no place") != NULL,
	    "--help in MXSCOPE_OPTIONS is refused");
	setenv("MXSCOPE_OPTIONS", "stray.example", 1);
	r = parse(&cli, err, sizeof err, argv);
	ok(r == -1 && strstr(err, "MXSCOPE_OPTIONS: 'stray.example' is not an option") != NULL,
	    "an operand in MXSCOPE_OPTIONS is refused");
	setenv("MXSCOPE_OPTIONS", "--port=99999", 1);
	r = parse(&cli, err, sizeof err, argv);
	ok(r == -1 && strstr(err, "MXSCOPE_OPTIONS: invalid value for --port") != NULL,
	    "a bad value in MXSCOPE_OPTIONS names the variable");
	unsetenv("MXSCOPE_OPTIONS");
	/* A missing user or system file is fine. */
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	argv[1] = "x.example"; argv[2] = NULL;
	is_int(parse(&cli, err, sizeof err, argv), 0, "no configuration files at all is fine");
	snprintf(err, sizeof err, "rm -rf '%s'", dir);
	if (system(err) != 0)
		return 99;
	return tap_done();
}
