#!/bin/bash
# bench/batch-bench.sh: mxscope --batch at scale (issue 17).  Generated
# lab domains on loopback: bench/batch-dns.py answers for dN.bench.test
# (MX, SOA, the exchanger's A; AAAA NODATA) 50 ms after each query, and
# one mxscope-lab serves 64 SMTP servers (bench/batch-lab.scn) that send
# every byte 50 ms late.  A check of one target takes about five such
# latencies (MX+SOA, A+AAAA, banner, EHLO, MAIL+RCPT+QUIT pipelined).
#   - one target alone (best of 3): its time on the run's clock;
#   - 1,000 targets with --jobs 200: the batch's time against
#     (1000/200) x one target's time (target: within 1.5x), peak RSS
#     (target <= 64 MiB), file descriptors at the end = at the start;
#   - 10,000 targets with the same --jobs: the cost per target against
#     the 1,000 run's (target: flat, ratio about 1).
# The figures depend on the machine's load: the load average is printed.
# Usage: bench/batch-bench.sh [BUILD_DIR]  (BATCH_SIZES="1000 10000")
set -u
B=${1:-.}
SRC=$(cd "$(dirname "$0")/.." && pwd)
MX=$B/mxscope LAB=$B/mxscope-lab
JOBS=${BATCH_JOBS:-200}
SIZES=${BATCH_SIZES:-1000 10000}
for f in "$MX" "$LAB"; do
	[ -x "$f" ] || { echo "bench: $f not built (make mxscope mxscope-lab)" >&2; exit 3; }
done
/usr/bin/python3 -c 'import dnslib' 2>/dev/null ||
	{ echo "bench: python3-dnslib missing (apt-get install python3-dnslib)" >&2; exit 3; }
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT

"$LAB" --lifetime 3600 --ca-out "$tmp/ca.pem" "$SRC/bench/batch-lab.scn" >"$tmp/lab" 2>&1 &
for _ in $(seq 100); do [ -s "$tmp/lab" ] && break; sleep 0.05; done
eval "$(sed 's/^/LAB_/; s/ / LAB_/g' "$tmp/lab")"
# The lab's 127.A.B.0/24: the A record of s1.lab.test (@1).
base=$(/usr/bin/python3 - "$LAB_dns" <<'PYEOF'
import sys
from dnslib import DNSRecord
host, port = sys.argv[1].rsplit(':', 1)
r = DNSRecord.parse(DNSRecord.question('s1.lab.test', 'A').send(host, int(port), timeout=5))
print(str(r.rr[0].rdata).rsplit('.', 1)[0])
PYEOF
)
max=0
for n in $SIZES; do [ "$n" -gt "$max" ] && max=$n; done
/usr/bin/python3 "$SRC/bench/batch-dns.py" "$max" "$base" 64 50 >"$tmp/dns" &
for _ in $(seq 100); do [ -s "$tmp/dns" ] && break; sleep 0.05; done
DNS=127.0.0.1:$(sed -n 's/^port=//p' "$tmp/dns")
run() { "$MX" --dns "$DNS" -p "$LAB_port" --timeout 10 --deadline 60 "$@"; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
one=999999
for i in 1 2 3; do
	echo "user@d$((max - i)).bench.test" >"$tmp/one"
	ms=$(run --batch "$tmp/one" --json 2>/dev/null |
	    /usr/bin/python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["elapsed_ms"])')
	[ "$ms" -lt "$one" ] && one=$ms
done
printf 'one target alone: %d ms on the run clock (best of 3)\n' "$one"

per1=
for n in $SIZES; do
	seq 0 $((n - 1)) | sed 's/.*/user@d&.bench.test/' >"$tmp/list"
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" \
	    "$MX" --dns "$DNS" -p "$LAB_port" --timeout 10 --deadline 60 \
	    --batch "$tmp/list" --jobs "$JOBS" --verbose >"$tmp/out" 2>&1
	read -r wall usr sys rss < <(tail -n 1 "$tmp/time")
	secs=$(sed -n 's/^Batch: [0-9]* targets* checked in \([0-9.]*\) s.*/\1/p' "$tmp/out")
	fds=$(sed -n 's/.*file descriptors: \([0-9]*\) at the start, \([0-9]*\) at the end.*/\1 -> \2/p' "$tmp/out")
	cache=$(sed -n 's/.*DNS cache: \(.*\)$/\1/p' "$tmp/out")
	ok=$(grep -c ': deliverable (' "$tmp/out")
	ideal=$(echo "$n / $JOBS * $one / 1000" | bc -l)
	per=$(echo "$secs * 1000 / $n" | bc -l)
	printf '%d targets, --jobs %d: %s s in the run (%s s with start-up), %d deliverable\n' \
	    "$n" "$JOBS" "$secs" "$wall" "$ok"
	printf '  vs (%d/%d) x one target = %.2f s: %.2fx (target <= 1.5x)\n' "$n" "$JOBS" "$ideal" \
	    "$(echo "$secs / $ideal" | bc -l)"
	printf '  CPU %.2f s user + %.2f s sys = %.2f ms per target\n' "$usr" "$sys" \
	    "$(echo "($usr + $sys) * 1000 / $n" | bc -l)"
	printf '  peak RSS %.1f MiB (target <= 64); fds %s; DNS cache %s\n' \
	    "$(echo "$rss / 1024" | bc -l)" "$fds" "$cache"
	printf '  %.2f ms per target' "$per"
	if [ -z "$per1" ]; then
		per1=$per
		echo
	else
		printf ' = %.2fx the first size'"'"'s (flat: about 1)\n' "$(echo "$per / $per1" | bc -l)"
	fi
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
