#!/bin/sh
# heldout-dedupe: bench/heldout-dedupe.py finds a held text stored broken
# over continuation lines (a .tsv row's "\n550-5.7.x" between the lines of a
# multi-line reply, a C string split over source lines) when it is offered
# again as one line, and finds no place for a made-up new text; --exclude
# leaves the candidate's own file out.
. "$top_srcdir/tests/tap.sh"
plan 4
if ! command -v python3 >/dev/null 2>&1; then
	for i in 1 2 3 4; do ok "# SKIP python3 not installed"; done
	exit 0
fi
t=$(mktemp -d "${TMPDIR:-/tmp}/heldout-dedupe.XXXXXX")
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/bench" "$t/src"
# a held reply over continuation lines in a set's row, another split in C
printf 'acme\trcpt\t550-5.7.99 The quokka gateway refuses mail from\\n550-5.7.99 hosts that send bananas on a\\n550 5.7.99 Tuesday. Visit https://quokka.example/help - qk\tblocked\tmade up\n' \
	>"$t/bench/live-heldout99.tsv"
cat >"$t/src/rules.c" <<'CEOF'
static const char *held[] = {
	"452-4.2.9 The wombat relay has counted too many parcels "
	    "from 192.0.2.1 in\n452 4.2.9 one hour; try again later",
};
CEOF
run() {
	printf '%s' "$1" | PYTHONDONTWRITEBYTECODE=1 python3 \
	    "$top_srcdir/bench/heldout-dedupe.py" --root "$t" - 2>/dev/null |
	    cut -f2,4
}
got=$(run '550 5.7.99 The quokka gateway refuses mail from hosts that send bananas on a Tuesday. Visit https://quokka.example/help - qk')
is "$got" "held	bench/live-heldout99.tsv:1" "a reply held over continuation lines in a .tsv row is found"
got=$(run '452 4.2.9 The wombat relay has counted too many parcels from 198.51.100.7 in one hour; try again later')
is "$got" "held	src/rules.c:2" "a reply held as a C string split over lines is found"
got=$(run '550 5.1.1 The platypus mailbox has migrated south for the winter and keeps no forwarding address')
is "$got" "new	-" "a made-up new reply has no held place"
got=$(printf '%s' '550 5.7.99 The quokka gateway refuses mail from hosts that send bananas on a Tuesday' |
	PYTHONDONTWRITEBYTECODE=1 python3 "$top_srcdir/bench/heldout-dedupe.py" \
	--root "$t" --exclude bench/live-heldout99.tsv - 2>/dev/null | cut -f2)
is "$got" "new" "--exclude leaves the candidate's own file out"
