# tests/lab-env.sh: shell helpers for tests that run against the loopback
# lab.  Source it (after tests/tap.sh), then:
#   lab_start SCENARIO|FILE  start $MXSCOPE_LAB in the background, wait for
#                            its line, set LAB_DNS (comma-separated
#                            127.0.0.1:PORT list), LAB_PORT, LAB_TARGET,
#                            LAB_CA, LAB_PID (LAB_BLACKHOLE: the port of
#                            `blackhole` servers); a trap stops it at exit
#   lab_trap CMD             the test's own cleanup at exit (not a plain
#                            `trap CMD EXIT`: lab_start's trap replaces it)
#   lab_stop                 stop it; LAB_STATUS is its exit status (0 =
#                            it closed its loop cleanly), LAB_PEAK the most
#                            SMTP sessions it had open at once
#   mx_run ARGS...           run "$MXSCOPE" against the lab (--dns per
#                            resolver, -p, --tls-ca, --timeout 2) with ARGS
#                            (which include the target), under timeout 30;
#                            sets MX_OUT, MX_ERR and MX_STATUS
#   lab_scn DIR NAME         write DIR/NAME.scn: one exchanger
#                            (user@example.test, mx1 at @1) whose server
#                            @1 follows stdin; print its path
#   mx_field EXPR            a Python expression over the JSON in MX_OUT
#                            (d: the document, a: its first address)
#   lab_a NAME               the A records of NAME from the lab's first
#                            resolver (e.g. an exchanger's 127.A.B.N);
#                            plain python3, no dnslib needed
#   lab_bg CMD ARGS...       run CMD ARGS in a background subshell once
#                            fewer than LAB_JOBS (default 4) lab_bg runs
#                            are going (CMD writes to files, not stdout);
#                            lab_wait waits for them all.  Labs can run
#                            at once: each has its own directory, DNS
#                            ports and SMTP port (reserved on a random
#                            127.A.B.0/24)
#   lab_save DIR SCENARIO|FILE ARGS...
#                            lab_start, mx_run ARGS... LAB_TARGET,
#                            lab_stop, keeping what they print and set in
#                            the new directory DIR (for lab_bg);
#                            lab_load DIR prints and sets them again (1:
#                            the lab did not start or the run did not end)
#                            and sets MX_SECS, mx_run's wall time in s
#   lab_job FILE CMD ARGS... (a lab_bg CMD) CMD ARGS with its TAP lines
#                            to FILE; lab_replay FILE, after lab_wait,
#                            numbers them on in the test (not ok when the
#                            run did not end)
# LAB_WRAPPER (optional) runs the lab under a tool, e.g. valgrind;
# LAB_ARGS (optional) are more mxscope-lab options (e.g. --leaf-out).
# LAB_PY is a python3 that has dnslib (the Debian package python3-dnslib).
: "${MXSCOPE_LAB:=${top_builddir:-.}/mxscope-lab}"
: "${MXSCOPE:=${top_builddir:-.}/mxscope}"
LAB_PID=
LAB_DIR=
LAB_BG_PIDS=
LAB_BG_FIFO=
LAB_PY=python3
if ! python3 -c 'import dnslib' 2>/dev/null && [ -x /usr/bin/python3 ]; then
	LAB_PY=/usr/bin/python3
fi

# Whether this process is the shell that started the lab.
lab_owner() {
	[ "$(exec sh -c 'echo $PPID')" = "$LAB_OWNER" ]
}

# The test's own shell (a lab_bg run or a $(...) is a subshell of it).
LAB_MAIN=$(exec sh -c 'echo $PPID')
LAB_ON_EXIT=

# Whether this process is the test's own shell.
lab_main() {
	[ "$(exec sh -c 'echo $PPID')" = "$LAB_MAIN" ]
}

# The EXIT trap: the lab's stop in the shell that started it, and the
# test's own cleanup (lab_trap) in the test's shell only.
lab_exit() {
	lab_owner && lab_stop
	if [ -n "$LAB_ON_EXIT" ] && lab_main; then
		eval "$LAB_ON_EXIT"
	fi
}

# lab_trap CMD: run CMD when the test exits.  A plain `trap CMD EXIT`
# would be replaced by lab_start's trap (its temporary files and peers
# then left behind); this one runs beside the lab's stop.
lab_trap() {
	LAB_ON_EXIT=$1
	trap 'lab_exit' EXIT
}

