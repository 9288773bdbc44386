#!/bin/sh
# tests/ui/ui-paint.sh: the first frame of a demo run shows the MX table, the
# transcript and the diagnosis at 80x24 (stacked) and 200x50 (three
# columns), under several TERMs, colour and monochrome, UTF-8 and not.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# paint NAME COLS ROWS ENV [ARGS]: open the healthy demo, check the frame.
paint() {
	ui_open "$2" "$3" "env $4 $MXSCOPE $5 --demo healthy"
	if ui_wait_done 10; then
		ok "$1: run finishes on screen"
	else
		not_ok "$1: run finishes on screen"
		printf '%s\n' "$UI_SCREEN" | sed 's/^/# /'
		return
	fi
	like "$UI_SCREEN" 'Pref +Host +Address +Stage' "$1: MX table header"
	like "$UI_SCREEN" '10 mx1\.example\.test +127\.[0-9.]+ +done +accepted +2[0-9][0-9] ' \
	    "$1: MX row of mx1 with stage, result, reply"
	like "$UI_SCREEN" '20 mx2\.example\.test' "$1: MX row of mx2"
	like "$UI_SCREEN" 'Transcript 127\.' "$1: transcript pane"
	like "$UI_SCREEN" '[0-9]\.[0-9]{3} S: 221' "$1: transcript lines"
	like "$UI_SCREEN" 'Diagnosis' "$1: diagnosis pane"
	like "$UI_SCREEN" 'Verdict: Deliverable \(deliverable\)' "$1: verdict in the header"
	like "$UI_SCREEN" 'Resolvers \(1\)' "$1: resolver strip"
	like "$UI_SCREEN" '127\.0\.0\.1:[0-9]+ +answer +[0-9]+ms +MX: 10 mx1' \
	    "$1: resolver status, rtt, MX set"
	like "$UI_SCREEN" 'q quit' "$1: key hints"
	ui_keys q
	ui_exit 5
	is "$UI_STATUS" 0 "$1: q exits 0 on a deliverable verdict"
}

paint "80x24 utf8 xterm-256color" 80 24 "LC_ALL=C.UTF-8 TERM=xterm-256color"
# Stacked at 80x24: the panes are on separate rows.
unlike "$UI_SCREEN" 'Transcript.*Diagnosis' "80x24: stacked, not side by side"
paint "200x50 utf8 tmux" 200 50 "LC_ALL=C.UTF-8 TERM=tmux-256color"
like "$UI_SCREEN" 'Pref.*Transcript 127' \
    "200x50: MX table and transcript side by side"
like "$UI_SCREEN" 'Diagnosis.*S: ' "200x50: the diagnosis under the MX table"
paint "80x24 C vt100 mono" 80 24 "LC_ALL=C TERM=vt100"
paint "80x24 C linux" 80 24 "LC_ALL=C TERM=linux"
paint "100x30 screen NO_COLOR" 100 30 "LC_ALL=C.UTF-8 TERM=screen NO_COLOR=1"
paint "160x40 utf8 --no-color" 160 40 "LC_ALL=C.UTF-8 TERM=xterm-256color" \
    --no-color

# NO_COLOR counts when it is set and not empty (mxscope(1) ENVIRONMENT,
# no-color.org): an empty one leaves the colours on.
# colours ENV: COLOURS is how many screen rows draw in a foreground colour.
colours() {
	ui_open 100 30 "env LC_ALL=C.UTF-8 TERM=screen $1 $MXSCOPE --demo healthy"
	ui_wait_done 10 >/dev/null
	$UI_TMUX capture-pane -e -p -t ui >"$UI_DIR/colours" 2>/dev/null
	COLOURS=$(grep -cE "$(printf '\033')\[([0-9]+;)*3[1-7](;[0-9]+)*m" \
	    "$UI_DIR/colours")
	ui_keys q
	ui_exit 5
}
colours NO_COLOR=
like "$COLOURS" '^[1-9]' "NO_COLOR empty: the dashboard has colours ($COLOURS rows)"
colours NO_COLOR=1
is "$COLOURS" 0 "NO_COLOR=1: no colour"
plan_end
