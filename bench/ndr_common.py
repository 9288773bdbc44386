"""bench/ndr_common.py: what the Python benchmarks of the bounce reader
share: the fold of a corpus file, as bench/ndr-bench.sh computes it (so
that the held-out fold stays unread), the first failed recipient
mxscope reads in each file, and (bench/ndr-forward.py, bench/ndr-quote.py)
what a mail client shows of a bounce a user passes on."""
import datetime
import email
import email.policy
import email.utils
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zlib


def fold(name):
    """The fold of a file: FNV-1a (32 bits) of its name, mod 5."""
    h = 2166136261
    for c in name.encode():
        h ^= c
        h = (h * 16777619) % 4294967296
    return h % 5


def first_recipient(argv):
    """The first recipient (a dict) of the first JSON report line that
    the command argv (a reader run with --json on one file) prints, or
    None when it names none."""
    p = subprocess.run(argv, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL, check=False)
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        r = o.get("recipients") or []
        return r[0] if r else None
    return None


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


def strip_html(s):
    """HTML to text, as a client's plain-text view does."""
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", s)
    s = re.sub(r"<[^>]*>", "", s)
    return html.unescape(s)


def part_text(part):
    """A leaf part's content as text (undecodable charsets replaced)."""
    try:
        return part.get_content()
    except Exception:
        raw = part.get_payload(decode=True) or b""
        return raw.decode("utf-8", "replace")


def shown_body(msg):
    """What a mail client shows of a bounce, as text."""
    out, html_only = [], []

    def walk(p):
        ct = p.get_content_type()
        if ct in ("message/delivery-status",
                    "message/global-delivery-status"):
            pl = p.get_payload()
            if isinstance(pl, list):
                out.append("\n".join(g.as_string().rstrip("\n") + "\n"
                                     for g in pl))
            else:
                out.append(str(pl))
        elif ct in ("message/rfc822", "message/global"):
            pl = p.get_payload()
            inner = pl[0] if isinstance(pl, list) and pl else None
            if inner is not None:
                out.append("".join("%s: %s\n" % (k, v)
                                   for k, v in inner.items()))
        elif p.is_multipart():
            for s in p.get_payload():
                walk(s)
        elif ct in ("text/rfc822-headers", "message/global-headers"):
            out.append(part_text(p))
        elif ct == "text/html":
            html_only.append(strip_html(part_text(p)))
        elif p.get_content_maintype() == "text":
            out.append(part_text(p))

    walk(msg)
    if not any(o.strip() for o in out[:1]) and html_only:
        out.insert(0, html_only[0])
    text = "\n".join(o.rstrip("\n") + "\n" for o in out)
    return text.replace("\r\n", "\n")


def hdr(msg, name):
    """A header field of msg, decoded, on one line ("" if none)."""
    try:
        v = msg.get(name)
    except Exception:
        v = None
    return re.sub(r"\s+", " ", str(v)).strip() if v is not None else ""


def pseudo(msg):
    """The original's From (display form), name, address, Subject, To,
    and its date in the forms the clients write."""
    frm, subj, to = hdr(msg, "From"), hdr(msg, "Subject"), hdr(msg, "To")
    name, addr = email.utils.parseaddr(frm)
    try:
        d = email.utils.parsedate_to_datetime(hdr(msg, "Date"))
    except Exception:
        d = None
    if d is None:
        d = datetime.datetime(2026, 12, 4, 10, 15)
    disp = ("%s <%s>" % (name, addr)) if name and addr else frm
    return {
        "from": disp, "name": name or addr, "addr": addr, "subj": subj,
        "to": to or "jane@example.org",
        "gmail": d.strftime("%a, %b %-d, %Y at %-I:%M %p"),
        "outlook": d.strftime("%A, %B %-d, %Y %-I:%M %p"),
        "de": d.strftime("%d.%m.%Y %H:%M"),
        "fr": d.strftime("%d/%m/%Y %H:%M"),
        "es": d.strftime("%d/%m/%Y %H:%M"),
        "tb": d.strftime("%a, %d %b %Y %H:%M:%S"),
        "apple": d.strftime("%B %-d, %Y at %-I:%M:%S %p"),
        "yahoo": d.strftime("%A, %B %-d, %Y, %-I:%M:%S %p"),
        "rfc": hdr(msg, "Date"),
    }


def quote(text, prefix="> "):
    """Every line of text quoted."""
    return "".join((prefix + l).rstrip(" ") + "\n"
                   for l in text.split("\n"))


