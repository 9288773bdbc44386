#!/bin/sh
# bench/live-fallback.sh: what the live classifier's fallback decides
# (issue 12), on TUNE data only: t-live-reason's own tables, the whole
# held-out sets 1-6 and 8, the tune halves of 9 and 11-19, and the corpus
# replies of bench/live-bench.sh.  Never the blind sets (7, 10, the blind
# halves of 9 and 11-19).  Each reply's verdict rests on a provider row, a
# vendor code, a phrase, a refusal word near what it governs (subject:
# reason-subjects.c), partial evidence only (refusal words, a link or a
# 5xx naming an IP address) or the fallback of status, code and stage
# (mx_reason_live_basis).  Prints the right share per basis, the
# subject rules', partial evidence's and fallback's replies per stage,
# reply class and
# status class, and the "bare" verdict (the reply's status, code and
# stage with no words) against every tune label: how the fallback would
# do if no rule knew the words.
# Usage: bench/live-fallback.sh BUILDDIR SRCDIR
B=${1:-.}
S=${2:-..}
T=$(mktemp -d "${TMPDIR:-/tmp}/live-fallback.XXXXXX")
trap 'rm -rf "$T"' EXIT
export LIVE_BASIS=1
{
	"$B/tests/unit/t-live-reason"
	for f in live-heldout live-heldout2 live-heldout3 live-heldout4 \
	    live-heldout5 live-heldout6 live-heldout8; do
		"$B/tests/unit/t-live-reason" -h "$S/bench/$f.tsv"
	done
	for f in live-heldout9 live-heldout11 live-heldout12 live-heldout13 \
	    live-heldout14 live-heldout15 live-heldout16 live-heldout17 live-heldout18 live-heldout19; do
		LIVE_HALF=tune "$B/tests/unit/t-live-reason" -h "$S/bench/$f.tsv"
	done
} | grep '^#   basis ' >"$T/basis.txt"
LIVE_BASIS_OUT="$T/corpus.tsv" sh "$S/bench/live-bench.sh" "$B" >/dev/null
python3 - "$T/basis.txt" "$T/corpus.tsv" <<'PY'
import collections, sys
rows = []
# "#   basis B<TAB>STAGE<TAB>CODE<TAB>ESC<TAB>want W<TAB>got G<TAB>bare B<TAB>| TEXT"
for l in open(sys.argv[1]):
    f = l.rstrip('\n').split('\t')
    rows.append((f[0].split()[-1], f[1], int(f[2]), f[3],
                 f[4][5:].lstrip('?').split('|'), f[5][4:], f[6][5:]))
# file, want, got, basis, bare, stage, code, esc, text
for l in open(sys.argv[2]):
    f = l.rstrip('\n').split('\t')
    rows.append((f[3], f[5], int(f[6]), f[7] or '-', [f[1]], f[2], f[4]))
def status_class(e):
    return e if e == '-' else '.'.join(e.split('.')[:2]) + '.x'
print('live fallback on %d tune replies (LIVE_BASIS=1)' % len(rows))
per = collections.OrderedDict((b, [0, 0]) for b in
    ('provider', 'vendor', 'phrase', 'subject', 'partial', 'fallback'))
cells = collections.defaultdict(lambda: [0, 0, collections.Counter()])
bare = 0
for basis, st, code, esc, want, got, b in rows:
    per.setdefault(basis, [0, 0])
    per[basis][0] += 1
    per[basis][1] += got in want
    bare += b in want
    if basis in ('fallback', 'partial', 'subject'):
        c = cells[(st, '%dxx' % (code // 100), status_class(esc))]
        c[0] += 1
        c[1] += got in want
        if got not in want:
            c[2]['%s->%s' % ('|'.join(want), got)] += 1
for b, (n, r) in per.items():
    print('  %-9s %4d replies, %4d right' % (b, n, r))
print('  subject, partial and fallback, by stage, reply class, status class:')
for k in sorted(cells):
    n, r, miss = cells[k]
    print('    %-8s %s %-6s %3d replies, %3d right  %s' % (k + (n, r,
        ' '.join('%s%s' % (m, ' x%d' % c if c > 1 else '')
                 for m, c in miss.most_common()))))
print('  bare verdict (status, code, stage; no words) vs every label: '
      '%d/%d right (%.1f%%)' % (bare, len(rows), 100.0 * bare / len(rows)))
PY
