#!/bin/sh
# tests/lab/batch.sh: mxscope --batch against the lab (issue 17): a list
# with good, refused, invalid, duplicate-domain, comment and blank lines
# in text and JSON Lines (each record valid JSON with its "line"), stdin,
# --nagios refused, --per-ip 1 (the lab never sees two sessions at
# once; with --server too), SIGINT mid-run (what finished is written, exit 3, no hang), and
# the file descriptors at the end equal those at the start (--verbose).
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'

lab_start "$top_srcdir/tests/lab/batch.scn" || { not_ok "lab started"; plan_end; exit 1; }
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')

# batch ARGS...: run a batch against the lab; B_OUT, B_ERR, B_STATUS.
batch() {
	# shellcheck disable=SC2086 # dns: plain words
	timeout 60 "$MXSCOPE" --dns $dns -p "$LAB_PORT" --tls-ca "$LAB_CA" \
	    --timeout 2 "$@" >"$tmp/out" 2>"$tmp/err"
	B_STATUS=$?
	B_OUT=$(cat "$tmp/out")
	B_ERR=$(cat "$tmp/err")
}

cat >"$tmp/list" <<'LIST'
# targets for the batch test
user@good.test
other@good.test

   someone@bad.test   
a@b@good.test
good.test
third@good.test
LIST

batch --batch "$tmp/list" </dev/null
is "$B_STATUS" 3 "text: exit 3 (the worst: an invalid line)"
is "$(printf '%s\n' "$B_OUT" | grep -c '^[0-9]*: ')" 6 "text: one summary line per target line"
like "$B_OUT" '^2: user@good\.test: deliverable \(exit [01], [0-9.]+ s\): ' "text: line 2 deliverable"
like "$B_OUT" '^5: someone@bad\.test: userunknown \(exit 2, ' "text: line 5 userunknown"
like "$B_OUT" "^6: a@b@good\.test: error \(exit 3\): more than one '@'" "text: line 6 is an error line, not an abort"
like "$B_OUT" '^8: third@good\.test: deliverable' "text: a third target of one domain"
like "$B_OUT" 'Batch: 5 targets checked in [0-9.]+ s \([0-9.]+/s\), 1 line not checked' "text: the closing table's head"
like "$B_OUT" '  deliverable +4' "text: the table counts 4 deliverable"
like "$B_OUT" '  userunknown +1' "text: 1 userunknown"
like "$B_OUT" '  error +1' "text: 1 error"
is "$B_ERR" "" "text: nothing on stderr"

