#!/usr/bin/env python3
"""bench/ndr-forward.py: is the bounce reader's answer the same when a
user forwards the bounce to the helpdesk (issue 11)?

Each bounce of the tuning folds of the corpus (fold = FNV-1a 32-bit of the
file name mod 5, as bench/ndr-bench.sh computes it; fold 3 is held out and
never read) and of the tune halves of the external sets (CRC-32 of the
file name mod 2 == 0, as bench/ndr-external-run.sh splits them) is wrapped in
the forward formats of the common mail clients, written under a temporary
directory, and read by `mxscope --ndr --offline --json`.  Invariance: the
first recipient (address) and its reason of the forwarded form equal those
of the original.  Printed per format: N/M agreeing on both (and on the
address alone, the reason alone, "forwarded" reported), over the originals
that read as a bounce with a recipient; an original in which Python's
email package finds no text to show is left out (and counted).  The not-bounce/ files of the
tuning folds are forwarded too: each must stay "not a bounce".

The formats (how each client lays out a forward, as they write it):
  gmail        "---------- Forwarded message ---------", From/Date/Subject/To
  gmail-html   the same as Gmail's HTML-only part (gmail_quote div)
  outlook      "-----Original Message-----", From: N [mailto:A]/Sent/To/Subject
  outlook-new  "________________________________" rule, From/Sent/To/Subject
  outlook-html HTML only: <hr> and the bold From/Sent/To/Subject block
  outlook-de   "-----Ursprüngliche Nachricht-----", Von/Gesendet/An/Betreff
  outlook-fr   "-----Message d'origine-----", De :/Envoyé :/À :/Objet :
  outlook-es   "-----Mensaje original-----", De:/Enviado:/Para:/Asunto:
  thunderbird  "-------- Forwarded Message --------", Subject/Date/From/To
  apple        "Begin forwarded message:", From/Subject/Date/To
  yahoo        "----- Forwarded Message -----", From/To/Sent/Subject
  quoted       a Gmail forward with every line quoted "> "
  mutt         "----- Forwarded message from N <A> -----" ... "----- End
               forwarded message -----", its header and body quoted "> "
  fwd-fwd      a Gmail forward of an Outlook forward of the bounce
  attach       the bounce attached as message/rfc822 under the user's text
The forwarded body is what the client shows of the bounce: its text parts
(HTML reduced to text when it has no plain one), the delivery-status part
as text and the returned message's header.

Usage: bench/ndr-forward.py [--folds 0,1,2,4] [--list FORMAT]
           [--before OLD_MXSCOPE] MXSCOPE CORPUS [EXTERNAL_SET...]
  --list FORMAT  also list the tuning files whose FORMAT form disagrees
  --before OLD   also the same figure for another build (e.g. main's), each
                 reader against its own reading of the originals
Standard library only.
"""
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

from ndr_common import fold

USER = "Jane Doe <jane@example.org>"
HELPDESK = "helpdesk@example.org"
SAY = "Hi, my mail did not arrive, can you check?"
FORMATS = ("gmail", "gmail-html", "outlook", "outlook-new", "outlook-html",
           "outlook-de", "outlook-fr", "outlook-es", "thunderbird", "apple",
           "yahoo", "quoted", "mutt", "fwd-fwd", "attach")


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
        import datetime
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


