#!/bin/sh
# tests/ui/ui-preset.sh: the configuration's resolver presets (issue 16):
# `d` lists them first and a preset's name re-runs against all of its
# servers; `--dns NAME` does the same on the command line.  Lab scenario
# "disagree": its first resolver says MX 10 mx1, its second MX 10 mx2.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

ui_lab_start disagree
r1=${LAB_DNS%%,*}
r2=${LAB_DNS#*,}
cfg=$LAB_DIR/config
printf 'preset = second %s\npreset = both %s %s\ncolor.title = black/white\n' \
    "$r2" "$r1" "$r2" >"$cfg"

out=$("$MXSCOPE" --config "$cfg" --list-presets)
like "$out" "^second +$r2" "--list-presets shows a preset and its server"
like "$out" "both +$r1 $r2" "... and one with two servers"
out=$(timeout 30 "$MXSCOPE" --config "$cfg" --report --dns second -p "$LAB_PORT" \
    --tls-ca "$LAB_CA" --timeout 2 "$LAB_TARGET" 2>&1)
like "$out" "$r2" "--dns second asks the preset's server"
unlike "$out" "$r1" "... and only that one"
like "$out" 'mx2\.example\.test' "... and gets its answer (mx2)"

ui_open 100 30 "$MXSCOPE --config $cfg --dns $r1 -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 $LAB_TARGET"
ui_wait 'finished' 10
like "$UI_SCREEN" '10 mx1\.example\.test' "first resolver: mx1"
ui_keys d
ui_wait 'Re-run against DNS server' 3
like "$UI_SCREEN" 'second' "d lists the preset 'second'"
like "$UI_SCREEN" 'both' "d lists the preset 'both'"
like "$UI_SCREEN" '1\.1\.1\.1' "the public resolvers are still offered"
ui_keys -l 'second'
ui_keys Enter
ui_gone 'Re-run against DNS server' 3
# A re-run's end: the header's state (the status row holds the message
# "DNS server second: re-running" for its first three seconds, so its
# progress word may not show yet).
ui_wait ' done [0-9]' 10 && ok "the re-run ends" || not_ok "the re-run ends"
# ... and then that message goes: it would be stale, and it hid the
# run's progress word (ui_message_run).
ui_gone 'second: re-running' 6 && ui_wait ' finished' 3 &&
	ok "the re-run's message goes once it has ended" ||
	not_ok "the re-run's message goes once it has ended"
like "$UI_SCREEN" "via $r2" "the preset's server is asked"
like "$UI_SCREEN" '10 mx2\.example\.test +127' "the MX table now shows mx2"
ui_keys d
ui_wait 'Re-run against DNS server' 3
ui_keys -l 'both'
ui_keys Enter
ui_wait 'Resolvers \(2\)' 10
ui_wait ' done [0-9]' 10 && ok "the second re-run ends" ||
	not_ok "the second re-run ends"
like "$UI_SCREEN" 'Resolvers \(2\) - DISAGREE' "a two-server preset: both resolvers, compared"
ui_keys q
ui_exit 5
like "$UI_STATUS" '^[0-3]$' "q exits with a verdict status"
plan_end
