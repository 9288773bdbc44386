#!/bin/sh
# tests/unit/t-i18n-text.sh: the long texts in Simplified Chinese (issue
# 16): --explain for every finding id, and the text report's detail
# lines, are Chinese under LANG=zh_CN.UTF-8, wrapped by display width
# (no line past 80 columns where the English fits), keep finding ids,
# RFC numbers and option names in ASCII, and leave the JSON unchanged.
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
T=$(mktemp -d "${TMPDIR:-/tmp}/mxi18nt.XXXXXX")
lab_trap 'rm -rf "$T"'
WIDTH="$top_srcdir/tests/i18n-width.py"
i18n_setup "$T"
CJK=$(printf '[\344-\351]')	# the lead bytes of the CJK ideographs in UTF-8

# check LABEL <FILE: the result lines of tests/i18n-width.py as TAP.
check() {
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then ok "$1: $_label"; else not_ok "$1: $_label"; fi
	done
}

# wide_more C ZH LABEL: ZH has no more lines past 80 columns than C.
wide_more() {
	python3 - "$1" "$2" <<'PY' >"$T/wm"
import sys, unicodedata
def over(p):
    return [l for l in open(p, encoding='utf-8').read().split('\n')
            if sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1
                   for c in l) > 80]
c, z = over(sys.argv[1]), over(sys.argv[2])
print(len(c), len(z), repr(z[:2]))
PY
	read -r _c _z _rest <"$T/wm"
	if [ "$_z" -le "$_c" ]; then
		ok "$3: no more lines past 80 columns than in C ($_z, $_c)"
	else
		not_ok "$3: no more lines past 80 columns than in C ($_z, $_c)"
		diag "$_rest"
	fi
}

# --explain: every id, all five parts Chinese, the same RFCs and options.
ids=$(env $C_ENV "$MXSCOPE" --list-findings | awk '{ print $1 }')
is "$(env $ZH_ENV "$MXSCOPE" --list-findings | awk '{ print $1 }')" "$ids" \
    "--list-findings lists the same ids in zh_CN"
# explain_pair ID: ID's --explain in zh_CN and in C, in $T/x.ID.zh and
# x.ID.c ($T/x.ID.fail: the zh_CN run did not exit 0).
explain_pair() {
	# shellcheck disable=SC2086 # C_ENV, ZH_ENV: lists of words for env
	env $ZH_ENV "$MXSCOPE" --explain "$1" >"$T/x.$1.zh" || : >"$T/x.$1.fail"
	# shellcheck disable=SC2086
	env $C_ENV "$MXSCOPE" --explain "$1" >"$T/x.$1.c"
}
# The ids run four at a time (lab_bg), then one python3 reads them all in
# the list's order (a shell loop of greps per id cost ~20 processes each).
for id in $ids; do
	lab_bg explain_pair "$id"
done
lab_wait
for id in $ids; do
	cat "$T/x.$id.zh" >>"$T/all.zh"
done
# Per id: the exit status, each part labelled, the id on the first line
# (bad); each part but See holds Chinese, a lead byte E4-E9 in UTF-8:
# U+4000-U+9FFF (eng); the same RFC numbers and option names (toks).
# shellcheck disable=SC2086 # a list of ids
python3 - "$T" $ids <<'PY' >"$T/xr" || echo " (the check failed)" >"$T/xr"
import os, re, sys
t, ids = sys.argv[1], sys.argv[2:]
parts = ['含义：', '如何发现：', '由谁处理：', '如何修复：', '参见：RFC']
bad, eng, toks = [], [], []
tok = lambda s: set(re.findall(r'RFC [0-9]+|--[a-z][a-z0-9-]+', s))
for i in ids:
    read = lambda ext: open('%s/x.%s.%s' % (t, i, ext), encoding='utf-8',
                            errors='surrogateescape').read()
    zh, c = read('zh'), read('c')
    lines = zh.split('\n')
    if os.path.exists('%s/x.%s.fail' % (t, i)):
        bad.append(i)
    bad += ['%s(%s)' % (i, p) for p in parts
            if not any(l.startswith('  ' + p) for l in lines)]
    eng += ['%s(%s)' % (i, p) for p in parts[:4]
            if not any(re.search('[\u4000-\u9fff]', l[len(p) + 2:])
                       for l in lines if l.startswith('  ' + p))]
    if tok(c) != tok(zh):
        toks.append(i)
    if lines[0] != i:
        bad.append(i + '(id)')
