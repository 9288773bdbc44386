#!/bin/sh
# bench/ui-bench.sh: dashboard performance, measured in a private tmux
# server (tmux -L mxb$$ -f /dev/null) on the in-process demo lab:
#   first frame   start to the first frame showing the MX table, and to the
#                 first complete frame (every pane filled, run finished)
#   key latency   send-keys to the frame's first byte on the pty (tmux
#                 pipe-pane), median and p99 over 100 keys (j/k alternating:
#                 each changes the selection and the transcript)
#   idle CPU      CPU time (/proc/PID/task/*/schedstat) of a finished
#                 dashboard over 10 s; target < 20 ms
#   idle bytes    bytes written to the terminal per second while idle
#                 (pipe-pane); target 0
#   run bytes     bytes per second and frames while the "slow" scenario
#                 runs (4 exchangers x 2 addresses, replies delayed 200 ms)
# Usage: sh bench/ui-bench.sh [BUILDDIR]   (or: make bench-ui)
B=${1:-${top_builddir:-.}}
MXSCOPE=${MXSCOPE:-$B/mxscope}
if [ ! -x "$MXSCOPE" ] || ! command -v tmux >/dev/null; then
	echo "ui-bench: needs $MXSCOPE and tmux" >&2
	exit 1
fi
MXSCOPE=$(cd "$(dirname "$MXSCOPE")" && pwd)/$(basename "$MXSCOPE")
exec python3 - "$MXSCOPE" "$$" <<'PYEOF'
import os, statistics, subprocess, sys, tempfile, time

mx, tag = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="mxbench.")
n_server = [0]

def tmux(*a, check=True):
    return subprocess.run(["tmux", "-L", "mxb%s-%d" % (tag, n_server[0]),
                           "-f", "/dev/null"] + list(a), check=check,
                          capture_output=True, text=True).stdout

def kill():
    tmux("kill-server", check=False)

def start(cols, rows, scenario):
    """Open a gated pane running the demo; returns (pid getter, raw path)."""
    kill()
    n_server[0] += 1
    gate = os.path.join(work, "go%d" % n_server[0])
    raw = os.path.join(work, "raw%d" % n_server[0])
    script = os.path.join(work, "run%d.sh" % n_server[0])
    with open(script, "w") as f:
        f.write("while [ ! -f %s ]; do sleep 0.01; done\n" % gate)
        f.write("exec env LC_ALL=C.UTF-8 TERM=screen %s --demo %s\n" % (mx, scenario))
    tmux("new-session", "-d", "-s", "b", "-x", str(cols), "-y", str(rows),
         "sh " + script)
    tmux("pipe-pane", "-t", "b", "-o", "cat >> " + raw)
    open(raw, "a").close()
    return gate, raw

def pane_pid():
    return int(tmux("display", "-p", "-t", "b", "#{pane_pid}").strip())

def screen():
    return tmux("capture-pane", "-p", "-t", "b")

def wait_screen(pred, timeout=15, step=0.002):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        s = screen()
        if pred(s):
            return time.monotonic(), s
        time.sleep(step)
    raise SystemExit("ui-bench: timed out waiting for the screen:\n" + screen())

def cpu_ns(pid):
    tot = 0
    for t in os.listdir("/proc/%d/task" % pid):
        with open("/proc/%d/task/%s/schedstat" % (pid, t)) as f:
            tot += int(f.read().split()[0])
    return tot

def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]

try:
    # 1. Time to first frame and to the first complete frame.
    firsts, completes = [], []
    for i in range(5):
        gate, raw = start(80, 24, "healthy")
        t0 = time.monotonic()
        open(gate, "w").close()
        t1, _ = wait_screen(lambda s: "Pref" in s)
        t2, _ = wait_screen(lambda s: "finished" in s and "(deliverable)" in s)
        firsts.append((t1 - t0) * 1000)
        completes.append((t2 - t0) * 1000)
    print("first frame (MX table on screen), 80x24, 5 runs:   median %.1f ms  max %.1f ms"
          % (statistics.median(firsts), max(firsts)))
    print("first complete frame (run finished, all panes):     median %.1f ms  max %.1f ms"
          % (statistics.median(completes), max(completes)))

    # 2. Key press to updated frame, 100 keys.
    lat = []
    for k in range(100):
        size = os.path.getsize(raw)
        t0 = time.monotonic()
        tmux("send-keys", "-t", "b", "j" if k % 2 == 0 else "k")
        while os.path.getsize(raw) == size:
            if time.monotonic() - t0 > 2:
                raise SystemExit("ui-bench: no frame after a key")
            time.sleep(0.0002)
        lat.append((time.monotonic() - t0) * 1000)
        time.sleep(0.01)
    print("key press to updated frame, 100 keys (incl. tmux send-keys): "
          "median %.2f ms  p99 %.2f ms  max %.2f ms"
          % (statistics.median(lat), pct(lat, 99), max(lat)))
    _, s = wait_screen(lambda s: "Transcript" in s)

    # 3 and 4. Idle CPU and idle bytes over 10 s.
    pid = pane_pid()	# run.sh execs mxscope
    time.sleep(0.5)
    c0, b0 = cpu_ns(pid), os.path.getsize(raw)
    time.sleep(10)
    c1, b1 = cpu_ns(pid), os.path.getsize(raw)
    print("idle dashboard over 10 s: CPU %.3f ms (target < 20 ms), "
          "%.1f bytes/s written (target 0)" % ((c1 - c0) / 1e6, (b1 - b0) / 10.0))

    # 5. Bytes written during a run (slow scenario, 4x2 addresses, 200 ms delays).
    gate, raw = start(80, 24, "slow")
    t0 = time.monotonic()
    open(gate, "w").close()
    t2, _ = wait_screen(lambda s: "finished" in s, timeout=60, step=0.01)
    dur = t2 - t0
    time.sleep(0.3)
    nbytes = os.path.getsize(raw)
    print("during a run (slow: 4x2 addresses, 200 ms replies, %.2f s): %d bytes, "
          "%.0f bytes/s" % (dur, nbytes, nbytes / dur))
finally:
    kill()
    subprocess.run(["rm", "-rf", work])
print("reproduce: sh bench/ui-bench.sh BUILDDIR   (make bench-ui)")
PYEOF
