#!/bin/sh
# tests/ui/ui-keys.sh: keys on the dashboard.  Selecting another address
# changes the transcript; Tab moves the focus; Enter opens the full
# transcript; ?, h and F1 show the help; q exits with the verdict's status.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo healthy"
if ! ui_wait_done 10; then
	not_ok "healthy demo finishes"
	plan_end
	exit 1
fi
first=$(printf '%s\n' "$UI_SCREEN" | sed -n 's/.*Transcript \(127\.[0-9.]*\).*/\1/p')
like "$first" '^127\.[0-9]+\.[0-9]+\.1$' "transcript shows the first address"
like "$UI_SCREEN" '^>  10 mx1' "first row selected"

ui_keys j
ui_wait "Transcript 127\\.[0-9.]+\\.2 " 3
second=$(printf '%s\n' "$UI_SCREEN" | sed -n 's/.*Transcript \(127\.[0-9.]*\).*/\1/p')
like "$second" '^127\.[0-9]+\.[0-9]+\.2$' "j selects the second address"
like "$UI_SCREEN" '^>  20 mx2' "the selection mark moved to mx2"
ui_keys Up
ui_wait "Transcript $first " 3
like "$UI_SCREEN" "Transcript $first " "Up goes back to the first address"

ui_keys Tab
ui_wait '^>Transcript' 3
like "$UI_SCREEN" '^>Transcript' "Tab moves the focus to the transcript"
ui_keys Tab
ui_wait '^>Diagnosis' 3
like "$UI_SCREEN" '^>Diagnosis' "Tab again: the diagnosis"
ui_keys BTab BTab
ui_wait '^>Pref' 3
like "$UI_SCREEN" '^>Pref' "Shift-Tab twice: back to the MX table"

ui_keys Enter
ui_wait 'Full transcript 1/2' 3
like "$UI_SCREEN" 'Full transcript 1/2' "Enter opens the full transcript"
like "$UI_SCREEN" 'EHLO: ESMTP STARTTLS' "it shows the EHLO capabilities"
like "$UI_SCREEN" 'TLS: ok TLSv1' "and the TLS result"
ui_keys Right
ui_wait 'Full transcript 2/2' 3
like "$UI_SCREEN" 'Full transcript 2/2' "Right shows the next address"
ui_keys Escape
ui_wait 'Resolvers \(1\)' 3
like "$UI_SCREEN" 'Diagnosis' "Esc goes back to the dashboard"

ui_keys '?'
ui_wait 'mxscope help' 3
like "$UI_SCREEN" 'mxscope help' "? opens the help"
like "$UI_SCREEN" 're-run against another DNS server' "help lists the d key"
like "$UI_SCREEN" 'Exit status' "help gives the exit statuses"
ui_keys x
ui_gone 'mxscope help' 3
unlike "$UI_SCREEN" 'mxscope help' "any key closes the help"
# h and F1 open the same help (README, mxscope(1)).
ui_keys h
ui_wait 'mxscope help' 3
like "$UI_SCREEN" 'mxscope help' "h opens the help"
ui_keys x
ui_gone 'mxscope help' 3
ui_keys F1
ui_wait 'mxscope help' 3
like "$UI_SCREEN" 'mxscope help' "F1 opens the help"
ui_keys x
ui_gone 'mxscope help' 3
unlike "$UI_SCREEN" 'mxscope help' "a key closes it again"

# Scrolling the focused transcript stops the live follow; End resumes it.
ui_keys Tab
ui_wait '^>Transcript.*\[(live|end)\]' 3
ui_keys PPage
ui_wait '\[scrolled\]' 3
like "$UI_SCREEN" 'Transcript 127[0-9.]+ \(TLS\) +\[scrolled\] [0-9]+-[0-9]+/[0-9]+' \
    "PgUp scrolls back a page"