for l in bad, eng, toks:
    print(''.join(' ' + x for x in l))
PY
{ IFS= read -r bad; IFS= read -r eng; IFS= read -r toks; } <"$T/xr"
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

# The text report in zh_CN for every demo scenario: no line past 80
# columns where the English fits, the same exit status, the same JSON.
# demo_pair S: S's demo report in C and in zh_CN, in $T/r.S.c and r.S.zh.
demo_pair() {
	# shellcheck disable=SC2086 # C_ENV, ZH_ENV: lists of words for env
	env $C_ENV "$MXSCOPE" --demo "$1" --report >"$T/r.$1.c" 2>&1
	# shellcheck disable=SC2086
	env $ZH_ENV "$MXSCOPE" --demo "$1" --report >"$T/r.$1.zh" 2>&1
}
# The demos run four at a time (lab_bg: each lab on its own loopback
# ports; two wait seconds on a timeout), then are read in the list's order.
scenarios=$("$MXSCOPE" --list-scenarios | awk '{ print $1 }')
for s in $scenarios; do
	lab_bg demo_pair "$s"
done
lab_wait
n=0 read=0
for s in $scenarios; do
	n=$((n + 1))
	LC_ALL=C grep -q "$CJK" "$T/r.$s.zh" && grep -q '^Target: ' "$T/r.$s.c" &&
	    read=$((read + 1))
	cat "$T/r.$s.zh" >>"$T/every.zh"	# also read below
	python3 "$WIDTH" text "$T/r.$s.c" | grep -q '^1' &&
	    cat "$T/r.$s.zh" >>"$T/reports.zh"
done
is "$read" "$n" "every demo scenario gave a C and a zh_CN report"
python3 "$WIDTH" text "$T/reports.zh" >"$T/w"
check "every demo scenario's zh_CN report" <"$T/w"

# Our transcript notes are translated where they are shown; the JSON
# keeps the English note.
env $ZH_ENV "$MXSCOPE" --demo userunknown --report --verbose >"$T/v.zh" 2>&1
like "$(cat "$T/v.zh")" '\*: 已连接' "a transcript note in Chinese (--verbose)"
like "$(cat "$T/v.zh")" '\*: TLS 握手开始' "the TLS note in Chinese"
env $ZH_ENV "$MXSCOPE" --demo userunknown --json >"$T/v.json" 2>&1
like "$(cat "$T/v.json")" '"text": "connected"' "the JSON keeps the English note"

# Formatted notes carry their translation ("connecting to … port …",
# "TLS up: …", the PIPELINING group); the JSON keeps the English.
z=$(cat "$T/v.zh")
like "$z" '\*: 正在连接 127\.[0-9.]+ 端口 [0-9]+' "the connecting note in Chinese"
like "$z" '\*: TLS 已建立：TLSv1\.[0-9] [A-Z0-9_]+，证书受信任' "the TLS up note in Chinese"
like "$z" '\*: PIPELINING：MAIL FROM、RCPT TO' "the PIPELINING note in Chinese"
unlike "$z" 'connecting to|TLS up:|as one group' "no English note left in the zh transcript"
v=$(cat "$T/v.json")
like "$v" '"text": "connecting to 127\.[0-9.]+ port [0-9]+"' "the JSON keeps the English connecting note"
like "$v" '"text": "TLS up: TLSv1' "the JSON keeps the English TLS note"
env $C_ENV "$MXSCOPE" --demo userunknown --report --verbose >"$T/v.c" 2>&1
like "$(cat "$T/v.c")" '\*: connecting to 127\.[0-9.]+ port [0-9]+' "the connecting note in English under LANG=C"
like "$(cat "$T/v.c")" '\*: TLS up: TLSv1' "the TLS up note in English under LANG=C"
unlike "$(cat "$T/v.c")" "$CJK" "no Chinese under LANG=C"
env $ZH_ENV "$MXSCOPE" --demo nobanner --report --verbose >"$T/nb.zh" 2>&1
like "$(cat "$T/nb.zh")" '\*: [0-9]+ 秒内没有欢迎信息' "the timeout note in Chinese (positional %2\$d)"
env $ZH_ENV "$MXSCOPE" --demo refused --report --verbose >"$T/rf.zh" 2>&1
like "$(cat "$T/rf.zh")" '\*: 连接被拒绝' "the connection error note in Chinese"
like "$(cat "$T/rf.zh")" '最后应答 -）: 连接被拒绝' "the result line's connection error in Chinese"

