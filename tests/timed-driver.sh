#!/bin/sh
# timed-driver.sh: runs automake's TAP driver with the arguments it was
# given, then appends the test's wall time to its log ("# elapsed: N s"),
# so a run's slowest tests can be listed (.ci/run prints them).
log=""
prev=""
for a in "$@"; do
	[ "$prev" = "--log-file" ] && log=$a
	prev=$a
done
t0=$(date +%s)
${TAP_DRIVER:?} "$@"
rc=$?
[ -n "$log" ] && [ -f "$log" ] &&
	printf '# elapsed: %s s\n' "$(( $(date +%s) - t0 ))" >>"$log"
exit $rc
