#!/usr/bin/env python3
"""tests/i18n-width.py MODE FILE: check text laid out in double-width
characters (East Asian Wide/Fullwidth take two columns, as wcwidth says).
Prints TAP-like lines "1 label" / "0 label: why" on stdout.
MODE text: every line fits 80 columns.
MODE report: every line fits 80 columns; the exchanger table's header and
  address rows end at the same column (every column padded by width);
  each finding's id starts at column 12.
MODE screen: every row of the 80x24 capture fits 80 columns, no U+FFFD;
  the MX table's rows start their stage, result and reply fields exactly
  under the column titles (阶段 结果 应答), and the time under 用时."""
import re, sys, unicodedata

def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else
               0 if unicodedata.combining(c) else 1 for c in s)

def col_of(line, idx):
    return width(line[:idx])

def res(ok, label, why=''):
    print('%d %s%s' % (1 if ok else 0, label, '' if ok else ': ' + why))

mode, path = sys.argv[1], sys.argv[2]
lines = open(path, encoding='utf-8').read().split('\n')
long = [l for l in lines if width(l) > 80]
res(not long, 'every line fits 80 columns', repr(long[:2]))
if mode == 'text':
    sys.exit(0)
if mode == 'report':
    try:
        h = next(i for i, l in enumerate(lines) if '主机 / 地址' in l)
    except StopIteration:
        h = None
    if h is not None:
        rows = []
        for l in lines[h + 1:]:
            if not l.startswith('  ') or l.strip() == '':
                break
            if re.match(r'^ {8}\S', l) and re.search(r'\d+(ms|s)$', l):
                rows.append(l)
        w = width(lines[h])
        bad = [l for l in rows if width(l) != w]
        res(rows and not bad, 'exchanger rows end under the header (%d rows)'
            % len(rows), repr(bad[:2]) or 'no rows')
    fl = [l for l in lines if re.match(r'^  (提示|警告|错误|严重) +\S', l)]
    bad = [l for l in fl if col_of(l, re.search(r'\S', l[10:]).start() + 10) != 12]
    res(not bad, 'finding ids start at column 12 (%d findings)' % len(fl),
        repr(bad[:2]))
else:
    res(not any('\ufffd' in l for l in lines), 'no replacement characters')
    h = next((l for l in lines if '优先' in l and '阶段' in l), None)
    if h is None:
        res(True, 'no MX table on this screen')
        sys.exit(0)
    cols = {t: col_of(h, h.index(t)) for t in ('阶段', '结果', '应答', '用时')}
    time_end = cols['用时'] + width('用时')
    rows = [l for l in lines if re.match(r'^[> ] *\d+ \S', l) and
            re.search(r'\d+(ms|s)$', l)]
    bad = []
    for l in rows:
        cells = [0] * (width(l) + 2)
        c = 0
        for ch in l:
            w = width(ch)
            for k in range(w):
                cells[c + k] = ch
            c += w
        for t in ('阶段', '结果', '应答'):
            k = cols[t]
            if not (cells[k - 1] == ' ' and cells[k] not in (' ', 0)):
                bad.append((t, l))
        if width(l) != time_end:
            bad.append(('用时', l))
    # No row at all only when the pane says there is no exchanger.
    none = any('没有可探测的 MX 主机' in l or '没有 MX 主机' in l
               for l in lines)
    res((rows or none) and not bad, 'MX rows aligned under the titles '
        '(%d rows)' % len(rows), repr(bad[:2]) or 'no rows')