# Issue 16, the last English: the verdict's stage, "(with warnings)",
# outcome texts, the resolvers-disagree and --deadline endings and the
# exit status words are Chinese; the JSON keeps the English.
# flat TEXT: TEXT without white space (a wrapped line joins up again).
flat() { printf '%s' "$1" | tr -d ' \n'; }
z=$(env $ZH_ENV "$MXSCOPE" --demo userunknown --report 2>&1)
like "$(flat "$z")" '拒绝了RCPTTO，应答5505\.1\.1' "the verdict's stage as the command in Chinese"
like "$(flat "$z")" '对RCPTTO的应答为550' "the refusal finding's stage as the command"
unlike "$z" '拒绝了 rcpt|answered rcpt|对 rcpt ' "no machine stage word in the zh verdict or finding"
like "$z" '退出状态：2（永久失败）' "the exit status words in Chinese"
z=$(env $ZH_ENV "$MXSCOPE" --demo hangup --report --verbose 2>&1)
like "$(flat "$z")" '已连到mx1\.example\.test\[[0-9.]+\]，但连接已关闭（在欢迎信息阶段）' \
    "an outcome text in the verdict in Chinese (the stage translated)"
like "$z" '结果：    已断开，位于 欢迎信息（最后应答 -）: 连接已关闭' "the Result line's outcome text in Chinese"
unlike "$z" 'during banner|no greeting\)|connection closed' "no English outcome text left (hangup)"
z=$(env $ZH_ENV "$MXSCOPE" --demo longline --report 2>&1)
like "$z" '的邮件（有警告）。' "'with warnings' in Chinese"
unlike "$z" 'with warnings|temporary failure' "no English verdict ending or exit word (longline)"
z=$(env $ZH_ENV "$MXSCOPE" --demo endless --report 2>&1)
like "$z" '应答过长（超过 1000 行或 64 KiB）' "a protocol outcome text in Chinese"
z=$(env $ZH_ENV "$MXSCOPE" --demo stale-copy --report 2>&1)
like "$z" '经由 127\.0\.0\.1:[0-9]+ 邮件投递到 mx1\.example\.test，' "resolvers disagree: the view's words in Chinese"
like "$(flat "$z")" '提供的是过期的区域副本（SOA序列号[0-9]+<[0-9]+，TTL[0-9]+）' "resolvers disagree: the stale copy in Chinese"
unlike "$z" 'mail goes to|which refuses|serves a stale copy|SOA serial' "no English disagreement words left"
z=$(env $ZH_ENV "$MXSCOPE" --demo disagree --report 2>&1)
like "$(flat "$z")" '解析器结果不一致：127\.0\.0\.1:[0-9]+认为10mx' "the disagreement warning in Chinese"
j=$(env $ZH_ENV "$MXSCOPE" --demo stale-copy --json 2>&1)
like "$j" '"summary": "[^"]*\(with warnings\)\. But via 127\.0\.0\.1:[0-9]+ mail goes to mx1\.example\.test, which does not accept mail for example\.test' \
    "the JSON verdict keeps the English disagreement ending"
