#!/usr/bin/env python3
"""bench/ndr-uu-filtered.py: does a structural property of a bounce tell the
corpus's `userunknown` labels from its `filtered` ones, among bounces whose
text says the user is unknown but names no SMTP command (issue 11)?

For every labelled file of the tuning folds (0, 1, 2, 4 by default; fold =
FNV-1a 32-bit of the file name mod 5, as bench/ndr-bench.sh computes it;
fold 3 is held out and never read) whose first recipient is labelled
userunknown or filtered and for which our reader finds no SMTP command,
print the features:
  fam     mail-system family (file name lhost-X / rhost-X)
  dsn     the bounce has a message/delivery-status part
  st      Status of the first DSN recipient block ("-" if none)
  act     its Action
  dtype   type of its Diagnostic-Code (smtp, x-unix, ...), "-" if none
  rmta    it names a Remote-MTA
  ours_st our status (`mxscope --ndr --offline --json`); "*" if inferred
  rc      our reply code
  uu      unknown-user words in our diagnostic (d) or only elsewhere
          in the bounce's own text (t), "-" none
then, per candidate rule "feature says userunknown", how many of each group
it puts right.  Standard library only.

Usage: bench/ndr-uu-filtered.py [--folds 0,1,2,4] [--all] [--labels A,B]
           MXSCOPE CORPUS
  --all     also list files whose text has no unknown-user words
  --labels  the two labels to compare (default userunknown,filtered; the
            first is the one the candidate rules say when true); with
            other labels every no-command file is listed (--all)
"""
import email
import email.policy
import json
import os
import re
import subprocess
import sys

from ndr_common import fold

UU = re.compile(
    r"user unknown|unknown user|no such user|unknown recipient|"
    r"recipient unknown|no such (?:recipient|mailbox|address)|"
    r"does(?:n't| not) exist|not exist|invalid recipient|"
    r"(?:user|mailbox|recipient|address) (?:was )?not found|"
    r"unknown (?:local[- ]part|address|mailbox)|not a valid (?:user|mailbox|recipient)|"
    r"no mailbox|mailbox unavailable|unrouteable address|"
    r"is not a known user|unknown or illegal alias|no longer (?:a valid|available)|"
    r"invalid (?:mailbox|address|user)|address rejected|user not listed|"
    r"couldn't be found|could not be found|not listed in|unknown alias|"
    r"no account|account (?:has been )?(?:disabled|removed)|user doesn't have")


def dsn_fields(msg):
    """Per-recipient fields of the first recipient block of the first
    message/delivery-status part (RFC 3464 §2.3), or None."""
    for part in msg.walk():
        ct = part.get_content_type()
        if ct not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            # The email package parses the DSN's groups as messages.
            groups = [dict((k.lower(), str(v)) for k, v in g.items()) for g in payload]
        else:
            raw = payload if isinstance(payload, str) else ""
            groups = []
            for blk in re.split(r"\n\s*\n", raw.replace("\r", "")):
                g = {}
                for line in re.sub(r"\n[ \t]+", " ", blk).split("\n"):
                    if ":" in line:
                        k, v = line.split(":", 1)
                        g.setdefault(k.strip().lower(), v.strip())
                if g:
                    groups.append(g)
        rcpt = [g for g in groups if "final-recipient" in g or "action" in g or "status" in g]
        return rcpt[0] if rcpt else {}
    return None


def own_text(msg):
    """The bounce's own text parts, not the returned message."""
    out = []

    def walk(p):
        ct = p.get_content_type()
        if ct in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
            return
        if p.is_multipart():
            for s in p.get_payload():
                if isinstance(s, email.message.Message):
                    walk(s)
            return
        if p.get_content_maintype() == "text":
            try:
                out.append(p.get_content())
            except Exception:
                b = p.get_payload(decode=True) or b""
                out.append(b.decode("latin-1"))
    walk(msg)
    return "\n".join(out).lower()


def family(name):
    m = re.match(r"((?:lhost|rhost)-[a-z0-9]+)", name)
    return m.group(1) if m else name.split("-")[0]


