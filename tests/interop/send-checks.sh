# tests/interop/send-checks.sh: --send against the real Postfix (issue 14),
# sourced by run.sh (its helpers: mxrun, check_case, mxq, mx_lines,
# mx_findings, is, like, ok, not_ok).  A message accepted over DATA whose
# queue id and Message-ID are in Postfix's log; the dot line arrives with
# one dot (body_checks WARN); the pipelined MAIL and RCPT byte for byte;
# the same over BDAT (CHUNKING); a body over message_size_limit refused at
# MAIL (SIZE=) and, where SIZE is hidden, after the final dot.  With
# --submission too (submission_send_checks, from submission_checks): one
# message per path, the submission session's own accepted by Postfix's
# 587 after AUTH, its queue id in Postfix's log.

# The queue id Postfix's log gives a Message-ID.
pf_qid() {
	sed -n "s/.*postfix[^ ]*cleanup[^:]*: \([0-9A-Za-z]*\): message-id=<$1>.*/\1/p" "$W/postfix/maillog" | head -1
}

# sent_in_log NAME: the last run's message is in Postfix's log under its
# queue id, and body_checks saw its dot line with one dot.
sent_in_log() {
	local qid mid i
	qid=$(mxq '.send.queue_id // ""')
	mid=$(mxq '.send.message_id // ""')
	like "$(mxq '.send.text')" "queued as $qid\$" "$1: the queue id read from 'queued as' ($qid)"
	for i in $(seq 50); do	# Postfix's log is written by postlogd
		[ -n "$(pf_qid "$mid")" ] && grep -q "$qid: .*dot line intact" "$W/postfix/maillog" && break
		sleep 0.1
	done
	is "$(pf_qid "$mid")" "$qid" "$1: Postfix's log names the same queue id for the Message-ID"
	if grep -q "$qid: warning: body \. This line starts with a dot.*dot line intact" "$W/postfix/maillog"; then
		ok "$1: the line starting with '.' arrives with one dot"
	else
		not_ok "$1: the dot line not seen by body_checks ($(grep "$qid" "$W/postfix/maillog" | head -3))"
	fi
}

send_checks() {
	local R="-s $RES1:$DNS_PORT" CA="--tls-ca $W/tls/ca.pem" qid

	mxrun send $R $CA --send user@send.good.test
	check_case "user@send.good.test --send" 0 deliverable
	is "$(mxq '.send | [.state, .method, .exchanger, (.code|tostring)] | join(" ")')" \
	    "accepted DATA mx.send.good.test 250" "--send: Postfix accepts the message over DATA"
	sent_in_log "--send (DATA)"
	is "$(mxq "[$PROBE | .transcript[] | select(.pipelined) | .text] | join(\"|\")")" \
	    "MAIL FROM:<probe@client.test> SIZE=$(mxq '.send.size')|RCPT TO:<user@send.good.test>" \
	    "--send: MAIL (SIZE= the message's size) and RCPT pipelined, byte for byte"
	qid=$(mxq '.send.queue_id // ""')
	is "$(mxq "[$PROBE | .transcript[] | select(.dir == \"S\") | .text][-5:] | join(\"|\")")" \
	    "250 2.1.0 Ok|250 2.1.5 Ok|354 End data with <CR><LF>.<CR><LF>|250 2.0.0 Ok: queued as $qid|221 2.0.0 Bye" \
	    "--send: Postfix's replies in order"
	if grep -q "improper command pipelining" "$W/postfix/maillog" 2>/dev/null; then
		not_ok "--send: Postfix logs improper command pipelining"
	else
		ok "--send: Postfix logs no improper command pipelining"
	fi

	mxrun send-bdat $R $CA --send user@chunk.good.test
	check_case "user@chunk.good.test --send" 0 deliverable
	is "$(mxq '.send | [.state, .method, .exchanger] | join(" ")')" \
	    "accepted BDAT mx.chunk.good.test" "--send: CHUNKING offered, the message goes as BDAT"
	like "$(mx_lines)" "C BDAT $(mxq '.send.size') LAST" "--send: one BDAT LAST chunk of the message's size"
	sent_in_log "--send (BDAT)"

	mxrun send-size $R $CA --send --size 2000000 user@send.good.test
	check_case "user@send.good.test --send --size 2000000" 2 mesgtoobig
	is "$(mxq "$PROBE | [.failed_stage, (.last_code|tostring)] | join(\" \")") $(mxq '.send.state')" \
	    "mail 552 not_sent" "--send --size 2000000: refused at MAIL (SIZE=), nothing sent"

	mxrun send-dot $R $CA --send --size 2000000 user@dot.good.test
	check_case "user@dot.good.test --send --size 2000000" 2 mesgtoobig
	is "$(mxq "$PROBE | [.failed_stage, (.last_code|tostring), .capabilities.size] | map(tostring) | join(\" \")")" \
	    "data 552 null" "--send --size 2000000, SIZE hidden: refused after the final dot"
	like "$(mxq '.send | "\(.state) \(.code) \(.text)"')" "^refused 552 5\.3\.4 " "--send: the refusal after the dot recorded"
	like "$(mx_findings)" "smtp\.data_rejected" "--send: the finding smtp.data_rejected"
}

# --send with --submission: the session on 587 sends its own message after
# AUTH (its own token and Message-ID), the MX path its one; Postfix logs
# the submission's Message-ID under the queue id its reply named.
submission_send_checks() {
	local qid mid i

	mxrun sub-send -s "$RES1:$DNS_PORT" --tls-ca "$W/tls/ca.pem" \
	    --submission="$SUBMIT_ADDR:587" --user alice \
	    --password-file "$W/alice.pass" --from alice@good.test --send \
	    user@send.good.test
	is "$(mxq '.submission.send | [.state, (.code|tostring), .exchanger] | join(" ")')" \
	    "accepted 250 $SUBMIT_ADDR" "--submission --send: Postfix's 587 accepts the session's message after AUTH"
	like "$(mxq '.submission.send.method')" '^(DATA|BDAT)$' "--submission --send: sent with DATA or BDAT"
	qid=$(mxq '.submission.send.queue_id // ""')
	mid=$(mxq '.submission.send.message_id // ""')
	like "$(mxq '.submission.send.text')" "queued as $qid\$" \
	    "--submission --send: the queue id read from 'queued as' ($qid)"
	for i in $(seq 50); do	# Postfix's log is written by postlogd
		[ -n "$(pf_qid "$mid")" ] && [ -n "$(pf_qid "$(mxq '.send.message_id')")" ] && break
		sleep 0.1
	done
	is "$(pf_qid "$mid")" "$qid" "--submission --send: Postfix's log names the same queue id for the session's Message-ID"
	is "$(mxq '.send.state') $(mxq '.send.token != .submission.send.token')" "accepted true" \
	    "--submission --send: the MX path sent its own message (another token)"
	is "$(grep -c "cleanup[^:]*: [0-9A-Za-z]*: message-id=<\($(mxq '.send.token')\|$(mxq '.submission.send.token')\)\." "$W/postfix/maillog")" 2 \
	    "--submission --send: two messages in Postfix's log, one per path"
	check_secret "--submission --send" "$MXOUT" "$W/mx.sub-send.err"
}