batch --batch "$tmp/list" --json --verbose </dev/null
is "$B_STATUS" 3 "json: exit 3"
n=$(printf '%s\n' "$B_OUT" | "$LAB_PY" -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
got = {d["line"]: (d.get("verdict") or {}).get("reason", "error:" + d.get("error", "")[:13]) for d in lines}
print(len(lines), " ".join("%d=%s" % (k, got[k]) for k in sorted(got)))' 2>&1)
like "$n" "^6 2=deliverable 3=deliverable 5=userunknown 6=error:more than one 7=deliverable 8=deliverable$" \
    "json: six valid records, each with its line and verdict"
is "$(printf '%s\n' "$B_OUT" | cut -c1-8 | sort -u)" '{"line":' "json: every stdout line is a record, \"line\" first"
like "$B_OUT" '"line":6,"schema_version":3,"target":"a@b@good.test","error":"more than one' "json: the error record"
like "$B_ERR" 'Batch: 5 targets checked' "json: the closing table on stderr"
fds=$(printf '%s\n' "$B_ERR" | sed -n 's/.*file descriptors: \([0-9]*\) at the start, \([0-9]*\) at the end.*/\1 \2/p')
like "$fds" '^[0-9]+ [0-9]+$' "json: --verbose says the fds"
is "${fds% *}" "${fds#* }" "fds at the end = fds at the start ($fds)"
like "$B_ERR" 'DNS cache: [1-9][0-9]* answered' "the DNS cache answered the other targets of good.test"

# Standard input (a pipe), and the same verdicts.
grep -v bad "$tmp/list" | {
	# shellcheck disable=SC2086
	timeout 60 "$MXSCOPE" --dns $dns -p "$LAB_PORT" --tls-ca "$LAB_CA" \
	    --timeout 2 --batch - --json >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/status"
}
is "$(cat "$tmp/status")" 3 "stdin: exit 3"
is "$(grep -c '"reason":"deliverable"' "$tmp/out")" 4 "stdin: four deliverable"

# An overlong line (2,000 bytes) is an error line; the next one is read,
# from a file and from a pipe alike.
{ printf 'x%.0s' $(seq 2000); printf '@good.test\nuser@good.test\n'; } >"$tmp/long"
batch --batch "$tmp/long" --json
like "$B_OUT" '"line":1,.*"error":"line too long' "overlong line (file): an error record"
like "$B_OUT" '"line":2,.*"reason":"deliverable"' "overlong line (file): the next line is checked"
# shellcheck disable=SC2086
timeout 60 "$MXSCOPE" --dns $dns -p "$LAB_PORT" --tls-ca "$LAB_CA" --timeout 2 \
    --batch - --json <"$tmp/long" >"$tmp/out" 2>&1
like "$(cat "$tmp/out")" '"line":2,.*"reason":"deliverable"' "a file as stdin: read like a list"
cat "$tmp/long" | { timeout 60 "$MXSCOPE" --dns $dns -p "$LAB_PORT" \
    --tls-ca "$LAB_CA" --timeout 2 --batch - --json >"$tmp/out" 2>&1; }
like "$(cat "$tmp/out")" '"line":1,.*"error":"line too long' "overlong line (pipe): an error record"
like "$(cat "$tmp/out")" '"line":2,.*"reason":"deliverable"' "overlong line (pipe): the next line is checked"

printf 'user@good.test\n' >"$tmp/one"
batch --batch "$tmp/one" --nagios
is "$B_STATUS" 3 "--nagios --batch: exit 3"
is "$B_OUT" "" "--nagios --batch: nothing on stdout"
like "$B_ERR" '^mxscope: --nagios cannot go with --batch' "--nagios --batch: one error line"
is "$(printf '%s\n' "$B_ERR" | wc -l)" 1 "--nagios --batch: exactly one line"
batch --batch "$tmp/one" user@good.test
is "$B_STATUS" 3 "--batch with a target operand: exit 3"
batch --batch "$tmp/nonexistent"
is "$B_STATUS" 3 "a missing list: exit 3"
like "$B_ERR" 'nonexistent: No such file' "a missing list: named"
batch --batch "$tmp/one"
is "$B_STATUS" 0 "one deliverable target: exit 0"

# --per-ip 1: six targets of one exchanger, never two sessions at once.
for u in a b c d e f; do echo "$u@good.test"; done >"$tmp/six"
lab_start "$top_srcdir/tests/lab/batch.scn"
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
batch --batch "$tmp/six" --per-ip 1 --jobs 6
is "$B_STATUS" 0 "--per-ip 1: six deliverable"
is "$(printf '%s\n' "$B_OUT" | grep -c deliverable)" 7 "--per-ip 1: six lines and the table"
lab_stop
is "$LAB_PEAK" 1 "--per-ip 1: the lab saw one session at a time"

# --server with --batch: every target, whatever its domain, is checked
# at that one server (bad.test's own MX refuses; nosuch.test has none),
# and --per-ip 1 still holds across the targets.
printf 'a@good.test\nb@bad.test\nc@nosuch.test\nd@bad.test\n' >"$tmp/srv"
lab_start "$top_srcdir/tests/lab/batch.scn"
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
batch --batch "$tmp/srv" --server mx1.good.test --per-ip 1
is "$(printf '%s\n' "$B_OUT" | grep -c '^[0-9]: .*: deliverable (exit [01], .*mx1\.good\.test \[')" 4 \
    "--server --batch: the four targets are deliverable at mx1.good.test"
like "$B_OUT" '^2: b@bad\.test: deliverable' "--server --batch: bad.test's own MX is not asked to deliver"
lab_stop
is "$LAB_PEAK" 1 "--server --batch --per-ip 1: one session at a time"

# SIGINT mid-run: the finished target is written, the slow ones stop.
lab_start "$top_srcdir/tests/lab/batch.scn"
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
printf 'user@good.test\na@slow.test\nb@slow.test\n' >"$tmp/slow"
# shellcheck disable=SC2086
timeout 60 "$MXSCOPE" --dns $dns -p "$LAB_PORT" --tls-ca "$LAB_CA" \
    --timeout 10 --batch "$tmp/slow" --json >"$tmp/out" 2>"$tmp/err" </dev/null &
pid=$!
i=0
while [ "$(wc -l <"$tmp/out")" -lt 1 ] && [ $i -lt 200 ]; do
	sleep 0.1
	i=$((i + 1))
done
sleep 0.3
kill -INT "$(pgrep -P $pid | head -1)"	# mxscope, not timeout (see below)
wait $pid
is "$?" 3 "SIGINT: exit 3"
is "$(wc -l <"$tmp/out")" 1 "SIGINT: the finished target's record, no more"
like "$(cat "$tmp/out")" '^\{"line":1,.*"reason":"deliverable"' "SIGINT: the record is whole"
like "$(cat "$tmp/err")" 'Interrupted: 2 running targets stopped' "SIGINT: says what stopped"
like "$(cat "$tmp/err")" 'Batch: 1 target checked' "SIGINT: the closing table"

# SIGINT with a DANE (TLSA) lookup in flight: nothing leaks (its query
# context used to, when the engine was cancelled: dane_ask, 24 bytes a
# query).  Under valgrind; an ASan build (CI's sanitizer stage, where
# valgrind cannot run) checks it with LeakSanitizer, whose report at exit
# changes the status.
if ldd "$MXSCOPE" 2>/dev/null | grep -q libasan; then
	VG=
elif command -v valgrind >/dev/null 2>&1; then
	VG="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 --log-file=$tmp/vg"
else
	VG=none
fi
if [ "$VG" != none ]; then
	printf 'user@good.test\na@tlsa.test\n' >"$tmp/tlsa"
	: >"$tmp/out"
	: >"$tmp/vg"
	# shellcheck disable=SC2086 # VG, dns: words
	timeout 120 $VG "$MXSCOPE" --dns $dns \
	    -p "$LAB_PORT" --tls-ca "$LAB_CA" --timeout 20 --batch "$tmp/tlsa" \
	    --json >"$tmp/out" 2>"$tmp/err" </dev/null &
	pid=$!
	i=0
	while [ "$(wc -l <"$tmp/out")" -lt 1 ] && [ $i -lt 900 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	sleep 1
	# To mxscope (or valgrind) itself, not to timeout: timeout would
	# forward it to the child and to its process group, a second SIGINT.
	kill -INT "$(pgrep -P $pid | head -1)"
	wait $pid
	is "$?" 3 "SIGINT with a TLSA query in flight: exit 3, no leak reported"
	is "$(grep -c 'definitely lost' "$tmp/vg" "$tmp/err" | awk -F: '{ n += $2 } END { print n }')" 0 \
	    "nothing definitely lost (valgrind or LeakSanitizer)"
	like "$(cat "$tmp/err")" 'Interrupted: 1 running target stopped' \
	    "the TLSA target was the one stopped"
else
	ok "# SKIP valgrind not installed"
	ok "# SKIP valgrind not installed"
	ok "# SKIP valgrind not installed"
fi

# The progress line, with stderr on a terminal (script(1) gives a pty).
if command -v script >/dev/null 2>&1; then
	printf 'user@good.test\na@slow.test\n' >"$tmp/prog"
	TERM=xterm timeout 60 script -qec "$MXSCOPE --dns $(echo "$dns" |
	    sed 's/ --dns / --dns /g') -p $LAB_PORT --tls-ca $LAB_CA --timeout 10 \
	    --deadline 2 --batch $tmp/prog 2>&1 >/dev/null" /dev/null >"$tmp/pty"
	prog=$(tr '\r' '\n' <"$tmp/pty")
	like "$prog" '^mxscope: 1 done, 1 running, 0 queued, [0-9.]+/s, ETA ' \
	    "progress: done, running, queued, rate, ETA on a terminal"
	like "$(tail -c 20 "$tmp/pty" | od -An -c | tr -d ' \n')" '\\r033\[K$' \
	    "progress: erased at the end"
else
	ok "# SKIP script(1) not installed"
fi
plan_end
