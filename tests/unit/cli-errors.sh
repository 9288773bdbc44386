#!/bin/sh
# tests/unit/cli-errors.sh: a bad input gets one error line that names it
# (issue 13) and exit status 3.
. "${top_srcdir:-.}/tests/tap.sh"

# err NAME WANT-REGEX ARGS...: one line on stderr matching WANT, exit 3.
err() {
	_name=$1 _want=$2
	shift 2
	"$MXSCOPE" "$@" >/dev/null 2>"${TMPDIR:-/tmp}/mxerr.$$"
	_st=$?
	is "$_st" 3 "$_name: exit 3"
	like "$(cat "${TMPDIR:-/tmp}/mxerr.$$")" "$_want" "$_name: names the input"
	is "$(wc -l <"${TMPDIR:-/tmp}/mxerr.$$" | tr -d ' ')" 1 "$_name: one line"
	rm -f "${TMPDIR:-/tmp}/mxerr.$$"
}

err "unknown short option in a cluster" '^mxscope: unknown option -x ' \
    --report -x..y example.org
err "unknown long option" '^mxscope: unknown option --bogus ' --report --bogus
err "malformed domain" "^mxscope: 'exa mple\\.\\.org': " --report 'exa mple..org'
err "missing bounce file" '^mxscope: /nonexistent\.eml: cannot open' \
    --ndr /nonexistent.eml
# A bad resolver in a configuration file is its line's error
# (mxscope(1) CONFIGURATION), not the target's when the check starts.
err "bad --dns port" 'invalid port in 127\.0\.0\.1:99999' \
    --report --dns 127.0.0.1:99999 user@example.org
conf="${TMPDIR:-/tmp}/mxconf.$$"
printf 'dns = 127.0.0.1 # a comment is a line of its own\n' >"$conf"
err "bad dns in a configuration file" \
    "^mxscope: $conf:1: --dns: not a numeric IPv4 or IPv6 address: 127\.0\.0\.1 # a" \
    --config "$conf" --report user@example.org
MXSCOPE_OPTIONS='--dns 127.0.0.1:0'
export MXSCOPE_OPTIONS
err "bad dns in MXSCOPE_OPTIONS" \
    '^mxscope: MXSCOPE_OPTIONS: --dns: invalid port in 127\.0\.0\.1:0' \
    --report user@example.org
# --server likewise: its source's error, not the target's.
MXSCOPE_OPTIONS='--server 999.1.1.1'
err "bad server in MXSCOPE_OPTIONS" \
    '^mxscope: MXSCOPE_OPTIONS: --server: not a host name or numeric address: 999\.1\.1\.1' \
    --report user@example.org
printf 'server = mx.example.org:0\n' >"$conf"
MXSCOPE_OPTIONS=
err "bad server in a configuration file" \
    "^mxscope: $conf:1: --server: invalid port in mx\.example\.org:0" \
    --config "$conf" --report user@example.org
unset MXSCOPE_OPTIONS
# With --batch a bad --server is said once, not on every line of the list.
printf 'a@example.org\nb@example.org\n' >"$conf"
err "bad --server with --batch" \
    '^mxscope: --server: not a host name or numeric address: a b$' \
    --batch "$conf" --server 'a b'
# An option that acts only with another one is an error on the command line
# (it was silently ignored); a configuration file may set it for every run.
err "--jobs without --batch" '^mxscope: --jobs goes with --batch$' \
    --jobs 4 user@example.org
err "--warning without --nagios" '^mxscope: --warning and --critical go with --nagios$' \
    --warning 5 user@example.org
err "--retr without --pop3" '^mxscope: --retr goes with --pop3$' \
    --imap --retr 1 user@example.org
# A listing takes no target: an operand was silently ignored.
err "--list-scenarios with a target" '^mxscope: --list-scenarios takes no target \(got "extra"\)$' \
    --list-scenarios extra
err "--explain with a target" '^mxscope: --explain takes no target \(got "x@y"\)$' \
    --explain dns.nxdomain x@y
printf 'jobs = 8\n' >"$conf"
"$MXSCOPE" --config "$conf" --explain smtp.catch_all >/dev/null 2>&1
is "$?" 0 "jobs = in a configuration file: no error without --batch"
rm -f "$conf"
plan_end
