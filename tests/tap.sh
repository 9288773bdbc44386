# tests/tap.sh: TAP helpers for shell tests. Source it, call plan N (or
# plan_end at the end), then ok/not_ok/is/like; each prints one TAP line.
_tap_n=0
_tap_fail=0
plan() { echo "1..$1"; }
ok() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n - $*"; }
not_ok() { _tap_n=$((_tap_n + 1)); _tap_fail=$((_tap_fail + 1)); echo "not ok $_tap_n - $*"; }
# is GOT WANT NAME
is() { if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3 (got '$1', want '$2')"; fi; }
# like GOT REGEX NAME (grep -E, line by line: REGEX may not hold a
# newline, which grep reads as several patterns, an empty one among them
# that matches anything; anchor one line with ^...$ instead)
_tap_nl='
'
like() { case $2 in *"$_tap_nl"*) not_ok "$3 (a pattern with a newline matches anything)"; return;; esac
	if printf '%s' "$1" | grep -Eq -- "$2"; then ok "$3"; else not_ok "$3 (got '$(printf '%s' "$1" | head -c 300)', want /$2/)"; fi; }
unlike() { case $2 in *"$_tap_nl"*) not_ok "$3 (a pattern with a newline matches anything)"; return;; esac
	if printf '%s' "$1" | grep -Eq -- "$2"; then not_ok "$3 (matched /$2/)"; else ok "$3"; fi; }
diag() { printf '# %s\n' "$@"; }
# tap_replay <FILE: TAP lines a background run wrote (its own numbers),
# numbered on here and counted; other lines (diag, a long got) as they are.
tap_replay() {
	while IFS= read -r _l || [ -n "$_l" ]; do
		case $_l in
		"ok "[0-9]*" - "*) _tap_n=$((_tap_n + 1))
			printf 'ok %s - %s\n' "$_tap_n" "${_l#* - }" ;;
		"not ok "[0-9]*" - "*) _tap_n=$((_tap_n + 1))
			_tap_fail=$((_tap_fail + 1))
			printf 'not ok %s - %s\n' "$_tap_n" "${_l#* - }" ;;
		*) printf '%s\n' "$_l" ;;
		esac
	done
}
# TAP_END (optional): a command plan_end runs first, for a last check.
plan_end() { [ -n "${TAP_END:-}" ] && $TAP_END; echo "1..$_tap_n"; [ "$_tap_fail" -eq 0 ]; }
