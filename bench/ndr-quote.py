#!/usr/bin/env python3
"""bench/ndr-quote.py: is the bounce reader's answer the same when a user
replies to the bounce (or to a colleague who had it) and the reply quotes
it (issue 11)?

The same bounces as bench/ndr-forward.py (the corpus's tuning folds, fold
= FNV-1a 32-bit of the file name mod 5, fold 3 held out and never read;
the external sets' tune halves), each quoted in the reply layouts of the
common mail clients, written under a temporary directory and read by
`mxscope --ndr --offline --json`.  Invariance: the first recipient
(address) and its reason of the reply equal those of the original.
Printed per layout: N/M agreeing on both (and on the address alone, the
reason alone, "quoted" reported), over the originals that read as a
bounce with a recipient; the not-bounce/ files of the tuning folds are
quoted too: each must stay "not a bounce".

The reply comes from Jane (as bench/ndr-forward.py's forwards do; the
bounce's own To stays another address), to the helpdesk.  The layouts
(the user's words "Why did this bounce?" above the quote unless said;
the subject "Re: " and the bounce's):
  gmail        "On Mon, 1 Jan 2024 at 10:00, Name <address> wrote:", "> "
  gmail-wrap   the same attribution wrapped as Gmail's text part wraps
               it (after the "<" of the address)
  gmail-bottom the quote first, the user's words under it
  nospace      ">" with no space after it (Thunderbird's attribution)
  nested       a reply to a colleague's reply: the colleague's words at
               ">", the bounce at ">>" under its own attribution
  outlook      "-----Original Message-----", From/Sent/To/Subject, no
               quote marks, subject "RE: "
  thunderbird  "On 01/01/2024 10:00, Name wrote:" (the name only), "> "
  german       "Am 01.01.2024 um 10:00 schrieb Name <address>:", "AW: "
  french       "Le lun. 1 janv. 2024 à 10:00, Name <address> a écrit :"
  html         HTML only: Gmail's gmail_quote attribution and a
               <blockquote> whose lines end "<br>" and a line end (their
               runs of white space as no-break spaces, as clients keep
               them visible)
The quoted text is what the client shows of the bounce (as
bench/ndr-forward.py: its text parts, HTML reduced to text when it has no
plain one, the delivery-status part as text, the returned header).

Usage: bench/ndr-quote.py [--folds 0,1,2,4] [--list LAYOUT]
           [--before OLD_MXSCOPE] MXSCOPE CORPUS [EXTERNAL_SET...]
  --list LAYOUT  also list the tuning files whose LAYOUT form disagrees
  --before OLD   also the same figure for another build (e.g. main's
                 before ndr-quote.c), each against its own reading of the
                 originals
Standard library only.
"""
import datetime
import email.utils
import html
import re
import sys

from ndr_common import passed_on_bench, pseudo, quote, shown_body

USER = "Jane Doe <jane@example.org>"
HELPDESK = "helpdesk@example.org"
SAY = "Why did this bounce? The address is right."
COLLEAGUE = "Robin Roe <robin.roe@colleague.example>"
FORMATS = ("gmail", "gmail-wrap", "gmail-bottom", "nospace", "nested",
           "outlook", "thunderbird", "german", "french", "html")
MONTHS_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
             "août", "sept.", "oct.", "nov.", "déc.")
DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def attribution(fmt, p):
    """The attribution line of layout fmt for the bounce's fields p."""
    d = p["d"]
    if fmt == "thunderbird" or fmt == "nospace":
        return "On %s, %s wrote:" % (d.strftime("%d/%m/%Y %H:%M"),
                                     p["name"] or p["addr"])
    if fmt == "german":
        return "Am %s schrieb %s:" % (d.strftime("%d.%m.%Y um %H:%M"),
                                      p["from"])
    if fmt == "french":
        return "Le %s %d %s %d à %s, %s a écrit :" % (
            DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year,
            d.strftime("%H:%M"), p["from"])
    return "On %s, %s wrote:" % (d.strftime("%a, %-d %b %Y at %H:%M"),
                                 p["from"])


