#!/usr/bin/env python3
"""bench/ndr-form.py: is the bounce reader's answer the same when the
bounce comes in another FORM, as one mail system's bounces do from site
to site (issue 11)?

The bounces are those of bench/ndr-forward.py (ndr_common.tuning_files:
the corpus's tuning folds 0, 1, 2, 4, fold = FNV-1a 32-bit of the file
name mod 5, fold 3 dropped by its name before anything is opened; the
external sets' tune halves).  Each is re-written by every transform below
(Python's email package, policy compat32 so that what a transform does
not touch keeps its bytes), written under a temporary directory and read
by `mxscope --ndr --offline --json`.  Invariance: the first recipient's
address, status and reason equal those of the original.  The "notice" is
the first text/* leaf outside a returned message (the whole body when
the bounce is not multipart).  Every transform keeps the meaning:
  identity   parsed and written back unchanged (the control)
  qp         the notice in quoted-printable
  base64     the notice in base64
  crlf       every line end CRLF
  lf         every line end LF
  utf8       the notice's charset utf-8, 8bit
  latin1     the notice's charset iso-8859-1, quoted-printable
  iso2022jp  the notice's charset iso-2022-jp (7bit)
  fold40     header fields of the message and of the delivery-status part
             (Diagnostic-Code, X-Postfix-*, ...) folded before column 40
             (RFC 5322 §2.2.3: CRLF inserted before white space)
  unfold     the same fields unfolded, each on one line
  dsn-text   the message/delivery-status part typed text/plain
  dsn-base64 the delivery-status part's body in base64 (as some gateways
             send it; RFC 6533 §6.2 allows it for the global form)
  html       the notice HTML only (text/html, lines ended by <br>, a
             line's leading spaces and runs of spaces as &nbsp; so that
             the text shown keeps its layout)
  alt        the notice as multipart/alternative: text/plain and text/html
  lowercase  header field names in lower case (message, parts, DSN)
  uppercase  header field names in upper case
  typecase   media types, subtypes and parameter names in upper case
             (MULTIPART/REPORT; REPORT-TYPE=delivery-status, MESSAGE/
             DELIVERY-STATUS, TEXT/PLAIN; CHARSET=...: RFC 2045 §5.1,
             case-insensitive), the values as they were
  xheaders   extra X- fields in the header and each DSN block
  subject2047 the Subject RFC 2047 encoded (UTF-8, base64)
A file a transform cannot apply to (a pasted text with no header -- none
of its leading "fields" a message header field, e.g. delivery-status
fields pasted alone, which only the field-name and X- field transforms
keep as they are --, no notice, a notice not encodable in
the charset, no delivery-status part for fold40/unfold/dsn-text, or for
fold40/unfold one whose body holds lines that are no fields, which the
email package would re-write as fields) is left
out of that transform's row (M counts the rest).

Usage: bench/ndr-form.py [--show] [--only T1,T2] MXSCOPE CORPUS
           [EXTERNAL_SET...]
  --show   list the files (tuning folds / tune halves only) whose answer
           changed, per transform, with both answers
Standard library only.
"""
import base64
import copy
import email
import email.charset
import email.header
import email.policy
import html
import os
import quopri
import re
import shutil
import sys
import tempfile
from email.generator import BytesGenerator
from email.message import Message
from io import BytesIO

from ndr_common import read_all, tuning_files

P = email.policy.compat32
TRANSFORMS = ("identity", "qp", "base64", "crlf", "lf", "utf8", "latin1",
              "iso2022jp", "fold40", "unfold", "dsn-text", "dsn-base64", "html", "alt",
              "lowercase", "uppercase", "typecase", "xheaders",
              "subject2047")
DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")


class NotApplicable(Exception):
    """The transform does not apply to this file."""


def to_bytes(msg):
    """The message written back (no From-mangling, no refolding)."""
    b = BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0,
                   policy=P).flatten(msg)
    return b.getvalue()


