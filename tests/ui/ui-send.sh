#!/bin/sh
# tests/ui/ui-send.sh: the dashboard asks before it sends a test message
# (--send, issue 14): a start with --send opens the question, n checks
# without sending, S asks again and y sends (the reply to the message is
# in the transcript).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_open 100 30 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo healthy --send"
ui_wait 'Send a test message\?' 10
like "$UI_SCREEN" 'Send a test message\?' "--send: the question before the first run"
like "$UI_SCREEN" 'y: send it +n: check without sending' "it says what y and n do"
ui_keys n
ui_wait 'checking without sending' 5
like "$UI_SCREEN" 'checking without sending' "n: says no message is sent"
ui_wait '\(deliverable\)' 10
like "$UI_SCREEN" '\(deliverable\)' "n: the check runs"
ui_keys Enter
ui_wait 'Full transcript' 3
ui_keys End
ui_wait '221 ' 3
like "$UI_SCREEN" '221 ' "n: the end of the dialogue"
unlike "$UI_SCREEN" 'queued as' "n: no DATA in the transcript"
ui_keys Escape
ui_gone 'Full transcript' 3

ui_keys S
ui_wait 'Send a test message\?' 5
like "$UI_SCREEN" 'Send a test message\?' "S: the question again"
ui_keys y
ui_wait 'sending a test message' 5
like "$UI_SCREEN" 'sending a test message' "y: says it sends"
ui_wait '\(deliverable\)' 10
ui_keys Enter
ui_wait 'Full transcript' 3
ui_keys End
ui_wait 'queued as LAB' 5
like "$UI_SCREEN" 'queued as LAB' "y: the message sent, its reply in the transcript"
ui_keys Escape q
ui_exit 5
plan_end
