#!/bin/bash
# bench/smtp-bench.sh: concurrency of the whole check (issue 2).
# A domain with 4 exchangers x 2 addresses whose lab servers delay every
# reply by 200 ms: mxscope's whole run against the run on one address alone
# (target: ratio <= 1.3), and swaks against each of the 8 addresses in turn,
# the way an admin would by hand.  Also mxscope's peak RSS (target <= 16 MiB).
# Usage: bench/smtp-bench.sh [BUILD_DIR]   (default: the current directory)
set -u
B=${1:-.}
SRC=$(cd "$(dirname "$0")/.." && pwd)
MX=$B/mxscope LAB=$B/mxscope-lab
for f in "$MX" "$LAB"; do
	[ -x "$f" ] || { echo "bench: $f not built (make mxscope mxscope-lab)" >&2; exit 3; }
done
command -v swaks >/dev/null || { echo "bench: swaks missing (apt-get install swaks)" >&2; exit 3; }
tmp=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT

# start_lab SCENARIO: run a lab, read its line into LAB_* variables.
start_lab() {
	"$LAB" --lifetime 120 "$1" >"$tmp/lab.$2" 2>&1 &
	for _ in $(seq 100); do [ -s "$tmp/lab.$2" ] && break; sleep 0.05; done
	eval "$(sed 's/^/LAB_/; s/ / LAB_/g' "$tmp/lab.$2")"
}
# now: seconds since the epoch with nanoseconds.
now() { date +%s.%N; }
# elapsed START: seconds since START, 3 decimals.
elapsed() { echo "$(now) - $1" | bc -l | xargs printf '%.3f'; }

start_lab slow all
dns_all=$LAB_dns port_all=$LAB_port
start_lab "$SRC/bench/slow-one.scn" one
dns_one=$LAB_dns port_one=$LAB_port

runs=5
best_all=999 best_one=999 rss=0
for i in $(seq $runs); do
	t=$(now)
	/usr/bin/time -f %M -o "$tmp/rss" "$MX" --json --dns "$dns_all" -p "$port_all" \
		--timeout 5 user@example.test >"$tmp/all.json"
	a=$(elapsed "$t")
	r=$(tail -n 1 "$tmp/rss"); [ "$r" -gt "$rss" ] && rss=$r
	t=$(now)
	"$MX" --json --dns "$dns_one" -p "$port_one" --timeout 5 user@example.test >/dev/null
	o=$(elapsed "$t")
	best_all=$(echo "if ($a < $best_all) $a else $best_all" | bc -l)
	best_one=$(echo "if ($o < $best_one) $o else $best_one" | bc -l)
done
naddr=$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(m["addresses"]) for m in d["mx"]))' "$tmp/all.json")
addrs=$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(a["address"] for m in d["mx"] for a in m["addresses"]))' "$tmp/all.json")

t=$(now)
for a in $addrs; do
	swaks --server "$a" --port "$port_all" --to user@example.test --from '' \
		--quit-after RCPT --timeout 10 >/dev/null 2>&1
done
swaks_s=$(elapsed "$t")

ratio=$(echo "$best_all / $best_one" | bc -l | xargs printf '%.2f')
speedup=$(echo "$swaks_s / $best_all" | bc -l | xargs printf '%.1f')
printf '\nmxscope SMTP concurrency benchmark (lab: 4 MX x 2 addresses, 200 ms per reply)\n'
printf '%-46s %10s\n' "run" "seconds"
printf '%-46s %10.3f\n' "mxscope, whole domain ($naddr addresses), best of $runs" "$best_all"
printf '%-46s %10.3f\n' "mxscope, one address alone, best of $runs" "$best_one"
printf '%-46s %10.3f\n' "swaks, each of the $naddr addresses in turn" "$swaks_s"
printf 'ratio whole/one address: %s (target <= 1.30)\n' "$ratio"
printf 'mxscope vs swaks by hand: %sx faster\n' "$speedup"
printf 'mxscope peak RSS: %d KiB (target <= 16384 KiB)\n' "$rss"
printf "reproduce: bench/smtp-bench.sh %s\n" "$B"