def notice(msg):
    """(parent, index, part) of the notice: the first text/* leaf outside
    a returned message; parent None when it is the message itself."""
    def walk(p):
        if p.get_content_maintype() == "message":
            return None
        if p.is_multipart():
            for i, s in enumerate(p.get_payload()):
                if not s.is_multipart() and s.get_content_maintype() == "text":
                    return (p, i, s)
                r = walk(s) if s.is_multipart() else None
                if r:
                    return r
        return None
    if not msg.is_multipart():
        if msg.get_content_maintype() != "text":
            raise NotApplicable
        return (None, 0, msg)
    r = walk(msg)
    if r is None:
        raise NotApplicable
    return r


def notice_text(part):
    """The notice's text, decoded by its charset (NotApplicable if not)."""
    raw = part.get_payload(decode=True) or b""
    cs = part.get_content_charset() or "us-ascii"
    try:
        return raw.decode(cs)
    except (LookupError, UnicodeDecodeError):
        raise NotApplicable


def set_body(part, data, cs, cte):
    """The part's body replaced by data (bytes) in charset cs, encoded
    by cte (7bit, 8bit, quoted-printable, base64)."""
    del part["Content-Transfer-Encoding"]
    if cte == "base64":
        s = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        s = quopri.encodestring(data).decode("ascii")
    else:
        s = data.decode("ascii", "surrogateescape")
    part.set_payload(s)
    part["Content-Transfer-Encoding"] = cte
    if "Content-Type" not in part:
        part["Content-Type"] = "text/plain"
    part.set_param("charset", cs)


def recode(msg, cs, cte):
    """The notice re-encoded in charset cs by cte."""
    _, _, part = notice(msg)
    text = notice_text(part)
    try:
        data = text.encode(cs)
    except UnicodeEncodeError:
        raise NotApplicable
    set_body(part, data, cs, cte)


def replace(msg, parent, i, new):
    """The notice (parent's i-th part, or the message) replaced by new."""
    if parent is not None:
        parent.get_payload()[i] = new
        return msg
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        del msg[k]
    for k, v in new.items():
        msg[k] = v
    msg.set_payload(new.get_payload())
    return msg


def html_part(text):
    """text as an HTML part (UTF-8, quoted-printable)."""
    h = "<html><body><div>%s</div></body></html>\n" % "<br>\n".join(
        re.sub(r"(?<![^ ]) | (?= )", "&nbsp;", html.escape(l))
        for l in text.replace("\r\n", "\n").split("\n"))
    p = Message()
    p["Content-Type"] = "text/html"
    set_body(p, h.encode("utf-8"), "utf-8", "quoted-printable")
    return p


def dsn_parts(msg):
    """The delivery-status parts of the message (not of returned ones)."""
    out = []

    def walk(p):
        for s in p.get_payload():
            if s.get_content_type() in DSN_TYPES:
                out.append(s)
            elif s.is_multipart():
                walk(s)
    if msg.is_multipart():
        walk(msg)
    return out


def headers_of(msg):
    """Every header block a transform of fields touches: the message's,
    its parts' outside returned messages, the DSN blocks."""
    out = [msg]

    def walk(p):
        if not p.is_multipart():
            return
        for s in p.get_payload():
            out.append(s)
            if s.get_content_type() in DSN_TYPES:
                pl = s.get_payload()
                if isinstance(pl, list):
                    out.extend(pl)
            elif s.is_multipart():
                walk(s)
    walk(msg)
    return out


def refold(v, width):
    """A field value unfolded (RFC 5322 §2.2.3) and, when width, folded
    again before white space so that no line passes width."""
    v = re.sub(r"\r?\n(?=[ \t])", "", v)
    if not width:
        return v
    out, line = [], ""
    for w in re.split(r"(?=[ \t])", v):
        if line and len(line) + len(w) > width and w[:1] in (" ", "\t"):
            out.append(line)
            line = w
        else:
            line += w
    out.append(line)
    return "\n".join(out)


def set_fields(block, fn):
    """Every field of a header block passed through fn(name, value)."""
    block._headers = [fn(k, v) for k, v in block._headers]


