# tests/dsn.sh: a test bounce.  Source it, then
#   dsn_bounce STATUS DIAGNOSTIC [TEXT]
# prints an RFC 3464 delivery status notification for user@example.test
# (reported by relay.example.net, remote MTA mx1.example.test) with TEXT as
# an extra line of its human-readable part.
dsn_bounce() {
	cat <<EOT
From: MAILER-DAEMON@relay.example.net
To: sender@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host relay.example.net.
I'm sorry to have to inform you that your message could not be delivered.
${3:-}

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; user@example.test
Action: failed
Status: $1
Remote-MTA: dns; mx1.example.test
Diagnostic-Code: smtp; $2

--B--
EOT
}
