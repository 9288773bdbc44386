#!/bin/sh
# tests/ui/ui-submit.sh: the dashboard's `submit` row (--submission, issue
# 14) at 80x24 against the submission lab: the password typed into the
# masked field (stars only: capture-pane and the raw terminal stream are
# grepped for it and its base64 forms), the row with its result word
# ("logged in"; "failed" with a wrong password, and then the verdict on
# the first screen is the sending side's), and with --send "sent", the
# row selected with Down and its transcript's queue id; servers at ::1
# read "[::1]:PORT" on the submit row and the mailbox title.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_lab_start "${top_srcdir:-.}/tests/lab/submission/lab.scn"
GOOD='Kanary-7f3a9d1e'		# the lab's password for alice
BAD='Wrong-Kanary-42'
SECRETS="$GOOD $BAD
$(printf '%s' "$GOOD" | base64)
$(printf '%s' "$BAD" | base64)
$(printf '\0alice@example.test\0%s' "$GOOD" | base64 -w0)
$(printf '\0alice@example.test\0%s' "$BAD" | base64 -w0)"
MX="env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --dns ${LAB_DNS%%,*}"
MX="$MX -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 --user alice@example.test"
SUB="--submission=smtp.example.test:$LAB_PORT"

# leaks FILE: the secrets (and encodings) found in FILE, one a line
leaks() {
	for _s in $SECRETS; do
		if grep -qF -- "$_s" "$1"; then
			echo "$_s"
		fi
	done
}
# row: the submit row of the last capture
row() {
	printf '%s\n' "$UI_SCREEN" | grep -E 'submit smtp\.' | head -n 1
}
# typed PASSWORD: type it into the open field, Enter
typed() {
	ui_keys -l "$1"
	ui_wait "> \\*{${#1}} " 3
	unlike "$UI_SCREEN" "$1" "the typed password is not on the screen"
	ui_keys Enter
	ui_gone "> \\*{${#1}} " 5	# the field closed: the re-run began
}

# 1. The field opens (it names the submission), the good password logs in.
UI_GATE=1 ui_open 80 24 "$MX $SUB bob@example.test"
$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw"
ui_go
if ! ui_wait 'Password for alice@example\.test \(SMTP submission\)' 10; then
	not_ok "the password field opens for --submission"
	diag "$UI_SCREEN"
	plan_end
	exit 1
fi
ok "the password field opens for --submission"
typed "$GOOD"
ui_wait_done 20
# The header's "done" can still be the run before the password's (CI
# caught that frame once: the verdict, no submit row yet): wait for the
# row's result itself.
ui_wait 'submit smtp\..*logged in' 20
like "$(row)" 'submit smtp\.' "80x24: the submit row is on the first screen"
like "$(row)" 'logged in' "the row's result word: logged in"
like "$UI_SCREEN" 'Verdict: Deliverable \(deliverable\)' "both paths work: deliverable"

# 2. P with a wrong password: failed, and the first screen says sending fails.
ui_keys P
ui_wait 'Password for alice@example\.test \(SMTP submission\)' 3
typed "$BAD"
ui_wait 'Authentication failed \(authfailure\)' 20
ui_wait_done 20
like "$(row)" 'failed' "a wrong password: the row says failed"
like "$UI_SCREEN" 'Verdict: Authentication failed \(authfailure\)\. Sending' \
    "the verdict on the first screen is the sending side's"
like "$UI_SCREEN" 'Who must act: sender' "the sender (the user) must act"
ui_keys q
ui_exit 5
is "$UI_STATUS" 2 "q: exit 2 (sending fails)"
is "$(leaks "$UI_DIR/raw")" "" "no password in the raw terminal stream"