def main(argv):
    folds = {0, 1, 2, 4}
    show_all = False
    pair = ["userunknown", "filtered"]
    args = []
    i = 1
    while i < len(argv):
        if argv[i] == "--folds":
            folds = {int(x) for x in argv[i + 1].split(",")}
            i += 2
            continue
        if argv[i] == "--labels":
            pair = argv[i + 1].split(",")
            i += 2
            continue
        if argv[i] == "--all":
            show_all = True
        else:
            args.append(argv[i])
        i += 1
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    if 3 in folds:
        sys.stderr.write("fold 3 is held out\n")
        return 2
    mxscope, corpus = args
    if pair != ["userunknown", "filtered"]:
        show_all = True
    A, B = pair
    want = {}
    with open(os.path.join(corpus, "labels.tsv")) as f:
        next(f)
        for line in f:
            row = line.rstrip("\n").split("\t")
            want.setdefault(row[0], row)
    files = sorted(n for n, r in want.items()
                   if fold(n) in folds and r[3] in (A, B))
    paths = [os.path.join(corpus, "eml", n) for n in files]
    out = subprocess.run([mxscope, "--ndr", "--offline", "--json"] + paths,
                         capture_output=True, text=True).stdout
    ours = {}
    for line in out.splitlines():
        o = json.loads(line)
        ours[os.path.basename(o["file"])] = o
    rows = []
    for n in files:
        o = ours.get(n, {})
        r = (o.get("recipients") or [{}])[0]
        if r.get("command", ""):
            continue
        with open(os.path.join(corpus, "eml", n), "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.compat32)
        d = dsn_fields(msg)
        diag = r.get("diagnostic", "").lower()
        uu = "d" if UU.search(diag) else "t" if UU.search(own_text(msg)) else "-"
        if uu == "-" and not show_all:
            continue
        st = (d or {}).get("status", "-").split()[0] if (d or {}).get("status") else "-"
        dc = (d or {}).get("diagnostic-code", "")
        rows.append(dict(
            file=n, label=want[n][3], ours=r.get("reason", "?"), fam=family(n),
            dsn="y" if d is not None else "n", st=st,
            act=((d or {}).get("action", "-").split() or ["-"])[0].lower(),
            dtype=dc.split(";")[0].strip().lower() if ";" in dc else "-",
            rmta="y" if (d or {}).get("remote-mta") else "n",
            ours_st=r.get("status", "") + ("*" if r.get("status_inferred") else ""),
            rc=str(r.get("replycode") or 0), uu=uu))
    cols = ["file", "label", "ours", "dsn", "st", "act", "dtype", "rmta", "ours_st", "rc", "uu"]
    print("\t".join(cols))
    for x in sorted(rows, key=lambda x: (x["label"], x["fam"], x["file"])):
        print("\t".join(x[c] for c in cols))
    uu_n = sum(x["label"] == A for x in rows)
    fi_n = len(rows) - uu_n
    print("\n# %d rows: %s %d, %s %d (folds %s)"
          % (len(rows), A, uu_n, B, fi_n, ",".join(map(str, sorted(folds)))))
    print("# ours right: %d" % sum(x["label"] == x["ours"] for x in rows))
    def x51(x):
        return x["ours_st"].startswith("5.1.") and not x["ours_st"].endswith("*")

    def own(x):
        return x["rc"] == "0"

    cands = [
        ("dsn part present", lambda x: x["dsn"] == "y"),
        ("DSN Status 5.1.1", lambda x: x["st"] == "5.1.1"),
        ("DSN Status 5.1.x", lambda x: x["st"].startswith("5.1.")),
        ("our status 5.1.x", lambda x: x["ours_st"].startswith("5.1.")),
        ("DSN Status not 5.0.0/none", lambda x: x["st"] not in ("-", "5.0.0")),
        ("Diagnostic-Code type smtp", lambda x: x["dtype"] == "smtp"),
        ("Diagnostic-Code present", lambda x: x["dtype"] != "-"),
        ("Remote-MTA present", lambda x: x["rmta"] == "y"),
        ("reply code present", lambda x: x["rc"] != "0"),
        ("words in diagnostic", lambda x: x["uu"] == "d"),
        ("explicit 5.1.x (ours, not inferred)", x51),
        ("own failure (no reply code)", own),
        ("explicit 5.1.x, or own failure", lambda x: x51(x) or own(x)),
        ("explicit 5.1.x, or own & no DSN", lambda x: x51(x) or (own(x) and x["dsn"] == "n")),
        ("lhost family", lambda x: x["fam"].startswith("lhost-")),
    ]
    print("\n# rule (says %s when true)\t%s right/%d\t%s right/%d\ttotal/%d"
          % (A, A, uu_n, B, fi_n, len(rows)))
    for name, f in cands:
        a = sum(1 for x in rows if x["label"] == A and f(x))
        b = sum(1 for x in rows if x["label"] == B and not f(x))
        print("%-34s\t%d\t%d\t%d" % (name, a, b, a + b))
    print("\n# per family: %s / %s" % (A, B))
    fams = {}
    for x in rows:
        fams.setdefault(x["fam"], [0, 0])[x["label"] == B] += 1
    for k in sorted(fams):
        print("%-24s %d / %d" % (k, fams[k][0], fams[k][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
