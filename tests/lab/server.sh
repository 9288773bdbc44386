#!/bin/sh
# tests/lab/server.sh: --server HOST[:PORT] (swaks --server): the SMTP
# check goes to the named server only, as if it were the domain's one MX
# (RFC 5321 §5.1's implicit MX is the same move), while the domain's MX
# set is still asked and shown.  Scenario server/refused-mx: the domain's
# one MX refuses the recipient; relay.example.test, not in the MX set (a
# new exchanger before the DNS switch), accepts it.  --batch --server
# checks every target of a list at the server.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
. "$top_srcdir/tests/i18n-env.sh"
lab_trap 'lab_owner && lab_stop'

# py EXPR: a Python expression over the JSON in MX_OUT (as d; ids: the
# finding ids; mx: the exchangers' hosts; dns: the first resolver's MX).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin)
ids=sorted(set(f["id"] for f in d["findings"]))
mx=[x["host"] for x in d["mx"]]
dns=[m["host"] for m in d["resolvers"][0]["mx"]]
print('"$1"')' 2>&1
}

if ! lab_start "$top_srcdir/tests/lab/scenarios/server/refused-mx.scn"; then
	not_ok "server/refused-mx lab starts"
	plan_end
	exit
fi

# Without --server: the MX refuses, and the JSON has no server_given.
mx_run --json "$LAB_TARGET"
is "$MX_STATUS" 2 "the domain's MX refuses: exit 2"
is "$(py '"server_given" in d, d["verdict"]["reason"], mx')" \
    "False userunknown ['mx1.example.test']" \
    "without --server: no server_given, the MX is checked"

# --server NAME: looked up through the same resolvers, checked alone.
mx_run --json --server relay.example.test "$LAB_TARGET"
is "$MX_STATUS" 0 "--server relay.example.test accepts: exit 0"
is "$(py 'd["server_given"], d["verdict"]["reason"], mx, dns, [i for i in ids if i.startswith("dns.mx_") and i != "dns.mx_no_ptr"]')" \
    "relay.example.test deliverable ['relay.example.test'] ['mx1.example.test'] []" \
    "--server NAME: server_given, verdict, the server checked, the MX shown, no MX finding about the server"

mx_run --report --server relay.example.test "$LAB_TARGET"
is "$MX_STATUS" 0 "--report --server: exit 0"
like "$MX_OUT" "Server: +relay\\.example\\.test \\(given with --server; the domain's" \
    "the report's Server: line names the server"
like "$(printf '%s' "$MX_OUT" | tr '\n' ' ' | tr -s ' ')" \
    "the domain's MX: 10 mx1\\.example\\.test\\)" \
    "the report's Server: line gives the domain's MX"
like "$MX_OUT" "1  127\\.0\\.0\\.1:[0-9]+ +answer .* 10 mx1\\.example\\.test" \
    "the DNS table still shows the MX set"
# (grep reads a pattern with newlines as several, "" among them: one
# line each, anchored.)
like "$MX_OUT" "^     -  relay\\.example\\.test$" "the server's row has no MX preference"
like "$MX_OUT" "^Exchanger \\(the server given with --server\\)$" \
    "the exchanger table's title: the server given, not 'by preference'"

# --server ADDRESS:PORT: no lookup; the port beats --port's.
addr=$(lab_a relay.example.test)
mx_run --json --server "$addr:$LAB_PORT" -p 9 "$LAB_TARGET"
is "$MX_STATUS" 0 "--server ADDRESS:PORT (and -p 9): exit 0"
is "$(py 'd["server_given"], d["port"], mx, "dns.mx_ip_literal" in ids')" \
    "$addr:$LAB_PORT $LAB_PORT ['$addr'] False" \
    "--server ADDRESS:PORT: server_given, its port, no IP-literal MX finding"

# A numeric server is no lookup: the other family is not asked, never
# "pending"; nor is the family -4 leaves out of an MX host.
mx_run --json --server "$addr" "$LAB_TARGET"
is "$(py '[(x["a_status"], x["aaaa_status"]) for x in d["mx"]], d["running"]')" \
    "[('answer', 'not_asked')] False" "--server IPv4: AAAA not_asked, the run finished"
mx_run --json --server "[::1]:1" "$LAB_TARGET"
is "$(py '[(x["a_status"], x["aaaa_status"]) for x in d["mx"]]')" \
    "[('not_asked', 'answer')]" "--server IPv6: A not_asked"
