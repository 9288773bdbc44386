#!/usr/bin/env python3
"""bench/ndr-firstrun.py: what the bounce reader answered on each external
bounce set (bench/ndr-external, ndr-external2 .. ndr-external32) the first
time it was scored, and which of the TUNE half's reasons it got wrong
(nfb1, issue 11; the bounce reader's bench/live-firstrun.py).

Each set was labelled blind and scored once, whole, on a known commit
before any rule was written from its tune half (its SOURCES and
bench/local.mk).  This script builds tests/unit/ndr-run (the bounce reader
alone, `ndr-run --json FILE` as `mxscope --ndr --offline --json FILE`) at
each such commit in a scratch directory (git archive, make -j2; one build
per distinct src/ tree) and reads the set's files with it as
bench/ndr-external-run.sh does (first recipient of the first message;
labels "a|b" accept either).  Sets scored in batches (6, 8, 10, 15, 27,
31) read each batch's files at the commit that batch was scored on.  Today's labels and
files are used (a few labels were set by the earlier sets' conventions
after the first run, and files of unlicensed sources were removed), so a
set's figure may differ a little from the one its SOURCES records.

The files fall in halves by CRC-32 of the name, as bench/ndr-external-
run.sh splits them: "tune" (even) and "blind" (odd).  Only totals are
printed for the blind half; no blind file's name or answer is ever
printed.  With --show the tune half's first-run reason misses are listed
(file, wanted, the first run's answer, its status and what today's
ndr-run --rule-hits says decided it: tune files only, as EXT_SHOW=tune).
With --build DIR also today's reader (DIR/tests/unit/ndr-run) is asked.
With --port nfb1's general change (a diagnostic that only announces the
list of failed addresses, Exim's "The following address(es) failed:",
is no words of the failure's own: undefined, not onhold; it holds no row
drawn from a set, so leaving one set out changes nothing) is ported onto
each first-run tree and the tune half scored again: right at first run,
right with the port, first-run misses the port gets right, first-run
right answers it loses.  --port2 ports nfb2's change too (a lone line
ending in a colon that names no reason gives way to the paragraph under
it as the diagnostic; tried and not kept on main: see bench/local.mk).
Needs git history; takes some minutes (one build per commit).
Usage: bench/ndr-firstrun.py [--show] [--port|--port2] [--build DIR] SRCDIR SCRATCH"""
import json
import os
import subprocess
import sys
import tempfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ndr_common  # noqa: E402

