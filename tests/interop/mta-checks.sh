# tests/interop/mta-checks.sh: mxscope against the real Exim 4, OpenSMTPD,
# Sendmail 8.17 and Courier-MTA 1.0.16 of mta-servers.sh (issue 12),
# sourced by run.sh (its helpers: mxrun, check_case, check_transcript,
# compare_swaks, swaks_rcpt, mxq, mx_lines, mx_findings, mx_codes, is,
# like, unlike, ok, not_ok, diag).  For each: the
# verdict's reason word and actor for a known user, an unknown one, a
# domain the server does not take (relaying), a blocklist-style refusal,
# a message over the SIZE limit; for Exim also greylistd's defer and the
# self-signed certificate after STARTTLS; for OpenSMTPD its broken
# STARTTLS (Debian 12's 6.8.0p2 with OpenSSL 3 fails every handshake with
# an internal-error alert, OpenSMTPD issues #1171 and #1239), which
# senders survive by delivering without TLS.

# is_actor NAME WANT: the verdict's actor of the last run.
is_actor() {
	is "$(mxq '.verdict.actor')" "$2" "$1: verdict.actor"
}

# Exim 4 (exim4-daemon-light) on $EXIM_ADDR.
exim_checks() {
	local R="-s $RES1:$DNS_PORT" X=$EXIM_ADDR

	is "$(dnsq "$RES1" exim.test MX)" "NOERROR 10 mx.exim.test." "unbound: exim.test MX"
	mxrun exim-user $R --no-catch-all --no-postmaster-probe user@exim.test
	check_case "exim user@exim.test" 1 deliverable tls.cert_untrusted
	is_actor "exim user@exim.test" "remote admin"
	check_transcript "exim user@exim.test" "220 mx\.exim\.test ESMTP Exim 4\.[0-9]+ " "250 Accepted$"
	is "$(mxq "$PROBE | [.tls.ok, .tls.verified, .tls.verify_code, .tls.subject] | map(tostring) | join(\" \")")" \
	    "true false 18 CN=mx.exim.test" "exim user@exim.test: STARTTLS done, the self-signed certificate not verified (18)"
	like "$(mx_lines)" "^S 250-STARTTLS" "exim user@exim.test: Exim offers STARTTLS"
	compare_swaks "exim user@exim.test" "$X" user@exim.test

	# Exim's own wording for an address no router takes.
	mxrun exim-nouser $R nouser@exim.test
	check_case "exim nouser@exim.test" 2 userunknown
	is_actor "exim nouser@exim.test" sender
	check_transcript "exim nouser@exim.test" "220 mx\.exim\.test ESMTP Exim" "550 Unrouteable address$"
	# The postmaster probe (RFC 5321 §4.5.1): postmaster@exim.test is
	# accepted, so the domain is served there and the address is refused.
	like "$(mx_lines)" "^C RCPT TO:<postmaster@exim\.test>" "exim nouser@exim.test: RCPT TO postmaster@ sent"
	like "$(mxq '.verdict.summary')" "postmaster@exim\.test is accepted, so the domain is served there" \
	    "exim nouser@exim.test: the verdict says the domain is served there"
	compare_swaks "exim nouser@exim.test" "$X" nouser@exim.test

	# Exim's default configuration's relay refusal.
	mxrun exim-relay $R user@relay.exim.test
	check_case "exim user@relay.exim.test" 2 norelaying smtp.domain_not_served
	is_actor "exim user@relay.exim.test" "remote admin"
	check_transcript "exim user@relay.exim.test" "220 mx\.exim\.test" "550 relay not permitted$"
	compare_swaks "exim user@relay.exim.test" "$X" user@relay.exim.test

	# greylistd's Exim ACL: a defer with its own words, wrapped by Exim
	# over two lines (RFC 5321 §4.2.1).
	mxrun exim-grey $R grey@exim.test
	check_case "exim grey@exim.test" 1 greylisted
	is_actor "exim grey@exim.test" nobody
	check_transcript "exim grey@exim.test" "220 mx\.exim\.test" \
	    "451-127\.0\.0\.1 is not yet authorized to deliver mail from <probe@client\.test> to"
	like "$(mx_lines)" "^S 451 <grey@exim\.test>\. Please try later\.$" "exim grey@exim.test: the defer's last line"
	compare_swaks "exim grey@exim.test" "$X" grey@exim.test

	mxrun exim-blocked $R blocked@exim.test
	check_case "exim blocked@exim.test" 2 blocked
	is_actor "exim blocked@exim.test" us
	check_transcript "exim blocked@exim.test" "220 mx\.exim\.test" "550-127\.0\.0\.1 is listed at bl\.interop\.test"
	compare_swaks "exim blocked@exim.test" "$X" blocked@exim.test

	# message_size_limit 1M: Exim refuses MAIL's SIZE= at once.
	mxrun exim-size $R --no-catch-all --size 5000000 user@exim.test
	check_case "exim user@exim.test --size 5000000" 2 mesgtoobig smtp.size_exceeded
	is_actor "exim user@exim.test --size 5000000" sender
	check_transcript "exim user@exim.test --size" "220 mx\.exim\.test" "552 Message size exceeds maximum permitted$"
	is "$(mxq "$PROBE | [.failed_stage, .capabilities.size] | map(tostring) | join(\" \")")" \
	    "mail 1048576" "exim user@exim.test --size 5000000: refused at MAIL, SIZE 1048576 announced"

	# RFC 2920: MAIL, RCPT and QUIT went as one group; Exim checks that
	# a client sends ahead only where PIPELINING allows it.
	if grep -q "synchronization error" "$W/exim/log/mainlog" "$W/exim/log/rejectlog" 2>/dev/null; then
		not_ok "exim logs no SMTP synchronization error ($(grep -h -m1 'synchronization error' "$W"/exim/log/*log))"
	else
		ok "exim logs no SMTP synchronization error"
	fi
}

