#!/bin/sh
# tests/unit/t-symbols.sh: every symbol the engine, bounce reader and lab
# libraries export carries the mx_ prefix (issue 10), so a library user
# (the dashboard, tests, fuzz targets) never collides with them.
. "$top_srcdir/tests/tap.sh"
if ! command -v nm >/dev/null 2>&1; then
	echo "1..0 # SKIP nm (binutils) is not installed"
	exit 0
fi
for lib in libmxengine.a libmxndr.a libmxlab.a; do
	bad=$(nm -g --defined-only "$top_builddir/$lib" 2>/dev/null |
	    awk 'NF == 3 && $2 ~ /^[TDBRC]$/ { print $3 }' | grep -v '^mx_' |
	    grep -v '^__' |
	    sort -u | tr '\n' ' ')
	n=$(nm -g --defined-only "$top_builddir/$lib" 2>/dev/null |
	    awk 'NF == 3 && $2 ~ /^[TDBRC]$/' | wc -l)
	ok_if=$([ "$n" -gt 10 ] && echo y)
	is "$ok_if" y "$lib: exports symbols ($n)"
	is "$bad" "" "$lib: every exported symbol starts with mx_"
done
plan_end