mx_run --json -4 "$LAB_TARGET"
is "$(py '[(x["a_status"], x["aaaa_status"]) for x in d["mx"]]')" \
    "[('answer', 'not_asked')]" "-4: the MX host's AAAA not_asked"
mx_run --report --server "$addr" "$LAB_TARGET"
unlike "$MX_OUT" "pending" "--report --server ADDRESS: nothing pending"
# ... and its address is named once, not "A [A]" (its own host), in the
# verdict and the findings; the JSON subject keeps its HOST [ADDR] form.
like "$MX_OUT" "Verdict: Deliverable \\(deliverable\\)\\. $addr accepts mail" \
    "--report --server ADDRESS: the verdict names the address once"
like "$MX_OUT" "  $addr: $addr has no reverse DNS" \
    "--report --server ADDRESS: a finding's subject and words name it once"
unlike "$MX_OUT" "$addr [[(]$addr" "--report --server ADDRESS: never A [A] nor A (A)"
# ... and in Chinese, whose catalogue writes "%s（%s）没有反向解析": the
# address once, a space before the ideographs as the catalogue spaces them.
mkdir -p "$LAB_DIR/loc"
i18n_setup "$LAB_DIR/loc"
zh=$(eval "export $ZH_ENV"; mx_run --report --server "$addr" "$LAB_TARGET"; printf '%s' "$MX_OUT")
like "$zh" "  $addr: $addr 没有反向解析" "zh_CN --report --server ADDRESS: named once, spaced from the Chinese"
unlike "$zh" "$addr（$addr）|$addr没有" "zh_CN: never A（A）, nor A glued to the ideographs"
mx_run --json --server "$addr" "$LAB_TARGET"
is "$(py 'd["verdict"]["summary"].split(" accepts")[0], [(f["subject"], f["summary"].split(" has")[0]) for f in d["findings"] if f["id"] == "dns.mx_no_ptr"]')" \
    "$addr [('$addr [$addr]', '$addr')]" \
    "--json --server ADDRESS: the summary names it once, the subject keeps HOST [ADDR]"

# Every sentence that names the exchanger at an address takes one label
# (diag-label.c): "HOST [ADDR]", or the address alone for a numeric
# server.  A refusal (mx1's address refuses the recipient) and a refused
# connection (port 1): the verdict and the findings name the address
# once, in JSON, in the text report and in Chinese; the JSON subject
# keeps HOST [ADDR].
mx1=$(lab_a mx1.example.test)
twin="$mx1 [[(]$mx1|$mx1 \\[$mx1|$mx1（$mx1）"
mx_run --json --server "$mx1" "$LAB_TARGET"
is "$(py 'd["verdict"]["summary"].split(";")[0], sorted(set(f["subject"] for f in d["findings"] if f["subject"] != d["domain"]))')" \
    "$mx1 refused rcpt with 550 5.1.1 ['$mx1 [$mx1]']" \
    "--json --server ADDRESS, refused: the verdict names it once, the subjects keep HOST [ADDR]"
is "$(py '[f["summary"].split(" with")[0].split(" has")[0] for f in d["findings"] if f["id"] in ("smtp.rcpt_rejected", "dns.mx_no_ptr")]')" \
    "['$mx1 answered rcpt', '$mx1']" "--json --server ADDRESS, refused: the findings name it once"
unlike "$(py 'd["verdict"]["summary"], [f["summary"] for f in d["findings"]]')" "$twin" \
    "--json --server ADDRESS, refused: never A [A] nor A (A)"
mx_run --report --server "$mx1" "$LAB_TARGET"
like "$MX_OUT" "^Verdict: .*\\. $mx1 refused rcpt with" \
    "--report --server ADDRESS, refused: the verdict names it once"
like "$MX_OUT" "^            $mx1: $mx1 answered rcpt with 550" \
    "--report --server ADDRESS, refused: the finding's subject and words name it once"
unlike "$MX_OUT" "$twin" "--report --server ADDRESS, refused: never A [A] nor A (A)"
zh=$(eval "export $ZH_ENV"; mx_run --report --server "$mx1" "$LAB_TARGET"; printf '%s' "$MX_OUT")
like "$zh" "$mx1 拒绝了 RCPT TO" "zh_CN --report --server ADDRESS, refused: the verdict names it once"
unlike "$zh" "$twin" "zh_CN --report --server ADDRESS, refused: never A（A）"
mx_run --json --server "$mx1:1" "$LAB_TARGET"
is "$(py '[f["summary"] for f in d["findings"] if f["id"] == "smtp.connect_refused"], [f["subject"] for f in d["findings"] if f["id"] == "smtp.connect_refused"]')" \
    "['$mx1 refused the connection on port 1.'] ['$mx1 [$mx1]']" \
    "--json --server ADDRESS:1: the refused connection names it once"