# OpenSMTPD 6.8 on $OSMTPD_ADDR.
opensmtpd_checks() {
	local R="-s $RES1:$DNS_PORT" X=$OSMTPD_ADDR out

	is "$(dnsq "$RES1" smtpd.test MX)" "NOERROR 10 mx.smtpd.test." "unbound: smtpd.test MX"
	# Its STARTTLS is broken: swaks fails the handshake as mxscope does.
	out=$(swaks --server "$X" --port "$SMTP_PORT" --from probe@client.test \
	    --helo client.interop.test --to user@smtpd.test --tls --quit-after RCPT --timeout 10 2>&1)
	like "$out" "TLS startup failed" "swaks: OpenSMTPD's STARTTLS handshake fails too"

	mxrun osmtpd-user $R --no-catch-all user@smtpd.test
	check_case "opensmtpd user@smtpd.test" 1 deliverable tls.handshake_failed
	is_actor "opensmtpd user@smtpd.test" "remote admin"
	check_transcript "opensmtpd user@smtpd.test" "220 mx\.smtpd\.test ESMTP OpenSMTPD$" \
	    "250 2\.1\.5 Destination address valid: Recipient ok$"
	like "$(mx_lines)" "^\\* TLS handshake failed: .*alert internal error" \
	    "opensmtpd user@smtpd.test: the failed handshake recorded"
	like "$(mx_lines)" "^\\* connecting to $X port $SMTP_PORT \\(again, without TLS\\)" \
	    "opensmtpd user@smtpd.test: judged over a second, plain session, as senders deliver"
	is "$(mxq "$PROBE | .replies.rcpt.code")" "$(swaks_rcpt "$X" user@smtpd.test "")" \
	    "opensmtpd user@smtpd.test: RCPT code equals swaks's without TLS"

	# Its own wording for a local part its userbase lacks (lka_session.c).
	mxrun osmtpd-nouser $R nouser@smtpd.test
	check_case "opensmtpd nouser@smtpd.test" 2 userunknown
	is_actor "opensmtpd nouser@smtpd.test" sender
	check_transcript "opensmtpd nouser@smtpd.test" "220 mx\.smtpd\.test" \
	    "550 Invalid recipient: <nouser@smtpd\.test>$"
	# Its aliases give postmaster (RFC 5321 §4.5.1): the domain is served.
	like "$(mxq '.verdict.summary')" "postmaster@smtpd\.test is accepted, so the domain is served there" \
	    "opensmtpd nouser@smtpd.test: the verdict says the domain is served there"
	is "$(mxq "$PROBE | .replies.rcpt.code")" "$(swaks_rcpt "$X" nouser@smtpd.test "")" \
	    "opensmtpd nouser@smtpd.test: RCPT code equals swaks's"

	# A virtual domain's unknown address: OpenSMTPD answers with RFC
	# 3463's X.2.4 words (lka_session.c), which at RCPT mean the address
	# leads to no mailbox (reason-live.c), not a filter of the recipient.
	mxrun osmtpd-virt $R nouser@virt.smtpd.test
	check_case "opensmtpd nouser@virt.smtpd.test" 2 userunknown
	is_actor "opensmtpd nouser@virt.smtpd.test" sender
	check_transcript "opensmtpd nouser@virt.smtpd.test" "220 mx\.smtpd\.test" \
	    "524 5\.2\.4 Mailing list expansion problem: <nouser@virt\.smtpd\.test>$"
	# The virtual table has no postmaster: its refusal is a mailbox
	# status (RFC 3463 X.2.4), so the domain is handled there; nothing
	# more is concluded.
	like "$(mx_lines)" "^S 524 5\.2\.4 Mailing list expansion problem: <postmaster@virt\.smtpd\.test>$" \
	    "opensmtpd nouser@virt.smtpd.test: postmaster@ asked, refused with X.2.4"
	mxrun osmtpd-virt-user $R --no-catch-all user@virt.smtpd.test
	check_case "opensmtpd user@virt.smtpd.test" 1 deliverable tls.handshake_failed

	# No rule for the domain: OpenSMTPD words it as an unknown user
	# ("550 Invalid recipient", lka_session.c), and the same for the
	# domain's postmaster, which a server that takes the domain's mail
	# must accept (RFC 5321 §4.5.1): the domain is not served there, the
	# remote admin acts (the postmaster probe).
	mxrun osmtpd-relay $R user@relay.smtpd.test
	check_case "opensmtpd user@relay.smtpd.test" 2 norelaying smtp.domain_not_served
	is_actor "opensmtpd user@relay.smtpd.test" "remote admin"
	check_transcript "opensmtpd user@relay.smtpd.test" "220 mx\.smtpd\.test" \
	    "550 Invalid recipient: <user@relay\.smtpd\.test>$"
	like "$(mx_lines)" "^S 550 Invalid recipient: <postmaster@relay\.smtpd\.test>$" \
	    "opensmtpd user@relay.smtpd.test: postmaster@ refused alike"
	mxrun osmtpd-relay-off $R --no-postmaster-probe user@relay.smtpd.test
	check_case "opensmtpd user@relay.smtpd.test --no-postmaster-probe" 2 userunknown

	mxrun osmtpd-blocked $R blocked@smtpd.test
	check_case "opensmtpd blocked@smtpd.test" 2 blocked
	is_actor "opensmtpd blocked@smtpd.test" us
	check_transcript "opensmtpd blocked@smtpd.test" "220 mx\.smtpd\.test" \
	    "554 5\.7\.1 Service unavailable; client host blocked using bl\.interop\.test$"

	# smtp max-message-size 1M: OpenSMTPD announces SIZE 1048576 but
	# takes MAIL FROM with a larger SIZE=; RFC 1870 §4 says the message
	# is refused all the same, and --send shows it is, after the dot.
	mxrun osmtpd-size $R --no-catch-all --size 5000000 user@smtpd.test
	check_case "opensmtpd user@smtpd.test --size 5000000" 2 mesgtoobig smtp.size_exceeded
	is_actor "opensmtpd user@smtpd.test --size 5000000" sender
	like "$(mx_lines)" "^C MAIL FROM:<probe@client\.test> SIZE=5000000" "opensmtpd --size: MAIL FROM carries SIZE=5000000"
	is "$(mxq "$PROBE | [.replies.mail.code, .replies.rcpt.code, .capabilities.size] | map(tostring) | join(\" \")")" \
	    "250 250 1048576" "opensmtpd --size: MAIL and RCPT taken although SIZE 1048576 is announced"
	mxrun osmtpd-send $R --send --size 2000000 user@smtpd.test
	check_case "opensmtpd user@smtpd.test --send --size 2000000" 2 mesgtoobig
	like "$(mxq '.send | "\(.state) \(.code) \(.text)"')" "^refused 554 5\.3\.4 Message too big for system" \
	    "opensmtpd --send: the message is refused after the dot, as the SIZE verdict said"
}

