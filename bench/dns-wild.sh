#!/bin/sh
# bench/dns-wild.sh OLD_MXSCOPE NEW_MXSCOPE [LAB]: the before/after table of
# issue 12's DNS situations: for every tests/lab/scenarios/wild/*.scn, what
# each mxscope says against the same lab (LAB: the new mxscope-lab, which
# knows `ede` and documentation addresses; default build/mxscope-lab):
# "reason exit actor | DNS finding ids".  The old build is not run on a
# scenario that holds a documentation address: it would try to connect to
# it (the bug the new one fixes).  Run from the source tree's top.
top_srcdir=${top_srcdir:-.}
. "$top_srcdir/tests/lab-env.sh"
# shellcheck disable=SC2034 # lab-env.sh reads MXSCOPE and MXSCOPE_LAB
MXSCOPE_LAB=${3:-build/mxscope-lab}
for f in "$top_srcdir"/tests/lab/scenarios/wild/*.scn; do
	n=$(basename "$f" .scn)
	args=$(sed -n 's/^# args //p' "$f")
	for which in old new; do
		# shellcheck disable=SC2034 # read by mx_run
		if [ $which = old ]; then MXSCOPE=$1; else MXSCOPE=$2; fi
		if [ $which = old ] && grep -Eq \
		    ' (192\.0\.2|198\.51\.100|203\.0\.113)\.|2001:db8' "$f"; then
			printf '%-20s %s %s\n' "$n" old \
			    "(not run: it would connect to a documentation address)"
			continue
		fi
		if ! lab_start "$f" >/dev/null; then
			printf '%-20s %s lab-failed\n' "$n" $which
			continue
		fi
		# shellcheck disable=SC2086 # args: plain words
		mx_run --json $args "$LAB_TARGET"
		got=$(printf '%s\n' "$MX_OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin); v = d["verdict"]
ids = sorted(set(f["id"] for f in d["findings"] if f["id"].startswith("dns.")
    or f["id"] in ("smtp.equal_preference_differ", "smtp.rcpt_rejected")))
print("%s %s %s | %s" % (v.get("reason"), sys.argv[1], v.get("actor"),
    " ".join(ids)))' "$MX_STATUS" 2>&1)
		printf '%-20s %s %s\n' "$n" $which "$got"
		lab_stop
	done
done
