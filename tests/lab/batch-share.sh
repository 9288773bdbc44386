#!/bin/sh
# tests/lab/batch-share.sh: targets of one domain share one SMTP session
# per exchanger address in --batch (issue 17, src/core/share.c): the lab
# counts the sessions it accepted; each target still gets its own RCPT,
# its own reply and its own verdict (the same verdicts as --no-share);
# RSET ends each transaction; a server without PIPELINING shares too; a
# server that refuses RSET gets a session per target.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1
lab_trap 'lab_stop; rm -rf "$tmp"'

# share ARGS...: a batch against a fresh lab; S_OUT, S_ERR, S_STATUS and
# the lab's session count S_SESS.
share() {
	lab_start "$top_srcdir/tests/lab/batch-share.scn" || return 1
	dns=$(echo "$LAB_DNS" | sed 's/,/ --dns /g')
	# shellcheck disable=SC2086 # dns: plain words
	timeout 120 "$MXSCOPE" --dns $dns -p "$LAB_PORT" --tls-ca "$LAB_CA" \
	    --timeout 5 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	S_STATUS=$?
	lab_stop
	S_SESS=$LAB_SESSIONS
	S_OUT=$(cat "$tmp/out")
	S_ERR=$(cat "$tmp/err")
}

# within N LO HI NAME: LO <= N <= HI (N a number).
within() {
	if [ -n "$1" ] && [ "$1" -ge "$2" ] && [ "$1" -le "$3" ]; then
		ok "$4"
	else
		not_ok "$4 (got '$1', want $2-$3)"
	fi
}

# verdicts: "line=reason ..." of text output, sorted by line.
verdicts() {
	printf '%s\n' "$S_OUT" | sed -n 's/^\([0-9]*\): [^:]*: \([a-z]*\) .*/\1=\2/p' |
	    sort -n | tr '\n' ' '
}

{
	for i in $(seq 1 10); do echo "u$i@share.test"; done
	echo nobody1@share.test
	echo u11@share.test
} >"$tmp/one"

share --batch "$tmp/one" --verbose
is "$S_STATUS" 2 "shared: exit 2 (one unknown user)"
shared=$(verdicts)
like "$S_OUT" '  deliverable +11' "shared: 11 deliverable"
like "$S_OUT" '  userunknown +1' "shared: 1 userunknown"
like "$S_OUT" '^11: nobody1@share\.test: userunknown ' "shared: the unknown user's own verdict"
like "$S_OUT" 'SMTP sessions: [1-5] opened, ([7-9]|1[01]) targets joined one' "shared: --verbose counts sessions and joins"
within "$S_SESS" 1 5 "shared: the lab accepted 1-5 sessions for 12 targets"

share --batch "$tmp/one" --no-share
is "$(verdicts)" "$shared" "--no-share: the same verdicts"
is "$S_SESS" 12 "--no-share: one session per target"

# JSON: who shared, each target's own RCPT and its reply, RSET, the TLS
# result and the catch-all answer carried over from the session.
share --batch "$tmp/one" --json
r=$(printf '%s\n' "$S_OUT" | "$LAB_PY" -c '
import json, sys
out = []
for l in sys.stdin:
    d = json.loads(l)
    p = d["mx"][0]["addresses"][0]
    tr = p["transcript"]
    rcpt = [t["text"] for t in tr if t["dir"] == "C" and t["text"].startswith("RCPT")]
    own = rcpt[:1] == ["RCPT TO:<%s>" % d["target"]]
    rset = any(t["dir"] == "C" and t["text"] == "RSET" for t in tr)
    quit = any(t["dir"] == "C" and t["text"] == "QUIT" for t in tr)
    out.append((p["shared_session"], p["shared_with"] is not None, own,
                rset, quit, p["tls"]["ok"], "catch_all" in p["notes"],
                p["last_code"], d["verdict"]["reason"]))
sh = [o for o in out if o[0]]
print(len(out), len(sh), all(o[1] for o in sh),
      all(o[2] for o in out), all(o[3] and not o[4] for o in out),
      all(o[5] for o in out),
      sorted(set((o[6], o[7], o[8]) for o in out)))' 2>&1)
like "$r" '^12 ([7-9]|1[01]) True True True True ' "json: 12 records, most shared (shared_with set), each its own RCPT, RSET not QUIT, TLS up"
like "$r" "\(False, 550, 'userunknown'\)" "json: the unknown user's own 550, no catch-all claim"
like "$r" "\(True, 250, 'deliverable'\)" "json: the others accepted, catch-all carried over"

# No PIPELINING: one command per round trip, still shared.
for i in 1 2 3 4 5 6; do echo "u$i@nopipe.test"; done >"$tmp/nopipe"
echo nobody@nopipe.test >>"$tmp/nopipe"
share --batch "$tmp/nopipe" --verbose
like "$S_OUT" '  deliverable +6' "no PIPELINING: 6 deliverable"
like "$S_OUT" '^7: nobody@nopipe\.test: userunknown ' "no PIPELINING: the unknown user's own verdict"
within "$S_SESS" 1 6 "no PIPELINING: fewer sessions than targets"

# RSET refused: nothing is reused, every target gets its own session.
for i in 1 2 3 4; do echo "u$i@norset.test"; done >"$tmp/norset"
share --batch "$tmp/norset" --verbose
like "$S_OUT" '  deliverable +4' "RSET refused: 4 deliverable"
is "$S_SESS" 4 "RSET refused: one session per target"
fds=$(printf '%s\n' "$S_OUT" | sed -n 's/.*file descriptors: \([0-9]*\) at the start, \([0-9]*\) at the end.*/\1 \2/p')
is "${fds% *}" "${fds#* }" "RSET refused: fds at the end = at the start ($fds)"

# The server closes the session after its 250 to RSET: the next target,
# which joined it and heard nothing of its own, is checked again on a
# connection of its own, never "connection closed during mail".
for i in 1 2 3 4; do echo "u$i@rsetclose.test"; done >"$tmp/rsetclose"
share --batch "$tmp/rsetclose"
like "$S_OUT" '  deliverable +4' "closed after RSET: 4 deliverable, none networkerror"
is "$S_ERR" "" "closed after RSET: nothing on stderr"

# Many targets of one domain: a handful of sessions (at most 90 targets
# each, --per-ip 5 at once), not one per target.
for i in $(seq 1 300); do echo "u$i@share.test"; done >"$tmp/many"
share --batch "$tmp/many" --jobs 100 --verbose
like "$S_OUT" '  deliverable +300' "300 targets: all deliverable"
within "$S_SESS" 4 12 "300 targets: 4-12 sessions, not 300"
fds=$(printf '%s\n' "$S_OUT" | sed -n 's/.*file descriptors: \([0-9]*\) at the start, \([0-9]*\) at the end.*/\1 \2/p')
is "${fds% *}" "${fds#* }" "300 targets: fds at the end = at the start ($fds)"

plan_end
