"""bench/ndr_common.py: what the Python benchmarks of the bounce reader
share: the fold of a corpus file, as bench/ndr-bench.sh computes it (so
that the held-out fold stays unread), and the first failed recipient
mxscope reads in each file."""
import json
import os
import subprocess


def fold(name):
    """The fold of a file: FNV-1a (32 bits) of its name, mod 5."""
    h = 2166136261
    for c in name.encode():
        h ^= c
        h = (h * 16777619) % 4294967296
    return h % 5


def first_failed(mxscope, paths):
    """(address in lower case, reason) of the first recipient of each
    file's first message, keyed by the file's base name; None when the
    file holds no bounce."""
    out = {}
    res = subprocess.run([mxscope, '--ndr', '--offline', '--json'] + paths,
                         capture_output=True, text=True, check=False)
    for line in res.stdout.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if 'file' not in d or d.get('message', 1) != 1:
            continue
        rc = d.get('recipients') or []
        out[os.path.basename(d['file'])] = (
            (rc[0]['address'].lower(), rc[0]['reason'])
            if rc and d.get('bounce') else None)
    return out