def inline(fmt, p, body):
    """The forward block of format fmt (plain text) for pseudo-fields p."""
    if fmt == "gmail":
        return ("---------- Forwarded message ---------\nFrom: %s\n"
                "Date: %s\nSubject: %s\nTo: %s\n\n\n%s"
                % (p["from"], p["gmail"], p["subj"], p["to"], body))
    if fmt == "outlook":
        f = "%s [mailto:%s]" % (p["name"], p["addr"]) if p["addr"] else p["from"]
        return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n"
                "Subject: %s\n\n%s" % (f, p["outlook"], p["to"], p["subj"], body))
    if fmt == "outlook-new":
        return ("________________________________\nFrom: %s\nSent: %s\n"
                "To: %s\nSubject: %s\n\n%s"
                % (p["from"], p["outlook"], p["to"], p["subj"], body))
    if fmt == "outlook-de":
        return ("-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\n"
                "An: %s\nBetreff: %s\n\n%s"
                % (p["from"], p["de"], p["to"], p["subj"], body))
    if fmt == "outlook-fr":
        return ("-----Message d'origine-----\nDe\u00a0: %s\nEnvoyé\u00a0: %s\n"
                "À\u00a0: %s\nObjet\u00a0: %s\n\n%s"
                % (p["from"], p["fr"], p["to"], p["subj"], body))
    if fmt == "outlook-es":
        return ("-----Mensaje original-----\nDe: %s\nEnviado: %s\n"
                "Para: %s\nAsunto: %s\n\n%s"
                % (p["from"], p["es"], p["to"], p["subj"], body))
    if fmt == "thunderbird":
        return ("-------- Forwarded Message --------\nSubject: \t%s\n"
                "Date: \t%s\nFrom: \t%s\nTo: \t%s\n\n\n\n%s"
                % (p["subj"], p["tb"], p["from"], p["to"], body))
    if fmt == "apple":
        return ("Begin forwarded message:\n\nFrom: %s\nSubject: %s\n"
                "Date: %s\nTo: %s\n\n%s"
                % (p["from"], p["subj"], p["apple"], p["to"], body))
    if fmt == "yahoo":
        return ("----- Forwarded Message -----\nFrom: %s\nTo: %s\n"
                "Sent: %s\nSubject: %s\n\n%s"
                % (p["from"], p["to"], p["yahoo"], p["subj"], body))
    if fmt == "quoted":
        return quote(inline("gmail", p, body))
    if fmt == "mutt":
        return ("----- Forwarded message from %s -----\n\n%s\n"
                "----- End forwarded message -----\n"
                % (p["from"], quote("Date: %s\nFrom: %s\nTo: %s\nSubject: %s\n\n%s"
                                    % (p["rfc"], p["from"], p["to"], p["subj"], body))))
    if fmt == "fwd-fwd":
        bob = {"from": "Robin Roe <robin.roe@forward.example>",
               "name": "Robin Roe", "addr": "robin.roe@forward.example", "subj": "FW: " + p["subj"],
               "to": "jane@example.org", "gmail": p["gmail"]}
        return inline("gmail", bob, "FYI, this came back.\n\n" +
                      inline("outlook", p, body))
    raise ValueError(fmt)


def html_block(fmt, p, body):
    """The HTML-only forms."""
    e = html.escape
    # Lines joined by <br>, the source not wrapped (as Gmail and Outlook
    # on the web write a plain-text message's lines).
    b = "<br>".join(html.escape(l, quote=False) for l in body.split("\n"))
    if fmt == "gmail-html":
        return ('<div dir="ltr">%s</div><br><div class="gmail_quote">'
                '<div dir="ltr" class="gmail_attr">---------- Forwarded '
                'message ---------<br>From: <strong class="gmail_sendername" '
                'dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:'
                '%s">%s</a>&gt;</span><br>Date: %s<br>Subject: %s<br>To: '
                '%s<br></div><br><br>%s</div>\n'
                % (e(SAY), e(p["name"]), e(p["addr"]), e(p["addr"]),
                   e(p["gmail"]), e(p["subj"]), e(p["to"]), b))
    return ('<html><body><div dir="ltr"><div>%s</div></div><hr style='
            '"display:inline-block;width:98%%" tabindex="-1"><div id='
            '"divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
            'style="font-size:11pt" color="#000000"><b>From:</b> %s<br>'
            '<b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</font>'
            '<div>&nbsp;</div></div><div>%s</div></body></html>\n'
            % (e(SAY), e(p["from"]), e(p["outlook"]), e(p["to"]),
               e(p["subj"]), b))


