#!/usr/bin/env python3
"""tests/lab/dkim-sign.py: DKIM-sign a message for the tests (RFC 6376,
RFC 8463), written apart from mxscope's code: the canonicalisation here in
Python, the signature by the openssl command (rsa-sha256: PKCS#1 v1.5 over
the header data; ed25519-sha256: Ed25519 over its SHA-256 hash).

  dkim-sign.py KEY.pem rsa|ed25519 DOMAIN SELECTOR [TAG=VALUE...] <in >out

TAG: c= (default relaxed/relaxed), h= (default from:to:subject:date),
l= (sign that many body bytes), x=, t= (default 1700000000), i=.  The
input's line ends may be LF; the output's are LF (as a saved file).
"""
import base64
import hashlib
import re
import subprocess
import sys
import tempfile


def canon_header(name, value, relaxed):
    """One field, ending in CRLF (RFC 6376 3.4.1, 3.4.2)."""
    if not relaxed:
        return name + b":" + value + b"\r\n"
    value = re.sub(rb"\r\n", b"", value)
    value = re.sub(rb"[ \t]+", b" ", value).strip(b" ")
    return name.lower().rstrip(b" \t") + b":" + value + b"\r\n"


def canon_body(body, relaxed):
    """The body (RFC 6376 3.4.3, 3.4.4)."""
    if relaxed:
        body = b"\r\n".join(re.sub(rb"[ \t]+", b" ", ln).rstrip(b" ")
                            for ln in body.split(b"\r\n"))
    body = re.sub(rb"(\r\n)*$", b"", body)
    if body or not relaxed:
        body += b"\r\n"
    return body


def main():
    key, alg, domain, sel = sys.argv[1:5]
    tags = dict(a.split("=", 1) for a in sys.argv[5:])
    msg = sys.stdin.buffer.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head, body = msg.split(b"\r\n\r\n", 1)
    fields = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        else:
            fields.append(line)
    c = tags.get("c", "relaxed/relaxed")
    hrel, brel = [x == "relaxed" for x in (c.split("/") + ["simple"])[:2]]
    cbody = canon_body(body, brel)
    if "l" in tags:
        cbody = cbody[:int(tags["l"])]
    bh = base64.b64encode(hashlib.sha256(cbody).digest()).decode()
    h = tags.get("h", "from:to:subject:date")
    sig = "v=1; a=%s-sha256; c=%s; d=%s; s=%s; t=%s;" % (
        alg, c, domain, sel, tags.get("t", "1700000000"))
    for t in ("x", "l", "i"):
        if t in tags:
            sig += " %s=%s;" % (t, tags[t])
    sig += "\r\n\th=%s; bh=%s;\r\n\tb=" % (h, bh)
    # The fields h= names, each picked from the bottom, unused ones first.
    used = set()
    data = b""
    for name in h.split(":"):
        for i in range(len(fields) - 1, -1, -1):
            n, _, v = fields[i].partition(b":")
            if i not in used and n.strip().lower() == name.strip().lower().encode():
                used.add(i)
                data += canon_header(n, v, hrel)
                break
    data += canon_header(b"DKIM-Signature", b" " + sig.encode(), hrel)[:-2]
    if alg == "rsa":
        out = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key],
                             input=data, capture_output=True, check=True).stdout
    else:
        # pkeyutl -rawin reads a file, not a pipe.
        with tempfile.NamedTemporaryFile() as f:
            f.write(hashlib.sha256(data).digest())
            f.flush()
            out = subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey",
                                  key, "-rawin", "-in", f.name],
                                 capture_output=True, check=True).stdout
    b = base64.b64encode(out).decode()
    b = "\r\n\t".join(b[i:i + 64] for i in range(0, len(b), 64))
    signed = b"DKIM-Signature: " + sig.encode() + b.encode() + b"\r\n" + msg
    sys.stdout.buffer.write(signed.replace(b"\r\n", b"\n"))


main()
