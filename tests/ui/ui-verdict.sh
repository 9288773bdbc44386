#!/bin/sh
# tests/ui/ui-verdict.sh: what a helpdesk sees on the first screen of a
# demo run at 80x24 (and 60x20) says who must act and what to do with
# nothing cut into a wrong meaning: the title row leaves a part out whole
# rather than cut a port or a scenario's name, and when the header has to
# shorten the verdict, the diagnosis says the deciding finding whole
# instead of "the verdict above".  A server that was reached and hung up
# is not called unreachable; "(bare LF)" has no stray space.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

# run COLS ROWS SCENARIO: open the demo, wait until it is done.
run() {
	ui_open "$1" "$2" "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE --demo $3"
	if ! ui_wait_done 10; then
		not_ok "$3 at $1x$2: the run finishes"
		diag "$UI_SCREEN"
	fi
	TITLE=$(printf '%s\n' "$UI_SCREEN" | sed -n 1p)
}

# A scenario's name longer than the title row has room for beside the
# resolver: the name whole (the resolver is in the strip below).
run 80 24 blocked-banner
like "$TITLE" 'demo: blocked-banner +done' "80x24: the scenario's name whole"
run 80 24 disagree
like "$TITLE" 'demo: disagree +done' "80x24, two resolvers: the scenario's name whole"
# 60x20, two resolvers: no port cut short (127.0.0.1:4 for 127.0.0.1:48637).
run 60 20 stale-copy
strip=$(printf '%s\n' "$UI_SCREEN" | sed -n '2,$p' |
    sed -n 's/^[ !=]*\(127\.0\.0\.1:[0-9]*\) .*/\1/p' | sort -u | tr '\n' ' ')
like "$strip" '^127\.0\.0\.1:[0-9]+ 127\.0\.0\.1:[0-9]+ $' "60x20: the resolver strip names both"
bad=
for a in $(printf '%s\n' "$TITLE" | grep -o '127\.0\.0\.1:[0-9]*'); do
	case " $strip" in *" $a "*) ;; *) bad="$bad $a" ;; esac
done
is "$bad" "" "60x20: every resolver in the title row is whole"

# stale-copy: the verdict does not fit the 80x24 header; what it leaves
# out (the stale copy) must not be hidden behind "the verdict above".
run 80 24 stale-copy
like "$UI_SCREEN" 'Relay access denied;…' "stale-copy 80x24: the header shortens the verdict"
unlike "$UI_SCREEN" 'The verdict above' "stale-copy 80x24: the diagnosis does not point at the cut verdict"
like "$UI_SCREEN" '\[ERROR\] Via 127\.0\.0\.1:[0-9]+ mail goes to mx1' \
    "stale-copy 80x24: the diagnosis says the deciding finding"
run 132 43 stale-copy
like "$UI_SCREEN" 'The verdict above' "stale-copy 132x43: whole verdict, so the diagnosis points at it"

# A server that took the connection and hung up was reached: not
# "Cannot reach the mail servers", not "unreachable" (JSON keeps its
# reason word networkerror and outcome name).
run 80 24 hangup
like "$UI_SCREEN" 'Verdict: Mail server not working \(networkerror\)\. mx1' \
    "hangup 80x24: the headline says the server does not work"
unlike "$UI_SCREEN" 'Cannot reach|unreachable' "hangup 80x24: nothing says it was not reached"
like "$UI_SCREEN" 'greeting +hung up +- ' "hangup 80x24: the MX table says it hung up"
like "$UI_SCREEN" '== Result: hung up at greeting' "hangup 80x24: the transcript's result"
rep=$($MXSCOPE --demo hangup --report 2>/dev/null)
like "$rep" '^Verdict: Mail server not working \(networkerror\)' "hangup --report: the same headline"
unlike "$rep" 'unreachable' "hangup --report: not unreachable"
js=$($MXSCOPE --demo hangup --json 2>/dev/null)
like "$js" '"reason": "networkerror"' "hangup --json: the reason word stays"
rep=$($MXSCOPE --demo refused --report 2>/dev/null)
like "$rep" '^Verdict: Cannot reach the mail servers \(networkerror\)' \
    "refused --report: a refused connection is not reached"

# The protocol-violation list ends in its word, not a space: "(bare LF)".
run 80 24 barelf
like "$UI_SCREEN" 'broke SMTP syntax \(bare LF\)\.' "barelf 80x24: (bare LF), no stray space"

ui_keys q
ui_exit 5
plan_end
