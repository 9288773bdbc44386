#!/bin/sh
# tests/ui/ui-zh.sh: the dashboard in Simplified Chinese (issue 16).  For
# every lab scenario, LANG=zh_CN.UTF-8 at 80x24 under xterm-256color: the
# run finishes with the status row in Chinese, the header says the verdict
# in Chinese with its reason word, nothing passes the 80th column, no
# character is replaced, and the MX table's rows start their stage,
# result and reply fields under the (double-width) column titles and end
# their time under 用时 (tests/i18n-width.py).  The help overlay (?) is
# Chinese too.  (Exit statuses per scenario: tests/unit/t-i18n.sh.)
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
WIDTH="${top_srcdir:-.}/tests/i18n-width.py"
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"

# zh SCENARIO: one zh_CN first frame, checked.
zh() {
	ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo $1"
	if ! ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25; then
		not_ok "$1: the run finishes (status row in Chinese)"
		diag "$UI_SCREEN"
		ui_keys q
		ui_exit 5
		return
	fi
	ok "$1: the run finishes (status row in Chinese)"
	like "$UI_SCREEN" '结论：.*\([a-z]+\)' "$1: the verdict in Chinese with its reason word"
	printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
	python3 "$WIDTH" screen "$UI_DIR/screen.txt" >"$UI_DIR/checks" 2>&1 ||
	    echo "0 the width checker failed" >>"$UI_DIR/checks"
	_bad=0
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then
			ok "$1: $_label"
		else
			not_ok "$1: $_label"
			_bad=1
		fi
	done <"$UI_DIR/checks"
	[ "$_bad" = 0 ] || diag "$UI_SCREEN"
	ui_keys q
	ui_exit 5 || not_ok "$1: q ends it"
}

for s in $("$MXSCOPE" --list-scenarios | awk '{ print $1 }'); do
	zh "$s"
done

# The help overlay in Chinese, within the screen.
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo healthy"
ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25
ui_keys '?'
if ui_wait 'mxscope 帮助' 5; then
	ok "? opens the help in Chinese"
else
	not_ok "? opens the help in Chinese"
fi
printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
python3 "$WIDTH" text "$UI_DIR/screen.txt" >"$UI_DIR/checks"
read -r _res _label <"$UI_DIR/checks"
[ "$_res" = 1 ] && ok "help: $_label" || not_ok "help: $_label"
ui_keys x q
ui_exit 5
plan_end
