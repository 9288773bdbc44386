# tests/interop/mta-checks.sh: mxscope against the real Exim 4 and
# OpenSMTPD of mta-servers.sh (issue 12), sourced by run.sh (its helpers:
# mxrun, check_case, check_transcript, compare_swaks, swaks_rcpt, mxq,
# mx_lines, mx_findings, is, like, ok, not_ok, diag).  For each: the
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
