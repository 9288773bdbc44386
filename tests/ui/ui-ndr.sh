#!/bin/sh
# tests/ui/ui-ndr.sh: `b` pastes a bounce into the dashboard (issue 4).  A
# bracketed paste (tmux paste-buffer -p) of an RFC 3464 bounce for
# user@example.test saying 552 5.2.2 is read at once: the bounce pane
# appears, the check re-runs against the recipient and the live check
# confirms it (demo mailboxfull) or contradicts it (demo healthy).  Typed
# text (send-keys -l) ends with Ctrl-D.  A paste holding ESC[201~, ^C, ^D
# and escape sequences stays data: nothing acts as a key, nothing reaches
# the terminal unescaped.  An oversize paste and a non-bounce are refused
# with one clear message; Esc cancels.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# The whole test is time-limited: a watchdog ends it after 600 s (a hang
# bound, generous for a loaded machine).  Killing the watchdog also ends
# its sleep, so the test leaves no process behind.
( trap 'kill "$s" 2>/dev/null; exit 0' TERM
  sleep 600 & s=$!
  wait "$s" && kill -TERM $$ ) >/dev/null 2>&1 &
watchdog=$!
trap 'kill "$watchdog" 2>/dev/null; ui_cleanup' EXIT
trap 'kill "$watchdog" 2>/dev/null; ui_cleanup; exit 130' INT TERM

esc=$(printf '\033')

# dsn EXTRA-TEXT DIAG-SUFFIX: a 552 5.2.2 bounce for user@example.test.
. "$top_srcdir/tests/dsn.sh"
dsn() {
	dsn_bounce 5.2.2 "552 5.2.2 Mailbox full$2" "$1"
}

# paste FILE: a bracketed paste of FILE into the pane.
paste() {
	$UI_TMUX load-buffer "$1"
	$UI_TMUX paste-buffer -p -t ui
}

dsn "" "" >"$UI_DIR/b.eml"
# The same bounce as a colleague forwards it, attached (issue 11).
{
	printf 'From: Jane Doe <jane@example.org>\nTo: helpdesk@example.org\n'
	printf 'Subject: Fwd: Undelivered Mail\nMIME-Version: 1.0\n'
	printf 'Content-Type: multipart/mixed; boundary="F"\n\n--F\n'
	printf 'Content-Type: text/plain\n\nWhy did this bounce?\n\n--F\n'
	printf 'Content-Type: message/rfc822\n\n'
	cat "$UI_DIR/b.eml"
	printf '\n--F--\n'
} >"$UI_DIR/fwd.eml"

# 1. mailboxfull: the live check confirms the bounce (80x24, stacked).
UI_GATE=1 ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo mailboxfull"
$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw1"
ui_go
ui_wait_done 10
unlike "$UI_SCREEN" 'Bounce \(' "no bounce pane before a bounce"
like "$UI_SCREEN" 'b bounce' "the status hints name the b key"
ui_keys '?'
ui_wait 'mxscope help' 3
like "$UI_SCREEN" 'paste a bounce' "the help describes the b key"
ui_keys x
ui_gone 'mxscope help' 3
ui_keys b
ui_wait 'Paste a bounce' 3
like "$UI_SCREEN" 'Waiting for the paste' "b opens the paste area"
paste "$UI_DIR/b.eml"
if ui_wait 'Live check CONFIRMS' 10; then
	ok "the bracketed paste is analysed and the check re-runs"
else
	not_ok "the bracketed paste is analysed and the check re-runs"
fi
like "$UI_SCREEN" 'Bounce \(pasted\)' "the bounce pane appears"
like "$UI_SCREEN" 'mailboxfull \(soft\) for user@example\.test' \
    "it shows the reason and the recipient"
