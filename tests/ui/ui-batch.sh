#!/bin/sh
# tests/ui/ui-batch.sh: the dashboard of a batch (issue 17): mxscope
# --batch FILE on a terminal opens the list of targets; each row gets its
# verdict as it arrives (the slow target last), the summary counts them,
# Enter opens one target's own dashboard (its verdict, its MX table),
# r there does not re-run it, q comes back to the list, f keeps the
# targets that are not deliverable, ? shows the list's help, and q
# quits with the batch's exit status (the worst target's: 2 for a
# refused recipient); q before the end stops it (3); o orders the list
# by severity and back; with --server the list names the server.  At
# 80x24 under
# xterm-256color, vt100 and LANG=C, and in zh_CN.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
ui_lab_start "${top_srcdir:-.}/tests/lab/batch.scn"
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
cat >"$UI_DIR/list" <<'LIST'
# a batch for the dashboard

user@good.test
someone@bad.test
other@good.test
a@lag.test
LIST
cat >"$UI_DIR/live" <<'LIST'
user@good.test
someone@bad.test
a@b@good.test
other@good.test
a@slow.test
LIST
RUN="$MXSCOPE --dns $dns -p $LAB_PORT --tls-ca $LAB_CA --timeout 10 --batch"

# A whole batch under one terminal setting ($1), at 80x24.
whole() {
	ui_open 80 24 "env $1 $RUN $UI_DIR/list"
	ui_wait 'finished' 30
	like "$UI_SCREEN" 'mxscope batch +4 done, 0 running, 0 queued, 0 errors +\(finished\)' \
	    "$1: the summary counts done, running, queued, errors"
	like "$UI_SCREEN" 'deliverable 3 +userunknown 1' "$1: verdicts counted"
	like "$UI_SCREEN" '3 user@good\.test +deliverable ' "$1: line 3 deliverable"
	like "$UI_SCREEN" '4 someone@bad\.test +userunknown ' "$1: line 4 refused"
	like "$UI_SCREEN" '6 a@lag\.test +deliverable ' "$1: the slow target's verdict"
	like "$UI_SCREEN" 'Enter open' "$1: the hints"
	ui_keys Down Enter
	ui_wait 'someone@bad\.test' 5
	ui_wait 'q list' 5
	like "$UI_SCREEN" 'mxscope +someone@bad\.test' "$1: Enter opens the target's dashboard"
	like "$UI_SCREEN" 'User unknown|userunknown|does not exist' "$1: with its verdict"
	ui_keys r
	ui_wait 'runs once' 3
	like "$UI_SCREEN" 'runs once' "$1: r does not re-run a batch's target"
	ui_keys q
	ui_wait 'mxscope batch' 5
	like "$UI_SCREEN" '>[ ]+4 someone@bad\.test' "$1: q back to the list, the row still selected"
	ui_keys q
	ui_exit 10
	is "$UI_STATUS" 2 "$1: q exits with the batch's status (the worst: 2)"
}

whole "LC_ALL=C.UTF-8 TERM=xterm-256color"
whole "LC_ALL=C.UTF-8 TERM=vt100"
whole "LC_ALL= LANG=C TERM=xterm-256color"

# While it runs: the slow target shows running, Esc and Backspace come
# back from a target, f filters, ? helps, q before the end stops (3).
ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $RUN $UI_DIR/live"
ui_wait '5 a@slow\.test +running' 10
like "$UI_SCREEN" '3 a@b@good\.test +error ' "live: an invalid line is an error row"
like "$UI_SCREEN" '5 a@slow\.test +running' "live: a running target says so"
ui_wait '3 done, 1 running, 0 queued, 1 errors' 10
like "$UI_SCREEN" '3 done, 1 running, 0 queued, 1 errors' "live: the summary counts it"
ui_keys Down Down Down Down Enter
ui_wait 'mxscope +a@slow\.test' 5
like "$UI_SCREEN" 'mxscope +a@slow\.test' "live: a running target opens"
ui_keys Escape
ui_wait 'mxscope batch' 5
like "$UI_SCREEN" 'mxscope batch' "live: Esc back to the list"
ui_keys Up Enter
ui_wait 'mxscope +other@good\.test' 5
ui_keys BSpace
ui_wait 'mxscope batch' 5
like "$UI_SCREEN" 'mxscope batch' "live: Backspace back to the list"
ui_keys f
ui_wait 'not deliverable only' 3
like "$UI_SCREEN" 'not deliverable only' "f: the title says the filter"
unlike "$UI_SCREEN" 'user@good\.test' "f: the deliverable targets are hidden"
like "$UI_SCREEN" 'someone@bad\.test' "f: the refused one stays"
ui_keys f '?'
ui_wait 'batch help' 3
like "$UI_SCREEN" 'Enter +open the selected target' "?: the list's help"
ui_keys x q
ui_exit 10
is "$UI_STATUS" 3 "q before the end: the batch stops, exit 3"
is "$(cat "$UI_DIR/stderr")" "" "stderr stays clean"

