#!/bin/sh
# bench/live-fallback.sh: what the live classifier's fallback decides
# (issue 12), on TUNE data only: t-live-reason's own tables, the whole
# held-out sets 1-6 and 8, the tune halves of the others in LIVE_TUNE_SETS
# (bench/local.mk), and the corpus replies of bench/live-bench.sh.  Never
# the blind sets (7, 10, the blind halves of 9 and 11 on).  Each reply's verdict rests on a provider row, a
# vendor code, a phrase, a refusal word near what it governs (subject:
# reason-subjects.c), partial evidence only (refusal words, a link or a
# 5xx naming an IP address) or the fallback of status, code and stage
# (mx_reason_live_basis).  Prints the right share per basis, the
# subject rules', partial evidence's and fallback's replies per stage,
# reply class and
# status class, and the "bare" verdict (the reply's status, code and
# stage with no words) against every tune label: how the fallback would
# do if no rule knew the words.  fb6: then the audit of the defaults by
# path (the stage with the reply's status, or its code when it has none):
# the replies whose verdict rests on the fallback, how many are right and
# what their labels say when not; and, for paths of 5 replies or more,
# the bare verdict against every reply of the path.
# Usage: bench/live-fallback.sh BUILDDIR SRCDIR
# (LIVE_TUNE_SETS and LIVE_TUNE_WHOLE as bench/local.mk sets them)
B=${1:-.}
S=${2:-..}
T=$(mktemp -d "${TMPDIR:-/tmp}/live-fallback.XXXXXX")
trap 'rm -rf "$T"' EXIT
export LIVE_BASIS=1
{
	"$B/tests/unit/t-live-reason"
	for n in ${LIVE_TUNE_SETS:-1 2 3 4 5 6 8 9 11 12 13 14 15 16 17 18 19}; do
		f=$S/bench/live-heldout$n.tsv
		test "$n" != 1 || f=$S/bench/live-heldout.tsv
		half=tune
		case " ${LIVE_TUNE_WHOLE:-1 2 3 4 5 6 8} " in
		*" $n "*) half= ;;
		esac
		LIVE_HALF=$half "$B/tests/unit/t-live-reason" -h "$f"
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
def path(st, code, esc):
    return '%s %s' % (st, esc if esc != '-' else code)
def tally(keep, verdict):
    cells = collections.defaultdict(lambda: [0, 0, collections.Counter(),
                                             collections.Counter()])
    for basis, st, code, esc, want, got, b in rows:
        if keep(basis):
            c = cells[path(st, code, esc)]
            v = verdict(got, b)
            c[0] += 1
            c[1] += v in want
            c[3][v] += 1
            if v not in want:
                c[2]['|'.join(want)] += 1
    return cells
def show(cells, least):
    for k in sorted(cells, key=lambda k: (-cells[k][0], k)):
        n, r, miss, said = cells[k]
        if n >= least:
            print('    %-16s %3d %3d  %-26s %s' % (k, n, r, ','.join(
                '%s%s' % (v, ' x%d' % c if c > 1 else '')
                for v, c in said.most_common()), ' '.join(
                '%s%s' % (m, ' x%d' % c if c > 1 else '')
                for m, c in miss.most_common())))
print('  fb6: the defaults by path (stage, status or else code): replies '
      'resting on the fallback, right, verdicts, labels when wrong:')
show(tally(lambda b: b == 'fallback', lambda g, b: g), 1)
print('  the bare verdict against every reply of a path (5 or more):')
show(tally(lambda b: True, lambda g, b: b), 5)
PY
