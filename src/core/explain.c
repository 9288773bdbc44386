/*
 * explain: the finding ids explained at length for `--explain ID`.  The
 * ids are those the diagnosis emits (diag.c, diag-dnsbl.c, diag-bounce.c,
 * mailbox-diag.c, src/policy/policy-diag.c); tests/unit/t-explain.sh checks that every id in those
 * sources has an entry here.  The refusal findings are a family:
 * smtp.STAGE_rejected / smtp.STAGE_deferred, and pop3.X / imap.X share one
 * entry per X.
 */
#include <string.h>

#include "explain.h"
#include "mxscope.h"
#include "i18n.h"
#include "textwidth.h"

#define REMOTE	N_("the remote domain's mail or DNS administrator")
#define US	N_("us: our resolver, network or configuration")
#define SENDER	N_("the sender (the address or message is at fault)")

static const struct mx_explain table[] = {
	/* DNS (RFC 1035, RFC 5321 §5.1) */
	{ "dns.nxdomain", N_("The recipient's domain does not exist."),
	  N_("A resolver answered the MX query with NXDOMAIN (RCODE 3)."),
	  SENDER,
	  N_("Check the address for a typo. If the domain is right, its owner "
	  "must renew it or restore its DNS delegation."), "RFC 1035 §4.1.1; "
	  "RFC 8020" },
	{ "dns.servfail", N_("A resolver could not resolve the domain."),
	  N_("The MX query got SERVFAIL (RCODE 2): the domain's name servers "
	  "are broken or unreachable, or DNSSEC validation failed."), REMOTE,
	  N_("The domain's DNS administrator must fix the name servers or the "
	  "DNSSEC chain; re-test against another resolver to rule out ours."),
	  "RFC 1035 §4.1.1; RFC 4035 §5.5" },
	{ "dns.timeout", N_("A resolver did not answer in time."),
	  N_("No reply to the MX query within --timeout, after the retries."),
	  US, N_("Check that resolver and the network path to it, or ask "
	  "another one with --dns."), "RFC 1035 §4.2.1" },
	{ "dns.refused", N_("A resolver refused to answer."),
	  N_("The MX query got REFUSED (RCODE 5): the resolver does not serve "
	  "us (an access list, or an authoritative-only server)."), US,
	  N_("Use a resolver that allows our queries (--dns)."),
	  "RFC 1035 §4.1.1" },
	{ "dns.unreachable", N_("A resolver cannot be reached."),
	  N_("Sending the query failed (no route, port unreachable)."), US,
	  N_("Check the resolver's address and our network."),
	  "RFC 1035 §4.2" },
	{ "dns.bad_response", N_("A resolver answered with a malformed reply, "
	  "or with MX records of another name only."),
	  N_("The reply could not be parsed, did not match the query, or "
	  "held MX records of another name only."),
	  N_("us first (test with another resolver: the finding names us when "
	  "the answer was about another name), then the operator of the "
	  "resolver or of the domain's name servers"),
	  N_("Try another resolver; report the broken server to its operator."),
	  "RFC 1035 §4.1" },
	{ "dns.implicit_mx",
	  N_("The domain has no MX records; mail goes to the "
	  "domain's own address."), N_("The MX query got NODATA and the domain "
	  "has A or AAAA records, which senders then use (implicit MX)."),
	  REMOTE, N_("Nothing if intended; otherwise publish MX records."),
	  "RFC 5321 §5.1" },
	{ "dns.null_mx", N_("The domain accepts no mail at all."),
	  N_("The domain publishes the null MX \"0 .\"."), SENDER,
	  N_("Use another address: this domain declares it receives no mail."),
	  "RFC 7505" },
	{ "dns.resolvers_disagree", N_("The resolvers give different answers."),
	  N_("The MX sets or the exchangers' addresses differ between the "
	  "resolvers asked: a stale cache, a broken resolver or a change "
	  "still propagating."), US, N_("Compare the TTLs; flush the stale "
	  "cache or wait for it to expire; fix the broken resolver."),
	  "RFC 1034 §4.3.2; RFC 2181 §5" },
	{ "dns.mx_host_unknown", N_("An MX record names a host that does not "
	  "resolve."), N_("The A/AAAA lookups of the exchanger's name got "
	  "NXDOMAIN or NODATA."), REMOTE, N_("The domain's administrator must "
	  "fix the MX record or create the host's address records."),
	  "RFC 5321 §5.1" },
	{ "dns.cname_loop",
	  N_("An exchanger's name is a CNAME chain that never "
	  "reaches an address."),
	  N_("Following the CNAMEs loops, or goes deeper "
	  "than the resolver follows."), REMOTE,
	  N_("End the CNAME chain at a name "
	  "with an address."), "RFC 1034 §3.6.2" },
	{ "dns.mx_ip_literal", N_("An MX record holds an IP address instead of "
	  "a host name."), N_("The exchanger name parses as an IP address."),
	  REMOTE, N_("The MX must name a host that has A/AAAA records."),
	  "RFC 5321 §5.1; RFC 1035 §3.3.9" },
	{ "dns.mx_cname", N_("An MX record names an alias (CNAME)."),
	  N_("The A/AAAA answer for the exchanger's name starts with a CNAME "
	  "(the host it leads to is tested)."), REMOTE,
	  N_("Point the MX record at the canonical host name."),
	  "RFC 2181 §10.3; RFC 5321 §5.1" },
	{ "dns.mx_host_no_address", N_("An exchanger's name exists but has no "
	  "address."), N_("The A and AAAA lookups of the exchanger's name got "
	  "NODATA (the name exists, with no record of the type)."), REMOTE,
	  N_("Give the exchanger an A or AAAA record, or fix the MX record."),
	  "RFC 2308 §2.2; RFC 5321 §5.1" },
	{ "dns.mx_loopback", N_("An exchanger is at a loopback address."),
	  N_("An exchanger address is localhost (127.0.0.1 or ::1): every "
	  "sender would deliver to itself. It is not probed on port 25."),
	  REMOTE,
	  N_("Give the exchanger its public address."),
	  "RFC 6890; RFC 6761 §6.3" },
	{ "dns.mx_private_address", N_("An exchanger is at an address no "
	  "Internet sender can reach."), N_("An exchanger address, the same at "
	  "every resolver, is in a private, shared, link-local, documentation "
	  "or reserved block. It is never probed (a private one is, with "
	  "--internal, for an internal domain)."), REMOTE,
	  N_("Give the exchanger a public address; keep private ones for an "
	  "internal view."), "RFC 6890; RFC 1918; RFC 4193" },
	{ "dns.split_horizon", N_("A resolver gives an internal view of the "
	  "domain."), N_("One resolver gives an exchanger a private or "
	  "reserved address where another gives it a public one."), US,
	  N_("Test with a public resolver to see what senders on the Internet "
	  "see."), "RFC 6890" },
	{ "dns.null_mx_mixed", N_("A null MX beside other MX records."),
	  N_("The MX set holds \".\" and other exchangers; the others are "
	  "tested."), REMOTE, N_("Remove the null MX if the domain takes mail, "
	  "else the other MX records."), "RFC 7505 §3" },
	{ "dns.null_mx_preference", N_("A null MX with a nonzero preference."),
	  N_("The only MX record is \".\" with a preference other than 0; it "
	  "is read as a null MX."), REMOTE, N_("Publish the null MX as MX 0 ."),
	  "RFC 7505 §3" },
	{ "dns.no_mail_host", N_("The domain has neither MX nor address."),
	  N_("The MX query got NODATA (the domain exists) and so did the "
	  "domain's own A and AAAA (no implicit MX)."), REMOTE,
	  N_("Check the address with the recipient; if it is right, the "
	  "domain's owner must publish an MX record."), "RFC 5321 §5.1" },
	{ "dns.resolver_nxdomain", N_("One resolver says the domain does not "
	  "exist while another answers."), N_("NXDOMAIN from one resolver, an "
	  "MX answer or NODATA from another: a filtering resolver (DNS "
	  "firewall, RPZ) or a stale negative answer."), US,
	  N_("Ask that resolver's operator to lift the block or flush its "
	  "cache, or use another resolver."), "RFC 2308 §5; RFC 8020" },
	{ "dns.resolver_blocked", N_("A resolver blocks the domain by its own "
	  "policy."), N_("NXDOMAIN with an Extended DNS Error 15 to 18 "
	  "(Blocked, Censored, Filtered, Prohibited): a DNS firewall or RPZ "
	  "that says so."), US, N_("Ask that resolver's operator to allow the "
	  "domain, or test with another resolver."), "RFC 8914 §4.16-§4.19" },
	{ "dns.servfail_partial", N_("One resolver fails (SERVFAIL) where "
	  "another answers."), N_("SERVFAIL from one resolver, an answer from "
	  "another: typically a DNSSEC validation failure (only validating "
	  "resolvers fail), or one broken or lame name server of the domain."),
	  REMOTE, N_("Check the zone's DNSSEC signatures and DS record, and "
	  "that every name server answers."), "RFC 4035 §5.5; RFC 8914" },
	{ "dns.dnssec_bogus", N_("DNSSEC validation of the domain fails."),
	  N_("A resolver answered SERVFAIL with an Extended DNS Error that "
	  "says why: DNSSEC Bogus, Signature Expired, DNSKEY Missing, RRSIGs "
	  "Missing, ..."), REMOTE, N_("Fix the zone's signatures or its DS "
	  "record at the parent (or remove the DS record)."),
	  "RFC 4035 §5.5; RFC 8914 §4" },
	{ "dns.lame_delegation", N_("No name server of the domain answers."),
	  N_("A resolver answered SERVFAIL with Extended DNS Error 22 (No "
	  "Reachable Authority) or 23 (Network Error)."), REMOTE,
	  N_("Make the delegated name servers answer for the zone, or fix the "
	  "NS records at the parent."), "RFC 1912 §2.8; RFC 8914 §4.23" },
	{ "smtp.equal_preference_differ", N_("Exchangers of equal preference "
	  "answer differently."), N_("Of the exchangers with the same MX "
	  "preference, one accepted the recipient and another refused it "
	  "(5xx); senders pick among them at random."), REMOTE,
	  N_("Make every exchanger of that preference accept the same "
	  "recipients, or give the refusing one a higher preference value."),
	  "RFC 5321 §5.1" },
	{ "dns.mx_no_ptr", N_("An exchanger address has no reverse DNS."),
	  N_("The PTR query for the address got NXDOMAIN or NODATA."), REMOTE,
	  N_("The address's owner (often the hosting provider) should publish "
	  "a PTR record matching the host name."), "RFC 1912 §2.1" },
	{ "rdns.not_confirmed", N_("An exchanger's reverse DNS does not "
	  "resolve back to it."),
	  N_("The PTR of the address names a host whose "
	  "A/AAAA records (asked on the same resolver) do not include the "
	  "address: forward-confirmed reverse DNS (FCrDNS) fails."), REMOTE,
	  N_("Give the PTR name an address record for the exchanger's address, "
	  "or point the PTR at a name that has one."), "RFC 8601 §3; "
	  "RFC 1912 §2.1" },
	{ "rdns.banner_mismatch", N_("An exchanger calls itself by another "
	  "name than its reverse DNS."), N_("The first word of the greeting "
	  "(or, without a host name there, of the EHLO reply) is neither the "
	  "PTR name nor equal to it ignoring case; information only, since "
	  "nothing requires it for delivery to the exchanger."), REMOTE,
	  N_("Make the greeting name (e.g. Postfix myhostname) and the PTR "
	  "record agree."), "RFC 5321 §4.2, §4.1.1.1; RFC 1912 §2.1" },
	{ "dns.other_owner_mx", N_("A resolver's MX answer also held records "
	  "of another name."), N_("Some MX records of the answer were owned "
	  "by another name than the domain (or its CNAME alias): they answer "
	  "nothing asked and were ignored; the domain's own MX records were "
	  "tested."), N_("us: the resolver we use (a broken or tampered "
	  "resolver, or something on the path to it)"),
	  N_("Test with another resolver (--dns); report the answer to that "
	  "resolver's operator."), "RFC 2181 §5.4.1" },
	{ "dns.mx_truncated", N_("The domain has more exchangers than mxscope "
	  "checks."), N_("More MX records than the cap of 10; the rest were "
	  "not probed."), N_("nobody"),
	  N_("Nothing; the report says what was cut."),
	  "RFC 5321 §5.1" },
	{ "dns.addresses_truncated", N_("An exchanger has more addresses than "
	  "mxscope checks."), N_("More than 4 addresses per family and "
	  "exchanger; the rest were not probed."), N_("nobody"),
	  N_("Nothing; the report says what was cut."), "RFC 5321 §5.1" },
	/* SMTP (RFC 5321) */
	{ "smtp.connect_refused", N_("An exchanger address refuses connections "
	  "on the SMTP port."),
	  N_("The TCP connection got a reset (ECONNREFUSED):"
	  " nothing listens there."), REMOTE, N_("The administrator must start "
	  "the mail server or fix the MX records."), "RFC 5321 §3.1" },
	{ "smtp.connect_timeout", N_("An exchanger address did not accept the "
	  "connection in time."),
	  N_("No TCP answer within --timeout: a host down "
	  "or a firewall dropping packets (often port 25 blocked by our "
	  "ISP)."), N_("the ISP or the remote administrator"),
	  N_("Test from another "
	  "network; ask the ISP whether outgoing port 25 is blocked."),
	  "RFC 5321 §4.5.3.2" },
	{ "smtp.no_ipv6_route", N_("This machine has no IPv6 route; the IPv6 "
	  "exchanger addresses were not tested."), N_("Connecting to an IPv6 "
	  "address failed with ENETUNREACH here."), N_("nobody"),
	  N_("Nothing for "
	  "the recipient; test IPv6 from a machine that has it."),
	  "RFC 5321 §5.1" },
	{ "smtp.unreachable", N_("An exchanger address cannot be reached."),
	  N_("The connection failed with no route or a network error."),
	  N_("the ISP"),
	  N_("Check routing to that network; test from elsewhere."),
	  "RFC 5321 §5.1" },
	{ "smtp.port25_blocked", N_("Outbound port 25 is blocked on this "
	  "network."), N_("Every exchanger address timed out at connect on the "
	  "SMTP port, but at least one completed a TCP handshake on an "
	  "--alt-ports port (587, 443): the hosts are up, and what drops port "
	  "25 is between us and them, on our side."), N_("the ISP (a block of "
	  "outbound port 25), then us (our firewall)"),
	  N_("Ask the ISP to open "
	  "outbound port 25 or relay through its smarthost; check our "
	  "firewall; or run the check from another network."),
	  "RFC 5068 §3; RFC 6409" },
	{ "smtp.catch_all", N_("An exchanger accepts any address."),
	  N_("After the "
	  "real RCPT TO, one RCPT TO a random local part in the same session "
	  "(pipelined with the group when PIPELINING is offered) was accepted "
	  "too: the server takes mail for every address (and may bounce it "
	  "later), so its 250 does not prove that the mailbox exists."),
	  N_("nobody (information)"),
	  N_("To know whether the mailbox exists, ask "
	  "the recipient or send a test message and watch for a bounce; "
	  "--no-catch-all skips the test."), "RFC 5321 §3.3, §7.3" },
	{ "smtp.domain_not_served", N_("An exchanger does not take mail for "
	  "the domain at all."), N_("It refused the recipient with a 5xx, "
	  "then refused RCPT TO:<postmaster@DOMAIN> in the same transaction "
	  "for the same kind of reason (or the target is the postmaster and "
	  "was refused). Every server that accepts mail for a domain must "
	  "accept it for its postmaster, so the refusal is not about the "
	  "address: the verdict reads norelaying. An accepted postmaster says "
	  "instead that the domain is served there and the address itself is "
	  "refused."), REMOTE,
	  N_("Point the MX records only at servers that take the domain's "
	  "mail (a stale or mistyped MX, or a retired exchanger), or make "
	  "this server accept the domain; the sender can do nothing. "
	  "--no-postmaster-probe skips the test."),
	  "RFC 5321 §4.5.1, §4.1.1.3" },
	{ "smtp.no_postmaster", N_("An exchanger that handles the domain has "
	  "no postmaster."), N_("After the recipient's 5xx, RCPT "
	  "TO:<postmaster@DOMAIN> in the same transaction was refused with a "
	  "mailbox status (RFC 3463 X.1.1: no such local part, or X.2.x: the "
	  "mailbox's state), which a server says only of a domain it handles. "
	  "Every server that accepts mail for a domain must accept it for its "
	  "postmaster; this one does not. Information: the verdict rests on "
	  "the recipient's own refusal."), REMOTE,
	  N_("Make postmaster@ the domain a mailbox or an alias that someone "
	  "reads: reports of mail problems are sent there. "
	  "--no-postmaster-probe skips the test."),
	  "RFC 5321 §4.5.1; RFC 3463 §3.2" },
	{ "smtp.smtputf8_missing", N_("An exchanger cannot take a non-ASCII "
	  "address."), N_("The target's local part is not ASCII and the server "
	  "does not offer SMTPUTF8 in its EHLO reply; such an address may "
	  "only be sent to a server that does, so it was not sent."), REMOTE,
	  N_("The remote admin must enable SMTPUTF8; until then the recipient "
	  "needs an ASCII address."), "RFC 6531 §3.2, §3.4" },
	{ "smtp.retry_cleared", N_("A deferral cleared when the check was "
	  "re-run."), N_("An address answered with a 4xx (greylisting, a "
	  "temporary deferral); --retry re-ran it after the interval and it "
	  "accepted."), N_("nobody (information)"), N_("Nothing: a sending MTA "
	  "retries the same way and gets through."), "RFC 5321 §4.5.4.1" },
	{ "smtp.retry_not_cleared", N_("A deferral persisted over --retry."),
	  N_("An address answered with a 4xx and, re-run by --retry after each "
	  "interval, still deferred (or now refused)."), N_("whoever the "
	  "verdict's reason names"), N_("Not a passing delay: follow the "
	  "verdict's reason (rate limits, reputation, the remote system)."),
	  "RFC 5321 §4.5.4.1; RFC 3463" },
	{ "smtp.no_banner", N_("An exchanger accepted the connection but never "
	  "greeted."), N_("No complete 220 greeting within --timeout (none, or "
	  "\"220-\" lines trickled that had not ended by then, or flooded "
	  "fast without end), or the connection closed before it."), REMOTE,
	  N_("The server is overloaded or tarpitting (or, flooding, broken); "
	  "its administrator must check it."),
	  "RFC 5321 §3.1, §4.5.3.2.1" },
	{ "smtp.connection_lost",
	  N_("An exchanger closed the connection in the "
	  "middle of the dialogue."), N_("EOF or a reset before the dialogue "
	  "ended."), REMOTE, N_("Check the server's logs and limits."),
	  "RFC 5321 §3.8" },
	{ "smtp.reply_timeout",
	  N_("An exchanger stopped answering in the middle"
	  " of the dialogue."), N_("No complete response within --timeout: "
	  "silence, a reply trickled line by line that had not ended by then "
	  "(the server stalls), or one flooded fast without end (100 lines a "
	  "second or more)."), REMOTE, N_("Check the server's load and "
	  "filters."),
	  "RFC 5321 §4.5.3.2" },
	{ "smtp.protocol_error", N_("An exchanger answered with something that "
	  "is not SMTP."), N_("A reply without a valid three-digit code, or a "
	  "reply that does not fit the command."), REMOTE,
	  N_("Check that the MX "
	  "points at a mail server (not a web or other service)."),
	  "RFC 5321 §4.2" },
	{ "smtp.protocol_violation",
	  N_("An exchanger broke SMTP syntax but the "
	  "dialogue went on."),
	  N_("Bare LF line ends, mixed or malformed reply "
	  "codes, overlong lines, lines before our command."), REMOTE,
	  N_("Strict senders may fail; the administrator should fix the "
	  "server."), "RFC 5321 §2.3.8, §4.2, §4.5.3.1" },
	{ "smtp.control_characters", N_("An exchanger sent control characters "
	  "(escape sequences, C0/C1 controls) in its replies."), N_("The "
	  "sanitizer had to escape bytes of its greeting or replies; they "
	  "are shown as ^[ or \\xNN, never sent to the terminal."), REMOTE,
	  N_("A broken or hostile server: its administrator must fix the "
	  "greeting and replies."), "RFC 5321 §4.1.1, §4.2" },
	{ "smtp.size_exceeded", N_("The message size given with --size is above"
	  " the limit an exchanger advertises."), N_("EHLO's SIZE keyword is "
	  "smaller than --size."), SENDER, N_("Send a smaller message or a "
	  "link."), "RFC 1870" },
	{ "smtp.starttls_injection", N_("An exchanger sent data between its "
	  "STARTTLS reply and the TLS handshake."),
	  N_("Bytes arrived after the "
	  "220 to STARTTLS and before the handshake (CVE-2011-0411 class); "
	  "the probe was aborted."), REMOTE, N_("The server (or a middlebox) "
	  "must be fixed; commands injected in plain text would run inside "
	  "TLS."), "RFC 3207 §4.2; CVE-2011-0411" },
	{ "smtp.STAGE_rejected",
	  N_("An exchanger refused a command permanently "
	  "(5xx) at that stage, e.g. smtp.rcpt_rejected."), N_("A 5xx reply at "
	  "the stage (banner, ehlo, mail, rcpt, ...); the enhanced status "
	  "code and text give the reason (userunknown, blocked, ...)."),
	  N_("depends on the reason: the summary names it"), N_("Follow the "
	  "remedy for the reason; for rcpt: check the address; for mail or "
	  "banner: our IP or sender is refused."),
	  "RFC 5321 §4.2.1, §4.2.2; RFC 3463" },
	{ "smtp.STAGE_deferred", N_("An exchanger refused a command for now "
	  "(4xx) at that stage, e.g. smtp.rcpt_deferred."), N_("A 4xx reply at "
	  "the stage; greylisting, a full mailbox or a busy server."),
	  N_("usually nobody: senders retry"), N_("Wait and retry; a real MTA "
	  "retries for days."), "RFC 5321 §4.2.1, §4.5.4.1; RFC 6647" },
	/* TLS (RFC 3207, RFC 8446, RFC 6125) */
	{ "tls.unavailable", N_("An exchanger does not offer STARTTLS, or "
	  "refused it."), N_("EHLO lists no STARTTLS, or STARTTLS got an "
	  "error reply."), REMOTE,
	  N_("Mail goes unencrypted; the administrator "
	  "should enable STARTTLS."), "RFC 3207" },
	{ "tls.cert_untrusted",
	  N_("An exchanger's certificate does not lead to "
	  "a trusted root."), N_("OpenSSL's chain verification failed (self-"
	  "signed, missing intermediate, unknown CA)."), REMOTE, N_("Install a "
	  "certificate from a public CA with its full chain."),
	  "RFC 5280 §6; RFC 7672" },
	{ "tls.cert_name_mismatch", N_("An exchanger's certificate does not "
	  "name the exchanger."), N_("SSL_set1_host found no matching DNS name "
	  "in the certificate."), REMOTE, N_("Issue the certificate for the MX "
	  "host name."), "RFC 6125 §6" },
	{ "tls.cert_expired", N_("An exchanger's certificate has expired."),
	  N_("notAfter is in the past (or notBefore in the future)."), REMOTE,
	  N_("Renew the certificate."), "RFC 5280 §4.1.2.5" },
	{ "tls.handshake_failed", N_("The TLS handshake with an exchanger "
	  "failed."), N_("OpenSSL reported an error during the handshake; the "
	  "dialogue was retried without TLS."), REMOTE, N_("Check the server's "
	  "protocols, ciphers and certificate."), "RFC 8446; RFC 3207" },
	{ "tls.no_certificate", N_("An exchanger sent no certificate."),
	  N_("The handshake completed with an anonymous cipher."), REMOTE,
	  N_("Configure a certificate."), "RFC 8446 §4.4.2" },
	{ "tls.old_protocol", N_("An exchanger only speaks SSL, TLS 1.0 or TLS "
	  "1.1."), N_("The negotiated protocol is older than TLS 1.2."), REMOTE,
	  N_("Enable TLS 1.2 and 1.3."), "RFC 8996" },
	/* Blocklists (RFC 5782) */
	{ "dnsbl.listed", N_("An IP is listed on a DNS blocklist; receivers "
	  "that use it refuse its mail."),
	  N_("The blocklist zone answered an A "
	  "record in 127.0.0.0/8 for the reversed IP."), N_("the blocklist "
	  "operator, after we fix the cause"), N_("Find why (spam, open relay, "
	  "compromised host), fix it, then request delisting on the "
	  "operator's site."), "RFC 5782 §2" },
	{ "dnsbl.error", N_("A blocklist could not be read for an IP."),
	  N_("The zone answered an error code (127.255.255.254: queries via "
	  "public resolvers refused; 127.255.255.255: refused) or an "
	  "address outside 127/8."), US, N_("Query through our own resolver, "
	  "not a public one."), "RFC 5782 §2.1" },
	{ "dnsbl.clean", N_("An IP is on none of the blocklists asked."),
	  N_("Every zone answered NXDOMAIN for it.  When a refusal named a "
	  "list for it that the lookups do not confirm, we follow it up: "
	  "the listing may have ended, or the receiver reads its own copy "
	  "of the list."), N_("nobody (us after such a refusal)"),
	  N_("Nothing; after such a refusal, retry later, and if it stays "
	  "ask the receiver's postmaster which list named the IP."),
	  "RFC 5782 §2" },
	/* Mail policy of the sender domain (issue 15) */
	{ "spf.fail", N_("The sender domain's SPF record does not allow our "
	  "sending IP."), N_("check_host() for our egress IP (the address the "
	  "receiver names in its replies, else --source, else our end of the "
	  "connection) ended in fail: a \"-\" mechanism matched, usually "
	  "-all."), US, N_("Add our sending IP (ip4:/ip6:) to the record, or "
	  "include the provider's record we send through."),
	  "RFC 7208 §2.6.4, §5" },
	{ "spf.softfail", N_("The sender domain's SPF record only half allows "
	  "our sending IP."), N_("check_host() ended in softfail: a \"~\" "
	  "mechanism matched, usually ~all."), US,
	  N_("Add our sending IP to the "
	  "record; DMARC counts softfail as a failure."), "RFC 7208 §2.6.5" },
	{ "spf.permerror", N_("The sender domain's SPF record cannot be "
	  "evaluated."), N_("A syntax error, more than 10 DNS-querying terms, "
	  "more than 2 lookups with no answer, an include loop, or an "
	  "include or redirect of a domain without a record."), US, N_("Repair "
	  "the record; flatten includes to stay within 10 lookups."),
	  "RFC 7208 §2.6.7, §4.6.4" },
	{ "spf.temperror", N_("The sender domain's SPF could not be evaluated "
	  "for a DNS error."), N_("A lookup of check_host() (the record, an "
	  "include's or redirect's record, an a, mx, ptr or exists term) "
	  "timed out or failed (SERVFAIL): a temperror. Receivers defer the "
	  "mail with 4.7.24 and DMARC treats it as a failure."), US, N_("Make "
	  "every name server of the zone the error names answer; move "
	  "records out of zones whose servers fail."), "RFC 7208 §2.6.6, §5, "
	  "RFC 7372 §3.2" },
	{ "spf.none", N_("The sender domain publishes no SPF record."),
	  N_("No TXT "
	  "record starting v=spf1 at the domain. A warning when a refusal or "
	  "the bounce points at authentication, else information."), US,
	  N_("Publish \"v=spf1 ip4:OUR-IP -all\" (every host that sends its "
	  "mail)."), "RFC 7208 §2.6.1, §4.5" },
	{ "dmarc.missing", N_("The sender domain publishes no DMARC record."),
	  N_("No v=DMARC1 TXT record at _dmarc.DOMAIN nor at its organisational "
	  "domain's (by the public suffix list). A warning when a refusal "
	  "or the bounce points at authentication, else information."), US,
	  N_("Publish \"v=DMARC1; p=none; rua=mailto:...\" and tighten it once "
	  "SPF and DKIM pass."), "RFC 7489 §6.1, §6.6.3" },
	{ "dmarc.invalid", N_("The sender domain's DMARC record is not valid."),
	  N_("The record does not start with v=DMARC1, has a bad tag value, "
	  "lacks p= without a valid rua=, or there are several records."),
	  US, N_("Correct the record; receivers ignore it as it is."),
	  "RFC 7489 §6.3, §6.6.3" },
	{ "dmarc.reject_without_spf_pass", N_("The sender domain asks for "
	  "rejection, and SPF does not pass aligned for our sending IP."),
	  N_("DMARC p=reject, and SPF for our IP is not a pass for a domain "
	  "aligned with the sender domain (aspf)."), US, N_("Make SPF pass "
	  "for our IP with the sender domain, or DKIM-sign every message "
	  "with it."), "RFC 7489 §3.1.2, §6.3" },
	{ "dkim.key_missing", N_("The DKIM key a bounce's signature names is "
	  "not published."), N_("The returned message's DKIM-Signature names "
	  "s= and d=; the TXT lookup of s._domainkey.d found no record."), US,
	  N_("Publish the selector's public key, or sign with a published "
	  "selector."), "RFC 6376 §3.6.2.2" },
	{ "dkim.bad_body_hash", N_("The returned message's body does not match "
	  "its DKIM body hash."),
	  N_("The body, canonicalised as c= says and cut "
	  "at l=, hashes to another value than bh=: something changed it "
	  "after signing (a footer or disclaimer, a gateway re-encoding), or "
	  "the bounce's copy was re-encoded. Receivers see the signature as "
	  "failed."), US,
	  N_("Sign after whatever changes the body, or stop the "
	  "change."), "RFC 6376 §3.7, §6.1.3" },
	{ "dkim.bad_signature", N_("The returned message's DKIM signature does "
	  "not verify."), N_("The signature (b=) over the signed header fields "
	  "does not verify with the key published at s._domainkey.d "
	  "(rsa-sha256 or ed25519-sha256): the published key is not the "
	  "signer's, or a signed header changed after signing."), US,
	  N_("Publish the signer's public key for its selector; do not rewrite "
	  "signed fields (Subject tags, From) after signing."),
	  "RFC 6376 §3.7, §6.1.3, RFC 8463" },
	{ "dkim.expired", N_("The returned message's DKIM signature had "
	  "expired."), N_("The x= tag lies before the time of the check; mail "
	  "that is retried or read late fails."), US,
	  N_("Set a lifetime of days "
	  "in the signer."), "RFC 6376 §3.5" },
	{ "dmarc.fail", N_("The returned message fails DMARC."),
	  N_("Neither SPF "
	  "for our sending IP nor the message's DKIM signature passes for a "
	  "domain aligned with its From: domain (aspf, adkim): receivers "
	  "apply the domain's policy p=."), US, N_("Make the DKIM signature "
	  "verify with d= the From domain (adkim=r: its organisational "
	  "domain), or SPF pass for it."), "RFC 7489 §3.1, §4.2" },
	{ "dkim.key_revoked", N_("The DKIM key a bounce's signature names is "
	  "revoked."), N_("The key record has an empty p= tag."), US,
	  N_("Sign with "
	  "a current selector and publish its key."), "RFC 6376 §3.6.1" },
	{ "dkim.key_invalid", N_("The DKIM key a bounce's signature names "
	  "cannot be read."),
	  N_("The key record has a wrong v=, an unknown k=, "
	  "no p=, or a p= that is no public key."), US, N_("Publish the key "
	  "again as v=DKIM1; k=rsa; p=BASE64."), "RFC 6376 §3.6.1" },
	/* DANE and MTA-STS (src/policy/diag-dane.c) */
	{ "dane.ok",
	  N_("The exchanger's certificate matches its TLSA records."),
	  N_("The TLSA RRset of _PORT._tcp.HOST (asked with the AD bit; c-ares "
	  "does not validate DNSSEC, so the AD bit is only the resolver's "
	  "claim) has a usable DANE-EE(3) or DANE-TA(2) record that OpenSSL's "
	  "DANE verifier matches against the chain the exchanger presented."),
	  N_("nobody"),
	  N_("Nothing. Before a key or certificate change, publish the "
	  "new TLSA record next to the old one."), "RFC 7672 §2-3; RFC 6698" },
	{ "dane.mismatch", N_("Senders that use DANE will not deliver to this "
	  "exchanger."),
	  N_("The exchanger publishes usable TLSA records, but the "
	  "certificate chain it presented matches none of them, or it made "
	  "no TLS session (DANE requires STARTTLS).  An error when the "
	  "resolver set the AD bit, a warning otherwise (a validating sender "
	  "may not have the records)."), REMOTE,
	  N_("Publish TLSA records of the "
	  "certificate or key in use (3 1 1 of the key is the usual choice), "
	  "or put the old certificate back; offer STARTTLS."),
	  "RFC 7672 §2.2, §3.1" },
	{ "dane.unusable", N_("The exchanger's TLSA records cannot be used, or "
	  "cannot be looked up."), N_("Every TLSA record is unusable for SMTP "
	  "(PKIX-TA/PKIX-EE usages 0 and 1, unknown selector or matching "
	  "type, a digest of the wrong length), so DANE senders fall back to "
	  "unauthenticated TLS; or the TLSA lookup failed (SERVFAIL, timeout), "
	  "and DANE senders defer mail to the exchanger."), REMOTE,
	  N_("Publish "
	  "DANE-EE(3) or DANE-TA(2) records; fix the zone's DNSSEC so the "
	  "lookup answers."), "RFC 7672 §2.2.1, §3.1" },
	{ "mtasts.mx_not_covered",
	  N_("An MX host is not in the domain's MTA-STS "
	  "policy."), N_("The policy fetched from https://mta-sts.DOMAIN/"
	  ".well-known/mta-sts.txt lists mx patterns (exact names, or *. for "
	  "one leftmost label) and the MX host matches none.  In enforce mode "
	  "senders that apply MTA-STS will not deliver to it; in testing mode "
	  "they report it."), REMOTE, N_("Add the MX name to the policy's mx: "
	  "lines and change the id in the _mta-sts TXT record, or change the "
	  "MX."), "RFC 8461 §3.2, §4.1" },
	{ "mtasts.cert_invalid", N_("An exchanger fails the domain's MTA-STS "
	  "policy: its certificate is not valid for its name."), N_("MTA-STS "
	  "requires STARTTLS with a certificate that chains to a trusted root, "
	  "names the MX host and has not expired.  In enforce mode senders "
	  "that apply MTA-STS will not deliver to it (the verdict says so); "
	  "in testing mode they report it."), REMOTE,
	  N_("Install a certificate "
	  "for the MX name from a public CA, with its chain, and offer "
	  "STARTTLS."), "RFC 8461 §4.2, §5" },
	{ "mtasts.policy_unreachable",
	  N_("The domain announces MTA-STS but its "
	  "policy cannot be used."), N_("The _mta-sts TXT record is there, but "
	  "the policy could not be fetched over HTTPS from mta-sts.DOMAIN "
	  "(no address, connection or TLS failure, a certificate not valid "
	  "for mta-sts.DOMAIN, an HTTP status other than 200, a redirect, "
	  "which is never followed, a response over 64 KiB or the --timeout), "
	  "or the record or the policy is invalid.  Senders use a cached "
	  "policy, or none."), REMOTE, N_("Serve the policy with a valid "
	  "certificate for mta-sts.DOMAIN, or remove the _mta-sts record."),
	  "RFC 8461 §3.1-3.3" },
	/* Bounce */
	{ "ndr.evidence", N_("What the bounce says, shown beside the live "
	  "evidence."), N_("Read from the bounce's delivery-status part or "
	  "text."), N_("nobody"), N_("Compare with the live findings."),
	  "RFC 3464; RFC 3463" },
	{ "ndr.confirmed", N_("The live check confirms the bounce."),
	  N_("The live "
	  "verdict has the bounce's reason."), N_("as for the reason"),
	  N_("Follow the reason's remedy."), "RFC 3464" },
	{ "ndr.contradicted", N_("The live check contradicts the bounce."),
	  N_("The live verdict differs from the bounce's reason: the problem "
	  "is gone, or the bounce came from another path."), US,
	  N_("Resend; if it bounces again, compare the paths."), "RFC 3464" },
	{ "ndr.named_ip", N_("An IP the bounce names, with its reverse DNS."),
	  N_("An address in the bounce's diagnostic, looked up (PTR)."),
	  N_("nobody"), N_("Use it to check blocklists and our sending setup."),
	  "RFC 1912 §2.1" },
	{ "ndr.named_ip_no_ptr", N_("An IP the bounce names has no reverse "
	  "DNS."), N_("Its PTR query got NXDOMAIN or NODATA."), US,
	  N_("Publish a "
	  "PTR record for our sending IP (ask the ISP)."), "RFC 1912 §2.1" },
	/* Mailbox (RFC 1939, RFC 9051) */
	{ "auth.failed", N_("The submission server refused the login (535 "
	  "5.7.8)."), N_("AUTH (PLAIN, LOGIN, CRAM-MD5 or XOAUTH2, as EHLO "
	  "offered) answered 535 over TLS."), SENDER,
	  N_("Check the user name and password or token in the mail client; "
	  "with two-factor login use an app password."),
	  "RFC 4954 §6; RFC 4616; RFC 2195" },
	{ "auth.tls_required", N_("The submission server wants TLS before AUTH "
	  "(530 5.7.0)."), N_("AUTH sent without TLS (--allow-plaintext) was "
	  "answered 530 or 538."), SENDER,
	  N_("Set the client to STARTTLS on 587 or SSL/TLS on 465."),
	  "RFC 4954 §6; RFC 3207; RFC 8314 §3" },
	{ "auth.no_mechanism", N_("The submission server offers no AUTH "
	  "mechanism mxscope can use."), N_("EHLO lists no AUTH, or none of "
	  "PLAIN, LOGIN, CRAM-MD5 (XOAUTH2 with a token)."), REMOTE,
	  N_("The provider must enable SMTP AUTH for the account or port."),
	  "RFC 4954 §3" },
	{ "submission.tls_unavailable", N_("The submission port offers no "
	  "usable STARTTLS."), N_("EHLO on 587 lists no STARTTLS, or STARTTLS "
	  "was refused; the password was not sent."), REMOTE,
	  N_("Enable STARTTLS on 587 or implicit TLS on 465."),
	  "RFC 8314 §3; RFC 3207" },
	{ "submission.relay_denied", N_("After AUTH the server refused the "
	  "envelope with 5.7.1."), N_("MAIL FROM or RCPT TO answered 5xx 5.7.1 "
	  "in an authenticated session: the account may not send as that "
	  "From."), SENDER, N_("Send with an address the account owns, or get "
	  "send-as permission."), "RFC 3463 §3.8; RFC 6409 §6.1" },
	{ "submission.failed", N_("The submission check did not get through."),
	  N_("No host found (SRV, smtp., mail.), no connection, a TLS failure "
	  "or a refusal before AUTH."), REMOTE,
	  N_("Check host and port with the provider, or the local network."),
	  "RFC 6186; RFC 8314 §3" },
	{ "submission.data_rejected", N_("With --send, the submission server "
	  "refused the test message after AUTH (5xx at DATA or after the "
	  "final dot)."), N_("The reply to DATA or to the message is "
	  "classified like any other (content, size, DMARC, sending limits)."),
	  N_("depends on the reason: the summary names it"), N_("Follow the "
	  "remedy for the reason; a provider's sending limit or content "
	  "filter is named in its reply."),
	  "RFC 5321 §4.1.1.4; RFC 3463; RFC 6409" },
	{ "submission.data_deferred", N_("With --send, the submission server "
	  "deferred the test message (4xx at DATA or after the final dot)."),
	  N_("A 4xx reply to DATA or to the message after AUTH."),
	  N_("usually nobody: the client retries"), N_("Retry later; if it "
	  "persists, ask the provider (a sending quota is often 4xx)."),
	  "RFC 5321 §4.1.1.4; RFC 3463; RFC 6409" },
	{ "submission.ok", N_("Login and envelope accepted on the submission "
	  "port."), N_("AUTH answered 235, then MAIL FROM and RCPT TO 250."),
	  N_("nobody"), N_("Nothing to fix."), "RFC 6409; RFC 4954" },
	{ "mailbox.host_unknown", N_("No mailbox server name resolves."),
	  N_("pop./imap./mail.DOMAIN and the MX did not resolve."), US,
	  N_("Give the server with --pop3=HOST or --imap=HOST."),
	  "RFC 6186" },
	{ "mailbox.tls_injection", N_("A mailbox server sent data before the "
	  "TLS handshake."),
	  N_("Bytes after the STLS/STARTTLS reply and before "
	  "the handshake."), REMOTE, N_("Fix the server or middlebox."),
	  "RFC 2595 §4; CVE-2011-0411" },
	{ "mailbox.password_echoed",
	  N_("A mailbox server echoed the password."),
	  N_("The password appeared in a reply (masked in the transcript)."),
	  REMOTE, N_("Fix the server; change the password."), "RFC 1939" },
	{ "mailbox.login_not_sent", N_("mxscope did not send the password."),
	  N_("No TLS, or an untrusted certificate, and no --allow-plaintext."),
	  REMOTE, N_("Enable TLS on the server, or use --allow-plaintext on a "
	  "trusted network."), "RFC 8314; RFC 2595" },
	{ "MBOX.tls_unavailable", N_("The mailbox server offers no TLS."),
	  N_("No STLS/STARTTLS capability, or it was refused."), REMOTE,
	  N_("Enable TLS (or implicit TLS on 995/993)."),
	  "RFC 2595; RFC 8314" },
	{ "MBOX.connect_failed", N_("The mailbox server cannot be reached."),
	  N_("The TCP connection failed."), REMOTE,
	  N_("Check the host and port."),
	  "RFC 1939 §3; RFC 9051 §2" },
	{ "MBOX.no_greeting", N_("The mailbox server never greeted."),
	  N_("No +OK / * OK greeting within --timeout."), REMOTE,
	  N_("Check the server."), "RFC 1939 §4; RFC 9051 §7.1" },
	{ "MBOX.greeting_refused", N_("The mailbox server refused the "
	  "connection in its greeting."), N_("-ERR or * BYE greeting."), REMOTE,
	  N_("Check the server's limits and access lists."),
	  "RFC 1939 §4; RFC 9051 §7.1.5" },
	{ "MBOX.auth_failed", N_("The login failed."), N_("-ERR / NO to the "
	  "login."), N_("the user (password) or the remote administrator"),
	  N_("Check the user name and password; the account may be locked."),
	  "RFC 1939 §7; RFC 9051 §6.2.3" },
	{ "MBOX.mailbox_locked", N_("The mailbox is in use."), N_("[IN-USE] "
	  "response code, or a lock message."), N_("nobody"),
	  N_("Close the other "
	  "client or wait."), "RFC 2449 §8.1.1" },
	{ "MBOX.server_error", N_("The mailbox server reported an error."),
	  N_("-ERR / NO / BAD with [SYS/TEMP] or similar."), REMOTE,
	  N_("Check the server's logs."), "RFC 3206; RFC 9051" },
	{ "MBOX.login_disabled", N_("The server forbids login here."),
	  N_("LOGINDISABLED, or no USER/AUTH capability."), REMOTE,
	  N_("Use TLS "
	  "first (the server wants it), or another method."),
	  "RFC 9051 §6.2.3" },
	{ "MBOX.protocol_error",
	  N_("The mailbox server answered with something "
	  "that is not the protocol."), N_("An unparsable response."), REMOTE,
	  N_("Check the host and port."), "RFC 1939; RFC 9051" },
	{ "MBOX.reply_timeout", N_("The mailbox server stopped answering."),
	  N_("No complete response within --timeout: silence, a reply "
	  "trickled line by line that had not ended by then (the server "
	  "stalls), or one flooded fast without end (100 lines a second or "
	  "more)."), REMOTE, N_("Check the server's load and its mailbox "
	  "store."),
	  "RFC 1939; RFC 9051" },
	{ "pop3.stat_refused", N_("The POP3 server took the login but refused "
	  "STAT."), N_("-ERR to STAT after a successful login: the check ends "
	  "there and the number of messages is unknown (no count is guessed "
	  "from LIST)."), REMOTE, N_("Fix the mailbox store: STAT must answer "
	  "+OK with the count and size; mail clients stop at the same point."),
	  "RFC 1939 §5" },
	{ "MBOX.command_refused", N_("The mailbox server took the login but "
	  "refused a later command."), N_("-ERR to LIST or RETR (POP3), NO to "
	  "SELECT INBOX or FETCH (IMAP) after a successful login: the check "
	  "ends there, as mail clients fail there too."), REMOTE,
	  N_("The provider must check the mailbox (damaged, over a limit or "
	  "missing its inbox)."), "RFC 1939 §5; RFC 9051 §6.3.2" },
	{ "pop3.apop_offered", N_("The POP3 server advertises APOP."),
	  N_("Its greeting holds a timestamp (<...@...>), the APOP "
	  "challenge."), N_("nobody"), N_("Nothing to fix: mxscope logs in "
	  "with USER/PASS or AUTH PLAIN over TLS, never APOP (MD5)."),
	  "RFC 1939 §7" },
};

