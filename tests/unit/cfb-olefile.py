#!/usr/bin/env python3
"""tests/unit/cfb-olefile.py FILE...: every stream of each compound file as
python3-olefile reads it, in cfb-dump's form ("FILE<TAB>PATH<TAB>SIZE<TAB>
FNV-1a", or "FILE<TAB>error<TAB>..."), sorted like it, for ndr-msg.sh's
differential check of src/ndr/msg-cfb.c."""
import sys
import olefile


def name(n):
    """A name as cfb-dump prints it: to its first NUL, 32 characters,
    printable ASCII or '?'."""
    n = n.split('\0')[0][:32]
    return ''.join(ch if ' ' <= ch < '\x7f' else '?' for ch in n)


def fnv(data):
    """The 64-bit FNV-1a hash of data."""
    h = 14695981039346656037
    for b in data:
        h = ((h ^ b) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return h


for f in sys.argv[1:]:
    try:
        o = olefile.OleFileIO(f)
        lines = []
        for e in o.listdir(streams=True, storages=False):
            data = o.openstream(e).read()
            lines.append('%s\t%s\t%d\t%016x' % (f, '/'.join(name(p) for p in e), len(data), fnv(data)))
        if lines:
            print('\n'.join(sorted(lines)))
    except Exception as x:  # olefile raises many kinds on broken files
        print('%s\terror\t%s' % (f, type(x).__name__))