unlike "$j" "$CJK" "no Chinese in the stale-copy JSON"
z=$(env $ZH_ENV "$MXSCOPE" --demo nobanner --deadline 1 --report 2>&1)
like "$z" '截止时间前没有得出结论。' "--deadline: nothing conclusive, in Chinese"
# (in the verdict, wrapped: the fix no longer says it again, words.c)
like "$(flat "$z")" '1秒的截止时间（--deadline）到时仍未完成：mx1\.example\.test' "--deadline: the ending in Chinese"
like "$z" '（停在 欢迎信息）' "--deadline: the stage translated"
unlike "$z" 'Not finished|Nothing conclusive| at banner' "--deadline: no English ending left"
j=$(env $ZH_ENV "$MXSCOPE" --demo nobanner --deadline 1 --json 2>&1)
like "$j" 'Not finished when the 1 s deadline expired \(--deadline\): mx1\.example\.test \[[0-9.]+\] at banner\.' \
    "--deadline: the JSON keeps the English ending"

# Chinese sentences join without a space after "。" (verdict + advice),
# in every demo's zh_CN report (written above).
unlike "$(cat "$T/every.zh")" '。 ' "no full stop followed by a space in any zh report"

# Engine error causes: Chinese for the reader, English where the output
# is for programs (--json, --nagios: a JSON value or the status line).
err=$(env $ZH_ENV "$MXSCOPE" --report 'a b@example.test' 2>&1 >/dev/null)
is "$?" 3 "a bad target exits 3 in zh_CN"
like "$err" '目标含有空格、尖括号或控制字符' "the target's cause in Chinese"
err=$(env $C_ENV "$MXSCOPE" --report 'a b@example.test' 2>&1 >/dev/null)
like "$err" 'target contains spaces, angle brackets or control characters' "the target's cause in English under LANG=C"
err=$(env $ZH_ENV "$MXSCOPE" --json 'a b@example.test' 2>&1 >/dev/null)
like "$err" 'target contains spaces' "under --json the cause stays English"
out=$(env $ZH_ENV "$MXSCOPE" --nagios 'a b@example.test' 2>/dev/null)
is "$?" 3 "--nagios: a bad target is UNKNOWN (3) in zh_CN"
is "$out" "MXSCOPE UNKNOWN - target contains spaces, angle brackets or control characters" \
    "--nagios: the status line stays English"
err=$(env $ZH_ENV "$MXSCOPE" --report --dns 1.2.3.4:99999 x@example.test 2>&1 >/dev/null)
like "$err" '中的端口无效（1-65535）' "a --dns address error in Chinese"
err=$(env $ZH_ENV "$MXSCOPE" --demo no-such-scenario 2>&1 >/dev/null)
like "$err" '未知的实验场景“no-such-scenario”' "an unknown lab scenario in Chinese"
printf 'a b@example.test\nx@bad..example\n' >"$T/list"
env $ZH_ENV "$MXSCOPE" --batch "$T/list" >"$T/bl.zh" 2>&1
like "$(cat "$T/bl.zh")" '1: a b@example.test: error \(exit 3\): 目标含有空格' "a batch line's cause in Chinese, the line shape kept"
like "$(cat "$T/bl.zh")" '2: x@bad\.\.example: error \(exit 3\): 域名中有空标签' "a domain cause in Chinese"
env $ZH_ENV "$MXSCOPE" --batch "$T/list" --json >"$T/bl.json" 2>/dev/null
like "$(cat "$T/bl.json")" '"error":"target contains spaces, angle brackets or control characters"' \
    "the batch JSON keeps the English cause"
like "$(cat "$T/bl.json")" '"error":"empty label in domain"' "the batch JSON's second cause in English"
mkdir "$T/notmail"
err=$(env $ZH_ENV "$MXSCOPE" --ndr --offline "$T/notmail" 2>&1 >/dev/null)
like "$err" '是一个目录，不是邮件（也不是 Maildir' "--ndr --offline: a directory's cause in Chinese"
env $ZH_ENV "$MXSCOPE" --ndr --offline --json "$T/notmail" >"$T/nd.json" 2>"$T/nd.err"
like "$(cat "$T/nd.json")" 'is a directory, not a message' "--ndr --offline --json: the cause in English"