#define NTABLE	(sizeof table / sizeof table[0])

/* Whether id is PREFIX.X for the table's generic form "GENERIC.X". */
static int
family(const char *id, const char *entry, const char *generic,
    const char *const *prefixes)
{
	size_t g = strlen(generic);
	int i;

	if (strncmp(entry, generic, g) != 0)
		return 0;
	for (i = 0; prefixes[i] != NULL; i++) {
		size_t p = strlen(prefixes[i]);
		if (strncmp(id, prefixes[i], p) == 0 &&
		    strcmp(id + p, entry + g) == 0)
			return 1;
	}
	return 0;
}

/* Find id, exactly or in its family. */
const struct mx_explain *
mx_explain_find(const char *id)
{
	static const char *const mbox[] = { "pop3", "imap", NULL };
	const char *u;
	size_t i;
	int st;

	for (i = 0; i < NTABLE; i++)
		if (strcmp(table[i].id, id) == 0 ||
		    family(id, table[i].id, "MBOX", mbox))
			return &table[i];
	/* smtp.STAGE_rejected / smtp.STAGE_deferred: STAGE a real stage. */
	if (strncmp(id, "smtp.", 5) != 0 || (u = strrchr(id, '_')) == NULL)
		return NULL;
	for (st = MX_ST_CONNECT; st < MX_ST_DONE; st++)
		if (strlen(mx_stage_name(st)) == (size_t)(u - id - 5) &&
		    strncmp(id + 5, mx_stage_name(st),
	  (size_t)(u - id - 5)) == 0)
			break;
	if (st == MX_ST_DONE)
		return NULL;
	for (i = 0; i < NTABLE; i++)
		if (strncmp(table[i].id, "smtp.STAGE_", 11) == 0 &&
		    strcmp(table[i].id + 11, u + 1) == 0)
			return &table[i];
	return NULL;
}