zh=$(eval "export $ZH_ENV"; mx_run --report --server "$mx1:1" "$LAB_TARGET"; printf '%s' "$MX_OUT")
like "$zh" "  $mx1: $mx1 在端口 1 上拒绝了连接" "zh_CN --server ADDRESS:1: named once"
unlike "$zh" "$twin" "zh_CN --server ADDRESS:1: never A（A）"
# A server by name keeps both: "HOST [ADDR]".
mx_run --json --server mx1.example.test "$LAB_TARGET"
is "$(py 'd["verdict"]["summary"].split(";")[0], [f["summary"].split(" has")[0] for f in d["findings"] if f["id"] == "dns.mx_no_ptr"]')" \
    "mx1.example.test [$mx1] refused rcpt with 550 5.1.1 ['mx1.example.test [$mx1]']" \
    "--server NAME: the verdict and findings name HOST [ADDR]"

# A certificate that does not carry the address (the lab's carry the
# IPv4 one, not its ::ffff: form) is no trust failure, and a numeric
# server is not expected to be named by it: senders reach it by a name.
mx_run --json --server "[::ffff:$addr]" "$LAB_TARGET"
if [ "$(py 'd["mx"][0]["addresses"][0]["stage"]')" = connect ]; then
	ok "# SKIP no IPv6 socket for ::ffff:$addr here"
else
	is "$(py 'd["mx"][0]["addresses"][0]["tls"]["verified"], d["mx"][0]["addresses"][0]["tls"]["name_ok"], [i for i in ids if i.startswith("tls.")], d["verdict"]["exit_code"]')" \
	    "True False [] 0" \
	    "--server [::ffff:ADDRESS]: chain verified, no name finding, exit 0"
fi

# One MX of several (here the one): the check goes there and is refused.
mx_run --json --server mx1.example.test "$LAB_TARGET"
is "$MX_STATUS" 2 "--server mx1.example.test refuses: exit 2"
is "$(py 'd["verdict"]["reason"], mx')" "userunknown ['mx1.example.test']" \
    "--server the MX host itself: the same refusal"

# A name that does not resolve: said of the server, not of an MX.
mx_run --json --server nosuch.example.test "$LAB_TARGET"
is "$MX_STATUS" 3 "--server NXDOMAIN: could not test (exit 3)"
like "$(py 'd["verdict"]["reason"], d["verdict"]["summary"]')" \
    "^hostunknown The server given with --server, nosuch\\.example\\.test, has no address" \
    "--server NXDOMAIN: the verdict names the server"
is "$(py '[f["summary"] for f in d["findings"] if f["id"] == "dns.mx_host_unknown"]')" \
    "['Server nosuch.example.test, given with --server, does not resolve (NXDOMAIN).']" \
    "--server NXDOMAIN: the finding names the server, not the MX"

# An address literal target (RFC 5321 §4.1.3): the same as --server
# ADDRESS, no MX asked, the RCPT as written.
mx_run --json "user@[$addr]"
is "$MX_STATUS" 0 "user@[ADDRESS]: exit 0"
is "$(py 'd["server_given"], d["domain"], mx, [l["text"] for l in d["mx"][0]["addresses"][0]["transcript"] if l["text"].startswith("RCPT TO:<user@")]')" \
    "[$addr] [$addr] ['$addr'] ['RCPT TO:<user@[$addr]>']" \
    "user@[ADDRESS]: server_given, the address checked, the RCPT as written"
mx_run --report "user@[$addr]"
like "$MX_OUT" "DNS: no MX asked: \\[$addr\\] is an address literal" \
    "user@[ADDRESS]: the report says no MX was asked"
mx_run --json "user@[$addr]"
is "$(py '[(r["status"], r["soa_status"], r["address_status"], r["rtt_ms"], r["done"]) for r in d["resolvers"]]')" \
    "[('not_asked', 'not_asked', 'not_asked', None, True)]" \
    "user@[ADDRESS]: the resolvers' lookups not_asked, not pending"
