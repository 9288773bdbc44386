#!/bin/sh
# tests/ui/ui-zh.sh: the dashboard in Simplified Chinese (issue 16).  For
# every lab scenario, LANG=zh_CN.UTF-8 at 80x24 under xterm-256color: the
# run finishes with the status row in Chinese, the header says the verdict
# in Chinese with its reason word, nothing passes the 80th column, no
# character is replaced, and the MX table's rows start their stage,
# result and reply fields under the (double-width) column titles and end
# their time under 用时 (tests/i18n-width.py).  The help overlay (?) is
# Chinese too, and so are the dialogs and prompts (d, a, t, s, b, S, P,
# p, /): each opens in Chinese and fits the 80x24 screen with no
# character cut at its edge; so does the full transcript (Enter) with its
# certificate, EHLO and note lines.  (Exit statuses per scenario:
# tests/unit/t-i18n.sh.)
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/lab-env.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
. "${top_srcdir:-.}/tests/i18n-env.sh"
ui_skip_unless_ready
WIDTH="${top_srcdir:-.}/tests/i18n-width.py"
mkdir -p "$UI_DIR/loc"
i18n_setup "$UI_DIR/loc"

# zh SCENARIO: one zh_CN first frame, checked.
zh() {
	ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo $1"
	if ! ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25; then
		not_ok "$1: the run finishes (status row in Chinese)"
		diag "$UI_SCREEN"
		ui_keys q
		ui_exit 5
		return
	fi
	ok "$1: the run finishes (status row in Chinese)"
	like "$UI_SCREEN" '结论：.*\([a-z]+\)' "$1: the verdict in Chinese with its reason word"
	unlike "$UI_SCREEN" '  \([a-z]+\.[a-z_]+\)|。 \(' "$1: the diagnosis' ids and subjects in full-width brackets"
	printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
	python3 "$WIDTH" screen "$UI_DIR/screen.txt" >"$UI_DIR/checks" 2>&1 ||
	    echo "0 the width checker failed" >>"$UI_DIR/checks"
	_bad=0
	while read -r _res _label; do
		if [ "$_res" = 1 ]; then
			ok "$1: $_label"
		else
			not_ok "$1: $_label"
			_bad=1
		fi
	done <"$UI_DIR/checks"
	[ "$_bad" = 0 ] || diag "$UI_SCREEN"
	ui_keys q
	ui_exit 5 || not_ok "$1: q ends it"
}

# The scenarios run four at a time (ui_bg: each its own tmux server and
# lab; some wait seconds on a timeout), then are read in the list's order.
scenarios=$("$MXSCOPE" --list-scenarios | awk '{ print $1 }')
for s in $scenarios; do
	ui_bg "$UI_DIR/zh.$s" zh "$s"
done
lab_wait
for s in $scenarios; do
	ui_replay "$UI_DIR/zh.$s"
done

# The help overlay in Chinese, within the screen.
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo healthy"
ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25
ui_keys '?'
if ui_wait 'mxscope 帮助' 5; then
	ok "? opens the help in Chinese"
else
	not_ok "? opens the help in Chinese"
fi
printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
python3 "$WIDTH" text "$UI_DIR/screen.txt" >"$UI_DIR/checks"
read -r _res _label <"$UI_DIR/checks"
[ "$_res" = 1 ] && ok "help: $_label" || not_ok "help: $_label"
ui_keys x

