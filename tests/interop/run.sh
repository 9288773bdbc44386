#!/bin/bash
# tests/interop/run.sh: the interoperability suite (issue 6).  Installs real
# servers from Debian 12 packages (nsd, unbound, Postfix, Dovecot), and
# unpacks Exim 4, OpenSMTPD, Sendmail and Courier from theirs without
# installing them (they conflict with postfix: mta-servers.sh), runs each
# from its own configuration under a temporary directory, bound to
# 127.77.x loopback addresses only, points mxscope at them and checks its
# conclusions against what the real servers say (and against swaks).
#
# Usage: run.sh            run the suite (needs root; MXSCOPE=path/to/mxscope,
#                          default: the in-tree ./mxscope)
#        run.sh --serve    start the servers, print how to use them, wait
#                          for Ctrl-C (for debugging by hand)
# Environment: MXSCOPE, INTEROP_NET (default 127.77), INTEROP_SMTP_PORT
# (25), INTEROP_KEEP=1 keeps the work directory, INTEROP_NO_INSTALL=1
# skips apt-get (the packages must then be there already),
# INTEROP_ONLY="GROUP..." runs only those groups of checks (mx, send,
# mailbox, submission, batch, exim, opensmtpd, sendmail, courier).
#
# Prints TAP lines, ends with "N passed, N failed[, N skipped]" and exits
# non-zero on any failure, also when it cannot run at all.
# SMTP peers: Postfix (five listeners and submission), Exim 4 (exim.test:
# Exim's own unknown-user, relay and size refusals, a greylistd-style
# defer, a self-signed certificate), OpenSMTPD (smtpd.test: its own
# wordings, SIZE announced but not enforced at MAIL, a STARTTLS whose
# handshake always fails) and Sendmail 8.17 (sendmail.test: its stock
# unknown-user, relay, dnsbl, sender-domain and size refusals, STARTTLS
# with the test CA).
# Protocols exercised: DNS (RFC 1034/1035, null MX RFC 7505, implicit MX
# RFC 5321 §5.1), SMTP (RFC 5321, SIZE RFC 1870, STARTTLS RFC 3207,
# PIPELINING RFC 2920,
# enhanced status codes RFC 3463), POP3 (RFC 1939, STLS RFC 2595), IMAP
# (RFC 3501).
set -u
export LC_ALL=C

SRC=$(cd "$(dirname "$0")" && pwd)
NET=${INTEROP_NET:-127.77}
SMTP_PORT=${INTEROP_SMTP_PORT:-25}
DNS_PORT=53
POP3_PORT=110 POP3S_PORT=995 IMAP_PORT=143 IMAPS_PORT=993
RES1=$NET.0.2		# unbound in front of the current authoritative data
RES2=$NET.0.3		# unbound in front of the stale authoritative server
AUTH1=$NET.0.53		# nsd, current zones
AUTH2=$NET.0.54		# nsd, stale copy of moved.test
# ($NET.0.99: dead.test is delegated there, and nothing runs there.)
MAILHOST=$NET.2.1	# dovecot
SMTP_ADDRS="$NET.1.1 $NET.1.2 $NET.1.3 $NET.1.4 $NET.1.5 $NET.1.6 $NET.1.7 $NET.1.8"
SUBMIT_ADDR=$NET.1.20	# postfix submission: 587, 465, 2587
PACKAGES="postfix nsd unbound dovecot-core dovecot-imapd dovecot-pop3d swaks jq openssl python3-dnslib iproute2 ldnsutils"
PY=/usr/bin/python3
# The binary under test: $MXSCOPE (make check-interop sets it), else the
# one an in-tree build (./bootstrap) left at the top of the tree.
MXSCOPE=${MXSCOPE:-}
[ -z "$MXSCOPE" ] && [ -x "$SRC/../../mxscope" ] && MXSCOPE=$(cd "$SRC/../.." && pwd)/mxscope
MX_TIMEOUT=5
SERVE=0
[ "${1:-}" = "--serve" ] && SERVE=1

# shellcheck source=../tap.sh
. "$SRC/../tap.sh"
# shellcheck source=send-checks.sh
. "$SRC/send-checks.sh"
# shellcheck source=mta-servers.sh
. "$SRC/mta-servers.sh"
# shellcheck source=mta-checks.sh
. "$SRC/mta-checks.sh"
PACKAGES="$PACKAGES $EXTRACT_LIBS"
_tap_skip=0
W=""
OWN_POLICY=""
STARTED=""
LOCKED=0

# Print the closing count line (also on a bail-out).
summary() {
	echo "$((_tap_n - _tap_fail - _tap_skip)) passed, $_tap_fail failed, $_tap_skip skipped"
}

# Stop: the suite cannot run.  Fails loudly, never passes.
bail() {
	echo "Bail out! $*"
	_tap_n=$((_tap_n + 1))
	_tap_fail=$((_tap_fail + 1))
	summary
	exit 1
}

# A TAP skip with its reason.
skip() {
	_tap_n=$((_tap_n + 1))
	_tap_skip=$((_tap_skip + 1))
	echo "ok $_tap_n - $1 # SKIP $2"
}

