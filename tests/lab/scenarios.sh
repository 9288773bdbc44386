#!/bin/sh
# tests/lab/scenarios.sh: the real mxscope binary against every foundation
# scenario of the loopback lab (issue 2 "Test lab and tests"): `mxscope
# --json` through mx_run, then python3's json module checks the JSON
# contract (target, resolvers[], mx[].addresses[], findings[] with
# id/severity/summary/remedy, verdict with reason/summary), the verdict's
# reason, the exit status and the finding ids.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"

T=$(mktemp -d "${TMPDIR:-/tmp}/mxscope-scn.XXXXXX") || exit 1
CHECK=$T/check.py
# shellcheck disable=SC2086 # a list of pids
lab_trap 'kill $LAB_BG_PIDS 2>/dev/null; lab_wait; rm -rf "$T"'
# check.py JSON_FILE NRESOLVERS TARGET REASON FINDING...; REASON "-" = any.
# Prints "1<TAB>what" or "0<TAB>what" per check.
cat >"$CHECK" <<'PYEOF'
import json, sys
path, nres, target, reason = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
want = sys.argv[5:]

def t(cond, name):
    print('%d\t%s' % (1 if cond else 0, name.replace('\\', '')))

try:
    doc = json.load(open(path))
except ValueError as e:
    t(False, 'output is one JSON document (%s)' % e)
    sys.exit(0)
shape = (isinstance(doc, dict) and doc.get('target') == target and
         isinstance(doc.get('resolvers'), list) and
         isinstance(doc.get('mx'), list) and
         all(isinstance(m.get('addresses'), list) for m in doc['mx']) and
         isinstance(doc.get('findings'), list) and
         all(all(k in f for k in ('id', 'severity', 'summary', 'remedy'))
             for f in doc['findings']) and
         isinstance(doc.get('verdict'), dict) and
         all(k in doc['verdict'] for k in ('reason', 'summary')))
t(shape, 'JSON has target, resolvers[], mx[].addresses[], findings[], verdict')
res = doc.get('resolvers') or []
t(len(res) == nres, '%d resolver(s) reported (got %d)' % (nres, len(res)))
got = (doc.get('verdict') or {}).get('reason')
if reason != '-':
    t(got == reason, 'verdict reason %s (got %s)' % (reason, got))
ids = [f.get('id') for f in doc.get('findings') or []]
for w in want:
    t(w in ids, 'finding %s (got %s)' % (w, ' '.join(map(str, ids)) or 'none'))
PYEOF

# Turn "1<TAB>name" / "0<TAB>name" lines into TAP, prefixed with $1.
tap_lines() {
	while IFS='	' read -r _r _name; do
		case $_r in
		1) ok "$1: $_name" ;;
		0) not_ok "$1: $_name" ;;
		*) diag "$_r $_name" ;;
		esac
	done
}

# scenario_run DIR NAME REASON "FINDING ..." [MXSCOPE ARGS...]: NAME's
# lab run (lab_save) and check.py's lines over its JSON, kept in DIR.
scenario_run() {
	_sr=$1 _sc=$2 _reason=$3 _ids=$4
	shift 4
	lab_save "$_sr" "$_sc" --json "$@" || return
	_nres=$(echo "$LAB_DNS" | tr ',' '\n' | grep -c .)
	# shellcheck disable=SC2086 # _ids is a list of finding ids
	python3 "$CHECK" "$_sr/out" "$_nres" "$LAB_TARGET" "$_reason" $_ids \
	    >"$_sr/check" 2>&1
}

# scenario NAME EXIT REASON "FINDING ..." [MXSCOPE ARGS...]
# EXIT may be a list like "1|2"; "-" accepts any of 0, 1, 2 (tested,
# not "could not test").  The run pass starts its run (scenario_run, in
# the background), the check pass reads it back and checks it.
scenario() {
	_k=$((_k + 1))
	_sc=$1 _exit=$2 _reason=$3 _ids=$4
	shift 4
	if [ "$pass" = run ]; then
		lab_bg scenario_run "$T/$_k" "$_sc" "$_reason" "$_ids" "$@"
		return
	fi
	if ! lab_load "$T/$_k"; then
		not_ok "$_sc: lab starts"
		return
	fi
	case $_exit in -) _exit="0|1|2" ;; esac
	case "|$_exit|" in
	*"|$MX_STATUS|"*) ok "$_sc: exit status $MX_STATUS" ;;
	*) not_ok "$_sc: exit status $_exit (got $MX_STATUS)" ;;
	esac
	tap_lines "$_sc" <"$T/$_k/check"
	is "$MX_ERR" "" "$_sc: nothing on stderr (mxscope closed its loop)"
	is "$LAB_STATUS" 0 "$_sc: the lab closed its loop"
}