# screen_fits LABEL: the capture within 80 columns, no U+FFFD.
screen_fits() {
	printf '%s\n' "$UI_SCREEN" >"$UI_DIR/screen.txt"
	python3 "$WIDTH" text "$UI_DIR/screen.txt" >"$UI_DIR/checks"
	read -r _res _label <"$UI_DIR/checks"
	if [ "$_res" = 1 ] && ! printf '%s' "$UI_SCREEN" | grep -q "$(printf '\357\277\275')"; then
		ok "$1: $_label, nothing replaced"
	else
		not_ok "$1: $_label, nothing replaced"
		diag "$UI_SCREEN"
	fi
}
# dialog KEY PATTERN LABEL [CLOSE]: KEY opens a dialog showing PATTERN.
dialog() {
	ui_keys "$1"
	if ui_wait "$2" 5; then ok "$3 in Chinese"; else not_ok "$3 in Chinese"; diag "$UI_SCREEN"; fi
	screen_fits "$3"
	ui_keys "${4:-Escape}"
	sleep 0.3
}
dialog d '改用指定 DNS 服务器重新运行' "d: the resolver dialog"
dialog d 'Enter：确定  Esc：取消' "d: the dialog's keys"
dialog a '添加一个 DNS 服务器用于比较' "a: the compare dialog"
dialog t '目标' "t: the target dialog"
dialog s '保存报告' "s: the save dialog"
dialog b '粘贴退信（Esc 取消）' "b: the paste dialog"
dialog p '演示场景（上/下，Enter，Esc）' "p: the scenario picker"
dialog P '没有邮箱检查：请用 --pop3 或 --imap 启动' "P: the password key's message" x
ui_keys / n o s u c h Enter
if ui_wait '未找到：nosuch' 5; then ok "/: the search's message in Chinese"; else not_ok "/: the search's message in Chinese"; diag "$UI_SCREEN"; fi
screen_fits "/: the search"
ui_keys q
ui_exit 5
# Enter: the full transcript of the first address: its EHLO and
# certificate lines and our notes in Chinese (the protocol words and the
# server's lines as they are), within 80 columns.
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo healthy"
ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25
ui_keys Enter
if ui_wait 'TLS 内 EHLO：ESMTP' 5; then ok "Enter: the EHLO lines in Chinese"; else not_ok "Enter: the EHLO lines in Chinese"; diag "$UI_SCREEN"; fi
like "$UI_SCREEN" 'TLS：正常 TLSv1\.[0-9] [A-Z0-9_]+ ?[A-Z0-9_]*；证书链受信任' "Enter: the certificate line in Chinese"
like "$UI_SCREEN" '正在连接 127\.[0-9.]+ 端口 [0-9]+' "Enter: the connecting note in Chinese"
like "$UI_SCREEN" 'S: 220 mx[0-9]\.example\.test ESMTP' "Enter: the server's greeting unchanged"
like "$UI_SCREEN" 'TLS 已开始：TLSv1\.[0-9]' "Enter: the TLS separator in Chinese"
like "$UI_SCREEN" '完整会话记录 1/[0-9]+：.*\[(实时|已滚动)\]' "Enter: the title's marker in Chinese"
unlike "$UI_SCREEN" 'connecting to|TLS up:|EHLO in TLS|chain trusted|TLS started|\[scrolled\]|\[live\]' "Enter: no English note or label left"
screen_fits "Enter: the full transcript"
ui_keys Escape q
ui_exit 5
# Enter on a server that hangs up: the end line of the full transcript
# ("== Result") with its outcome text and stage in Chinese, aligned.
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo hangup"
ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25
ui_keys Enter
if ui_wait '== 结果：已断开，位于 欢迎信息: 连接已关闭（在 欢迎信息 阶段）' 5; then
	ok "Enter: the end line in Chinese (outcome text, stage)"
else
	not_ok "Enter: the end line in Chinese (outcome text, stage)"
	diag "$UI_SCREEN"
fi
unlike "$UI_SCREEN" '== Result|during banner|connection closed' "Enter: no English end line left"
screen_fits "Enter: the end line"
ui_keys Escape q
ui_exit 5
# S: the send question (an address target).
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --demo userunknown"
ui_wait ' SMTP [0-9]+/[0-9]+ +已结束' 25
dialog S '发送测试邮件吗？' "S: the send question" n
ui_wait '检查但不发送测试邮件' 10
ui_wait_done 25
like "$UI_SCREEN" '检查但不发送测试邮件' "S, n: the status message in Chinese"
ui_keys q
ui_exit 5

# A POP3 check on the mailbox lab: the mailbox pane's words in Chinese
# (login result, messages), the transport words kept, within 80 columns.
ui_lab_start "${top_srcdir:-.}/tests/lab/mailbox/lab.scn"
for _w in $(head -n 1 "$LAB_DIR/out"); do
	case $_w in pop3=*) P3=${_w#pop3=} ;; esac
done
printf 's3cret\n' >"$UI_DIR/good.pw"
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --dns ${LAB_DNS%%,*} -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 --pop3=pop.example.test:$P3 --password-file $UI_DIR/good.pw alice@example.test"
if ui_wait '登录 正常（用户名 alice@example\.test） +3 封邮件' 10; then
	ok "the mailbox pane's login line in Chinese"
else
	not_ok "the mailbox pane's login line in Chinese"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'POP3 pop\.example\.test \[127\.[0-9.]+\]:[0-9]+ STARTTLS  完成' "the mailbox pane's title row in Chinese, STARTTLS kept"
screen_fits "the mailbox pane"
ui_keys q
ui_exit 5
# No mailbox server: the pane's outcome class and text in Chinese.
ui_open 80 24 "env $ZH_ENV TERM=xterm-256color $MXSCOPE --dns ${LAB_DNS%%,*} -p $LAB_PORT --tls-ca $LAB_CA --timeout 2 --pop3=:$P3 --password-file $UI_DIR/good.pw bob@nothing.test"
if ui_wait 'pop\.nothing\.test, mail\.nothing\.test，MX 主机 没有地址' 10; then
	ok "the mailbox pane's outcome text in Chinese"
else
	not_ok "the mailbox pane's outcome text in Chinese"
	diag "$UI_SCREEN"
fi
like "$UI_SCREEN" 'POP3 \? \[\]:[0-9]+ 明文  不可达' "the mailbox pane's outcome class in Chinese"
unlike "$UI_SCREEN" 'no address for|the MX|unreachable' "no English outcome text in the mailbox pane"
screen_fits "the mailbox pane without a server"
ui_keys q
ui_exit 5
plan_end