lab_stop() {
	LAB_STATUS=
	LAB_PEAK=
	LAB_SESSIONS=
	if [ -n "$LAB_PID" ]; then
		kill -TERM "$LAB_PID" 2>/dev/null
		wait "$LAB_PID" 2>/dev/null
		LAB_STATUS=$?
		LAB_PEAK=$(sed -n 's/^smtp_peak=//p' "$LAB_DIR/out" 2>/dev/null)
		LAB_SESSIONS=$(sed -n 's/^smtp_sessions=//p' "$LAB_DIR/out" 2>/dev/null)
	fi
	LAB_PID=
	if [ -n "$LAB_DIR" ]; then
		rm -rf "$LAB_DIR"
	fi
	LAB_DIR=
}

lab_start() {
	lab_stop
	LAB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/mxlab.XXXXXX") || return 1
	# dash runs EXIT traps in $(...) subshells too: only the shell that
	# started the lab may stop it.
	# This process's pid: in a subshell (lab_bg) $$ is still the parent's.
	LAB_OWNER=$(exec sh -c 'echo $PPID')
	trap 'lab_exit' EXIT
	trap 'lab_exit; exit 130' INT TERM
	: >"$LAB_DIR/out"
	# shellcheck disable=SC2086 # LAB_WRAPPER: e.g. "valgrind -q"
	# shellcheck disable=SC2086 # LAB_ARGS: more mxscope-lab options
	$LAB_WRAPPER "$MXSCOPE_LAB" --lifetime "${LAB_LIFETIME:-600}" $LAB_ARGS \
	    --ca-out "$LAB_DIR/ca.pem" "$1" \
	    >"$LAB_DIR/out" 2>"$LAB_DIR/err" </dev/null &
	LAB_PID=$!
	_i=0
	while [ "$(wc -l <"$LAB_DIR/out")" -lt 1 ]; do
		if ! kill -0 "$LAB_PID" 2>/dev/null || [ $_i -ge 100 ]; then
			echo "# lab_start $1 failed: $(cat "$LAB_DIR/err")"
			lab_stop
			return 1
		fi
		sleep 0.1
		_i=$((_i + 1))
	done
	LAB_DNS= LAB_PORT= LAB_TARGET= LAB_CA= LAB_BLACKHOLE=
	for _w in $(head -n 1 "$LAB_DIR/out"); do
		case $_w in
		dns=*) LAB_DNS=${_w#dns=} ;;
		port=*) LAB_PORT=${_w#port=} ;;
		target=*) LAB_TARGET=${_w#target=} ;;
		ca=*) LAB_CA=${_w#ca=} ;;
		blackhole=*) LAB_BLACKHOLE=${_w#blackhole=} ;;
		esac
	done
	[ -n "$LAB_DNS" ] && [ -n "$LAB_PORT" ] && [ -n "$LAB_CA" ]
}

mx_run() {
	_args=
	for _d in $(echo "$LAB_DNS" | tr ',' ' '); do
		_args="$_args --dns $_d"
	done
	# shellcheck disable=SC2086 # _args is a list of plain words
	MX_OUT=$(timeout 30 "$MXSCOPE" $_args -p "$LAB_PORT" \
	    --tls-ca "$LAB_CA" --timeout 2 "$@" 2>"$LAB_DIR/mx.err" </dev/null)
	MX_STATUS=$?
	MX_ERR=$(cat "$LAB_DIR/mx.err")
}

# lab_scn DIR NAME: a one-exchanger scenario whose server @1 follows stdin.
lab_scn() {
	{
		printf 'target user@example.test\n'
		printf 'example.test MX 10 mx1.example.test\n'
		printf 'mx1.example.test A @1\nserver @1\n'
		cat
	} >"$1/$2.scn"
	echo "$1/$2.scn"
}

# mx_field EXPR: evaluate EXPR over the JSON in MX_OUT (d; a: first address).
mx_field() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); a=d["mx"][0]["addresses"][0]; print('"$1"')' 2>&1
}

