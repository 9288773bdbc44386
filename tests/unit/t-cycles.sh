#!/bin/sh
# tests/unit/t-cycles.sh: no library's files call each other in circles
# (issue 10).  nm lists what each object file of an archive defines and
# what it needs; cycles.py pairs every U symbol with the member that
# defines it and finds the strongly connected components (Tarjan).  A
# helper several files call belongs in a leaf file, so the parts read
# bottom-up.  First the checker must find a circle planted on purpose.
. "$top_srcdir/tests/tap.sh"
if ! command -v nm >/dev/null 2>&1 || ! command -v ar >/dev/null 2>&1; then
	echo "1..0 # SKIP nm or ar (binutils) is not installed"
	exit 0
fi
check="python3 $top_srcdir/tests/unit/cycles.py"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# The planted circle: a.c calls b.c, b.c calls c.c, c.c calls a.c; d.c
# calls a.c but nothing calls it back (not in the circle).
cat >"$tmp/a.c" <<'C'
int mx_b(int);
int mx_a(int n) { return n > 0 ? mx_b(n - 1) : 0; }
C
cat >"$tmp/b.c" <<'C'
int mx_c(int);
int mx_b(int n) { return mx_c(n); }
C
cat >"$tmp/c.c" <<'C'
int mx_a(int);
int mx_c(int n) { return mx_a(n); }
C
cat >"$tmp/d.c" <<'C'
int mx_a(int);
int mx_d(int n) { return mx_a(n); }
C
ok_cc=y
for f in a b c d; do
	${CC:-cc} -c -o "$tmp/$f.o" "$tmp/$f.c" 2>/dev/null || ok_cc=n
done
if [ "$ok_cc" = y ] && ar rc "$tmp/libplant.a" "$tmp/a.o" "$tmp/b.o" \
    "$tmp/c.o" "$tmp/d.o" 2>/dev/null; then
	out=$($check "$tmp/libplant.a")
	rc=$?
	is "$rc" 1 "the checker fails on a planted circle"
	like "$out" "libplant.a: a.o b.o c.o$" "it names the circle's three files"
	unlike "$out" "d\.o" "a file that only calls into the circle is not in it"
	rm -f "$tmp/c.o" "$tmp/libplant.a"
	${CC:-cc} -c -o "$tmp/c.o" -x c - <<'C' 2>/dev/null
int mx_c(int n) { return n; }
C
	ar rc "$tmp/libplant.a" "$tmp/a.o" "$tmp/b.o" "$tmp/c.o" "$tmp/d.o"
	out=$($check "$tmp/libplant.a")
	is "$?:$out" "0:" "the same files with c.c a leaf: no circle"
else
	not_ok "cannot compile the planted circle with ${CC:-cc}"
fi

n=0
for lib in "$top_builddir"/lib*.a; do
	[ -f "$lib" ] || continue
	n=$((n + 1))
	name=$(basename "$lib")
	files=$(ar t "$lib" | wc -l)
	out=$($check "$lib")
	rc=$?
	if [ "$rc" -eq 0 ]; then
		ok "$name: its $files files call each other in no circle"
	else
		not_ok "$name: files that call each other in a circle"
		printf '%s\n' "$out" | sed 's/^/# /'
	fi
done
ok_libs=$([ "$n" -ge 4 ] && echo y)
is "$ok_libs" y "every library checked ($n)"
plan_end