# Stop every server this run started and remove the work directory.
cleanup() {
	local rc=$? pid pgid _
	trap - EXIT INT TERM HUP
	if [ -n "$W" ] && [ -d "$W/postfix/etc" ] && [ -f "$W/postfix/spool/pid/master.pid" ]; then
		postfix -c "$W/postfix/etc" stop >/dev/null 2>&1
		pid=$(tr -dc 0-9 < "$W/postfix/spool/pid/master.pid")
		for _ in $(seq 50); do
			[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		[ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
	fi
	# Every other daemon runs in its own process group (setsid).
	for pgid in $STARTED; do
		kill -TERM -- "-$pgid" 2>/dev/null
	done
	for pgid in $STARTED; do
		for _ in $(seq 50); do
			kill -0 -- "-$pgid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL -- "-$pgid" 2>/dev/null
	done
	if [ -n "$OWN_POLICY" ]; then
		rm -f "$OWN_POLICY"
	fi
	[ "$LOCKED" = 1 ] && rm -f /tmp/mxscope-interop.lock
	if [ -n "$W" ] && [ -d "$W" ]; then
		if [ "${INTEROP_KEEP:-0}" = 1 ]; then
			echo "# work directory kept: $W"
		else
			rm -rf "$W"
		fi
	fi
	exit $rc
}

# Substitute the @NAME@ placeholders of a template on stdout.
subst() {
	sed -e "s|@DIR@|$2|g" -e "s|@ADDR@|${3:-}|g" -e "s|@AUTH@|${4:-}|g" \
	    -e "s|@NET@|$NET|g" -e "s|@DNS_PORT@|$DNS_PORT|g" \
	    -e "s|@SMTP_PORT@|$SMTP_PORT|g" -e "s|@SERIAL@|$(date +%Y%m%d)01|g" \
	    -e "s|@POP3_PORT@|$POP3_PORT|g" -e "s|@POP3S_PORT@|$POP3S_PORT|g" \
	    -e "s|@IMAP_PORT@|$IMAP_PORT|g" -e "s|@IMAPS_PORT@|$IMAPS_PORT|g" \
	    "$1"
}

# Start a foreground daemon in its own process group, logging to FILE.
spawn() {
	local log=$1
	shift
	setsid "$@" > "$log" 2>&1 < /dev/null &
	STARTED="$STARTED $!"
}

# Wait until ADDR:PORT accepts TCP connections (at most 15 s).
wait_tcp() {
	local _
	for _ in $(seq 150); do
		if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then
			return 0
		fi
		sleep 0.1
	done
	return 1
}

# ---- Preconditions and packages ------------------------------------

# Install the server packages without letting them start system services.
install_packages() {
	local missing="" p
	for p in $PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		    missing="$missing $p"
	done
	if [ -z "$missing" ]; then
		ok "packages present:$(echo " $PACKAGES")"
		return 0
	fi
	[ "${INTEROP_NO_INSTALL:-0}" = 1 ] && bail "packages missing:$missing (INTEROP_NO_INSTALL=1)"
	command -v apt-get >/dev/null || bail "no apt-get: this suite needs Debian 12"
	# Package scripts must not start nsd, unbound, postfix or dovecot as
	# system services: policy-rc.d answering 101 forbids it.
	if [ -e /usr/sbin/policy-rc.d ]; then
		/usr/sbin/policy-rc.d postfix start >/dev/null 2>&1
		[ $? -eq 101 ] || bail "/usr/sbin/policy-rc.d exists and does not deny service starts; refusing to install"
	else
		printf '#!/bin/sh\n# mxscope interop suite: no service starts during apt-get\nexit 101\n' > /usr/sbin/policy-rc.d
		chmod 755 /usr/sbin/policy-rc.d
		OWN_POLICY=/usr/sbin/policy-rc.d
	fi
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	diag "apt-get install$missing"
	export DEBIAN_FRONTEND=noninteractive
	if ! apt-get install -y -q --no-install-recommends $missing > "$W/apt.log" 2>&1; then
		diag "apt-get install failed; running apt-get update once"
		apt-get update -q >> "$W/apt.log" 2>&1
		apt-get install -y -q --no-install-recommends $missing >> "$W/apt.log" 2>&1 ||
		    { tail -20 "$W/apt.log" | sed 's/^/# /'; bail "apt-get install$missing failed"; }
	fi
	if [ -n "$OWN_POLICY" ]; then
		rm -f "$OWN_POLICY"
		OWN_POLICY=""
	fi
	ok "installed:$missing"
}

# ---- Test CA and certificates (openssl CLI) ------------------------

# Make a leaf certificate NAME signed by the test CA for the given DNS names.
make_cert() {
	local name=$1 cn=$2 sans=$3 d=$W/tls
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
	    -keyout "$d/$name.key" -subj "/CN=$cn" -out "$d/$name.csr" 2>/dev/null &&
	printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
	    "$sans" > "$d/$name.ext" &&
	openssl x509 -req -in "$d/$name.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" \
	    -CAcreateserial -days 30 -sha256 -extfile "$d/$name.ext" \
	    -out "$d/$name.crt" 2>/dev/null &&
	cat "$d/$name.crt" "$d/ca.pem" > "$d/$name.pem"
}

# Generate the test CA and the servers' certificates.
make_tls() {
	local d=$W/tls
	mkdir -p "$d"
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
	    -keyout "$d/ca.key" -out "$d/ca.pem" -days 30 -sha256 \
	    -subj "/O=mxscope interop/CN=mxscope interop test CA" \
	    -addext "basicConstraints=critical,CA:TRUE" \
	    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null &&
	make_cert mx mx.good.test \
	    "DNS:mx.good.test,DNS:mx.moved.test,DNS:oldmx.moved.test,DNS:mx.size.test,DNS:mx.block.test,DNS:mx.grey.test,DNS:implicit.misc.test,DNS:mx.send.good.test,DNS:mx.dot.good.test,DNS:mx.chunk.good.test" &&
	make_cert wrong mail.elsewhere.test "DNS:mail.elsewhere.test" &&
	make_cert mail mail.good.test "DNS:mail.good.test,DNS:pop.good.test,DNS:imap.good.test" &&
	chmod 644 "$d"/*.pem "$d"/*.crt && chmod 600 "$d"/*.key
}

# ---- DNS: two nsd (current and stale) and two unbound --------------

# The DANE zones (dnssec.test signed, nodnssec.test not) with a TLSA 3 1 1
# record of Postfix's key; dnssec.test signed by ldns-signzone with an
# ECDSA P-256 key (RFC 6605), its DS the resolvers' trust anchor.
make_dnssec() {
	local d=$W/dnssec z tlsa key
	mkdir -p "$d"
	tlsa=$(openssl pkey -in "$W/tls/mx.key" -pubout -outform DER |
	    openssl dgst -sha256 -binary | od -An -tx1 | tr -d ' \n')
	for z in dnssec nodnssec; do
		subst "$SRC/conf/zones/$z.test.zone" "$d" "$AUTH1" "$AUTH1" |
		    sed "s|@TLSA@|$tlsa|" > "$d/$z.test.zone"
	done
	key=$(cd "$d" && ldns-keygen -k -a ECDSAP256SHA256 dnssec.test) &&
	(cd "$d" && ldns-signzone -o dnssec.test dnssec.test.zone "$key") &&
	cp "$d/$key.ds" "$d/trust-anchor.ds" || return 1
	# bogus.test: signed and anchored, then its TLSA data changed after
	# signing, so the signature no longer covers it: validation fails.
	subst "$SRC/conf/zones/dnssec.test.zone" "$d" "$AUTH1" "$AUTH1" |
	    sed -e "s|@TLSA@|$tlsa|" -e 's/dnssec\.test/bogus.test/g' > "$d/bogus.test.zone"
	key=$(cd "$d" && ldns-keygen -k -a ECDSAP256SHA256 bogus.test) &&
	(cd "$d" && ldns-signzone -o bogus.test bogus.test.zone "$key") &&
	sed -i "s/3 1 1 $tlsa/3 1 1 $(printf '%s' "$tlsa" | tr 0-9a-f 1-9a-f0)/" \
	    "$d/bogus.test.zone.signed" &&
	cat "$d/$key.ds" >> "$d/trust-anchor.ds" && chmod 644 "$d"/*
}

# Write one nsd instance (NAME, ADDR) with all zones; STALE=1 for the old data.
setup_nsd() {
	local name=$1 addr=$2 stale=$3 d=$W/$1 z zn f
	mkdir -p "$d"
	subst "$SRC/conf/nsd.conf.in" "$d" "$addr" "$addr" > "$d/nsd.conf"
	for z in test good moved size block grey badname misc exim smtpd sendmail courier; do
		if [ $z = test ]; then zn=test f=test.zone; else zn=$z.test f=$z.test.zone; fi
		[ "$stale" = 1 ] && [ $z = moved ] && f=moved.test.stale.zone
		subst "$SRC/conf/zones/$f" "$d" "$addr" "$addr" > "$d/$zn.zone"
		printf 'zone:\n\tname: "%s"\n\tzonefile: "%s.zone"\n' "$zn" "$zn" >> "$d/nsd.conf"
	done
	if [ "$stale" != 1 ]; then	# the DANE zones, one signed
		cp "$W/dnssec/dnssec.test.zone.signed" "$d/dnssec.test.zone"
		cp "$W/dnssec/nodnssec.test.zone" "$d/nodnssec.test.zone"
		cp "$W/dnssec/bogus.test.zone.signed" "$d/bogus.test.zone"
		printf 'zone:\n\tname: "%s"\n\tzonefile: "%s.zone"\n' \
		    dnssec.test dnssec.test nodnssec.test nodnssec.test \
		    bogus.test bogus.test >> "$d/nsd.conf"
	fi
	nsd-checkconf "$d/nsd.conf" || return 1
	spawn "$d/stdout" nsd -d -c "$d/nsd.conf"
}

# Write and start one unbound instance (NAME, ADDR) in front of AUTH.
setup_unbound() {
	local name=$1 addr=$2 auth=$3 d=$W/$1
	mkdir -p "$d"
	# The validator with dnssec.test's DS as its only trust anchor:
	# every other zone stays insecure (AD=0), dnssec.test validates.
	subst "$SRC/conf/unbound.conf.in" "$d" "$addr" "$auth" |
	    sed -e 's|module-config: "iterator"|module-config: "validator iterator"|' \
	    -e "s|^remote-control:|server:\\n\\ttrust-anchor-file: \"$W/dnssec/trust-anchor.ds\"\\nremote-control:|" \
	    > "$d/unbound.conf"
	unbound-checkconf "$d/unbound.conf" >/dev/null || return 1
	spawn "$d/stdout" unbound -d -c "$d/unbound.conf"
}

# ---- SMTP: one Postfix instance, five listeners ---------------------

# Write Postfix's main.cf, master.cf and maps, then `postfix -c DIR start`.
setup_postfix() {
	local d=$W/postfix f
	mkdir -p "$d/etc" "$d/spool" "$d/data" "$d/tls"
	subst "$SRC/conf/postfix/main.cf.in" "$d" > "$d/etc/main.cf"
	subst "$SRC/conf/postfix/master.cf.in" "$d" > "$d/etc/master.cf"
	for f in relay_recipients recipient_access greylist client_block body_checks; do
		cp "$SRC/conf/postfix/$f" "$d/etc/$f"
	done
	cp "$W/tls/mx.key" "$W/tls/mx.pem" "$W/tls/wrong.key" "$W/tls/wrong.pem" "$d/tls/"
	chown postfix "$d/data"
	# Postfix reports to syslog unless stderr is a terminal: on failure,
	# run it again under script(1) to show why.
	if ! postfix -c "$d/etc" check > /dev/null 2>&1 ||
	    ! postfix -c "$d/etc" start > /dev/null 2>&1; then
		script -qc "postfix -c $d/etc check" /dev/null 2>&1 | sed 's/^/# /'
		return 1
	fi
}

# ---- POP3/IMAP: Dovecot with one user and a Maildir -----------------

# Write one message into the Maildir: N SUBJECT HOURS-AGO.
put_message() {
	local n=$1 subj=$2 ago=$3 t f
	t=$(( $(date +%s) - ago * 3600 ))
	f=$W/dovecot/mail/alice/cur/$t.M${n}P1.interop:2,S
	{
		echo "Return-Path: <sender@good.test>"
		echo "Received: from mx.good.test (mx.good.test [$NET.1.1])"
		echo "	by mail.good.test (Postfix) with ESMTPS id 4X$n$n"
		echo "	for <alice@good.test>; $(date -R -d "@$((t + 2))")"
		echo "Received: from client.interop.test (client.interop.test [127.0.0.1])"
		echo "	by mx.good.test (Postfix) with ESMTP id 3X$n$n"
		echo "	for <alice@good.test>; $(date -R -d "@$t")"
		echo "From: Sender <sender@good.test>"
		echo "To: Alice <alice@good.test>"
		echo "Subject: $subj"
		echo "Date: $(date -R -d "@$t")"
		echo "Message-ID: <interop-$n@good.test>"
		echo
		echo "Message $n of the mxscope interop suite."
	} | sed 's/$/\r/' > "$f"
}

# Write Dovecot's configuration, user and Maildir (3 messages), start it.
setup_dovecot() {
	local d=$W/dovecot
	mkdir -p "$d/run" "$d/state" "$d/mail/alice/cur" "$d/mail/alice/new" \
	    "$d/mail/alice/tmp" "$d/home/alice" "$d/tls"
	cp "$W/tls/mail.pem" "$W/tls/mail.key" "$d/tls/"
	subst "$SRC/conf/dovecot/dovecot.conf.in" "$d" > "$d/dovecot.conf"
	# A fresh random password per run, in a file only root can read.
	MAILPASS=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
	( umask 077; printf '%s\n' "$MAILPASS" > "$W/alice.pass" )
	( umask 077; printf 'alice:{PLAIN}%s:8:8::%s/home/alice::\n' "$MAILPASS" "$d" > "$d/passwd" )
	chown dovecot "$d/passwd"
	put_message 1 "First test message" 30
	put_message 2 "Second test message" 20
	put_message 3 "Newest test message" 1
	chown -R mail:mail "$d/mail" "$d/home"
	doveconf -c "$d/dovecot.conf" -n > "$d/doveconf.out" 2>&1 ||
	    { sed 's/^/# /' "$d/doveconf.out"; return 1; }
	spawn "$d/stdout" dovecot -F -c "$d/dovecot.conf"
}

# Start everything and wait until each listener answers.
start_servers() {
	make_tls || bail "could not generate the test CA with openssl"
	ok "test CA and certificates generated"
	make_dnssec > "$W/dnssec.log" 2>&1 ||
	    { sed 's/^/# /' "$W/dnssec.log"; bail "could not sign dnssec.test with ldns-signzone"; }
	ok "dnssec.test signed with ldns-signzone; its DS is unbound's trust anchor"
	setup_nsd auth "$AUTH1" 0 && setup_nsd stale "$AUTH2" 1 ||
	    bail "nsd configuration rejected"
	setup_unbound res1 "$RES1" "$AUTH1" && setup_unbound res2 "$RES2" "$AUTH2" ||
	    bail "unbound configuration rejected"
	setup_postfix || bail "postfix would not start"
	setup_dovecot || bail "dovecot configuration rejected"
	start_mtas	# Exim and OpenSMTPD (mta-servers.sh)
	local a p bad=""
	for a in "$AUTH1:$DNS_PORT" "$AUTH2:$DNS_PORT" "$RES1:$DNS_PORT" "$RES2:$DNS_PORT" \
	    "$EXIM_ADDR:$SMTP_PORT" "$OSMTPD_ADDR:$SMTP_PORT" "$SENDMAIL_ADDR:$SMTP_PORT" \
	    "$COURIER_ADDR:$SMTP_PORT" "$COURIER_BL_ADDR:$SMTP_PORT" \
	    $(for p in $SMTP_ADDRS; do echo "$p:$SMTP_PORT"; done) \
	    "$MAILHOST:$POP3_PORT" "$MAILHOST:$POP3S_PORT" "$MAILHOST:$IMAP_PORT" "$MAILHOST:$IMAPS_PORT" \
	    "$SUBMIT_ADDR:587" "$SUBMIT_ADDR:465" "$SUBMIT_ADDR:2587"; do
		wait_tcp "${a%:*}" "${a#*:}" || bad="$bad $a"
	done
	if [ -n "$bad" ]; then
		for p in "$W"/auth/nsd.log "$W"/res1/unbound.log "$W"/*/stdout \
		    "$W"/postfix/maillog "$W"/dovecot/dovecot.log "$W"/exim/log/paniclog; do
			[ -s "$p" ] && tail -5 "$p" | sed "s|^|# ${p#$W/}: |"
		done
		bail "servers not listening:$bad"
	fi
	ok "nsd x2, unbound x2, postfix (5 listeners + submission), dovecot, exim, opensmtpd, sendmail, courier listening on $NET.x"
	# Nothing of ours may listen on a non-loopback address.
	p=$(ss -Hltnup 2>/dev/null | awk '{print $5, $7}' |
	    grep -E '"(nsd|unbound|master|dovecot|imap-login|pop3-login|exim4|smtpd|sendmail|couriertcpd)"')
	if [ -z "$p" ]; then
		not_ok "ss lists none of the suite's listening sockets"
	else
		is "$(printf '%s\n' "$p" | grep -vE "^$NET\\." || true)" "" \
		    "suite daemons bind $NET.x addresses only ($(printf '%s\n' "$p" | wc -l) sockets)"
	fi
}

# ---- Verifying the servers themselves (independent of mxscope) ------

# dnsq SERVER NAME TYPE: print the rcode and sorted rdata.
dnsq() {
	"$PY" "$SRC/dnsq.py" "$1:$DNS_PORT" "$2" "$3" 5
}

# The reply codes swaks sees, one per reply (its final line), from the
# banner up to the RCPT TO reply: "220 250 220 250 250 550".  Like mxscope
# it does STARTTLS first (a third argument "" leaves TLS out); it stops at
# its QUIT.  SWAKS_FROM sets another sender.
swaks_codes() {
	local server=$1 to=$2 tls=${3---tls} log
	log=$W/swaks.$server.$to.log
	swaks --server "$server" --port "$SMTP_PORT" --from "${SWAKS_FROM:-probe@client.test}" \
	    --helo client.interop.test --to "$to" $tls --quit-after RCPT \
	    --timeout 10 > "$log" 2>&1
	awk '/^ *[~-]> (QUIT|RSET)/ { exit }
	    /^ *<[~*-]* +[0-9][0-9][0-9]( |$)/ { sub(/^ *<[~*-]* +/, ""); printf "%s%s", sep, substr($0, 1, 3); sep = " " }
	    END { print "" }' "$log"
}

# The code swaks sees for RCPT TO (the last one of swaks_codes).
swaks_rcpt() {
	swaks_codes "$@" | awk '{ print $NF }'
}

# Check each server with an independent client before mxscope meets it.
verify_servers() {
	is "$(dnsq "$RES1" good.test MX)" "NOERROR 10 mx.good.test." "unbound: good.test MX via the stub zone"
	is "$(dnsq "$RES1" mx.good.test A)" "NOERROR $NET.1.1" "unbound: mx.good.test A"
	is "$(dnsq "$RES1" dead.test MX)" "SERVFAIL" "unbound: dead.test (authoritative server dead) is SERVFAIL"
	is "$(dnsq "$RES1" nosuch.misc.test MX)" "NXDOMAIN" "unbound: nosuch.misc.test is NXDOMAIN"
	is "$(dnsq "$RES1" moved.test MX)" "NOERROR 10 mx.moved.test." "resolver 1: current MX set of moved.test"
	is "$(dnsq "$RES2" moved.test MX)" "NOERROR 10 oldmx.moved.test. 20 mx.moved.test." "resolver 2: stale MX set of moved.test"
	is "$(dnsq "$RES1" example.com A)" "REFUSED" "unbound refuses names outside test. (never recurses off the machine)"

	is "$(swaks_rcpt "$NET.1.1" user@good.test)" 250 "swaks: user@good.test accepted"
	is "$(swaks_rcpt "$NET.1.1" nouser@good.test)" 550 "swaks: nouser@good.test 550"
	is "$(swaks_rcpt "$NET.1.1" full@good.test)" 552 "swaks: full@good.test 552"
	is "$(swaks_rcpt "$NET.1.4" user@grey.test)" 450 "swaks: user@grey.test 450"
	local out
	out=$(swaks --server "$NET.1.3" --port "$SMTP_PORT" --from probe@client.test \
	    --helo client.interop.test --to user@block.test --quit-after RCPT --timeout 10 2>&1)
	like "$out" '<\*\* +554 5\.7\.1 ' "swaks: the blocking listener answers 554 5.7.1"
	out=$(printf 'QUIT\r\n' | openssl s_client -connect "$NET.1.1:$SMTP_PORT" -starttls smtp \
	    -CAfile "$W/tls/ca.pem" -verify_hostname mx.good.test -verify_return_error \
	    -servername mx.good.test 2>&1 < /dev/null)
	like "$out" 'Verify return code: 0 \(ok\)' "openssl s_client: STARTTLS on mx.good.test verifies with the test CA"
	out=$(openssl s_client -connect "$NET.1.5:$SMTP_PORT" -starttls smtp \
	    -CAfile "$W/tls/ca.pem" -verify_hostname mx.badname.test \
	    -servername mx.badname.test 2>&1 < /dev/null)
	like "$out" 'Verify return code: 62 \(hostname mismatch\)' "openssl s_client: mx.badname.test certificate names another host"
	local p
	for p in "pop3 $POP3_PORT" "pop3s $POP3S_PORT" "imap $IMAP_PORT" "imaps $IMAPS_PORT"; do
		set -- $p
		is "$("$PY" "$SRC/mbox.py" "$1" mail.good.test "$MAILHOST" "$2" "$W/tls/ca.pem" alice "$W/alice.pass" 2>&1 | tail -1)" \
		    3 "dovecot $1 ($2): login with the test CA, 3 messages"
	done
}

# ---- mxscope against the real servers ------------------------------

# Run mxscope --json; the document lands in $W/mx.$CASE.json, exit in RC.
mxrun() {
	local case=$1
	shift
	MXOUT=$W/mx.$case.json
	timeout 60 "$MXSCOPE" --json -p "$SMTP_PORT" --from probe@client.test \
	    --helo client.interop.test --timeout "$MX_TIMEOUT" "$@" > "$MXOUT" 2> "$W/mx.$case.err"
	RC=$?
	if ! jq -e . "$MXOUT" >/dev/null 2>&1; then
		diag "mxscope $* exited $RC without a JSON document:"
		head -c 600 "$W/mx.$case.err" | sed 's/^/#   /'
		echo '{}' > "$MXOUT"
	fi
}

# The verdict's reason of the last run.
mx_reason() { jq -r '.verdict.reason // "none"' "$MXOUT"; }
# The finding ids of the last run, space separated, sorted.
mx_findings() { jq -r '[.findings[]?.id] | sort | unique | join(" ")' "$MXOUT"; }
# Every transcript line of the last run as "DIR TEXT" (TEXT is the line as
# sent or received, reply code included).
mx_lines() {
	jq -r '.. | objects | select(has("dir") and has("text")) |
	    "\(.dir) \(.text)"' "$MXOUT"
}
# The reply codes the first probe of the last run recorded, one per reply
# (its final line), up to the first refusal or QUIT's 221: comparable with
# swaks_codes.  (Pipelined, RFC 2920, QUIT and RCPT are sent before MAIL's
# reply, so the replies after a refusal answer commands already moot.)
mx_codes() {
	jq -r 'first(.. | objects | select(has("transcript")) | .transcript) | .[] |
	    "\(.dir)\t\(.code // 0)\t\(.text)"' "$MXOUT" |
	awk -F '\t' '$1 == "C" && $3 ~ /^RSET/ { exit }
	    $1 == "S" && $2 == 221 { exit }
	    $1 == "S" && $2 != 0 && substr($3, 4, 1) != "-" { printf "%s%s", sep, $2; sep = " "; if ($2 >= 400) exit }
	    END { print "" }'
}

# compare_swaks NAME SERVER RCPT: mxscope's reply codes equal swaks's.
compare_swaks() {
	local sw
	sw=$(swaks_codes "$2" "$3")
	if [ -z "$sw" ]; then
		not_ok "$1: swaks saw no reply at all (log: swaks.$2.$3.log)"
		return
	fi
	is "$(mx_codes)" "$sw" "$1: reply codes equal swaks's ($sw)"
}

# check_case NAME EXIT REASON FINDING... : the verdict and findings of the last run.
check_case() {
	local name=$1 want_rc=$2 want_reason=$3 f ids
	shift 3
	ids=" $(mx_findings) "
	is "$RC" "$want_rc" "$name: exit status"
	is "$(mx_reason)" "$want_reason" "$name: verdict.reason"
	for f in "$@"; do
		case "$ids" in
		*" $f "*) ok "$name: finding $f" ;;
		*) not_ok "$name: finding $f (findings:$ids)" ;;
		esac
	done
}