def read_all(mx, paths):
    """mxscope's JSON object per file (by path)."""
    got = {}
    for i in range(0, len(paths), 200):
        chunk = paths[i:i + 200]
        out = subprocess.run([mx, "--ndr", "--offline", "--json"] + chunk,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for line in out.stdout.decode("utf-8", "replace").splitlines():
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if o.get("message", 1) == 1:
                got[o["file"]] = o
    return got


def first(o):
    """(address, reason) of the first recipient of a JSON object."""
    r = (o or {}).get("recipients") or []
    if not (o or {}).get("bounce") or not r:
        return None
    return (r[0].get("address", "").strip("<>").lower(), r[0].get("reason", ""))


def score(mx, fmt, made, orig, base, nb, listfmt, said):
    """How the messages of layout fmt read with mx against its readings of
    the originals (orig): counts of agreement, and of those whose JSON has
    the field said; listfmt lists the misses."""
    got = read_all(mx, list(made[fmt].values()))
    c = {"n": 0, "both": 0, "addr": 0, "rsn": 0, "said": 0}
    for f in base:
        o = got.get(made[fmt][f])
        a, b = first(orig[f]), first(o)
        c["n"] += 1
        c["addr"] += b is not None and a is not None and a[0] == b[0]
        c["rsn"] += b is not None and a is not None and a[1] == b[1]
        c["both"] += a == b
        c["said"] += bool((o or {}).get(said))
        if listfmt == fmt and a != b:
            print("    %s: %s -> %s" % (os.path.basename(f), a, b))
    c["nb"] = sum(1 for f in nb if f in made[fmt] and
                  not (got.get(made[fmt][f]) or {}).get("bounce"))
    return c


def tuning_files(name, corpus, sets, folds=(0, 1, 2, 4)):
    """The files a benchmark may read: the corpus's bounces and
    non-bounces of the tuning folds (fold 3 dropped by its name before
    anything is opened) and the tune half (CRC-32 of the name even, as
    bench/ndr-external-run.sh splits them) of each external set's
    labels.tsv; (bounces, non-bounces) as paths."""
    if 3 in folds:
        sys.exit("%s: fold 3 is held out: never read" % name)
    files, nb = [], []
    for f in sorted(os.listdir(os.path.join(corpus, "eml"))):
        if f.endswith(".eml") and fold(f) in folds:
            files.append(os.path.join(corpus, "eml", f))
    for f in sorted(os.listdir(os.path.join(corpus, "not-bounce"))):
        if f.endswith(".eml") and fold(f) in folds:
            nb.append(os.path.join(corpus, "not-bounce", f))
    for d in sets:
        for line in open(os.path.join(d, "labels.tsv"), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            f = line.split("\t")[0]
            if zlib.crc32(f.encode()) % 2 == 0:
                files.append(os.path.join(d, f))
    return files, nb


def passed_on_bench(argv, name, title, formats, make, said, said_col):
    """The benchmark of bounces a user passes on (bench/ndr-forward.py,
    bench/ndr-quote.py): argv as their usage says; each bounce (and
    non-bounce) of the tuning files made into each layout of formats by
    make(fmt, raw, msg) -> bytes, read, and scored per layout against the
    reading of the original; said: the JSON field that tells it."""
    folds, listfmt, before = {0, 1, 2, 4}, None, None
    while argv and argv[0].startswith("--"):
        if argv[0] == "--folds":
            folds = {int(x) for x in argv[1].split(",")}
        elif argv[0] == "--list":
            listfmt = argv[1]
        elif argv[0] == "--before":
            before = argv[1]
        argv = argv[2:]
    mx, corpus, sets = argv[0], argv[1], argv[2:]
    files, nb = tuning_files(name, corpus, sets, folds)
    tmp = tempfile.mkdtemp(prefix=name + ".")
    made = {fmt: {} for fmt in formats}
    skipped = 0
    for path in files + nb:
        raw = open(path, "rb").read()
        # What a client opens: no blank lines or mailbox "From " line
        # before the header (the reader skips them too).
        raw = re.sub(rb"\A[ \t\r\n]*(?:From [^\n]*\n)?", b"", raw)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if not shown_body(msg).strip():
                raise ValueError("nothing to show")
            for fmt in formats:
                out = os.path.join(tmp, "%s--%s" % (fmt, os.path.basename(path)))
                with open(out, "wb") as w:
                    w.write(make(fmt, raw, msg))
                made[fmt][path] = out
        except Exception:
            skipped += 1
    print("%s: %d bounces (corpus folds %s and the "
          "external sets' tune halves), %d non-bounces; %d left out (Python's "
          "email package reads no text in them)"
          % (title, len(files), ",".join(map(str, sorted(folds))), len(nb), skipped))
    orig = read_all(mx, files + nb)
    old = read_all(before, files + nb) if before else None
    base = [f for f in files if first(orig.get(f)) is not None and
            f in made[formats[0]]]
    print("  %-13s %13s %13s %13s %13s %11s%s" % (
        "format", "both", "address", "reason", said_col, "non-bounce",
        " %13s" % "before" if before else ""))
    tot = [0, 0, 0]
    for fmt in formats:
        c = score(mx, fmt, made, orig, base, nb, listfmt, said)
        tot[0] += c["both"]
        tot[1] += c["n"]
        col = ""
        if before:
            b = score(before, fmt, made, old, base, nb, None, said)
            tot[2] += b["both"]
            col = " %13s" % ("%d/%d" % (b["both"], b["n"]))
        print("  %-13s %13s %13s %13s %13s %11s%s" % (
            fmt, "%d/%d" % (c["both"], c["n"]), "%d/%d" % (c["addr"], c["n"]),
            "%d/%d" % (c["rsn"], c["n"]), "%d/%d" % (c["said"], c["n"]),
            "%d/%d" % (c["nb"], len(nb)), col))
    print("  all formats: %d/%d = %.1f%% agree on first recipient and reason"
          % (tot[0], tot[1], 100.0 * tot[0] / (tot[1] or 1)))
    if before:
        print("  before (%s): %d/%d = %.1f%%" % (before, tot[2], tot[1],
              100.0 * tot[2] / (tot[1] or 1)))
    shutil.rmtree(tmp)
