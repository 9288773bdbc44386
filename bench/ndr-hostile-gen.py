#!/usr/bin/env python3
"""bench/ndr-hostile-gen.py: writes one bounce of a hostile shape for
bench/ndr-hostile.sh (hostile-inputs.md N2-N6), generated on the fly and
never stored.  Usage: ndr-hostile-gen.py SHAPE SCALE OUT

SCALE multiplies the shape's size (1 = the sizes the bench names: 20,000
recipients, a 4 MiB line, 50,000 continuation lines, 10,000 nested or
side-by-side parts, a 1 MiB header, a base64 part of 12 MiB).  Shapes:
  rcpts       a DSN (multipart/report) with N recipients, each named in the
              notice too (Postfix's layout)
  rcpts-text  a plain notice naming N recipients, no DSN (qmail's layout)
  longline    a Diagnostic-Code of one 4 MiB line
  cont        a Diagnostic-Code folded over 50,000 continuation lines
  deep        10,000 nested multipart/mixed parts (the cap is 32), the DSN
              innermost
  wide        10,000 parts side by side (the cap is 512), the DSN last
  header      a header field of 1 MiB, folded at 76 columns
  nulcr       a DSN with bare CR line ends and NUL bytes everywhere, then
              2 MiB of NUL and CR
  base64      a notice in base64 that never ends (no closing boundary)
  mbox        2,000 messages (SCALE times), the shapes above in turn at
              1/400 of their size (1/200 for the recipients), whatever SCALE
Only the standard library; Python 3.9 or later.
"""
import sys

HDR = ("From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
       "To: sender@example.org\n"
       "Subject: Undelivered Mail Returned to Sender\n"
       "Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
       "MIME-Version: 1.0\n")
REPORT = ("Content-Type: multipart/report; report-type=delivery-status;\n"
          "\tboundary=\"B\"\n\n")
NOTICE = ("--B\nContent-Type: text/plain; charset=us-ascii\n\n"
          "This is the mail system at host mx.example.org.\n\n")


def dsn_block(i, diag):
    """One recipient's per-recipient fields (RFC 3464 §2.3)."""
    return ("Final-Recipient: rfc822; user%d@example.net\n"
            "Action: failed\nStatus: 5.1.1\n"
            "Remote-MTA: dns; mx1.example.net\n"
            "Diagnostic-Code: smtp; %s\n\n" % (i, diag))


def dsn_part(blocks):
    """The message/delivery-status part and the closing boundary."""
    return ("--B\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.org\n\n" + "".join(blocks) +
            "--B--\n")


def rcpts(w, scale):
    n = max(1, int(20000 * scale))
    w(HDR + REPORT + NOTICE)
    for i in range(n):
        w("<user%d@example.net>: host mx1.example.net[192.0.2.25] said: "
          "550 5.1.1\n    <user%d@example.net>: Recipient address "
          "rejected: User unknown (in\n    reply to RCPT TO command)\n\n"
          % (i, i))
    w(dsn_part(dsn_block(i, "550 5.1.1 <user%d@example.net>: User unknown"
                         % i) for i in range(n)))


def rcpts_text(w, scale):
    n = max(1, int(20000 * scale))
    w(HDR.replace("Undelivered Mail Returned to Sender", "failure notice") +
      "\nHi. This is the qmail-send program at mx.example.org.\n"
      "I'm afraid I wasn't able to deliver your message to the following "
      "addresses.\nThis is a permanent error; I've given up. Sorry it "
      "didn't work out.\n\n")
    for i in range(n):
        w("<user%d@example.net>:\n192.0.2.25 does not like recipient.\n"
          "Remote host said: 550 5.1.1 <user%d@example.net>: User unknown\n"
          "Giving up on 192.0.2.25.\n\n" % (i, i))
    w("--- Below this line is a copy of the message.\n\n"
      "From: sender@example.org\nTo: user0@example.net\n\nhello\n")


