#!/bin/sh
# tests/lab/postmaster.sh: the postmaster probe (issue 12, RFC 5321
# §4.5.1): after the recipient's 5xx, one RCPT TO:<postmaster@DOMAIN> in
# the same transaction tells "no such user here" (the sender acts) from
# "this server takes no mail for the domain" (the domain's admin acts).
# Each tests/lab/scenarios/postmaster/*.scn states its reason, exit status,
# actor, findings and verdict words (dns-wild-lib.sh's comment lines).
WILD_DIR=${top_srcdir:-.}/tests/lab/scenarios/postmaster
. "${top_srcdir:-.}/tests/lab/dns-wild-lib.sh"
wild served not-served not-served-unpiped opt-out deferred blocked \
    no-postmaster target-postmaster equal-pref stale-view deadline-unpiped

# deadline.scn: the recipient's 5xx came at once, the postmaster RCPT's
# reply is held back (pmdelay): --deadline 1 stops the run there, before
# the 2 s step timeout, and the transcript says the refusal stands (its
# JSON: MX_OUT of wild's last run).
wild deadline
_dl=$(printf '%s\n' "$MX_OUT" | "$LAB_PY" -c '
import json, sys
d = json.load(sys.stdin)
a = d["mx"][0]["addresses"][0]
t = [l["text"] for l in a["transcript"] if l["dir"] == "*"]
pm = [l for l in a["transcript"] if l["dir"] == "C" and "postmaster@" in l["text"]]
print("%s %s %s" % (d["elapsed_ms"] < 1900, len(pm),
    any("postmaster RCPT" in x and "not awaited" in x for x in t)))' 2>&1)
is "$_dl" "True 1 True" "deadline: stopped by --deadline while the postmaster RCPT's reply was awaited"

# The headline a helpdesk reads first says what the postmaster RCPT found
# (words.c): the domain is not served there, not "Relaying refused"; the
# reason word stays norelaying (wild's not-served checks the JSON).  In
# English and in Simplified Chinese, within 80 columns (--report).
. "${top_srcdir:-.}/tests/i18n-env.sh"
i18n_setup "$WILD_TMP/loc"
WIDTH="${top_srcdir:-.}/tests/i18n-width.py"

# pm_report "ENV" ARGS...: the --report of the running lab under the
# environment words ENV into $WILD_TMP/rep (mx_run's arguments and ARGS).
pm_report() {
	_e=$1
	shift
	_a="-p $LAB_PORT --tls-ca $LAB_CA --timeout 2 --report"
	for _d in $(echo "$LAB_DNS" | tr ',' ' '); do
		_a="$_a --dns $_d"
	done
	# shellcheck disable=SC2086 # plain words
	env $_e timeout 30 "$MXSCOPE" $_a "$@" "$LAB_TARGET" \
	    >"$WILD_TMP/rep" 2>/dev/null </dev/null
}

# pm_fits LABEL: the report in $WILD_TMP/rep fits 80 columns.
pm_fits() {
	if python3 "$WIDTH" text "$WILD_TMP/rep" | grep -q '^1 '; then
		ok "$1: the report fits 80 columns"
	else
		not_ok "$1: the report fits 80 columns"
	fi
}

if lab_start "$WILD_DIR/not-served.scn"; then
	pm_report "$C_ENV"
	like "$(head -n 1 "$WILD_TMP/rep")" '^Verdict: Domain not served here \(norelaying\)\. ' \
	    "not-served: the headline says the domain is not served"
	unlike "$(cat "$WILD_TMP/rep")" 'Relaying refused' \
	    "not-served: not the generic 'Relaying refused'"
	pm_fits not-served
	# The reply as sent, its status code once (not "550 5.1.0: 5.1.0 ...").
	_rep=$(tr -s ' \n' '  ' <"$WILD_TMP/rep")
	like "$_rep" 'too \(550 5\.1\.0 Invalid recipient: <postmaster@' \
	    "not-served: the postmaster's reply quoted as sent, its status once"
	unlike "$_rep" '5\.1\.0: 5\.1\.0' \
	    "not-served: no status code repeated in the finding"
	pm_report "$ZH_ENV"
	like "$(head -n 1 "$WILD_TMP/rep")" '此服务器不接收该域名的邮件 ?\(norelaying\)' \
	    "not-served in zh_CN: the headline in Chinese, the reason word kept"
	pm_fits "not-served in zh_CN"
	lab_stop
else
	not_ok "the lab starts (not-served)"
fi
# The report's verdict is whole: the sentence the equal-preference check
# adds after the verdict's own ("But mx1 ..., of the same preference,
# refuses it") is in the Verdict lines, wrapped, before who must act.
if lab_start "$WILD_DIR/equal-pref.scn"; then
	pm_report "$C_ENV"
	like "$(sed -n '/^Verdict:/,/^Who must act:/p' "$WILD_TMP/rep" | tr -s ' \n' '  ')" \
	    '^Verdict: Deliverable \(deliverable\)\. mx2\.example\.test \[[0-9.]+\] accepts mail for user@example\.test \(with warnings\)\. But mx1\.example\.test \[[0-9.]+\], of the same preference, refuses it \(550 5\.1\.0\)\. Who must act:' \
	    "equal-pref: the report's verdict says the refusing peer too"
	pm_fits equal-pref
	pm_report "$ZH_ENV"
	like "$(tr -d ' \n' <"$WILD_TMP/rep")" '^结论：.*但同一优先级的mx1\.example\.test\[[0-9.]+\]拒收（5505\.1\.0）。处理方：' \
	    "equal-pref in zh_CN: the report's verdict says it too"
	pm_fits "equal-pref in zh_CN"
	lab_stop
else
	not_ok "the lab starts (equal-pref)"
fi
rm -rf "$WILD_TMP"
plan_end