# Sendmail 8.17 (sendmail-bin) on $SENDMAIL_ADDR, its stock cf wording
# throughout (srvrsmtp.c, cf/m4/proto.m4, cf/feature/dnsbl.m4).
# known_user NAME "OPTS" ADDR BANNER_RE OK_RE NOBODY_RE: user@NAME.test is
# deliverable over STARTTLS verified against the test CA, with the
# server's own banner and RCPT reply (as swaks sees them); then the
# catch-all probe's random address is refused in the server's words.
known_user() {
	local n=$1 o=$2 x=$3 u="user@$1.test"

	mxrun "$n-user" $o --no-catch-all --no-postmaster-probe "$u"
	check_case "$n $u" 0 deliverable
	is_actor "$n $u" nobody
	check_transcript "$n $u" "$4" "$5"
	like "$(mx_lines)" "^S 250-STARTTLS" "$n $u: $n offers STARTTLS"
	is "$(mxq "$PROBE | [.tls.ok, .tls.verified, .tls.name_ok, .tls.subject] | map(tostring) | join(\" \")")" \
	    "true true true CN=mx.$n.test" "$n $u: STARTTLS verified against the test CA"
	compare_swaks "$n $u" "$x" "$u"

	mxrun "$n-catchall" $o "$u"
	check_case "$n $u (catch-all probe)" 0 deliverable
	like "$(mx_lines)" "$6" "$n $u: $n refuses the random address"
	unlike "$(mx_findings)" 'smtp\.catch_all' "$n $u: no catch-all claimed"
}