mx_run --nagios "user@[$addr]"
like "$MX_OUT" "^MXSCOPE OK .* \\| time=" "user@[ADDRESS] --nagios: OK with performance data"
unlike "$MX_OUT" "rtt_|=-" "user@[ADDRESS] --nagios: no resolver round trip (none was made), never a negative one"
mx_run --json --server relay.example.test "user@[$addr]"
is "$MX_STATUS" 3 "an address literal and --server: exit 3"

# The user named localhost: on port 25 too it is tested (the rule that
# keeps a domain's MX off our own server on 25 is not for a named one).
# Nothing of the lab listens on 127.0.0.1:25: a refusal or a reply, but
# never "no address to test".
mx_run --json --server 127.0.0.1:25 "$LAB_TARGET"
is "$(py 'd["verdict"]["reason"] != "hostunknown", [a["address"] for x in d["mx"] for a in x["addresses"]]')" \
    "True ['127.0.0.1']" "--server 127.0.0.1:25: the named server is tested"
mx_run --json "user@[127.0.0.1]" -p 25
is "$(py '[a["address"] for x in d["mx"] for a in x["addresses"]], [f["id"] for f in d["findings"] if f["id"] == "dns.mx_loopback"]')" \
    "['127.0.0.1'] []" "user@[127.0.0.1] on port 25: tested, not called a loopback MX"

# A named server that refuses the connection: the verdict is said of it,
# not of "the domain's exchangers" (nothing listens on port 1).
mx_run --json --server 127.0.0.1:1 "$LAB_TARGET"
is "$(py 'd["verdict"]["reason"], d["verdict"]["summary"].startswith("The server given, 127.0.0.1, could not be reached")')" \
    "networkerror True" "--server that refuses: the verdict names the server given"

# --batch: every target of the list at the server given, each record
# with server_given; an address literal line names its own server: an
# error line, the rest go on.
printf 'user@example.test\nother@example.test\nx@[%s]\n' "$addr" >"$LAB_DIR/list"
mx_run --json --batch "$LAB_DIR/list" --server relay.example.test
is "$MX_STATUS" 3 "--batch --server: exit 3 (the worst: the literal line)"
is "$(printf '%s\n' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
for l in sys.stdin:
    d = json.loads(l)
    print(d["line"], d.get("server_given"), (d.get("verdict") or {}).get("reason"), [x["host"] for x in d.get("mx", [])], d.get("error", "-")[:40])' | sort)" \
    "1 relay.example.test deliverable ['relay.example.test'] -
2 relay.example.test deliverable ['relay.example.test'] -
3 None None [] an address literal target names its serv" \
    "--batch --server: each target checked at the server; the literal line an error"
mx_run --batch "$LAB_DIR/list" --server "$addr"
like "$MX_OUT" "^1: user@example\\.test: deliverable \\(exit [01], [0-9.]+ s\\): $addr accepts" \
    "--batch --server ADDRESS: the text line names the server"
mx_run --batch "$LAB_DIR/list" --server 'bad host'
is "$MX_STATUS:$MX_OUT" "3:" "--batch with a bad --server: exit 3, nothing checked"
is "$MX_ERR" "mxscope: --server: not a host name or numeric address: bad host" \
    "--batch with a bad --server: one line, not one per target"

# A usage error: exit 3, one line (bad values: t-dnsviews).
mx_run --json --server a.example --server b.example "$LAB_TARGET"
is "$MX_STATUS" 3 "two --server: exit 3"
like "$MX_ERR" "at most one --server" "two --server: said"
mx_run --json --server relay.example.test --pop3 "$LAB_TARGET"
is "$MX_STATUS" 3 "--server with --pop3: exit 3"

# Scenario server/views: two resolvers give different MX sets, each of
# which refuses; the named server accepts.  The disagreement is said of
# the domain's MX, the verdict is the server's.
if lab_start "$top_srcdir/tests/lab/scenarios/server/views.scn"; then
	mx_run --json --server relay.example.test "$LAB_TARGET"
	is "$MX_STATUS" 0 "views: --server accepts: exit 0"
	is "$(py 'd["verdict"]["reason"], [f["summary"].endswith("(the check went to the server given with --server).") for f in d["findings"] if f["id"] == "dns.resolvers_disagree"]')" \
	    "deliverable [True]" \
	    "views: the resolvers' disagreement is said, the verdict is the server's"
else
	not_ok "server/views lab starts"
fi
plan_end