# The transcript holds the real server's greeting and a given reply.
check_transcript() {
	local name=$1 banner=$2 reply=$3 lines
	lines=$(mx_lines)
	like "$lines" "^S $banner" "$name: transcript shows the real greeting"
	[ -n "$reply" ] && like "$lines" "^S $reply" "$name: transcript shows the server's reply"
}

# jq over the last run's document, printing one value.
mxq() { jq -r "$1" "$MXOUT"; }

# The first probe's JSON object of the last run.
PROBE='first(.mx[]?.addresses[]?)'

# Every SMTP and DNS scenario through mxscope --json.
mx_checks() {
	local R="-s $RES1:$DNS_PORT" CA="--tls-ca $W/tls/ca.pem" py

	# The dialogue compared with swaks and byte for byte: without the
	# catch-all RCPT (its own case follows).
	mxrun deliverable $R $CA --no-catch-all --no-postmaster-probe user@good.test
	check_case "user@good.test" 0 deliverable
	check_transcript "user@good.test" "220 mx\.good\.test ESMTP Postfix$" "250 2\.1\.5 Ok$"
	compare_swaks "user@good.test" "$NET.1.1" user@good.test
	is "$(mxq "$PROBE | [.tls.ok, .tls.verified, .tls.name_ok, .tls.subject] | @tsv")" \
	    "$(printf 'true\ttrue\ttrue\tCN=mx.good.test')" "user@good.test: STARTTLS verified against the test CA, name ok"
	is "$(mxq '[.resolvers[]? | "\(.status)/\(.address_status)"] | join(" ")')" answer/answer \
	    "user@good.test: resolver status of the MX and of the address lookups"
	# RFC 2920: Postfix offers PIPELINING, so MAIL, RCPT and QUIT go as one
	# group; each reply is matched to its command in order, there is no
	# RSET, and Postfix itself finds nothing improper in the pipelining.
	is "$(mxq "[$PROBE | .transcript[] | select(.pipelined) | .text] | join(\"|\")")" \
	    "MAIL FROM:<probe@client.test>|RCPT TO:<user@good.test>|QUIT" "user@good.test: MAIL, RCPT and QUIT pipelined in one group"
	is "$(mxq "$PROBE | [.replies.mail.code, .replies.rcpt.code, .replies.quit.code] | map(tostring) | join(\" \")")" \
	    "250 250 221" "user@good.test: Postfix's replies matched to MAIL, RCPT and QUIT in order"
	is "$(mxq "[$PROBE | .transcript[] | select(.dir == \"S\") | .text][-3:] | join(\"|\")")" \
	    "250 2.1.0 Ok|250 2.1.5 Ok|221 2.0.0 Bye" "user@good.test: the group's replies, byte for byte"
	is "$(mxq "[$PROBE | .transcript[] | select(.dir == \"C\" and .text == \"RSET\")] | length")" 0 \
	    "user@good.test: no RSET"
	if grep -q "improper command pipelining" "$W/postfix/maillog" 2>/dev/null; then
		not_ok "user@good.test: Postfix logs no improper command pipelining ($(grep -m1 'improper command pipelining' "$W/postfix/maillog"))"
	else
		ok "user@good.test: Postfix logs no improper command pipelining"
	fi

	# DANE (RFC 7672) through the real unbound: dnssec.test is signed and
	# anchored, so the TLSA answer comes with AD=1 (dane.ok with the AD
	# bit); nodnssec.test has the same records unsigned, AD=0.
	mxrun dnssec $R $CA user@dnssec.test
	is "$(mxq '.mx[0].addresses[0].dane | [.state, .ad, .tlsa_status] | map(tostring) | join(" ")')" \
	    "ok true answer" "user@dnssec.test: TLSA 3 1 1 of Postfix's key matches, AD=1 from the validating unbound"
	like "$(mx_findings)" "dane.ok" "user@dnssec.test: finding dane.ok"
	mxrun nodnssec $R $CA user@nodnssec.test
	is "$(mxq '.mx[0].addresses[0].dane | [.state, .ad] | map(tostring) | join(" ")')" \
	    "ok false" "user@nodnssec.test: the same record unsigned comes with AD=0 (not validated)"
	# A signature that does not cover the TLSA data: unbound answers
	# SERVFAIL (bogus), and DANE senders defer: dane.unusable.
	mxrun bogus $R $CA user@bogus.test
	is "$(mxq '.mx[0].addresses[0].dane | [.tlsa_status, .ad] | map(tostring) | join(" ")')" \
	    "servfail false" "user@bogus.test: a TLSA answer that fails validation comes as SERVFAIL"
	like "$(mx_findings)" "dane.unusable" "user@bogus.test: finding dane.unusable"
	if command -v dig >/dev/null; then
		like "$(dig +dnssec +noall +comments -p "$DNS_PORT" @"$RES1" "_$SMTP_PORT._tcp.mx.dnssec.test" TLSA)" \
		    'flags:.* ad' "dig agrees: unbound sets AD on dnssec.test's TLSA"
	fi

	# The catch-all probe (issue 12) against a real Postfix that is none:
	# the random RCPT goes in the pipelined group, Postfix refuses it, the
	# verdict stays deliverable and no smtp.catch_all is claimed.
	mxrun catchall $R $CA user@good.test
	check_case "user@good.test (catch-all probe)" 0 deliverable
	like "$(mxq "[$PROBE | .transcript[] | select(.pipelined) | .text] | join(\"|\")")" \
	    '^MAIL FROM:<probe@client\.test>\|RCPT TO:<user@good\.test>\|RCPT TO:<mxscope-nobody-[0-9a-f]+@good\.test>\|RCPT TO:<postmaster@good\.test>\|QUIT$' \
	    "user@good.test: the random RCPT (and the postmaster RCPT) go in the pipelined group"
	like "$(mx_lines)" '^S 550 5\.1\.1 <mxscope-nobody-[0-9a-f]+@good\.test>: Recipient address rejected' \
	    "user@good.test: Postfix refuses the random address"
	unlike "$(mx_findings)" 'smtp\.catch_all' "user@good.test: Postfix is no catch-all, and none is claimed"

	mxrun userunknown $R $CA nouser@good.test
	check_case "nouser@good.test" 2 userunknown
	check_transcript "nouser@good.test" "220 mx\.good\.test ESMTP" \
	    "550 5\.1\.1 <nouser@good\.test>: Recipient address rejected: User unknown in relay recipient table"
	compare_swaks "nouser@good.test" "$NET.1.1" nouser@good.test

	mxrun mailboxfull $R $CA full@good.test
	check_case "full@good.test" 1 mailboxfull	# soft (RFC 3463 X.2.2): exit 1
	check_transcript "full@good.test" "220 mx\.good\.test ESMTP" \
	    "552 5\.2\.2 <full@good\.test>: Recipient address rejected: Mailbox full"
	compare_swaks "full@good.test" "$NET.1.1" full@good.test

	mxrun mesgtoobig $R $CA --no-catch-all --size 5000000 user@size.test
	check_case "user@size.test --size 5000000" 2 mesgtoobig
	check_transcript "user@size.test" "220 mx\.size\.test ESMTP" "552 5\.3\.4 Message size exceeds fixed limit"
	like "$(mx_lines)" "^C MAIL FROM:<probe@client\.test> SIZE=5000000" "user@size.test: MAIL FROM carries SIZE=5000000"
	is "$(mxq "$PROBE | [.transcript[] | select(.dir == \"S\") | .code][-4:] | map(tostring) | join(\" \")")" \
	    "552 503 503 221" "user@size.test: pipelined, Postfix answers RCPT (and the postmaster RCPT) 503 after MAIL's 552"
	is "$(mxq "$PROBE | [.failed_stage, .last_code, (.replies.rcpt // \"none\")] | map(tostring) | join(\" \")")" \
	    "mail 552 none" "user@size.test: the moot RCPT's 503 is not evidence; the verdict stays at MAIL"
	is "$(mxq "$PROBE | .capabilities.size")" 1048576 "user@size.test: SIZE capability from Postfix's message_size_limit"
	# swaks has no SIZE= parameter: Python's smtplib does the same dialogue.
	py=$("$PY" "$SRC/smtpsize.py" "$NET.1.2" "$SMTP_PORT" client.interop.test probe@client.test 5000000 2>&1)
	is "$(mx_codes)" "$py" "user@size.test: reply codes equal smtplib's ($py)"

	mxrun blocked $R $CA user@block.test
	check_case "user@block.test" 2 blocked
	# smtpd_delay_reject=no: Postfix greets a blocked client with 554.
	check_transcript "user@block.test" \
	    "554 5\.7\.1 <unknown\[127\.0\.0\.1\]>: Client host rejected: Service unavailable; client host blocked using bl\.interop\.test" ""
	compare_swaks "user@block.test" "$NET.1.3" user@block.test

	mxrun greylisted $R $CA user@grey.test
	check_case "user@grey.test" 1 greylisted
	check_transcript "user@grey.test" "220 mx\.grey\.test ESMTP" \
	    "450 4\.7\.1 <user@grey\.test>: Recipient address rejected: Greylisted, please try again in 300 seconds"
	compare_swaks "user@grey.test" "$NET.1.4" user@grey.test

	mxrun untrusted $R user@good.test
	check_case "user@good.test without --tls-ca" 1 deliverable tls.cert_untrusted
	is "$(mxq "$PROBE | .tls.verified")" false "user@good.test without --tls-ca: chain not verified"

	mxrun badname $R $CA --no-catch-all --no-postmaster-probe user@badname.test
	check_case "user@badname.test" 1 deliverable tls.cert_name_mismatch
	check_transcript "user@badname.test" "220 mx\.badname\.test ESMTP" "250 2\.1\.5 Ok$"
	is "$(mxq "$PROBE | [.tls.verified, .tls.name_ok, .tls.subject] | @tsv")" \
	    "$(printf 'true\tfalse\tCN=mail.elsewhere.test')" "user@badname.test: chain verified, name not, certificate of mail.elsewhere.test"
	compare_swaks "user@badname.test" "$NET.1.5" user@badname.test

	mxrun servfail $R dead.test
	check_case "dead.test" 1 networkerror dns.servfail
	is "$(mxq '[.resolvers[]?.status] | join(" ")')" servfail "dead.test: unbound's SERVFAIL recorded as such"

	mxrun nxdomain $R user@nosuch.misc.test
	check_case "user@nosuch.misc.test" 2 hostunknown dns.nxdomain
	is "$(mxq '[.resolvers[]?.status] | join(" ")')" nxdomain "user@nosuch.misc.test: resolver status"

	mxrun nullmx $R user@nullmx.misc.test
	check_case "user@nullmx.misc.test" 2 notaccept dns.null_mx

	mxrun implicit $R $CA user@implicit.misc.test
	check_case "user@implicit.misc.test" 0 deliverable dns.implicit_mx
	is "$(mxq "$PROBE | .address")" "$NET.1.1" "user@implicit.misc.test: probes the domain's own address"

	mxrun refused $R user@refused.misc.test
	check_case "user@refused.misc.test" 1 networkerror smtp.connect_refused

	mxrun disagree $R -s "$RES2:$DNS_PORT" $CA user@moved.test
	check_case "user@moved.test via two resolvers" 1 deliverable dns.resolvers_disagree
	is "$(mxq '[.resolvers[]? | [.mx[]? | "\(.preference) \(.host)"] | join(",")] | join(" | ")')" \
	    "10 mx.moved.test | 10 oldmx.moved.test,20 mx.moved.test" \
	    "user@moved.test: each resolver's MX set as the real resolvers gave it"
	is "$(mxq '[.mx[]?.host] | sort | join(" ")')" "mx.moved.test oldmx.moved.test" \
	    "user@moved.test: both exchanger sets probed"

	# Nothing but the suite's own addresses was contacted.
	is "$(cat "$W"/mx.*.json | jq -r '.. | objects | select(has("address") and has("transcript")) | .address' |
	    grep -v "^$NET\.1\." | sort -u | tr '\n' ' ')" "" "mxscope probed only the suite's $NET.1.x listeners"
}

# The message count a mailbox check reported in the last run's document.
mx_msgcount() {
	mxq '[.. | objects | to_entries[] |
	    select(.key | test("^(messages|message_count|nmessages|nmsgs|count|exists)$")) |
	    .value | if type == "array" then length elif type == "number" then . else empty end] |
	    first // "none"'
}

# No form of the password (plain, AUTH PLAIN/LOGIN base64) in FILES.
check_secret() {
	local name=$1 f leak=""
	shift
	for f in "$MAILPASS" "$(printf '%s' "$MAILPASS" | base64)" \
	    "$(printf '\0alice\0%s' "$MAILPASS" | base64)"; do
		grep -qF -- "$f" "$@" 2>/dev/null && leak="$leak [$f]"
	done
	is "$leak" "" "$name: the password appears in no output, in no encoding"
}

# POP3/IMAP through mxscope (issue 5); skipped only while --pop3 is absent.
mailbox_checks() {
	if ! "$MXSCOPE" --help 2>&1 | grep -q -- '--pop3'; then
		echo "# SKIP: mxscope has no --pop3 yet"
		skip "mxscope POP3 (110 STLS, 995) and IMAP (143 STARTTLS, 993) against dovecot" \
		    "mxscope has no --pop3 yet"
		return 0
	fi
	local p proto port greeting
	( umask 077; echo "wrong-$MAILPASS" > "$W/wrong.pass" )
	for p in "pop3 $POP3_PORT" "pop3 $POP3S_PORT" "imap $IMAP_PORT" "imap $IMAPS_PORT"; do
		set -- $p
		proto=$1 port=$2
		if [ "$proto" = pop3 ]; then greeting='\+OK Dovecot \(Debian\) ready'; else greeting='\* OK .*Dovecot \(Debian\) ready'; fi
		mxrun "mbox-$proto-$port" -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
		    "--$proto=mail.good.test:$port" --user alice --password-file "$W/alice.pass" \
		    alice@good.test
		is "$RC" 0 "--$proto mail.good.test:$port: exit status"
		like "$(mx_lines)" "^S $greeting" "--$proto :$port: transcript shows Dovecot's greeting"
		is "$(mx_msgcount)" 3 "--$proto :$port: logs in and counts the 3 messages"
		is "$(mxq '[.. | objects | to_entries[] | select(.key | test("^(hops|received|received_hops)$")) |
		    .value | arrays | length] | first // "none"')" 2 \
		    "--$proto :$port: the newest message's Received: chain has its 2 hops"
		check_secret "--$proto :$port" "$MXOUT" "$W/mx.mbox-$proto-$port.err"

		mxrun "mbox-$proto-$port-bad" -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
		    "--$proto=mail.good.test:$port" --user alice --password-file "$W/wrong.pass" \
		    alice@good.test
		# Issue 5 fixes the finding id, not the verdict's reason.
		[ "$RC" -ne 0 ] && ok "--$proto :$port with a wrong password: exit status $RC" ||
		    not_ok "--$proto :$port with a wrong password: exit status 0"
		case " $(mx_findings) " in
		*" $proto.auth_failed "*) ok "--$proto :$port with a wrong password: finding $proto.auth_failed" ;;
		*) not_ok "--$proto :$port with a wrong password: finding $proto.auth_failed (findings: $(mx_findings))" ;;
		esac
		check_secret "--$proto :$port with a wrong password" "$MXOUT" "$W/mx.mbox-$proto-$port-bad.err"
	done
}