unlike "$UI_SCREEN" 'Paste a bounce' "the paste area closed"
like "$UI_SCREEN" 'user@example\.test +via' "the target is the bounce's recipient"
# The diagnosis at 80x24: focus it (MX, bounce, transcript, diagnosis), End.
ui_keys Tab
ui_wait '^>Bounce' 3
like "$UI_SCREEN" '^>Bounce \(pasted\)' "Tab focuses the bounce pane"
ui_keys End
ui_wait 'Source: pasted' 3
like "$UI_SCREEN" 'Remote MTA: mx1\.example\.test' "the pane scrolls to the remote MTA"
like "$UI_SCREEN" 'Diagnostic: 552 5\.2\.2 Mailbox full' "and the diagnostic"
ui_keys Tab Tab End
ui_wait 'ndr\.confirmed' 3
like "$UI_SCREEN" '\(ndr\.confirmed\)' "the diagnosis shows ndr.confirmed"
ui_keys q
ui_exit 5
is "$UI_STATUS" 1 "q: exit 1 (the mailbox is still full: soft, issue 12)"
like "$(cat "$UI_DIR/stty")" '(^| )isig( |$)' "signals back on after the paste"
$UI_TMUX pipe-pane -t ui
sleep 0.2
is "$(LC_ALL=C grep -c "${esc}\\[?2004h" "$UI_DIR/raw1")" 1 \
    "bracketed paste mode enabled while the area was open"
like "$(LC_ALL=C grep -c "${esc}\\[?2004l" "$UI_DIR/raw1")" '^[1-9]' \
    "and disabled after"

# 2. healthy at 200x50: the live check contradicts the bounce.
ui_open 200 50 "env LC_ALL=C.UTF-8 $MXSCOPE --demo healthy"
ui_wait_done 10
ui_keys b
ui_wait 'Paste a bounce' 3
paste "$UI_DIR/fwd.eml"
ui_wait 'ndr\.contradicted' 10
like "$UI_SCREEN" 'Source: pasted, written by Postfix, forwarded by jane@example\.org' \
    "a forwarded bounce: the pane names who forwarded it"
like "$UI_SCREEN" 'Live check CONTRADICTS it: The bounce said' \
    "healthy: the pane says the live check contradicts the bounce"
like "$UI_SCREEN" '\(ndr\.contradicted\)' "the diagnosis shows ndr.contradicted"
like "$UI_SCREEN" 'Verdict: Deliverable \(deliverable\)' "the verdict is the live one"
# The scenario picker keeps the bounce: mailboxfull now confirms it.
ui_keys p
ui_wait 'Demo scenario' 3
ui_keys Down Down Enter
ui_wait 'ndr\.confirmed' 10
like "$UI_SCREEN" 'demo: mailboxfull' "the picker switched the lab"
like "$UI_SCREEN" 'Live check CONFIRMS it' "the same bounce, confirmed there"
# Typed text (no bracketed paste) ends with Ctrl-D.
ui_keys b
ui_wait 'Paste a bounce' 3
ui_keys -l "$(dsn '' '' | sed 's/5\.2\.2/5.1.1/g; s/552/550/; s/Mailbox full/User unknown/')"
ui_wait 'Ctrl-D analyses' 5
like "$UI_SCREEN" 'bytes received; Ctrl-D analyses' "typed text waits for Ctrl-D"
ui_keys C-d
ui_wait 'userunknown \(hard' 10
like "$UI_SCREEN" 'userunknown \(hard: retrying cannot succeed\)' \
    "Ctrl-D: the typed bounce is read"
ui_wait_done 10
ui_wait 'ndr\.contradicted' 10
like "$UI_SCREEN" 'the live check says mailboxfull' "and checked live"
# Esc cancels.
ui_keys b
ui_wait 'Paste a bounce' 3
ui_keys -l 'From: x'
ui_keys Escape
ui_gone 'Paste a bounce' 3
like "$UI_SCREEN" 'paste cancelled' "Esc cancels the paste"
like "$UI_SCREEN" 'Bounce \(pasted\)' "the bounce pane stays after a cancel"
# Another target (t) leaves the bounce behind.
ui_keys t
ui_wait 'Target' 3
ui_keys C-u
ui_keys -l 'other@example.test'
ui_keys Enter
ui_wait 'other@example\.test +via' 5
ui_wait_done 10
unlike "$UI_SCREEN" 'Bounce \(' "t: a new target drops the bounce pane"
unlike "$UI_SCREEN" 'ndr\.' "and its findings"
ui_keys q
ui_exit 5
is "$UI_STATUS" 1 "q after the pastes: exit 1 (mailboxfull is soft)"

# 3. Hostile: ESC[201~ inside the data, then q, ^C, ^D, an OSC title, a
# clear screen and blink; the bounce must still be read whole.
dsn "pwn: ${esc}[201~ q $(printf '\003 \004') ${esc}]0;pwned$(printf '\007') ${esc}[2J ${esc}[5mblink" \
    " ${esc}[5mblink${esc}[0m" >"$UI_DIR/hostile.eml"
UI_GATE=1 ui_open 100 40 "env LC_ALL=C.UTF-8 TERM=screen $MXSCOPE --demo healthy"
title0=$($UI_TMUX display -p -t ui '#{pane_title}')
$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw3"
ui_go
ui_wait_done 10
ui_keys b
ui_wait 'Paste a bounce' 3
paste "$UI_DIR/hostile.eml"
if ui_wait 'Bounce \(pasted\)' 10; then
	ok "hostile paste: the bounce after the inner end marker was read"
else
	not_ok "hostile paste: the bounce after the inner end marker was read"
fi
like "$UI_SCREEN" 'Diagnostic: 552 5\.2\.2 Mailbox full \^\[\[5mblink\^\[\[0m' \
    "escape sequences in the bounce are shown escaped"
ui_wait_done 10
sleep 0.5
ui_capture
like "$UI_SCREEN" 'Verdict:' "q, ^C and ^D in the paste did not act: still running"
if [ -f "$UI_DIR/status" ]; then not_ok "mxscope still running"; else ok "mxscope still running"; fi
is "$($UI_TMUX display -p -t ui '#{pane_title}')" "$title0" "pane title unchanged"
ui_keys q
ui_exit 5
is "$UI_STATUS" 0 "q: exit 0 (deliverable)"
$UI_TMUX pipe-pane -t ui
sleep 0.2
is "$(LC_ALL=C grep -c "${esc}]" "$UI_DIR/raw3")" 0 "no OSC in the raw stream"
is "$(LC_ALL=C tr -cd '\007' <"$UI_DIR/raw3" | wc -c)" 0 "no BEL in the raw stream"
is "$(LC_ALL=C grep -c "${esc}\\[5m" "$UI_DIR/raw3")" 0 "no blink in the raw stream"

# 4. Refusals: a paste over 1 MiB, a message that is not a bounce.
head -c 1200000 /dev/zero | tr '\0' 'x' | fold -w 100 >"$UI_DIR/big.txt"
printf 'From: alice@example.net\nTo: bob@example.test\nSubject: lunch\n\nSee you at noon.\n' \
    >"$UI_DIR/plain.eml"
ui_open 80 24 "env LC_ALL=C.UTF-8 $MXSCOPE --demo healthy"
ui_wait_done 10
ui_keys b
ui_wait 'Paste a bounce' 3
paste "$UI_DIR/big.txt"
if ui_wait 'Refused: the paste is larger than 1 MiB' 20; then
	ok "an oversize paste is refused"
else
	not_ok "an oversize paste is refused"
fi
like "$UI_SCREEN" '\(12[0-9]{5} bytes\)' "the message gives the size"
like "$UI_SCREEN" 'Paste a bounce' "the area stays open for another paste"
paste "$UI_DIR/plain.eml"
ui_wait 'Not a bounce' 5
like "$UI_SCREEN" 'Not a bounce: ' "a non-bounce: one clear message"
is "$(printf '%s\n' "$UI_SCREEN" | grep -c 'Not a bounce')" 1 "only one message"
unlike "$UI_SCREEN" 'Refused' "the earlier refusal is gone"
ui_keys Escape
ui_gone 'Paste a bounce' 3
unlike "$UI_SCREEN" 'Bounce \(' "no bounce pane after refusals"
ui_keys q
ui_exit 5
is "$UI_STATUS" 0 "q: exit 0"

# 5. SIGTERM while the paste area is open: bracketed paste off, modes back.
UI_GATE=1 ui_open 80 24 "$MXSCOPE --demo healthy"
$UI_TMUX pipe-pane -t ui -o "cat >>$UI_DIR/raw5"
ui_go
ui_wait_done 10
ui_keys b
ui_wait 'Paste a bounce' 3
kill -TERM "$(ui_pid)"
ui_exit 5
is "$UI_STATUS" 0 "SIGTERM in the paste area: the verdict's status"
like "$(cat "$UI_DIR/stty")" '(^| )icanon' "terminal back in canonical mode"
like "$(cat "$UI_DIR/stty")" '(^| )isig( |$)' "signals back on"
like "$(cat "$UI_DIR/stty")" '(^| )ixon( |$)' "flow control back on"
$UI_TMUX pipe-pane -t ui
sleep 0.2
like "$(LC_ALL=C grep -c "${esc}\\[?2004l" "$UI_DIR/raw5")" '^[1-9]' \
    "bracketed paste mode disabled on SIGTERM"
plan_end
