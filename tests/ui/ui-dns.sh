#!/bin/sh
# tests/ui/ui-dns.sh: `d` re-runs against another DNS server and the MX table
# follows its answer; `a` adds a resolver to the comparison and the
# disagreement between the two is highlighted; bad input is refused with
# a message and the dialog stays open.  Lab scenario "disagree": its
# first resolver says MX 10 mx1, its second MX 10 mx2.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_lab_start disagree
r1=${LAB_DNS%%,*}
r2=${LAB_DNS#*,}
like "$r2" '^127\.0\.0\.1:[0-9]+$' "the lab has a second resolver"

ui_open 100 30 "$MXSCOPE --dns $r1 -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 $LAB_TARGET"
ui_wait_done 10
like "$UI_SCREEN" '10 mx1\.example\.test' "first resolver: mx1 in the MX table"
unlike "$UI_SCREEN" 'mx2\.example\.test +127' "first resolver: no mx2 row"

ui_keys d
ui_wait 'Re-run against DNS server' 3
like "$UI_SCREEN" '1\.1\.1\.1' "the dialog lists the public presets"
like "$UI_SCREEN" '119\.29\.29\.29' "the dialog lists all seven presets"
ui_keys -l 'example.org'
ui_keys Enter
ui_wait 'not an IPv4 address' 3
like "$UI_SCREEN" 'not an IPv4 address' "a name is refused with a reason"
ui_keys C-u
ui_keys -l '127.0.0.1:99999'
ui_keys Enter
ui_wait 'bad port' 3
like "$UI_SCREEN" 'bad port' "a bad port is refused"
ui_keys C-u
ui_keys -l "$r2"
ui_keys Enter
ui_gone 'Re-run against DNS server' 3
ui_wait_done 10
like "$UI_SCREEN" "via $r2" "the header names the new resolver"
like "$UI_SCREEN" '10 mx2\.example\.test +127' "the MX table now shows mx2"
unlike "$UI_SCREEN" 'mx1\.example\.test +127' "and no longer mx1"

ui_keys a
ui_wait 'Add a DNS server' 3
like "$UI_SCREEN" "$r2  \\(recent\\)" "the history remembers the server"
ui_keys -l "$r1"
ui_keys Enter
ui_wait 'Resolvers \(2\)' 10
ui_wait_done 10
like "$UI_SCREEN" 'Resolvers \(2\) - DISAGREE' "the disagreement is highlighted"
like "$UI_SCREEN" '!= *127\.0\.0\.1:[0-9]+ +answer' "the odd resolver is marked"
like "$UI_SCREEN" 'mx1\.example\.test +127' "both MX sets are probed: mx1"
like "$UI_SCREEN" 'mx2\.example\.test +127' "both MX sets are probed: mx2"
ui_keys q
ui_exit 5
like "$UI_STATUS" '^[0-3]$' "q exits with a verdict status"
plan_end
