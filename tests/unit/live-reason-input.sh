#!/bin/sh
# live-reason-input.sh: t-live-reason - (the probe reading
# "STAGE<TAB>CODE<TAB>STATUS<TAB>TEXT" lines) refuses a stage it does not
# know, one error line naming the line and the stage names, status 2 (a
# typo such as "rpct" was read as RCPT); known stages are read as before.
. "$top_srcdir/tests/tap.sh"
plan 5
t=$(mktemp "${TMPDIR:-/tmp}/live-input.XXXXXX")
trap 'rm -f "$t"' EXIT
probe="$top_builddir/tests/unit/t-live-reason"
got=$(printf 'rcpt\t550\t5.1.1\tUser unknown\nrpct\t550\t5.1.1\tUser unknown\n' |
	"$probe" - 2>"$t")
is "$?" 2 "an unknown stage: exit 2"
like "$(cat "$t")" "^t-live-reason: line 2: unknown stage 'rpct' \\(one of: .*banner.*, rcpt, data" \
	"the error names the line, the stage and the names it accepts"
is "$(wc -l <"$t" | tr -d ' ')" 1 "one error line"
is "$got" userunknown "the lines before it are answered"
got=$(printf 'mail\t550\t\tSender address rejected: Domain not found\n' |
	"$probe" - 2>"$t")
is "$?:$(wc -c <"$t" | tr -d ' ')" 0:0 "a known stage: exit 0, nothing on stderr"
