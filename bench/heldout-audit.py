"""bench/heldout-audit.py: which rows of the held-out sets were already held
when their set was written (bench/heldout-dedupe.py's text check; nothing
is classified).  A live row (bench/live-heldout*.tsv) is checked against
bench/, tests/ (not tests/fuzz/), src/, man/ and po/ as they were in git
just before the commit that first held its reply text (so never against
its own set, later sets or the rules written from them); an external
set's bounce (bench/ndr-external*/, the files its labels.tsv lists)
against the tree just before its file was added, and the corpus (fold 3
left out by name, never opened).  Each set's own file or folder is left
out.  A row is held when its text is contained in a held place ("held")
or 80 % of its 6-word runs are in one held file ("near"); a held text of
fewer than four words is listed as "short" and not counted as held (a
phrase any rule table holds).  Prints per set
and half (CRC-32 as bench/live-bench's t-live-reason -h and bench/
ndr-external-run.sh split them) how many rows were held, and writes the
held lists: bench/heldout-held-live.tsv ("SETFILE<TAB>LINE<TAB>...",
read by t-live-reason -h under LIVE_SKIP_HELD) and bench/
heldout-held-ext.tsv ("SETDIR<TAB>FILE<TAB>...", read by
ndr-external-run.sh under EXT_SKIP_HELD).
Usage: bench/heldout-audit.py [--write] SRCDIR [CORPUS]
"""
import importlib.util
import os
import re
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "heldout_dedupe", os.path.join(HERE, "heldout-dedupe.py"))
dd = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dd)
HALVES = ("tune", "blind")


def git(root, *args):
    """A git command's output in root."""
    return subprocess.run(["git", "-C", root] + list(args), check=True,
                          capture_output=True, text=True).stdout


def set_number(name):
    """The number of a set's file or folder (1 for the unnumbered first)."""
    m = re.search(r"(\d+)(?:\.tsv)?$", name)
    return int(m.group(1)) if m else 1


def live_rows(root, path):
    """(line, reply, snapshot commit) of each row of a live set: the
    snapshot is the parent of the first commit whose copy of the file
    holds the row's reply text."""
    commits = git(root, "log", "--reverse", "--format=%H", "--", path).split()
    texts = [git(root, "show", "%s:%s" % (c, path)) for c in commits]
    out = []
    with open(os.path.join(root, path), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            reply = line.rstrip("\n").split("\t")[2]
            first = next((c for c, t in zip(commits, texts)
                          if "\t%s\t" % reply in t), commits[0])
            out.append((n, reply, first + "^"))
    return out


def ext_rows(root, d):
    """(file, snapshot commit) of each bounce an external set labels."""
    out = []
    for line in open(os.path.join(root, d, "labels.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")[0]
        c = git(root, "log", "--diff-filter=A", "--format=%H", "--",
                "%s/%s" % (d, f)).split()
        out.append((f, (c[-1] if c else "HEAD") + "^"))
    return out


def by_snapshot(items):
    """Items grouped by their snapshot commit, oldest commit first."""
    groups = {}
    for it in items:
        groups.setdefault(it[-1], []).append(it)
    return groups


def main(argv):
    write = argv[:1] == ["--write"]
    argv = argv[1:] if write else argv
    root = os.path.abspath(argv[0])
    corpus = argv[1] if len(argv) > 1 else os.path.join(
        root, "..", "shared", "corpus", "bounces")
    live = sorted((f for f in os.listdir(os.path.join(root, "bench"))
                   if re.match(r"live-heldout\d*\.tsv$", f)), key=set_number)
    ext = sorted((f for f in os.listdir(os.path.join(root, "bench"))
                  if re.match(r"ndr-external\d*$", f)), key=set_number)
    held_live, held_ext = [], []
    print("set\trows\ttune held/rows (exact+near; short)\t"
          "blind held/rows (exact+near; short)")
    for f in live:
        path = "bench/" + f
        rows = live_rows(root, path)
        verdict = {}
        for snap, items in sorted(by_snapshot(rows).items()):
            cands = [dd.Candidate("%s:%d" % (path, n), [reply])
                     for n, reply, _ in items]
            for (n, reply, _), v in zip(items, dd.audit(
                    cands, root, snap, None, [path])):
                verdict[n] = v
        report(f, rows, verdict, lambda r: zlib.crc32(r[1].encode()) % 2,
               held_live, lambda r: (f, str(r[0])))
    for d in ext:
        path = "bench/" + d
        rows = ext_rows(root, path)
        verdict = {}
        for snap, items in sorted(by_snapshot(rows).items()):
            cands = [dd.candidates(os.path.join(root, path, fn))[0]
                     for fn, _ in items]
            for (fn, _), v in zip(items, dd.audit(
                    cands, root, snap, corpus, [path])):
                verdict[fn] = v
        report(d, rows, verdict, lambda r: zlib.crc32(r[0].encode()) % 2,
               held_ext, lambda r: (d, r[0]))
    head = git(root, "log", "-1", "--format=%h", "--", *(
        "bench/" + f for f in live + ext)).strip()
    if write:
        save(os.path.join(root, "bench", "heldout-held-live.tsv"), held_live,
             "SETFILE\tLINE", "bench/live-heldout*.tsv", head)
        save(os.path.join(root, "bench", "heldout-held-ext.tsv"), held_ext,
             "SETDIR\tFILE", "bench/ndr-external*/labels.tsv", head)


def report(name, rows, verdict, half_of, held, key):
    """Print one set's held counts per half and add its held rows."""
    cnt = {h: [0, 0, 0, 0] for h in HALVES}       # rows, exact, near, short
    for r in rows:
        h = HALVES[half_of(r)]
        v = verdict[r[0]]
        cnt[h][0] += 1
        if v[0] in ("held", "near", "short"):
            cnt[h][("held", "near", "short").index(v[0]) + 1] += 1
            held.append(key(r) + (h, v[0], "%.2f" % v[1], v[2]))
    print("%s\t%d\t%s\t%s" % (name, len(rows), *(
        "%d/%d (%d+%d; short %d)" % (cnt[h][1] + cnt[h][2], cnt[h][0],
                                     cnt[h][1], cnt[h][2], cnt[h][3])
        for h in HALVES)))
    sys.stdout.flush()


def save(path, rows, cols, what, head):
    """Write a held list with a header saying how it was made."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# %s: the rows of %s whose text was already held when\n"
                 "# their set was written (bench/heldout-audit.py --write;\n"
                 "# bench/heldout-dedupe.py's normalised text: contained in\n"
                 "# a held place, \"held\", or 80 %% of its 6-word runs in one\n"
                 "# held file, \"near\"; \"short\" a held text of fewer than\n"
                 "# four words, listed but not left out by LIVE_SKIP_HELD or\n"
                 "# EXT_SKIP_HELD; held places bench/, tests/ but\n"
                 "# tests/fuzz/, src/, man/, po/ in git just before the row's\n"
                 "# set (or batch) was committed, the set's own file left\n"
                 "# out, and for bounces the corpus's folds 0, 1, 2, 4).\n"
                 "# Text only: no row was classified.  Sets as of commit\n"
                 "# %s.  HALF is the CRC-32 half (the live sets 7 and 10\n"
                 "# are blind whole); PLACE the held place that matched.\n"
                 "# %s\tHALF\tVERDICT\tSCORE\tPLACE\n"
                 % (os.path.basename(path), what, head, cols))
        for r in rows:
            fh.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