/* Print "  label text" (both translated) wrapped at 78 display columns,
 * continuation lines indented by four. */
static void
wrapped(FILE *f, const char *label, const char *text)
{
	fprintf(f, "  %s", _(label));
	mx_text_wrap(f, _(text), 2 + mx_text_width(_(label)), 4, 78);
}

/* Print one explanation. */
int
mx_explain(const char *id, FILE *f)
{
	const struct mx_explain *e = mx_explain_find(id);
	if (e == NULL) {
		mx_warnx("unknown finding id '%.200s' (see --list-findings)",
		    id);
		return MX_EXIT_UNKNOWN;
	}
	fprintf(f, "%s\n", id);
	wrapped(f, N_("What it means: "), e->means);
	wrapped(f, N_("How it is found: "), e->detect);
	wrapped(f, N_("Who acts: "), e->actor);
	wrapped(f, N_("How to fix it: "), e->fix);
	wrapped(f, N_("See: "), e->rfc);
	return MX_EXIT_OK;
}

/* Print the ids, the families spelled out (POP3 and IMAP; the stages
 * where a refusal is seen). */
int
mx_explain_list(FILE *f)
{
	/* Every stage a reply can refuse at: EHLO again inside TLS, and
	 * the test message of --send (DATA or BDAT). */
	static const char *const stages[] = {
		"banner", "ehlo", "helo", "starttls", "ehlo2", "mail", "rcpt",
		"data", NULL
	};
	char id[48];
	size_t i;
	int k;

	for (i = 0; i < NTABLE; i++) {
		if (strncmp(table[i].id, "smtp.STAGE_", 11) == 0) {
			for (k = 0; stages[k] != NULL; k++) {
				snprintf(id, sizeof id, "smtp.%s_%s", stages[k],
				    table[i].id + 11);
				fprintf(f, "%-32s %s\n", id, _(table[i].means));
			}
		} else if (strncmp(table[i].id, "MBOX.", 5) == 0) {
			fprintf(f, "pop3.%-27s %s\n", table[i].id + 5,
			    _(table[i].means));
			fprintf(f, "imap.%-27s %s\n", table[i].id + 5,
			    _(table[i].means));
		} else
			fprintf(f, "%-32s %s\n", table[i].id, _(table[i].means));
	}
	return MX_EXIT_OK;
}

/* Table entry i, or NULL. */
const struct mx_explain *
mx_explain_entry(int i)
{
	return i >= 0 && (size_t)i < NTABLE ? &table[i] : NULL;
}
