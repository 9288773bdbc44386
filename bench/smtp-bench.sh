#!/bin/bash
# bench/smtp-bench.sh: the SMTP check at the physical limit (issues 2, 14).
# A domain with 4 exchangers x 2 addresses, each lab server behind 200 ms of
# network latency (every byte it sends leaves 200 ms late) and offering
# STARTTLS and PIPELINING.  The physical limit of one check is 6 latencies =
# 1.2 s: banner, EHLO, STARTTLS, the TLS 1.3 handshake, EHLO, then MAIL,
# RCPT and QUIT as one pipelined group (RFC 2920).  Side by side in one run:
#   - mxscope's whole run (8 addresses), best of 5: on the run's clock the
#     time to verdict (verdict_ms in its JSON: every deciding reply in) and
#     to the last connection's end (elapsed_ms), and the whole process from
#     start to exit (includes loading the CA store, which OpenSSL reads whole
#     when SSL_CERT_FILE is set); target: <= 1.15 x the 6-latency limit;
#   - mxscope on one address alone (ratio whole/one, target <= 1.30);
#   - swaks doing the same work (--tls --quit-after RCPT) on the 8 addresses
#     one after another, as an admin would by hand; target: mxscope >= 10x;
#   - mxscope's peak RSS (target <= 16 MiB).
# Usage: bench/smtp-bench.sh [BUILD_DIR]   (default: the current directory)
set -u
B=${1:-.}
SRC=$(cd "$(dirname "$0")/.." && pwd)
MX=$B/mxscope LAB=$B/mxscope-lab
LATENCY=200 STEPS=6
for f in "$MX" "$LAB"; do
	[ -x "$f" ] || { echo "bench: $f not built (make mxscope mxscope-lab)" >&2; exit 3; }
done
command -v swaks >/dev/null || { echo "bench: swaks missing (apt-get install swaks)" >&2; exit 3; }
tmp=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT

# start_lab SCENARIO: run a lab, read its line into LAB_* variables.
start_lab() {
	"$LAB" --lifetime 300 --ca-out "$tmp/ca.$2" "$1" >"$tmp/lab.$2" 2>&1 &
	for _ in $(seq 100); do [ -s "$tmp/lab.$2" ] && break; sleep 0.05; done
	eval "$(sed 's/^/LAB_/; s/ / LAB_/g' "$tmp/lab.$2")"
}
# now: seconds since the epoch with nanoseconds.
now() { date +%s.%N; }
# elapsed START: seconds since START, 3 decimals.
elapsed() { echo "$(now) - $1" | bc -l | xargs printf '%.3f'; }
# jfield FILE EXPR: a Python expression over a JSON document (as d).
jfield() { /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print('"$2"')' "$1"; }
# min A B
min() { echo "if ($1 < $2) $1 else $2" | bc -l; }

start_lab slow all
dns_all=$LAB_dns port_all=$LAB_port
start_lab "$SRC/bench/slow-one.scn" one
dns_one=$LAB_dns port_one=$LAB_port

runs=5
best_all=999 best_one=999 best_verdict=999 best_run=999 rss=0
for i in $(seq $runs); do
	t=$(now)
	/usr/bin/time -f %M -o "$tmp/rss" "$MX" --json --dns "$dns_all" -p "$port_all" \
		--tls-ca "$tmp/ca.all" --timeout 5 user@example.test >"$tmp/all.json"
	a=$(elapsed "$t")
	r=$(tail -n 1 "$tmp/rss"); [ "$r" -gt "$rss" ] && rss=$r
	v=$(jfield "$tmp/all.json" 'd["verdict_ms"] / 1000.0')
	e=$(jfield "$tmp/all.json" 'd["elapsed_ms"] / 1000.0')
	t=$(now)
	"$MX" --json --dns "$dns_one" -p "$port_one" --tls-ca "$tmp/ca.one" \
		--timeout 5 user@example.test >/dev/null
	o=$(elapsed "$t")
	best_all=$(min "$a" "$best_all")
	best_one=$(min "$o" "$best_one")
	best_verdict=$(min "$v" "$best_verdict")
	best_run=$(min "$e" "$best_run")
done
naddr=$(jfield "$tmp/all.json" 'sum(len(m["addresses"]) for m in d["mx"])')
addrs=$(jfield "$tmp/all.json" '" ".join(a["address"] for m in d["mx"] for a in m["addresses"])')
reason=$(jfield "$tmp/all.json" 'd["verdict"]["reason"]')
groups=$(jfield "$tmp/all.json" 'sum(1 for m in d["mx"] for a in m["addresses"] if [l["text"] for l in a["transcript"] if l["pipelined"]][-1:] == ["QUIT"])')
tlsok=$(jfield "$tmp/all.json" 'sum(1 for m in d["mx"] for a in m["addresses"] if a["tls"]["ok"])')

t=$(now)
for a in $addrs; do
	swaks --server "$a" --port "$port_all" --to user@example.test --from '' \
		--tls --quit-after RCPT --timeout 10 >"$tmp/swaks.$a" 2>&1 ||
		echo "bench: swaks against $a failed" >&2
done
swaks_s=$(elapsed "$t")

limit=$(echo "$STEPS * $LATENCY / 1000" | bc -l)
ratio=$(echo "$best_all / $best_one" | bc -l | xargs printf '%.2f')
vs_limit=$(echo "$best_all / $limit" | bc -l | xargs printf '%.2f')
speedup=$(echo "$swaks_s / $best_all" | bc -l | xargs printf '%.1f')
printf '\nmxscope SMTP benchmark (lab: 4 MX x 2 addresses, STARTTLS, %d ms latency)\n' "$LATENCY"
printf 'verdict: %s; %s of %s addresses with TLS; %s with MAIL, RCPT, QUIT pipelined\n' \
	"$reason" "$tlsok" "$naddr" "$groups"
printf '%-52s %10s\n' "run" "seconds"
printf '%-52s %10.3f\n' "physical limit ($STEPS x $LATENCY ms)" "$limit"
printf '%-52s %10.3f\n' "mxscope, whole domain, run clock: verdict final" "$best_verdict"
printf '%-52s %10.3f\n' "mxscope, whole domain, run clock: last connection" "$best_run"
printf '%-52s %10.3f\n' "mxscope, whole domain, process: start to exit" "$best_all"
printf '%-52s %10.3f\n' "mxscope, one address alone, time to exit, best of $runs" "$best_one"
printf '%-52s %10.3f\n' "swaks --tls, each of the $naddr addresses in turn" "$swaks_s"
printf 'whole run / physical limit: %s on the run clock (verdict), %s for the process (target <= 1.15)\n' \
	"$(echo "$best_verdict / $limit" | bc -l | xargs printf '%.2f')" "$vs_limit"
printf 'ratio whole/one address: %s (target <= 1.30)\n' "$ratio"
printf 'mxscope vs swaks by hand: %sx faster (target >= 10)\n' "$speedup"
printf 'mxscope peak RSS: %d KiB (target <= 16384 KiB)\n' "$rss"
printf "reproduce: bench/smtp-bench.sh %s\n" "$B"