# sender_case TAG "OPTS" ADDR FROM TARGET "EXIT REASON FINDING" BANNER_RE
# LINE_RE: TARGET checked from the sender FROM, whose domain the server
# cannot accept: the verdict, us to act (our sender's domain), the
# server's own banner and refusal, the same codes as swaks.
sender_case() {
	local t="${1%%-*} $5 from $4"

	mxrun "$1" $2 --from "$4" "$5"
	check_case "$t" $6
	is_actor "$t" us
	check_transcript "$t" "$7" "$8"
	SWAKS_FROM="$4" compare_swaks "$t" "$3" "$5"
}

sendmail_checks() {
	local R="-s $RES1:$DNS_PORT" CA="--tls-ca $W/tls/ca.pem" X=$SENDMAIL_ADDR py

	is "$(dnsq "$RES1" sendmail.test MX)" "NOERROR 10 mx.sendmail.test." "unbound: sendmail.test MX"
	is "$(dnsq "$RES1" 1.0.0.127.bl.sendmail.test A)" "NOERROR 127.0.0.2" \
	    "unbound: bl.sendmail.test lists 127.0.0.1"
	known_user sendmail "$R $CA" "$X" \
	    "220 mx\.sendmail\.test ESMTP Sendmail 8\.17\.[0-9.]+/" \
	    "250 2\.1\.5 <user@sendmail\.test>\.\.\. Recipient ok$" \
	    '^S 550 5\.1\.1 <mxscope-nobody-[0-9a-f]+@sendmail\.test>\.\.\. User unknown$'

	mxrun sendmail-nouser $R $CA nouser@sendmail.test
	check_case "sendmail nouser@sendmail.test" 2 userunknown
	is_actor "sendmail nouser@sendmail.test" sender
	check_transcript "sendmail nouser@sendmail.test" "220 mx\.sendmail\.test" \
	    "550 5\.1\.1 <nouser@sendmail\.test>\.\.\. User unknown$"
	compare_swaks "sendmail nouser@sendmail.test" "$X" nouser@sendmail.test

	# proto.m4's relay check (the stock confRELAY_MSG).
	mxrun sendmail-relay $R $CA user@relay.sendmail.test
	check_case "sendmail user@relay.sendmail.test" 2 norelaying
	is_actor "sendmail user@relay.sendmail.test" "remote admin"
	check_transcript "sendmail user@relay.sendmail.test" "220 mx\.sendmail\.test" \
	    "550 5\.7\.1 <user@relay\.sendmail\.test>\.\.\. Relaying denied$"
	compare_swaks "sendmail user@relay.sendmail.test" "$X" user@relay.sendmail.test

	# The dnsbl feature against the suite's nsd: a real listing, which
	# mxscope finds too (dnsbl.listed); the blocklist's operator delists.
	mxrun sendmail-blocked $R $CA blocked@sendmail.test
	check_case "sendmail blocked@sendmail.test" 2 blocked dnsbl.listed
	is_actor "sendmail blocked@sendmail.test" "blocklist operator"
	check_transcript "sendmail blocked@sendmail.test" "220 mx\.sendmail\.test" \
	    "550 5\.7\.1 <blocked@sendmail\.test>\.\.\. Rejected: 127\.0\.0\.1 listed at bl\.sendmail\.test$"
	compare_swaks "sendmail blocked@sendmail.test" "$X" blocked@sendmail.test

	# A sender whose domain SERVFAILs (dead.test): Sendmail's temporary
	# refusal, the sender's side (ours) to act.
	sender_case sendmail-tempfail "$R $CA" "$X" probe@dead.test blocked@sendmail.test \
	    "1 rejected smtp.rcpt_deferred" "220 mx\.sendmail\.test" \
	    "451 4\.1\.8 Domain of sender address probe@dead\.test does not resolve$"

	# MaxMessageSize 1M: SIZE= over it is refused at MAIL with X.2.3,
	# the server's fixed limit (RFC 1870 §6.1), not a mailbox's.
	mxrun sendmail-size $R $CA --no-catch-all --size 5000000 user@sendmail.test
	check_case "sendmail user@sendmail.test --size 5000000" 2 mesgtoobig smtp.size_exceeded
	is_actor "sendmail user@sendmail.test --size 5000000" sender
	check_transcript "sendmail user@sendmail.test --size" "220 mx\.sendmail\.test" \
	    "552 5\.2\.3 Message size exceeds fixed maximum message size \(1048576\)$"
	is "$(mxq "$PROBE | [.failed_stage, .capabilities.size] | map(tostring) | join(\" \")")" \
	    "mail 1048576" "sendmail user@sendmail.test --size 5000000: refused at MAIL, SIZE 1048576 announced"
	py=$("$PY" "$SRC/smtpsize.py" "$X" "$SMTP_PORT" client.interop.test probe@client.test 5000000 2>&1)
	is "$(mx_codes)" "$py" "sendmail user@sendmail.test --size 5000000: reply codes equal smtplib's ($py)"
}

