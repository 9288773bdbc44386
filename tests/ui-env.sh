# tests/ui-env.sh: drive the dashboard in a private tmux server.  Source it
# after tests/tap.sh (and tests/lab-env.sh when needed), then:
#   ui_open COLS ROWS CMD   run the shell command CMD (no single quotes) in
#                           a fresh COLSxROWS pane; its exit status goes to
#                           $UI_DIR/status
#   ui_wait REGEX [SECS]    wait (default 10 s; every bound times UI_SLOW)
#                           until the pane matches the extended REGEX;
#                           UI_SCREEN holds the last capture
#   ui_wait_done [SECS]     wait until the run is over on a whole frame: the
#                           status row (painted last, the frame marker)
#                           says "finished" (text elsewhere can say it too),
#                           or, when a message holds the status row, the
#                           header's last word is "done TIME"
#   ui_gone REGEX [SECS]    wait until the pane no longer matches
#   ui_keys KEY...          tmux send-keys to the pane
#   ui_exit [SECS]          wait for CMD to end; UI_STATUS is its status
#   ui_resize COLS ROWS     resize the pane (the window) to COLSxROWS
#   ui_pid                  the pid of CMD (it is exec'd: mxscope itself)
#   ui_bg FILE CMD ARGS...  run CMD ARGS (ui_open, ui_wait, ok...) beside
#                           the test's other dashboards (lab_bg: source
#                           tests/lab-env.sh; at most LAB_JOBS at once),
#                           with its own tmux servers and directory; its
#                           TAP lines go to FILE, read back in the test's
#                           order with ui_replay FILE after lab_wait
# With UI_GATE=1, CMD waits for ui_go (so pipe-pane can be set up first);
# $UI_DIR/stty holds `stty -a` of the pane right after CMD ended.
# Every test uses its own sockets (-L mxt$$-N, a ui_bg run mxt$$-bgK-N;
# -f /dev/null; a fresh one per ui_open, since a dying server must not
# meet the next client) and kills the server at exit, so nothing is left
# behind and nothing waits forever.
# UI_SLOW (default 1) multiplies every wait's bound: a sanitizer build
# draws several times slower (check-sanitizer sets 3).  A wait still ends
# as soon as the screen matches; ui_wait and ui_gone then let the frame
# settle (ui_settle), since a frame can be captured half painted (the
# help's title before its lines: CI saw it on the sanitizer build, then
# on the plain one, ui-password.sh 36).
UI_SLOW=${UI_SLOW:-1}
UI_N=0
UI_SOCK=mxt$$
UI_BG_N=0
UI_TMUX="tmux -L $UI_SOCK-$UI_N -f /dev/null"
UI_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mxui.XXXXXX")
UI_SCREEN=
UI_STATUS=

ui_cleanup() {
	$UI_TMUX kill-server >/dev/null 2>&1
	for _s in "$UI_DIR"/bg.*/sock; do	# ui_bg runs' servers
		[ -f "$_s" ] && tmux -L "$(cat "$_s")" kill-server >/dev/null 2>&1
	done
	# A killed server leaves its socket file: this test's go with it.
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$UI_SOCK"-*
	if command -v lab_stop >/dev/null 2>&1; then
		lab_stop
	fi
	rm -rf "$UI_DIR"
}

# The last check of every dashboard test (plan_end runs it): no run of
# the dashboard wrote a sanitizer report (AddressSanitizer, LeakSanitizer,
# UBSan's "runtime error") on its stderr.  Only a sanitizer build (CI's
# check-sanitizer) can fail it; the screen alone hides a report at exit.
ui_no_sanitizer_report() {
	_r=$(grep -lE 'ERROR: [A-Za-z]+Sanitizer|runtime error:' \
	    "$UI_DIR"/stderr.* "$UI_DIR"/bg.*/stderr.* 2>/dev/null | head -1)
	if [ -n "$_r" ]; then
		not_ok "no sanitizer report from the dashboard: $(grep -m1 -E 'Sanitizer|runtime error:' "$_r")"
	else
		ok "no sanitizer report from the dashboard"
	fi
}
TAP_END=ui_no_sanitizer_report

# (Re)install the cleanup traps; call again after lab_start.
ui_trap() {
	trap 'ui_cleanup' EXIT
	trap 'ui_cleanup; exit 130' INT TERM
}
ui_trap

# Start the lab for a UI test, or fail the test (never skip) when it
# cannot start; then take over the traps (lab_start sets its own).
ui_lab_start() {
	if ! lab_start "$1"; then
		not_ok "the lab starts ($1)"
		plan_end
		exit 1
	fi
	ui_trap
}

# Whether the dashboard can be driven here at all.
ui_skip_unless_ready() {
	if ! command -v tmux >/dev/null 2>&1; then
		echo "1..0 # SKIP tmux is not installed"
		exit 0
	fi
	if [ ! -x "$MXSCOPE" ]; then
		echo "1..0 # SKIP $MXSCOPE is not built"
		exit 0
	fi
}