# The commit(s) each set was first scored on: (commit, batch) pairs,
# batch the commit whose labels.tsv first held the batch's files (None:
# the whole set).  Set 1 on main 0449e10 (README), set 2 on main 1be4480,
# set 3 on main d38840d, set 4 on main 72c19e8, set 5 on main 34857c4
# (bench/local.mk), set 6 batch 1 bed1d89 and batch 2 e8483b5, set 7
# 0419dc2 (on main 3ab09e1), set 8 batch 1 369d2ae (on main 6fc7851) and
# batch 2 c86fd0c, set 9 8da3361 (on main 0e590be), set 10 batches
# 8d50c60 (on main 9b526de), f970cff and d3aabaa, set 11 1bab2024 (on main
# 696f2dbf), set 12 99b1cf4e (on main 0e2cd99f), set 13 727ca03a (on main
# e96e09bd), set 14 a68b4a9c (on main ef67e405), set 15 3344ecf9 (on main
# ade3e7a1) and batch 89d3b308, set 16 901a940c (on main f2bd59da),
# set 17 7bb8ff2f (on main f2bd59da), set 18 5e68bbcb (on main 9cfb0cc2),
# set 19 4d196499 (on main 87928e8f), set 21 378262bd (on main
# 5e74eabb), set 22 42b76e92 (on main b9bca0d4), set 23 fddc3cb8 (on
# main e641b4d6), set 24 09787c0d (on main 78ea9fa0), set 25
# 8c2dfee9 (on main a24adb2a), set 26 e17c9810 (on main 211260b9), set 27 4696da2f (on
# main 7f5d9044) and batch aba4a19e (after its rules), set 28 3befb4b1 (on main
# 7f5d9044), set 29 f1e10d09 (on main 084abd75), set 30 6512deb4 (on main
# 8e76c07f), set 31 580b40c8 (on main a653fc35) and batch 31e72a08, set 32
# 87ba240f (on main 685893ea): each SOURCES says so.
FIRST_RUN = {
    "": [("0449e10", None)],
    "2": [("1be4480", None)],
    "3": [("d38840d", None)],
    "4": [("72c19e8", None)],
    "5": [("34857c4", None)],
    "6": [("bed1d89", "bed1d89"), ("e8483b5", "e8483b5")],
    "7": [("0419dc2", None)],
    "8": [("369d2ae", "369d2ae"), ("c86fd0c", "c86fd0c")],
    "9": [("8da3361", None)],
    "10": [("8d50c60", "8d50c60"), ("f970cff", "f970cff"),
           ("d3aabaa", "d3aabaa")],
    "11": [("1bab2024", None)],
    "12": [("99b1cf4e", None)],
    "13": [("727ca03a", None)],
    "14": [("a68b4a9c", None)],
    "15": [("3344ecf9", "3344ecf9"), ("89d3b308", "89d3b308")],
    "16": [("901a940c", None)],
    "17": [("7bb8ff2f", None)],
    "18": [("5e68bbcb", None)],
    "19": [("4d196499", None)],
    "21": [("378262bd", None)],
    "22": [("42b76e92", None)],
    "23": [("fddc3cb8", None)],
    "24": [("09787c0d", None)],
    "25": [("8c2dfee9", None)],
    "26": [("e17c9810", None)],
    "27": [("4696da2f", "4696da2f"), ("aba4a19e", "aba4a19e")],
    "28": [("3befb4b1", None)],
    "29": [("f1e10d09", None)],
    "30": [("6512deb4", None)],
    "31": [("580b40c8", "580b40c8"), ("31e72a08", "31e72a08")],
    "32": [("87ba240f", None)],
}
HALVES = ("tune", "blind")
# nfb1: the helper (a copy of src/ndr/ndr-diag.c's mx_ndr_list_intro)
# and the hook, ported into an older tree's src/ndr/ndr-classify.c
PORT_HELPER = """
#ifndef MX_RR_NOT_A_REASON
#define MX_RR_NOT_A_REASON 0
#endif
/* nfb1's port: whether a diagnostic only announces the failed list. */
static int
mx_ndr_list_intro(const char *p, size_t n)
{
\twhile (n > 0 && strchr(" \\t\\r\\n", p[n - 1]) != NULL)
\t\tn--;
\treturn n > 0 && p[n - 1] == ':' &&
\t    (mx_rr_scan(p, n) & ~MX_RR_NOT_A_REASON) == 0;
}
"""
PORT_AT = "\t\tif (reason == MX_RR_ONHOLD && r->diagnostic[0] == '\\0')\n"
PORT_HOOK = ("\t\tif (reason == MX_RR_ONHOLD && (r->diagnostic[0] == '\\0' ||"
             "\n\t\t    mx_ndr_list_intro(r->diagnostic, "
             "strlen(r->diagnostic))))\n")
# nfb2 (--port2, with nfb1's; measured and not kept on main): the words
# under a lone title line ending in a colon that names no reason
# (src/ndr/ndr-diag.c mx_ndr_from_block), ported onto the trees
# whose mx_ndr_from_block has the lone "<a>:" step it extends (sets 5 to
# 11; sets 1 to 4 have none); the helpers are static copies.
PORT2_HELPER = """
#ifndef MX_RR_NOT_A_REASON
#define MX_RR_NOT_A_REASON 0
#endif
/* nfb2's port: a paragraph that is one line ending in a colon and naming
 * no reason. */
static int
nfb2_lone_intro(const char *p, size_t n)
{
\tif (memchr(p, '\\n', n) != NULL)
\t\treturn 0;
\twhile (n > 0 && strchr(" \\t\\r\\n", p[n - 1]) != NULL)
\t\tn--;
\treturn n > 0 && p[n - 1] == ':' &&
\t    (mx_rr_scan(p, n) & ~MX_RR_NOT_A_REASON) == 0;
}

/* nfb2's port: whether s[at, limit) holds words. */
static int
nfb2_words_below(const char *s, size_t at, size_t limit)
{
\twhile (at < limit && strchr(" \\t\\r\\n", s[at]) != NULL)
\t\tat++;
\treturn at < limit;
}
"""
PORT2_AT = """\t\t/* A lone "<a>:" line: the words are the next paragraph. */
\t\tif (en == st && pp != NULL) {
\t\t\tst = en + 2;
\t\t\tpp = memmem(s + st, limit - st, "\\n\\n", 2);
\t\t\ten = pp ? (size_t)(pp - s) : limit;
\t\t}
"""
PORT2_HOOK = """\t\t/* nfb2's port: a lone "<a>:" line or title line ending in a
\t\t * colon: the next paragraph, past its own title lines. */
\t\twhile (pp != NULL && (en == st || (nfb2_lone_intro(s + st,
\t\t    en - st) && nfb2_words_below(s, en + 2, limit)))) {
\t\t\tst = en + 2;
\t\t\twhile (st < limit && title_line(s, st, limit) != st) {
\t\t\t\tst = title_line(s, st, limit);
\t\t\t\twhile (st < limit && strchr(" \\t\\r\\n", s[st]) !=
\t\t\t\t    NULL)
\t\t\t\t\tst++;
\t\t\t\ttitled = 1;
\t\t\t}
\t\t\tpp = st < limit ? memmem(s + st, limit - st, "\\n\\n", 2) :
\t\t\t    NULL;
\t\t\ten = pp ? (size_t)(pp - s) : limit;
\t\t}
"""
PORT2 = [False]  # --port2: nfb2's change ported too (not on main)
COLS = ("recipients", "status", "class", "reason")


