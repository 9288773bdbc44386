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
import html
import sys

from ndr_common import passed_on_bench, pseudo, quote, shown_body

USER = "Jane Doe <jane@example.org>"
HELPDESK = "helpdesk@example.org"
SAY = "Hi, my mail did not arrive, can you check?"
FORMATS = ("gmail", "gmail-html", "outlook", "outlook-new", "outlook-html",
           "outlook-de", "outlook-fr", "outlook-es", "thunderbird", "apple",
           "yahoo", "quoted", "mutt", "fwd-fwd", "attach")














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






def main(argv):
    passed_on_bench(argv, "ndr-forward", "Forwarded bounces (issue 11)",
                    FORMATS, forward, "forwarded", "said fwd")


if __name__ == "__main__":
    main(sys.argv[1:])
