#!/bin/sh
# tests/unit/t-i18n.sh: localisation (issue 16).  The zh_CN catalogue is
# complete (no untranslated or fuzzy entry, formats checked by msgfmt)
# and holds every message xgettext finds in the sources; under
# LANG=zh_CN.UTF-8 --help, error lines and the text report are Chinese
# and laid out by display width, while the JSON (byte for byte), exit
# statuses, finding ids and reason words stay what they are in C.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/mxi18n.XXXXXX")
trap 'rm -rf "$T"' EXIT
PO="$top_srcdir/po/zh_CN.po"
WIDTH="$top_srcdir/tests/i18n-width.py"
i18n_setup "$T"

# check LABEL <FILE: the result lines of tests/i18n-width.py as TAP.
check() {
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then ok "$1: $_label"; else not_ok "$1: $_label"; fi
	done
}

# The catalogue: complete, nothing fuzzy, the formats as in the msgids.
stats=$(msgfmt --check --statistics -o /dev/null "$PO" 2>&1)
is "$?" 0 "msgfmt --check accepts po/zh_CN.po"
like "$stats" '^[0-9]+ translated messages\.$' \
    "every entry translated, none fuzzy ($stats)"
is "$(msgattrib --untranslated --no-obsolete "$PO" | grep -c '^msgid')" 0 \
    "msgattrib finds no untranslated entry"
is "$(msgattrib --only-fuzzy --no-obsolete "$PO" | grep -c '^msgid')" 0 \
    "msgattrib finds no fuzzy entry"
# Every msgid in the sources is in the catalogue (xgettext, as make
# update-po runs it).
sh "$top_srcdir/po/xgettext.sh" "$top_srcdir" >"$T/mxscope.pot" 2>"$T/xg.err"
is "$?" 0 "xgettext reads the sources"
n=$(grep -c '^msgid' "$T/mxscope.pot")
[ "$n" -gt 400 ] && ok "the template holds $n messages" ||
    not_ok "the template holds $n messages"
msgcmp "$PO" "$T/mxscope.pot" 2>"$T/cmp.err"
is "$?" 0 "every msgid of the sources is in po/zh_CN.po"
[ -s "$T/cmp.err" ] && diag "$(head -5 "$T/cmp.err")"

# --help in Chinese, the same options, every line within 80 columns.
env $ZH_ENV "$MXSCOPE" --help >"$T/help.zh"
is "$?" 0 "--help exits 0 in zh_CN"
env $C_ENV "$MXSCOPE" --help >"$T/help.c"
like "$(head -1 "$T/help.zh")" '^用法：mxscope' "--help is Chinese"
is "$(grep -o -- '--[a-z0-9-]*' "$T/help.zh" | sort -u)" \
    "$(grep -o -- '--[a-z0-9-]*' "$T/help.c" | sort -u)" \
    "--help names the same options in zh_CN as in C"
python3 "$WIDTH" text "$T/help.zh" >"$T/w"
check "--help" <"$T/w"

# An error line: Chinese words, the same exit status.
env $ZH_ENV "$MXSCOPE" --no-such-option >/dev/null 2>"$T/err.zh"
st_zh=$?
env $C_ENV "$MXSCOPE" --no-such-option >/dev/null 2>"$T/err.c"
is "$st_zh" "$?" "a usage error exits the same in zh_CN (3)"
is "$(cat "$T/err.zh")" "mxscope: 未知选项 --no-such-option（见 --help）" \
    "the error line is Chinese"
# Usage errors kept in a variable before they are printed (options.c:
# N_() marks them for xgettext, _() translates them where printed).
env $ZH_ENV "$MXSCOPE" --batch /dev/null user@example.org >/dev/null 2>"$T/err.zh"
is "$?:$(cat "$T/err.zh")" "3:mxscope: --batch 从其 FILE 读取目标；请勿再给出其他目标" \
    "a usage error held in a variable (--batch with a target) is Chinese"
env $ZH_ENV "$MXSCOPE" --report >/dev/null 2>"$T/err.zh"
is "$(cat "$T/err.zh")" "mxscope: 未给出目标：请给出 user@domain 或域名（见 --help）" \
    "the missing-target error is Chinese, words and all"