def run(cmd, cwd=None):
    """Run a command quietly; its stdout."""
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                          check=False).stdout


def labels(src, n):
    """The set's label rows: (file, {column: accepted values})."""
    out = []
    with open(f"{src}/bench/ndr-external{n}/labels.tsv",
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")[:5]
            want = {k: [a.strip().lower() for a in c.split("|")]
                    for k, c in zip(COLS, cells[1:])}
            out.append((cells[0], want))
    return out


def half(name):
    """The half a file falls in (bench/ndr-external-run.sh)."""
    return HALVES[zlib.crc32(name.encode()) % 2]


def batch_files(src, n, commit):
    """The names the set's labels.tsv held at commit."""
    text = run(["git", "-C", src, "show",
                f"{commit}:bench/ndr-external{n}/labels.tsv"])
    return {l.split("\t")[0] for l in text.splitlines()
            if l.strip() and not l.startswith("#")}


def port(tree):
    """nfb1's change onto an older tree (src/ndr/ndr-classify.c), and with
    --port2 nfb2's (src/ndr/ndr-diag.c) where its step exists."""
    p = f"{tree}/src/ndr/ndr-classify.c"
    c = open(p, encoding="utf-8").read()
    if "mx_ndr_list_intro(r->diagnostic" in c:
        return
    if PORT_AT not in c:
        sys.exit(f"ndr-firstrun: no place for the port in {p}")
    i = c.index("\n", c.index('#include "reason-rules.h"')) + 1
    c = c[:i] + PORT_HELPER + c[i:]
    open(p, "w", encoding="utf-8").write(c.replace(PORT_AT, PORT_HOOK, 1))
    if not PORT2[0]:
        return
    p = f"{tree}/src/ndr/ndr-diag.c"
    c = open(p, encoding="utf-8").read() if os.path.isfile(p) else ""
    if "nfb2_lone_intro" in c or PORT2_AT not in c:
        return
    i = c.index("\n", c.index('#include "reason-rules.h"')) + 1
    c = c[:i] + PORT2_HELPER + c[i:]
    open(p, "w", encoding="utf-8").write(c.replace(PORT2_AT, PORT2_HOOK, 1))


def build(src, scratch, commit, ported=False):
    """tests/unit/ndr-run built at commit (one build per src/ tree), with
    nfb1's change ported onto it when ported."""
    key = run(["git", "-C", src, "rev-parse", f"{commit}:src"]).strip()[:12]
    tree = f"{scratch}/tree-{key}" + (("-port2" if PORT2[0] else "-port")
                                      if ported else "")
    prog = f"{tree}/build/tests/unit/ndr-run"
    if os.path.isfile(prog) and not ported:
        return prog
    if ported:
        base = build(src, scratch, commit)
        if not os.path.isdir(tree):
            subprocess.run(["cp", "-a", f"{scratch}/tree-{key}", tree],
                           check=True)
            run(["./config.status"], cwd=f"{tree}/build")
        port(tree)
    else:
        subprocess.run(f"rm -rf {tree} && mkdir -p {tree} && git -C {src} "
                       f"archive {commit} | tar -x -C {tree}", shell=True,
                       check=True)
        run(["autoreconf", "-fi"], cwd=tree)
        os.makedirs(f"{tree}/build", exist_ok=True)
        run(["../configure", "-q"], cwd=f"{tree}/build")
    if subprocess.run(["make", "-j2", "tests/unit/ndr-run"],
                      cwd=f"{tree}/build", capture_output=True,
                      check=False).returncode != 0:
        sys.exit(f"ndr-firstrun: the build at {commit} failed ({tree})")
    return prog


def first_rcpt(prog, path):
    """The reader's first recipient of one bounce file (a dict)."""
    return ndr_common.first_recipient([prog, "--json", path]) or {}


def decided(prog, path):
    """What decided the first recipient's reason in today's reader
    (ndr-run --rule-hits' "step")."""
    with tempfile.NamedTemporaryFile() as hits:
        p = subprocess.run([prog, "--rule-hits", hits.name, "--json", path],
                           capture_output=True, check=False)
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        r = o.get("recipients") or [{}]
        return r[0].get("step", "-")
    return "-"


def answers(r):
    """The reader's answer per column, lower-cased."""
    st = r.get("status") or ""
    return {"recipients": (r.get("address") or "").strip().strip("<>")
            .lower(), "status": st.lower(), "class": st[:1],
            "reason": (r.get("reason") or "").lower()}


def score_set(src, scratch, n, show, today, ported):
    """One set's first-run totals by half (and with the port when
    ported); the tune half's reason misses; the port's tune-half reason
    counts (right, first-run misses it gets right, right ones it loses)."""
    rows = labels(src, n)
    got = {h: dict.fromkeys(COLS, 0) for h in HALVES}
    pgot = {h: dict.fromkeys(COLS, 0) for h in HALVES}
    cnt = dict.fromkeys(HALVES, 0)
    misses, seen, fixed, lost = [], set(), 0, 0
    for commit, batch in FIRST_RUN[n]:
        names = batch_files(src, n, batch) if batch else None
        prog = build(src, scratch, commit)
        pprog = build(src, scratch, commit, True) if ported else None
        for name, want in rows:
            if name in seen or (names is not None and name not in names):
                continue
            seen.add(name)
            h = half(name)
            cnt[h] += 1
            path = f"{src}/bench/ndr-external{n}/{name}"
            ours = answers(first_rcpt(prog, path))
            for k in COLS:
                got[h][k] += ours[k] in want[k]
            if pprog:
                pours = answers(first_rcpt(pprog, path))
                for k in COLS:
                    pgot[h][k] += pours[k] in want[k]
                if h == "tune":
                    was = ours["reason"] in want["reason"]
                    now = pours["reason"] in want["reason"]
                    fixed += now and not was
                    lost += was and not now
            if h == "tune" and ours["reason"] not in want["reason"]:
                misses.append((name, commit, want, ours, path))
    tag = f"ndr-external{n}"
    for h in HALVES:
        print(f"{tag} {h} half (first run): {cnt[h]} bounces, " +
              ", ".join(f"{k} {got[h][k]}/{cnt[h]}" for k in COLS))
        if ported:
            print(f"{tag} {h} half (first run + port): {cnt[h]} bounces, "
                  + ", ".join(f"{k} {pgot[h][k]}/{cnt[h]}" for k in COLS))
    if ported:
        print(f"{tag} tune half, the port: first-run reason misses now "
              f"right {fixed}, first-run right answers lost {lost}")
    if show:
        for name, commit, want, ours, path in misses:
            now = first_rcpt(today, path) if today else {}
            print(f"  {tag} {name} (first run {commit[:8]}): want "
                  f"{'|'.join(want['reason'])}, got {ours['reason'] or '-'}"
                  f" (status {ours['status'] or '-'})" +
                  (f"; today {now.get('reason') or '-'} by "
                   f"{decided(today, path)}" if today else ""))
    return cnt, got, pgot, len(misses), fixed, lost


def main():
    args = sys.argv[1:]
    PORT2[0] = "--port2" in args
    show, ported = "--show" in args, "--port" in args or PORT2[0]
    args = [a for a in args if a not in ("--show", "--port", "--port2")]
    today = None
    if "--build" in args:
        i = args.index("--build")
        today = os.path.abspath(args[i + 1]) + "/tests/unit/ndr-run"
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__.rsplit("\n", 1)[-1])
    src, scratch = os.path.abspath(args[0]), os.path.abspath(args[1])
    os.makedirs(scratch, exist_ok=True)
    tot = {h: dict.fromkeys(COLS, 0) for h in HALVES}
    ptot = {h: dict.fromkeys(COLS, 0) for h in HALVES}
    tn = dict.fromkeys(HALVES, 0)
    nmiss = nfixed = nlost = 0
    for n in FIRST_RUN:
        cnt, got, pgot, m, fixed, lost = score_set(src, scratch, n, show,
                                                   today, ported)
        nmiss, nfixed, nlost = nmiss + m, nfixed + fixed, nlost + lost
        for h in HALVES:
            tn[h] += cnt[h]
            for k in COLS:
                tot[h][k] += got[h][k]
                ptot[h][k] += pgot[h][k]
    for h in HALVES:
        print(f"all {h} halves (first run): {tn[h]} bounces, " +
              ", ".join(f"{k} {tot[h][k]}/{tn[h]}" for k in COLS))
        if ported:
            print(f"all {h} halves (first run + port, leave-one-set-out "
                  f"the same): {tn[h]} bounces, " +
                  ", ".join(f"{k} {ptot[h][k]}/{tn[h]}" for k in COLS))
    print(f"tune-half first-run reason misses: {nmiss}" +
          (f"; the port gets {nfixed} right and loses {nlost}"
           if ported else ""))


if __name__ == "__main__":
    main()
