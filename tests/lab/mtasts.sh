#!/bin/sh
# tests/lab/mtasts.sh: MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) with the
# policy served over HTTPS by a real nginx on loopback, with certificates
# from the lab's CA (mxscope-lab --leaf-out): a policy that covers the MX
# and a valid exchanger certificate (no finding), an MX the policy does
# not cover, an exchanger certificate that fails in enforce and in
# testing mode (the verdict says authenticated senders will not deliver),
# a policy that is not there (404), a policy server whose certificate
# does not name mta-sts.DOMAIN, a redirect (not followed), an invalid
# policy, and no record at all.
#
# nginx listens on 127.A.B.200 and a high port, unprivileged, so the
# test runs as any user: mxscope is told the port with --mta-sts-port
# (documented as for tests); 443 would need root.
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
. "$top_srcdir/tests/i18n-env.sh"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$NGINX" ]; then
	echo "1..0 # SKIP nginx is not installed (Debian package nginx-light)"
	exit 0
fi
tmp=$(mktemp -d) || exit 1
chmod 755 "$tmp"
NGINX_PID=
cleanup() {
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
	lab_owner && lab_stop
	rm -rf "$tmp"
}
a=$(( $(od -An -N1 -tu1 /dev/urandom) % 100 + 100 ))
b=$(( $(od -An -N1 -tu1 /dev/urandom) % 250 + 1 ))
WEB=127.$a.$b.200
domains="sts-ok.test sts-cov.test sts-cert.test sts-testing.test sts-404.test sts-badcert.test sts-redir.test sts-invalid.test"
names=$(for d in $domains; do [ "$d" = sts-badcert.test ] || printf 'mta-sts.%s,' "$d"; done)

# The lab: one exchanger per domain; @2 and @3 present a wrong name.
{
	echo "target user@sts-ok.test"
	n=0
	for d in $domains sts-none.test; do
		n=$((n + 1))
		echo "$d MX 10 mx.$d"
		echo "mx.$d A @$n"
		# A name the wildcard covers that is no MX (for --server).
		[ "$d" = sts-cert.test ] && echo "relay.$d A @$n"
		echo "mta-sts.$d A $WEB"
		[ "$d" = sts-none.test ] || echo "_mta-sts.$d TXT \"v=STSv1; id=2024010${n}\""
	done
	echo '_smtp._tls.sts-ok.test TXT "v=TLSRPTv1; rua=mailto:tlsrpt@sts-ok.test"'
	echo '_smtp._tls.sts-cov.test TXT "v=TLSRPTv1; rua=ftp://nowhere"'
	n=0
	for d in $domains sts-none.test; do
		n=$((n + 1))
		echo "server @$n"
		echo "name mx.$d"
		case $d in
		sts-cert.test|sts-testing.test) echo "tls wrongname" ;;
		*) echo "tls good" ;;
		esac
	done
} >"$tmp/sts.scn"