# 3. --send: y sends through both paths; the row says sent.
printf "%s\n" "$GOOD" >"$UI_DIR/pw"
UI_GATE=1 ui_open 80 24 "$MX $SUB --password-file $UI_DIR/pw --send bob@example.test"
$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw2"
ui_go
ui_wait 'Send a test message\?' 10
ui_keys y
ui_gone 'Send a test message\?' 5
ui_wait_done 20
like "$(row)" 'sent' "--send: the row says sent"
# The submit row is the table's last: Down (clamped) selects it, and its
# transcript, held at the decisive reply (for a message sent: the reply
# to it), shows the message's result and the server's queue id.
ui_keys Down Down Down
ui_wait '^>.*submit smtp\.' 3
like "$(printf '%s\n' "$UI_SCREEN" | grep -E '^>')" 'submit smtp\.' \
    "Down: the submit row is selected"
ui_wait 'Result: test message accepted, queue id [0-9A-Za-z]+' 3
like "$UI_SCREEN" 'Result: test message accepted, queue id [0-9A-Za-z]+' \
    "the submit row's transcript: accepted, with the queue id"
unlike "$UI_SCREEN" "$GOOD" "the password is not on the screen"
ui_keys q
ui_exit 5
is "$(leaks "$UI_DIR/raw2")" "" "no password in the raw terminal stream (--send)"

# 4. IPv6 (RFC 3986 §3.2.2): a submission server and a POP3 server at ::1
# (tests/lab/rawpeer.py) read "[::1]:PORT" on the dashboard, the submit
# row and the mailbox pane's title, never "::1:PORT".
# v6peer NAME: rawpeer.py on ::1 with the script on stdin; its port.
v6peer() {
	cat >"$UI_DIR/$1.txt"
	python3 "${top_srcdir:-.}/tests/lab/rawpeer.py" ::1 "$UI_DIR/$1.txt" \
	    "$UI_DIR/$1.port" </dev/null >/dev/null 2>&1 &
	echo $! >>"$UI_DIR/peers"
	_i=0
	while [ ! -s "$UI_DIR/$1.port" ] && [ $_i -lt 50 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	cat "$UI_DIR/$1.port" 2>/dev/null
}
S6=$(v6peer sub6 <<'EOT'
send 220 sub ESMTP\r\n
recv
send 250-sub\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n
recv
send 535 5.7.8 bad\r\n
recv
send 221 bye\r\n
EOT
)
P6=$(v6peer pop6 <<'EOT'
send +OK POP3 ready\r\n
recv
send -ERR no CAPA\r\n
recv
send -ERR no STLS\r\n
recv
send +OK user\r\n
recv
send -ERR [AUTH] bad\r\n
recv
send +OK bye\r\n
close
EOT
)
if [ -z "$S6" ] || [ -z "$P6" ]; then
	ok "# SKIP no IPv6 loopback here"
else
	UI_GATE=1 ui_open 100 30 "$MX --submission=[::1]:$S6 --allow-plaintext --password-file $UI_DIR/pw bob@example.test"
	ui_go
	ui_wait "submit \\[::1\\]:$S6" 20
	ui_wait_done 20
	like "$UI_SCREEN" "submit \\[::1\\]:$S6" "IPv6: the submit row reads [::1]:PORT"
	unlike "$UI_SCREEN" "::1:$S6" "IPv6: never ::1:PORT on the screen (submission)"
	ui_keys q
	ui_exit 5
	UI_GATE=1 ui_open 100 30 "$MX --pop3=[::1]:$P6 --allow-plaintext --password-file $UI_DIR/pw bob@example.test"
	ui_go
	ui_wait "POP3 ::1 \\[::1\\]:$P6 " 20
	ui_wait_done 20
	like "$UI_SCREEN" "POP3 ::1 \\[::1\\]:$P6 " "IPv6: the mailbox title reads HOST [::1]:PORT"
	unlike "$UI_SCREEN" "::1:$P6" "IPv6: never ::1:PORT on the screen (POP3)"
	ui_keys q
	ui_exit 5
fi
kill $(cat "$UI_DIR/peers" 2>/dev/null) 2>/dev/null
plan_end
