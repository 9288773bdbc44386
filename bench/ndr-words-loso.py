#!/usr/bin/env python3
"""bench/ndr-words-loso.py: would the word statistics of the live reader
(reason-wordscore.c, bench/live-words-loso.py) help the BOUNCE reader
where its reason rests on little?  nb2, issue 11.

The bounce reader decides through mx_rr_decide (reason-rules.c); the
step that decided the first recipient ("step" in ndr-run --rule-hits
--json: verdict, agent, rhost, subject, pass1, pass2, status,
status_final, class, syntax, onhold, gave_up, ...) says what the answer
rests on.  Weak: no phrase and no mail system's verdict decided, only
the status's class, the reply code, the onhold default, a retryable
status alone (WEAK_NOCAUSE: class, syntax, onhold, ehlo, delayed,
delayed2, unix, mailfrom, gave_up; WEAK_ALL adds status and
status_final, a status naming a cause by itself).

Data: the first recipient's diagnostic text, reply code, status and
command (the features t-live-reason -w gives "STAGE<TAB>CODE TEXT":
the live tokenizer; no command -> stage data; no reply code -> none
parsed, the row has no features).
 - corpus (labels.tsv, first label per file): folds 0, 1, 2, 4 only;
   fold 3's files are never read, run, trained on or scored (their
   names are dropped before anything runs);
 - the external sets' TUNE halves (bench/ndr-external*/, CRC-32 of the
   file name even, as bench/ndr-external-run.sh): the blind halves are
   never run;
 - the live sets' tune halves and unit cases (live-words-loso.py).
Leave-one-fold-out over folds 0, 1, 2, 4: naive Bayes (live-words-loso
BEST: alpha 0.5, words and pairs, binary counts, no prior) trained on
the other three folds + every external tune half + the live tune halves
and unit cases, minus any text whose words are 70 % or more those of a
scored row; each weak row of fold k gets the model's answer when its
margin is >= the threshold; counts fixed (rules wrong, model right) and
broken (rules right, model wrong).  Leave-one-set-out likewise over the
external sets' tune halves (trained on the corpus's four folds, the
other sets' tune halves, the live data).
A third measure, closer to a first run: each corpus fold k read again
with the deciding rows that fire on its files alone (among folds 0, 1,
2, 4; bench-ndr's NDR_ROTATE tables, ndr-run --rule-off) turned off, as
if they had never been written; trained as above.
Usage: bench/ndr-words-loso.py [--sweep] SRCDIR BUILDDIR [CORPUS]
(make bench-ndr-words; NDR_WORDS_ARGS=--sweep)

Figures (nb2, 2026-12-06, main 84777e37's rules and table): NO GAIN.
The first recipients of folds 0, 1, 2, 4: 297 files; the external tune
halves: 220 files of 11 sets.
Weak = no cause named (class, syntax, onhold, ehlo, delayed, delayed2,
unix, mailfrom, gave_up), margin >= 8 (the live hook's WS_MARGIN):
  corpus folds:  13 weak rows, the rules right on all 13; fixed 0,
    broken 1 (fold 0: +0 -1; folds 1, 2, 4: +0 -0 on 6, 3, 3 rows);
  external tune halves: 22 weak rows (17 of them "onhold"), the rules
    right on 10; fixed 0, broken 0 (every set +0 -0; ndr-external4
    holds 12 of the rows);
  corpus folds without their own rows (about 21-27 rows off per fold):
    27 weak rows, rules right 15; fixed 0, broken 1 (fold 0 +0 -1,
    folds 1, 2, 4 +0 -0 on 11, 4, 8 rows).
  Other margins: 0: corpus +0 -9, external +2 -5, without own +2 -9;
  2: +0 -5, +1 -1, +2 -5; 4: +0 -2, +1 -0, +0 -2; 6: +0 -2, +0 -0,
  +0 -2; 10 and 12: +0 -1, +0 -0, +0 -1.
Weak = also a status alone (status, status_final), margin >= 8:
  corpus 32 weak, all right: +0 -2 (fold 0 -2); external 29 weak, 16
  right: +0 -1 (ndr-external6 -1, a 5.1.6 "recipient no longer on
  server" the words call userunknown); without own rows 54 weak, 35
  right: +0 -2.  At margin 0 the model breaks 25, 9 and 26 rows.
--sweep (training on bounces only, on live replies only, or both; the
live hook's status gate, t-live-reason -w "+", on or off; 2 x 3 x 2
settings x 7 margins): summed over the three measures the best is +1 -0
(weak incl. a status alone, trained on live replies only, gate on,
margin 8: one row of the corpus folds read without their own rows;
+0 -0 on the other two), then a dozen settings at +0 -0; every other
setting breaks more than it fixes.  One row out of 84 settings picked
after the fact is no gain to build on.
Why: the bounce reader's weak rows are few (13 of 297 corpus rows, 22 of
220 external) and are either right already (the corpus rules were
written from them) or texts that name no cause at all ("forced
failure", "delivery cancelled", "temporary failure", a mail system's
generic "could not be delivered ... permanent error", a bare "Action:
Delayed"), where the labels themselves are often "undefined|rejected"
and the model's margin is small (0-2 nats): words learnt from live
replies and other bounces carry no information there.  The rows it
does answer with a large margin are status-named causes it overrules
wrongly (5.1.6 hasmoved read as userunknown, 12-18 nats).  So no hook
was written in C (issue 11 left as it was); the step field of
ndr-run --rule-hits --json stays for the benchmarks.
A diagnostic whose text begins with its reply code is taken as it is
(the code is not put in front a second time, which would hide the
enhanced status from the tokenizer; live-words-loso.py's --corpus
still does so).  No command: stage "data".
"""
import collections
import importlib.util
import json
import os
import re
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "lw", os.path.join(HERE, "live-words-loso.py"))
lw = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lw)
sys.path.insert(0, HERE)
from ndr_common import fold  # noqa: E402

