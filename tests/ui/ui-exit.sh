#!/bin/sh
# tests/ui/ui-exit.sh: how the dashboard ends.  q exits with the verdict's
# status and --report-on-exit then prints the text report; SIGTERM and
# SIGINT restore the terminal; SIGHUP and a vanished terminal (the pane
# killed, as when SSH drops) end at once, touch nothing and never spin
# (hostile-inputs.md §1.12).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# restored: the pane's tty is back in canonical mode with echo.
restored() {
	like "$(cat "$UI_DIR/stty")" '(^| )icanon' "$1: terminal back in canonical mode"
	like "$(cat "$UI_DIR/stty")" '(^| )echo( |$)' "$1: echo restored"
}

ui_open 80 24 "$MXSCOPE --report-on-exit --demo userunknown"
ui_wait_done 10
ui_keys q
ui_exit 5
is "$UI_STATUS" 2 "--report-on-exit: q exits 2 for userunknown"
$UI_TMUX capture-pane -p -t ui -S - -E - >"$UI_DIR/after"
like "$(cat "$UI_DIR/after")" 'Verdict: Address does not exist \(userunknown\)' \
    "--report-on-exit prints the verdict after the screen closes"
like "$(cat "$UI_DIR/after")" '550 5\.1\.1' "the report holds the evidence"
unlike "$(cat "$UI_DIR/after")" 'Pref +Host +Address +Stage +Mark' \
    "the dashboard itself is gone from the screen"
restored "q"

ui_open 80 24 "$MXSCOPE --demo healthy"
ui_wait_done 10
ui_keys q
ui_exit 5
$UI_TMUX capture-pane -p -t ui -S - -E - >"$UI_DIR/after"
unlike "$(cat "$UI_DIR/after")" 'Verdict:' "without --report-on-exit nothing printed"

for sig in TERM INT; do
	ui_open 80 24 "$MXSCOPE --demo healthy"
	ui_wait_done 10
	kill -"$sig" "$(ui_pid)"
	if ui_exit 5; then ok "SIG$sig: exits"; else not_ok "SIG$sig: exits"; fi
	is "$UI_STATUS" 0 "SIG$sig after a deliverable verdict: exit 0"
	restored "SIG$sig"
	ui_gone 'Pref +Host' 3
	unlike "$UI_SCREEN" 'Pref +Host' "SIG$sig: the dashboard is gone"
done

# A terminal type curses does not know, or one that cannot move the cursor
# (TERM=dumb): one line saying so, then the text report; the verdict's
# status.
for t in no-such-term dumb; do
	ui_open 80 24 "env TERM=$t $MXSCOPE --demo healthy"
	ui_exit 15
	is "$UI_STATUS" 0 "TERM=$t: the verdict's exit status"
	like "$(cat "$UI_DIR/stderr")" "^mxscope: (cannot drive terminal type '$t'|terminal type '$t' cannot move the cursor); here is the text report instead\$" \
	    "TERM=$t: one clear line"
	is "$(wc -l <"$UI_DIR/stderr" | tr -d ' ')" 1 "TERM=$t: only one line"
	UI_SCREEN=$($UI_TMUX capture-pane -p -S -400 -t ui 2>/dev/null)
	like "$UI_SCREEN" 'Verdict: Deliverable \(deliverable\)' \
	    "TERM=$t: the text report is shown"
done

# SIGHUP: the terminal is presumed dead: exit 3 at once, nothing restored.
ui_open 80 24 "$MXSCOPE --demo nobanner"
ui_wait 'running' 10
kill -HUP "$(ui_pid)"
if ui_exit 3; then ok "SIGHUP: exits within 3 s"; else not_ok "SIGHUP: exits within 3 s"; fi
is "$UI_STATUS" 3 "SIGHUP: exit 3"
like "$(cat "$UI_DIR/stty")" '-icanon' "SIGHUP: nothing written to restore the dead terminal"

# The pane vanishes (SSH drop): the process must go, not spin.  Once as
# the pane's foreground job (SIGHUP arrives), once in a session of its
# own (setsid: no SIGHUP, only POLLHUP/EIO on the terminal).
for how in "" "setsid"; do
	if [ -n "$how" ] && ! command -v "$how" >/dev/null 2>&1; then
		ok "# SKIP $how is not installed"
		continue
	fi
	ui_open 80 24 "$how $MXSCOPE --demo nobanner"
	if ui_wait 'running' 10; then
		ok "dashboard up ${how:-fg}"
	else
		not_ok "dashboard up ${how:-fg}"
	fi
	pid=$(ui_pid)
	$UI_TMUX kill-window -t ui >/dev/null 2>&1 || $UI_TMUX kill-server
	n=0
	while kill -0 "$pid" 2>/dev/null && [ $n -lt 30 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	if kill -0 "$pid" 2>/dev/null; then
		not_ok "terminal gone ${how:-fg}: ended within 3 s (cpu $(awk '{print $14 + $15}' /proc/$pid/stat) ticks)"
		kill -KILL "$pid"
	else
		ok "terminal gone ${how:-fg}: process ended within 3 s"
	fi
done
plan_end
