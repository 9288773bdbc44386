#!/bin/sh
# tests/lab/followup.sh: what a helpdesk also needs to know (issue 12):
# reverse DNS followed up (rdns.not_confirmed, rdns.banner_mismatch).
. "$top_srcdir/tests/tap.sh"
. "$top_srcdir/tests/lab-env.sh"
tmp=$(mktemp -d) || exit 1

# py EXPR: a Python expression over the JSON in MX_OUT (d; f: id ->
# subjects of the findings; a: address -> address object).
py() {
	printf '%s' "$MX_OUT" | "$LAB_PY" -c 'import json,sys
d=json.load(sys.stdin); f={}
for x in d["findings"]: f.setdefault(x["id"], []).extend(s.split(" [")[0] for s in x["subjects"])
a={}
for m in d["mx"]:
    for x in m["addresses"]: a[m["host"]]=x
print('"$1"')' 2>&1
}

# --- reverse DNS: PTR, its forward lookup, the greeting's name ---
sect_rdns() {
	lab_start "$top_srcdir/tests/lab/scenarios/rdns.scn"
	mx_run --json user@example.test
	is "$(py 'd["verdict"]["reason"], sorted(set(x["severity"] for x in d["findings"] if x["id"].startswith("rdns.")))')" \
	    "deliverable ['info']" "rdns findings are information: still deliverable"
	is "$(py 'sorted(f.get("rdns.banner_mismatch", []))')" \
	    "['mx1.example.test', 'mx2.example.test']" \
	    "rdns.banner_mismatch: greeting name is not the PTR name (mx1, mx2)"
	is "$(py 'sorted(f.get("rdns.not_confirmed", []))')" \
	    "['mx2.example.test', 'mx3.example.test']" \
	    "rdns.not_confirmed: PTR name without the address (mx2, mx3)"
	is "$(py '[a[h]["ptr_confirmed"] for h in sorted(a)]')" \
	    "[True, False, False, True]" "JSON ptr_confirmed per address"
	is "$(py 'a["mx1.example.test"]["banner_name"] + " " + a["mx1.example.test"]["ehlo_name"]')" \
	    "smtp.example.test smtp.example.test" "JSON banner_name and ehlo_name"
	like "$(py '[x["summary"] for x in d["findings"] if x["id"] == "rdns.not_confirmed"]')" \
	    "names host-2\.isp\.test, which does not resolve back" "the summary names the PTR"
	mx_run --report --verbose user@example.test
	like "$MX_OUT" "PTR: *mx1\.example\.test \(resolves back: confirmed\)" \
	    "report: a confirmed PTR"
	like "$MX_OUT" "PTR: *host-2\.isp\.test \(does not resolve back" \
	    "report: a PTR that does not resolve back"
	lab_stop
}

# --- outbound port 25 blocked: every address times out at connect on
# the SMTP port (the lab's blackhole), the same hosts answer on another ---
sect_port25() {
	lab_start "$top_srcdir/tests/lab/scenarios/port25.scn"
	like "$LAB_BLACKHOLE" '^[0-9]+$' "the lab holds a blackhole port"
	mx_run --json -p "$LAB_BLACKHOLE" --alt-ports "$LAB_PORT" user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], d["verdict"]["actor"], d["verdict"]["actor_also"]')" \
	    "3:networkerror ISP us" "port 25 blocked: could not test, the ISP (or us) acts"
	like "$(py 'd["verdict"]["summary"]')" "^Outbound port $LAB_BLACKHOLE is blocked on this network" \
	    "the verdict says port 25 is blocked here, not that the remote side is down"
	is "$(py 'f.get("smtp.port25_blocked")')" "['port 25']" "finding smtp.port25_blocked"
	is "$(py 'sorted(x["alt_port"] for x in a.values())')" "[$LAB_PORT, $LAB_PORT]" \
	    "JSON alt_port: the port that answered"
	# The text report says the same (its words were the replaced verdict's),
	# and its fix is the port 25 finding's.
	mx_run --report -p "$LAB_BLACKHOLE" --alt-ports "$LAB_PORT" user@example.test
	like "$(printf '%s\n' "$MX_OUT" | tr -s ' \n' '  ')" \
	    "^Verdict: Cannot reach the mail servers \\(networkerror\\)\\. Outbound port $LAB_BLACKHOLE is blocked on this network: .* Who must act: ISP\\. Also: us\\. Fix: Ask the ISP to open outbound port 25" \
	    "port 25 blocked --report: the verdict says so, the fix is the ISP's port"
	# The same hosts silent on the other port too: no port 25 claim.
	mx_run --json -p "$LAB_BLACKHOLE" --alt-ports "$LAB_BLACKHOLE" user@example.test
	is "$(py 'd["verdict"]["reason"], "smtp.port25_blocked" in f, [x["alt_port"] for x in a.values()]')" \
	    "networkerror False [0, 0]" "hosts silent on every port: not blamed on port 25"
	mx_run --json -p "$LAB_BLACKHOLE" --alt-ports 0 user@example.test
	is "$(py '"smtp.port25_blocked" in f, [x["alt_port"] for x in a.values()]')" \
	    "False [None, None]" "--alt-ports 0: no other port is tried"
	# A host that answers on port 25: the other ports are never tried.
	mx_run --json user@example.test
	is "$(py 'd["verdict"]["reason"], [x["alt_port"] for x in a.values()]')" \
	    "deliverable [None, None]" "port 25 answers: nothing else tried"
	lab_stop
}

