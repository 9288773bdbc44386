#!/bin/sh
# tests/lab/batch-server-jobs.sh: --jobs with --batch --server.  Every
# target goes to the one server, each on its own session (--no-share):
# - a given --jobs N holds there: with no --per-ip limit the lab sees N
#   sessions at once, not one per target;
# - the default --jobs is capped at 4 x --per-ip (batch-jobs.c), so no
#   target waits for a connection until its --deadline: sixteen targets,
#   --per-ip 1, a session of about 0.45 s, --deadline 4: every one is
#   deliverable; --jobs 16 (the cap lifted by hand) starts them all at
#   once and the last ones meet their deadline waiting, which is what
#   the cap prevents.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'

# run DELAY ARGS...: a fresh lab whose one server waits DELAY ms before
# each reply; a batch of LIST against it at --server mx1.good.test, then
# the lab stopped (LAB_PEAK: its most sessions at once).  B_OUT, B_STATUS.
run() {
	printf 'target user@good.test\ngood.test MX 10 mx1.good.test\nmx1.good.test A @1\nserver @1\ndelay %s\n' \
	    "$1" >"$tmp/lab.scn"
	shift
	if ! lab_start "$tmp/lab.scn"; then
		not_ok "lab starts"
		return 1
	fi
	_dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
	# shellcheck disable=SC2086 # _dns: plain words
	timeout 60 "$MXSCOPE" --dns $_dns -p "$LAB_PORT" --tls-ca "$LAB_CA" \
	    --timeout 2 --batch "$tmp/list" --server mx1.good.test --no-share \
	    "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	B_STATUS=$?
	B_OUT=$(cat "$tmp/out")
	lab_stop
}

for i in 1 2 3 4 5 6 7 8 9; do echo "u$i@good.test"; done >"$tmp/list"
run 100 --per-ip 0 --jobs 3
is "$(printf '%s\n' "$B_OUT" | grep -c ': deliverable (')" 9 "--jobs 3 --server: nine deliverable"
like "$B_STATUS" '^[01]$' "--jobs 3 --server: exit 0 or 1 ($B_STATUS)"
# The lab counts a session until it has read the client's close; on a
# loaded machine it reads those closes late (once in ten runs with
# 150 ms replies one more; 5 in a CI run with the sanitizer build
# compiling beside it): up to two more are allowed.  Without the limit
# the lab sees all nine at once.
like "$LAB_PEAK" '^[345]$' "--jobs 3 --server: three sessions at once, not nine ($LAB_PEAK)"
run 100 --per-ip 0 --jobs 1
like "$LAB_PEAK" '^[123]$' "--jobs 1 --server: one session at a time, not nine ($LAB_PEAK)"

for i in $(seq 1 16); do echo "u$i@good.test"; done >"$tmp/list"
run 60 --per-ip 1 --deadline 4
is "$(printf '%s\n' "$B_OUT" | grep -c ': deliverable (')" 16 \
    "default --jobs with --server --per-ip 1: all sixteen deliverable within --deadline"
is "$LAB_PEAK" 1 "default --jobs with --server --per-ip 1: one session at a time"
run 60 --per-ip 1 --deadline 4 --jobs 16
like "$(printf '%s\n' "$B_OUT" | grep -c ': deliverable (')" '^([0-9]|1[0-5])$' \
    "--jobs 16 (no cap): the last targets meet --deadline waiting for the one slot"
like "$B_OUT" 'onhold' "--jobs 16 (no cap): those say the check did not finish"
plan_end
