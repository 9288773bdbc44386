#!/bin/sh
# bench/live-bench.sh: the live classifier (mx_reason_live) on replies it
# was not written on: the SMTP replies quoted in the bounce corpus
# (shared/corpus/bounces, labels by the Sisimai project), each at the
# command the bounce names (RCPT, MAIL, connection/EHLO).  Prints the share
# of right reasons; its misses only with LIVE_SHOW=1, never those of the
# corpus's fold 3 (bench/ndr_common.py's fold, held out for bench-ndr:
# their rows count in the share but are named "(fold 3)" and not listed).
# Usage: bench/live-bench.sh BUILDDIR [CORPUS]
B=${1:-.}
export PYTHONDONTWRITEBYTECODE=1
C=${2:-/work/shared/corpus/bounces}
T=$(mktemp -d "${TMPDIR:-/tmp}/live-bench.XXXXXX")
trap 'rm -rf "$T"' EXIT
"$B/mxscope" --ndr --offline --json "$C"/eml/*.eml >"$T/ndr.jsonl" 2>/dev/null
python3 - "$T/ndr.jsonl" "$C/labels.tsv" "$T/in.tsv" "$T/want.tsv" "$(dirname "$0")" <<'PY'
import json, sys, os, collections
ndr, labels, out, want = sys.argv[1:5]
sys.path.insert(0, sys.argv[5])
from ndr_common import fold
lab = collections.defaultdict(list)
for i, l in enumerate(open(labels)):
    if i == 0: continue
    f = l.rstrip('\n').split('\t')
    lab[f[0]].append(f[3])
stage = {'RCPT': 'rcpt', 'MAIL': 'mail', 'CONN': 'banner', 'EHLO': 'ehlo',
         'HELO': 'ehlo'}
o, w = open(out, 'w'), open(want, 'w')
for l in open(ndr):
    d = json.loads(l)
    name = os.path.basename(d.get('file', ''))
    for k, r in enumerate(d.get('recipients') or []):
        cmd = (r.get('command') or '').upper()
        text = (r.get('diagnostic') or '').replace('\t', ' ')
        if cmd not in stage or not text or k >= len(lab[name]):
            continue
        code = r.get('replycode') or 0
        o.write('%s\t%d\t%s\t%s\n' % (stage[cmd], code, r.get('status') or '', text))
        w.write('%s\t%s\n' % ('(fold 3)' if fold(name) == 3 else name,
                              lab[name][k]))
PY
"$B/tests/unit/t-live-reason" - <"$T/in.tsv" >"$T/got.txt"
# With LIVE_BASIS=1 each reason is followed by its basis and the bare
# verdict (t-live-reason.c); LIVE_BASIS_OUT keeps the joined table
# (bench/live-fallback.sh reads it).
[ -n "${LIVE_BASIS_OUT:-}" ] && paste "$T/want.tsv" "$T/got.txt" "$T/in.tsv" >"$LIVE_BASIS_OUT"
paste "$T/want.tsv" "$T/got.txt" "$T/in.tsv" | awk -F'\t' -v show="${LIVE_SHOW:-0}" '
	{ n++; if ($2 == $3) r++; else if (show == "1" && $1 != "(fold 3)") bad = bad sprintf("#   %s: want %s, got %s (%s %s %s %.70s)\n", $1, $2, $3, $4, $5, $6, $7) }
	END { printf "%s", bad; printf "live classifier on %d corpus replies at RCPT/MAIL/connect: %d right (%.1f%%)\n", n, r, n ? 100 * r / n : 0 }'
