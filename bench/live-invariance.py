#!/usr/bin/env python3
"""bench/live-invariance.py (inv1, issue 12): does the live verdict hold
when a reply changes its FORM, not its words?

Real providers' replies differ from the held-out rows more in form than in
wording: Gmail spreads one refusal over "550-5.7.1 ..." continuation lines,
Microsoft appends its front end, a time and a request ID in brackets, many
append a help link, a queue or session ID, our address in brackets,
Postfix's "(in reply to RCPT TO command)" wraps a quoted reply, some write
the whole reply in capitals.  A verdict that changes under such a change is
a generalisation bug: this bench applies each transform of the fixed list
TRANSFORMS (below) to every row it reads and compares the classifier's
verdict on the transformed reply with its verdict on the reply as written.

Rows: TUNE data only -- the tune half (CRC-32 of the reply text as written
in the file even, as LIVE_HALF=tune in tests/unit/t-live-reason.c) of every
bench/live-heldout*.tsv except the sets blind whole (7 and 10); never a
blind row.  Then the unit cases of tests/unit/t-live-reason (its -l list).
Each reply goes through the reply parser and mx_reason_live_at as a live
one does (t-live-reason -r: one verdict per row), without the exchanger
(--host: with the one a row's provider column names, as LIVE_HOST=1).

Every value a transform adds is neutral: documentation addresses
(192.0.2.x, RFC 5737), example.org hosts, a link whose path names no cause
(/kb/12345), IDs of hex digits, a fixed time.  A transform that leaves a
row's text as it was does not count that row, nor does any transform
count a row the reply parser cannot read as written (a quoted "550-..."
with no last line).

Prints, per transform and for the tune rows and the unit cases apart: the
rows it changed the text of, how many kept their verdict, how many did not
(right->wrong, wrong->right, and wrong->another wrong).  --show lists the
rows whose verdict changed (tune rows and unit cases only: no blind row is
ever read).  --only NAME runs one transform.

Usage: bench/live-invariance.py [--show] [--host] [--only NAME]
       T-LIVE-REASON SRCDIR"""
import os
import re
import subprocess
import sys
import zlib

BLIND_WHOLE = {"7", "10"}
LINE = re.compile(r"^([2-5][0-9][0-9])([- ]?)(.*)$")
STATUS = re.compile(r"^([245]\.[0-9]{1,3}\.[0-9]{1,3})(?: |$)")
# The command Postfix names in "(in reply to ... command)" for a stage.
COMMAND = {"ehlo": "EHLO", "helo": "HELO", "mail": "MAIL FROM",
           "rcpt": "RCPT TO", "data": "end of DATA", "starttls": "STARTTLS"}
URL = "https://help.example.org/kb/12345"


def split_reply(text):
    """(code, status, [line bodies]) of a reply with "\\n" marks; the
    status is the first line's, dropped from every line that repeats it."""
    code, esc, bodies = None, "", []
    for i, line in enumerate(text.split("\\n")):
        m = LINE.match(line)
        if m is None:
            bodies.append(line)
            continue
        code = code or m.group(1)
        body = m.group(3)
        s = STATUS.match(body)
        if i == 0 and s:
            esc = s.group(1)
        if esc and s and s.group(1) == esc:
            body = body[len(esc):].lstrip(" ")
        bodies.append(body)
    return code, esc, bodies


def join_reply(code, esc, bodies, repeat=True):
    """A reply of code, status and line bodies: continuation lines
    "CODE-" then "CODE " (RFC 5321 §4.2.1), the status on every line
    (RFC 2034 §3) or, repeat=False, on the first only."""
    out = []
    for i, body in enumerate(bodies):
        sep = " " if i == len(bodies) - 1 else "-"
        st = esc + " " if esc and (repeat or i == 0) else ""
        out.append(f"{code}{sep}{st}{body}".rstrip(" "))
    return "\\n".join(out)


