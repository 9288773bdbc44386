"""bench/heldout-dedupe.py: is a candidate held-out text new to the
classifier?  Normalises each candidate text and every held place the same
way (lower case; reply codes, enhanced status codes and "NNN-" continuation
prefixes taken off; "\\n" escapes, quotes, punctuation and white space
squeezed, so a reply stored broken over continuation lines or a C string
split over source lines reads as one run of words; addresses, IPs, hosts,
URLs, dates and any word holding a digit made placeholders) and reports,
per candidate, the held place that shares most of its text: an exact
containment ("held"), else the share of its 6-word runs found in one held
file ("near" at --near or more, else "new"), naming the file and line;
a held text of fewer than four words is only "short" (a phrase such as
"mailbox full" that any rule table holds says nothing of its source).

Candidates: a .tsv in the live held-out sets' columns (provider, stage,
reply, reasons, source; "#" lines skipped; each row is FILE:LINE), .eml
files (a whole bounce notice, held only when every paragraph of three
words or more of its shown text is: template sentences, Diagnostic-Code
values and the replies it quotes, up to the returned message; header and
delivery-status field lines without a code left out; its SCORE the share
of its words in held paragraphs), or "-" (stdin, one text).  Held places: the tree's bench/, tests/ (not
tests/fuzz/, machine-made seeds), src/, man/ and po/ (--root, default the
tree holding this script; --at COMMIT reads them from git as they were at
that commit), and with --corpus DIR the corpus's bounces, fold 3 left out
by name before any file is opened (bench/ndr_common.py's fold).
--exclude PATH (repeatable; a file or a folder, relative to the tree)
leaves a file or folder out; a candidate file in the tree is always left
out.  Output: one line per candidate,
"NAME<TAB>held|near|short|new<TAB>SCORE<TAB>FILE:LINE<TAB>TEXT" (TEXT the
normalised candidate, cut), then a total line on stderr.
Usage: bench/heldout-dedupe.py [--root DIR] [--at COMMIT] [--corpus DIR]
       [--exclude PATH]... [--near 0.8] CANDIDATE...   (or: make heldout-dedupe)
"""
import email
import email.policy
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ndr_common import fold  # noqa: E402

N = 6                      # words in an overlap run
MIN_WORDS = 4              # a held text shorter is only "short"
HELD_DIRS = ("bench", "tests", "src", "man", "po")
SKIP_DIRS = ("tests/fuzz/",)
SKIP_EXT = (".png", ".gz", ".ico", ".jpg", ".pdf", ".mo", ".bin")
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"

SUBS = [
    (re.compile(r"\\[nrt]"), " "),                        # "\n" escapes
    (re.compile(r"\\f(?:\(..|\[[^]]*\]|.)|\\\(..|\\[-&|^e]"), " "),  # troff
    (re.compile(r"(?:https?|ftp)://[^\s\"'<>)\]]+"), " _url_ "),
    (re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)*"), " _addr_ "),
    (re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])"), " _ip_ "),
    (re.compile(r"(?<![\w:])(?=[0-9a-f:]*:[0-9a-f]*:)(?=[0-9a-f:]*[a-f])"
                r"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])"), " _ip_ "),
    (re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+"
                r"[a-z]{3}[a-z]*\s+\d{2,4}(?:\s+\d\d:\d\d(?::\d\d)?)?"
                r"(?:\s+[+-]\d{4})?"), " _date_ "),
    (re.compile(r"\b\d{4}-\d\d-\d\d(?:[t ]\d\d:\d\d(?::\d\d)?)?"), " _date_ "),
    (re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\b"),
     " _host_ "),
    (re.compile(r"(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])"), " "),
    (re.compile(r"(?<![\w.])[245]\d\d(?=[\s\-,;:)\"]|$)"), " "),
]
TOKEN = re.compile(r"_(?:url|addr|ip|date|host)_|[%s]|[^\W_%s]+" % (CJK, CJK))