WEAK_NOCAUSE = {"class", "syntax", "onhold", "ehlo", "delayed", "delayed2",
                "unix", "mailfrom", "gave_up"}
WEAK_ALL = WEAK_NOCAUSE | {"status", "status_final"}
STAGE = {"RCPT": "rcpt", "MAIL": "mail", "CONN": "banner", "EHLO": "ehlo",
         "HELO": "ehlo", "DATA": "data"}


DECIDES = {"phrase", "word", "mta_phrase", "section_phrase", "lda", "rhost",
           "mta_detect", "giveup"}
TMP = "/tmp/nb2-ndr-words-%d" % os.getpid()


def first_rcpts(build, paths, off=None):
    """Per path the first recipient of ndr-run --rule-hits --json (with
    its "step"), or None; off: a --rule-off list."""
    out = {}
    tmp = TMP + ".hits"
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        res = subprocess.run([f"{build}/tests/unit/ndr-run", "--rule-hits",
                              tmp] + (["--rule-off", off] if off else []) +
                             ["--json"] + chunk, capture_output=True,
                             text=True, errors="replace", check=False)
        for line in res.stdout.splitlines():
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if d.get("file") in out or d.get("message", 1) != 1:
                continue
            rc = d.get("recipients") or []
            out[d["file"]] = rc[0] if rc and d.get("bounce") else None
    if os.path.exists(tmp):
        os.unlink(tmp)
    return out


def row_of(r, labels):
    """(stage, reply, labels, step, got) of a first recipient."""
    cmd = (r.get("command") or "").upper()
    code = r.get("replycode")
    text = r.get("diagnostic") or ""
    # the code in front unless the diagnostic starts with one already
    reply = "%s %s" % (code, text) if code and not re.match(
        r"\d{3}[ -]", text) else text
    return (STAGE.get(cmd, "data"), reply, labels, r.get("step") or "?",
            r.get("reason") or "")