# Submission through mxscope (issue 14) against Postfix with SASL through
# Dovecot's auth socket: good and bad passwords on 587 (STARTTLS), 465
# (implicit TLS), AUTH before TLS refused (2587: STARTTLS hidden, 530
# 5.7.0), a From the account does not own (553 5.7.1).
submission_checks() {
	if ! "$MXSCOPE" --help 2>&1 | grep -q -- '--submission'; then
		skip "mxscope submission against Postfix + Dovecot SASL" \
		    "mxscope has no --submission yet"
		return 0
	fi
	local S="$SUBMIT_ADDR" sub
	sub() { jq -r ".submission.$1" "$MXOUT"; }
	# (mailbox_checks writes it too; INTEROP_ONLY may skip that group)
	[ -f "$W/wrong.pass" ] || ( umask 077; echo "wrong-$MAILPASS" > "$W/wrong.pass" )
	mxrun sub-587 -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:587" --user alice --password-file "$W/alice.pass" \
	    --from alice@good.test user@good.test
	is "$(sub auth) $(sub mechanism) $(sub tls_mode)" "ok PLAIN starttls" \
	    "--submission :587: AUTH over STARTTLS accepted by Postfix via Dovecot"
	is "$(jq -r '.submission.dialogue.replies.rcpt.code' "$MXOUT")" 250 \
	    "--submission :587: RCPT TO accepted after AUTH"
	like "$(jq -r '[.submission.dialogue.transcript[].text] | join("|")' "$MXOUT")" \
	    'AUTH PLAIN \*{8}' "--submission :587: the AUTH line is masked"
	check_secret "--submission :587" "$MXOUT" "$W/mx.sub-587.err"
	mxrun sub-587-bad -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:587" --user alice --password-file "$W/wrong.pass" \
	    --from alice@good.test user@good.test
	is "$(sub auth) $(sub auth_code) $(sub auth_enhanced)" "failed 535 5.7.8" \
	    "--submission :587, wrong password: 535 5.7.8"
	case " $(mx_findings) " in
	*" auth.failed "*) ok "--submission :587, wrong password: auth.failed" ;;
	*) not_ok "--submission :587, wrong password: auth.failed (findings: $(mx_findings))" ;;
	esac
	mxrun sub-465 -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:465" --user alice --password-file "$W/alice.pass" \
	    --from alice@good.test user@good.test
	is "$(sub auth) $(sub tls_mode)" "ok implicit" \
	    "--submission :465: implicit TLS (RFC 8314), AUTH accepted"
	check_secret "--submission :465" "$MXOUT" "$W/mx.sub-465.err"
	mxrun sub-plain -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:2587" --user alice --password-file "$W/alice.pass" \
	    --from alice@good.test user@good.test
	is "$(sub auth)" refused_plaintext \
	    "--submission :2587 (no STARTTLS offered): the password is not sent"
	mxrun sub-plain-forced -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:2587" --user alice --password-file "$W/alice.pass" \
	    --allow-plaintext --auth-mech PLAIN --from alice@good.test user@good.test
	is "$(sub auth) $(sub auth_code) $(sub auth_enhanced)" "tls_required 530 5.7.0" \
	    "--submission :2587 --allow-plaintext: AUTH before TLS refused 530 5.7.0"
	mxrun sub-relay -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$S:587" --user alice --password-file "$W/alice.pass" \
	    --from mallory@good.test user@good.test
	case " $(mx_findings) " in
	*" submission.relay_denied "*) ok "--submission, From not owned: submission.relay_denied" ;;
	*) not_ok "--submission, From not owned: submission.relay_denied (findings: $(mx_findings))" ;;
	esac
	submission_send_checks	# --send through 587 (send-checks.sh)
}