def wrap(words_text, width):
    """The text cut at spaces into lines of about width characters, at
    least two when it has two words."""
    words = words_text.split()
    if len(words) < 2:
        return [words_text]
    width = min(width, max(1, len(words_text) // 2))
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


def rewrap(repeat):
    """Transform: the reply's words spread over continuation lines."""
    def t(code, esc, bodies, stage):
        return join_reply(code, esc, wrap(" ".join(bodies), 60), repeat)
    return t


def append(suffix):
    """Transform: suffix appended to the last line."""
    def t(code, esc, bodies, stage):
        return join_reply(code, esc, bodies[:-1] + [bodies[-1] + suffix])
    return t


def in_reply_to(code, esc, bodies, stage):
    """Transform: Postfix's "(in reply to X command)" after the reply."""
    if stage not in COMMAND:
        return None
    return append(f" (in reply to {COMMAND[stage]} command)")(
        code, esc, bodies, stage)


def recode(fn):
    """Transform: every line body passed through fn."""
    def t(code, esc, bodies, stage):
        return join_reply(code, esc, [fn(b) for b in bodies])
    return t


def rcpt_prefix(code, esc, bodies, stage):
    """Transform: Postfix's "<address>: " before a RCPT refusal's text."""
    if stage != "rcpt" or "<" in bodies[0][:2]:
        return None
    return join_reply(code, esc, ["<user@example.org>: " + bodies[0]] +
                      bodies[1:])


# The fixed list: name, what it does (as a real receiver writes it), how.
TRANSFORMS = [
    ("continuation", "Gmail: the words over 550-5.7.1 continuation lines, "
     "the status on each", rewrap(True)),
    ("continuation-bare", "the words over 550- continuation lines, the "
     "status on the first only (Exim, Postfix)", rewrap(False)),
    ("ms-stamp", "Microsoft: [front end, time, request ID] appended",
     append(" [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com "
            "2026-12-06T10:00:00.000Z 08DC1A2B3C4D5E6F]")),
    ("host-stamp", "[host time ID] appended, a neutral host",
     append(" [mx1.example.org 2026-12-06T10:00:00.000Z 08DC1A2B3C4D5E6F]")),
    ("help-url", "a help link appended", append(" " + URL)),
    ("angle-url", "a help link in angle brackets appended",
     append(f" <{URL}>")),
    ("more-info", "\"For more information see LINK\" appended",
     append(f". For more information see {URL}")),
    ("queue-id", "a queue ID appended (Exim, Proofpoint)",
     append(" id=1a2B3c-000XyZ-4q")),
    ("session-id", "a session ID in parentheses appended",
     append(" (session 7A9B3C1D2E4F)")),
    ("our-ip", "our address in brackets appended", append(" [192.0.2.10]")),
    ("date-stamp", "an RFC 5322 date in parentheses appended",
     append(" (Sun, 06 Dec 2026 10:00:00 +0000)")),
    ("in-reply-to", "Postfix's \"(in reply to RCPT TO command)\" appended",
     in_reply_to),
    ("rcpt-prefix", "Postfix's \"<address>: \" before a RCPT refusal",
     rcpt_prefix),
    ("upper", "the whole reply in capitals", recode(str.upper)),
    ("lower", "the whole reply in small letters", recode(str.lower)),
    ("no-period", "no full stop at a line's end",
     recode(lambda b: b[:-1] if b.endswith(".") else b)),
    ("spaces", "two spaces between words", recode(lambda b: b.replace(
        " ", "  "))),
]


def host_of(provider):
    """The exchanger a provider column names ("yahoo (mta7.x.net)")."""
    m = re.search(r"\(([^)]*\.[^)]*)\)", provider)
    return m.group(1) if m else "-"


def tune_rows(src):
    """(set, provider, stage, reply, labels) of every tune row."""
    bench = os.path.join(src, "bench")
    names = sorted(f for f in os.listdir(bench)
                   if re.fullmatch(r"live-heldout[0-9]*\.tsv", f))
    for name in names:
        n = name[len("live-heldout"):-len(".tsv")]
        if n in BLIND_WHOLE:
            continue
        with open(os.path.join(bench, name), encoding="utf-8",
                  errors="surrogateescape") as f:
            for line in f:
                if line[0] in "#\n":
                    continue
                fl = line.rstrip("\n").split("\t")
                if zlib.crc32(fl[2].encode("utf-8", "surrogateescape")) \
                        % 2 != 0:
                    continue    # the blind half: never read further
                yield ("set" + (n or "1"), fl[0], fl[1], fl[2],
                       fl[3].lstrip("?"))


def unit_rows(binary):
    """(set, who, stage, reply, labels) of t-live-reason's unit cases."""
    out = subprocess.run([binary, "-l"], capture_output=True, check=True,
                         text=True, errors="surrogateescape").stdout
    for line in out.splitlines():
        f = line.split("\t")
        yield ("unit", f[0], f[1], f[2], f[3])


def verdicts(binary, rows, use_host):
    """The live verdict of each (stage, provider, reply) row."""
    text = "".join(f"{st}\t{host_of(p) if use_host else '-'}\t{r}\n"
                   for p, st, r in rows)
    out = subprocess.run([binary, "-r"], input=text, capture_output=True,
                         check=True, text=True,
                         errors="surrogateescape").stdout
    return out.splitlines()


def one_of(labels, got):
    """Whether got is one of the "|"-separated labels."""
    return labels == "-" or got in labels.split("|")


def main():
    args = sys.argv[1:]
    show = "--show" in args
    use_host = "--host" in args
    only = None
    if "--only" in args:
        only = args[args.index("--only") + 1]
        args.remove(only)
    args = [a for a in args if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[-1])
    binary, src = args
    groups = {"tune": list(tune_rows(src)), "unit": list(unit_rows(binary))}
    base = {g: verdicts(binary, [(r[1], r[2], r[3]) for r in rows],
                        use_host) for g, rows in groups.items()}
    print(f"live verdicts under changes of form (tune rows "
          f"{len(groups['tune'])}, unit cases {len(groups['unit'])}"
          f"{', with the exchanger' if use_host else ''}); per transform: "
          f"rows changed, verdict same, changed (right->wrong, "
          f"wrong->right, wrong->wrong)")
    total = {g: [0, 0, 0, 0, 0] for g in groups}
    shown = []
    for name, what, fn in TRANSFORMS:
        if only is not None and name != only:
            continue
        cols = []
        for g, rows in groups.items():
            todo = []
            for i, (st_, who, stage, reply, labels) in enumerate(rows):
                code, esc, bodies = split_reply(reply)
                new = fn(code, esc, bodies, stage) if code else None
                if new is None or new == reply or base[g][i] == "-":
                    continue    # unchanged, or unparsable as written
                todo.append((i, new))
            after = verdicts(binary, [(rows[i][1], rows[i][2], new)
                                      for i, new in todo], use_host)
            c = [len(todo), 0, 0, 0, 0]
            for (i, new), got in zip(todo, after):
                was, labels = base[g][i], rows[i][4]
                if got == was:
                    c[1] += 1
                    continue
                if one_of(labels, was):
                    c[2] += 1
                elif one_of(labels, got):
                    c[3] += 1
                else:
                    c[4] += 1
                shown.append(f"#   {name} {rows[i][0]} {rows[i][1]} "
                             f"{rows[i][2]}: want {labels}, {was} -> {got}"
                             f" | {new[:300]}")
            for k in range(5):
                total[g][k] += c[k]
            cols.append(f"{g} {c[0]:4d} same {c[1]:4d} changed "
                        f"{c[2] + c[3] + c[4]:3d} ({c[2]}/{c[3]}/{c[4]})")
        print(f"{name:18s} " + "   ".join(cols))
    print(f"{'all':18s} " + "   ".join(
        f"{g} {c[0]:4d} same {c[1]:4d} changed {c[2] + c[3] + c[4]:3d} "
        f"({c[2]}/{c[3]}/{c[4]})" for g, c in total.items()))
    if show:
        print("\n".join(shown))
    for name, what, fn in TRANSFORMS:
        if only is None or name == only:
            print(f"# {name}: {what}")


if __name__ == "__main__":
    main()
