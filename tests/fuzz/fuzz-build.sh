#!/bin/sh
# tests/fuzz/fuzz-build.sh: every libFuzzer target still builds.  The rest
# of make check replays seeds through the ordinary build only, which is
# how the targets once stopped linking unnoticed.  When clang has
# libFuzzer: make fuzz-all builds, every fuzz-* rule of a .mk file is in
# FUZZ_TARGETS (built by it), and the GMime differential target agrees
# with itself on its seeds (tests/fuzz/mime-diff/).
. "$top_srcdir/tests/tap.sh"

if ! echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n){return 0;}' |
    clang -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null; then
	ok "# SKIP clang with libFuzzer not installed"
	plan_end
	exit
fi
# In the sanitizer build (CI's second build) the engine library is
# instrumented by gcc; the targets are checked once, in the plain build.
if grep -q '^CFLAGS = .*-fsanitize' "$top_builddir/Makefile"; then
	ok "# SKIP a sanitizer build: the plain build checks the fuzz targets"
	plan_end
	exit
fi
stamp=$(mktemp)
# A fresh make (the test driver's MAKEFLAGS name a jobserver it does not
# pass), unoptimised: the same sources, flags and link lines, built in
# about 60 % of the time; make fuzz-TARGET rebuilds one with -O1 to fuzz.
out=$(cd "$top_builddir" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
    make -j2 fuzz-all FUZZ_OPT=-O0 2>&1)
rc=$?
is "$rc" 0 "make fuzz-all builds every target"
[ "$rc" = 0 ] || printf '%s\n' "$out" | tail -20 | sed 's/^/# /'

# Every target rule of the .mk files, helpers aside.
targets=$(cat "$top_srcdir"/Makefile.am "$top_srcdir"/*.mk "$top_srcdir"/*/*.mk \
    "$top_srcdir"/*/*/*.mk 2>/dev/null |
    sed -n 's/^\(fuzz-[a-z0-9-]*\):.*/\1/p' | sort -u |
    grep -v '^fuzz-all$\|^fuzz-ndr-objs$')
for t in $targets; do
	if [ "$t" = fuzz-mime-diff ] && ! pkg-config --exists gmime-3.0; then
		ok "# SKIP $t: libgmime-3.0-dev not installed"
		continue
	fi
	if [ "$top_builddir/$t" -nt "$stamp" ]; then
		ok "$t built by make fuzz-all"
	else
		not_ok "$t built by make fuzz-all (missing from FUZZ_TARGETS?)"
	fi
done
rm -f "$stamp"

if [ -x "$top_builddir/fuzz-mime-diff" ]; then
	out=$("$top_builddir/fuzz-mime-diff" "$top_srcdir"/tests/fuzz/mime-diff/* 2>&1)
	rc=$?
	is "$rc" 0 "fuzz-mime-diff: no difference on its seeds"
	[ "$rc" = 0 ] || printf '%s\n' "$out" | grep -A8 MISMATCH | sed 's/^/# /'
fi
plan_end
