#!/bin/sh
# tests/ui/ui-dns.sh: `d` re-runs against another DNS server and the MX table
# follows its answer; `a` adds a resolver to the comparison and the
# disagreement between the two is highlighted; bad input is refused with
# a message and the dialog stays open.  Lab scenario "disagree": its
# first resolver says MX 10 mx1, its second MX 10 mx2.  Issue 13: the
# dialog lists the resolvers in use; a host name (localhost, from
# /etc/hosts: nothing leaves loopback) is resolved once and shown with
# its address; after `d` the strip keeps the previous resolver's answer;
# Del takes a resolver out again; in --demo a resolver outside the lab
# is named as such and needs a second Enter (Esc stays in the lab).
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
like "$UI_SCREEN" "$r1  \\(in use\\)" "the dialog lists the resolver in use"
like "$UI_SCREEN" "now: $r1" "and names it in its title"
ui_keys -l 'no such host!'
ui_keys Enter
ui_wait 'not an IP address or a host name' 10
like "$UI_SCREEN" 'not an IP address or a host name' "junk is refused with a reason"
ui_keys C-u
ui_keys -l '127.0.0.300'
ui_keys Enter
ui_wait 'not an IPv4 address' 10
like "$UI_SCREEN" 'not an IPv4 address' "a bad IPv4 address is refused"
ui_keys C-u
ui_keys -l '127.0.0.1:99999'
ui_keys Enter
ui_wait 'bad port' 3
like "$UI_SCREEN" 'bad port' "a bad port is refused"
ui_keys C-u
ui_keys -l "localhost:${r2##*:}"
ui_keys Enter
if ui_wait "DNS server localhost is $r2: re-running" 20; then
	ok "a host name is resolved once and shown with its address"
else
	not_ok "a host name is resolved once and shown with its address"
	diag "$UI_SCREEN"
fi
ui_wait "via $r2" 20
ui_wait_done 20
like "$UI_SCREEN" "via $r2" "the header names the new resolver"
like "$UI_SCREEN" '10 mx2\.example\.test +127' "the MX table now shows mx2"
unlike "$UI_SCREEN" 'mx1\.example\.test +127' "and no longer mx1"
like "$UI_SCREEN" "!= *before d: $r1 +answer .*MX: 10 mx1\.example\.test" \
    "the strip keeps the previous resolver's answer, marked as different"

ui_keys a
ui_wait 'Add a DNS server' 3
like "$UI_SCREEN" "$r2  \\(in use\\)" "the resolver in use is listed once"
ui_keys -l "$r1"
ui_keys Enter
ui_wait 'Resolvers \(2\)' 10
ui_wait_done 10
like "$UI_SCREEN" 'Resolvers \(2\) - DISAGREE' "the disagreement is highlighted"
like "$UI_SCREEN" '!= *127\.0\.0\.1:[0-9]+ +answer' "the odd resolver is marked"
like "$UI_SCREEN" 'mx1\.example\.test +127' "both MX sets are probed: mx1"
like "$UI_SCREEN" 'mx2\.example\.test +127' "both MX sets are probed: mx2"

# Del on a resolver in use takes it out of the comparison.
ui_keys a
ui_wait 'Add a DNS server' 10
like "$UI_SCREEN" "$r1  \\(in use\\)" "both resolvers are listed as in use"
ui_keys Down Down
ui_wait "> $r1" 10
ui_keys DC
if ui_wait "removed $r1: re-running" 10; then
	ok "Del removes the selected resolver"
else
	not_ok "Del removes the selected resolver"
	diag "$UI_SCREEN"
fi
ui_wait 'Resolvers \(1\)' 10
ui_wait_done 20
like "$UI_SCREEN" 'Resolvers \(1\)' "one resolver is left"
unlike "$UI_SCREEN" 'mx1\.example\.test +127' "its MX set is gone"
ui_keys d
ui_wait 'Re-run against DNS server' 10
like "$UI_SCREEN" "$r1  \\(recent\\)" "the history remembers the removed server"
ui_keys Down
ui_wait "> $r2" 10
ui_keys DC
ui_wait 'the only resolver' 10
like "$UI_SCREEN" 'is the only resolver: d picks another instead' \
    "the last resolver is not removed"
ui_keys Escape
ui_gone 'Re-run against DNS server' 10
ui_keys q
ui_exit 5
like "$UI_STATUS" '^[0-3]$' "q exits with a verdict status"

# --demo: a resolver outside the lab is named as leaving it.
ui_open 100 30 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo healthy"
ui_wait_done 20
via=$(printf '%s\n' "$UI_SCREEN" | sed -n 's/.*via \(127\.0\.0\.1:[0-9]*\).*/\1/p')
like "$via" '^127\.0\.0\.1:[0-9]+$' "the demo asks the lab's resolver"
ui_keys d
ui_wait 'Re-run against DNS server' 10
ui_keys -l '1.1.1.1'
ui_keys Enter
if ui_wait '1\.1\.1\.1 is outside the lab' 10; then
	ok "--demo: d with a resolver outside the lab says it leaves the lab"
else
	not_ok "--demo: d with a resolver outside the lab says it leaves the lab"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'Enter again goes ahead' \
    "and asks before going"
ui_keys Escape
ui_gone 'Re-run against DNS server' 10
like "$UI_SCREEN" "via $via" "Esc: still the lab's resolver"
unlike "$UI_SCREEN" 'before d:' "nothing was re-run"
ui_keys q
ui_exit 10
is "$UI_STATUS" 0 "the demo exits 0"
plan_end