def longline(w, scale):
    n = max(1, int(4 * 1024 * 1024 * scale))
    word = "mailbox unavailable "
    w(HDR + REPORT + NOTICE + dsn_part([]).split("--B--")[0])
    w("Final-Recipient: rfc822; user@example.net\nAction: failed\n"
      "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ")
    w(word * (n // len(word)) + "\n\n--B--\n")


def cont(w, scale):
    n = max(1, int(50000 * scale))
    w(HDR + REPORT + NOTICE + dsn_part([]).split("--B--")[0])
    w("Final-Recipient: rfc822; user@example.net\nAction: failed\n"
      "Status: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account "
      "that you tried to reach does not exist.\n")
    for i in range(n):
        w("    550-5.1.1 continuation line %d of the reply\n" % i)
    w("    550 5.1.1 end\n\n--B--\n")


def deep(w, scale):
    n = max(1, int(10000 * scale))
    w(HDR + "Content-Type: multipart/mixed; boundary=\"D0\"\n\n")
    for i in range(1, n):
        w("--D%d\nContent-Type: multipart/mixed; boundary=\"D%d\"\n\n"
          % (i - 1, i))
    w("--D%d\nContent-Type: message/delivery-status\n\n"
      "Reporting-MTA: dns; mx.example.org\n\n" % (n - 1) +
      dsn_block(0, "550 5.1.1 User unknown"))
    for i in range(n - 1, -1, -1):
        w("--D%d--\n" % i)


def wide(w, scale):
    n = max(1, int(10000 * scale))
    w(HDR + REPORT)
    for i in range(n):
        w("--B\nContent-Type: text/plain\n\npart %d\n" % i)
    w(dsn_part([dsn_block(0, "550 5.1.1 User unknown")]))


def header(w, scale):
    n = max(1, int(1024 * 1024 * scale))
    w(HDR.replace("Subject: Undelivered Mail Returned to Sender\n", ""))
    w("Subject: Undelivered Mail Returned to Sender")
    line = " " + "x" * 75 + "\n"
    w(line * (n // len(line)))
    w(REPORT + NOTICE + "<user0@example.net>: host mx1.example.net said: "
      "550 5.1.1 User unknown\n\n" +
      dsn_part([dsn_block(0, "550 5.1.1 User unknown")]))


def nulcr(w, scale):
    n = max(1, int(2 * 1024 * 1024 * scale))
    body = (HDR + REPORT + NOTICE + "<user0@example.net>: host "
            "mx1.example.net said: 550 5.1.1 User unknown\n\n" +
            dsn_part([dsn_block(0, "550 5.1.1 User\0 unknown")]))
    body = body.replace("\n", "\r")
    w("\0".join(body[i:i + 7] for i in range(0, len(body), 7)))
    w("\0\r" * (n // 2))


def base64(w, scale):
    n = max(1, int(12 * 1024 * 1024 * scale))
    import base64 as b64
    w(HDR + REPORT + "--B\nContent-Type: text/plain\n"
      "Content-Transfer-Encoding: base64\n\n")
    text = ("<user0@example.net>: host mx1.example.net said: 550 5.1.1 "
            "User unknown\n" * 48).encode()
    enc = b64.encodebytes(text).decode()
    for _ in range(max(1, n // len(enc))):
        w(enc)


SHAPES = {"rcpts": rcpts, "rcpts-text": rcpts_text, "longline": longline,
          "cont": cont, "deep": deep, "wide": wide, "header": header,
          "nulcr": nulcr, "base64": base64}


def mbox(w, scale):
    n = max(1, int(2000 * scale))
    names = [s for s in SHAPES if s != "mbox"]
    for i in range(n):
        name = names[i % len(names)]
        part = []
        SHAPES[name](part.append, 1 / 200 if name.startswith("rcpts")
                     else 1 / 400)
        msg = "".join(part)
        if not msg.endswith("\n"):
            msg += "\n"
        w("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + msg + "\n")


SHAPES["mbox"] = mbox


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES:
        sys.exit("usage: ndr-hostile-gen.py SHAPE SCALE OUT; SHAPE one of "
                 + " ".join(SHAPES))
    with open(sys.argv[3], "w", encoding="latin-1", newline="") as f:
        SHAPES[sys.argv[1]](f.write, float(sys.argv[2]))


if __name__ == "__main__":
    main()
