#!/bin/sh
# tests/ui/ui-crash.sh: a dashboard that dies of a fatal signal (SIGSEGV,
# SIGBUS, SIGABRT, SIGFPE) gives the terminal back before it goes:
# canonical mode with echo, the normal screen, a visible cursor, even
# though only a non-interactive sh (which repairs nothing) is there; and
# it still dies of that signal (issue 9).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

for sig in SEGV BUS ABRT FPE; do
	ui_open 80 24 "$MXSCOPE --demo healthy"
	if ui_wait_done 10; then ok "SIG$sig: dashboard up"; else not_ok "SIG$sig: dashboard up"; fi
	like "$($UI_TMUX display -p -t ui '#{alternate_on}')" '^1$' "SIG$sig: the dashboard is on the alternate screen"
	kill -"$sig" "$(ui_pid)"
	if ui_exit 5; then ok "SIG$sig: the process ended"; else not_ok "SIG$sig: the process ended"; fi
	num=$(kill -l "$sig" 2>/dev/null || echo 0)
	is "$UI_STATUS" $((128 + num)) "SIG$sig: died of SIG$sig (status 128+$num)"
	like "$(cat "$UI_DIR/stty")" '(^| )icanon' "SIG$sig: canonical mode restored"
	like "$(cat "$UI_DIR/stty")" '(^| )echo( |$)' "SIG$sig: echo restored"
	is "$($UI_TMUX display -p -t ui '#{alternate_on}')" 0 "SIG$sig: the normal screen is back"
	is "$($UI_TMUX display -p -t ui '#{cursor_flag}')" 1 "SIG$sig: the cursor is visible"
done
plan_end
