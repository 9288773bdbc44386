#!/bin/sh
# bench/ndr-hostile.sh: the bounce reader on bounces of hostile shape and
# size (hostile-inputs.md N2-N6), against Sisimai (libsisimai-perl, run as
# bench/ndr-bench.sh runs it, through bench/ndr-sisimai.pl).  Each shape is
# generated into a temporary directory by bench/ndr-hostile-gen.py (never
# stored), read, and deleted before the next:
#   rcpts       a DSN of 20,000 recipients, each named in the notice too
#   rcpts-text  a plain (qmail) notice naming 20,000 recipients
#   longline    a Diagnostic-Code of one 4 MiB line
#   cont        a Diagnostic-Code over 50,000 continuation lines
#   deep        MIME nested 10,000 deep (the cap is 32)
#   wide        10,000 MIME parts (the cap is 512), the DSN last
#   header      a header field of 1 MiB
#   nulcr       bare CR line ends and NUL bytes, then 2 MiB of NUL and CR
#   base64      a base64 part of 12 MiB that never ends
#   mbox        an mbox of 2,000 messages of these shapes, made smaller
# Per shape it prints the input's size, the wall time (and CPU time:
# user + system, steadier on a loaded machine) and peak RSS of
# `mxscope --ndr --offline` (text) and with --json, the text form's wall
# time on the same shape at a quarter of its size (so that growth with
# size shows: about 4x is linear; a capped shape stays flat), Sisimai's
# wall time and peak RSS, and each reader's answer (mxscope's first
# recipient, its reason and notes; Sisimai's first reason).  Figures only:
# it asserts nothing about time.  Sisimai runs under `timeout
# $NDR_HOSTILE_TIMEOUT` (default 300 s) and `ulimit -v` of
# $NDR_HOSTILE_MEM_MB (default 4096 MiB): past either it is shown as
# killed.  NDR_HOSTILE_SHAPES="rcpts deep" runs some shapes only;
# NDR_HOSTILE_SISIMAI=0 leaves Sisimai out.
# Usage: bench/ndr-hostile.sh MXSCOPE   (or: make bench-ndr-hostile)
set -u
here=$(cd "$(dirname "$0")" && pwd)
mx=${1:-${MXSCOPE:-./mxscope}}
limit=${NDR_HOSTILE_TIMEOUT:-300}
mem=${NDR_HOSTILE_MEM_MB:-4096}
shapes=${NDR_HOSTILE_SHAPES:-rcpts rcpts-text longline cont deep wide header nulcr base64 mbox}
sisi=${NDR_HOSTILE_SISIMAI:-1}
[ -x "$mx" ] || { echo "ndr-hostile: no mxscope at $mx" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "ndr-hostile: python3 missing" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "ndr-hostile: /usr/bin/time missing (apt-get install time)" >&2; exit 3; }
if [ "$sisi" = 1 ] && ! perl -MSisimai -e 1 2>/dev/null; then
	echo "ndr-hostile: Sisimai missing (apt-get install libsisimai-perl), or NDR_HOSTILE_SISIMAI=0" >&2
	exit 3
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# run OUT CMD...: run CMD with stdout to OUT; sets ms (wall), kib (peak
# RSS) and rc (exit status; 124 a timeout, 137 killed).
run() {
	o=$1
	shift
	t0=$(date +%s%N)
	/usr/bin/time -f '%M %U %S' -o "$tmp/rss" "$@" > "$o" 2> "$tmp/err"
	rc=$?
	t1=$(date +%s%N)
	ms=$(( (t1 - t0) / 1000000 ))
	set -- $(tail -1 "$tmp/rss")
	kib=${1:-0} cpu=$(awk -v u="${2:-0}" -v s="${3:-0}" 'BEGIN { print u + s }')
	case $kib in *[!0-9]*|'') kib=0 cpu=0 ;; esac
}

# fig: "wall s (CPU s) / peak RSS MiB" of the last run, or what stopped
# it (with the last line it wrote on stderr: Perl's "Out of memory!").
fig() {
	case $rc in
	0|3) awk -v m="$ms" -v c="$cpu" -v k="$kib" 'BEGIN { printf "%.2f s (CPU %.2f s) / %.0f MiB", m / 1000, c, k / 1024 }' ;;
	124) printf 'killed (> %s s)' "$limit" ;;
	*) awk -v m="$ms" -v r="$rc" 'BEGIN { printf "failed, status %d after %.1f s", r, m / 1000 }'
	   printf ': %s' "$(grep -v '^Command exited' "$tmp/err" | tail -1 | cut -c1-60)" ;;
	esac
}

# answer JSONFILE: mxscope's first answer and notes, with the messages
# and recipients counted.
answer() {
	python3 -c '
import json, sys
msgs = rcpts = bounces = 0
first = None
notes = set()
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    try:
        o = json.loads(line)
    except ValueError:
        continue
    msgs += 1
    bounces += bool(o.get("bounce"))
    rcpts += len(o.get("recipients") or [])
    for n in (o.get("notes") or "").split("; "):
        if n:
            notes.add(n)
    if first is None and o.get("recipients"):
        r = o["recipients"][0]
        first = "%s %s" % (r.get("address", "")[:24], r.get("reason", ""))
    if o.get("error"):
        notes.add(o["error"])
print("%d msg, %d bounce, %d rcpt; first: %s%s" % (msgs, bounces, rcpts,
      first or "-", "; notes: " + ", ".join(sorted(notes)) if notes else ""))
' "$1"
}

echo "Hostile bounces (mxscope $("$mx" --version 2>/dev/null | head -1 | awk '{print $NF}'), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)):"
for s in $shapes; do
	f=$tmp/$s.eml
	python3 "$here/ndr-hostile-gen.py" "$s" 0.25 "$f" || exit 2
	run "$tmp/q.out" "$mx" --ndr --offline "$f"
	quarter=$(fig)
	python3 "$here/ndr-hostile-gen.py" "$s" 1 "$f" || exit 2
	size=$(wc -c < "$f" | tr -d ' ')
	run "$tmp/t.out" "$mx" --ndr --offline "$f"
	text=$(fig)
	run "$tmp/j.out" "$mx" --ndr --offline --json "$f"
	json=$(fig)
	said=$(answer "$tmp/j.out")
	if [ "$sisi" = 1 ]; then
		run "$tmp/s.out" sh -c 'ulimit -v "$1" && exec timeout "$2" perl "$3" "$4"' sh \
		    $((mem * 1024)) "$limit" "$here/ndr-sisimai.pl" "$f"
		sis=$(fig)
		# ndr-sisimai.pl: one line per file, the first recipient's
		# reason of the first bounce, "-" for none.
		sisr=$(cut -f2 "$tmp/s.out" | head -1)
	else
		sis="not run" sisr=-
	fi
	rm -f "$f"
	printf '\n%s (%s bytes)\n' "$s" "$size"
	printf '  mxscope text      %s   (a quarter of the size: %s)\n' "$text" "$quarter"
	printf '  mxscope --json    %s\n' "$json"
	printf '  Sisimai           %s\n' "$sis"
	printf '  mxscope said      %s\n' "$said"
	printf '  Sisimai said      %s\n' "${sisr:--}"
done
echo
echo "Reproduce: make bench-ndr-hostile   (or bench/ndr-hostile.sh build/mxscope)"