mkdir -p "$tmp/certs"
LAB_ARGS="--leaf-out ${names%,}:$tmp/certs"
lab_start "$tmp/sts.scn" || exit 1
lab_trap cleanup	# beside lab_start's own stop
trap 'cleanup; exit 130' INT TERM
chmod 644 "$tmp/certs"/*.pem

# The policies (RFC 8461 §3.2), one root per domain.
policy() {
	mkdir -p "$tmp/www/$1/.well-known"
	printf "$2" >"$tmp/www/$1/.well-known/mta-sts.txt"
}
policy sts-ok.test 'version: STSv1\r\nmode: enforce\r\nmx: mx.sts-ok.test\r\nmax_age: 86400\r\n'
policy sts-cov.test 'version: STSv1\nmode: enforce\nmx: *.elsewhere.test\nmx: mail.sts-cov.test\nmax_age: 86400\n'
policy sts-cert.test 'version: STSv1\nmode: enforce\nmx: *.sts-cert.test\nmax_age: 604800\n'
policy sts-testing.test 'version: STSv1\nmode: testing\nmx: mx.sts-testing.test\nmax_age: 86400\n'
policy sts-invalid.test 'version: STSv1\nmode: sometimes\nmx: mx.sts-invalid.test\nmax_age: 86400\n'
mkdir -p "$tmp/www/sts-404.test"
chmod -R a+rX "$tmp/www"

# nginx: one server block per domain, its lab certificate, its root;
# sts-badcert.test has none and gets the first block's certificate.
start_nginx() {
	port=$1
	{
		[ "$(id -u)" = 0 ] && echo "user root;"
		cat <<EOT
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/error.log;
events { worker_connections 64; }
http {
	access_log off;
	client_body_temp_path $tmp/body;
	proxy_temp_path $tmp/proxy;
	fastcgi_temp_path $tmp/fastcgi;
	uwsgi_temp_path $tmp/uwsgi;
	scgi_temp_path $tmp/scgi;
	types { text/plain txt; }
	default_type application/octet-stream;
EOT
		for d in $domains; do
			[ "$d" = sts-badcert.test ] && continue
			cat <<EOT
	server {
		listen $WEB:$port ssl;
		server_name mta-sts.$d;
		ssl_certificate $tmp/certs/mta-sts.$d.pem;
		ssl_certificate_key $tmp/certs/key.pem;
		root $tmp/www/$d;
EOT
			[ "$d" = sts-redir.test ] &&
			    echo "		location / { return 301 https://mta-sts.sts-ok.test:$port\$request_uri; }"
			echo "	}"
		done
		echo "}"
	} >"$tmp/nginx.conf"
	"$NGINX" -c "$tmp/nginx.conf" -p "$tmp" -e "$tmp/error.log" 2>>"$tmp/nginx.err" &
	NGINX_PID=$!
	i=0
	while [ $i -lt 50 ]; do
		kill -0 "$NGINX_PID" 2>/dev/null || return 1
		python3 -c "import socket,sys; s=socket.create_connection(('$WEB', $port), 0.2)" 2>/dev/null && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
tries=0
until start_nginx $((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000)); do
	tries=$((tries + 1))
	NGINX_PID=
	if [ $tries -ge 5 ]; then
		echo "# nginx did not start: $(cat "$tmp/error.log" "$tmp/nginx.err" 2>/dev/null | tail -3)"
		not_ok "nginx serves the policies on $WEB"
		plan_end
		exit 1
	fi
done
ok "nginx serves the policies on $WEB:$port"

# py EXPR: over the JSON (d: document, s: policy.mta_sts, r: tls_rpt).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); s=d["policy"]["mta_sts"]; r=d["policy"]["tls_rpt"]
ids=sorted(f["id"] for f in d["findings"]); sev={f["id"]: f["severity"] for f in d["findings"]}
print('"$1"')' 2>&1
}
sts() {
	mx_run --json --mta-sts-port "$port" "user@$1"
}

sts sts-ok.test
is "$MX_ERR" "" "nothing on stderr"
is "$(py 's["state"], s["mode"], s["mx_patterns"], s["max_age"], s["http_status"], s["error"]')" \
    "ok enforce ['mx.sts-ok.test'] 86400 200 None" "the policy is fetched over HTTPS and parsed"
is "$(py 's["id"], s["fetched_from"]')" "20240101 $WEB" "the record's id and the address fetched from"
like "$(py 's["url"]')" "^https://mta-sts.sts-ok.test:$port/.well-known/mta-sts.txt$" "the URL"
unlike "$(py 'ids')" "mtasts" "covered MX with a valid certificate: no MTA-STS finding"
is "$(py 'd["verdict"]["exit_code"]')" 0 "deliverable (exit 0)"
is "$(py 'r["valid"], r["rua"]')" "True mailto:tlsrpt@sts-ok.test" "the TLS-RPT record is shown"

sts sts-cov.test
like "$(py 'ids')" "mtasts.mx_not_covered" "an MX the policy does not cover"
is "$(py 'sev["mtasts.mx_not_covered"]')" error "in enforce mode it is an error"
like "$(py 'd["verdict"]["summary"]')" "senders that authenticate TLS \(RFC 8461\) will not deliver" \
    "the verdict says authenticated senders will not deliver"
is "$(py 'd["verdict"]["exit_code"]')" 1 "exit 1"
is "$(py 'r["valid"]')" False "a TLS-RPT rua that is neither mailto: nor https: is invalid"

# --server: the MX host itself is judged as the MX (one exchanger of the
# set: never "every exchanger"); a name outside the MX set is said of the
# server, as were it an MX, and stays out of the verdict; an address
# matches no mx pattern (names, RFC 8461 §4.1): MTA-STS is not judged.
mx_run --json --mta-sts-port "$port" --server mx.sts-cov.test user@sts-cov.test
is "$(py '[f["summary"][:25] for f in d["findings"] if f["id"] == "mtasts.mx_not_covered"], d["verdict"]["exit_code"]')" \
    "['MX mx.sts-cov.test is not'] 1" "--server the MX host: mx_not_covered as an MX, exit 1"
like "$(py 'd["verdict"]["summary"]')" "an exchanger fails it: senders that authenticate TLS \\(RFC 8461\\) will not deliver to that one" \
    "--server the MX host: the verdict speaks of that exchanger, not every one"
mx_run --json --mta-sts-port "$port" --server mx.sts-ok.test user@sts-cov.test
like "$(py '[f["summary"] for f in d["findings"] if f["id"] == "mtasts.mx_not_covered"][0]')" \
    "^Server mx\\.sts-ok\\.test, given with --server, is not covered by the MTA-STS policy of sts-cov\\.test \\(mode enforce\\): as an MX, senders that enforce MTA-STS would not deliver to it\\.$" \
    "--server NAME outside the MX set: said of the server, as were it an MX"
is "$(py 'd["verdict"]["reason"], d["verdict"]["exit_code"], "with warnings" in d["verdict"]["summary"], "RFC 8461" in d["verdict"]["summary"], sev["mtasts.mx_not_covered"]')" \
    "deliverable 1 True False warning" "--server NAME outside the MX set: a warning, not the verdict's MTA-STS sentence"
mx_run --json --mta-sts-port "$port" --server "$(lab_a mx.sts-cov.test)" user@sts-cov.test
is "$(py '[i for i in ids if i.startswith("mtasts.")], d["verdict"]["exit_code"], "RFC 8461" in d["verdict"]["summary"]')" \
    "[] 0 False" "--server ADDRESS: MTA-STS's mx patterns are not judged against an address"

sts sts-cert.test
like "$(py 'ids')" "mtasts.cert_invalid" "enforce: the exchanger's wrong-name certificate fails the policy"
unlike "$(py 'ids')" "mx_not_covered" "the wildcard *.sts-cert.test covers mx.sts-cert.test"
is "$(py 'sev["mtasts.cert_invalid"]')" error "an error in enforce mode"
like "$(py 'd["verdict"]["summary"]')" "every exchanger fails it: senders that authenticate TLS \(RFC 8461\) will not deliver" \
    "the verdict: senders that authenticate TLS will not deliver"

# --server NAME outside the MX set whose certificate would fail the
# policy: said of the server, as a warning of what would happen.
mx_run --json --mta-sts-port "$port" --server relay.sts-cert.test user@sts-cert.test
like "$(py '[f["summary"] for f in d["findings"] if f["id"] == "mtasts.cert_invalid"][0]')" \
    "^Server relay\\.sts-cert\\.test, given with --server, would fail the MTA-STS policy of sts-cert\\.test \\(mode enforce\\) as an MX: .*Senders that enforce MTA-STS would not deliver to it\\.$" \
    "--server NAME outside the MX set, bad certificate: what would fail, said of the server"
is "$(py 'sev["mtasts.cert_invalid"], "RFC 8461" in d["verdict"]["summary"], d["verdict"]["exit_code"]')" \
    "warning False 1" "... a warning, not the verdict's MTA-STS sentence"

sts sts-testing.test
is "$(py 'sev.get("mtasts.cert_invalid")')" warning "testing mode: a warning"
unlike "$(py 'd["verdict"]["summary"]')" "RFC 8461" "testing mode: the verdict does not say it"

sts sts-404.test
is "$(py 's["state"], s["http_status"]')" "unreachable 404" "no policy file: HTTP 404"
like "$(py 'ids')" "mtasts.policy_unreachable" "finding mtasts.policy_unreachable"

sts sts-badcert.test
is "$(py 's["state"]')" unreachable "a policy server whose certificate does not name mta-sts.DOMAIN"
like "$(py 's["error"]')" "certificate not valid for mta-sts.sts-badcert.test" "... is not trusted (RFC 8461 §3.3)"

sts sts-redir.test
is "$(py 's["state"], s["http_status"]')" "unreachable 301" "a redirect is not followed"
like "$(py 's["error"]')" "not followed" "... and says so"

sts sts-invalid.test
is "$(py 's["state"]')" invalid_policy "an unknown mode is an invalid policy"
like "$(py 'ids')" "mtasts.policy_unreachable" "... which senders cannot use"

sts sts-none.test
is "$(py 's["state"], s["txt_status"], d["verdict"]["exit_code"]')" "none nxdomain 0" "no _mta-sts record: none"

mx_run --report --mta-sts-port "$port" user@sts-cert.test
like "$MX_OUT" "MTA-STS   ok, mode enforce" "the text report shows the policy"
like "$MX_OUT" "MTA-STS sts-cert.test +enforce +policy id 20240103" "... and its line in the Policy section"
like "$MX_OUT" "mtasts.cert_invalid" "... and the finding"
# The report's verdict is whole: the MTA-STS sentence after the first is
# in it (it was cut after the first sentence), before who must act.
like "$(printf '%s\n' "$MX_OUT" | sed -n '/^Verdict:/,/^Who must act:/p' | tr -s ' \n' ' ')" \
    "^Verdict: .* sts-cert\\.test has MTA-STS in enforce mode and every exchanger fails it: senders that authenticate TLS \\(RFC 8461\\) will not deliver\\. Who must act:" \
    "the report's verdict says the MTA-STS sentence too, wrapped, before who must act"

# Under LANG=zh_CN.UTF-8 (issue 16): the fetch's and the policy's errors
# are Chinese in the report, English in the JSON.
i18n_setup "$tmp"
zh() {
	(eval "export $ZH_ENV"; mx_run --mta-sts-port "$port" "$@"
	printf '%s' "$MX_OUT" | tr -d ' \n')
}
like "$(zh --report user@sts-invalid.test)" "mode不是enforce、testing或none" \
	"zh_CN: an invalid policy's error in Chinese"
like "$(zh --report user@sts-redir.test)" "HTTP30[0-9]重定向到.*，未跟随（RFC8461§3\.3）" \
	"zh_CN: a redirect's error in Chinese"
like "$(zh --json user@sts-invalid.test)" '"error":"modeisnotenforce,testingornone"' \
	"zh_CN: the JSON keeps the English error"
# The verdict's MTA-STS sentence (enforce, every exchanger failing) is
# in the reader's language too, not left out of the translated verdict
# (the --batch line has the verdict's whole summary).
echo user@sts-cert.test >"$tmp/stslist"
like "$(zh --batch "$tmp/stslist")" "sts-cert\\.test的MTA-STS处于enforce模式，而每台MX主机都不符合：验证TLS的发件方（RFC8461）将不会投递。" \
	"zh_CN: the verdict's MTA-STS sentence in Chinese"
like "$(zh --report user@sts-cert.test | sed -n 's/处理方：.*//p')" "^结论：.*sts-cert\\.test的MTA-STS处于enforce模式，而每台MX主机都不符合：验证TLS的发件方（RFC8461）将不会投递。" \
	"zh_CN: the report's verdict has the MTA-STS sentence too"
# ... and so are the findings' words, the certificate's fault and who
# does what among them (they were English inside the Chinese).
zr=$(zh --report user@sts-cert.test)
like "$zr" "mx\\.sts-cert\\.test不符合sts-cert\\.test的MTA-STS策略（模式enforce）：其证书未包含该主机名。强制执行MTA-STS的发件方不会投递给它。" \
	"zh_CN: mtasts.cert_invalid's words in Chinese"
unlike "$zr" "willnot|reportitbut|doesnotnameit|MTA-STSpolicy" "zh_CN: no English words inside it"
plan_end
