#!/bin/sh
# nagios: --nagios against the lab: one status line in the
# monitoring-plugins format, perf data, the exit status of each state,
# the --warning/--critical ranges, UNKNOWN for a check that cannot run.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"

# check SCENARIO WANT_STATUS WANT_STATE [ARGS...]
check() {
	scn=$1 want=$2 state=$3
	shift 3
	lab_start "$scn" || { not_ok "$scn: lab started"; return; }
	mx_run --nagios "$@" "$LAB_TARGET"
	is "$MX_STATUS" "$want" "$scn $*: exit $want"
	like "$MX_OUT" "^MXSCOPE $state - $LAB_TARGET: " "$scn $*: MXSCOPE $state line"
	is "$(printf '%s\n' "$MX_OUT" | wc -l)" 1 "$scn $*: exactly one line"
	is "$(printf '%s' "$MX_OUT" | tr -cd '|' | wc -c)" 1 "$scn $*: one '|' before the perf data"
	is "$MX_ERR" "" "$scn $*: nothing on stderr"
}

check healthy 0 OK
like "$MX_OUT" '\| time=[0-9]+\.[0-9]{3}s;;;0; dns=[0-9.]+s;;;0; smtp=[0-9.]+s;;;0;' \
    "perf data: time, dns, smtp in seconds with min 0"
like "$MX_OUT" ' connect=[0-9.]+s;;;0; banner=[0-9.]+s;;;0; ehlo=[0-9.]+s;;;0; tls=[0-9.]+s;;;0; mail=[0-9.]+s;;;0; rcpt=[0-9.]+s;;;0;' \
    "perf data: each SMTP step"
like "$MX_OUT" " rtt_127\.0\.0\.1:[0-9]+=[0-9.]+s;;;0;" "perf data: the resolver's RTT"
like "$MX_OUT" 'deliverable, verdict in [0-9]+\.[0-9]{2} s: ' "the text names the reason and the time"

check greylisted 1 WARNING
check userunknown 2 CRITICAL
like "$MX_OUT" 'userunknown' "CRITICAL names the reason"
check nxdomain 2 CRITICAL

# Thresholds on the time to the verdict (@ alerts inside the range).
check healthy 1 WARNING --warning @0:3600
like "$MX_OUT" 'time=[0-9.]+s;@0:3600;;0;' "the warning range is in the perf data"
like "$MX_OUT" '\(warning: @0:3600\)' "the text says which threshold"
check healthy 2 CRITICAL --warning @0:3600 --critical @0:3600
check healthy 0 OK --warning 3600 --critical '~:3600'
check userunknown 2 CRITICAL --warning 3600

# UNKNOWN: a verdict that could not be reached stays UNKNOWN.
lab_start healthy
timeout 30 "$MXSCOPE" --nagios --dns 127.0.0.1:1 --timeout 1 -p "$LAB_PORT" \
    "$LAB_TARGET" >"$LAB_DIR/o" 2>"$LAB_DIR/e"
is "$?" 3 "no resolver answers: exit 3"
like "$(cat "$LAB_DIR/o")" '^MXSCOPE UNKNOWN - ' "no resolver answers: UNKNOWN"
timeout 30 "$MXSCOPE" --nagios --dns 127.0.0.1:1 'bad target@@' >"$LAB_DIR/o" 2>"$LAB_DIR/e"
is "$?" 3 "a bad target: exit 3"
like "$(cat "$LAB_DIR/o")" '^MXSCOPE UNKNOWN - ' "a bad target: an UNKNOWN line"

for r in abc 10:5 '@' '' 1e999; do
	timeout 10 "$MXSCOPE" --nagios --warning "$r" x.test >/dev/null 2>"$LAB_DIR/e"
	is "$?" 3 "--warning '$r' is refused with exit 3"
done
plan_end