# ---- Main ------------------------------------------------------------

[ "$(id -u)" = 0 ] || bail "the interop suite must run as root (it installs packages and binds port $SMTP_PORT)"
if [ "$SERVE" = 0 ]; then
	[ -n "$MXSCOPE" ] || bail "no mxscope: set MXSCOPE or build in the tree (./bootstrap, make check-interop)"
	[ -x "$MXSCOPE" ] || bail "mxscope binary $MXSCOPE not built"
fi
exec 9> /tmp/mxscope-interop.lock
flock -n 9 || bail "another interop run holds /tmp/mxscope-interop.lock"
LOCKED=1
W=$(mktemp -d /tmp/mxscope-interop.XXXXXX) || bail "mktemp failed"
chmod 755 "$W"
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
T0=$(date +%s)

install_packages
start_servers
verify_servers
diag "servers up and verified after $(( $(date +%s) - T0 )) s"
if [ "$SERVE" = 1 ]; then
	cat <<EOF
# Servers are running (work directory $W):
#   resolvers: $RES1 (current)  $RES2 (stale)   authoritative: $AUTH1 $AUTH2
#   postfix:   $NET.1.1 good.test  $NET.1.2 size.test  $NET.1.3 block.test
#              $NET.1.4 grey.test  $NET.1.5 badname.test   (port $SMTP_PORT)
#   exim:      $EXIM_ADDR exim.test   opensmtpd: $OSMTPD_ADDR smtpd.test
#   sendmail:  $SENDMAIL_ADDR sendmail.test   courier: $COURIER_ADDR courier.test, $COURIER_BL_ADDR listed.courier.test
#   dovecot:   $MAILHOST 110/995/143/993, user alice, password file $W/alice.pass
#   test CA:   $W/tls/ca.pem
#   e.g. mxscope -s $RES1 -p $SMTP_PORT --tls-ca $W/tls/ca.pem --report user@good.test
# Ctrl-C stops them.
EOF
	while :; do sleep 3600 & wait $!; done
