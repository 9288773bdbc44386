#!/bin/sh
# tests/ui/ui-resize.sh: SIGWINCH.  Shrinking to 60x20 keeps a complete
# stacked dashboard, below the minimum a clear message replaces it, and
# growing back repaints everything with no debris from the old size.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# complete NAME: the screen shows every pane.
complete() {
	like "$UI_SCREEN" 'Pref +Host' "$1: MX table"
	like "$UI_SCREEN" 'Resolvers \(1\)' "$1: resolvers"
	like "$UI_SCREEN" 'Transcript 127\.' "$1: transcript"
	like "$UI_SCREEN" 'Diagnosis' "$1: diagnosis"
	like "$UI_SCREEN" 'DNS 1/1 +SMTP 2/2' "$1: status line"
}

ui_open 80 24 "env LC_ALL=C.UTF-8 $MXSCOPE --demo healthy"
ui_wait_done 10
complete "80x24"
ui_resize 60 20
ui_wait 'Pref' 3
sleep 0.3
ui_capture
complete "60x20"
# (characters, not bytes: a cut host name ends in the 3-byte "…")
is "$(printf '%s\n' "$UI_SCREEN" | python3 -c 'import sys
print(sum(len(l) > 60 for l in sys.stdin.read().split("\n")))')" \
    0 "60x20: no line wider than the pane"
ui_resize 40 12
ui_wait 'Terminal too small' 3
like "$UI_SCREEN" 'Terminal too small: 40x12' "40x12: a clear message"
like "$UI_SCREEN" 'at least 60x16' "40x12: says the minimum"
ui_resize 200 50
ui_wait 'Pref.*Transcript' 3
sleep 0.3
ui_capture
complete "200x50 after growing"
unlike "$UI_SCREEN" 'too small' "200x50: the message is gone"
like "$UI_SCREEN" 'Pref.*Transcript 127' "200x50: side by side"
ui_resize 80 24
sleep 0.5
ui_capture
complete "back to 80x24"
# The 80x24 frame after all that equals a fresh 80x24 frame (modulo the
# lab's random addresses and ports, which stay the same in one run).
before=$(printf '%s\n' "$UI_SCREEN")
ui_keys C-l
sleep 0.3
ui_capture
is "$UI_SCREEN" "$before" "a forced full redraw (Ctrl-L) changes nothing"
# A dialog that takes text (t) would take q as typed: the message says Esc.
ui_keys t
ui_wait 'Enter re-runs' 3
ui_resize 40 12
ui_wait 'Terminal too small' 3
like "$UI_SCREEN" 'press Esc' "40x12 with a dialog open: says Esc closes it"
unlike "$UI_SCREEN" 'press q' "40x12 with a dialog open: not q, which it would type"
ui_keys Escape
ui_resize 80 24
sleep 0.5
ui_capture
unlike "$UI_SCREEN" 'Enter re-runs' "Esc while too small closed the dialog"
complete "80x24 after the dialog"
ui_keys q
ui_exit 5
is "$UI_STATUS" 0 "q after resizing exits 0"
plan_end
