#!/bin/sh
# tests/unit/t-i18n-text.sh: the long texts in Simplified Chinese (issue
# 16): --explain for every finding id, and the text report's detail
# lines, are Chinese under LANG=zh_CN.UTF-8, wrapped by display width
# (no line past 80 columns where the English fits), keep finding ids,
# RFC numbers and option names in ASCII, and leave the JSON unchanged.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/mxi18nt.XXXXXX")
trap 'rm -rf "$T"' EXIT
WIDTH="$top_srcdir/tests/i18n-width.py"
i18n_setup "$T"
CJK=$(printf '[\344-\351]')	# the lead bytes of the CJK ideographs in UTF-8

# check LABEL <FILE: the result lines of tests/i18n-width.py as TAP.
check() {
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then ok "$1: $_label"; else not_ok "$1: $_label"; fi
	done
}

# --explain: every id, all five parts Chinese, the same RFCs and options.
ids=$(env $C_ENV "$MXSCOPE" --list-findings | awk '{ print $1 }')
is "$(env $ZH_ENV "$MXSCOPE" --list-findings | awk '{ print $1 }')" "$ids" \
    "--list-findings lists the same ids in zh_CN"
bad= eng= toks=
for id in $ids; do
	env $ZH_ENV "$MXSCOPE" --explain "$id" >"$T/x.zh" || bad="$bad $id"
	env $C_ENV "$MXSCOPE" --explain "$id" >"$T/x.c"
	cat "$T/x.zh" >>"$T/all.zh"
	for p in 含义： 如何发现： 由谁处理： 如何修复： 参见：RFC; do
		grep -q "^  $p" "$T/x.zh" || bad="$bad $id($p)"
	done
	# Each part (the See line aside) holds Chinese text.
	for p in 含义： 如何发现： 由谁处理： 如何修复：; do
		sed -n "s/^  $p//p" "$T/x.zh" | LC_ALL=C grep -q "$CJK" ||
		    eng="$eng $id($p)"
	done
	# RFC numbers, option names and the id are the same in both.
	for f in x.c x.zh; do
		grep -oE 'RFC [0-9]+|--[a-z][a-z0-9-]+' "$T/$f" | sort -u >"$T/$f.t"
	done
	cmp -s "$T/x.c.t" "$T/x.zh.t" || toks="$toks $id"
	[ "$(head -1 "$T/x.zh")" = "$id" ] || bad="$bad $id(id)"
done
is "$bad" "" "--explain ID in zh_CN: exit 0, the id, every part labelled"
is "$eng" "" "--explain ID in zh_CN: every part is translated"
is "$toks" "" "--explain ID in zh_CN: the same RFCs and options as in C"
python3 "$WIDTH" text "$T/all.zh" >"$T/w"
check "--explain in zh_CN" <"$T/w"
out=$(env $ZH_ENV "$MXSCOPE" --explain smtp.catch_all)
like "$out" '含义：MX 主机接受任意地址。' "smtp.catch_all explained in Chinese"
like "$out" '--no-catch-all 可跳过此项测试' "option names kept inside the Chinese"
out=$(env $ZH_ENV "$MXSCOPE" --explain imap.auth_failed)
like "$out" '由谁处理：用户（密码）或对方管理员' "the IMAP family in Chinese"
out=$(env $ZH_ENV "$MXSCOPE" --explain smtp.mail_deferred)
like "$out" '例如 smtp.rcpt_deferred' "the refusal family in Chinese"
err=$(env $ZH_ENV "$MXSCOPE" --explain no.such 2>&1 >/dev/null)
is "$?" 3 "an unknown id: exit 3 in zh_CN"
like "$err" "no\.such" "an unknown id: the id in the error line"
plan_end
