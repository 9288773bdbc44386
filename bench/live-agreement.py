#!/usr/bin/env python3
"""bench/live-agreement.py: how well two people agree on the reason of a
refusal (issue 12): bench/live-relabel-tune.tsv, an independent second
labelling of the tune halves of bench/live-heldout13.tsv .. 17 (the rows
whose reply text has an even CRC-32, as t-live-reason's LIVE_HALF=tune
takes them), scored against the sets' own labels the way the classifier
is scored (the answer is right when it is one of the label's reasons).

Usage: bench/live-agreement.py SRCDIR
"""
import os
import sys
import zlib


def tune_rows(srcdir):
    """(set, labels) of each tune-half row, in file order."""
    rows = []
    for k in range(13, 18):
        path = os.path.join(srcdir, 'bench', 'live-heldout%d.tsv' % k)
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            f = line.rstrip('\n').split('\t')
            if len(f) >= 4 and zlib.crc32(f[2].encode()) % 2 == 0:
                rows.append(('heldout%d' % k, f[3].split('|')))
    return rows


def main():
    srcdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    rows = tune_rows(srcdir)
    second = {}
    path = os.path.join(srcdir, 'bench', 'live-relabel-tune.tsv')
    for line in open(path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) >= 2 and f[0].startswith('r'):
            second[f[0]] = f[1].split('|')
    same = inset = overlap = 0
    for i, (_, labels) in enumerate(rows):
        other = second.get('r%03d' % (i + 1), [''])
        same += other[0] == labels[0]
        inset += other[0] in labels
        overlap += bool(set(other) & set(labels))
    n = len(rows)
    print('second labelling of %d tune-half replies (heldout13-17):' % n)
    print('  first choices the same: %d/%d = %.1f %%' % (same, n,
                                                      100.0 * same / n))
    print('  second labeller\'s first choice right as the classifier is '
          'scored: %d/%d = %.1f %%' % (inset, n, 100.0 * inset / n))
    print('  any reason shared: %d/%d = %.1f %%' % (overlap, n,
                                                  100.0 * overlap / n))


if __name__ == '__main__':
    main()