# --- catch-all: a random address in the same session ---
sect_catchall() {
	f=$(printf 'tls good\n' | lab_scn "$tmp" catchall)
	lab_start "$f"
	mx_run --json user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], f.get("smtp.catch_all"), a["mx1.example.test"]["state"]')" \
	    "0:deliverable ['mx1.example.test'] ok" \
	    "a server that accepts any address: smtp.catch_all (information), still deliverable"
	like "$(py '[x["summary"] for x in d["findings"] if x["id"] == "smtp.catch_all"]')" \
	    "250 does not prove that user@example.test exists" "the finding says what a 250 is worth"
	is "$(py '[l["pipelined"] for l in a["mx1.example.test"]["transcript"] if l["text"].startswith("RCPT")]')" \
	    "[True, True, True]" "pipelined: the random RCPT (and the postmaster's) rides in the group"
	mx_run --json --no-catch-all user@example.test
	is "$(py '"smtp.catch_all" in f, [l["text"] for l in a["mx1.example.test"]["transcript"] if l["text"].startswith("RCPT")]')" \
	    "False ['RCPT TO:<user@example.test>', 'RCPT TO:<postmaster@example.test>']" "--no-catch-all: no random RCPT, no finding"
	lab_stop
	f=$(printf 'tls good\ncap SIZE 1000000\n' | lab_scn "$tmp" catchall1)
	lab_start "$f"
	mx_run --json user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], f.get("smtp.catch_all")')" \
	    "0:deliverable ['mx1.example.test']" "without PIPELINING: the random RCPT after the decision"
	lab_stop
	f=$(printf 'tls good\nrcpt 550 5.1.1 no such user\n' | lab_scn "$tmp" catchall550)
	lab_start "$f"
	mx_run --json user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], "smtp.catch_all" in f')" \
	    "2:userunknown False" "the real RCPT refused: no catch-all claim"
	lab_stop
}

# --- a non-ASCII local part: sent only with SMTPUTF8 (RFC 6531) ---
sect_utf8() {
	f=$(printf 'tls good\ncap PIPELINING\ncap 8BITMIME\n' | lab_scn "$tmp" noutf8)
	lab_start "$f"
	mx_run --json 'jösé@example.test'
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], d["verdict"]["actor"], f.get("smtp.smtputf8_missing")')" \
	    "2:notcompliantrfc remote admin ['mx1.example.test']" \
	    "no SMTPUTF8: smtp.smtputf8_missing, the remote admin acts"
	is "$(py '[l["text"] for l in a["mx1.example.test"]["transcript"] if l["dir"] == "C" and l["text"][:4] in ("MAIL", "RCPT")]')" \
	    "[]" "no SMTPUTF8: neither MAIL nor RCPT is sent"
	like "$(py 'd["verdict"]["summary"]')" "does not offer SMTPUTF8, so the non-ASCII address" \
	    "the verdict says why it was not sent"
	lab_stop
	f=$(printf 'tls good\n' | lab_scn "$tmp" utf8)
	lab_start "$f"
	mx_run --json 'jösé@example.test'
	is "$(py 'd["verdict"]["reason"], [l["text"] for l in a["mx1.example.test"]["transcript"] if l["dir"] == "C" and l["text"][:4] in ("MAIL", "RCPT")][:2]')" \
	    "deliverable ['MAIL FROM:<> SMTPUTF8', 'RCPT TO:<jösé@example.test>']" \
	    "SMTPUTF8 offered: MAIL FROM says SMTPUTF8 and the address is sent"
	lab_stop
}

