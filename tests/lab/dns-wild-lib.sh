# tests/lab/dns-wild-lib.sh: sourced by the dns-wild-*.sh tests (issue 12,
# DNS situations a mail admin meets): `wild NAME...` runs mxscope --json
# against each tests/lab/scenarios/wild/NAME.scn (WILD_DIR, if set, names
# another directory) and checks what its comment lines say:
#   # expect REASON EXIT ACTOR|ACTOR_ALSO   ("_" for a space, "-" none)
#   # finding ID...                         ids that must be there
#   # absent ID...                          ids that must not be there
#   # args ARG...                           more mxscope arguments
#   # summary REGEX                         the JSON verdict's summary
#                                           matches (Python re.search)
# A scenario with two resolvers runs twice more, each resolver answering
# 150 ms after the other: reason, exit, actor and finding ids must not
# depend on which answer came first.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
WILD_DIR=${WILD_DIR:-${top_srcdir:-.}/tests/lab/scenarios/wild}
WILD_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mxwild.XXXXXX") || exit 1

# wild_outcome: "REASON EXIT ACTOR|ALSO id id ..." of the JSON in MX_OUT
# (ids sorted, each once).
wild_outcome() {
	printf '%s\n' "$MX_OUT" | "$LAB_PY" -c '
import json, sys
try:
    d = json.load(sys.stdin)
except ValueError:
    print("no-json"); sys.exit(0)
v = d.get("verdict") or {}
a = (v.get("actor") or "-").replace(" ", "_")
b = (v.get("actor_also") or "-").replace(" ", "_")
ids = sorted(set(f.get("id") for f in d.get("findings") or []))
print(" ".join([str(v.get("reason")), sys.argv[1], a + "|" + b] + ids))' \
	    "$MX_STATUS" 2>&1
}

# wild_summary REGEX: "ok" when the JSON verdict's summary in MX_OUT
# matches REGEX, else the summary.
wild_summary() {
	printf '%s\n' "$MX_OUT" | "$LAB_PY" -c '
import json, re, sys
try:
    s = (json.load(sys.stdin).get("verdict") or {}).get("summary") or ""
except ValueError:
    s = "no-json"
print("ok" if re.search(sys.argv[1], s) else s)' "$1" 2>&1
}

# wild_one FILE ARGS...: run the scenario FILE; sets WILD_GOT and
# WILD_SUMMARY (the check of its "# summary" line, if any).
wild_one() {
	_f=$1
	shift
	if ! lab_start "$_f"; then
		WILD_GOT="lab-failed"
		return
	fi
	mx_run --json "$@" "$LAB_TARGET"
	WILD_GOT=$(wild_outcome)
	_re=$(sed -n 's/^# summary //p' "$_f")
	WILD_SUMMARY=ok
	[ -n "$_re" ] && WILD_SUMMARY=$(wild_summary "$_re")
	lab_stop
}

# wild NAME...: check each scenario (see the top).
wild() {
	for _n in "$@"; do
		_scn=$WILD_DIR/$_n.scn
		# shellcheck disable=SC2046 # the comment lines' words
		set -- $(sed -n 's/^# expect //p' "$_scn")
		_want="$1 $2 $3"
		_wargs=$(sed -n 's/^# args //p' "$_scn")
		# shellcheck disable=SC2086 # _wargs: plain words (not _args: mx_run's)
		wild_one "$_scn" $_wargs
		_got=$WILD_GOT
		# shellcheck disable=SC2086
		set -- $_got
		is "$1 $2 $3" "$_want" "$_n: reason, exit status, who must act"
		if grep -q '^# summary ' "$_scn"; then
			is "$WILD_SUMMARY" ok "$_n: the verdict's words"
		fi
		# shellcheck disable=SC2013 # ids are words
		for _id in $(sed -n 's/^# finding //p' "$_scn"); do
			case " $_got " in
			*" $_id "*) ok "$_n: finding $_id" ;;
			*) not_ok "$_n: finding $_id (got $_got)" ;;
			esac
		done
		# shellcheck disable=SC2013 # ids are words
		for _id in $(sed -n 's/^# absent //p' "$_scn"); do
			case " $_got " in
			*" $_id "*) not_ok "$_n: no finding $_id (got $_got)" ;;
			*) ok "$_n: no finding $_id" ;;
			esac
		done
		grep -q '^resolver' "$_scn" || continue
		# The first resolver late, then the second late.
		sed '/^target /a delay 150' "$_scn" >"$WILD_TMP/a.scn"
		sed '0,/^resolver/s//resolver\ndelay 150/' "$_scn" \
		    >"$WILD_TMP/b.scn"
		# shellcheck disable=SC2086
		wild_one "$WILD_TMP/a.scn" $_wargs
		is "$WILD_GOT" "$_got" "$_n: the same with the first resolver late"
		# shellcheck disable=SC2086
		wild_one "$WILD_TMP/b.scn" $_wargs
		is "$WILD_GOT" "$_got" "$_n: the same with the second resolver late"
	done
}