# Fields of a message's header (RFC 5322 §3.6, RFC 2045 §3-§5, the
# delivery fields of RFC 5321 §4.4 and RFC 9228): a pasted block whose
# "fields" are none of them (the delivery-status fields of RFC 3464 §2.2,
# §2.3 pasted without the message around them) is text, not a header.
MESSAGE_FIELDS = re.compile(
    r"(?i)^(from|sender|reply-to|to|cc|bcc|date|subject|message-id|"
    r"in-reply-to|references|comments|keywords|received|return-path|"
    r"delivered-to|mime-version|content-[a-z-]+)$")


def is_message(msg):
    """Whether the parsed header is a message's: one of its fields at
    least is a message header field (not only pasted DSN fields)."""
    return any(MESSAGE_FIELDS.match(k) for k in msg.keys())


def transform(t, raw):
    """raw (bytes) re-written by transform t."""
    if t == "crlf":
        return re.sub(rb"\r?\n", b"\r\n", raw)
    if t == "lf":
        if b"\r\n" not in raw:
            raise NotApplicable
        return raw.replace(b"\r\n", b"\n")
    msg = email.message_from_bytes(raw, policy=P)
    if not msg.keys() and t not in ("identity", "lowercase", "uppercase"):
        raise NotApplicable  # a pasted text, no header: no MIME form
    if not is_message(msg) and t not in ("identity", "lowercase", "uppercase",
                                         "xheaders"):
        raise NotApplicable  # pasted DSN fields: X- fields join them, no MIME
    if t == "qp":
        _, _, part = notice(msg)
        set_body(part, part.get_payload(decode=True) or b"",
                 part.get_content_charset() or "us-ascii", "quoted-printable")
    elif t == "base64":
        _, _, part = notice(msg)
        set_body(part, part.get_payload(decode=True) or b"",
                 part.get_content_charset() or "us-ascii", "base64")
    elif t == "utf8":
        recode(msg, "utf-8", "8bit")
    elif t == "latin1":
        recode(msg, "iso-8859-1", "quoted-printable")
    elif t == "iso2022jp":
        recode(msg, "iso-2022-jp", "7bit")
    elif t in ("fold40", "unfold"):
        if not dsn_parts(msg) or any(
                g.defects for d in dsn_parts(msg)
                for g in (d.get_payload() if isinstance(d.get_payload(), list)
                          else [])):
            raise NotApplicable  # words, not fields: not re-foldable
        w = 40 if t == "fold40" else 0
        for b in headers_of(msg):
            set_fields(b, lambda k, v: (k, refold(v, w)
                                        if isinstance(v, str) else v))
    elif t in ("dsn-text", "dsn-base64"):
        parts, retype = dsn_parts(msg), []
        if not parts:
            raise NotApplicable
        for d in parts:
            body = b"".join(to_bytes(g) if i == len(d.get_payload()) - 1
                            else to_bytes(g) + b"\n"
                            for i, g in enumerate(d.get_payload())) \
                if isinstance(d.get_payload(), list) else \
                (d.get_payload(decode=True) or b"")
            if t == "dsn-base64":
                # The generator writes message/* from parsed blocks only:
                # a placeholder type, put back in the bytes below.
                ct = re.sub(r"\r?\n", "\n", d.get("Content-Type"))
                holder = "text/x-ndr-form-%d" % len(retype)
                retype.append((holder, ct))
                del d["Content-Type"]
                del d["Content-Transfer-Encoding"]
                d["Content-Type"] = holder
                d["Content-Transfer-Encoding"] = "base64"
                d.set_payload(base64.encodebytes(body).decode("ascii"))
                continue
            del d["Content-Type"]
            d["Content-Type"] = "text/plain"
            d.set_payload(body.decode("ascii", "surrogateescape"))
    elif t in ("html", "alt"):
        parent, i, part = notice(msg)
        if part.get_content_subtype() != "plain":
            raise NotApplicable
        text = notice_text(part)
        new = html_part(text)
        if t == "alt":
            alt = Message()
            alt["Content-Type"] = "multipart/alternative"
            alt.set_boundary("=_alt_ndr_form_bench")
            alt.set_payload([copy.deepcopy(part), new])
            new = alt
        replace(msg, parent, i, new)
    elif t in ("lowercase", "uppercase"):
        f = str.lower if t == "lowercase" else str.upper
        for b in headers_of(msg):
            set_fields(b, lambda k, v: (f(k), v))
    elif t == "typecase":
        def up(k, v):
            if k.lower() != "content-type" or not isinstance(v, str):
                return (k, v)
            v = re.sub(r"^(\s*)([^;\s]+)", lambda m: m[1] + m[2].upper(), v)
            return (k, re.sub(r";(\s*)([\w-]+)=",
                              lambda m: ";" + m[1] + m[2].upper() + "=", v))
        if not msg.is_multipart():
            raise NotApplicable
        for b in headers_of(msg):
            set_fields(b, up)
    elif t == "xheaders":
        msg["X-Spam-Status"] = "No, score=-0.1 required=5.0"
        msg["X-Virus-Scanned"] = "clamav at relay.example.net"
        for d in dsn_parts(msg):
            for g in (d.get_payload() if isinstance(d.get_payload(), list)
                      else []):
                g["X-Site-Trace"] = "relay.example.net 4711"
    elif t == "subject2047":
        s = msg.get("Subject")
        if s is None or "=?" in str(s):
            raise NotApplicable
        v = re.sub(r"\r?\n(?=[ \t])", "", str(s))
        del msg["Subject"]
        msg["Subject"] = "=?UTF-8?B?%s?=" % base64.b64encode(
            v.encode("utf-8", "surrogateescape")).decode("ascii")
    out = to_bytes(msg)
    for holder, ct in (retype if t == "dsn-base64" else []):
        out = out.replace(holder.encode(), ct.encode("ascii", "replace"), 1)
    return out


