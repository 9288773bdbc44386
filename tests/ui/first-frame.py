"""tests/ui/first-frame.py JSON SCREEN: does the first 80x24 frame of the
dashboard answer (issue 13)?  The oracle reads the --json document of the
same scenario: the verdict's reason after plain words, who must act (the
verdict's actor when the JSON has one, else the first finding that is not
a note), the first words of the fix, and the decisive reply whole (the
first address in MX order that accepted, else the first 5xx refusal, else
the first 4xx, else the first failure).  Text is compared with all white
space removed, so wrapping does not matter.  Prints one line per check:
'1 label' or '0 label: why'."""
import json
import re
import sys


def norm(s):
    return re.sub(r"\s+", "", s)


doc = json.load(open(sys.argv[1]))
screen = open(sys.argv[2], encoding="utf-8", errors="replace").read()
flat = norm(screen)
v = doc["verdict"]
checks = []

m = re.search(r"Verdict:([^()]+)\(" + re.escape(v["reason"]) + r"\)", flat)
checks.append((m is not None and re.search(r"[A-Za-z]", m.group(1)) is not None,
               "verdict in plain words, then (%s)" % v["reason"]))

fnd = [f for f in doc.get("findings", []) if f["severity"] != "info"]
actor = v.get("actor") or (fnd[0]["actor"] if fnd else "nobody")
checks.append(("Whomustact:" + norm(actor) + "." in flat,
               "who must act: %s" % actor))

if fnd and fnd[0].get("remedy"):
    fix = fnd[0]["remedy"]
else:
    parts = re.split(r"(?<=\.) (?=[A-Z])", v["summary"], 1)
    fix = parts[1] if len(parts) > 1 else "Nothing to fix."
first = " ".join(fix.split()[:4])
checks.append((norm(first) in flat, "the fix's first words: %s" % first))
# The whole fix: a long verdict is shortened before it is cut (ui-header.c).
checks.append((norm(fix) in flat, "the whole fix is on the first screen"))

probes = []
for x in sorted(doc.get("mx", []), key=lambda x: x["preference"]):
    probes += x.get("addresses", [])
reply = None
deferred = failed = None
for p in probes:
    if not p.get("done"):
        continue
    if p["outcome"] == "ok":
        r = p["replies"].get("rcpt") or p["replies"].get("mail")
        reply = r["text"] if r else None
        break
    if p["outcome"] == "resp":
        r = p["replies"][p["failed_stage"]]
        if r["code"] >= 500:
            reply = r["text"]
            break
        deferred = deferred or r["text"]
    else:
        failed = failed or p["outcome_text"]
if reply is None:
    reply = deferred or failed
if reply is not None:
    checks.append((norm(reply) in flat, "the decisive reply whole: %s" % reply))

for good, label in checks:
    print("%d %s" % (1 if good else 0, label))
