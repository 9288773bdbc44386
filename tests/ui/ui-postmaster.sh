#!/bin/sh
# tests/ui/ui-postmaster.sh: the dashboard's first screen of a domain the
# exchanger does not serve (the postmaster probe, RFC 5321 §4.5.1: the
# recipient and postmaster@ refused alike).  At 80x24, in English and in
# Simplified Chinese, the header's verdict says so ("Domain not served
# here"), not the generic "Relaying refused", with the reason word
# norelaying kept; first-frame.py checks the rest of the answer.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
ORACLE="${top_srcdir:-.}/tests/ui/first-frame.py"
SCN="${top_srcdir:-.}/tests/lab/scenarios/postmaster/not-served.scn"
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"

ui_lab_start "$SCN"
ARGS="--dns $LAB_DNS -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 $LAB_TARGET"

# shellcheck disable=SC2086 # ARGS: plain words
"$MXSCOPE" $ARGS --json >"$UI_DIR/doc.json" 2>/dev/null
ui_open 80 24 "env LC_ALL=C.UTF-8 TERM=xterm-256color $MXSCOPE $ARGS"
if ui_wait_done 20; then
	ok "the run finishes"
else
	not_ok "the run finishes"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'Verdict: Domain not served here \(norelaying\)' \
    "the header says the domain is not served here"
unlike "$UI_SCREEN" 'Relaying refused' "not the generic 'Relaying refused'"
printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
python3 "$ORACLE" "$UI_DIR/doc.json" "$UI_DIR/screen.txt" \
    >"$UI_DIR/checks" 2>&1 || echo "0 oracle failed" >>"$UI_DIR/checks"
while read -r _res _label; do
	if [ "$_res" = 1 ]; then
		ok "first frame: $_label"
	else
		not_ok "first frame: $_label"
		diag "$UI_SCREEN"
	fi
done <"$UI_DIR/checks"
ui_keys q
ui_exit 5 || not_ok "q ends it"

ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE $ARGS"
if ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 20; then
	ok "zh_CN: the run finishes"
else
	not_ok "zh_CN: the run finishes"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" '结论：此服务器不接收该域名的邮件 ?\(norelaying\)' \
    "zh_CN: the header says it in Chinese with the reason word"
printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
python3 "${top_srcdir:-.}/tests/i18n-width.py" text "$UI_DIR/screen.txt" |
    grep -q '^1 ' && ok "zh_CN: the frame fits 80 columns" ||
    not_ok "zh_CN: the frame fits 80 columns"
ui_keys q
ui_exit 5 || not_ok "zh_CN: q ends it"
lab_stop

# Equal preference, one exchanger refusing: the verdict says it after its
# own sentence ("But mx1 ..., of the same preference, refuses it"), as
# the report does; at 80x24 who must act and the fix stay on the first
# screen (the header shortens the verdict if it must).
ui_lab_start "${top_srcdir:-.}/tests/lab/scenarios/postmaster/equal-pref.scn"
ARGS="--dns $LAB_DNS -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 $LAB_TARGET"
for env in "LC_ALL=C.UTF-8" "$ZH_ENV"; do
	ui_open 80 24 "env $env TERM=xterm-256color $MXSCOPE $ARGS"
	case $env in
	LC_ALL=*) done_re=' SMTP [0-9]+/[0-9]+ +finished' act='Who must act: remote admin\. Fix: The remote' but='But mx1\.example\.test' lang=en ;;
	*) done_re=' SMTP [0-9]+/[0-9]+ +已结束' act='处理方：对方管理员。' but='但同一优先级的 ?mx1\.example\.test' lang=zh_CN ;;
	esac
	if ui_wait "$done_re" 20; then
		ok "equal-pref $lang: the run finishes"
	else
		not_ok "equal-pref $lang: the run finishes"
		diag "$UI_SCREEN"
	fi
	like "$UI_SCREEN" "$but" "equal-pref $lang 80x24: the header's verdict says the refusing peer"
	like "$UI_SCREEN" "$act" "equal-pref $lang 80x24: who must act and the fix on the first screen"
	ui_keys q
	ui_exit 5 || not_ok "equal-pref $lang: q ends it"
done
lab_stop
plan_end
