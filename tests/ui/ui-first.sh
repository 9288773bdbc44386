#!/bin/sh
# tests/ui/ui-first.sh: the first screen answers (issue 13).  For every lab
# scenario, at 80x24 and without a key press, the frame shows the verdict
# in plain words with its id, who must act, the first words of the fix
# and the decisive reply whole (tests/ui/first-frame.py is the oracle; it
# reads the scenario's --json), under xterm-256color, vt100 and LANG=C:
# each scenario under one of them in turn, or under all three with
# MXSCOPE_UI_FIRST_ALL=1 (9 minutes on a shared 2-core machine).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready
command -v python3 >/dev/null 2>&1 ||
    { echo "1..0 # SKIP python3 is not installed"; exit 0; }
ORACLE="${top_srcdir:-.}/tests/ui/first-frame.py"

# first SCENARIO ENV: one first frame, checked.
first() {
	"$MXSCOPE" --demo "$1" --json >"$UI_DIR/doc.json" 2>/dev/null &
	_json=$!
	ui_open 80 24 "env $2 $MXSCOPE --demo $1"
	_done=0
	ui_wait_done 20 && _done=1
	wait "$_json"
	if [ "$_done" = 0 ]; then
		not_ok "$1 ($2): the run finishes"
		diag "$UI_SCREEN"
		return
	fi
	printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
	python3 "$ORACLE" "$UI_DIR/doc.json" "$UI_DIR/screen.txt" \
	    >"$UI_DIR/checks" 2>&1 || echo "0 oracle failed" >>"$UI_DIR/checks"
	_bad=0
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then
			ok "$1 ($2): $_label"
		else
			not_ok "$1 ($2): $_label"
			_bad=1
		fi
	done <"$UI_DIR/checks"
	[ "$_bad" = 0 ] || diag "$UI_SCREEN"
	ui_keys q
	ui_exit 5 || not_ok "$1 ($2): q ends it"
}

E1="LC_ALL=C.UTF-8 TERM=xterm-256color"
E2="LC_ALL=C.UTF-8 TERM=vt100"
E3="LC_ALL= LANG=C TERM=xterm-256color"
# first_bg SCENARIO K ENV: first SCENARIO ENV in the background (ui_bg), its
# TAP file (the Ith scenario's Kth run) listed in RUNS for the read back.
first_bg() {
	RUNS="$RUNS $UI_DIR/first.$i.$2"
	ui_bg "$UI_DIR/first.$i.$2" first "$1" "$3"
}

# The first frames run four at a time (ui_bg: each its own tmux server
# and directory; a frame mostly waits on the run), then are read in the
# list's order.
RUNS=
i=0
for s in $("$MXSCOPE" --list-scenarios | awk '{ print $1 }'); do
	if [ -n "${MXSCOPE_UI_FIRST_ALL:-}" ]; then
		first_bg "$s" 1 "$E1"
		first_bg "$s" 2 "$E2"
		first_bg "$s" 3 "$E3"
	else
		case $((i % 3)) in
		0) first_bg "$s" 1 "$E1" ;;
		1) first_bg "$s" 1 "$E2" ;;
		*) first_bg "$s" 1 "$E3" ;;
		esac
	fi
	i=$((i + 1))
done
lab_wait
for f in $RUNS; do
	ui_replay "$f"
done
plan_end