# The batch's closing table in Chinese; the reason words stay.
printf 'bad target\n' | env $ZH_ENV "$MXSCOPE" --batch - >"$T/b.zh" 2>&1
like "$(cat "$T/b.zh")" '批量：已检查 0 个目标，用时 [0-9.]+ 秒' "the batch table in Chinese"
like "$(cat "$T/b.zh")" '1 行未检查（目标无效）' "the invalid line count in Chinese"
like "$(cat "$T/b.zh")" '  error +1' "the table's reason column unchanged"

# A lab run with DANE records (the transport security section's detail
# lines) in zh_CN: translated, within 80 columns, JSON as in C.
zero=0000000000000000000000000000000000000000000000000000000000000000
cat >"$T/dane.scn" <<EOT
target user@example.test
example.test MX 10 mx1.example.test
example.test MX 20 mx2.example.test
mx1.example.test A @1
mx2.example.test A @2
_smtp-port._tcp.mx1.example.test TLSA 3 1 1 leaf
_smtp-port._tcp.mx2.example.test TLSA 3 1 1 $zero
ad
server @1
name mx1.example.test
tls good
server @2
name mx2.example.test
tls good
EOT
real=$MXSCOPE
printf '#!/bin/sh\nexec env %s "%s" "$@"\n' "$ZH_ENV" "$real" >"$T/mxzh"
chmod +x "$T/mxzh"
if lab_start "$T/dane.scn"; then
	MXSCOPE=$T/mxzh mx_run --report user@example.test
	printf '%s\n' "$MX_OUT" >"$T/dane.zh"
	like "$MX_OUT" '传输安全（MTA-STS、TLS-RPT、DANE）：' "the transport security heading in Chinese"
	like "$MX_OUT" '1 条记录，1 条可用，AD 位已设置（解析器的声明）' "the DANE detail line in Chinese"
	like "$MX_OUT" 'dane\.mismatch' "the finding id kept"
	MXSCOPE=$real mx_run --report user@example.test
	printf '%s\n' "$MX_OUT" >"$T/dane.c"
	wide_more "$T/dane.c" "$T/dane.zh" "the DANE report in zh_CN"
	MXSCOPE=$T/mxzh mx_run --json user@example.test
	printf '%s\n' "$MX_OUT" | sed -E 's/[0-9a-f]{16}/H/g; s/[0-9]+/N/g' >"$T/dane.zh.json"
	MXSCOPE=$real mx_run --json user@example.test
	printf '%s\n' "$MX_OUT" | sed -E 's/[0-9a-f]{16}/H/g; s/[0-9]+/N/g' >"$T/dane.c.json"
	if cmp -s "$T/dane.c.json" "$T/dane.zh.json"; then
		ok "the DANE run's JSON is the same in zh_CN (numbers masked)"
	else
		not_ok "the DANE run's JSON is the same in zh_CN (numbers masked)"
		diff "$T/dane.c.json" "$T/dane.zh.json" | head -6 | sed 's/^/# /'
	fi
	lab_stop
else
	not_ok "the lab starts"
fi