# Print the A records of NAME as the lab's first resolver gives them
# (a bare RFC 1035 query over UDP: needs no dnslib).
lab_a() {
	python3 - "${LAB_DNS%%,*}" "$1" <<'PYEOF'
import socket, struct, sys
host, port = sys.argv[1].rsplit(':', 1)
q = struct.pack('!HHHHHH', 0x4d58, 0x0100, 1, 0, 0, 0)
q += b''.join(bytes([len(l)]) + l.encode() for l in sys.argv[2].split('.'))
q += b'\0' + struct.pack('!HH', 1, 1)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(3)
for attempt in range(4):	# UDP: ask again on a loaded machine (sanitizers)
    s.sendto(q, (host, int(port)))
    try:
        r = s.recv(4096)
        break
    except socket.timeout:
        if attempt == 3:
            raise
an = struct.unpack('!H', r[6:8])[0]
off = len(q)
out = []
for i in range(an):
    while r[off] != 0 and r[off] & 0xc0 != 0xc0:
        off += r[off] + 1
    off += 2 if r[off] & 0xc0 == 0xc0 else 1
    t, c, ttl, rdlen = struct.unpack('!HHIH', r[off:off + 10])
    off += 10
    if t == 1:
        out.append('.'.join(str(b) for b in r[off:off + 4]))
    off += rdlen
print(' '.join(out))
PYEOF
}

# lab_bg CMD [ARGS...]: CMD ARGS in the background, at most LAB_JOBS at
# once: each run takes a token from fd 8 (a FIFO) and gives it back at its
# end, so the shell waits without polling.
lab_bg() {
	if [ -z "$LAB_BG_FIFO" ]; then
		LAB_BG_FIFO=$(mktemp -d "${TMPDIR:-/tmp}/mxlabbg.XXXXXX") || return 1
		mkfifo "$LAB_BG_FIFO/jobs" || return 1
		exec 8<>"$LAB_BG_FIFO/jobs"
		rm -rf "$LAB_BG_FIFO"
		_bg_i=0
		while [ "$_bg_i" -lt "${LAB_JOBS:-4}" ]; do
			echo >&8
			_bg_i=$((_bg_i + 1))
		done
	fi
	read -r _bg_t <&8
	# The inner subshell: CMD may exit (lab_start's traps) and still
	# give its token back.
	{ ("$@") 8>&-; echo >&8; } &
	LAB_BG_PIDS="$LAB_BG_PIDS $!"
}

# Wait for every run lab_bg started (a finished one's pid: no message).
lab_wait() {
	# shellcheck disable=SC2086 # a list of pids
	wait $LAB_BG_PIDS 2>/dev/null
	LAB_BG_PIDS=
}

# lab_job FILE CMD [ARGS...]: CMD ARGS (a lab_bg run) with its TAP lines
# to FILE, then FILE.end once it got to its end.
lab_job() {
	_lj_out=$1
	shift
	"$@" >"$_lj_out"
	: >"$_lj_out.end"
}

# lab_replay FILE [WHAT]: the TAP lines of a lab_job run (tap_replay), not
# ok when the run (WHAT, "run" unless told) did not get to its end.
lab_replay() {
	[ -f "$1.end" ] || not_ok "the background ${2:-run} ${1##*/} ended"
	[ ! -f "$1" ] || tap_replay <"$1"
}

# lab_save DIR SCN ARGS...: one lab run (start, mx_run, stop) kept in DIR.
lab_save() {
	_sd=$1 _scn=$2
	shift 2
	mkdir "$_sd" || return 1
	lab_start "$_scn" >"$_sd/log" || return 1
	_st0=$(date +%s)
	mx_run "$@" "$LAB_TARGET"
	_secs=$(( $(date +%s) - _st0 ))
	printf '%s\n' "$MX_OUT" >"$_sd/out"
	printf '%s\n' "$MX_ERR" >"$_sd/err"
	lab_stop
	printf '%s\n' "$MX_STATUS" "$LAB_DNS" "$LAB_TARGET" "$LAB_STATUS" \
	    "$LAB_PEAK" "$LAB_SESSIONS" "$_secs" >"$_sd/vars"
}

# lab_load DIR: print and set again what lab_save DIR kept; 1: no run.
lab_load() {
	MX_OUT= MX_ERR= MX_STATUS= LAB_DNS= LAB_TARGET= LAB_STATUS=
	LAB_PEAK= LAB_SESSIONS= MX_SECS=
	[ ! -s "$1/log" ] || cat "$1/log"
	[ -f "$1/vars" ] || return 1
	MX_OUT=$(cat "$1/out")
	MX_ERR=$(cat "$1/err")
	{
		read -r MX_STATUS
		read -r LAB_DNS
		read -r LAB_TARGET
		read -r LAB_STATUS
		read -r LAB_PEAK
		read -r LAB_SESSIONS
		read -r MX_SECS
	} <"$1/vars"
}