# Every run and its checks, in order: with pass=run each run only starts
# (four at a time; most of a run is waiting on loopback peers and
# timeouts), with pass=check each is read back in this order and checked,
# so the TAP lines and their numbers are those of one run after another.
runs() {
	_k=0
	scenario healthy 0 deliverable ""
	scenario userunknown 2 userunknown ""
	scenario mailboxfull 1 mailboxfull ""
	scenario mesgtoobig 2 mesgtoobig "" --size 5000000
	scenario blocked 2 blocked ""
	scenario blocked-banner 2 blocked ""
	scenario greylisted 1 greylisted ""
	scenario nxdomain 2 hostunknown "dns.nxdomain"
	scenario servfail 1 - "dns.servfail"
	scenario nullmx 2 notaccept "dns.null_mx"
	scenario implicitmx 0 deliverable "dns.implicit_mx"
	scenario refused - - "smtp.connect_refused"
	scenario nobanner - - "smtp.no_banner"
	scenario disagree - - "dns.resolvers_disagree"
	scenario deadresolver - - "dns.timeout"
	scenario backup "0|1" deliverable "smtp.connect_refused"
	scenario tls-untrusted - - "tls.cert_untrusted"
	scenario tls-wrongname - - "tls.cert_name_mismatch"
	scenario tls-expired - - "tls.cert_expired"
	scenario starttls-injection - - "smtp.starttls_injection"
	scenario gmail-nosuchuser 2 userunknown "smtp.rcpt_rejected"
	scenario spamhaus-450 1 blocked "smtp.rcpt_deferred"
	# The refusal names zen.spamhaus.org but the lab's lists do not list us:
	# dnsbl.clean says so and is ours to follow up, not "nobody".
	[ "$pass" = run ] || is "$(printf '%s\n' "$MX_OUT" | python3 -c '
import json, sys
f = [x for x in json.load(sys.stdin).get("findings") or []
    if x.get("id") == "dnsbl.clean"]
print(f and f[0].get("actor"), f and "names zen.spamhaus.org" in
    (f[0].get("summary") or ""))' 2>/dev/null)" "us True" \
	    "spamhaus-450: a listing the refusal names but the lookups do not confirm is said, ours to follow up"
	scenario hostile-banner - - "smtp.control_characters"

	# Real providers' refusals (issue 12): one scenario file per provider
	# family under scenarios/providers/, each citing the source of its text
	# and saying "# expect REASON EXIT ACTOR|ACTOR_ALSO" ("_" for a space,
	# "-" for none).  The verdict, the exit status and who must act are
	# checked.
	for _f in "${top_srcdir:-.}"/tests/lab/scenarios/providers/*.scn; do
		# shellcheck disable=SC2046 # the expect line's words
		set -- $(sed -n 's/^# expect //p' "$_f")
		_want_reason=$1 _want_exit=$2 _want_actor=$3
		if [ "$pass" = run ]; then
			scenario "$_f" "$_want_exit" "$_want_reason" ""
			continue
		fi
		_n=$(basename "$_f" .scn)
		is "$([ -n "$_want_actor" ] && echo yes)" yes "$_n: the scenario says what to expect"
		is "$(grep -c '^# source: ' "$_f" | sed 's/^[1-9][0-9]*$/yes/')" yes \
		    "$_n: the scenario cites its source"
		scenario "$_f" "$_want_exit" "$_want_reason" ""
		_got=$(printf '%s\n' "$MX_OUT" | python3 -c '
import json, sys
v = json.load(sys.stdin).get("verdict") or {}
a = (v.get("actor") or "-").replace(" ", "_")
b = (v.get("actor_also") or "-").replace(" ", "_")
print(a + "|" + b)' 2>/dev/null)
		is "$_got" "$_want_actor" "$_n: who must act (actor|actor_also)"
		# "# finding-says TEXT": a finding's summary holds TEXT (which
		# provider row decided, issue 12).
		_says=$(sed -n 's/^# finding-says //p' "$_f")
		if [ -n "$_says" ]; then
			_got=$(printf '%s\n' "$MX_OUT" | SAYS="$_says" python3 -c '
import json, os, sys
f = json.load(sys.stdin).get("findings") or []
print("yes" if any(os.environ["SAYS"] in (x.get("summary") or "")
    for x in f) else "no")' 2>/dev/null)
			is "$_got" yes "$_n: a finding says \"$_says\""
		fi
	done

	# Hostile bytes from the network never reach the report raw.
	if [ "$pass" = run ]; then
		lab_bg lab_save "$T/report" hostile-banner --report
	elif lab_load "$T/report"; then
		case $MX_STATUS in 0|1|2) ok "hostile-banner: report made" ;;
		*) not_ok "hostile-banner: report made (status $MX_STATUS)" ;; esac
		if printf '%s' "$MX_OUT" | LC_ALL=C grep -q "$(printf '[\033\233\007]')"; then
			not_ok "hostile-banner: no ESC, BEL or raw 0x9b in the report"
		else
			ok "hostile-banner: no ESC, BEL or raw 0x9b in the report"
		fi
		like "$MX_OUT" '\^\[\]0;pwned' "hostile-banner: escape shown as ^["
	else
		not_ok "hostile-banner: lab starts"
	fi
}

pass=run
runs
lab_wait
pass=check
runs
plan_end