def wrap(line, width=78):
    """Gmail's wrapping of a long attribution: after the address's "<"
    when the line is longer than width, else where a space allows."""
    if len(line) <= width:
        return line
    k = line.rfind("<", 0, width)
    if k > 0:
        return line[:k + 1] + "\n" + line[k + 1:]
    k = line.rfind(" ", 0, width)
    return line[:k] + "\n" + line[k + 1:] if k > 0 else line


def reply_text(fmt, p, body):
    """The reply's text part of layout fmt."""
    if fmt == "outlook":
        f = "%s [mailto:%s]" % (p["name"], p["addr"]) if p["addr"] else p["from"]
        return ("%s\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n"
                "Subject: %s\n\n%s" % (SAY, f, p["outlook"], p["to"], p["subj"],
                                       body))
    a = attribution(fmt, p)
    if fmt == "gmail-wrap":
        a = wrap(a)
    if fmt == "gmail-bottom":
        return "%s\n\n%s\n%s" % (a, quote(body), SAY)
    if fmt == "nospace":
        return "%s\n\n%s\n%s" % (SAY, a, quote(body, ">"))
    if fmt == "nested":
        inner = "Jane, it came back to me too, see below.\n\n%s\n%s" % (
            a, quote(body))
        outer = "".join(((">" if l.startswith(">") else "> ") + l)
                        .rstrip(" ") + "\n" for l in inner.split("\n"))
        return "%s\n\nOn %s, %s wrote:\n%s" % (
            SAY, p["d"].strftime("%a, %-d %b %Y at %H:%M"), COLLEAGUE, outer)
    return "%s\n\n%s\n\n%s" % (SAY, a, quote(body))


def nbsp(line):
    """A line's white space as a client writes it into HTML so that it
    shows: runs of spaces and tabs as no-break spaces but the last."""
    return re.sub(r"[ \t]{2,}|^[ \t]+", lambda m: "&nbsp;" * (len(m.group(0))
                  - 1) + (" " if m.start() > 0 else "&nbsp;"), line)


def reply_html(p, body):
    """An HTML-only reply (Gmail's, Outlook on the web's alike): the
    quoted lines in a <blockquote>, each ending "<br>" and a line end."""
    e = html.escape
    b = "<br>\n".join(nbsp(e(l, quote=False)) for l in body.split("\n"))
    return ('<div dir="ltr">%s</div><br>\n<div class="gmail_quote"><div '
            'dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class='
            '"gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
            'solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote></div>'
            '\n' % (e(SAY), e(attribution("gmail", p)), b))


def reply(fmt, raw, msg):
    """The user's reply quoting the bounce msg in layout fmt (bytes)."""
    p = pseudo(msg)
    p["d"] = pseudo_date(msg)
    prefix = {"outlook": "RE: ", "german": "AW: "}.get(fmt, "Re: ")
    to = COLLEAGUE if fmt == "nested" else HELPDESK
    head = ("From: %s\r\nTo: %s\r\nSubject: %s%s\r\nDate: Fri, 04 Dec 2026 "
            "10:20:00 +0000\r\nMessage-ID: <re-%s@example.org>\r\n"
            "MIME-Version: 1.0\r\n" % (USER, to, prefix, p["subj"], fmt))
    body = shown_body(msg)
    if fmt == "html":
        text, ct = reply_html(p, body), "text/html"
    else:
        text, ct = reply_text(fmt, p, body), "text/plain"
    return (head + "Content-Type: %s; charset=utf-8\r\nContent-Transfer-"
            "Encoding: 8bit\r\n\r\n" % ct).encode() + \
        text.replace("\n", "\r\n").encode("utf-8", "replace")


def pseudo_date(msg):
    """The bounce's date (a fixed one when it has none readable)."""
    try:
        d = email.utils.parsedate_to_datetime(str(msg.get("Date", "")))
    except Exception:
        d = None
    return d or datetime.datetime(2026, 12, 4, 10, 15)


def main(argv):
    passed_on_bench(argv, "ndr-quote", "Quoted bounces (issue 11)",
                    FORMATS, reply, "quoted", "said quoted")


if __name__ == "__main__":
    main(sys.argv[1:])