# A POP3 check on the mailbox lab in zh_CN: the verdict sentence, the
# notes (connecting, APOP, TLS up) and the Received hops headings in
# Chinese; the server's lines and the JSON unchanged.
if lab_start "$top_srcdir/tests/lab/mailbox/lab.scn"; then
	for _w in $(head -n 1 "$LAB_DIR/out"); do
		case $_w in pop3=*) P3=${_w#pop3=} ;; esac
	done
	printf 's3cret\n' >"$T/pw"
	MXSCOPE=$T/mxzh mx_run --report --verbose --pop3=":$P3" \
	    --password-file "$T/pw" alice@example.test
	printf '%s\n' "$MX_OUT" >"$T/mb.zh"
	like "$MX_OUT" 'POP3：pop\.example\.test 可以连通，登录' "the mailbox verdict sentence in Chinese"
	like "$MX_OUT" '\*: 正在连接 127\.[0-9.]+ 端口 [0-9]+（STLS, RFC 2595）' "the mailbox connecting note in Chinese"
	like "$MX_OUT" '\*: APOP 时间戳 <[^>]+>（RFC 1939 §7）' "a mailbox note formatted with its translation"
	like "$MX_OUT" '~\*: TLS 已建立：TLSv1\.[0-9]' "the mailbox TLS note in Chinese"
	like "$MX_OUT" '#  来自 +经由 +协议 +延迟' "the hops table headings in Chinese"
	like "$MX_OUT" '  1  \[10\.0\.0\.5\] +sender\.example\.org +ESMTPSA +\+1s' "the hops rows unchanged"
	like "$MX_OUT" 'S: \+OK mxscope-lab POP3 ready' "the server's greeting unchanged"
	python3 - "$T/mb.zh" <<'PY' >"$T/cols"
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
ls = open(sys.argv[1], encoding='utf-8').read().split('\n')
h = [l for l in ls if l.startswith('     #  ')][0]
r = [l for l in ls if l.startswith('     1  ')][0]
cols = lambda l, words: [w(l[:l.index(x)]) for x in words]
print(cols(h, ['经由', '协议', '延迟']) == cols(r, ['sender.example.org', 'ESMTPSA', '+1s']))
PY
	is "$(cat "$T/cols")" True "the hops columns start under their Chinese headings"
	like "$MX_OUT" '主机：    POP3 的常用名称' "the mailbox host's how in Chinese"
	like "$MX_OUT" '结果：    完成，用时 [0-9]+ ms' "the mailbox Result line in Chinese"
	like "$MX_OUT" '登录：    正常（用户名 alice@example\.test，[A-Z0-9-]+）' \
	    "the mailbox Login line in Chinese, one sentence (no \" as \")"
	unlike "$MX_OUT" 'the usual name|ok at done|ok，在 done|登录：    ok' "no English host how, outcome or login word"
	MXSCOPE=$T/mxzh mx_run --report --verbose --pop3=":$P3" \
	    --password-file "$T/pw" bob@nothing.test
	like "$MX_OUT" '\*: pop\.nothing\.test: 域名不存在' "a mailbox note's DNS status in Chinese"
	like "$MX_OUT" 'pop3（未找到服务器）: ' "no mailbox host: the finding's subject in Chinese"
	unlike "$MX_OUT" 'no server found' "... not in English"
	like "$MX_OUT" '结果：    不可达，在 查找服务器' "no mailbox host: the Result line in Chinese"
	like "$(flat "$MX_OUT")" '找不到服务器（pop\.nothing\.test,mail\.nothing\.test，MX主机没有地址）' \
	    "no mailbox host: the verdict's outcome text in Chinese"
	unlike "$MX_OUT" 'nxdomain|no address for|the MX|resolve' "no English DNS status or outcome text left"
	MXSCOPE=$T/mxzh mx_run --json --pop3=":$P3" --password-file "$T/pw" \
	    bob@nothing.test
	like "$MX_OUT" '"outcome_text": "no address for pop\.nothing\.test, mail\.nothing\.test, the MX"' \
	    "the mailbox JSON keeps the English outcome text"
	like "$MX_OUT" '"text": "pop\.nothing\.test: nxdomain"' "the mailbox JSON keeps the DNS status name"
	MXSCOPE=$T/mxzh mx_run --json --pop3=":$P3" --password-file "$T/pw" \
	    alice@example.test
	like "$MX_OUT" '"host_how": "the usual name for pop3"' "the mailbox JSON keeps the English host_how"
	MXSCOPE=$T/mxzh mx_run --json --pop3=":$P3" --password-file "$T/pw" \
	    alice@example.test
	like "$MX_OUT" '"text": "connecting to 127\.[0-9.]+ port [0-9]+ \(STLS, RFC 2595\)"' \
	    "the mailbox JSON keeps the English note"
	like "$MX_OUT" '"summary": "POP3: pop\.example\.test is reachable and the login works' \
	    "the mailbox JSON keeps the English verdict"
	unlike "$MX_OUT" "$CJK" "no Chinese in the mailbox JSON"
	lab_stop
else
	not_ok "the mailbox lab starts"
fi
# A submission check on the submission lab in zh_CN: the host's "how"
# (SRV target k of n, the usual name after "." answers) and the notes
# in Chinese; the JSON's host_how in English.
if lab_start "$top_srcdir/tests/lab/submission/lab.scn"; then
	printf 'Kanary-7f3a9d1e\n' >"$T/spw"
	MXSCOPE=$T/mxzh mx_run --report --verbose --user alice@example.test \
	    --submission=":$LAB_PORT" --password-file "$T/spw" bob@fall.test
	printf '%s\n' "$MX_OUT" >"$T/sub.zh"
	like "$MX_OUT" '邮件提交（RFC 6409、RFC 8314）' "the submission heading in Chinese"
	like "$MX_OUT" '原因：    SRV _submission\._tcp\.fall\.test \(RFC 6186\)，2 个目标中的第 2 个（优' \
	    "the submission host's how in Chinese (SRV target 2 of 2)"
	like "$MX_OUT" '端口按指定' "the port-as-given words in Chinese"
	like "$MX_OUT" 'dead\.example\.test 端口 [0-9]+：连接被拒绝；改试下一个目标' "the SRV fallback note in Chinese"
	unlike "$MX_OUT" 'target [0-9] of|RFC 2782 order|port as given|the usual name' \
	    "no English host how left (SRV)"
	MXSCOPE=$T/mxzh mx_run --report --verbose --user alice@example.test \
	    --submission=":$LAB_PORT" --password-file "$T/spw" bob@dot.test
	like "$MX_OUT" '原因：    常用名称；_submissions\._tcp\.dot\.test: “\.”（无此服务）；' \
	    "the usual name after a '.' SRV answer, in Chinese"
	like "$MX_OUT" '_submission\._tcp\.dot\.test: 域名不存在' "the SRV query's DNS status in Chinese"
	unlike "$MX_OUT" 'the usual name|no service|nxdomain' "no English host how left (usual name)"
	MXSCOPE=$T/mxzh mx_run --report --verbose --user alice@example.test \
	    --submission=":$LAB_PORT" --password-file "$T/spw" bob@nothing.test
	like "$MX_OUT" '\*: smtp\.nothing\.test: 域名不存在' "a submission note's DNS status in Chinese"
	unlike "$(printf '%s\n' "$MX_OUT" | sed -n '/^邮件提交/,$p')" 'nxdomain|no submission' \
	    "no English DNS status or cause in the submission section"
	MXSCOPE=$T/mxzh mx_run --json --user alice@example.test \
	    --submission=":$LAB_PORT" --password-file "$T/spw" bob@fall.test
	like "$MX_OUT" '"host_how": "SRV _submission\._tcp\.fall\.test \(RFC 6186\), target 2 of 2 \(priority 10, weight 1; RFC 2782 order\), port as given"' \
	    "the submission JSON keeps the English host_how"
	unlike "$MX_OUT" "$CJK" "no Chinese in the submission JSON"
	lab_stop
else
	not_ok "the submission lab starts"
fi

# mxscope --ndr --offline's text form: its words in Chinese, the values
# (address, reason word, status) as they are.
B="$top_srcdir/tests/unit/ndr-lang/pt-mailboxfull-qp.eml"
env $ZH_ENV "$MXSCOPE" --ndr --offline "$B" >"$T/ndr.zh" 2>&1
like "$(cat "$T/ndr.zh")" '退信，1 个收件人' "--ndr --offline: the bounce line in Chinese"
like "$(cat "$T/ndr.zh")" 'joao@example\.com\.br: mailboxfull，状态 5\.0\.0，软退信' \
    "--ndr --offline: a recipient's words in Chinese, its values as they are"
like "$(cat "$T/ndr.zh")" '汇总：1 个文件，1 封邮件，1 封退信，1 个收件人' \
    "--ndr --offline: the summary in Chinese, no plural s"
unlike "$(cat "$T/ndr.zh")" 'recipient|Summary|by reason|status|soft' \
    "--ndr --offline: no English word of ours"
plan_end
