#!/bin/sh
# tests/lab/fuzz-net.sh: whole-program fuzz mode for the network side
# (issue 9).  For each seed, mxscope-lab serves the hostile peer generated
# from it (fuzz:SEED, src/lab/lab-fuzz.c: a grammar of replies with mutated
# codes, continuations, 1-byte write splits, early closes, TLS garbage,
# mangled DNS) and the real mxscope binary checks it, --json and --report.
# Each run must end by its bound with a defined exit status (0-3), say
# nothing on stderr (a sanitizer report or a "handles left open" warning
# would land there), give JSON that parses, and show no control byte.
# Then every scenario saved in tests/fuzz/net/ (past findings) is replayed.
#
#   FUZZ_SEEDS="1 2 3"   the seeds (make check: a fixed, fast set)
#   FUZZ_TIME=SECONDS    instead: new seeds from FUZZ_START (default: the
#                        clock) until the time is up (make fuzz)
#   FUZZ_OUT=DIR         where a failing seed's scenario is saved
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'
: "${FUZZ_SEEDS:=1 2 3 4 5 6}"
: "${FUZZ_OUT:=${top_builddir:-.}/fuzz-net.failed}"
BOUND=25	# --timeout 1: a few steps of 1 s per address, 3 addresses
CTRL=$(printf '[\001-\010\013-\037\177\233]')

# one NAME SCENARIO: run both outputs against one lab; one TAP line.
one() {
	_why=
	if ! lab_start "$2"; then
		not_ok "$1: lab starts"
		return
	fi
	for _mode in --json --report; do
		_t0=$(date +%s)
		mx_run "$_mode" --timeout 1 user@example.test
		_el=$(( $(date +%s) - _t0 ))
		if [ "$MX_STATUS" -gt 3 ]; then
			_why="$_why $_mode: exit $MX_STATUS;"
		fi
		if [ -n "$MX_ERR" ]; then
			_why="$_why $_mode: stderr: $(printf '%s' "$MX_ERR" | head -c 300 | tr -d '\033');"
		fi
		if [ "$_el" -gt "$BOUND" ]; then
			_why="$_why $_mode: ${_el}s > ${BOUND}s;"
		fi
		if printf '%s' "$MX_OUT" | LC_ALL=C grep -q "$CTRL"; then
			_why="$_why $_mode: a control byte in the output;"
		fi
		if [ "$_mode" = --json ] && ! printf '%s' "$MX_OUT" |
		    python3 -c 'import json,sys; json.load(sys.stdin)' 2>/dev/null
		then
			_why="$_why --json: does not parse;"
		fi
	done
	lab_stop
	if [ -z "$_why" ]; then
		ok "$1"
		return
	fi
	not_ok "$1:$_why"
	mkdir -p "$FUZZ_OUT"
	case $2 in
	fuzz:*) "$MXSCOPE_LAB" --show "$2" >"$FUZZ_OUT/${2#fuzz:}.scn" ;;
	*) cp "$2" "$FUZZ_OUT/" ;;
	esac
	diag "saved in $FUZZ_OUT (replay: mxscope-lab FILE; keep it in tests/fuzz/net/)"
}

if [ -n "${FUZZ_TIME:-}" ]; then
	seed=${FUZZ_START:-$(date +%s)}
	end=$(( $(date +%s) + FUZZ_TIME ))
	n=0
	while [ "$(date +%s)" -lt "$end" ]; do
		one "seed $seed" "fuzz:$seed"
		seed=$((seed + 1))
		n=$((n + 1))
	done
	diag "fuzz-net: $n seeds in ${FUZZ_TIME}s, from ${FUZZ_START:-the clock}"
else
	for seed in $FUZZ_SEEDS; do
		one "seed $seed" "fuzz:$seed"
	done
fi
for f in "$top_srcdir"/tests/fuzz/net/*.scn; do
	[ -f "$f" ] && one "replay $(basename "$f")" "$f"
done

lab_stop
rm -rf "$tmp"	# lab_start replaced our EXIT trap
plan_end