def answer(o):
    """(address, status, reason) of the first recipient; None if none."""
    r = (o or {}).get("recipients") or []
    if not (o or {}).get("bounce") or not r:
        return None
    return (r[0].get("address", "").strip("<>").lower(),
            r[0].get("status", ""), r[0].get("reason", ""))


def main(argv):
    """Run the benchmark as the usage says."""
    show, only = False, TRANSFORMS
    while argv and argv[0].startswith("--"):
        if argv[0] == "--show":
            show, argv = True, argv[1:]
        elif argv[0] == "--only":
            only, argv = tuple(argv[1].split(",")), argv[2:]
        else:
            sys.exit("usage: ndr-form.py [--show] [--only T,..] MXSCOPE "
                     "CORPUS [SET...]")
    mx, corpus, sets = argv[0], argv[1], argv[2:]
    files, _ = tuning_files("ndr-form", corpus, sets)
    orig = read_all(mx, files)
    base = [f for f in files if answer(orig.get(f)) is not None]
    print("form changes: %d bounces (corpus folds 0,1,2,4 and the external "
          "sets' tune halves), %d read with a first recipient"
          % (len(files), len(base)))
    tmp = tempfile.mkdtemp(prefix="ndr-form.")
    tot = [0, 0]
    for t in only:
        made = {}
        for f in base:
            raw = open(f, "rb").read()
            try:
                out = transform(t, raw)
            except NotApplicable:
                continue
            except Exception:
                continue
            p = os.path.join(tmp, "%s--%s" % (t, os.path.basename(f)))
            open(p, "wb").write(out)
            made[f] = p
        got = read_all(mx, list(made.values()))
        ok = 0
        changed = []
        for f, p in made.items():
            a, b = answer(orig[f]), answer(got.get(p))
            ok += a == b
            if a != b:
                changed.append("    %s: %s -> %s" % (os.path.basename(f), a, b))
        tot[0] += ok
        tot[1] += len(made)
        print("  %-12s %4d/%-4d agree%s" % (t, ok, len(made),
              "" if len(made) == len(base)
              else "  (%d not applicable)" % (len(base) - len(made))))
        if show:
            for c in changed:
                print(c)
    print("  all transforms: %d/%d = %.2f%% agree on first recipient, "
          "status and reason" % (tot[0], tot[1],
                                 100.0 * tot[0] / (tot[1] or 1)))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main(sys.argv[1:])
