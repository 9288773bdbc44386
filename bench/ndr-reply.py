#!/usr/bin/env python3
"""bench/ndr-reply.py: failure replies pasted alone, naming no recipient
(`mxscope --ndr --offline --json -` on "550 5.1.1 ..." with nothing else),
against their labels.  TUNE data only: the whole held-out sets 1-6 and 8
and the tune halves (CRC-32 of the reply text even) of sets 9 and 11-17,
the rows whose misses have been read; never a blind half, never set 7 or
10.  Prints how many are read as a reply and how many agree with the
label, then the most common disagreements (label -> ours).  A pasted reply
carries no SMTP stage, so rows refused at MAIL, DATA or the greeting are
read as at RCPT: the gap to `make bench-live` is mostly that.
Usage: bench/ndr-reply.py MXSCOPE SRCDIR"""
import collections
import json
import subprocess
import sys
import zlib

MX, SRC = sys.argv[1], sys.argv[2]
WHOLE = ["", "2", "3", "4", "5", "6", "8"]
HALVES = ["9", "11", "12", "13", "14", "15", "16", "17"]


def rows():
    """Every tune row: (provider, stage, reply with \\n marks, label)."""
    for sets, half in ((WHOLE, False), (HALVES, True)):
        for n in sets:
            for line in open(f"{SRC}/bench/live-heldout{n}.tsv",
                             encoding="utf-8"):
                if line[0] in "#\n":
                    continue
                f = line.rstrip("\n").split("\t")
                if half and zlib.crc32(f[2].encode()) % 2 != 0:
                    continue
                yield f


def main():
    n = read = right = 0
    miss = collections.Counter()
    for f in rows():
        text = f[2].replace("\\n", "\n") + "\n"
        out = subprocess.run([MX, "--ndr", "--offline", "--json", "-"],
                             input=text.encode(), capture_output=True,
                             check=False).stdout.decode()
        n += 1
        try:
            rcpts = json.loads(out.splitlines()[0])["recipients"]
        except (IndexError, KeyError, ValueError):
            rcpts = []
        if not rcpts:
            continue
        read += 1
        got = rcpts[0]["reason"]
        if got in f[3].lstrip("?").split("|"):
            right += 1
        else:
            miss[(f[3], got)] += 1
    print(f"replies pasted alone (tune sets): {n}; read as a reply {read}; "
          f"agree with the label {right} = {100.0 * right / n:.1f} %")
    for (want, got), k in miss.most_common(10):
        print(f"  {k:3d}  {want} -> {got}")


main()