ui_open() {
	_cols=$1 _rows=$2
	shift 2
	$UI_TMUX kill-server >/dev/null 2>&1
	UI_N=$((UI_N + 1))
	UI_TMUX="tmux -L $UI_SOCK-$UI_N -f /dev/null"
	echo "$UI_SOCK-$UI_N" >"$UI_DIR/sock"
	rm -f "$UI_DIR/status" "$UI_DIR/pid"
	rm -f "$UI_DIR/go"
	ln -sf "stderr.$UI_N" "$UI_DIR/stderr"	# this run's; all are kept
	if [ -n "${UI_GATE:-}" ]; then
		_gate="while [ ! -f $UI_DIR/go ]; do sleep 0.05; done"
	else
		_gate=:
	fi
	cat >"$UI_DIR/run.sh" <<RUNEOF
$_gate
sh -c 'echo \$\$ >"$UI_DIR/pid"; exec $*' 2>"$UI_DIR/stderr.$UI_N"
_st=\$?
stty -a >"$UI_DIR/stty" 2>&1
echo \$_st >"$UI_DIR/status.tmp"
mv "$UI_DIR/status.tmp" "$UI_DIR/status"
exec sleep 600
RUNEOF
	$UI_TMUX new-session -d -s ui -x "$_cols" -y "$_rows" \
	    "sh $UI_DIR/run.sh"
}

ui_capture() {
	UI_SCREEN=$($UI_TMUX capture-pane -p -t ui 2>/dev/null)
}

# ui_settle [REGEX]: capture again until two captures 50 ms apart agree
# (at most 10 more), keeping the last that still matches REGEX (when
# given): a whole frame, not half of one.
ui_settle() {
	_k=0
	while [ "$_k" -lt 10 ]; do
		sleep 0.05
		_cur=$($UI_TMUX capture-pane -p -t ui 2>/dev/null)
		[ "$_cur" = "$UI_SCREEN" ] && return 0
		if [ -n "${1:-}" ] &&
		    ! printf '%s\n' "$_cur" | grep -Eq -- "$1"; then
			return 0
		fi
		UI_SCREEN=$_cur
		_k=$((_k + 1))
	done
}

ui_wait() {
	_n=0
	while :; do
		ui_capture
		if printf '%s\n' "$UI_SCREEN" | grep -Eq -- "$1"; then
			ui_settle "$1"
			return 0
		fi
		[ "$_n" -ge "$(( ${2:-10} * 10 * UI_SLOW ))" ] && return 1
		sleep 0.1
		_n=$((_n + 1))
	done
}

ui_wait_done() {
	_n=0
	while :; do
		ui_capture
		if printf '%s\n' "$UI_SCREEN" | sed -n '$p' |
		    grep -Eq -- ' SMTP [0-9]+/[0-9]+ +finished'; then
			return 0
		fi
		# A message on the status row (the answer to a key) hides
		# the progress: the header's "done TIME" says it then.
		if printf '%s\n' "$UI_SCREEN" | sed -n '1p' |
		    grep -Eq -- ' (done|完成) [0-9][0-9.ms]* *$' &&
		    ! printf '%s\n' "$UI_SCREEN" | sed -n '$p' |
		    grep -Eq -- ' (running|运行中)'; then
			return 0
		fi
		[ "$_n" -ge "$(( ${1:-10} * 10 * UI_SLOW ))" ] && return 1
		sleep 0.1
		_n=$((_n + 1))
	done
}

ui_gone() {
	_n=0
	while :; do
		ui_capture
		if ! printf '%s\n' "$UI_SCREEN" | grep -Eq -- "$1"; then
			ui_settle
			return 0
		fi
		[ "$_n" -ge "$(( ${2:-10} * 10 * UI_SLOW ))" ] && return 1
		sleep 0.1
		_n=$((_n + 1))
	done
}

ui_keys() {
	$UI_TMUX send-keys -t ui "$@"
}

ui_exit() {
	_n=0
	UI_STATUS=
	while [ ! -f "$UI_DIR/status" ]; do
		[ "$_n" -ge "$(( ${1:-10} * 10 * UI_SLOW ))" ] && return 1
		sleep 0.1
		_n=$((_n + 1))
	done
	UI_STATUS=$(cat "$UI_DIR/status")
}

ui_resize() {
	$UI_TMUX resize-window -t ui -x "$1" -y "$2"
}

ui_go() {
	: >"$UI_DIR/go"
}

ui_pid() {
	cat "$UI_DIR/pid"
}

# ui_bg FILE CMD [ARGS...]: CMD ARGS in a lab_bg run (ui_job), TAP to FILE.
ui_bg() {
	UI_BG_N=$((UI_BG_N + 1))
	lab_bg ui_job "$UI_BG_N" "$@"
}

# ui_job K FILE CMD [ARGS...]: ui_bg's run K, in its own directory and
# tmux servers (bg.K under the test's), its server killed at the end.
ui_job() {
	UI_SOCK=$UI_SOCK-bg$1 UI_N=0 UI_DIR=$UI_DIR/bg.$1
	UI_TMUX="tmux -L $UI_SOCK-0 -f /dev/null"
	_job_out=$2
	shift 2
	mkdir "$UI_DIR" || return 1
	"$@" >"$_job_out"
	$UI_TMUX kill-server >/dev/null 2>&1
	: >"$_job_out.end"
}

# ui_replay FILE: the TAP lines of a ui_bg run (tap_replay); not ok when
# the run did not get to its end.
ui_replay() {
	lab_replay "$1" "dashboard run"
}