# The text report of a demo scenario in Chinese, aligned by width.
env $ZH_ENV "$MXSCOPE" --demo userunknown --report >"$T/rep.zh" 2>&1
is "$?" 2 "the zh_CN report exits 2 on userunknown"
rep=$(cat "$T/rep.zh")
like "$rep" '^结论：地址不存在 \(userunknown\)' "the verdict in Chinese, reason word kept"
like "$rep" '处理方：发件人。' "who must act in Chinese"
like "$rep" '诊断项（[0-9]+ 项' "the findings heading in Chinese"
like "$rep" 'smtp\.rcpt_rejected' "finding ids unchanged"
like "$rep" '退出状态：2（' "the exit status line in Chinese"
python3 "$WIDTH" report "$T/rep.zh" >"$T/w"
check "zh_CN report (userunknown)" <"$T/w"
env $ZH_ENV "$MXSCOPE" --demo healthy --report >"$T/rep2.zh" 2>&1
python3 "$WIDTH" report "$T/rep2.zh" >"$T/w"
check "zh_CN report (healthy)" <"$T/w"
like "$(cat "$T/rep2.zh")" '接受任何地址' "a finding's summary in Chinese"

# JSON never changes: byte for byte on the offline bounce reader, and a
# live demo run's document equal once its run-dependent numbers (ports,
# lab addresses, times, the random catch-all address) are masked.
for f in "$top_srcdir"/tests/fuzz/ndr/*.eml; do
	b=$(basename "$f")
	env $C_ENV "$MXSCOPE" --ndr --offline --json "$f" >"$T/c.json" 2>&1
	sc=$?
	env $ZH_ENV "$MXSCOPE" --ndr --offline --json "$f" >"$T/zh.json" 2>&1
	sz=$?
	if cmp -s "$T/c.json" "$T/zh.json" && [ "$sc" = "$sz" ]; then
		ok "--ndr --offline --json $b: byte-identical in zh_CN, exit $sc"
	else
		not_ok "--ndr --offline --json $b: byte-identical in zh_CN"
	fi
done
mask() { sed -E 's/[0-9a-f]{16}/H/g; s/[0-9]+/N/g' "$1"; }
for s in healthy userunknown blocked greylisted nxdomain tls-expired disagree; do
	env $C_ENV "$MXSCOPE" --demo "$s" --json >"$T/c.json" 2>/dev/null
	sc=$?
	env $ZH_ENV "$MXSCOPE" --demo "$s" --json >"$T/zh.json" 2>/dev/null
	sz=$?
	is "$sz" "$sc" "--demo $s: the same exit status in zh_CN"
	if [ "$(mask "$T/c.json")" = "$(mask "$T/zh.json")" ]; then
		ok "--demo $s --json: the same document in zh_CN"
	else
		not_ok "--demo $s --json: the same document in zh_CN"
		diff "$T/c.json" "$T/zh.json" | head -6 | sed 's/^/# /'
	fi
	if LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/zh.json"; then
		not_ok "--demo $s --json: ASCII only in zh_CN"
	else
		ok "--demo $s --json: ASCII only in zh_CN"
	fi
done
# Every scenario ends with the same exit status in both locales.  The
# runs go four at a time (lab_bg: most wait on a lab's replies, nobanner
# and deadresolver 3 s on a timeout), then are compared in the list's order.
# demo_exit ENV LOC SCENARIO: --demo SCENARIO --report's status to exit.SCENARIO.LOC.
demo_exit() {
	# shellcheck disable=SC2086 # C_ENV, ZH_ENV: lists of words for env
	env $1 "$MXSCOPE" --demo "$3" --report >/dev/null 2>&1
	echo "$?" >"$T/exit.$3.$2"
}
scenarios=$("$MXSCOPE" --list-scenarios | awk '{ print $1 }')
for s in $scenarios; do
	lab_bg demo_exit "$C_ENV" c "$s"
	lab_bg demo_exit "$ZH_ENV" zh "$s"
done
lab_wait
bad=
for s in $scenarios; do
	sc=$(cat "$T/exit.$s.c" 2>/dev/null) || sc="no C run"
	sz=$(cat "$T/exit.$s.zh" 2>/dev/null) || sz="no zh_CN run"
	[ "$sc" = "$sz" ] || bad="$bad $s"
done
is "$bad" "" "every demo scenario exits the same in zh_CN as in C"
plan_end