unlike "$UI_SCREEN" '== Result' "the end is no longer shown"
ui_keys Home
ui_wait '\[scrolled\] 1-' 3
like "$UI_SCREEN" '\[scrolled\] 1-' "Home goes to the top"
like "$UI_SCREEN" 'connecting to 127\.' "the start of the dialogue is shown"
ui_keys End
ui_wait '^>Transcript.*\[end\]' 3
like "$UI_SCREEN" '== Result: accepted' "End goes back to the end"
ui_keys BTab

# t edits the target: an invalid one is refused inside the dialog.
ui_keys t
ui_wait 'Target' 3
like "$UI_SCREEN" '> user@example\.test' "t offers the current target"
ui_keys C-u
ui_keys -l 'not a target'
ui_keys Enter
sleep 0.3
ui_capture
like "$UI_SCREEN" 'user@domain or domain; Enter' "a bad target keeps the dialog open"
ui_keys C-u
ui_keys -l 'other@example.test'
ui_keys Enter
ui_wait 'other@example\.test +via' 5
like "$UI_SCREEN" 'checking other@example\.test|other@example\.test' "the check re-runs on the new target"
ui_wait_done 10

# The demo's scenario picker switches the lab and re-runs.
ui_keys p
ui_wait 'Demo scenario' 3
like "$UI_SCREEN" '\*healthy ' "p opens the picker on the current scenario"
like "$UI_SCREEN" 'userunknown +Recipient unknown' "the picker describes scenarios"
ui_keys Down Enter
ui_wait 'Verdict: .*\(userunknown\)' 10
like "$UI_SCREEN" 'demo: userunknown' "the header names the new scenario"
like "$UI_SCREEN" '550 5\.1\.1' "the check re-ran on the new lab"
ui_keys F2
ui_wait 'Demo scenario' 3
ui_keys Up Enter
ui_wait 'Verdict: .*\(deliverable\)' 10
like "$UI_SCREEN" 'demo: healthy' "F2 picks again: back to healthy"
ui_wait_done 10

ui_keys q
ui_exit 5
is "$UI_STATUS" 0 "q: exit 0 for deliverable"

# A permanent failure exits 2, a temporary one 1.
ui_open 80 24 "$MXSCOPE --demo userunknown"
ui_wait_done 10
like "$UI_SCREEN" 'Verdict: Address does not exist \(userunknown\)' \
    "userunknown verdict shown"
like "$UI_SCREEN" '550 5\.1\.1' "550 5.1.1 in the MX table"
ui_keys q
ui_exit 5
is "$UI_STATUS" 2 "q: exit 2 for userunknown"

ui_open 80 24 "$MXSCOPE --demo greylisted"
ui_wait_done 10
like "$UI_SCREEN" 'Verdict: Greylisted: try again later \(greylisted\)' \
    "greylisted verdict shown"
ui_keys q
ui_exit 5
is "$UI_STATUS" 1 "q: exit 1 for greylisted"

# Keys work while probes are still running; quitting then exits 3.
ui_open 80 24 "$MXSCOPE --demo nobanner"
ui_wait 'running' 10
ui_keys '?'
ui_wait 'mxscope help' 3
like "$UI_SCREEN" 'mxscope help' "keys work while a probe waits"
ui_keys x q
ui_exit 5
is "$UI_STATUS" 3 "q before the check ends: exit 3"

# The picker keeps the user's options: --from and -4 still hold on the
# new scenario's lab (main owns the lab; src/demo.c).
ui_open 100 30 "$MXSCOPE --demo -4 --from keep@from.test"
ui_wait_done 10
ui_keys p
ui_wait 'Demo scenario' 3
ui_keys Down Enter
ui_wait 'USERUNKNOWN|userunknown\)' 10
ui_wait_done 10
like "$UI_SCREEN" 'demo: userunknown' "p switched the scenario"
ui_keys /
ui_keys -l 'C: MAIL FROM'
ui_keys Enter
ui_wait 'C: MAIL FROM:<' 5
like "$UI_SCREEN" 'MAIL FROM:<keep@from\.test>' \
    "... and the new check still says MAIL FROM as given (--from kept)"
ui_keys q
ui_exit 5
plan_end
