#!/bin/sh
# bench/ndr-external.sh: the bounce reader on bounces from public sources
# other than the corpus it was written against (bench/ndr-external/: other
# bounce-parsing projects' test fixtures, labelled blind; see its SOURCES).
# Runs BUILD/mxscope --ndr --offline --json on each file of labels.tsv and
# prints only the totals: first recipient, status, permanent/temporary (the
# class of the status) and reason, each as N/M and %.  A label "a|b" accepts
# either.  With EXT_SHOW=1 it also prints each miss (label -> ours); keep the
# misses unread while writing rules, or the set stops being held out.
# Usage: bench/ndr-external.sh BUILD   (or: make bench-ndr-external)
set -u
[ $# -ge 1 ] || { echo "usage: $0 BUILD" >&2; exit 2; }
mx=$1/mxscope
dir=$(cd "$(dirname "$0")" && pwd)/ndr-external
[ -x "$mx" ] || { echo "ndr-external: no mxscope in $1" >&2; exit 2; }
[ -f "$dir/labels.tsv" ] || { echo "ndr-external: no $dir/labels.tsv" >&2; exit 2; }
exec python3 - "$mx" "$dir" "${EXT_SHOW:-0}" <<'PYEOF'
import json, subprocess, sys

mx, d, show = sys.argv[1], sys.argv[2], sys.argv[3] == "1"


def alts(s):
    """The accepted values of a label cell ("a|b"), lower-cased."""
    return [a.strip().lower() for a in s.split("|")]


def first_rcpt(path):
    """mxscope's first recipient of one bounce file (a dict, or None)."""
    p = subprocess.run([mx, "--ndr", "--offline", "--json", path],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        r = o.get("recipients") or []
        return r[0] if r else None
    return None


n = 0
got = {"recipients": 0, "status": 0, "class": 0, "reason": 0}
misses = []
for line in open(d + "/labels.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    f, rcpt, status, cls, reason = line.rstrip("\n").split("\t")[:5]
    n += 1
    r = first_rcpt(d + "/" + f) or {}
    addr = (r.get("address") or "").strip().strip("<>").lower()
    st = r.get("status") or ""
    ours = {"recipients": addr, "status": st, "class": st[:1],
            "reason": r.get("reason") or ""}
    want = {"recipients": alts(rcpt), "status": alts(status),
            "class": alts(cls), "reason": alts(reason)}
    for k in got:
        if ours[k].lower() in want[k]:
            got[k] += 1
        else:
            misses.append("#   %s %s: want %s, got %s" % (f, k, "|".join(want[k]),
                                                          ours[k] or "-"))

if show:
    for m in misses:
        print(m)


def pct(k):
    """One total as N/M and percent."""
    return "%d/%d (%.1f%%)" % (got[k], n, 100.0 * got[k] / n if n else 0.0)


print("ndr-external: %d bounces from other projects' fixtures: recipients %s, "
      "status %s, permanent/temporary %s, reason %s"
      % (n, pct("recipients"), pct("status"), pct("class"), pct("reason")))
PYEOF