# o: the worst verdict first (permanent, then could not test, ...), the
# list's order within one verdict; the selected target stays selected as
# the rows move; o again gives the list's order back.
sed 's/a@slow\.test/a@lag.test/' "$UI_DIR/live" >"$UI_DIR/order"
order() { printf '%s\n' "$UI_SCREEN" | sed -n '4,$ s/^[> ] *[0-9][0-9]* \([^ ]*\) .*/\1/p' | tr '\n' ' '; }
ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $RUN $UI_DIR/order"
ui_wait 'finished' 30
is "$(order)" "user@good.test someone@bad.test a@b@good.test other@good.test a@lag.test " \
    "o: the list's order before"
like "$UI_SCREEN" 'o sort' "o: the hints name it"
ui_keys End o
ui_wait 'worst first' 3
like "$UI_SCREEN" 'SUMMARY +\[worst first\]' "o: the column heads say the order"
is "$(order)" "someone@bad.test a@b@good.test a@lag.test user@good.test other@good.test " \
    "o: refused, the line that could not be checked, the slow one (exit 1: a warning), then deliverable in the list's order"
like "$UI_SCREEN" '>[ ]+5 a@lag\.test' "o: the selected target stays selected"
ui_keys Home Enter
ui_wait 'mxscope +someone@bad\.test' 5
like "$UI_SCREEN" 'mxscope +someone@bad\.test' "o: Enter opens the row's target"
ui_keys q
ui_wait 'mxscope batch' 5
ui_keys f
ui_wait 'not deliverable only' 3
is "$(order)" "someone@bad.test a@b@good.test a@lag.test " "o with f: the not deliverable ones, worst first"
ui_keys f o
ui_gone 'worst first' 3
is "$(order)" "user@good.test someone@bad.test a@b@good.test other@good.test a@lag.test " \
    "o again: the list's order"
ui_keys '?'
ui_wait 'batch help' 3
like "$UI_SCREEN" 'o +order by severity' "?: the help says o"
ui_keys x q
ui_exit 10
is "$UI_STATUS" 3 "o: the exit status is the batch's"

# --server: every target at that server (bad.test's refusing MX is not
# asked to deliver); the verdicts row names the server at 80 columns,
# and so does a target's own dashboard.
ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $RUN $UI_DIR/list --server mx1.good.test"
ui_wait 'finished' 30
like "$UI_SCREEN" 'deliverable 4 +server given: mx1\.good\.test' \
    "--server: the verdicts row names the server"
like "$UI_SCREEN" '4 someone@bad\.test +deliverable ' "--server: bad.test's target checked at the server"
ui_keys Down Enter
ui_wait 'q list' 5
like "$UI_SCREEN" 'mxscope +someone@bad\.test +server given: mx1\.good\.test' \
    "--server: a target's own dashboard names the server"
like "$UI_SCREEN" '>   - mx1\.good\.test ' "--server: its row has no MX preference"
ui_keys q
ui_wait 'mxscope batch' 5
ui_keys q
ui_exit 10
like "$UI_STATUS" '^[01]$' "--server: every target deliverable (exit 0 or 1)"

# zh_CN: the list's words translated, the columns under their heads.
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $RUN $UI_DIR/list"
ui_wait '已结束' 30
like "$UI_SCREEN" '已完成 4，运行中 0，排队 0，错误 0' "zh_CN: the summary in Chinese"
like "$UI_SCREEN" '行 目标 +结果 +时间  摘要' "zh_CN: the column heads"
like "$UI_SCREEN" '3 user@good\.test +deliverable ' "zh_CN: the verdict word stays English"
like "$UI_SCREEN" 'Enter 打开' "zh_CN: the hints"
ui_keys q
ui_exit 10
is "$UI_STATUS" 2 "zh_CN: exit 2"
plan_end