def tokens_of_line(s):
    """The normalised words of one line of text."""
    s = s.lower()
    for rx, to in SUBS:
        s = rx.sub(to, s)
    return [sys.intern("#" if any(c.isdigit() for c in w) else w)
            for w in TOKEN.findall(s)]


def tokens(text):
    """(words, line of each word) of a text: its normalised words as one
    run (a run of words holding digits made one "#")."""
    out, lines = [], []
    for n, line in enumerate(text.split("\n"), 1):
        for w in tokens_of_line(line):
            if w == "#" and out and out[-1] == "#":
                continue
            out.append(w)
            lines.append(n)
    return out, lines


def shown_text(raw):
    """The text a bounce notice shows: its text parts and delivery-status
    fields, decoded (the returned original message left out)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []

    def walk(p):
        ct = p.get_content_type()
        if ct in ("message/rfc822", "text/rfc822-headers"):
            return
        if p.is_multipart() or ct.startswith("message/"):
            for q in (p.get_payload() or []):
                if isinstance(q, email.message.Message):
                    if ct == "message/delivery-status":
                        out.append(q.as_string() + "\n")
                    else:
                        walk(q)
            return
        if ct.startswith("text/") or ct == "application/octet-stream":
            b = p.get_payload(decode=True) or b""
            cs = p.get_content_charset() or "utf-8"
            try:
                t = b.decode(cs, "replace")
            except LookupError:
                t = b.decode("utf-8", "replace")
            if ct == "text/html":
                t = re.sub(r"<[^>]*>", " ", t)
            out.append(t)
    walk(msg)
    if not out:
        out.append(raw.decode("utf-8", "replace"))
    return "\n\n".join(out)


CODE_LINE = re.compile(r"(?<![\w.])(?:[45]\d\d(?:[ -]|$)|[45]\.\d{1,3}\.\d{1,3})")
FIELD = re.compile(r"^([A-Za-z][\w-]*(?: [\w-]+){0,2}):(?:\s+(.*))?$")
CUT = re.compile(r"^(?:-{2,}.*(?:copy of|original message|returned message|"
                 r"undelivered message|message follows|headers? follow)|"
                 r"this is a copy of the message|below this line is a copy)",
                 re.I)


def paragraphs(text):
    """The paragraphs of a notice's shown text that say something: blocks
    of lines between blank ones, up to the returned message's copy;
    header and delivery-status field lines dropped unless they carry a
    reply or status code (a Diagnostic-Code's value kept, unfolded)."""
    out, cur = [], []
    for line in text.split("\n"):
        s = line.strip()
        if CUT.search(s):
            break
        m = FIELD.match(s)
        if not s or (m and m.group(1).lower() != "diagnostic-code"
                     and not CODE_LINE.search(m.group(2) or "")):
            if cur:
                out.append(" ".join(cur))
            cur = []
            continue
        if m and m.group(1).lower() == "diagnostic-code":
            if cur:
                out.append(" ".join(cur))
            cur, s = [], m.group(2) or ""
        cur.append(s)
    if cur:
        out.append(" ".join(cur))
    return out


def read_text(name, data):
    """The text of a held file (a bounce notice's shown text, decoded)."""
    if b"\0" in data[:8192]:
        return None
    if name.endswith(".eml"):
        return shown_text(data)
    return data.decode("utf-8", "replace")


def held_paths(names):
    """The held places among repository paths."""
    for p in names:
        if p.split("/")[0] in HELD_DIRS and not p.startswith(SKIP_DIRS) \
                and not p.endswith(SKIP_EXT):
            yield p


def tree_files(root):
    """(path, bytes) of the held places in the working tree at root."""
    r = subprocess.run(["git", "-C", root, "ls-files", "--"] + list(HELD_DIRS),
                       capture_output=True, text=True)
    names = r.stdout.split("\n") if r.returncode == 0 else [
        os.path.relpath(os.path.join(d, f), root)
        for top in HELD_DIRS for d, _, fs in os.walk(os.path.join(root, top))
        for f in fs]
    for p in held_paths(n for n in names if n):
        try:
            with open(os.path.join(root, p), "rb") as fh:
                yield p, None, fh.read()
        except OSError:
            pass


def git_files(root, commit):
    """(path, blob id, bytes) of the held places as they were at commit."""
    r = subprocess.run(["git", "-C", root, "ls-tree", "-r", commit, "--"] +
                       list(HELD_DIRS), capture_output=True, text=True,
                       check=True)
    want = {}
    for line in r.stdout.split("\n"):
        if "\t" in line:
            meta, p = line.split("\t", 1)
            if meta.split()[1] == "blob":
                want[p] = meta.split()[2]
    paths = list(held_paths(sorted(want)))
    for p in paths:
        yield p, want[p], None


BLOBS = {}


def blob_tokens(root, p, blob, data):
    """The words and lines of one held file (cached by blob id)."""
    key = blob or (root, p)
    if key in BLOBS:
        return BLOBS[key]
    if data is None:
        data = subprocess.run(["git", "-C", root, "cat-file", "blob", blob],
                              capture_output=True, check=True).stdout
    text = read_text(p, data)
    BLOBS[key] = tokens(text) if text is not None else ([], [])
    return BLOBS[key]


def corpus_files(corpus):
    """(path, None, bytes) of the corpus's bounces and non-bounces, fold 3
    left out by its name before the file is opened."""
    if not os.path.isdir(os.path.join(corpus, "eml")):
        sys.stderr.write("heldout-dedupe: no corpus at %s\n" % corpus)
    for sub in ("eml", "not-bounce"):
        d = os.path.join(corpus, sub)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if fold(f) == 3:
                continue
            with open(os.path.join(d, f), "rb") as fh:
                yield "corpus/%s/%s" % (sub, f), None, fh.read()


class Candidate:
    """One candidate text: its name and the word runs that are checked
    (a reply: one; a notice: each paragraph of three words or more, all
    of which must be held for the notice to be)."""

    def __init__(self, name, texts):
        self.name = name
        self.runs = [t for t in (tokens(x)[0] for x in texts) if t]
        if len(texts) > 1 or name.endswith(".eml"):
            self.runs = [t for t in self.runs if len(t) >= 3]
        self.runs.sort(key=len, reverse=True)


def candidates(path):
    """The candidates a file (or "-") holds."""
    if path == "-":
        return [Candidate("-", [sys.stdin.read()])]
    if path.endswith(".eml"):
        with open(path, "rb") as fh:
            return [Candidate(path, paragraphs(shown_text(fh.read())))]
    out = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            out.append(Candidate("%s:%d" % (path, n), [f[2] if len(f) > 2
                                                        else f[0]]))
    return out


def grams(ws, k):
    """The k-word runs of a word list."""
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def score(cands, files, root, excluded):
    """For each candidate run: (verdict, score, place) against files."""
    runs = []                  # (candidate index, words)
    for ci, c in enumerate(cands):
        for ws in c.runs:
            runs.append((ci, ws))
    index, ngrams = {}, [0] * len(runs)
    for ri, (ci, ws) in enumerate(runs):
        if len(ws) >= N:
            gs = grams(ws, N)
            ngrams[ri] = len(gs)
            for g in gs:
                index.setdefault(g, []).append(ri)
    short = [ri for ri, (_, ws) in enumerate(runs) if len(ws) < N]
    best = [(0.0, None) for _ in runs]
    exact = [None] * len(runs)
    for p, blob, data in files:
        if any(p == e or p.startswith(e.rstrip("/") + "/") for e in excluded):
            continue
        ws, ls = blob_tokens(root, p, blob, data)
        if not ws:
            continue
        hits = {}
        for i in range(len(ws) - N + 1):
            g = tuple(ws[i:i + N])
            for ri in index.get(g, ()):
                h = hits.setdefault(ri, [set(), i])
                h[0].add(g)
        joined = None
        for ri, (gs, first) in hits.items():
            sc = len(gs) / float(ngrams[ri])
            if exact[ri] is None and sc >= 1.0:
                joined = joined or " %s " % " ".join(ws)
                at = joined.find(" %s " % " ".join(runs[ri][1]))
                if at >= 0:
                    exact[ri] = "%s:%d" % (p, ls[joined.count(" ", 0, at)])
            if sc > best[ri][0]:
                best[ri] = (sc, exact[ri] if exact[ri] and exact[ri].startswith(
                    p + ":") else "%s:%d" % (p, ls[first]))
        for ri in short:
            if exact[ri] is not None:
                continue
            joined = joined or " %s " % " ".join(ws)
            at = joined.find(" %s " % " ".join(runs[ri][1]))
            if at >= 0:
                exact[ri] = "%s:%d" % (p, ls[joined.count(" ", 0, at)])
                best[ri] = (1.0, exact[ri])
    return runs, best, exact


def main(argv):
    root, at, corpus, excluded, near, paths = HERE + "/..", None, None, [], 0.8, []
    while argv:
        a = argv.pop(0)
        if a in ("--root", "--at", "--corpus", "--exclude", "--near"):
            v = argv.pop(0)
            if a == "--root":
                root = v
            elif a == "--at":
                at = v
            elif a == "--corpus":
                corpus = v
            elif a == "--exclude":
                excluded.append(v)
            else:
                near = float(v)
        else:
            paths.append(a)
    if not paths:
        sys.exit(__doc__.strip().split("Usage: ")[1])
    root = os.path.abspath(root)
    excluded = [os.path.relpath(os.path.abspath(e), root) if os.path.exists(e)
                else e for e in excluded]
    for p in paths:            # a candidate file is no held place of its own
        rel = os.path.relpath(os.path.abspath(p), root)
        if p != "-" and not rel.startswith("..") and rel not in excluded:
            excluded.append(rel)
    cands = [c for p in paths for c in candidates(p)]
    verdicts = audit(cands, root, at, corpus, excluded, near)
    count = {}
    for c, (v, sc, where) in zip(cands, verdicts):
        count[v] = count.get(v, 0) + 1
        text = " ".join(c.runs[0]) if c.runs else ""
        print("%s\t%s\t%.2f\t%s\t%.100s" % (c.name, v, sc, where or "-", text))
    sys.stderr.write("heldout-dedupe: %d candidates: %d held, %d near, "
                     "%d short, %d new\n"
                     % (len(cands), count.get("held", 0), count.get("near", 0),
                        count.get("short", 0), count.get("new", 0)))


def audit(cands, root, at, corpus, excluded, near=0.8):
    """The verdict, score and place of each candidate against the held
    places (the tree at root, or at commit at; the corpus if given)."""
    files = list(git_files(root, at) if at else tree_files(root))
    keep = {b for _, b, _ in files if b}
    for k in [k for k in BLOBS if k not in keep]:
        del BLOBS[k]
    if corpus:
        files += list(corpus_files(corpus))
    runs, best, exact = score(cands, files, root, excluded)
    per = [[] for _ in cands]
    for ri, (ci, ws) in enumerate(runs):
        if exact[ri] is not None:
            per[ci].append(("held", 1.0, exact[ri], len(ws)))
        else:
            per[ci].append(("near" if best[ri][0] >= near else "new",
                            best[ri][0], best[ri][1], len(ws)))
    out = []
    for vs in per:             # every run held: the candidate is
        if not vs:
            out.append(("new", 0.0, None))
            continue
        kinds = {v[0] for v in vs}
        kind = "new" if "new" in kinds else "near" if "near" in kinds \
            else "held"
        words = sum(v[3] for v in vs)
        if kind != "new" and words < MIN_WORDS:
            kind = "short"     # a phrase any rule table holds
        share = sum(v[3] * (v[1] if v[0] != "new" else 0) for v in vs)
        out.append((kind, vs[0][1] if len(vs) == 1 else share / words,
                    vs[0][2]))
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