fi
# mxscope --batch against the real Postfix (issue 17): four targets of
# good.test share one SMTP session to its one exchanger address; each
# still gets its own MAIL FROM, RCPT TO and verdict (RSET between them),
# and Postfix sees one connection, refuses the two unknown recipients and
# accepts the two known ones.
batch_checks() {
	local B=$W/batch before after f n lines
	printf '%s\n' user@good.test nouser@good.test alice@good.test \
	    other@good.test >"$B.list"
	before=$(grep -c 'connect from' "$W/postfix/maillog" 2>/dev/null)
	lines=$(wc -l <"$W/postfix/maillog" 2>/dev/null || echo 0)
	timeout 60 "$MXSCOPE" --json --verbose -s "$RES1:$DNS_PORT" -p "$SMTP_PORT" \
	    --tls-ca "$W/tls/ca.pem" --from probe@client.test --helo client.interop.test \
	    --timeout "$MX_TIMEOUT" --batch "$B.list" >"$B.jsonl" 2>"$B.err"
	is "$?" 2 "batch: exit 2 (the worst: a user unknown)"
	is "$(jq -r '"\(.line)=\(.verdict.reason)"' "$B.jsonl" 2>/dev/null | sort | tr '\n' ' ')" \
	    "1=deliverable 2=userunknown 3=deliverable 4=userunknown " "batch: each target its own verdict"
	for n in 1 2 3 4; do
		f=$(sed -n "${n}p" "$B.list")
		is "$(jq -r "select(.line == $n) | [first(.mx[]?.addresses[]?) | .transcript[] |
		    select(.dir == \"C\" and (.text | startswith(\"RCPT TO:<$f>\")))] | length" "$B.jsonl")" 1 \
		    "batch: $f: its own RCPT TO in its transcript"
	done
	is "$(jq -r 'select(first(.mx[]?.addresses[]?) | .shared_session == true) | .line' "$B.jsonl" | sort | tr '\n' ' ')" \
	    "2 3 4 " "batch: the later three joined the first target's session (shared_session)"
	like "$(cat "$B.err")" 'SMTP sessions: 1 opened, 3 targets joined one' "batch: --verbose counts one session"
	sleep 1	# Postfix's log is written by postlogd, not at once
	after=$(grep -c 'connect from' "$W/postfix/maillog" 2>/dev/null)
	is "$(( after - before ))" 2 "batch: Postfix saw one connection (one connect, one disconnect)"
	is "$(tail -n +"$((lines + 1))" "$W/postfix/maillog" |
	    sed -n 's/.*smtpd\[\([0-9]*\)\]: .*reject: RCPT from .*<\(nouser\|other\)@good\.test>.*/\1 \2/p' |
	    tr '\n' ' ')" "$(tail -n +"$((lines + 1))" "$W/postfix/maillog" |
	    sed -n 's/.*smtpd\[\([0-9]*\)\]: connect from.*/\1/p' | head -n 1) nouser $(tail -n +"$((lines + 1))" \
	    "$W/postfix/maillog" | sed -n 's/.*smtpd\[\([0-9]*\)\]: connect from.*/\1/p' | head -n 1) other " \
	    "batch: Postfix refused the two unknown recipients, both in that one session"
	if grep -q "improper command pipelining" "$W/postfix/maillog" 2>/dev/null; then
		not_ok "batch: Postfix logs no improper command pipelining (RSET rides in the group)"
	else
		ok "batch: Postfix logs no improper command pipelining (RSET rides in the group)"
	fi
}

# INTEROP_ONLY="submission send": run only those groups (mx, send,
# mailbox, submission, batch, exim, opensmtpd, sendmail, courier); every
# group by default.
only() {
	[ -z "${INTEROP_ONLY:-}" ] && return 0
	case " $INTEROP_ONLY " in *" $1 "*) return 0 ;; esac
	return 1
}
if only mx; then mx_checks; fi
if only send; then send_checks; fi	# --send (send-checks.sh)
if only mailbox; then mailbox_checks; fi
if only submission; then submission_checks; fi
if only batch; then batch_checks; fi	# --batch sharing one session
if only exim; then exim_checks; fi	# real Exim 4 (mta-checks.sh)
if only opensmtpd; then opensmtpd_checks; fi	# real OpenSMTPD (mta-checks.sh)
if only sendmail; then sendmail_checks; fi	# real Sendmail 8.17 (mta-checks.sh)
if only courier; then courier_checks; fi	# real Courier-MTA (mta-checks.sh)
diag "suite finished in $(( $(date +%s) - T0 )) s"
echo "1..$_tap_n"
summary
[ "$_tap_fail" -eq 0 ]