# Courier-MTA 1.0.16 (courier-mta) on $COURIER_ADDR, and its listener
# that consults bl.courier.test on $COURIER_BL_ADDR: its own wording
# (courieresmtpd.c, submit.C).
courier_checks() {
	local R="-s $RES1:$DNS_PORT" CA="--tls-ca $W/tls/ca.pem" X=$COURIER_ADDR py

	is "$(dnsq "$RES1" courier.test MX)" "NOERROR 10 mx.courier.test." "unbound: courier.test MX"
	known_user courier "$R $CA" "$X" "220 mx\\.courier\\.test ESMTP$" \
	    "250 Ok\\.$" '^S 550 User <mxscope-nobody-[0-9a-f]+> unknown$'

	mxrun courier-nouser $R $CA nouser@courier.test
	check_case "courier nouser@courier.test" 2 userunknown
	is_actor "courier nouser@courier.test" sender
	check_transcript "courier nouser@courier.test" "220 mx\\.courier\\.test" "550 User <nouser> unknown$"
	compare_swaks "courier nouser@courier.test" "$X" nouser@courier.test

	mxrun courier-relay $R $CA user@relay.courier.test
	check_case "courier user@relay.courier.test" 2 norelaying
	is_actor "courier user@relay.courier.test" "remote admin"
	check_transcript "courier user@relay.courier.test" "220 mx\\.courier\\.test" "513 Relaying denied\\.$"
	compare_swaks "courier user@relay.courier.test" "$X" user@relay.courier.test

	# couriertcpd -block: the list's TXT record is the refusal, 511.
	mxrun courier-blocked $R $CA user@listed.courier.test
	check_case "courier user@listed.courier.test" 2 blocked
	is_actor "courier user@listed.courier.test" us
	check_transcript "courier user@listed.courier.test" "220 mx\\.courier\\.test" \
	    "511 Blocked - see http://bl\\.courier\\.test/lookup\\?127\\.0\\.0\\.1$"
	compare_swaks "courier user@listed.courier.test" "$COURIER_BL_ADDR" user@listed.courier.test

	# The sender's domain: SERVFAIL is Courier's 417 (temporary, ours
	# to fix), NXDOMAIN its 517.
	sender_case courier-tempfail "$R $CA" "$X" probe@dead.test user@courier.test \
	    "1 rejected smtp.mail_deferred" "220 mx\\.courier\\.test" \
	    "417 DNS lookup failure: dead\\.test\\.  Try again later\\.$"
	mxrun courier-nxsender $R $CA --from probe@nosuch.misc.test user@courier.test
	check_case "courier user@courier.test from probe@nosuch.misc.test" 2 rejected smtp.mail_rejected
	is_actor "courier user@courier.test from probe@nosuch.misc.test" us
	check_transcript "courier user@courier.test from probe@nosuch.misc.test" "220 mx\\.courier\\.test" \
	    "517-Domain does not exist: nosuch\\.misc\\.test\\.$"

	# /etc/courier/sizelimit 1M: EHLO says SIZE with no number, and MAIL
	# with a larger SIZE= is refused.
	mxrun courier-size $R $CA --no-catch-all --size 5000000 user@courier.test
	check_case "courier user@courier.test --size 5000000" 2 mesgtoobig
	is_actor "courier user@courier.test --size 5000000" sender
	check_transcript "courier user@courier.test --size" "220 mx\\.courier\\.test" "534 SIZE=Message too big\\.$"
	is "$(mxq "$PROBE | .failed_stage")" mail "courier user@courier.test --size 5000000: refused at MAIL"
	py=$("$PY" "$SRC/smtpsize.py" "$X" "$SMTP_PORT" client.interop.test probe@client.test 5000000 2>&1)
	is "$(mx_codes)" "$py" "courier user@courier.test --size 5000000: reply codes equal smtplib's ($py)"
}
