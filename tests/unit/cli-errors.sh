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
plan_end
