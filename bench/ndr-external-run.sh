#!/bin/sh
# bench/ndr-external-run.sh: the bounce reader on bounces from public sources
# other than the corpus it was written against (bench/ndr-external/: other
# bounce-parsing projects' test fixtures, labelled blind; see its SOURCES).
# Runs BUILD/mxscope --ndr --offline --json on each file of labels.tsv and
# prints only the totals: first recipient, status, permanent/temporary (the
# class of the status) and reason, each as N/M and %.  A label "a|b" accepts
# either.  The files fall in two halves by CRC-32 of the file name: "tune"
# (0) and "blind" (1), each with its own totals.  EXT_SHOW=tune prints the
# misses of the tune half only (to learn how those mail systems phrase their
# failures); the blind half's stay unread, so its figure remains held out.
# EXT_SHOW=1 prints every miss (and un-blinds the set).
# EXT_SKIP_HELD=FILE leaves out the files FILE lists as "held" or "near"
# ("SETDIR<TAB>FILE<TAB>HALF<TAB>VERDICT..." rows: bench/heldout-held-ext.tsv,
# the bounces whose text was already held when their set was written,
# bench/heldout-audit.py); the totals then say how many.
# SETDIR (default bench/ndr-external) names another such set, e.g. the
# second one, bench/ndr-external2 (its SOURCES); the totals are named after it.
# Usage: bench/ndr-external-run.sh BUILD [SETDIR]   (or: make bench-ndr-external)
set -u
[ $# -ge 1 ] || { echo "usage: $0 BUILD [SETDIR]" >&2; exit 2; }
mx=$1/mxscope
dir=${2:-$(cd "$(dirname "$0")" && pwd)/ndr-external}
[ -x "$mx" ] || { echo "ndr-external: no mxscope in $1" >&2; exit 2; }
[ -f "$dir/labels.tsv" ] || { echo "ndr-external: no $dir/labels.tsv" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
PYTHONDONTWRITEBYTECODE=1 exec python3 - "$mx" "$dir" "${EXT_SHOW:-0}" "$here" \
    "${EXT_SKIP_HELD:-}" <<'PYEOF'
import os, sys, zlib

mx, d, show, skip_list = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[5]
sys.path.insert(0, sys.argv[4])
from ndr_common import first_recipient  # noqa: E402
SET = os.path.basename(os.path.normpath(d))
HALVES = ("tune", "blind")


def alts(s):
    """The accepted values of a label cell ("a|b"), lower-cased."""
    return [a.strip().lower() for a in s.split("|")]


def first_rcpt(path):
    """mxscope's first recipient of one bounce file (a dict, or None)."""
    return first_recipient([mx, "--ndr", "--offline", "--json", path])


skip = set()
if skip_list:
    for line in open(skip_list, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) > 3 and f[0] == SET \
                and f[3] in ("held", "near"):
            skip.add(f[1])
n = {h: 0 for h in HALVES}
got = {h: {"recipients": 0, "status": 0, "class": 0, "reason": 0}
       for h in HALVES}
misses = []
for line in open(d + "/labels.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f, rcpt, status, cls, reason = line.rstrip("\n").split("\t")[:5]
    h = HALVES[zlib.crc32(f.encode()) % 2]
    if f in skip:
        continue
    n[h] += 1
    r = first_rcpt(d + "/" + f) or {}
    addr = (r.get("address") or "").strip().strip("<>").lower()
    st = r.get("status") or ""
    ours = {"recipients": addr, "status": st, "class": st[:1],
            "reason": r.get("reason") or ""}
    want = {"recipients": alts(rcpt), "status": alts(status),
            "class": alts(cls), "reason": alts(reason)}
    for k in got[h]:
        if ours[k].lower() in want[k]:
            got[h][k] += 1
        elif show == "1" or show == h:
            misses.append("#   %s (%s) %s: want %s, got %s"
                          % (f, h, k, "|".join(want[k]), ours[k] or "-"))

for m in misses:
    print(m)


def pct(hs, k):
    """One total over the halves hs as N/M and percent."""
    a, b = sum(got[h][k] for h in hs), sum(n[h] for h in hs)
    return "%d/%d (%.1f%%)" % (a, b, 100.0 * a / b if b else 0.0)


for name, hs in (("all", HALVES), ("tune half", ("tune",)),
                 ("blind half", ("blind",))):
    print("%s %s: %d bounces from other projects' fixtures%s: "
          "recipients %s, status %s, permanent/temporary %s, reason %s"
          % (SET, name, sum(n[h] for h in hs),
             " (%d held left out)" % len(skip) if skip else "",
             pct(hs, "recipients"),
             pct(hs, "status"), pct(hs, "class"), pct(hs, "reason")))
PYEOF
