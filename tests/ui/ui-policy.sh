#!/bin/sh
# tests/ui/ui-policy.sh: the dashboard's policy tab (issue 15): o opens it
# with one line per record and its state, Up/Down keep it open, any other
# key closes it; without a sender domain it says how to ask.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_open 100 30 "$MXSCOPE --demo healthy --from someone@nospf.example"
ui_wait_done 40
ui_keys o
ui_wait 'Policy: SPF, DMARC, DKIM' 10
like "$UI_SCREEN" 'Policy: SPF, DMARC, DKIM' "o opens the policy tab"
ui_wait 'SPF +none +nospf.example' 20
like "$UI_SCREEN" 'SPF +none +nospf.example: no SPF record' "the SPF line with its state"
like "$UI_SCREEN" 'DMARC +missing +nospf.example' "the sender domain's DMARC line"
ui_keys Down
sleep 0.3
ui_capture
like "$UI_SCREEN" 'Policy: SPF, DMARC, DKIM' "Down keeps it open"
ui_keys x
ui_gone 'Policy: SPF, DMARC, DKIM' 10
unlike "$UI_SCREEN" 'Policy: SPF, DMARC, DKIM' "another key closes it"
ui_keys q
ui_exit 10

ui_open 100 30 "$MXSCOPE --demo healthy"
ui_wait_done 40
ui_keys o
ui_wait 'No policy record asked' 10
like "$UI_SCREEN" 'No policy record asked: give --from or --sender-domain' \
    "without a sender domain it says how to ask"
ui_keys q q
ui_exit 10
plan_end
