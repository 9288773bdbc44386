#!/bin/sh
# tests/ui/ui-mxscroll.sh: the MX table of 8 addresses (the slow demo) at
# 80x24 shows a few rows; its last line says how many are below and, once
# scrolled, how many are above, so rows scrolled off the top are not
# silently gone.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo slow"
if ! ui_wait_done 10; then
	not_ok "slow at 80x24: the run finishes"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" '\+[0-9]+ more \(j/k or Down to scroll\)' "at the top: how many below"
ui_keys j j j j j
ui_wait 'above' 3
like "$UI_SCREEN" '\+[0-9]+ more, [0-9]+ above \(j/k to scroll\)' "scrolled: how many below and above"
ui_keys j j j j j j j j
ui_wait '^  [0-9]+ above \(k or Up to scroll\)' 3
like "$UI_SCREEN" '  [0-9]+ above \(k or Up to scroll\)' "at the bottom: how many above"
unlike "$UI_SCREEN" '\+[0-9]+ more' "at the bottom: none below"
ui_keys q
ui_exit 5
plan_end