# --- --retry: the probes that got a 4xx are re-run after the interval ---
sect_retry() {
	f=$(printf 'tls good\ngreylist 1500\n' | lab_scn "$tmp" grey)
	lab_start "$f"
	mx_run --json --retry 1,2 user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], f.get("smtp.retry_cleared"), a["mx1.example.test"]["retried"], a["mx1.example.test"]["retry_code"]')" \
	    "0:deliverable ['mx1.example.test'] 1 450" "greylisting cleared on the retry: deliverable"
	like "$(py 'd["verdict"]["summary"]')" "The first 450 cleared on retry \(--retry, 2 s apart\)" \
	    "the verdict says the 450 cleared"
	like "$(py '[l["text"] for l in a["mx1.example.test"]["transcript"]]')" \
	    "450 4\.7\.1 Recipient address rejected: Greylisted.*--retry: attempt 2, 2 s after the last.*250 2\.1\.5" \
	    "the transcript keeps both attempts"
	lab_stop
	# The report says the retry's sentence once, in the verdict: it is no fix
	# (mx_words_fix cut the summary after its first sentence, the added
	# sentences too, and "Who must act" said them again).
	lab_start "$f"
	mx_run --report --retry 1,2 user@example.test
	like "$(printf '%s\n' "$MX_OUT" | sed -n '/^Verdict:/,/^Exit status:/p' | tr -s ' \n' '  ')" \
	    "^Verdict: .* The first 450 cleared on retry \\(--retry, 2 s apart\\): a passing deferral such as greylisting\\. Who must act: nobody\\. Nothing to fix\\. Exit" \
	    "--report --retry: the retry's sentence in the verdict, not again as the fix"
	lab_stop
	lab_start greylisted
	mx_run --json --retry 2,1 user@example.test
	is "$MX_STATUS:$(py 'd["verdict"]["reason"], f.get("smtp.retry_not_cleared"), a["mx1.example.test"]["retried"], d["retry"]')" \
	    "1:greylisted ['mx1.example.test'] 2 {'asked': 2, 'done': 2, 'interval': 1}" \
	    "a 450 that stays: re-run twice, smtp.retry_not_cleared"
	like "$(py 'd["verdict"]["summary"]')" "It did not clear: still deferred or refused after 2 retry" \
	    "the verdict says it did not clear"
	mx_run --json user@example.test
	is "$(py 'a["mx1.example.test"]["retried"], "smtp.retry_not_cleared" in f, d["retry"]')" "0 False None" \
	    "without --retry: no re-run"
	lab_stop
}
# The five sections' labs run four at a time (lab_bg: the blackhole's
# connect timeouts and --retry's intervals are waits), their TAP lines
# read back in this order (lab_replay).
for t in sect_rdns sect_port25 sect_catchall sect_utf8 sect_retry; do
	lab_bg lab_job "$tmp/$t.tap" "$t"
done
lab_wait
for t in sect_rdns sect_port25 sect_catchall sect_utf8 sect_retry; do
	lab_replay "$tmp/$t.tap"
done
mx_run_err() { "$MXSCOPE" "$@" >/dev/null 2>"$tmp/err"; echo "$?:$(cat "$tmp/err")"; }
like "$(mx_run_err --retry 2,0 user@example.test)" "^3:.*--retry" "--retry 2,0: one error line, exit 3"
like "$(mx_run_err --retry x user@example.test)" "^3:.*--retry" "--retry x: one error line, exit 3"
like "$(mx_run_err --alt-ports 99999 user@example.test)" "^3:.*--alt-ports" "--alt-ports 99999: one error line, exit 3"

rm -rf "$tmp"
plan_end
