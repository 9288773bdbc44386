#!/bin/sh
# tests/lab/batch-parallel.sh: the man page's "Beyond one machine" recipe
# on one machine: GNU parallel splits a list into blocks (--pipe
# --roundrobin --block), hands them to three workers (--sshlogin 3/:, the
# local machine) that each run mxscope --batch -, and the JSON Lines are
# merged by target: every target once, with the verdict a single batch
# gives it.  Skipped when parallel is not installed.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
if ! command -v parallel >/dev/null 2>&1; then
	ok "# SKIP GNU parallel not installed (apt-get install parallel)"
	plan_end
	exit 0
fi
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'
lab_start "$top_srcdir/tests/lab/batch.scn" || { not_ok "lab started"; plan_end; exit 1; }
dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')

for i in $(seq 1 12); do
	printf 'u%s@good.test\nv%s@bad.test\n' "$i" "$i"
done >"$tmp/list"

# The recipe, with the local machine as the three "hosts".
# shellcheck disable=SC2086 # dns: plain words
HOME=$tmp timeout 120 parallel --will-cite --pipe --roundrobin --block 120 \
    --line-buffer --sshlogin 3/: \
    "$MXSCOPE" --batch - --json --jobs 8 --dns $dns -p "$LAB_PORT" \
    --tls-ca "$LAB_CA" --timeout 2 <"$tmp/list" >"$tmp/merged" 2>"$tmp/err"
st=$?
is "$(wc -l <"$tmp/merged")" 24 "parallel: 24 records for 24 targets"
workers=$(grep -c '^{"line":1,' "$tmp/merged")
like "$workers" '^[2-9]$' "parallel: several workers ran ($workers started a block at line 1)"
# parallel's status: how many jobs failed; each worker met a userunknown.
is "$st" "$workers" "parallel: every worker exited non-zero (status 2)"
is "$(grep -c '^Batch: ' "$tmp/err")" "$workers" "parallel: one closing table per worker on stderr"

# Merge by target, and compare with one batch of the whole list.
merge() {
	"$LAB_PY" -c '
import json, sys
by = {}
for l in sys.stdin:
    d = json.loads(l)
    by.setdefault(d["target"], []).append(d["verdict"]["reason"])
for t in sorted(by):
    print(t, ",".join(by[t]))'
}
merge <"$tmp/merged" >"$tmp/m1"
# shellcheck disable=SC2086
timeout 60 "$MXSCOPE" --batch "$tmp/list" --json --dns $dns -p "$LAB_PORT" \
    --tls-ca "$LAB_CA" --timeout 2 2>/dev/null | merge >"$tmp/m2"
is "$(wc -l <"$tmp/m1")" 24 "merged by target: 24 targets, each once"
is "$(grep -c ' deliverable$' "$tmp/m1") $(grep -c ' userunknown$' "$tmp/m1")" "12 12" \
    "merged: good.test deliverable, bad.test userunknown"
is "$(cmp "$tmp/m1" "$tmp/m2" && echo same)" same "merged = one batch of the whole list"
plan_end
