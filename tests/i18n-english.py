#!/usr/bin/env python3
"""tests/i18n-english.py FILE...: find sentences of ours still in English
in text reports written under LANG=zh_CN.UTF-8 (issue 16).  Each FILE is
one --report --verbose.  Prints TAP-like lines "1 label" / "0 label: why".

A run of three or more English words (ASCII letters, one space apart) is
ours, and so an English leftover, unless every word of it is also a word
of the servers' own replies in the same report: the transcript's S: lines
and their continuations (--verbose shows every dialogue), which findings
and the verdict quote, and OpenSSL's own texts.  Names are not words: host and file names (a dot
or a slash inside), addresses, the certificate's subject and issuer
lines, our own commands (C: lines).  Reason words, DNS status and state
words stand alone, never three in a row."""
import re
import sys

WORD = re.compile(r"(?<![\w.@/:=<-])[A-Za-z][a-z]+(?: [A-Za-z][a-z]+){2,}"
                  r"(?![\w.@/:=>-])")
TRANSCRIPT = re.compile(r"^ +[0-9]+ms +~?([SC*]): ?(.*)$")
NAMES = ("主题：", "签发者：", "生成者：", "欢迎信息：", "原文：")
# OpenSSL's own words (X509_verify_cert_error_string), shown as they are.
OPENSSL = ("unable to get local issuer certificate", "certificate has expired",
           "self-signed certificate", "self signed certificate",
           "certificate is not yet valid")


def scan(path):
    """The English runs of ours in one report, as (line, run) pairs."""
    lines = open(path, encoding="utf-8").read().split("\n")
    server, keep, who = set(), [], None
    for line in lines:
        m = TRANSCRIPT.match(line)
        if m:
            who = m.group(1)
            text = m.group(2)
        elif who is not None and re.match(r"^ {16,}\S", line):
            text = line.strip()  # a transcript line's continuation
        else:
            who = None
            if not line.strip().startswith(NAMES):
                keep.append(line)
            continue
        if who == "S":
            server.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
        elif who == "*":
            keep.append(text)  # our notes: they must be Chinese
    found = []
    for line in keep:
        for phrase in OPENSSL:
            line = line.replace(phrase, "")
        for run in WORD.findall(line):
            if any(w.lower() not in server for w in run.split()):
                found.append((line.strip(), run))
    return found


def main():
    for path in sys.argv[1:]:
        found = scan(path)
        label = "%s: no sentence of ours in English" % path.split("/")[-1]
        print("%d %s%s" % (0 if found else 1, label, "" if not found else
                           ": %r" % found[:3]))


main()
