#!/bin/sh
# tests/ui/ui-overlay.sh: a dialog over the 80x24 dashboard leaves no
# letter of the panes under it beside its frame (it showed "│st" from
# "TTL", "==│" from "== Result", "[└" from "[INFO]"): the strips between
# the frame and the screen's edges are blank, in English and in zh_CN.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"

# edges NAME: no text left or right of the frame on its rows.
edges() {
	_rows=$(printf '%s\n' "$UI_SCREEN" | grep -E '[│┌└]')
	like "$_rows" '┌' "$1: the dialog is open"
	is "$(printf '%s\n' "$_rows" | grep -cE '[│┐┘] *[^ │┐┘]+ *$')" 0 "$1: nothing right of the frame"
	is "$(printf '%s\n' "$_rows" | grep -cE '^ *[^ │┌└]+ *[│┌└]')" 0 "$1: nothing left of the frame"
}

# dialog ENV KEY NAME
dialog() {
	ui_open 80 24 "env $1 TERM=xterm-256color $MXSCOPE --demo healthy"
	if ! ui_wait_done 10; then
		not_ok "$3: the run finishes"
		diag "$UI_SCREEN"
	fi
	ui_keys "$2"
	ui_wait '┌' 3
	sleep 0.2
	ui_capture
	edges "$3"
	ui_keys Escape	# alone: "Esc q" at once reads as Alt-q
	sleep 0.2
	ui_keys q
	ui_exit 5
}

dialog LC_ALL=C.UTF-8 b "en b (bounce)"
dialog LC_ALL=C.UTF-8 S "en S (send)"
dialog "$ZH_ENV" b "zh b (bounce)"
plan_end