def forward(fmt, raw, msg):
    """The user's message forwarding the bounce raw (bytes) in format fmt."""
    p = pseudo(msg)
    prefix = {"outlook": "FW: ", "outlook-new": "FW: ", "outlook-html": "FW: ",
              "outlook-de": "WG: ", "outlook-fr": "TR: ", "outlook-es": "RV: ",
              "fwd-fwd": "Fwd: FW: "}.get(fmt, "Fwd: ")
    head = ("From: %s\r\nTo: %s\r\nSubject: %s%s\r\nDate: Fri, 04 Dec 2026 "
            "10:20:00 +0000\r\nMessage-ID: <fwd-%s@example.org>\r\n"
            "MIME-Version: 1.0\r\n" % (USER, HELPDESK, prefix, p["subj"], fmt))
    if fmt == "attach":
        return (head.encode() + b"Content-Type: multipart/mixed; "
                b"boundary=\"fwd-b1\"\r\n\r\n--fwd-b1\r\nContent-Type: text/plain;"
                b" charset=utf-8\r\n\r\n" + SAY.encode() + b"\r\n\r\n--fwd-b1\r\n"
                b"Content-Type: message/rfc822\r\nContent-Disposition: attachment;"
                b" filename=\"bounce.eml\"\r\n\r\n" + raw.replace(b"\r\n", b"\n")
                .replace(b"\n", b"\r\n") + b"\r\n--fwd-b1--\r\n")
    body = shown_body(msg)
    if fmt in ("gmail-html", "outlook-html"):
        text, ct = html_block(fmt, p, body), "text/html"
    else:
        text, ct = SAY + "\n\n" + inline(fmt, p, body), "text/plain"
    return (head + "Content-Type: %s; charset=utf-8\r\nContent-Transfer-"
            "Encoding: 8bit\r\n\r\n" % ct).encode() + \
        text.replace("\n", "\r\n").encode("utf-8", "replace")


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


def score(mx, fmt, made, orig, base, nb, listfmt):
    """How the forwards of layout fmt read with mx against its readings of
    the originals (orig): counts of agreement; listfmt lists the misses."""
    got = read_all(mx, list(made[fmt].values()))
    c = {"n": 0, "both": 0, "addr": 0, "rsn": 0, "said": 0}
    for f in base:
        o = got.get(made[fmt][f])
        a, b = first(orig[f]), first(o)
        c["n"] += 1
        c["addr"] += b is not None and a is not None and a[0] == b[0]
        c["rsn"] += b is not None and a is not None and a[1] == b[1]
        c["both"] += a == b
        c["said"] += bool((o or {}).get("forwarded"))
        if listfmt == fmt and a != b:
            print("    %s: %s -> %s" % (os.path.basename(f), a, b))
    c["nb"] = sum(1 for f in nb if f in made[fmt] and
                  not (got.get(made[fmt][f]) or {}).get("bounce"))
    return c


def main(argv):
    folds, listfmt, before = {0, 1, 2, 4}, None, None
    while argv and argv[0].startswith("--"):
        if argv[0] == "--folds":
            folds = {int(x) for x in argv[1].split(",")}
        elif argv[0] == "--list":
            listfmt = argv[1]
        elif argv[0] == "--before":
            before = argv[1]
        argv = argv[2:]
    if 3 in folds:
        sys.exit("ndr-forward: fold 3 is held out: never read")
    mx, corpus, sets = argv[0], argv[1], argv[2:]
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
    tmp = tempfile.mkdtemp(prefix="ndr-forward.")
    made = {fmt: {} for fmt in FORMATS}
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
            for fmt in FORMATS:
                out = os.path.join(tmp, "%s--%s" % (fmt, os.path.basename(path)))
                with open(out, "wb") as w:
                    w.write(forward(fmt, raw, msg))
                made[fmt][path] = out
        except Exception:
            skipped += 1
    print("Forwarded bounces (issue 11): %d bounces (corpus folds %s and the "
          "external sets' tune halves), %d non-bounces; %d left out (Python's "
          "email package reads no text in them)"
          % (len(files), ",".join(map(str, sorted(folds))), len(nb), skipped))
    orig = read_all(mx, files + nb)
    old = read_all(before, files + nb) if before else None
    base = [f for f in files if first(orig.get(f)) is not None and
            f in made[FORMATS[0]]]
    print("  %-13s %13s %13s %13s %13s %11s%s" % (
        "format", "both", "address", "reason", "said fwd", "non-bounce",
        " %13s" % "before" if before else ""))
    tot = [0, 0, 0]
    for fmt in FORMATS:
        c = score(mx, fmt, made, orig, base, nb, listfmt)
        tot[0] += c["both"]
        tot[1] += c["n"]
        col = ""
        if before:
            b = score(before, fmt, made, old, base, nb, None)
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


if __name__ == "__main__":
    main(sys.argv[1:])
