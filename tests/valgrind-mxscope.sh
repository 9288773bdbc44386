#!/bin/sh
# tests/valgrind-mxscope.sh: run the build's mxscope under memcheck, for a
# valgrind sweep of the lab tests.  Link it beside the binary (the tests
# find the catalogue at $(dirname "$MXSCOPE")/po), from build/:
#   ln -s ../tests/valgrind-mxscope.sh mxscope-vg
#   top_srcdir=.. top_builddir=. MXSCOPE=$PWD/mxscope-vg \
#       MXSCOPE_LAB=$PWD/mxscope-lab VG_LOGDIR=/tmp/vg bash ../tests/lab/X.sh
# Each process writes $VG_LOGDIR/vg.PID.log (default: the current
# directory); an invalid access, an uninitialised use or a definite leak
# makes it exit 99.  A log without "ERROR SUMMARY" is a run killed early.
here=$(cd "$(dirname "$0")" && pwd)
supp=$(dirname "$(readlink -f "$0")")/valgrind.supp
exec valgrind --tool=memcheck --leak-check=full \
    --errors-for-leak-kinds=definite --show-leak-kinds=definite \
    --error-exitcode=99 --num-callers=30 --suppressions="$supp" \
    --log-file="${VG_LOGDIR:-.}/vg.%p.log" "$here/mxscope" "$@"
