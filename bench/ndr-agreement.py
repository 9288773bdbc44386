#!/usr/bin/env python3
"""bench/ndr-agreement.py: how far an independent careful reader agrees
with the bounce corpus's labels (issue 11), and the bounce reader with
each: bench/ndr-relabel-tune.tsv labels 80 bounces of the tuning folds by
the man page's REASONS alone.

Usage: bench/ndr-agreement.py MXSCOPE SRCDIR CORPUS
"""
import os
import sys

from ndr_common import first_failed, fold


def main():
    mxscope, srcdir, corpus = sys.argv[1:4]
    labels = {}
    for i, line in enumerate(open(os.path.join(corpus, 'labels.tsv'))):
        f = line.rstrip('\n').split('\t')
        if i > 0 and len(f) >= 4:
            labels.setdefault(f[0], f[3])
    second = {}
    for line in open(os.path.join(srcdir, 'bench', 'ndr-relabel-tune.tsv'),
                     encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(f) < 3 or fold(f[0]) == 3:
            continue
        second[f[0]] = f[2].split('|')
    names = sorted(second)
    got = first_failed(mxscope, [os.path.join(corpus, 'eml', n)
                                 for n in names])
    ours = {x: (got[x][1] if got.get(x) else '') for x in names}
    n = len(names)
    same = sum(second[x][0] == labels.get(x) for x in names)
    among = sum(labels.get(x) in second[x] for x in names)
    reader = sum(ours.get(x) == labels.get(x) for x in names)
    reader2 = sum(ours.get(x) in second[x] for x in names)
    print('independent labelling of %d tuning-fold bounces:' % n)
    print('  its first choice is the corpus label: %d/%d = %.1f %%' %
          (same, n, 100.0 * same / n))
    print('  the corpus label is one of its reasons: %d/%d = %.1f %%' %
          (among, n, 100.0 * among / n))
    print('  the reader agrees with the corpus: %d/%d; with the '
          'independent reading: %d/%d = %.1f %%' % (reader, n, reader2, n,
                                                    100.0 * reader2 / n))


if __name__ == '__main__':
    main()