def own_rows(build, corpus, files):
    """Per fold (not 3) the deciding rows (bench/ndr-bench.sh NDR_ROTATE's
    tables) that fire on its files alone among folds 0, 1, 2, 4 (each
    file read alone): as if they had never been written."""
    folds = collections.defaultdict(set)
    tmp = TMP + ".one"
    for x in files:
        subprocess.run([f"{build}/tests/unit/ndr-run", "--rule-hits", tmp,
                        "--json", f"{corpus}/eml/{x}"],
                       capture_output=True, check=False)
        for line in open(tmp, encoding="utf-8", errors="replace"):
            t, r, n = line.split("\t")[:3]
            if int(n) > 0 and t in DECIDES:
                folds[(t, r)].add(fold(x))
    os.unlink(tmp)
    out = collections.defaultdict(list)
    for row, ks in folds.items():
        if len(ks) == 1:
            out[next(iter(ks))].append(row)
    return out


def corpus_rows(build, corpus, without_own=False):
    """Per fold (not 3) the rows of its files; without_own: each fold read
    with its own rows off (own_rows)."""
    want = {}
    with open(f"{corpus}/labels.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            x = line.rstrip("\n").split("\t")
            want.setdefault(x[0], x[3])
    files = sorted(x for x in os.listdir(f"{corpus}/eml")
                   if x.endswith(".eml") and fold(x) != 3 and x in want)
    assert not any(fold(x) == 3 for x in files)
    if without_own:
        own = own_rows(build, corpus, files)
        got = {}
        for k in sorted({fold(x) for x in files}):
            with open(TMP + ".off", "w", encoding="utf-8") as f:
                f.write("".join("%s\t%s\n" % r for r in own[k]))
            got.update(first_rcpts(build, [f"{corpus}/eml/{x}" for x in files
                                           if fold(x) == k], TMP + ".off"))
            print(f"  fold {k}: {len(own[k])} rows of its own turned off")
        os.unlink(TMP + ".off")
    else:
        got = first_rcpts(build, [f"{corpus}/eml/{x}" for x in files])
    rows = collections.defaultdict(list)
    for x in files:
        r = got.get(f"{corpus}/eml/{x}")
        if r:
            rows[fold(x)].append(row_of(r, [want[x]]))
    return rows


def ext_rows(build, src):
    """Per external set the rows of its tune half (the blind half never
    run)."""
    out = {}
    for d in sorted(os.listdir(f"{src}/bench")):
        lab = f"{src}/bench/{d}/labels.tsv"
        if not d.startswith("ndr-external") or not os.path.exists(lab):
            continue
        want = {}
        for line in open(lab, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            x = line.rstrip("\n").split("\t")
            if zlib.crc32(x[0].encode()) % 2 == 0:
                want[x[0]] = [a.strip().lower() for a in x[4].split("|")]
        got = first_rcpts(build, [f"{src}/bench/{d}/{f}" for f in want])
        out[d] = [row_of(got[f"{src}/bench/{d}/{f}"], want[f])
                  for f in sorted(want) if got.get(f"{src}/bench/{d}/{f}")]
    return out


def model(docs, held):
    """NB of live-words-loso BEST on docs minus texts near the held rows."""
    hs = [set(lw.norm_text(r[1]).split()) for r in held]
    d = [(lw.tokens(st, t, lw.BEST), labs) for st, t, labs in docs
         if not lw.near(t, hs)]
    d = [x for x in d if x[0]]
    return lw.NB(d, lw.BEST["alpha"], 0, lw.BEST["mindf"])


def score(m, rows, thrs, steps, weak, gate=False):
    """Per threshold: weak rows, rules right, fixed, broken; and per step
    (at the first threshold of thrs) the same.  gate: only where the
    status leaves the statistics a say (t-live-reason -w "+", the live
    hook's gate)."""
    res = {t: collections.Counter() for t in thrs}
    for st, reply, labels, step, got in rows:
        steps[step]["n"] += 1
        steps[step]["right"] += got in labels
        if step not in weak or (gate and not lw.GATE.get((st, reply))):
            continue
        ok = got in labels
        ans, margin = lw.verdict(m, st, reply, lw.BEST)
        for t in thrs:
            c = res[t]
            c["weak"] += 1
            c["rules"] += ok
            c["feats"] += ans is not None
            if ans is None or margin < t or ans == got:
                continue
            c["fixed"] += (not ok) and ans in labels
            c["broken"] += ok and ans not in labels
            c["changed"] += 1
            if t == thrs[0]:
                steps[step]["fixed"] += (not ok) and ans in labels
                steps[step]["broken"] += ok and ans not in labels
    return res


def fmt(c):
    """One tally as text."""
    return (f"weak {c['weak']} (with features {c['feats']}), rules right "
            f"{c['rules']}: fixed {c['fixed']}, broken {c['broken']} "
            f"(changed {c['changed']})")


def main():
    args = [a for a in sys.argv[1:] if a != "--sweep"]
    src, build = args[0], args[1]
    corpus = args[2] if len(args) > 2 else \
        "/work/shared/corpus/bounces"
    live = [r for n in lw.SETS for r in lw.tune_rows(src, n)]
    units = lw.unit_cases(src)
    crows = corpus_rows(build, corpus)
    orows = corpus_rows(build, corpus, without_own=True)
    orows = {"%d without its own rows" % k: v for k, v in orows.items()}
    erows = ext_rows(build, src)
    lw.featurize(f"{build}/tests/unit/t-live-reason",
                 [r[:2] for r in live + units] +
                 [r[:2] for rows in list(crows.values()) +
                  list(erows.values()) + list(orows.values())
                  for r in rows])
    thrs = (8, 0, 2, 4, 6, 10, 12)
    groups_all = (("corpus fold", crows), ("external set", erows),
                  ("corpus fold", orows))

    def run(weak, groups, source, gate, steps, show):
        """Leave-one-group-out over groups; totals per threshold."""
        tot = {t: collections.Counter() for t in thrs}
        for k in sorted(groups):
            train = [r[:3] for r in live + units] if source != "bounces" \
                else []
            for g, rows in list(crows.items()) + list(erows.items()):
                # fold numbers and set names never meet; a fold read
                # without its own rows trains on the other folds
                if source != "live" and g != k and not (
                        isinstance(k, str) and k.startswith("%s " % g)):
                    train += [r[:3] for r in rows]
            m = model(train, groups[k])
            res = score(m, groups[k], thrs, steps, weak, gate)
            for t in thrs:
                tot[t].update(res[t])
            if show:
                print(f"  {show} {k} (margin 8): {fmt(res[8])}")
        return tot

    if "--sweep" in sys.argv:
        for wname, weak in (("nocause", WEAK_NOCAUSE), ("all", WEAK_ALL)):
            for title, groups in groups_all:
                for source in ("all", "bounces", "live"):
                    for gate in (False, True):
                        tot = run(weak, groups, source, gate,
                                  collections.defaultdict(
                                      collections.Counter), None)
                        print(f"weak={wname} {title}s"
                              f"{' w/o own' if groups is orows else ''} "
                              f"train={source} gate={int(gate)}: weak "
                              f"{tot[8]['weak']} rules right "
                              f"{tot[8]['rules']}: " + " ".join(
                                  f"{t}:+{tot[t]['fixed']}-"
                                  f"{tot[t]['broken']}"
                                  for t in sorted(thrs)))
        return
    for wname, weak in (("no cause named", WEAK_NOCAUSE),
                        ("no cause or status alone", WEAK_ALL)):
        print(f"== weak steps: {wname} ({', '.join(sorted(weak))})")
        for title, groups in groups_all:
            steps = collections.defaultdict(collections.Counter)
            tot = run(weak, groups, "all", False, steps, title)
            for t in thrs:
                print(f"  {title}s, margin >= {t}: {fmt(tot[t])}")
            print(f"  {title}s, per step (rows, rules right; margin 8: "
                  "fixed/broken where weak):")
            for s, c in sorted(steps.items(), key=lambda x: -x[1]["n"]):
                print(f"    {s:13s} {c['n']:4d} {c['right']:4d}  "
                      f"+{c['fixed']} -{c['broken']}")

if __name__ == "__main__":
    main()
