# bench/local.mk: rules for this part (filled in by its owner).

# --- SMTP concurrency benchmark (lead) ---
EXTRA_DIST += bench/smtp-bench.sh bench/slow-one.scn
.PHONY: bench-smtp
bench-smtp: mxscope mxscope-lab
	$(SHELL) $(srcdir)/bench/smtp-bench.sh $(abs_top_builddir)

# bench-ndr: bounce reader vs labels.tsv and vs Sisimai (bench/ndr-bench.sh).
# NDR_ROTATE=1's per-fold tables leave fold NDR_HELDOUT out entirely ("fold
# K held out, not scored"; open2): no figure of the held-out fold.
bench-ndr: tests/unit/ndr-run
	NDR_RUN=$(abs_top_builddir)/tests/unit/ndr-run MXSCOPE=$(abs_top_builddir)/mxscope \
	    $(SHELL) $(srcdir)/bench/ndr-bench.sh
.PHONY: bench-ndr

# bench-ndr-uu: which structure tells the corpus's userunknown labels from
# its filtered ones among no-command unknown-user bounces (tuning folds
# only; NDR_UU_ARGS="--labels onhold,undefined" compares another pair).
EXTRA_DIST += bench/ndr-uu-filtered.py bench/ndr_common.py
bench-ndr-uu: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-uu-filtered.py $${NDR_UU_ARGS:-} \
	    $(abs_top_builddir)/mxscope $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces}
.PHONY: bench-ndr-uu

# bench-ndr-agreement: an independent reading (by the man page's REASONS
# alone) of 80 tuning-fold bounces against the corpus's labels, and the
# reader against both.
EXTRA_DIST += bench/ndr-agreement.py bench/ndr-relabel-tune.tsv
bench-ndr-agreement: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-agreement.py \
	    $(abs_top_builddir)/mxscope $(srcdir) \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces}
.PHONY: bench-ndr-agreement

# bench-ndr-pasted: the bounce reader on bounces as a user pastes them, no
# header (the tuning folds' files cut to their first text part, and with
# their delivery-status fields as text), against the whole messages.
EXTRA_DIST += bench/ndr-pasted.py
bench-ndr-pasted: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-pasted.py $(abs_top_builddir)/mxscope \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces}
.PHONY: bench-ndr-pasted

# bench-ndr-reply: failure replies pasted alone, naming no recipient, read
# by --ndr --offline (tune sets of bench-live only), against their labels.
EXTRA_DIST += bench/ndr-reply.py
bench-ndr-reply: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-reply.py \
	    $(abs_top_builddir)/mxscope $(abs_top_srcdir)
.PHONY: bench-ndr-reply

# The external bounce sets (bench/ndr-external .. ndr-external32; there is no
# ndr-external20), one list for every bench that reads them: bench-ndr-external
# scores each whole and by halves; bench-ndr-forward, bench-ndr-quote and
# bench-ndr-form read only their tune halves (CRC-32 of the file name even).
NDR_EXTERNAL_SETS = bench/ndr-external bench/ndr-external2 bench/ndr-external3 bench/ndr-external4 \
	bench/ndr-external5 bench/ndr-external6 bench/ndr-external7 bench/ndr-external8 \
	bench/ndr-external9 bench/ndr-external10 bench/ndr-external11 bench/ndr-external12 \
	bench/ndr-external13 bench/ndr-external14 bench/ndr-external15 bench/ndr-external16 \
	bench/ndr-external17 bench/ndr-external18 bench/ndr-external19 bench/ndr-external21 \
	bench/ndr-external22 bench/ndr-external23 bench/ndr-external24 bench/ndr-external25 \
	bench/ndr-external26 bench/ndr-external27 bench/ndr-external28 bench/ndr-external29 \
	bench/ndr-external30 bench/ndr-external31 bench/ndr-external32
EXTRA_DIST += $(NDR_EXTERNAL_SETS)

# bench-ndr-forward: the bounce reader on bounces a user forwarded (issue
# 11): each bounce of the corpus's tuning folds (never fold 3) and of the
# external sets' tune halves wrapped in the forward layouts of Gmail (text,
# HTML), Outlook (plain, rule, HTML, German, French, Spanish), Thunderbird,
# Apple Mail, Yahoo/AOL, "> "-quoted, mutt, a forward of a forward and as
# an attachment (bench/ndr-forward.py, written under a temporary
# directory); per layout, how many give the same first recipient and
# reason as the bounce itself, and that forwarded non-bounces stay none.
# NDR_FWD_ARGS="--list gmail" lists the tuning files that differ;
# NDR_FWD_ARGS="--before OLD/mxscope" adds the figure of another build
# (main's, before ndr-forward.c) beside each row.
# fwd1 (stop 45): every external set's tune half (NDR_EXTERNAL_SETS), not
# sets 1-8 only: 6795/7020 -> 8730/9525 with the same reader (641 bounces,
# 635 read as one), then 9385/9525 (each inline layout and mutt 625/635,
# attach 635/635) after its rules (headerless forwarded text, mutt with
# no sender, the DSN run naming a recipient, Google Groups' and SES's
# signatures a forward keeps); 9386/9540 once Outlook's translated
# 'Undeliverable:' subjects made ext25's pasted Spanish block a bounce (its
# renderings lose its first line, which Python takes for a header).
# bench-ndr-external then tune recipients 338 -> 339/344, reason 327 ->
# 328/344; blind unchanged (reason 226/307, recipients 274/307);
# bench-ndr-form 8635/8636 -> 8636/8641 (that file's five transforms).
EXTRA_DIST += bench/ndr-forward.py
bench-ndr-forward: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-forward.py $${NDR_FWD_ARGS:-} $(abs_top_builddir)/mxscope \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces} \
	    $(NDR_EXTERNAL_SETS:bench/%=$(abs_top_srcdir)/bench/%)
.PHONY: bench-ndr-forward

# bench-ndr-quote: the bounce reader on bounces a user quoted in a reply
# (issue 11): the same bounces as bench-ndr-forward (tuning folds only,
# never fold 3; the external sets' tune halves) quoted in the reply
# layouts of Gmail (also wrapped, bottom-posted), Thunderbird (also ">"
# with no space), a reply to a colleague's reply (">>"), Outlook's
# "-----Original Message-----", German, French and an HTML-only reply
# (bench/ndr-quote.py, written under a temporary directory); per layout,
# how many give the same first recipient and reason as the bounce itself,
# and that quoted non-bounces stay none.  NDR_QUOTE_ARGS="--list gmail"
# lists the tuning files that differ; NDR_QUOTE_ARGS="--before
# OLD/mxscope" adds the figure of another build beside each row.
# fwd1 (stop 45): every external set's tune half: 4500/4680 -> 5781/6350
# with the same reader, then 6248/6360 after its rules (the forward's, an
# attribution naming no sender, Zoho's dashed attribution, the returned
# From shown as text is the sender, so is 'a@b addressed to').
EXTRA_DIST += bench/ndr-quote.py
bench-ndr-quote: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-quote.py $${NDR_QUOTE_ARGS:-} $(abs_top_builddir)/mxscope \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces} \
	    $(NDR_EXTERNAL_SETS:bench/%=$(abs_top_srcdir)/bench/%)
.PHONY: bench-ndr-quote

# bench-ndr-form: the bounce reader on the same bounces in another form
# (issue 11): each bounce of the corpus's tuning folds (never fold 3) and of
# the external sets' tune halves re-written by each transform of
# bench/ndr-form.py's list (the notice in quoted-printable or base64, CRLF
# or LF line ends, charset utf-8, iso-8859-1 or iso-2022-jp, fields folded
# at column 40 or unfolded, the delivery-status part as text/plain or in
# base64, the notice HTML only or multipart/alternative, field names in
# lower or upper case, media types in upper case, extra X- fields, an RFC
# 2047 Subject); per transform, how many give
# the same first recipient, status and reason as the original.
# NDR_FORM_ARGS="--show" lists the tuning files whose answer changed.
EXTRA_DIST += bench/ndr-form.py
bench-ndr-form: mxscope
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-form.py $${NDR_FORM_ARGS:-} $(abs_top_builddir)/mxscope \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces} \
	    $(NDR_EXTERNAL_SETS:bench/%=$(abs_top_srcdir)/bench/%)
.PHONY: bench-ndr-form

# bench-ndr-external: the bounce reader on bounces from other bounce-parsing
# projects' fixtures (bench/ndr-external/, labelled blind; SOURCES lists each
# file's origin and licence), then on the second such set (bench/ndr-external2/,
# flufl.bounce's test bounces, labelled blind the same way), then on the third
# (bench/ndr-external3/, 39 bounces from eleven other projects' fixtures;
# ext3 wrote and labelled it without running anything; the lead scored it
# once on main d38840d, after live9's, filt1's, ext2's and prior1's rules
# (round2, ext4 and recip1 came later): recipients 35/39, status 37/39,
# permanent/temporary 37/39, reason 31/39 = 79.5 %; tune half 21/21, 20/21,
# 20/21, 18/21; blind half 14/18, 17/18, 17/18, 13/18).
# Then the fourth (bench/ndr-external4/, 41 bounces Exim generated in its own
# test suite, none of those Sisimai copied): ext4 labelled them before
# running anything or reading the rules, then scored the set once, at main
# 72c19e8, before any rule drawn from it: recipients 39/41, status 38/41,
# permanent/temporary 38/41, reason 18/41 = 43.9 % (the honest unseen figure;
# tune half 22/24, 21/24, 21/24, 12/24; blind half 17/17, 17/17, 17/17, 6/17).
# Rules were then drawn from the tune half's misses only.
# Then the fifth (bench/ndr-external5/, 43 bounces from seven other projects'
# fixtures: Kerio, IceWarp, Sun/Oracle Messaging, Critical Path, Telia, 1&1,
# Barracuda, Cisco CES, OpenSMTPD, old Gmail/Hotmail notices...): ext5
# labelled them before running anything or reading the rules, then scored the
# set once, at main 34857c4: recipients 41/43, status 42/43,
# permanent/temporary 42/43, reason 35/43 = 81.4 % (tune half 25/26, 25/26,
# 25/26, 21/26; blind half 16/17, 17/17, 17/17, 14/17).  One tune-half
# label was then corrected by the corpus's convention (labels.tsv says
# which) and rules drawn from the tune half's misses only.
# Its 11 osandum-* files (a repository with no stated licence) were removed
# by the lead before landing: 32 files remain.
# Totals only, each set whole and by halves; EXT_SHOW=tune also prints the
# tune halves' misses.
EXTRA_DIST += bench/ndr-external-run.sh
.PHONY: bench-ndr-external
bench-ndr-external: mxscope
	for d in $(NDR_EXTERNAL_SETS); do \
	    $(SHELL) $(srcdir)/bench/ndr-external-run.sh $(abs_top_builddir) $(abs_top_srcdir)/$$d || exit 1; \
	done
# ndr-external6 (ext6): 42 bounces from six projects' fixtures aimed at systems the
# corpus lacks (Kerio, IceWarp, CommuniGate, Openwave, 1&1, qmail-ldap, Exchange
# 2003/2010 incl. Swedish, Domino...), labelled before running anything, scored once
# at main 34857c4: batch 1 (37) 37/37 on recipients, status, class and reason;
# batch 2 (5) 5/5, 5/5, 5/5, 3/5 (whole set then 42/42, 42/42, 42/42, 40/42).
# Its 12 osb-* files (a repository with no stated licence) were then removed by the
# lead, and the 3 MimeKit files ext5 also took (kept in ndr-external5): 29 remain.
# ndr-external7 (ext7): 30 bounces from six projects' fixtures no earlier set used
# (EmailEngine, Delta Chat, listmonk, Stalwart, Zotonic, mailparser): Outlook.com/Office 365
# and Gmail in Estonian and German, Mail.ru, Rambler, NetEase 163, Zoho, ZoneMTA, Fastmail,
# Amazon WorkMail/SES, Yahoo/AOL, GMX, Posteo, Tiscali, mox, Stalwart; labelled before
# running anything, scored once at main 3ab09e1: recipients 30/30, status 29/30,
# permanent/temporary 30/30, reason 28/30 = 93.3 % (tune half 13/13, 12/13, 13/13, 12/13;
# blind half 17/17, 17/17, 17/17, 16/17).  One rule (a Status field holding no RFC 3463
# code yields to the diagnostic's) and one label by the corpus's convention followed.
# The lead then removed the 12 EmailEngine files (ee-*: SSPL, not a licence the bench
# takes): 18 remain (Delta Chat 9, listmonk 5, Stalwart 2, Zotonic 1, mailparser 1), all 18/18 on recipients, status and
# class, reason 17/18 (tune half 10/10, blind half 7/8, its miss not read).
# ndr-external8 (ext8): 32 bounces from four projects' test data no earlier set used
# (baunsu, mySociety's commonlib and Alaveteli, Schleuder): older and stranger systems (AOL's
# 2009 sendmail, Dovecot's MDN rejection, Exchange 5.5 IMS, Exchange SMTPSVC DSNs without a
# diagnostic, MessageLabs' and boltblue's qmail, Yahoo's 2008 notice, Sun Messaging, NHS
# Mirapoint, 1&1, WebShield SMTP's mail loop, amavisd-new) and Postfix relaying 2012 ISP
# refusals; labelled before running anything, scored once at main 6fc7851 (369d2ae):
# recipients 32/32, status 28/32, permanent/temporary 29/32, reason 28/32 = 87.5 % (tune half
# 18/18, 15/18, 16/18, 17/18; blind half 14/14, 13/14, 13/14, 11/14): the once-scored figure.
# One rule (a status code's subject must be one RFC 3463 defines, 0-7: Yahoo's "4.16.50"
# is no status) and two labels by the earlier sets' conventions followed: 32/32, 31/32,
# 31/32, 29/32 (tune half 18/18 on all four; blind half unchanged).
# Batch 2 (4 files from MediaWiki's BounceHandler), labelled before running anything, scored
# once after that rule (c86fd0c): batch 4/4, 4/4, 4/4, 2/4; whole set 36/36, 35/36, 35/36,
# 31/36 (tune half 21/21, 21/21, 21/21, 20/21; blind half 15/15, 14/15, 14/15, 11/15).
# One wording followed (Debian exim4's "Mailing to remote domains not supported" is
# norelaying): 36/36, 35/36, 35/36, 32/36 (tune half 21/21 on all four; blind half unchanged).
# ndr-external9 (ext9): 44 real bounces from the fixtures of a project no earlier set used
# (Crisp's email-bounce-parser, MIT): bounce text bodies kept without their headers, as a
# help desk stores them (41 Postfix notices quoting one remote reply, 3 Exchange Online NDR
# texts, 1 Gmail "Delivery incomplete"), the replies of Orange and La Poste (French),
# Yahoo's [TSS04] and RFC.5321 deferrals, Gmail's 4.7.28, 4.2.1, 5.2.1 and 5.7.26,
# Microsoft's 4.7.500, 4.7.650, 5.4.1, 5.4.310, 5.7.129 and S3140, Rackspace, Mailgun,
# IronPort, ProtonMail, Zoho, Locaweb, OVH's SenderFilterAgent, cPanel, qmail chkuser, a
# Sendmail at prodige.net; labelled before running anything or reading the rules, scored
# once at main 0e590be (8da3361): recipients 44/44, status 44/44, permanent/temporary 44/44,
# reason 38/44 = 86.4 % (tune half 23/23, 23/23, 23/23, 21/23; blind half 21/21, 21/21,
# 21/21, 17/21): the once-scored figure.  One rule (a remote reply Postfix folds right
# after its code keeps that code, and an address on the folded line is no recipient) and
# one label by the corpus's convention (Yahoo's [TSS04] at MAIL FROM is rejected) followed:
# 44/44, 44/44, 44/44, 40/44 (tune half 23/23 on all four; blind half unchanged, 17/21).
# ndr-external10 (ext10): 31 real bounces, older and stranger, from the test data of three
# projects no earlier set used: EspoCRM (GPL-3.0: Amazon SES's 2012 expiry, Symantec
# Email.cloud relaying Office 365's 5.4.1), Majordomo 2 (its BSD-style licence: 2000-2003
# sendmail with a broken DSN, MSN's Windows error, CompuServe's "Receiver not found: user1",
# Post.Office, Tumbleweed MMS, WorldSecure, Yahoo 2000, Netscape Messaging Server) and Sympa
# (GPL-2.0+, historic-sympa's t/samples: zarb.org's 2013 Mailman bounces from AT&T Global,
# Virgilio, iseek, Critical Path, mtu.ru, centrum.cz, qmail-ldap, o2.pl, free.fr, onet.pl,
# DESY and Postfix expiries; kept with their CRLF line ends); three batches, each labelled
# before running anything on it or reading the rules and scored once on branch ext10 off main
# 9b526de (batches 2/2, 2/2, 2/2, 2/2; 8/9, 7/9, 7/9, 5/9; 20/20, 20/20, 20/20, 19/20).  The
# whole set's once-scored figure: recipients 30/31, status 29/31, permanent/temporary 29/31,
# reason 26/31 = 83.9 % (tune half 14/15, 14/15, 14/15, 12/15; blind half 16/16, 15/16,
# 15/16, 14/16).  Rules from the tune half's four misses only (a recipient named by its
# local part alone after a failure's words when the text names no address; "receiver" as
# the older word for the recipient; Windows's own error texts are the host's systemerror; a
# mailbox blocked for inactivity is suspended), no label changed: 31/31, 30/31, 30/31,
# 29/31 = 93.5 % (tune half 15/15 on all four; blind half unchanged, 16/16, 15/16, 15/16,
# 14/16, its misses not read); the earlier sets, the corpus (369/372, recipients 370/372),
# bench-ndr-reply (464/527) and bench-live-blind unchanged.
# fb2 (issue 11): the live subject rules (reason-subjects.c) read a bounce's reply when it
# names its command and a 4xx/5xx code and no mail system, phrase or specific status names a
# reason: every tune and blind half unchanged but ext9's blind half, 17/21 -> 18/21 (reason
# 40 -> 41/44); corpus 369/372 (recipients 370/372) and its folds 0, 1, 2, 4 read without their
# own rows (75/81, 62/74, 64/72, 57/70) unchanged; bench-ndr-reply 467/527 and bench-live-blind
# unchanged.  Tried and dropped: the live classifier's whole verdict for a bounce left onhold
# (ext4 blind 13 -> 14/17, ext9 blind 18 -> 19/21, but corpus 369 -> 368/372 and fold 2 without
# its own rows 64 -> 63/72).
# ndr-external11 (ext11): 18 real bounces (17 from CwsMailBounceHandler, LGPL, files
# ../ndr-external5 did not take and no earlier set holds; 1 from Zeta Components Mail,
# Apache-2.0): Exim 3 (2001) behind a Majordomo list, Exim 4.60 delays, Gmail's 2007-2009
# plain notices, Hotmail's 2006 SMTPSVC DSN, qmail in Latvia and Argentina, Yahoo France
# 2017, Postfix with mail.ru's IP block and Latvian ISPs; labelled before running anything
# or reading the rules, scored once on main 696f2dbf: recipients 18/18, status 18/18,
# permanent/temporary 18/18, reason 13/18 = 72.2 % (tune half 8/8, 8/8, 8/8, 6/8; blind half
# 10/10, 10/10, 10/10, 7/10).  Two wordings from its tune half (Exim's "unrouteable mail
# domain" is hostunknown; "does not have enough space" mailboxfull): 18/18, 18/18, 18/18,
# 15/18 (tune 8/8, blind unchanged 7/10); ndr-external4's tune half 13 -> 14/24; corpus,
# folds, bench-live-blind and bench-ndr-reply unchanged.
# ndr-external12 (ext12): 26 real bounce notices as people pasted them into public GitHub
# issue threads (Postfix notices, records and delays, Gmail's 2013-2016 plain notices and
# "Address not found", iCloud, Yahoo, qmail, OpenSMTPD, Exim, Office 365, Exchange Online, a
# Chinese provider's report; addresses and IPs of real people and hosts as documentation
# values); labelled before running anything or reading the rules, committed alone (99b1cf4e
# on main 0e2cd99f), scored once: recipients 23/26, status 24/26, permanent/temporary 24/26,
# reason 21/26 = 80.8 % (tune half 15/17, 16/17, 16/17, 14/17; blind half 8/9, 8/9, 8/9,
# 7/9 = 77.8 %: the honest unseen figure).
# Two mechanisms from its tune half only (Gmail's "Technical details of permanent
# failure:" names Gmail, so a pasted notice whose remote never answered is read; a quota
# counted in a number of recipients is speeding): 24/26, 25/26, 25/26, 23/26 (tune
# 16/17, 17/17, 17/17, 16/17; blind unchanged 8/9, 8/9, 8/9, 7/9); the other sets, corpus
# (369/372; folds 75/81, 63/74, 64/72, 57/70), bench-ndr-reply 472/519 and bench-ndr-form
# on the earlier sets 7825/7826 unchanged (with this set 7905/7919), bench-live-blind
# 579/739 (LIVE_HOST=1 581/739) unchanged.
# form12: the 13 bench-ndr-form changes on this set were its two tune-half files that
# are delivery-status fields pasted alone, which the MIME transforms wrapped as a
# message's header over an empty body (no mail system sends that); ndr-form.py now
# counts a header with no message field (RFC 5322 §3.6, RFC 2045) as pasted text, so
# only identity, field-name case and X- fields apply to it: 7904/7905.
# ndr-external13 (ext13): 18 more real bounce notices pasted into public GitHub issue
# threads, from systems and layouts ext12 had few of (Exchange Online 5.7.133 and German
# 5.4.316, Office 365's group restriction, Haraka, cPanel Exim's hourly limit, Exim via
# MailChannels, an Exim delay over Yahoo [TS03], qmail's relay denial, ITS COMSAT, a
# Chinese-language provider report, Gmail quoting Exim's "Unrouteable address", Postfix
# with Yahoo [TSS06] and "expanded from" records); labelled before running anything or
# reading the rules, committed alone (727ca03a on main e96e09bd), scored once: recipients
# 12/18, status 13/18, permanent/temporary 13/18, reason 10/18 = 55.6 % (tune half 6/10,
# 7/10, 7/10, 6/10; blind half 6/8, 6/8, 6/8, 4/8 = 50.0 %: the honest unseen figure, on
# few files).  No rule was drawn from it (ext13 was the set, its wiring and its one score).
# The other sets' lines of bench-ndr-external unchanged; bench-ndr-form with its tune half's
# 28 transforms 7932/7933 (was 7904/7905; none of this set's changed).
# nfb7: mechanisms from its tune half's misses (5 files), each with typed unit cases and
# look-alikes (tests/unit/ndr-unit.c nfb7_*): a domain with an underscore is an address
# (pasted placeholders); a pasted notice naming no code or reason is a failure when a bounce
# phrase and "This is a permanent error; I've given up" say so (Haraka, qmail); ITS COMSAT's
# "A copy of your message is being returned" and its "=== Failed message follows ===" banner;
# a Chinese provider's report (its bounce phrase, an address run into by CJK words, a sender
# label before a colon, its "connecting to the recipient's mail system failed" networkerror);
# Gmail's "because the address couldn't be found" over a remote's reply read as hostunknown
# is userunknown.  From the last stop's notes: a report naming no recipient sent by a
# MAILER-DAEMON or role mailbox names none (not its From); a role mailbox listed as failed
# stays a recipient.  This set 16/18, 16/18, 16/18, reason 14/18 (tune 10/10 x4; blind
# unchanged 6/8, 6/8, 6/8, 4/8); bench-ndr-external sums reason 396 -> 400/454, recipients
# 441 -> 445, status and class 442 -> 445; corpus 369/372 and folds 75/81, 63/74, 64/72,
# 57/70, bench-ndr-reply 472/519, bench-live-blind 583/745 unchanged; bench-ndr-form
# 7953/7954 (21 more transforms of newly read files, all agreeing).
# ndr-external14 (ext14): 16 more real bounce notices pasted into public GitHub issue
# threads, trackers of software that receives or parses bounces searched first (Sympa,
# Mautic, Dada Mail, PHPMailer-BMH, a newsletter plugin, Purelymail, vmail; 8 files), the
# rest from projects whose own addresses bounced: an Exchange on-premises DSN with Status
# 5.1.0 and no diagnostic (and its two-sentence form), Sendmail's 553 "Unbalanced '>'" and
# 5-day expiry, Exchange Online's French/English full mailbox, Trend Micro's hosted relay
# over Oxford's RPT-UNK, Exim delays (no reason; amavis' 451 4.5.0), SES's "554 DSN is not
# RFC 3464 compliant" via Purelymail, Gmail's NXDOMAIN and "Address not found", DSN fields
# pasted alone, Postfix records and a delay; labelled before running anything or reading
# the rules, committed alone (a68b4a9c on main ef67e405), scored once: recipients 12/16,
# status 13/16, permanent/temporary 13/16, reason 9/16 = 56.2 % (tune half 6/8, 7/8, 7/8,
# 4/8; blind half 6/8, 6/8, 6/8, 5/8 = 62.5 %: the honest unseen figure, on few files).
# The other sets' lines of bench-ndr-external unchanged (no code changed by the set);
# bench-ndr-form with its tune half 7961/7962 (was 7932/7933: its transforms all agree).
# Then two mechanisms from its tune half's misses (EXT_SHOW=tune; the blind half's never
# listed): a notice pasted without its header is read when a mail system's own sentence
# announces the failure of the addresses it lists (src/ndr/ndr-announce.c: Exchange's
# "Delivery to the following recipients failed." above a bare address, and the Exim,
# Sendmail, qmail, Postfix and Gmail sentences; before, only a reply code, status or reason
# let it in), and Sendmail's address parser's "Unbalanced '>'" (also '<', '"', '(' and ')')
# is a malformed recipient address, userunknown as RFC 3463's X.1.3 is.  Set 14: recipients
# 13/16, status 14/16, class 14/16, reason 11/16 (tune half 7/8, 8/8, 8/8, 6/8; blind half
# unchanged 6/8, 6/8, 6/8, 5/8); set 13's tune half 6/10 -> 7/10 on all four (a notice its
# announcement sentence now lets in), its blind half unchanged; the other sets' lines, the
# corpus (369/372; folds 0, 1, 2, 4 without their own rows 75/81 63/74 64/72 57/70) and
# bench-ndr-reply (472/519) unchanged; bench-ndr-form 7969/7970 (two more tune files read).
# A third: a delivery report refused against its format, "not RFC 3464 compliant" (also
# RFC 6522), is notcompliantrfc with no command named, as RFC 5322's is
# (reason-word-rules.c): set 14 reason 12/16 (tune half 7/8); every other bounce line above,
# bench-live and bench-live-blind unchanged.
# The tune half's misses left: Purelymail's notice under a mail client's forward header
# (the "-------- Original Message --------" line makes it read as a forward whose text
# names no recipient: the recipient) and a Postfix delay over "Connection timed out"
# labelled networkerror, which the corpus's convention reads as expired (X.4.1 and
# "connection timed out" are expired there): a label convention, no rule changed for it.

# ndr-external15 (ext15): 17 real bounce notices as public web pages show them (the search
# tool's pages corpus, no GitHub: a forum post, a mailing-list archive, a blog, provider,
# university and vendor help pages; whole Q&A pastes were few there): an Exchange/SMTPSVC
# delay, CommuniGate over a 450 HELO refusal, Exchange's security-policies NDR, Winmail over
# Gmail, qmail's CNAME lookup failure, Exchange 5.5's ambiguous recipient, Exim and
# SmarterMail fragments, Sendmail 1996, IMail over AOL's DYN:T1, DTI and Yahoo Japan,
# Postfix over Gmail's IPv6 PTR refusal, a Sendmail delay warning; labelled before running
# anything or reading the rules, committed alone (3344ecf9 on main ade3e7a1), scored once:
# recipients 17/17, status 17/17, permanent/temporary 17/17, reason 11/17 = 64.7 % (tune half
# 8/8, 8/8, 8/8, 6/8; blind half 9/9, 9/9, 9/9, 5/9 = 55.6 %: the honest unseen figure, on few
# files).  The other sets' lines of bench-ndr-external unchanged; bench-ndr-form with its tune
# half's 50 transforms 8003/8004 (was 7953/7954; none of this set's changed).
# Its tune half's two misses (EXT_SHOW=tune) were labels against the earlier sets'
# conventions, relabelled in the tune half only (IMail's "Delivery failed 2 attempts" over
# AOL's 421 gave up after retrying: expired beside blocked, as ndr-external9 and 12 label it;
# "552 Illegal Attachment" policyviolation beside contenterror, as REASONS reads an
# attachment refused by the receiver's rules); no rule drawn, no code changed: 17/17,
# 17/17, 17/17, reason 13/17 (tune 8/8 x4; blind unchanged 9/9, 9/9, 9/9, 5/9).
# Batch 2 (3 more notices: old Postfix's "No route to host", Winmail's bilingual notice
# over a Spamhaus block, a Korean "550 5.1.1 RUSR No such user" as an Outlook forward),
# labelled before running, committed alone (89d3b308), scored once: 3/3 on all four; whole
# set 20/20, 20/20, 20/20, reason 16/20 (tune 10/10 x4; blind 10/10, 10/10, 10/10, 6/10);
# bench-ndr-form 8011/8012.

# ndr-external16 (ext16): 16 real bounce notices stored as files in public e-mail
# repositories (the search tool's code index: public-inbox mailing-list archives, LKML
# 2001-2005 and 2023-2024, the git list 2007, netdev, netfilter-devel, linux-mm,
# v9fs-developer; OpenACS's test data; Microsoft KB's Exchange 4.0/5.5 NDRs; the Enron,
# SpamAssassin and TREC corpora's files are not in the index): ZMailer's vger.kernel.org
# reports (ORBZ block, Possible Spam, 8-bit data, Message-Id format), Verizon InterMail,
# Postfix 2005 forwarding vger's nosuchuser, Sendmail's spurious-dot 501 5.1.7 and a 2001
# AOL dynamic-IP refusal, bounceio, backscatter (Postfix/Plesk, qmail over QQ's SPF), a
# French ezmlm warning, Exim's greylisting retry timeout; labelled before running anything
# or reading the rules, committed alone (901a940c on main f2bd59da), scored once:
# recipients 9/16, status 11/16, permanent/temporary 11/16, reason 5/16 = 31.2 % (tune half
# 3/5, 4/5, 4/5, 2/5; blind half 6/11, 7/11, 7/11, 3/11 = 27.3 %: the honest unseen figure,
# on few files).  The other sets' lines of bench-ndr-external unchanged; bench-ndr-form with
# its tune half's 55 transforms 8099/8100 (was 8044/8045; none of this set's changed).
# Its tune half's three misses (EXT_SHOW=tune) were gaps of the reader, each fixed by a
# general rule (ndr-unit cases): an address on a "> "-quoted line of a person's post is no
# recipient when the text's own lines name some; a mail system's sentence announcing the
# failure of the listed addresses says bounce in a message's words too (Sendmail's, pasted
# into a post); an X.1.x status the reporting system read off a bare reply code (ZMailer's
# "5.1.1 (bad destination mailbox)") yields to the reply's words.  Afterwards 11/16, 12/16,
# 12/16, reason 8/16 (tune 5/5 x4; blind unchanged 6/11, 7/11, 7/11, 3/11); the third rule
# took ndr-external7's blind half 7 -> 8/8 and ndr-external10's 14 -> 15/16 (sets 1-15 reason
# 430 -> 432/490, blind 181 -> 183/225; with set 16 440/506); corpus 369/372 and folds 75/81
# 63/74 64/72 57/70, bench-ndr-reply 481/519 unchanged, bench-ndr-form 8112/8113 (the Sendmail
# post now read adds 13 transforms, all agreeing).
# ext16 and ext17 deduplicated (lead): nine notices of the two sets were the same messages
# (both helpers mined lore.kernel.org's archives at once); each counts once: seven dropped
# from ndr-external16, two from ndr-external17's blind half whose twins ext16 had read in its
# tune half (each SOURCES lists them).  First runs on the notices kept, rescored on f2bd59da's
# reader (totals only): ndr-external16 9 files, reason 2/9 (tune 1/4, blind 1/5), recipients
# 4/9, status and class 6/9; ndr-external17 13 files, reason 7/13 (tune 3/5, blind 4/8),
# recipients, status and class 10/13.  Now: 16 reason 5/9 (tune 4/4, blind 1/5), 17 reason
# 9/13 (tune 5/5, blind 4/8); all seventeen sets recipients 495/512, status and class 496/512,
# reason 446/512 (tune 258/274, blind 188/238); bench-ndr-form 8177/8178.
# ndr-external17 (ext17): 15 real bounce notices as public mailing-list archives hold them
# (lore.kernel.org's public-inbox archives through their GitHub mirrors, the search tool's
# exact-string index; the pages corpus gave no whole notice): vger's ZMailer reports (2001
# blackhole-site block, 2007 Message-Id format error), an ezmlm warning in French carrying
# vger's HTML-subpart refusal, amavis's BANNED CONTENTS ALERT, InterMail over a misspelled
# domain, bounceio's MESSAGE NOT DELIVERED, ITZBund's German antivirus-gateway letter, Exim's
# "(generated from ...)", Postfix's "(expanded from ...)" over Gmail, QQ's SPF check failed,
# Plesk Postfix over SpamAssassin, 2005 Postfix nosuchuser, Exim giving up on greylisting,
# 2003 Sendmail notices pasted or forwarded; labelled before running anything or reading the
# rules, committed alone (7bb8ff2f on main f2bd59da), scored once: recipients 12/15, status
# 12/15, permanent/temporary 12/15, reason 9/15 = 60.0 % (tune half 5/5, 5/5, 5/5, 3/5; blind
# half 7/10, 7/10, 7/10, 6/10 = 60.0 %: the honest unseen figure, on few files).  The other
# sets' lines of bench-ndr-external unchanged; bench-ndr-form with its tune half's 76
# transforms 8120/8121 (was 8044/8045; none of this set's changed).
# Its tune half's two misses (EXT_SHOW=tune), both the reader's gaps: ZMailer's transcript
# ("<<- " our command, "->> " the reply; ndr-cmd-host.c) now names the command the first
# failure answered ("<<- ." the end of the data); a header line or field named with a fault of
# its form is notcompliantrfc (reason-word-rules.c); ZMailer's router token "nosuchuser" is
# userunknown (reason-phrases.c, Post.Office's "err.nosuchuser" row widened): reason 9 -> 11/15
# (tune 3 -> 5/5, blind unchanged 6/10); every other set's line (reason 430/490, tune 249/265,
# blind 181/225; recipients 479/490), corpus 369/372 and folds 75/81 63/74 64/72 57/70,
# bench-ndr-reply 481/519, bench-ndr-form 8120/8121, bench-live-blind (each line the same
# before and after on this machine, 609/778) and bench-live (100/113, 959/979) unchanged.

# ndr-external18 (ext18): 13 Exchange 4.0, 5.0, 5.5 and 2000 non-delivery reports as
# Microsoft's old Knowledge Base articles quote them (jeffpar/kbarchive in the search tool's
# code index; the three ext16 took skipped): the IMS's "3903 (000B099C) Message exceeds size
# limit" (two) and "3902 (000B099C) Host Unknown" over dial-up DNS, the IMC's "Recipient Not
# Found" (an MX wildcard loop; an MS Mail custom recipient), "3553 553 malformed address:
# IMCEASMTP-...@*", "3902 Host Unknown" for a domain suffix, OWA's 'smtp\:' Unknown Recipient,
# the MS Mail gateway's "Was not delivered for the following reasons ... Reason: 0 (transfer
# failed)" (an unknown address with No proxy; a code-page conflict), Exchange 2000's "<host
# #5.1.1>" for relay tests 6 and 7, the IMS's "Inbound Mail Failure ... Too Many Hops";
# labelled from the NDR's words and the article's cause before running anything or reading the
# rules, committed alone (5e68bbcb on main 9cfb0cc2), scored once: recipients 7/13, status
# 9/13, permanent/temporary 9/13, reason 9/13 = 69.2 % (tune half 4/7, 5/7, 5/7, 5/7; blind
# half 3/6, 4/6, 4/6, 4/6 = 66.7 %: the honest unseen figure, on few files).  The other sets'
# lines of bench-ndr-external unchanged; bench-ndr-form with its tune half's 20 transforms
# 8197/8198 (was 8177/8178; none of this set's changed).
# Its tune half's misses (EXT_SHOW=tune): two files were one gap of the reader, fixed by a
# general rule (ndr-unit case): a recipient Exchange lists as "ADDR on DATE" whose domain is
# a single label ("user@company") or the IMS's wildcard "*" (an IMCEA form, decoded) is the
# recipient when the text names no other address (ndr-text.c, listed_on_addr); both were "not
# an e-mail message".  Left: the IMC's quoted "553 malformed address" (onhold; signing
# Exchange2003 by "MSEXCH:" fixed it but turned a tune file's "3902 Host Unknown" into
# userunknown, not kept).  Afterwards 9/13, 11/13,
# 11/13, reason 10/13 (tune 6/7, 7/7, 7/7, 6/7; blind unchanged 3/6, 4/6, 4/6, 4/6); every
# other set's line unchanged (sets 1-17 reason 446/512, tune 258/274, blind 188/238), corpus
# 369/372 and folds 75/81 63/74 64/72 57/70, bench-ndr-reply 481/519, bench-ndr-form 8205/8206.
# Then a quoted local part holding an "@" (relay test 7's "nobody@mail-contoso.org"@host, read
# as the inner address) is one address (ndr-addr.c, RFC 5321 §4.1.2): recipients 10/13 (tune
# 7/7; blind unchanged 3/6); every other bench above unchanged.

# ndr-external19 (ext19): 10 failure notices as vendors' old Knowledge Base articles quote them
# (jeffpar/kbarchive in the code index; for later articles the pages corpus's stored KB mirrors,
# ftp.zx.net.nz's copy of ftp.microsoft.com/MISC/KB, betaarchive's Microsoft KB Archive,
# support.microsoft.com; one IBM Lotus technote as a forum post quotes it; the articles ext16 and
# ext18 took skipped): Exchange 2000's generic "did not report a specific reason ... #5.0.0",
# Exchange 2003's "could not find a way to successfully communicate with the destination system
# ... <host> #5.5.0", two "#5.1.1" (KB 284204's example; KB 195671's display name run into the
# address), the IMC's "3902 Host Unknown" and "Recipient Not Found" (Q168557), Outlook 2000-2003's
# and Outlook Express's own send-error reports (550 Relaying Denied twice, 553 malformed address),
# Domino R5's Delivery Failure Report quoting "250 Message received OK."; labelled from the
# notice's words and the article's cause before running anything or reading the rules, committed
# alone (4d196499 on main 87928e8f), scored once: recipients 10/10, status 10/10,
# permanent/temporary 10/10, reason 6/10 = 60.0 % (tune half 7/7, 7/7, 7/7, 4/7; blind half 3/3,
# 3/3, 3/3, 2/3 = 66.7 %: the honest unseen figure, on three files).  The other sets' lines of
# bench-ndr-external unchanged (sets 1-18 reason 456/525, tune 264/281, blind 192/244; with this
# set 462/535, tune 268/288, blind 194/247); bench-ndr-form with its tune half's 37 transforms
# 8242/8243 (was 8205/8206; none of this set's changed).
# Two mechanisms from its tune half (words that say they name no reason, Exchange's "did not
# report a specific reason" and a quoted 2yz reply, are undefined; Outlook's send-error report
# gives the reply its "Server Response: '...'" field quotes, at RCPT): reason 6 -> 8/10 (tune
# half 4 -> 6/7; blind half unchanged 2/3); every other line unchanged (sets 1-19 reason
# 464/535, tune 270/288, blind 194/247), corpus 369/372 and folds 75/81 63/74 64/72 57/70,
# bench-ndr-reply 481/519, bench-ndr-form 8242/8243.

# ndr-external21 (ext21): 3 failure notices as knowledge-base articles quote them, from the pages
# corpus (the Exchange 2003-2010 KB articles stored there quote only reply lines or templates;
# the articles ext16, ext18 and ext19 took skipped; heldout-dedupe found three drafted notices
# held, dropped): CompuServe's 1996 "Undeliverable message / Illegally formatted To: header text"
# (Microsoft KB Q153060), a Proofpoint-relayed Sendmail DSN over Exchange Online's "554 5.4.14
# Hop count exceeded - possible mail loop" (GFI/Kerio article 110249), a Sendmail DSN over
# Symantec Brightmail's "554 5.7.1 Delivery not authorized" (MIT's KB); labelled from the
# notice's words and the article's cause before running anything or reading the rules,
# committed alone (378262bd on main 5e74eabb), scored once: recipients 2/3, status 3/3,
# permanent/temporary 3/3, reason 1/3 (tune half 1/2, 2/2, 2/2, 1/2; blind half 1/1, 1/1, 1/1,
# 0/1: the honest unseen figure, on one file).  bench-ndr-form with its tune half's 17
# transforms 8259/8260 (was 8242/8243; none of this set's changed).

# ndr-external22 (ext22): 11 real bounce notices as people pasted them into public pages, from the
# pages corpus: OKWave's question q986206 (through a mirror) and ten posts showing a notice the
# author or a customer received (Japanese, German and English blogs); the brief's Stack Exchange
# and forum threads held almost no whole notice there (about 130 searches; SOURCES says what they
# gave).  A Gmail forward's delay over 452-4.2.2 over quota, an Exim 48-hour delay over Gmail's
# unsolicited-rate limit, Yahoo! JAPAN's Failure Notice "Message expired for domain" over a 454
# relay denial, T-Online's Postfix over a SpamCop block at RCPT, Sendmail's reason line cut at
# "550-5.7.1 Our system has detected that this message is", two Postfix records of Gmail's IPv6
# refusals (authentication; unsolicited), WILLCOM's "552 ... volume of recipient's mailbox
# exceeded", procmail's "Quota exceeded" under Sendmail's "Can't create output", mixi's Postfix
# over Hotmail's "mailbox unavailable", Gmail's send-as relay over Sendmail's "Command rejected";
# heldout-dedupe on the 16 drafted: 2 held (dropped), 2 near, 12 new; two more dropped because a
# live set holds their reply from the same page, one as an earlier set's kind.  Labelled before
# running anything or reading the rules, committed alone (42b76e92 on main b9bca0d4), scored
# once: recipients 9/11, status 9/11, permanent/temporary 10/11, reason 8/11 (tune half 5/5 on
# all four; blind half 4/6, 4/6, 5/6, 3/6: the honest unseen figure, on six files).  The tune
# half has no miss (EXT_SHOW=tune lists none), so no rule was drawn from it.  bench-ndr-form
# with its tune half's 56 transforms 8315/8316 (was 8259/8260; none of this set's changed);
# every other set's line unchanged; twenty-one sets recipients 527/549, reason 478/549 (tune
# 281/295, blind 197/254).

# ndr-external23 (ext23): 16 real bounce notices as blogs and ISP, hosting and vendor help pages
# show them, from the pages corpus (English, Polish, Dutch, Japanese and Korean pages; the other
# languages the brief asked for gave only explainers there, some 60 searches; SOURCES says which):
# a Polish-localised qmail preamble over maildrop's "maildir over quota", Postfix's pipe
# "permission denied. Command output: maildrop: maildir over quota", Infomaniak's Postfix over
# "account administratively disabled", two Sendmail notices of a Polish host (a bare "Can't
# create output"; "User unknown" read after DATA with "503 5.0.0 Need RCPT"), DSN field blocks
# alone (a Dutch host's "550 5.1.1.  No such user", Hotmail's "550 relay not permitted",
# Hotmail's "unknown user account" under 5.5.0), Sendmail over Outlook's S3140, Exim over
# Hotmail's OU-001 at MAIL FROM, SmarterMail cutting Gmail's reply to its last line, a Japanese
# ISP's Postfix "User unknown in local recipient table", a Sendmail 4-hour warning over "451
# 4.1.8 Domain of sender address ... does not resolve", Yahoo's qmail "(#5.4.4)" for a typo
# domain, two 1997 Sendmail notices (RCPT "User unknown"; "Cannot send message for 5 days" over
# a connection timeout).  heldout-dedupe: 0 held, 0 near, 16 new.  Labelled before running
# anything or reading the rules, committed alone (fddc3cb8 on main e641b4d6), scored once:
# recipients 12/16, status 14/16, permanent/temporary 14/16, reason 12/16 (tune half 6/9, 8/9,
# 8/9, 7/9; blind half 6/7, 6/7, 6/7, 5/7: the honest unseen figure, on seven files).
# bench-ndr-form with its tune half's 46 transforms 8361/8362 (was 8315/8316; none of this set's
# changed); every other set's line unchanged; twenty-two sets recipients 539/565, reason 490/565
# (tune 288/304, blind 202/261).
# From its tune half (7 miss lines in 4 files, EXT_SHOW=tune): an address the reply's own words
# call the sender's ("Domain of sender address a@b does not resolve", Sendmail's check_mail text
# in its transcript) is no recipient (ndr-rcpt.c), so Sendmail's warning names the recipient of
# its "... Deferred:" line with the 451 4.1.8 it quotes; Hotmail's "unknown user account" naming no
# command relabelled userunknown|filtered (the earlier sets' convention); two page masks left as
# misses.  After: ext23 recipients 13/16, status 15/16, class 15/16, reason 14/16 (tune 7/9,
# 9/9, 9/9, 9/9; blind unchanged); twenty-two sets recipients 540/565, reason 492/565 (tune
# 290/304, blind 202/261), every other set's line unchanged; corpus 369/372 and folds 75/81
# 63/74 64/72 57/70, ndr-reply 483/519, form 8361/8362, all unchanged.

# ndr-external24 (ext24): 14 real bounce notices of mail systems the sets hold few notices of,
# pasted whole into GitHub issue threads (the issues corpus) and pastebin pastes (the docs
# corpus; the pages corpus gave only vendors' documentation for them, some 45 searches, SOURCES
# says which): hMailServer's "Could not connect ... since this would mean connecting to myself",
# a Domino Delivery Failure Report over "5.1.2 - Bad destination host 'DNS Hard Error ... no A
# record'", Yahoo's own "Unable to deliver message after multiple retries, giving up" and its
# qmail over Postfix's "User unknown in virtual mailbox table", Gmail's 2011 delay over "454 TLS
# not available", its "Delivery incomplete" time-out and its failure over qmail's "553 ... not in
# my validrcptto list (#5.7.1)", a Spanish Exchange notice over Hotmail's SC-001 and a Spanish
# Outlook report over "451 ... local error in processing", one.com's Halon relay ("550 5.1.1 ...
# Recipient Rejected"; a delay over "400 Could not connect" with Status 5.4.7), IONOS (GREETING
# "554 5.7.1 You are not allowed to connect"; "multiple delivery attempts failed"), Sun Messaging
# Server's "550 5.7.1 ... Access denied" under Status 5.1.1.  heldout-dedupe: 0 held, 0 near, 14
# new.  Labelled before running anything or reading the rules, committed alone (09787c0d on main
# 78ea9fa0), scored once: recipients 12/14, status 12/14, permanent/temporary 12/14, reason 7/14
# (tune half 7/8, 7/8, 7/8, 5/8; blind half 5/6, 5/6, 5/6, 2/6: the honest unseen figure, on six
# files).  bench-ndr-form with its tune half's 54 transforms 8415/8416 (was 8361/8362; none of
# this set's changed); every other set's line unchanged; twenty-three sets recipients 552/579,
# reason 499/579 (tune 295/312, blind 204/267).
# From its tune half (6 miss lines in 3 files, EXT_SHOW=tune): Gmail's later delay notice
# ("Delivery incomplete ... Gmail will retry for 45 more hours.") is Gmail's by its sentence
# (ndr-rules.c), so a pasted copy quoting no reply is read (was no bounce); three labels changed to
# the earlier sets' conventions (a validrcptto refusal under Gmail's notice filtered beside
# userunknown; one.com's delay under Status 5.4.7 and Gmail's delay over a failed connection
# expired beside networkerror).  A rule reading that delay as networkerror was dropped: the corpus
# fell 369 -> 368/372 (the held-out fold, figures only).  After: ext24 recipients 13/14, status
# 13/14, class 13/14, reason 10/14 (tune 8/8 on all four; blind unchanged 5/6, 5/6, 5/6, 2/6);
# twenty-three sets recipients 553/579, reason 502/579 (tune 298/312, blind 204/267), every other
# set's line unchanged; corpus 369/372 and folds 75/81 63/74 64/72 57/70, ndr-reply 484/519
# unchanged, form 8415/8416 -> 8419/8420 (the newly read file's 4 transforms agree).
# ndr-external25 (ext25): 22 real bounce notices as pastebin.com pastes show them, from the
# search tool's docs corpus (which stores pastebin pages; about fifteen searches with the
# notices' own sentences, SOURCES says what they gave and what was passed over): 1&1's
# "multiple delivery attempts failed", Comcast's own DSN and Exchange's "#5.5.0" over an
# IronPort's multi-line 554 greeting, a French Exchange delay over "SocketError", Exim (a 554 at
# the greeting, NeoMutt's "Unrouteable address", a failed pipe, a retry timeout to Honduras, an
# SRS sender refused at Hamburg CCC), Gmail over Barracuda's "quarantined" and qmail's
# validrcptto, one.com's Halon over GMX, Outlook's Spanish client notices (451, 501), Postfix
# (free.fr over a remote "Unrouteable address", o2switch's lost greeting, MessageLabs, a requested
# delivery report, a Syrian ISP, OVH's 450 4.7.1 reverse hostname), qmail at mailthrower.com,
# Sendmail over UUCP.  heldout-dedupe on 25 drafted: 2 held and 1 near dropped, 22 new.
# Labelled before running anything or reading the rules, committed alone (8c2dfee9 on main
# a24adb2a), scored once: recipients 17/22, status 19/22, permanent/temporary 20/22, reason
# 11/22 (tune half 5/7, 5/7, 6/7, 3/7; blind half 12/15, 14/15, 14/15, 8/15 = 53.3 %: the honest
# unseen figure, on fifteen files).  bench-ndr-form with its tune half's 24 transforms
# 8385/8386 (was 8361/8362; none of this set's changed); every other set's line unchanged (no
# code changed).

# From its tune half (7 files; EXT_SHOW=tune listed 9 miss lines in 5): a reply that is a
# greeting alone, a 4xx or 5xx code and the server's host name ("554-ironport-2.example.com",
# the first line of an IronPort's multi-line 554 greeting as Comcast's DSN and Exchange's
# "#5.5.0 SMTP; 554-host> #SMTP#" quote it), names the session's opening as its command
# (ndr-cmd-host.c; RFC 5321 §3.1, §4.2), and a permanent refusal there whose words name no
# reason is read as the live reader reads it at the banner (ndr-classify.c's stage_default,
# after_data widened: blocked); Gmail's notice of qmail's "553 ... not in my validrcptto list
# (#5.7.1)" naming no command relabelled userunknown|filtered (the earlier sets' convention).
# Tried and not kept: Outlook's Spanish subject "Sin entregar:" as a bounce's title (ndr-rules.c)
# read its tune file, but bench-ndr-form's identity and X-field transforms re-write that paste's
# leading "De:" line as a header, and the reader then gave no or another recipient (8385/8386
# -> 8386/8391).  Then the status Exchange's wrapper gives the reply it quotes ("#< #5.5.0
# smtp;554 ...> #SMTP#", '#', an RFC 3463 status and "smtp;" just before the reply) is that
# reply's when it carries none (ndr-diag.c; was inferred from the code, 5.0.0).  Left: Sendmail's
# UUCP recipient "kj4wii!aaron" (a bang path, no "@") is not an address, so the Received line's
# "id <AA00000@kj4wii.uucp>" is taken.  After: ext25 recipients 17/22, status 20/22, class
# 20/22, reason 14/22 (tune 5/7, 6/7, 6/7, 6/7; blind unchanged 12/15, 14/15, 14/15, 8/15); the
# other twenty-two sets unchanged (recipients 540/565, reason 492/565, tune 290/304, blind
# 202/261; with ext25 557/587, 506/587, tune 296/311, blind 210/276); corpus 369/372 and folds
# 75/81 63/74 64/72 57/70, ndr-reply 484, form 8385/8386, all unchanged.

# ndr-external26 (ext26): 19 real bounce notices as pastebin.com pastes (18) and a gist show them,
# from the search tool's docs corpus, found with phrases ext25 did not search (other languages'
# notices, mail systems' own headings; SOURCES says what they gave and what was passed over):
# Postfix delays (a broken transport "mail transport unavailable", Sirma's rebranded Postfix,
# ProtonMail with a domain as Final-Recipient), two mail loops (Zentyal's forwarding loop,
# Rackspace's "loops back to myself" under a Spanish forward), Sendmail's "553 5.3.5 system
# config error", AOL's Sendmail over Gandi's Postfix at DATA, ecelerity's "No Such User Here",
# Exim's alias "ultimately generated from", 1&1 over Outlook.com's Spamhaus at MAIL FROM, Postfix
# in Spanish and English over 1&1's 554 greeting (blacklisted IP; invalid PTR under Status
# 4.0.0), Exchange in French (5.7.900 transport rule), Brazilian Portuguese (Sender verify
# failed) and European Portuguese (5.7.23 SPF), Office 365's 5.7.103, 5.7.501 and "suspects your
# message is spam", Gmail's delay over "451 Temporary local problem".  heldout-dedupe: 19 new.
# Labelled before running anything or reading the rules, committed alone (e17c9810 on main
# 211260b9), scored once: recipients 18/19, status 19/19, permanent/temporary 19/19, reason
# 14/19 (tune half 14/14, 14/14, 14/14, 10/14; blind half 4/5, 5/5, 5/5, 4/5 = 80.0 %: the
# honest unseen figure, on five files).  bench-ndr-form with its tune half's 65 transforms
# 8508/8509 (was 8443/8444; none of this set's changed); every other set's line unchanged (no
# code changed).
# From its tune half (4 reason misses, EXT_SHOW=tune): Exchange Online's help pointer ("see DSN
# 5.7.103 Errors in ...", "see DSN code 5.7.1 in Exchange Online") names a status to look up, no
# reply: the reader's first code skips it (ndr-codes.c) and reads the reply under "Diagnostic
# information for administrators"; Postfix's own "mail transport unavailable" (qmgr, 4.3.0) is
# systemerror (ndr-rules.c).  After: ext26 reason 14/19 -> 16/19 (tune 10/14 -> 12/14; blind
# unchanged 4/5; recipients 18/19, status 19/19, class 19/19 unchanged); every other set's line
# unchanged; corpus 369/372 and folds 75/81 63/74 64/72 57/70, ndr-reply 484, form 8508/8509,
# all unchanged.  Then Office 365's newer notice's heading "Sender Action Required" (or
# "Recipient Action Required"), a line alone, is its template's, cut out of the diagnostic
# (ndr-diag.c; "... rejected it. ... Sender Action Required" read rejected): ext26 reason 16/19
# -> 17/19 (tune 12/14 -> 13/14; blind unchanged), every other line the same.  Left: Office
# 365's 5.7.103 (its 5.7 status reads securityerror).

# ndr-external27 (ext27): 12 real bounce notices public git repositories hold, from the search
# tool's code index (find_string, read_file) in repositories no earlier set took from: posts of
# mailing-list archives kept in git (lfdr.de mirrors of linux-bluetooth, platform-driver-x86,
# netdev, qemu-devel, linux-scsi, linux-edac; a linux-media mirror; oss-security and
# cygwin-patches mailboxes) in which a member forwarded, pasted or quoted a notice, and one blog
# kept in git (Flickr's Postfix "Command died with status 111"): a Postfix forwarder's Status
# 4.7.26 over Gmail's 550-5.7.26, vger's HTML-subpart and 8-bit refusals through three other
# notices, Zoho's "Message headers fail syntax check" (Status: 550), Exchange Online's 5.4.317
# with Winsock 995, Exim over "550 Unrouteable address", Postfix over Oracle's 5.1.1, qmail over
# Gmail's DMARC inside an ezmlm warning, sourceware's "List address must be in To: or Cc:",
# Intel's relay giving up over 450 4.7.25.  heldout-dedupe: 12 new (1 near dropped).  Labelled
# before running anything or reading the rules, committed alone (4696da2f on main 7f5d9044),
# scored once: recipients 8/12, status 8/12, permanent/temporary 10/12, reason 3/12 (tune half
# 5/8, 5/8, 6/8, 1/8; blind half 3/4, 3/4, 4/4, 2/4 = 50.0 %: the honest unseen figure, on four
# files).  bench-ndr-form with its tune half's 82 transforms 8590/8591 (was 8508/8509; none of
# this set's changed); every other set's line unchanged (no code changed).
# From its tune half (7 files): a reply's quotes are tried in turn until one reads as a bounce
# (ndr.c, ndr-forward.c), an inline reply's words set into a quoted NDR are skipped and the
# quote's pieces joined, Thunderbird's "<name> wrote on <date> at <time>:" is an attribution
# (ndr-quote.c), 1&1's "for TEXT command" names DATA (ndr-cmd-host.c), Cisco's "was
# undeliverable. The reason for the problem:" announces a failure (ndr-announce.c), a header
# failing a syntax check is notcompliantrfc (reason-word-rules.c), a remote's "Unrouteable
# address" at RCPT is userunknown (ndr-classify.c, as man REASONS says): ext27 reason 3/12 ->
# 9/12 (tune 1/8 -> 7/8; blind unchanged 2/4), recipients, status 11/12, class 12/12; ext25
# reason 14/22 -> 15/22 (blind 8/15 -> 9/15, not unseen: that blind file's answer was seen by
# mistake, ndr-external27/SOURCES); every other set's line unchanged; corpus 369/372, folds
# 75/81 63/74 64/72 57/70; ndr-reply 484; form 8616/8617; bench-live-blind 662 -> 664/847.
# Batch 2 (aba4a19e, after those rules; 3 notices quoted in list posts, all in the blind half:
# Intel's relay over a virtual-mailbox "User unknown", Gmail's "may contain a virus", Exchange
# Online's RecipNotFound line pasted in a quoted reply), labelled blind, scored once as a
# batch: recipients 1/3, status 1/3, class 1/3, reason 1/3 (unseen); the set of 15: 12/15,
# 12/15, 13/15, reason 10/15 (tune 8/8, 8/8, 8/8, 7/8; blind 4/7, 4/7, 5/7, 3/7).
# ndr-external28 (ext28): 8 real bounce notices from non-English pages and threads (the search
# tool's issues, docs and pages corpora; SOURCES says what some ninety searches in German,
# French, Spanish, Portuguese, Italian, Dutch, Polish, the Nordic languages, Russian, Turkish,
# Japanese, Chinese and Korean gave, and what was passed over): a German Exchange report's
# "Diagnoseinformationen für Administratoren" block over "550 5.4.4 Unable to relay"; Postfix
# pasted in a French thread over Office 365's 5.7.606, in a Spanish one over Cyrus LMTP's
# "550-Mailbox unknown ... 5.1.1", in a Polish one over interia.pl's SPF refusal; the same Polish
# thread's "The reason for the problem: 5.x.1 - Maximum number of delivery attempts exceeded"
# over Yahoo's 421 TSS04; Postfix under French client labels over Hotmail's 550 5.5.0, a French
# host's Postfix over a 554 greeting under Status 4.0.0; sakura's Japanese help page's Sendmail
# warning over "451 ... Name server timeout".  heldout-dedupe: 8 new (3 held drafts dropped).
# Labelled before running anything or reading the rules, committed alone (3befb4b1 on main
# 7f5d9044), scored once: recipients 8/8, status 8/8, permanent/temporary 8/8, reason 5/8 (tune
# half 2/2, 2/2, 2/2, 1/2; blind half 6/6, 6/6, 6/6, 4/6 = 66.7 %: the honest unseen figure, on
# six files).  Every other set's line unchanged (no code changed).
# From its tune half (one miss, EXT_SHOW=tune): a pasted notice's delivery-status fields (RFC
# 3464 §2.2, from a "Reporting-MTA:" line after the notice's words) are no words of its failure:
# the reason's words end there (ndr-section.c's mx_ndr_words_end, used by ndr-classify.c; the
# DSN reader still reads the fields), so "X-Postfix-Sender" beside "refused to talk to me" names
# no refused sender and a 554 greeting naming only its host reads blocked (was rejected).
# After: ext28 reason 5/8 -> 6/8 (tune 1/2 -> 2/2; blind unchanged 4/6); every other set's line
# unchanged (all sets 538 -> 539/628, blind halves 220/293); corpus 369/372 and folds 75/81 63/74
# 64/72 57/70 unchanged (read without their own rows: fold 2 61 -> 62/72), ndr-reply 484, form
# 8516/8517.
# rev20 narrowed it: only the field groups are blanked (mx_ndr_blank_fields), not the words
# below them (a notice pasted with its fields first); every figure above unchanged.
# ndr-external29 (ext29): 8 real bounce notices list members quoted, pasted or answered in posts
# of the lfdr.de mailing-list mirrors kept in git, in lists ext27 did not take (linux-arm-msm,
# amd-gfx, linux-arm-kernel, linux-stm32, devicetree, linux-xfs; one linux-edac and one netdev
# post as exceptions, SOURCES says why): Exchange Online's "The email address you entered
# couldn't be found" under the address (quoted; pasted into an Outlook quote with a display
# name), Gmail's "Recipient inbox full", its "Message not delivered ... because the remote
# server is misconfigured" (quoted and rewrapped; pasted), its "The response from the remote
# server was:" over 585 5.1.1 "undeliverable address: No such user here", Postfix over vger's
# Bogofilter quoted three deep, Zoho's "ERROR CODE :550 - spamcop.mimecast.org Blocked".
# heldout-dedupe: 8 new.  Labelled before running anything or reading the rules, committed alone
# (f1e10d09 on main 084abd75), scored once: recipients 4/8, status 4/8, permanent/temporary 4/8,
# reason 3/8 (tune half 1/1, 1/1, 1/1, 1/1; blind half 3/7, 3/7, 3/7, 2/7 = 28.6 %: the honest
# unseen figure, on seven files; the CRC-32 split gave this set one tune file, which it got
# right, so the tune half teaches no rule).  Every other set's line unchanged (no code changed);
# all sets' reason 550/643 -> 553/651, blind halves 224/300 -> 226/307; bench-ndr-form with its
# tune half's 11 transforms 8624/8625 -> 8635/8636 (all agree).
# ndr-external30 (ext30): 14 real bounce notices people pasted into GitHub issue and
# pull-request threads of repositories no earlier set cites (the search tool's issues corpus):
# a "message delivery failure report" over Gmail's 550-5.1.1, Internode's "5.1.0 - Unknown
# address error 530-'5.7.0 Must issue a STARTTLS command first'", mailbox.org's "Cannot start
# TLS: handshake failure", Dooray!'s "Your mail was denied from the receiver.", Exchange
# Online's 5.7.367 over namecheap's "Relay access denied", porkbun's 554 5.7.1 Relay access
# denied, ETH's "550-Callout verification failed" over 5.1.10 RecipientNotFound, IONOS's "550
# Requested action not taken: mailbox unavailable", Exim's bare "550 Administrative
# prohibition", Postfix returning over an unreachable IPv6 exchanger and a timed-out alias
# target, Postfix over "cannot find your hostname", Gmail 2017 over "Client host rejected:
# Access denied", qmail 1999 looking up "sabre.com>".  heldout-dedupe on 19 drafted: 5 held
# (dropped), 14 new.  Labelled before running anything or reading the rules, committed alone
# (6512deb4 on main 8e76c07f), scored once: recipients 13/14, status 13/14, permanent/temporary
# 13/14, reason 11/14 (tune half 6/7, 6/7, 6/7, 5/7; blind half 7/7, 7/7, 7/7, 6/7 = 85.7 %: the
# honest unseen figure, on seven files).  Every other set's line unchanged (no code changed);
# all sets' reason 553/651 -> 564/665, blind halves 226/307 -> 232/314; bench-ndr-form with its
# tune half's 24 transforms 8635/8636 -> 8659/8660 (all agree).
# From its tune half (two files, ext30): Cisco's "5.1.0 - Unknown address error 530-'5.7.0
# ...'" takes the quoted reply's status when its subject is not the address's
# (ndr-classify.c), securityerror; "Your message sent to a has failed to be delivered."
# announces a failure without a header (ndr-announce.c) and Dooray!'s "Your mail was denied from
# the receiver." is filtered (ndr-rules.c).  ext30 13/14 -> 14/14 recipients, status and class,
# reason 11/14 -> 13/14 (tune 7/7; blind unchanged 6/7); ext13 and ext18 blind recipients 6/8 ->
# 7/8 and 3/6 -> 5/6 (ext18 status 4/6 -> 6/6); all sets' reason 564 -> 566/665, blind 232/314;
# corpus 369/372 and folds 75/81 63/74 64/72 57/70, ndr-reply 485/519 unchanged; form
# 8659/8660 -> 8663/8664.
# ndr-external31 (ext31): 9 real bounce notices that software keeps as test mails (Zimbra's
# zm-mailbox, the Drupal inmail module, Snap! Websites, the Resonance framework, Claviron's
# bouncer, a webmail's sample list) or that list mirrors archived as backscatter, in
# repositories no earlier set cites (the search tool's code corpus): Outlook.com's NDR of a
# forwarding rule over Gmail's "550-5.2.1 ... receiving mail at a rate" (ReceivingRatePerm),
# Postfix "Postmaster Copy" notices over null MX and over "554 5.7.1 <a>: Recipient address
# rejected: Access denied", an "Extensible Content Security" gateway over "Host or domain name
# not found", Postfix's old "This is the Postfix program" over "Client host rejected: Access
# denied", mailcow over iCloud's Spamhaus PBL refusal, Postfix over Gmail's "likely unsolicited
# mail", Postfix backscatter over Dovecot LMTP's "User doesn't exist" and QQ's "Mailbox
# unavailable or access denied".  heldout-dedupe on 11 drafted: 1 held, 1 near (dropped), 9 new.
# Labelled before running anything or reading the rules, committed alone (580b40c8 on main
# a653fc35), scored once: recipients 9/9, status 9/9, permanent/temporary 9/9, reason 8/9 (tune
# half 4/4 on all four; blind half 5/5, 5/5, 5/5, 4/5 = 80 %: the honest unseen figure, on five
# files); its tune half has no miss, so no rule from it.  Every other set's line unchanged (no
# code changed); all sets' recipients 630/665 -> 639/674, reason 567/665 -> 575/674, blind
# halves recipients 284/314 -> 289/319, reason 232/314 -> 236/319; bench-ndr-form with its tune
# half's 67 transforms 8664/8669 -> 8731/8736 (all agree).
# Batch 2 (31e72a08; three real notices a course site's support-inbox bounce parser keeps as
# test mails: Namecheap Private Email's Postfix over jellyfish's outbound "550 Rejected due to
# high probability of spam. Reason: JFE040000", jellyfish's ZoneMTA "failed permanently" with
# Status 5.0.0 over Gmail's 452-4.2.2, jellyfish's delay with five addresses in one
# Final-Recipient), labelled blind, committed alone, scored once as a batch with the run script
# on its three files alone (all three fall in the blind half): recipients 2/3, status 3/3,
# permanent/temporary 2/3, reason 2/3 (unseen; the misses not read).  The set of 12: 11/12,
# 12/12, 11/12, reason 10/12 (tune half 4/4 on all four; blind half 7/8, 8/8, 7/8, 6/8 = 75 %);
# all sets' recipients 641/677, reason 577/677, blind halves recipients 291/322, reason
# 238/322 (make bench-ndr-external); no tune file added, no code changed, so bench-ndr-form
# stays 8731/8736 (rerun: MXSCOPE_CORPUS=/work/shared/corpus/bounces make bench-ndr-form).
# ndr-external32 (ext32): 8 real bounce notices in languages other than English or of
# non-English providers, pasted into GitHub issue threads of repositories no earlier external set
# cites (one, hitobito/hitobito, is cited by live sets: see its SOURCES) and one kept there as a
# test mail: a German Exchange NDR from srv51.tophost.ch over Gmail's "550-5.7.1 Messages with
# multiple addresses in From: header are not accepted", a Swiss provider's four-language
# "Delivery Status Notification" over 552 5.2.2 over quota, German Exchange Online's "Das
# Postfach des Empfängers ist voll", a Postfix line for uberspace's "550 ... That recipient is
# not allowed" in a German thread, NHN Dooray!'s notice over "Requested action not taken:
# mailbox unavailable", a Chinese provider's "很抱歉您发送的邮件被退回" over Cloudflare's 550 5.1.1,
# and two quoted Chinese providers' recipient-unknown sentences.  heldout-dedupe: 8 new.
# Labelled before running anything or reading the rules, committed alone (87ba240f on main
# 685893ea), scored once: recipients 7/8, status 8/8, permanent/temporary 8/8, reason 6/8 (tune
# half 3/3, 3/3, 3/3, 2/3; blind half 4/5, 5/5, 5/5, 4/5 = 80 %: the honest unseen figure, on
# five files).  Every other set's line unchanged (no code changed); all sets' recipients
# 641/677 -> 648/685, reason 577/677 -> 583/685, blind halves recipients 291/322 -> 295/327,
# reason 238/322 -> 242/327; bench-ndr-form with its tune half 8731/8736 -> 8743/8748.
# From its tune half (one miss): NHN Dooray!'s "Remote host said :" quotes the receiving server's
# reply without its code or command, and RFC 5321's 550 text "Requested action not taken: mailbox
# unavailable" there is the recipient's refused mailbox, userunknown (a Dooray row in
# ndr-rules.c; was filtered, the corpus's reading of a recognised system's no-command
# unknown-user words).  ext32 reason 6/8 -> 7/8 (tune 2/3 -> 3/3; blind unchanged 4/5); all sets'
# reason 583 -> 584/685, blind halves 242/327 unchanged; corpus 369/372 and folds 75/81 63/74
# 64/72 57/70, bench-ndr-reply 486/519, bench-ndr-form 8743/8748 unchanged.

# From its tune half (one file): a CompuServe user ID written with its comma
# ("76543,210@compuserve.com") is one address (ndr-addr.c), and a header named illegally,
# badly or improperly formatted is notcompliantrfc (ext17's word rule widened), the row
# relabelled to ext17's convention (notcompliantrfc beside its first labels): recipients 3/3,
# reason 2/3 (tune half 2/2; blind half unchanged 1/1, 0/1); sets 1-19 unchanged (recipients
# 515/535, reason 466/535, tune 272/288, blind 194/247), corpus 369/372 and folds 75/81 63/74
# 64/72 57/70, bench-ndr-reply 481/519, bench-ndr-form 8259/8260, bench-live-blind 639/821.

# bench-ndr-firstrun (nfb1, issue 11): the bounce reader as each external
# set first met it.  bench/ndr-firstrun.py builds tests/unit/ndr-run (the
# reader alone; its --json is mxscope --ndr --offline --json) at each set's
# first-run commit (SOURCES, above: set 1 main 0449e10, 2 1be4480, 3
# d38840d, 4 72c19e8, 5 34857c4, 6 bed1d89 + batch e8483b5, 7 0419dc2, 8
# 369d2ae + batch c86fd0c, 9 8da3361, 10 8d50c60 + f970cff + d3aabaa, 11
# 1bab2024) in $(abs_top_builddir)/ndr-firstrun, reads today's files and
# labels, and prints each half's totals (the blind half's only) and, with
# NDR_FIRSTRUN_ARGS="--show --build $(abs_top_builddir)", the TUNE half's
# first-run reason misses with today's answer and the step that gives it;
# "--port" ports nfb1's change onto every first-run tree.  Some ten minutes.
# First runs with today's labels: tune halves 170/220 reason (recipients
# 212/220), blind halves 143/190 (181/190): sets 1, 2, 3, 4 and 11 as their
# SOURCES say; 5, 7 and 8 differ from them by the files removed since and
# the labels set by the sets' conventions after the first run.
# The 50 tune-half first-run misses by what decided the wrong reason
# (wanted->got; "open": still wrong on main 568bf21):
#  22  D1 the status's default: a generic status (X.0.0, 4.0.0, most
#        inferred) and no rule on the words gave onhold
#     9  a. words naming a reason in a wording no phrase rule held (other
#           languages, a system's own token): userunknown->onhold x3
#           (French MIMEsweeper, German Domino, Post.Office err.nosuchuser),
#           suspend->onhold, norelaying|systemerror->onhold,
#           systemerror|mailererror->onhold, mailboxfull->onhold,
#           filtered|rejected->onhold (Exim's "(filter fail)"),
#           contenterror|policyviolation|notcompliantrfc->onhold (open:
#           CommuniGate's "Messages without To: fields are not accepted")
#     8  b. the notice's own template read as the diagnostic, the
#           failure's words elsewhere or none: undefined|mailererror->onhold
#           x3, undefined->onhold, undefined|mailererror|systemerror->onhold
#           (Exim: "This message was created automatically...", then
#           "...The following address(es) failed:"; 2 open),
#           hostunknown|networkerror->onhold (Postfix's "please include this
#           problem report"), userunknown->onhold x2 (open: LLNL's and
#           phquery's directory lookups, the words above or under a title)
#     5  c. words naming no reason (Exim's "forced failure" x2, "delivery
#           cancelled", a router's own sentence; Postfix's "temporary
#           failure"): undefined|rejected->onhold x3,
#           rejected|undefined->onhold, expired|systemerror->onhold; all
#           open: a label convention others would split on (the corpus
#           reads such words onhold)
#  12  D2 unknown-user words with no command named read as a filter (the
#        corpus's reading): userunknown->filtered x12; plain1's rule took 9;
#        open: Yahoo's sbcglobal wording (the corpus's X2 files are
#        filtered), xinnet, mail.ru's Exim (its verdict)
#   6  D3 a phrase rule on the wrong words: hostunknown->networkerror x2
#        (Exim's "unrouteable mail domain"), systemerror|mailererror->blocked
#        and networkerror|expired->blocked ("Connection refused" of a local
#        program and of Postfix's own connect), rejected->hostunknown
#        (open: a sender verification quoting "the account or domain may
#        not exist"), expired|networkerror->systemerror (open: Microsoft's
#        "4.4.4 Temporary server error" after 92 hours)
#   6  D4 the text hidden or mis-cut (no bounce read, or the status from the
#        wrong place): userunknown->(none) x2 (Exchange behind leading blank
#        lines, CompuServe's bare "Receiver not found"), userunknown->
#        undefined (Hotmail's UTF-7 text), filtered|rejected->systemerror
#        (InterMail's text, 5.3.0 alone decided), userunknown->filtered
#        (a Postfix fold cut at "5.2.1 <"), expired->toomanyconn (Sun
#        Messaging's attempt history gave Yahoo's "4.16.50"); all right now
#   2  D5 the status's own reading (X.2.1 filtered) against the words:
#        suspend->filtered x2 (free.fr's inactivity block; open: Polish
#        "Konto niedostepne")
#   2  D6 a label convention: "local delivery failed" is systemerror in
#        the corpus, mailererror in the labels: mailererror->systemerror,
#        rejected|undefined|userunknown|mailererror->systemerror (open)
# 32 of the 50 are right on main; main's 20 tune misses are these 18 and
# two Exim notices the first run got right by a wrong recipient
# (undefined->onhold, hostunknown|undefined->onhold).
# The largest mechanism is D1; its open part a reader can mend without a
# label question is D1b.  nfb1's change (src/ndr/ndr-diag.c
# mx_ndr_list_intro, src/ndr/ndr-classify.c): a failure whose only text is
# the notice's line announcing the failed addresses (ends in a colon, names
# no reason) has no words of its own: undefined, as one with no text, not
# onhold.  Ported onto the first-run trees (--port; no row drawn from a
# set, so leave-one-set-out is the same): tune halves 170 -> 171/220 (set
# 5's Exim "The following text was generated during the delivery
# attempt:"), none lost; blind halves 143 -> 145/190 (totals only).  On
# main 568bf21: bench-ndr-external reason 357 -> 362/410 (tune halves
# 200 -> 203/220: ndr-external4 14 -> 17/24; blind halves 157 -> 159/190:
# ndr-external4 13 -> 14/17, ndr-external5 9 -> 10/12), recipients 405/410
# unchanged; bench-ndr 369/372 and folds without their own rows 75/81
# 62/74 64/72 57/70, bench-ndr-reply 471/519, bench-ndr-form 7824/7826,
# bench-live-blind 498/629 (LIVE_HOST=1 499/629) unchanged.  Of the tuning
# files (corpus folds 0, 1, 2, 4 and the tune halves) only four answers
# change: the three Exim notices above and phquery's "Error Detail
# (phquery V3.0):" title, onhold -> undefined (wrong either way).
# Left: D1c and D6 are label conventions; D2's three open files are the
# corpus's own reading of those systems (changing it costs corpus rows).
# nfb2 (D1b's "under a title"), tried and measured, NOT kept: in
# src/ndr/ndr-diag.c mx_ndr_from_block, a paragraph that is one line ending
# in a colon and naming no reason (mx_ndr_list_intro) gave way to the words
# under it, past their own title lines ("------ addr ------"), when words
# stood there (else the line stayed: an emptied text lets the whole
# section's reading take a reply quoted elsewhere, ndr-unit's "reply
# quoted above the recipients" cases 2-4).  On main 01c6c60 every figure
# was unchanged: bench-ndr-external reason 362/410 (tune 203/220, blind
# 159/190), recipients 405/410; bench-ndr 369/372, folds without own rows
# 75/81 62/74 64/72 57/70; bench-ndr-reply 471/519; bench-ndr-form
# 7824/7826; bench-ndr-forward 6795/7020.  Of the tuning files only
# phquery's reason moved, undefined -> onhold (labelled userunknown: its
# words "Does not have a final email delivery point" name no reason the
# rules know); 9 diagnostics carried the words under the title instead of
# it.  Ported onto the first-run trees with nfb1's change
# (NDR_FIRSTRUN_ARGS=--port2; sets 1-4, phquery's set 2 among them, have no
# such step): tune halves 170/220 (nfb1's port alone 171: set 5's Exim
# "The following text was generated during the delivery attempt:" over a
# pipe's "uid=..." output, right as undefined with the line, onhold with
# the words under it), blind halves 145/190 (the same as nfb1's port).  No
# reason gained anywhere and one first-run answer lost: the measured "no".
# LLNL's lookup bounce (the words above the address, no title) is another
# layout, not tried.
# nfb3 (issue 11): the corpus's tuning folds read without their own rows,
# the honest estimate for bounces from the corpus's source the reader
# never saw (MXSCOPE_CORPUS=.../bounces NDR_HELDOUT=3 NDR_SPEED=0
# NDR_ROTATE=1 NDR_ROTATE_LIST=1 NDR_BASIS=1 make bench-ndr; fold 3 never
# listed or opened).  On main 3ca02a1: folds 0, 1, 2, 4 75/81 62/74 64/72
# 57/70 = 258/297 (86.9 %).  The 39 misses by what decided the wrong
# reason once the fold's own rows were off (wanted->got):
#  11  M1 a row keyed by a mail system that fires on no other fold's files
#        (its documented or evident convention; the general rules read the
#        words otherwise): Amazon SES's "Email address is not verified"
#        norelaying->rejected and "Duplicate header" contenterror->
#        notcompliantrfc; Yahoo's [TSS04] "unexpected volume or user
#        complaints" rejected->badreputation x2 (both files in fold 1);
#        au's section "the user(s) account is disabled" suspend->
#        userunknown; Gmail's "(state 18)" filtered->policyviolation;
#        receiving SES's "Mailbox does not exist" filtered->userunknown x2;
#        Orange's LPN000_630 policyviolation->blocked; Mimecast's "security
#        policies" virusdetected->policyviolation; Exchange 2007's
#        signature and RESOLVER.RST.AuthRequired securityerror->filtered
#        (the mail system's "~filtered: resolver.rst" default)
#   8  M2 the status's own reading: a specific status decided where only
#        the fold's rows read the words: 4.3.2 toomanyconn->notaccept
#        ("Connection rate limit exceeded"), 5.7.0 policyviolation->
#        securityerror ("Header error"), 5.7.1 rejected->securityerror
#        (Courier's "can't determine Purported Responsible Address"), 5.2.1
#        speeding->filtered ("receiving mail at a rate"), 5.2.0
#        spamdetected->filtered (Orange's "Mail rejete ... ofr_506"), 5.2.3
#        mesgtoobig->exceedlimit (RESOLVER.RST.RecipSizeLimit), 4.4.7
#        blocked->expired (Sendmail's "Deferred: Connection refused by"),
#        5.1.0 toomanyconn->userunknown (Spectrum's AUP#IN code; a phrase
#        read "sender rejected" but the status decided)
#   7  M3 the status's default: a generic status (X.0.0, 5.5.0, none) and
#        words naming a reason in a wording only the fold's rows held:
#        ->onhold for requireptr x2 ("unverifyable sending IPs", "domain
#        ... mismatches client ip"), notaccept (Exim's RFC 7505 "no SMTP
#        service"), policyviolation ("550 Protocol violation"),
#        spamdetected ("Blacklisted URL in message"), expired x2 (Zoho's
#        "Host not reachable")
#   5  M4 a rule on the wrong words: badreputation->blocked (the block
#        word rule on "...low reputation of the sending IP ... blocked"; the
#        reputation word rule fires on fold 0 alone), norelaying->
#        systemerror ("550 Insecure Mail Relay" at MAIL: the error
#        section's other transcript lines), systemerror->filtered (Gmail's
#        template "rejected by the recipient domain" over "does not
#        support TLS (state 6)"), rejected->userunknown (another
#        recipient's "550 user unknown" read through the section under
#        "is not a registered gateway user"), policyviolation->contenterror
#        (the subject rule's "content ... blocked" in Gmail's "content
#        presents a potential security issue")
#   4  M5 unknown-user words with no command, read by whether a mail
#        system was recognised (the corpus's convention splits by system,
#        D2 above): filtered->userunknown x2 (Apache James and MailFoundry
#        recognised by their fold's rows alone), userunknown->filtered x2
#        (IMail's "Unknown user:", Outlook's "mailbox unavailable")
#   2  M6 missed on the whole corpus too, label conventions:
#        filtered->userunknown ("The email account that you tried to reach
#        does not exist"), blocked->requireptr ("Missing reverse DNS")
#   2  M7 detection and the text's cut: FML recognised by its fold's row
#        alone ("Duplicated Message-ID") systemerror->onhold; a program
#        recipient mailererror->onhold (X-Actual-Recipient "|IFS=' ' &&
#        exec procmail ... #user@host" lost its "|" when cut to the
#        address; the diagnostic is cut from the Status line)
# M1-M3 (26) are rows by construction: any row that fires on one fold's
# files alone is turned off for it, whatever source it was written from,
# so only a change that is no row, or a row that also fires on other
# folds, can move the figure.  Mended (no row): M7's program recipient,
# src/ndr/ndr-dsn.c: a "|..." recipient in X-Actual-Recipient or
# Final-Recipient sets the mailer flag before the address is cut to its
# addr-spec (ndr-unit: two cases fail before).  Folds without their own
# rows 75/81 62 -> 63/74 64/72 57/70 = 259/297 (87.2 %); with the rows
# they hid 70 61 61 56 -> 71 62 61 56; evidence ablation 72 65 64 57 ->
# 72 66 64 57; whole corpus 369/372, every answer identical (the
# procmail phrase rows no longer decide: 18 rows off in fold 1, not 20);
# bench-ndr-external reason 362/410, recipients 405, status 404, class
# 404; bench-ndr-reply 471/519; bench-ndr-form 7824/7826;
# bench-live-blind 527/668 (LIVE_HOST=1 529/668): all unchanged.  Not
# ported to bench-ndr-firstrun: no external file (tune or blind half)
# has a "|" recipient in a DSN field (the 410 files' ndr-run --json output
# is byte for byte main's, compared by checksum, no name printed), so the
# port changes nothing.
# Tried, no: nb2's word statistics as the last evidence for an onhold
# answer (margin 8) fix none of M3 and break one onhold file of fold 0
# (bench-ndr-words has the same "no").  M4's section reading would give
# onhold, no better; M5 and M6 are label conventions.
# nfb4 (issue 11): nfb3's two precision bugs, whose words a recipient's
# reason is read from; mended generally, no row.  1. A recipient whose own
# words decide nothing read the whole error section, in a bounce with
# several recipients another's failure (rfc3464-35's "550 user unknown"
# under "is not a registered gateway user", nfb3's M4) or the transcript
# with another host.  src/ndr/ndr-own.c gives the section's text about one
# recipient (the lines naming it and those under them, text naming no
# recipient; never a line naming another nor the lines under it; a line
# between one naming another and one naming it is no one's), read by the
# section fallback, the section's mail-system and agent rows, the give-up
# and delay phrases (ndr-classify.c), the free-text reader's whole-section
# diagnostic (ndr-text.c) and the remote host (ndr-enrich.c).  2. A DSN left
# in plain text: the diagnostic read after Final-Recipient took its field
# lines ("5.5.0 Last-Attempt-Date: ...").  A paragraph holding an RFC 3464
# §2.2-2.3 field: its field lines (X- too) are no words; the
# Diagnostic-Code's value is the diagnostic, else the lines that are no
# field and a Status's comment ("4.0.0 (host name lookup failure)")
# (ndr-diag.c; mx_ndr_dsn_field_line in ndr-dsn.c).  ndr-unit: 8 typed
# cases fail before.  On main e5c2b76 (commands as the brief's, in build/):
# MXSCOPE_CORPUS=.../bounces NDR_HELDOUT=3 NDR_SPEED=0 NDR_ROTATE=1 make
# bench-ndr: whole 369/372, folds 0, 1, 2, 4 without their own rows 75/81
# 63/74 64/72 57/70, with the rows they hid 71 62 61 56, evidence ablation
# 72 66 64 57: all unchanged; make bench-ndr-external: reason 362/410
# (tune 203/220, blind 159/190), recipients 405, status 404, class 404
# unchanged; make bench-ndr-reply 472/519 unchanged; make bench-ndr-form
# 7824 -> 7825/7826 (dsn-text: lhost-x3-05's DSN as text/plain is
# undefined as the original, was onhold by its field lines; the one left is
# lhost-office365-08, another matter); make bench-ndr-forward 6795/7020
# unchanged; make bench-live-blind 538/684 (LIVE_HOST=1 540/684)
# unchanged.  Answers changed on the tuning files (the 517 of corpus folds
# 0, 1, 2, 4 and the external tune halves, every recipient's address,
# reason, status, diagnostic, reply code, remote host, command and hard
# flag compared, mxscope --ndr --offline --json before and after): 4 files,
# no first recipient's address, reason or status: lhost-sendmail-54 and
# rfc3464-04 lose a diagnostic made of field lines (reason unchanged);
# lhost-v5sendmail-07's third recipient loses another host's name
# (mailin1..., its transcript is smtp.example.edu's: now none);
# ndr-external4's exim-dsn-remote-550-and-local-failed: d3 (after b1,
# unscored) systemerror -> onhold (b1's "local delivery failed" is not its
# "550 hard error"), b1 (local) loses d3's remote host 127.0.0.1.  Read
# without their own rows (NDR_ROTATE_LIST=1, the tuning folds' misses of
# both builds compared) one answer moves: rfc3464-35 (fold 4) rejected ->
# userunknown becomes rejected -> onhold (still a miss: no general rule
# names "not a registered gateway user"; the other recipient's words no
# longer decide).  Left: the free-text reader's block after an address
# (mx_ndr_from_block) runs to the next recipient's address, so its remote
# host may still be read from a host line above that one (Sendmail's
# "While talking to H:"): lhost-v5sendmail-07's mikeneko gets
# smtp.example.edu, before and after.
# nfb5 (issue 11): whose words belong to a recipient in a plain-text
# bounce naming several (no DSN part), mended by each layout's structure,
# no row. The free-text reader's block after an address ran to the next
# recipient's address, so the next one's host line ("... while talking to
# H.:", Exim's "host H [IP]: SMTP error ... RCPT TO:<a>:") and words were
# credited to the one above, and the last listed read the whole transcript
# (another's reply, code and host).  src/ndr/ndr-block.c: a block ends at
# the start of the line naming another recipient (at the address when a
# reply's words come before it on that line) or of the lines right above
# it naming its domain and not the recipient's (Sendmail's "550
# example.net (smtp)... 550 Host unknown"), or earlier at a Sendmail
# transcript's "... while talking to H.:" line whose part does not name
# the recipient; within ownership's bounds (16 recipients, 64 KiB), at a
# line another recipient's address opens again (Exchange's technical
# details; not an address inside a reply).  ndr-own.c: a talk line is the
# remote host of every recipient its part names (two RCPTs of one host
# share it).  Lotus Notes's words above each address; a recipient named
# again takes the codes of its own later block when its first words hold
# none; an address inside a reply opening an indented line is no recipient
# of its own.  The command named before the address on its line or in the
# text about it. Remote host: Postfix's "This is the mail system at host
# H." is the reporting host, never a recipient's; "connect to H[IP]",
# "host" folded onto the next line, qmail's "IP does not like recipient" /
# "Connected to IP but", Courier's "H [IP]:", Exchange's "H #550" name it.
# ndr-unit: typed Sendmail (three hosts; list then transcript; list
# without reasons; one host, two RCPTs; V5's domain lines), Exim (host
# before the address; a reply naming another recipient), Postfix, qmail,
# Courier, Exchange and Lotus Notes bounces of two or three recipients
# whose hosts, codes and reasons differ; 39 of its 51 checks fail on main
# 4bf1e103 (e.g. the Sendmail list without reasons: lee filtered, kim
# onhold, ann mailboxfull with lee's 5.1.1 and host; now userunknown,
# mailboxfull, norelaying, each its own host).  On main 4bf1e103 plus this
# branch, in build/: MXSCOPE_CORPUS=.../bounces NDR_HELDOUT=3 NDR_SPEED=0
# NDR_ROTATE=1 make bench-ndr: whole 369/372, recipients 370/372, folds 0,
# 1, 2, 4 without their own rows 75/81 63/74 64/72 57/70 (with the rows
# they hid 71 62 61 56): unchanged; make bench-ndr-external: reason
# 362/410, recipients 405, status 404, class 404, every set's halves
# unchanged (a first try that ended a block at ANY later mention of
# another recipient cost ext2's blind half one reason, 33 -> 32/40, found
# by switching each part off and reading totals only; only an address
# opening its line counts now); make bench-ndr-reply 472/519,
# bench-ndr-form 7825/7826, bench-ndr-forward 6795/7020, bench-live-blind
# 555/710 (LIVE_HOST=1 557/710): unchanged; tests/unit/ndr-mailbox.sh
# passes (a typed 1.8 MB transcript of 48,000 talk lines reads in 0.02 s).
# Answers changed on the tuning files (the 517 of corpus folds 0, 1, 2, 4
# and the external tune halves, mxscope --ndr --offline --json before and
# after, every recipient's address, reason, status, reply code, remote
# host, command, diagnostic and hard flag compared): 44 files, no address,
# reason, status, reply code or hard flag.  remote_mta 41 fields in 37
# files: 12 lose the reporting host (Postfix's local deliveries:
# lhost-postfix-01, -06, -17, -45, -56, -64, rfc3464-09, ...), 18 gain one
# (qmail's IP in lhost-qmail-02, -08, -09, -14...-25, ext2/3/8 qmail
# files; Postfix's "connect to" in lhost-postfix-15, rfc3464-34, ext3 dada
# 4.4.1), 11 move to the right host (lhost-postfix-08 fallback7.mail.ru ->
# example.com, its "connect to example.com[...]"; lhost-v5sendmail-07
# mikeneko smtp.example.edu -> mailin1.example.org, its talk line, and
# hachiware none -> smtp.example.edu; ext9's four "mailer.acme.email" ->
# the folded "host\n H"; ext/ext6 bp-postfix "server H" under the
# reporting host).  command 8 fields in 4 files (none -> RCPT: ext3's five
# Gmail recipients, ext4 d3, ext7 bob, from the text about them;
# lhost-v5sendmail-07 mikeneko RCPT -> none, the RCPT was hachiware's).
# diagnostic 5 files (lhost-gmx-03: the next line's '"' no longer closes
# it; lhost-v5sendmail-04: kijitora loses mikeneko's "550 example.ac.jp
# (smtp)... 550 Host unknown"; lhost-v5sendmail-07: mikeneko loses "While
# talking to smtp.example.edu"; ext2 fb-llnl's first recipient stops at
# the next one's line; ext2 fb-earthlink, below). Recipients: ext2
# fb-earthlink-552-quota-violation 2 -> 1 (userx was only named inside
# usery's " 552 Quota violation for userx@" reply; usery's diagnostic is
# now that whole reply; its label accepts either).  Left: Exim's "------
# a@b ------" banners over the text each group of addresses got (ext4
# exim-seven-recipients) still read by the fallback.
# nfb6 (issue 11): three things fz5 and nfb5 noticed, no row.  1. A
# session transcript's ">>> RCPT TO:<a>" (or "after RCPT TO:<a>") naming
# another recipient ends a block as a line that address opens does (RFC
# 5321 4.1.1.3: the reply that follows answers that command), on nfb5's
# block ends (ndr-block.c): a Postfix list's last recipient ("connect to
# H[IP]:25: Connection timed out") no longer reads the transcript of the
# others' RCPTs (was mailboxfull with lee's 5.1.1).  2. Exim's "------ a@b
# ------" banners (a group over each text, up to the next banner or the
# one naming no address before the copy of the message) give each address
# the text under its group when its own words hold no code, before the
# whole-section fallback.  3. The text report prints "at CMD" when no
# remote host is known (was "remote MTA ?"); ui/ui-ndr.c shows no host
# line then already.  ndr-unit nfb6_rules: 7 of its 10 checks fail on
# main 8b582fd (the others guard lee, kim and the first banner group).  On main 8b582fd plus
# this branch, in build/: MXSCOPE_CORPUS=.../bounces NDR_HELDOUT=3
# NDR_SPEED=0 NDR_ROTATE=1 make bench-ndr: whole 369/372, folds 0, 1, 2, 4
# without their own rows 75/81 63/74 64/72 57/70: unchanged; make
# bench-ndr-external: reason 362 -> 363/410 (ext4 31 -> 32/41, its tune
# half: exim-local-delivery-failed-three systemerror -> mailererror, the
# pipe's text under the banner), recipients 405, status 404, class 404;
# bench-ndr-reply 472/519, bench-ndr-form 7825/7826: unchanged.  Answers
# changed on the tuning files (corpus folds 0, 1, 2, 4: 297 files; the
# external tune halves: 220; --ndr --offline --json before and after): 0
# corpus files; 4 external: ext4 exim-local-delivery-failed-three (reason,
# above; diagnostic "local delivery failed" -> the pipe's text), ext4
# exim-bounce-of-bounce-to-postmaster and ext5
# exim-local-delivery-text-uid-no-reason (diagnostic: the "following text
# was generated" title -> the text under the banner), ext4
# exim-seven-recipients-returned-text (seven diagnostics: the template's
# first paragraph -> "This is some returned text.").  All for the better.
# nfb8 (issue 11): a sweep of the misses left on tuning data (EXT_SHOW=tune: 23 lines in 21
# files; bench-ndr-reply: 47 rows), grouped by cause.  Mechanisms fixed (1), each with typed
# unit cases and a look-alike (ndr-unit.c nfb8_*, t-reason-words.c "nfb8"):
#  a. our sender failed the receiver's verification (Exim's callout "Sender verify failed",
#     Postfix's "Sender address rejected: undeliverable address"): rejected whatever the
#     probe's quoted answer or the recipient's status names, in the diagnostic or the
#     recipient's own error section, as the live reader's at_mail rows (reason-live.c
#     mx_rr_sender_unverified; ndr-classify.c sender_unverified): ext pbh-sendmail-sender-
#     verify-failed hostunknown -> rejected, reply cPanel's callout userunknown -> rejected;
#  b. a To:/Cc: field named as required or absent is the message's form, notcompliantrfc,
#     as the set25 From rule (reason-word-rules.c): ext be-communigate-no-to-header;
#  c. a role mailbox in another failed recipient's template slot (the same words before it
#     on its line, "Unable to send to abuse@..." over "Unable to send to legal@...") is a
#     failed recipient (ndr-text.c role_in_slot): ext12 gh-cn-provider two recipients;
#  d. Coremail's "Local user only" (at RCPT and MAIL) is norelaying (reason-phrases.c):
#     two reply rows, one bench-live held-out line, one blind line (total only);
#  e. Microsoft's unlisted X.7.500-699, permanent, read as reason.c reads them live (a
#     refused "sender" is the sending host: blocked; ndr-classify.c microsoft_ban): reply
#     Exchange Online's 5.7.511 rejected -> blocked.
# Measured on nfb8's branch (from main 343a244e): bench-ndr-external reason 428 -> 430/490
# (tune 247 -> 249/265, blind 181/225 unchanged), recipients 478 -> 479/490, status and
# class 479/490; bench-ndr 369/372, folds 0, 1, 2, 4 without their own rows 75/81 63/74
# 64/72 57/70 (every fold line unchanged); bench-ndr-reply 472 -> 476/519; bench-ndr-form
# 8044/8045; bench-live corpus 100/113, held-out lines 950 -> 951/979; bench-live-blind
# 605 -> 606/778 (LIVE_HOST=1 607 -> 608); make wordstats relearnt with the new unit
# cases (committed; every figure above measured with it).  Of the tuning
# files (corpus folds 0, 1, 2, 4 and the external tune halves, 562) 3 JSON answers change,
# each toward its label (a, b, c above).
# Tried and dropped (3): a failure whose temporary status reads systemerror under a
# give-up ("after 30 attempt(s) to deliver over a period of 92 hour(s)") as expired:
# ext2 fb-outlook-relay-4.4.4 right, but it breaks the corpus's precedence "the reason
# inside the giving-up wrapper" (ndr-unit: qmail-ldap's LDAP failure inside qmail's
# wrapper is systemerror); left.
# Left as label conventions (2): Exim's "forced failure" x2, "delivery cancelled", a
# router's own sentence, "cannot route" of a quoted local part, Postfix's "temporary
# failure" (onhold where labels say undefined|rejected etc.: D1c above, the corpus reads
# words naming no reason onhold); "local delivery failed" (D6, systemerror in the
# corpus); Exim's retry timeout of the temporary class (ext4 exim-filter-lookup labels
# 5.0.0; bba183f9: the corpus's Exim expiry is 4.x); a Postfix delay over "Connection timed
# out" (expired in the corpus, networkerror in ext14's label).  Left as measured
# trade-offs (3): Yahoo/sbcglobal's "no account", Xinnet's and Mail.ru's unknown user with
# no command (D2: the corpus reads them filtered); phquery's and LLNL's directory lookups
# (nfb2's colon-title change, measured and reverted); free.fr/Polish "Konto niedostepne"
# (D5, X.2.1's own reading); AOL's "550 Action not taken" after DATA (no words naming a
# reason); Purelymail under a forward header (ext14).  The reply rows left: about 15 are
# the bench's own limit (a pasted reply carries no stage: greeting, EHLO and MAIL refusals
# of Sina, Coremail, Cox, IronPort, Gandi, Exim read as at RCPT), most others need the
# exchanger's host a paste lacks (Zoho x3, Mimecast, QQ, AOL 521, Sophos, T-Online,
# nic.ru, Forpsi); bench-live reads those at their stage with their host.
# tune2 (issue 11): the external sets' tune-half misses left (20 lines in 18 files, EXT_SHOW=tune
# on main af6b9f97), by mechanism.  Fixed:
#  a. a delay notice (Action: delayed, RFC 3464 §2.3.3: its sender still retries) read as
#     expired only by its connection attempt's timeout (Postfix's "delivery temporarily
#     suspended: connect to h[a]:25: Connection timed out" under 4.4.1) names the network:
#     networkerror, as the corpus's Postfix delay over "No route to host" (a tuning file)
#     is; a failure's notice and a delay under X.4.7 stay expired (ndr-classify.c
#     still_retrying; ndr-unit tune2_rules).  The earlier reading of this miss as a label
#     question (above) weighed the failure notices only.  bench-ndr-external reason
#     466 -> 467/535 (tune 272 -> 273/288: ndr-external14 7 -> 8/8; blind 194/247, every
#     blind line unchanged); bench-ndr 369/372, fold lines 75/81 63/74 64/72 57/70, every
#     line the same; bench-ndr-reply 483/519, bench-ndr-form 8242/8243, bench-ndr-forward
#     6795/7020 and bench-ndr-quote 4500/4680 (non-bounces 2/2 none) unchanged; of the 297
#     tuning-fold corpus files no JSON answer changes.
#  b. a remote's 5xx (not 552) to the final dot whose words the rules find naming no reason
#     (onhold: "550 Action not taken (in reply to end of DATA command)") refused the message
#     (RFC 5321 §3.3, §4.2.3: every recipient already taken): read as the live reader reads
#     that reply at DATA (reason.h mx_reason_classify: contenterror, or the receiver's
#     failure or a spam filter its words name, reason-datadefault.c); a 552 stays with the
#     subject rules' size reading, a 4xx and RCPT stay on hold (ndr-classify.c after_data;
#     ndr-unit tune2_rules; nfb4's Exim "550 Requested action not taken" after end of data
#     onhold -> contenterror, pinned).  bench-ndr-external reason 467 -> 468/535 (tune
#     273 -> 274/288: ndr-external12 16 -> 17/17; blind 194/247, every blind line
#     unchanged); bench-ndr 369/372, fold lines 75/81 63/74 64/72 57/70 unchanged; fold 4
#     without its rows and those they hid 56 -> 57/70, under --rule-every 57 -> 58/70 (no
#     other line moves); bench-ndr-reply 483/519, bench-ndr-form 8242/8243,
#     bench-ndr-forward 6795/7020, bench-ndr-quote 4500/4680 (non-bounces 2/2 none)
#     unchanged; no JSON answer of the 297 tuning-fold corpus files changes.
#  Left (label questions, each as nfb8 left it): Exim's router and filter texts naming no
#     reason ("forced failure" x2, "delivery cancelled", a router's sentence, "cannot route
#     this one") onhold where ext4's labels say undefined|rejected (man REASONS: onhold);
#     Postfix's bare "temporary failure" (ext1); Exim's "retry timeout exceeded" of the
#     temporary class (ext4; the corpus's expiries are soft); "local delivery failed"
#     (systemerror in the corpus); unknown-user words with no command under a recognised
#     system read filtered (Yahoo/sbcglobal, xinnet's qmail, mail.ru's verdict: the corpus's
#     reading); Polish "Konto niedostepne" under X.2.1 (filtered by the status). Left as
#     measured before (nfb2, nfb8): LLNL's and phquery's directory lookups; Outlook relay's
#     4.4.4 after 92 hours.  Not done for want of time: Purelymail's notice under a forward
#     header whose labels were lost (bare date, From and To lines: no recipient found; with
#     those lines removed the recipient is read).
# tune5 (issue 12): the external sets' tune-half reason misses on main b55ed9b4 (16, EXT_SHOW=tune).
#  Fixed: Office 365's "For Email Administrators" part calling the failure "likely a temporary
#     service error" (its 5.7.103 sent-items agent) is systemerror, not its X.7 class's
#     securityerror (ndr-rules.c section row; ndr-unit tune5_rules).  bench-ndr-external reason
#     584 -> 585/685 (tune 342 -> 343/358; blind 242/327 unchanged), recipients 648/685; bench-ndr
#     369/372, fold lines 75/81 63/74 64/72 57/70; bench-ndr-reply 487/519 -- unchanged.
#  Fixed: Gmail's "(state 15|17|18)" family (after DATA, the recipient's filter) names the step,
#     not the cause: a reply there whose words the shared rules read as spam ("we consider it
#     SPAM ... (state 18)") is spamdetected (ndr-classify.c pattern_in's "a&=name"; ndr-unit
#     tune5_rules).  Tried first: a "~filtered" default (the corpus's lhost-gmail-03, "Header
#     error (state 18)", filtered, read policyviolation: 369 -> 368/372) and a bare Gmail
#     "=spamdetected" row (ext24's Gmail delay over a low-reputation 5.7.1 naming "spam",
#     badreputation|blocked, read spamdetected).  bench-ndr-external reason 585 -> 586/685 (tune
#     343 -> 344/358; blind 242/327 unchanged), recipients 648/685; bench-ndr 369/372, fold lines
#     75/81 64/74 64/72 57/70 (fold 1 without its own rows 63 -> 64); bench-ndr-reply 487/519.
#  Left (label conventions, or measured before by nfb2/nfb8/tune2): Exim's "forced failure",
#     "delivery cancelled", router texts and "local delivery failed"; Postfix's bare "temporary
#     failure"; Exim's retry-timeout class; D2's unknown-user words read filtered (Yahoo/sbcglobal,
#     xinnet, mail.ru); free.fr/Polish "Konto niedostepne" under X.2.1; LLNL's and phquery's
#     directory lookups; Outlook relay's 4.4.4 after 92 hours.

EXTRA_DIST += bench/ndr-firstrun.py
.PHONY: bench-ndr-firstrun
bench-ndr-firstrun:
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-firstrun.py \
	    $(NDR_FIRSTRUN_ARGS) $(abs_top_srcdir) \
	    $(abs_top_builddir)/ndr-firstrun

# --- dashboard benchmark (ui engineer): first frame, key latency, idle ---
EXTRA_DIST += bench/ui-bench.sh
.PHONY: bench-ui
bench-ui: mxscope
	$(SHELL) $(srcdir)/bench/ui-bench.sh $(abs_top_builddir)

# bench-live: the live classifier on the corpus's quoted replies (livediag).
# Then the held-out sets of providers' documented replies (bench/live-heldout*.tsv).
# Totals only; LIVE_SHOW=1 also prints each set's misses (which un-blinds a
# held-out set: see README).
EXTRA_DIST += bench/live-bench.sh bench/live-heldout.tsv \
	bench/live-heldout2.tsv bench/live-heldout3.tsv bench/live-heldout4.tsv \
	bench/live-heldout5.tsv bench/live-heldout6.tsv bench/live-heldout8.tsv
.PHONY: bench-live
# The held-out sets whose misses have been read: read whole (1-6 and 8;
# set 1 is bench/live-heldout.tsv) or their tune half (the rest), in the
# order the lines are printed; a new held-out set joins LIVE_TUNE_SETS.
# A last line sums the held-out lines (not the corpus replies above them).
LIVE_TUNE_WHOLE = 1 2 3 4 5 6 8
LIVE_TUNE_SETS = 1 2 3 4 5 6 8 9 11 12 13 14 15 16 17 18 19 20 21 22 23 24 \
	25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46
LIVE_TUNE_SETS += 47
LIVE_TUNE_SETS += 48
LIVE_TUNE_SETS += 49
LIVE_TUNE_SETS += 50
LIVE_TUNE_SETS += 51
LIVE_TUNE_SETS += 52
LIVE_TUNE_SETS += 53
LIVE_TUNE_SETS += 54
LIVE_TUNE_SETS += 55
LIVE_TUNE_SETS += 56
LIVE_TUNE_SETS += 57
LIVE_TUNE_SETS += 58
LIVE_TUNE_SETS += 59
LIVE_TUNE_SETS += 60
LIVE_TUNE_SETS += 61
LIVE_TUNE_SETS += 62
LIVE_TUNE_SETS += 63
LIVE_TUNE_SETS += 64
LIVE_TUNE_SETS += 65
LIVE_TUNE_SETS += 66
bench-live: mxscope tests/unit/t-live-reason
	$(SHELL) $(srcdir)/bench/live-bench.sh $(abs_top_builddir)
	@for n in $(LIVE_TUNE_SETS); do \
	    f=$(srcdir)/bench/live-heldout$$n.tsv; \
	    test "$$n" != 1 || f=$(srcdir)/bench/live-heldout.tsv; \
	    half=tune; \
	    case " $(LIVE_TUNE_WHOLE) " in *" $$n "*) half= ;; esac; \
	    LIVE_HALF=$$half tests/unit/t-live-reason -h $$f; \
	done | awk '{ print } \
	    match($$0, /on [0-9]+ .*: [0-9]+ right/) { \
	        k = split(substr($$0, RSTART, RLENGTH), w, " "); n += w[2]; r += w[k - 1] } \
	    END { printf "all held-out lines above: %d/%d right (%.1f%%)\n", r, n, n ? 100 * r / n : 0 }'

# bench-live-agreement: an independent second labelling of the tune halves
# of heldout13-17, scored against their labels as the classifier is: how
# far two careful people agree on a refusal's reason (issue 12).
EXTRA_DIST += bench/live-agreement.py bench/live-relabel-tune.tsv
.PHONY: bench-live-agreement
bench-live-agreement:
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/live-agreement.py $(srcdir)

# bench-live-invariance (inv1, issue 12): does the live verdict hold when a
# reply changes its form, not its words (Gmail's continuation lines,
# Microsoft's bracketed front-end stamp, a help link, a queue or session
# ID, our address in brackets, Postfix's "(in reply to RCPT TO command)",
# capitals, doubled spaces)?  Tune rows only (the CRC-32 tune half of every
# held-out set but the blind 7 and 10) and t-live-reason's unit cases (its
# -l list), each through the reply parser (t-live-reason -r); per
# transform, the rows whose verdict stayed and those that changed.
# LIVE_INV_ARGS="--show" lists the changed rows, "--host" gives the
# exchanger a row names, "--only NAME" one transform.
EXTRA_DIST += bench/live-invariance.py
.PHONY: bench-live-invariance
bench-live-invariance: tests/unit/t-live-reason
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/live-invariance.py \
	    $${LIVE_INV_ARGS:-} tests/unit/t-live-reason $(abs_top_srcdir)

# bench-live-fallback: the same tune data, by what each verdict rests on
# (a phrase, a provider row, ... or the fallback of status, code and
# stage) and the fallback's replies per stage and status (issue 12).
# Never reads a blind set.
EXTRA_DIST += bench/live-fallback.sh
.PHONY: bench-live-fallback
bench-live-fallback: mxscope tests/unit/t-live-reason
	LIVE_TUNE_SETS="$(LIVE_TUNE_SETS)" LIVE_TUNE_WHOLE="$(LIVE_TUNE_WHOLE)" \
	    $(SHELL) $(srcdir)/bench/live-fallback.sh $(abs_top_builddir) $(srcdir)

# bench-live-firstrun: would the general changes (fb1's subject rules and
# server-state test; fb3's protocol statuses, help-link words and the
# words' reason against the status's subject and the stage) have got each
# held-out set's first-run misses right?  Builds t-live-reason at the
# commit each of sets 13-20 was first scored on (scratch: live-firstrun/
# in the build directory), finds the tune half's first-run misses (never a
# blind row), ports the changes and scores again; LIVE_FIRSTRUN_ARGS=--loso
# leaves out of set N every table row only set N's misses suggested, and
# --show lists the tune halves' first-run misses with both answers.  Needs
# the git history; about 12.5 minutes on a 2-core machine unloaded (sets
# 13-34; about 24 when other builds share it).
#
# fb4 (issue 12): the tune halves' first-run misses of sets 21-34
# (LIVE_FIRSTRUN_ARGS=--show; each set's t-live-reason built at its
# FIRST_RUN commit, nothing ported yet; LIVE_HALF=tune LIVE_BASIS=1 with
# those binaries for what each answer rested on; no blind row read), by
# the mechanism of the first run's error, with wanted->got:
# 63 tune-half first-run misses of sets 21-34, by mechanism:
#  15  M1 fallback: the DATA default (5xx read as a refused content)
#        spamdetected->contenterror x3, systemerror->contenterror x3,
#        rejected|notcompliantrfc->contenterror x2,
#        blocked|syntaxerror->contenterror x2, filtered->contenterror,
#        expired|systemerror->contenterror,
#        rejected|spamdetected->contenterror,
#        filtered|spamdetected->contenterror, notcompliantrfc->contenterror
#  15  M2 fallback: the status's own reading (RFC 3463 subject) against the
#        words
#        rejected->networkerror x3, syntaxerror->systemerror,
#        securityerror->rejected, norelaying->userunknown,
#        notcompliantrfc->contenterror, speeding->greylisted,
#        requireptr|blocked->greylisted, spamdetected|speeding->blocked,
#        securityerror->blocked, filtered|rejected->blocked,
#        syntaxerror|systemerror->userunknown, authfailure->syntaxerror,
#        securityerror->systemerror
#  16  M3 fallback: the code's or stage's default, no status (before DATA, or
#        552/500/4xx at DATA)
#        suspend->userunknown x2, rejected->mesgtoobig,
#        requireptr|blocked->rejected,
#        notcompliantrfc|contenterror->mesgtoobig, toomanyconn->blocked,
#        rejected|policyviolation->filtered,
#        norelaying|notaccept->userunknown,
#        rejected|notcompliantrfc->systemerror, systemerror->syntaxerror,
#        toomanyconn->systemerror, rejected|filtered->userunknown,
#        securityerror|norelaying->userunknown, rejected->systemerror,
#        speeding->systemerror, securityerror->systemerror
#   8  M4 a phrase rule fired on the wrong words
#        systemerror->authfailure, spamdetected->authfailure,
#        rejected->spamdetected, userunknown->filtered, spamdetected->blocked,
#        blocked->filtered, rejected|toomanyconn->policyviolation,
#        syntaxerror->rejected
#   2  M5 the EHLO rule (5xx to EHLO = block) against the label
#        systemerror|syntaxerror->blocked, syntaxerror->blocked
#   2  M6 a subject rule (fb1) fired on the wrong subject
#        contenterror|policyviolation->notcompliantrfc, blocked->rejected
#   4  M7 partial evidence (refusal words, an IP) read by the stage
#        blocked->systemerror, blocked->filtered, securityerror->rejected,
#        norelaying->filtered
#   1  M8 the word statistics decided
#        userunknown|filtered->blocked
# Fallback, no rule firing (M1-M3), is 46 of 63; its one class with one
# stage and one default is M1: after DATA a 5xx no rule names took the
# stage's default, a refused content, where its words named a spam filter
# (3), only the receiver's own failure (4), or something else (8: a
# header, a bounce, an early talker, a spam score without the word).
# fb4's change (src/reason/reason-datadefault.c) reads those two kinds of
# words before the default.  Ported onto the first-run commits (sets
# 21-34; sets 23, 24, 25 and 32 had no tune row on the DATA default, so
# they are unchanged by construction and were not rebuilt): tune halves
# 164/227 at first run, 168/227 leave-one-set-out (sets 22, 29, 31, 33 +1
# each: "Internal delivery error" by set 29's "error", "transaction
# timeout" by set 22's, "Due to spam" by set 33's "spam", "kenfor.spam" by
# set 31's), 171/227 with every row (30 and 31, 33 +1 more each); no
# first-run right answer lost.  On main 3b48c26: make bench-live-blind
# 495 -> 498/629 (LIVE_HOST=1 496 -> 499/629; three blind lines +1, none
# lower); make bench-live unchanged but set31's tune half 12 -> 13/14;
# bench-ndr-reply 471/519, the corpus bench 369/372 (folds 75/81 62/74
# 64/72 57/70), bench-ndr-external 357/410 and bench-live-invariance
# unchanged.  Left: M2's status readings each need a status-specific
# exception (5.4.0 at RCPT naming our exchangers, 4.7.1 read as
# greylisting under "monthly limit" or "No DNS entries"); M3's are spread
# over six stages and codes; four misses are label conventions others
# would split on (a bare "550 Command Rejected" at MAIL as requireptr, a
# 501 to EHLO as syntax, a bounce to two recipients, X.6.0 words as
# notcompliantrfc against contenterror).
# fb5 (issue 12): M2 and M3, the fallback (no rule fired; the status's,
# code's or stage's default decided), measured as candidate (a): let the
# word statistics (nb1, reason-wordscore.c) decide before the default.
# They already do, at nb1's margin of 8 nats, wherever the basis is
# partial or fallback; the first-run bench had never ported them
# (bench/live-firstrun.py does now: reason-wordscore.c and, under --loso,
# a table learned without set N's tune half and any text nearly the same
# as one of its rows, live-words-loso.py's loso_table).  Tune halves of
# sets 13-34 at first run, leave-one-set-out, fb1/fb3/fb4 ported: 354/457
# (sets 21-34 168/227); with nb1 ported 363/457 (174/227; sets 14 +2,
# 15, 20, 26, 32, 33 +1, 21, 22 +2; 16 and 27 -1 each, set 16's "550
# 5.7.1 Message rejected due to content restrictions" read spamdetected).
# The offline view (bench/live-words-loso.py's model against each ported
# first-run binary's weak rows, rules alone): nb1's margin 8 fixes 13 and
# breaks 3; margin 6 +19 -3, margin 5 +25 -4, margin 4 +28 -8; on the
# tune halves as the rules are now 8: +0 -3, 6: +1 -3, 5: +1 -4.
# The change measured (branch fb5-default, one commit on this one):
# where the basis is the fallback (not partial evidence), the words
# decide at 5 nats (mx_reason_words_default) when one of the reply's own
# words is known (not its code and status alone) and not counting links
# and addresses (form: at 5 nats they moved 10 of bench-live-invariance's
# tune verdicts), not for 500-504 (the code names our command's fault:
# the eighth set's "501 userx: recipient address must contain a domain"
# read as our sender), nb1's margin still applying after; a help link's
# words (reason-linkwords.c) count as a subject rule in the basis (no
# weak verdict for the words to take).  First runs, leave-one-set-out,
# on the ported trees: 369/457 (sets 21-34 178/227), against 363 with
# nb1 alone (sets 18, 20, 22, 26, 31, 33 +1 each, none lower; 372 with
# the variant below that drops the eighth set); every tuning bench unchanged or better (bench-live 891/931,
# every line the same; bench-live-invariance 10572/10577, unit cases
# 14225 -> 14231; bench-ndr-reply 471/519; the corpus bench 369/372 and
# folds 75/81 62/74 64/72 57/70; bench-ndr-external 357/410, recipients
# 405/410; two smtpf TODO cases now right, never learnt).  But
# bench-live-blind 498 -> 497/629 (LIVE_HOST=1 499 -> 498): a measured
# no, by the rule that nothing may drop.  Blind totals of the variants
# on the way, all reported: the same margin for partial evidence too and
# no word or code gate, 499/629 (LIVE_HOST=1 500), but the eighth set
# 21 -> 20/23 and invariance 10572 -> 10562; the fallback alone without
# the gates, 498 (499).  Partial evidence at 5 nats, with the table
# relearned, read the first set's "554 cmsmtp blocked. ... AUP#CXBL"
# as toomanyconn.  Commands: LIVE_FIRSTRUN_ARGS="--loso --show" make
# bench-live-firstrun (with a table per set; about 25 minutes on a
# loaded machine), make bench-live-words; the figures on the ported
# trees came from the same port applied to one set of built first-run
# trees.  Left: M2's status readings (5.4.0 at RCPT naming our exchangers,
# three rows of set 28; 4.7.1 read as greylisting) and M3's RCPT 550
# default (userunknown, wrong in 8 first-run misses of sets 14, 16, 24,
# 32, 33: disabled, no longer relays, unsigned bounces, submission port).
# fb6 (issue 12): a data-driven audit of the defaults, tune data only
# (make bench-live-fallback: t-live-reason's unit cases, sets 1-6 and 8
# whole, the tune halves of 9 and 11-37, bench-live's corpus replies;
# LIVE_BASIS=1; never a blind row).  A default path is the stage with the
# reply's status, or its code when it has none; each verdict resting on
# the fallback (no phrase, subject, partial evidence, word statistics or
# provider row) counted on its path.  On main 3ca02a1, 1923 tune replies,
# 186 on the fallback, 163 right:
#   path            rows right  labels when wrong
#   rcpt 5.1.1        17   17
#   rcpt 550          15   12  expired, suspend, norelaying
#   data 550           9    9
#   mail 5.1.7         9    9
#   mail 550           9    8  requireptr|blocked
#   mail 553           6    6
#   mail 5.1.2         5    5
#   ehlo 550           4    4
#   rcpt 451           4    3  requireptr|blocked
#   rcpt 5.1.6         4    3  userunknown|syntaxerror
#   4xx 4.7.1          4    1  (read greylisted) blocked, rejected,
#                              blocked|rejected; right: speeding|greylisted
#   67 other paths   100   86  none wrong more than once (expired,
#                              onhold, filtered, speeding|blocked, ...)
# The same on the first runs (the trees bench-live-firstrun builds at each
# set's first-run commit, fb1-fb6 ported leave-one-set-out; LIVE_BASIS=1
# LIVE_HALF=tune on the own set's tune half, sets 13-37, 491 rows):
#   491 rows, 175 on the fallback, 117 right (the tune data's 88 % is
#   what rules written from those rows left; unseen, 67 %):
#   data 550          17    8  spamdetected x2, rejected|notcompliantrfc
#                              x2, five others
#   rcpt 550          16    9  filtered x2, suspend x2, norelaying|
#                              securityerror x2, norelaying|notaccept
#   mail 550           8    7  requireptr|blocked
#   rcpt 5.7.1         8    4  filtered, filtered|rejected, securityerror,
#                              spamdetected|speeding
#   data 554           6    2  filtered, filtered|blocked, blocked|
#                              syntaxerror, contenterror|policyviolation
#   mail 501           6    5  rejected
#   rcpt 5.4.0         3    0  rejected x3 (set 28, one MTA's words)
#   rcpt 4.7.1         3    2  speeding ("monthly limit": blocked now,
#                              greylisted before)
#   auth 534, 535      2       securityerror both; systemerror before
#                              fb6 (535 now right by the new rows, 534
#                              by the word statistics)
#   71 other paths   107   79  wrong on two only at data 451
#                              (notcompliantrfc) and banner 421
# Only one default is wrong on most of the tune rows reaching it, and it
# claims something specific the words do not say: a 4xx 4.7.1 with no
# words read as greylisting (RFC 3463 §3.8 makes X.7.1 any policy
# refusal, RFC 6647 §2.1 greylisting a refusal meant to be retried); all
# 17 tune replies of 4xx 4.7.1 labelled greylisted ask for the retry or
# name greylisting.  Changed: reason-greylist.c's row needs words asking
# for a retry (try, retry, again, later, resend); otherwise the status
# table's X.7.1 (blocked) stands.  The first-run view adds one code path
# of no status at all: AUTH had no row in stage_defaults, so 534 and 535
# read systemerror (sets 34, 35; both labelled securityerror, wrong at
# first run and, bare, on the tune data): RFC 4954 §6's 530, 534, 535,
# 538 at AUTH are now securityerror.  The others stay: rcpt 550 ->
# userunknown is right on 12 of 15 tune rows (9 of 16 first-run rows, the
# wrong ones split over filtered, suspend, norelaying, securityerror:
# no single better default), data 550 -> contenterror on 9 of 9 (8 of 17
# at first run, the rest split), rcpt 5.7.1 -> blocked 4 of 8 at first
# run (filtered 2); rcpt 5.4.0 -> networkerror wrong on set 28's three
# "all your mail exchangers ..." (one MTA's words for our sender's
# exchangers: no RFC reading, and the word statistics read them now);
# the bare view (the status, code and stage against every label of a
# path) favours spamdetected at data 550/554, toomanyconn at banner 421,
# but those labels come with words the rules know, and on the rows that
# reach the default they lose (data 550: spamdetected right on 1 of its 9,
# the default on 8, fb4's words on the ninth; banner 421: toomanyconn on
# none of its 2).
# Measured (bench/live-firstrun.py ports both, and scores each set's port
# without fb6 first):
#   first runs, leave-one-set-out, LIVE_FIRSTRUN_ARGS="--loso --show":
#   sets 13-34's tune halves 322/457 at first run; the port without
#   fb6 365/457 (first run of the bench) and 366/457 (second: set 19 +1,
#   the word tables relearned with fb6's unit cases); with fb6 366/457
#   (first, the 4.7.1 change alone: set 15 +1, "450 4.7.1 [EAB] 554
#   IP=192.0.2.1 - A problem occurred." at the greeting now blocked, not
#   greylisted) and 368/457 (second, both changes: set 15 +1, set 34 +1,
#   its "535 Invalid Username or Password" at AUTH); sets 35-37 23/36 at
#   first run, 23 -> 23/36 (first) and 24 -> 24/36 (second: set 35's
#   "534 Authentication mechanism is too weak", RFC 4954 §6's own words,
#   already right without fb6's rows, the word statistics having learnt
#   them from fb6's unit cases: a leak through the RFC's wording, not a
#   gain of the rows).  No first-run right answer lost.  The AUTH gain is
#   on a set whose row prompted the rows (34, with 35), kept for RFC 4954
#   as fb3 kept its rows; the 4.7.1 gain is on a row the audit did not
#   show (today's rules read it by a phrase, systemerror).
#   make bench-live-blind 527 -> 528/668 (LIVE_HOST=1 529 -> 530/668; the
#   thirty-fourth set's blind half 13 -> 14/15, by the AUTH rows: the
#   4.7.1 change alone left every blind line as it was), no line lower;
#   make bench-live 927/967 unchanged (the 4.7.1 change without the
#   retry words cost set 26's tune row "please do not try more than once
#   per 5 minutes", speeding|greylisted: 926); bench-live-invariance tune
#   11121/11127 unchanged (unit cases 14551/14587 -> 14793/14827, the new
#   cases' forms included); bench-ndr-reply 471/519, the corpus bench
#   369/372 (folds 75/81 62/74 64/72 57/70) and bench-ndr-external
#   (reason 362/410) unchanged.  Left: the 4xx 4.7.1 at MAIL that names
#   our sender ("450 4.7.1 sender <s@example.org> temporary failure
#   #815", TODO: blocked, labelled rejected; two tune rows only, too few
#   for a MAIL row), and every path whose misses split over several
#   reasons (rcpt 550, data 550, data 554): what decides them is words,
#   not a better default.
EXTRA_DIST += bench/live-firstrun.py
.PHONY: bench-live-firstrun
bench-live-firstrun:
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/live-firstrun.py \
	    $(LIVE_FIRSTRUN_ARGS) $(abs_top_srcdir) \
	    $(abs_top_builddir)/live-firstrun

# wordstats: write src/reason/reason-wordstats.c, the word statistics the
# live classifier consults when its rules rest on partial evidence or the
# fallback (nb1; reason-wordscore.c), from the held-out sets' tune halves
# alone; tests/unit/wordstats-fresh.sh fails until it is rerun after they
# change.  words1 (2026-12-08): no longer from the unit cases' texts too
# (made-up wordings written to pin a rule, no sample of mail; a case the
# table learnt by heart cannot fail).  Leave-one-set-out, tune rows only
# (bench-live-words; LIVE_WORDS_ARGS="--units all|live|none[:W]"): weak
# rows at margin 8 all +3 -3, t-live-reason.c's alone +2 -2, none +2 -4,
# at weight 0.5 or 0.25 +2 -4 (of 225; rules right on 189); every tune row
# through t-live-reason built without its set's half: all 918/962, live
# 918, none 917, all at 0.5 916, the rules alone 918.  No setting beats the rules, so the
# principle chose none.  Unit cases with this table: three had leant on it
# (two DATA look-alikes "rejected by moderator", "by your organization",
# now a subject rule, policyviolation; Sendmail's 552 5.2.3 "Message
# exceeds maximum fixed size" after DATA, now a TODO: X.2.3 reads as the
# mailbox's limit there).  Then, once: bench-live-blind 685 -> 681/873
# (LIVE_HOST=1 681); bench-live corpus 100/113, held-out lines
# 1065 -> 1061/1086 (tune rows of sets 1, 37, 39, 62 the table had got
# right only with the unit texts); bench-ndr-reply 486/519 and
# bench-ndr-external (all, tune and blind halves) unchanged.  bench-live-words: the leave-one-set-out
# figures that chose the method (bench/live-words-loso.py's docstring);
# LIVE_WORDS_ARGS="--firstrun DIR" adds the first runs (DIR/setN/build
# holding t-live-reason built at set N's first-run commit).
EXTRA_DIST += bench/live-words-loso.py
.PHONY: wordstats bench-live-words
wordstats: tests/unit/t-live-reason
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/live-words-loso.py \
	    --write $(srcdir)/src/reason/reason-wordstats.c $(srcdir) \
	    $(abs_top_builddir)
bench-live-words: tests/unit/t-live-reason
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/live-words-loso.py \
	    $(LIVE_WORDS_ARGS) $(srcdir) $(abs_top_builddir)

# bench-ndr-words (nb2): would the same word statistics help the bounce
# reader where its reason rests on little (mx_rr_decide's step: class,
# onhold, reply code, a status alone)?  Leave-one-fold-out on the corpus's
# folds 0, 1, 2, 4 (fold 3 never read) and leave-one-set-out on the
# external sets' tune halves; the figures, a measured "no", are in
# bench/ndr-words-loso.py's docstring.  NDR_WORDS_ARGS=--sweep for the
# variants (training sources, status gate).
EXTRA_DIST += bench/ndr-words-loso.py
.PHONY: bench-ndr-words
bench-ndr-words: tests/unit/t-live-reason tests/unit/ndr-run
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/ndr-words-loso.py \
	    $(NDR_WORDS_ARGS) $(abs_top_srcdir) $(abs_top_builddir) \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces}

# bench-live-blind: the blind seventh set (bench/live-heldout7.tsv, labelled
# without reading the rules); only its total line, so its misses stay unread.
# Then the blind half of the ninth set (bench/live-heldout9.tsv, 43 gateway and
# on-premises replies, split by CRC-32 of the reply text: LIVE_HALF in
# tests/unit/t-live-reason.c).  heldout9 was scored once, whole, before live6
# changed any rule: `tests/unit/t-live-reason -h ../bench/live-heldout9.tsv`
# gave 29/43 = 67.4 % (the honest unseen figure; tune half 13/21, blind half
# 16/22).  Rules are tuned on heldout8 and the tune half (in bench-live) only.
# The LIVE_HOST=1 lines also give the classifier the exchanger named in a
# row's provider column, so the provider table (by registered domain) is
# read as in a live check; the lines above read the text alone.
# Then the tenth set (bench/live-heldout10.tsv, 31 replies from postscreen,
# Exim/cPanel, rspamd, Zimbra, Domino, VPOP3, antispameurope, Exchange
# on-premises and Microsoft 365 5.7.x texts), blind whole: scored once before
# live7 changed any rule, `tests/unit/t-live-reason -h ../bench/live-heldout10.tsv`
# gave 21/31 = 67.7 % (the honest unseen figure; LIVE_HOST=1 the same).
# Its misses were not printed; rules are never tuned on it.
# Then the blind half of the eleventh set (bench/live-heldout11.tsv, 62
# refusals quoted by real users in issue threads and help pages; live9),
# split as heldout9.  It was scored once, whole, before live9 changed any
# rule: `tests/unit/t-live-reason -h ../bench/live-heldout11.tsv` gave
# 43/62 = 69.4 % (the honest unseen figure; LIVE_HOST=1 the same; tune half
# 25/36, blind half 18/26).  Only the tune half's misses were printed; its
# rules (reason-words.c, "live9") took the tune half to 32/36, the blind
# half stayed 18/26.  The tune half is in bench-live.
# Then the blind half of the twelfth set (bench/live-heldout12.tsv, 107
# replies quoted by users and deliverability operators; set12 wrote and
# labelled it without running anything or reading the rules).  The lead
# scored it once, whole, on main d38840d, after live9's, filt1's, ext2's
# and prior1's rules (round2 came later): 87/107 = 81.3 % (the honest
# unseen figure; LIVE_HOST=1 the same; tune half 40/46, blind half 47/61).
# Split as heldout9; the tune half is in bench-live; round2's rules took it
# to 46/46, the blind half stayed 47/61.
# Then the blind half of the thirteenth set (bench/live-heldout13.tsv, 86
# replies from smtp.codes' compilation, ZoneMTA's bounce-rule examples,
# Vade's postmaster codes and issue threads; set13 wrote and labelled it
# without running anything or reading the rules).  Scored once, whole, on
# its commit 4e9a4b1 (main 34857c4's rules): 64/86 = 74.4 % (the honest
# unseen figure; LIVE_HOST=1 65/86; tune half 35/42, blind half 29/44).
# Split as heldout9; the tune half is in bench-live.  set13's rules took
# the tune half to 42/42, the blind half to 31/44 (both gains Vade codes of
# the documented table a tune row asked for; without the three blind rows
# of the families those rules touch, 29/41 before and after).
# Then the blind half of the fourteenth set (bench/live-heldout14.tsv, 64
# replies of regional providers: Chinese, Korean, Japanese, Taiwanese,
# German, Italian, Polish, Brazilian; set14 wrote and labelled it without
# running anything or reading the rules).  Scored once, whole, on its commit
# cebec26 (main 7e42216's rules): 42/64 = 65.6 % (the honest unseen figure;
# LIVE_HOST=1 the same; tune half 21/32, blind half 21/32).  Split as
# heldout9; the tune half is in bench-live.  set14's rules (written from
# the tune half's misses and the providers' pages) took the tune half to
# 30/32, the blind half to 22/32 on its branch (every other line
# unchanged); 21/32 once merged with cat1's rules (main 98b6fc0).
# Then the blind half of the fifteenth set (bench/live-heldout15.tsv, 62
# refusals and deferrals pasted by mail administrators asking for help,
# on-premises MTAs and appliances above all; set15 wrote and labelled it
# without running anything or reading the rules).  Scored once, whole, on
# its commit 0b285e8 (main 24a9e05's rules):
# `tests/unit/t-live-reason -h ../bench/live-heldout15.tsv` gave 34/62 =
# 54.8 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 19/33,
# blind half 15/29; the same on main 7ac6e70).  Split as heldout9; the tune
# half is in bench-live.  set15's rules (general wordings, written from the
# tune half's misses) took the tune half to 30/33; the blind half stayed
# 15/29.
# Then the blind half of the sixteenth set (bench/live-heldout16.tsv, 65
# refusals and deferrals from ground the earlier sets did not mine:
# gateways' and relays' documentation (MailChannels, Symantec/Broadcom,
# ESET, ASSP), ISPs' and hosts' help pages (BigPond, BT Internet, Virgin
# Media, EarthLink, Bluehost, cPanel hosts, Fastmail) and Q&A pages; set16
# wrote and labelled it without running anything or reading the rules).
# Scored once, whole, on its commit 3247b9a (main 3ab09e1's rules):
# `tests/unit/t-live-reason -h ../bench/live-heldout16.tsv` gave 44/65 =
# 67.7 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 21/31,
# blind half 23/34).  Split as heldout9; the tune half is in bench-live.
# set16's rules (general wordings, written from the tune half's misses)
# took the tune half to 30/31; the blind half stayed 23/34.
# Then the blind half of the seventeenth set (bench/live-heldout17.tsv, 62
# refusals and deferrals pasted by mail administrators and developers of
# mail-sending software: GitHub issue threads above all, a NANOG post, a
# forum thread and admins' write-ups; set17 wrote and labelled it without
# running anything or reading the rules).  Scored once, whole, on its
# commit 0e7b083 (main f743374's rules):
# `tests/unit/t-live-reason -h ../bench/live-heldout17.tsv` gave 41/62 =
# 66.1 % (the honest unseen figure; LIVE_HOST=1 40/62; tune half 18/29,
# blind half 23/33, LIVE_HOST=1 22/33).  Split as heldout9; the tune half
# is in bench-live.  set17's rules (general wordings, written from the
# tune half's misses) took the tune half to 25/29; the blind half stayed
# 23/33 (LIVE_HOST=1 22/33).
# Then the blind half of the eighteenth set (bench/live-heldout18.tsv, 41
# refusals and deferrals met in the wild: GitHub issue threads, lore.kernel.org
# mailing-list posts, forum threads and admins' write-ups; set18 wrote and
# labelled it without running anything or reading the rules).  Scored once,
# whole, on its commit c6be2ee (main 6fc7851's rules):
# `tests/unit/t-live-reason -h ../bench/live-heldout18.tsv` gave 23/41 =
# 56.1 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 10/18,
# blind half 13/23, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.
# set18's rules (general wordings, written from the tune half's misses)
# took the tune half to 18/18; the blind half to 14/23 (LIVE_HOST=1 the
# same).
# Then the blind half of the nineteenth set (bench/live-heldout19.tsv, 43
# refusals and deferrals: GitHub issue threads, sisimai's Orange threads, a
# web host's reply table and the real samples PHPMailer-BMH's bounce rules
# keep; set19 wrote and labelled it without running anything or reading the
# rules).  Scored once, whole, on its commit b43de05 (main 0e590be's rules):
# `tests/unit/t-live-reason -h ../bench/live-heldout19.tsv` gave 30/43 =
# 69.8 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 18/24,
# blind half 12/19, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.
# set19's rules (general wordings, written from the tune half's misses)
# took the tune half to 23/24 (LIVE_HOST=1 the same); the blind half stayed
# 12/19; heldout9's blind half went 16 -> 17/22, heldout13's 31 -> 33/44,
# heldout15's 15 -> 16/29, every other line unchanged.
# Then the blind half of the twentieth set (bench/live-heldout20.tsv, 35
# refusals and deferrals that users of mail-sending applications (GitLab,
# Gitea, Discourse, listmonk, Mattermost, Nextcloud, Snipe-IT, n8n, ...)
# pasted in issue threads; set20 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit e9cd742
# (main d0dff61's rules): `tests/unit/t-live-reason -h
# ../bench/live-heldout20.tsv` gave 28/35 = 80.0 % (the honest unseen figure;
# LIVE_HOST=1 the same; tune half 16/21, blind half 12/14, LIVE_HOST=1 the
# same).  Split as heldout9; the tune half is in bench-live.
# set20's rules (general wordings, written from the tune half's misses)
# took the tune half to 21/21 (LIVE_HOST=1 the same); the blind half stayed
# 12/14; heldout16's blind half went 23 -> 24/34, heldout18's 14 -> 15/23,
# every other line unchanged.
# fb1's general changes (reason-subjects.c's subject rules, reason-clues.c's
# server-state test; not written from any blind row) took heldout9's blind
# half 17 -> 18/22, heldout12's 47 -> 48/61, heldout13's 33 -> 35/44 and
# heldout15's 16 -> 17/29 (all blind lines 298 -> 303/404), every other
# line unchanged; bench-live-firstrun measures them on the first runs.
# fb3's general evidence (reason-protocol.c's X.5.x protocol statuses,
# reason-linkwords.c's help-link words, reason-agree.c's status subject and
# stage check, X.2.0 read as naming no cause; written from the tune halves'
# first-run misses, no blind row read) took all blind lines together
# 317 -> 318/418 (LIVE_HOST=1 318 -> 319/418), no line lower.
# Then the blind half of the twenty-first set (bench/live-heldout21.tsv, 43
# refusals and deferrals: issue threads of apps no earlier set named,
# fail2ban's and postfix-logwatch's real log lines, a German host's bounce
# list, and chasquid's and qpsmtpd's own refusal texts; set21 wrote and
# labelled it without running anything or reading the rules).  Scored once,
# whole, on its commit 5771387 (main 696f2db's rules): `tests/unit/t-live-reason
# -h ../bench/live-heldout21.tsv` gave 34/43 = 79.1 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 18/25, blind half 16/18, LIVE_HOST=1
# the same).  Split as heldout9; the tune half is in bench-live.
# set21's rules (general wordings, written from the tune half's misses)
# took the tune half to 24/25 (LIVE_HOST=1 the same); the blind half went
# 16 -> 17/18 (all blind lines 333 -> 334/436, LIVE_HOST=1 334 -> 335/436),
# every other line unchanged.
# Then the blind half of the twenty-second set (bench/live-heldout22.tsv, 46
# refusals and deferrals: the texts of receivers no earlier set or unit case
# mined, as their sources word them: mox, spamdyke, Citadel, WildDuck's
# Haraka plugin, Haraka's mail_from.is_resolvable, OpenBSD spamd; set22 wrote
# and labelled it without running anything or reading the rules).  Scored
# once, whole, on its commit d46c7f3 (main 06039e7's rules): `tests/unit/
# t-live-reason -h ../bench/live-heldout22.tsv` gave 33/46 = 71.7 % (the
# honest unseen figure; LIVE_HOST=1 the same; tune half 16/23, blind half
# 17/23, LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  set22's rules (general wordings, written from the tune half's
# misses) took the tune half to 22/23 (LIVE_HOST=1 the same); the blind half
# stayed 17/23, every other line unchanged.
# Then the blind half of the twenty-third set (bench/live-heldout23.tsv, 39
# refusals and deferrals: the real bounces Mail::DeliveryStatus::BounceParser
# keeps as its test corpus, a social network's production Postfix log samples
# (vutuv) and a Postal thread; set23 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit 9c14bf0
# (main 62d9ebe's rules): `tests/unit/t-live-reason -h
# ../bench/live-heldout23.tsv` gave 34/39 = 87.2 % (the honest unseen figure;
# LIVE_HOST=1 the same; tune half 18/22, blind half 16/17, LIVE_HOST=1 the
# same).  Split as heldout9; the tune half is in bench-live.
# set23's rules (general wordings, written from the tune half's misses)
# took the tune half to 20/22 (LIVE_HOST=1 the same); the blind half stayed
# 16/17 (all blind lines 334/436 -> 350/453 with this set's half added,
# LIVE_HOST=1 335/436 -> 351/453), every other line unchanged.
# Then the blind half of the twenty-fourth set (bench/live-heldout24.tsv, 19
# refusals and deferrals from the providers issue 12 names and regional ones
# -- BigPond, Libero, tin.it, WP.pl, Orange, KPN, Comcast, iCloud, Mail.ru,
# Nordnet, ukr.net ... -- quoted in threads, forum and blog posts, Sympa's
# bounce samples and two classifiers' real-world strings; set24 wrote and
# labelled it without running anything or reading the rules).  Scored once,
# whole, on its commit 5372e24 (main d706491's rules): `tests/unit/t-live-reason
# -h ../bench/live-heldout24.tsv` gave 17/19 = 89.5 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 5/6, blind half 12/13, LIVE_HOST=1
# the same).  Split as heldout9; the tune half is in bench-live.  All blind
# lines 369/476 -> 381/489 with this set's half added (LIVE_HOST=1 370/476 ->
# 382/489).
# set24's rule (general wording, written from the tune half's one miss) took
# the tune half to 6/6 (LIVE_HOST=1 the same); the blind half stayed 12/13,
# every other line unchanged.
# Then the blind half of the twenty-fifth set (bench/live-heldout25.tsv, 29
# refusals and deferrals: six met in the wild -- Free's bare LF, an IronPort-
# family domain-reputation refusal via MailEnable, a relay's missing From, a
# Brazilian host, Gmail's prohibited domain in the body, InMotion's invalid
# Subject -- and the texts of the milters smf-sav and smf-spf and of the
# Postfix policy services Policyd v2 and mtpolicyd; set25 wrote and labelled
# it without running anything or reading the rules).  Scored once, whole, on
# its commit 9fbbae7 (main e505520's rules): `tests/unit/t-live-reason -h
# ../bench/live-heldout25.tsv` gave 25/29 = 86.2 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 13/16, blind half 12/13,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in bench-live.
# All blind lines 381/489 -> 393/502 with this set's half added (LIVE_HOST=1
# 382/489 -> 394/502).
# set25's rules (general wordings, written from the tune half's three misses:
# a HELO name on a list is our host even behind Postfix's "Recipient address
# rejected:", a count per month or week exceeded is a rate, a From field
# named as required or missing breaks RFC 5322) took the tune half to 16/16
# (LIVE_HOST=1 the same); the blind half stayed 12/13, every other line
# unchanged.
# Then the blind half of the twenty-sixth set (bench/live-heldout26.tsv, 31
# refusals and deferrals: the texts of filters and policy services as their
# sources word them -- policyd-weight, postfwd's sample ruleset, tumgreyspf,
# rblsmtpd and a qmail RBL patch, MIMEDefang, Haraka's helo.checks and
# headers plugins, Debian's exim4-config ACLs and a deployment's own Exim
# ACLs, an Exim greylisting patch, postscreen and smtpd texts new to the
# repo, rspamd's ratelimit; set26 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit 27af2a1
# (main 360d0ae's rules): `tests/unit/t-live-reason -h
# ../bench/live-heldout26.tsv` gave 25/31 = 80.6 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 15/18, blind half 10/13,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in bench-live.
# All blind lines 393/502 -> 403/515 with this set's half added (LIVE_HOST=1
# 394/502 -> 404/515).
# set26's rules (general wordings, written from the tune half's three misses:
# the client host named as having no DNS entries is requireptr even under a
# bare 4.7.1, a part's MIME type refused by the receiver is a content
# policy, no verifiable sender address is our sender refused) took the tune
# half to 18/18 (LIVE_HOST=1 the same); the blind half stayed 10/13, every
# other line unchanged.
# Then the blind half of the twenty-seventh set (bench/live-heldout27.tsv, 32
# refusals and deferrals: the texts of receiving software as its own source
# words them -- Haraka plugins no earlier set quotes (early_talker,
# data.noreceived, bounce, attachment, clamd, backscatterer,
# prevent_credential_leaks, greylist) and new texts of Haraka's core, the
# Postfix policy daemon postomaat, Proxmox Mail Gateway's pmgpolicy, the
# qmail scanner simscan; set27 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit 3a196d1
# (main 235d10f's rules): `tests/unit/t-live-reason -h
# ../bench/live-heldout27.tsv` gave 21/32 = 65.6 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 13/17, blind half 8/15,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in bench-live.
# All blind lines 403/515 -> 411/530 with this set's half added (LIVE_HOST=1
# 404/515 -> 412/530).
# set27's rules (general wordings, written from the tune half's four misses:
# a client that talked too soon or too early is a block, a recipient that
# does not accept bounces is the recipient's filter, a bounce for mail the
# receiver did not send is our notice refused, bulk mail named as detected
# is a spam verdict) took the tune half to 17/17 (LIVE_HOST=1 the same); the
# blind half stayed 8/15, every other line unchanged.
# Then the blind half of the twenty-eighth set (bench/live-heldout28.tsv, 37
# refusals and deferrals: the replies of Qsmtp, a qmail-compatible SMTP
# server, as its own source words them -- Qsmtpd's address, bounce, header,
# loop, early-talker, queue, resource and syntax answers and its boolean,
# fromdomain, spf and dnsbl recipient filters; set28 wrote and labelled it
# without running anything or reading the rules).  Scored once, whole, on
# its commit 2a147d5 (main 84777e3's rules and word table): `tests/unit/
# t-live-reason -h ../bench/live-heldout28.tsv` gave 25/37 = 67.6 % (the
# honest unseen figure; LIVE_HOST=1 the same; tune half 16/25, blind half
# 9/12, LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 416/530 -> 425/542 with this set's half added
# (LIVE_HOST=1 417/530 -> 426/542); with the word table learning this set's
# tune half (make wordstats) its blind half reads 11/12 and all blind lines
# 427/542 (LIVE_HOST=1 428/542), every other line unchanged.
# set28's rules (general wordings, written from the tune half's six misses:
# an encrypted transmission required is a security error, a recipient that
# does not like us is its filter, a client told to wait for the reply is an
# early talker, an address or path too long is a syntax error, a malformed
# SPF record is an authentication failure) took the tune half to 24/25
# (LIVE_HOST=1 the same); the blind half stayed 11/12, every other line
# unchanged.  The miss left (a bounce to more than one recipient) is live6's
# policy reading, which this set's label did not follow.
# Then the blind half of the twenty-ninth set (bench/live-heldout29.tsv, 34
# refusals and deferrals: the replies of mailfront, go-guerrilla, go-smtp
# and E-MailRelay, four SMTP receivers no earlier set names, as their own
# source words them -- mailfront's front end, plugins, mail rules and qmail
# back end, go-guerrilla's canned responses, go-smtp's command answers,
# E-MailRelay's server replies; set29 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit
# 857bec6 (main da2b470's rules and word table): `tests/unit/t-live-reason
# -h ../bench/live-heldout29.tsv` gave 28/34 = 82.4 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 12/16, blind half 16/18,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 427/542 -> 443/560 with this set's half added
# (LIVE_HOST=1 428/542 -> 444/560); with the word table learning this set's
# tune half (make wordstats) its blind half still reads 16/18 and all
# blind lines 443/560 (LIVE_HOST=1 444/560), every other line unchanged.
# set29's rules (general wordings, written from the tune half's four
# misses: a client not allowed to use the server is a block, the
# receiver's transaction or back end timed out a system error, a command
# parameter or argument named unknown a syntax error, a failed handshake a
# security error) took the tune half to 16/16 (LIVE_HOST=1 the same); the
# blind half stayed 16/18, every other line unchanged.
# Then the blind half of the thirtieth set (bench/live-heldout30.tsv, 22
# refusals and deferrals: the replies of aiosmtpd, Twisted's mail server
# and SubEthaSMTP, three SMTP receivers no earlier set names, as their own
# source words them -- aiosmtpd's command and handler-exception answers,
# twisted.mail's SMTP server, its SMTPBadSender/SMTPBadRcpt texts and
# domain delivery, SubEthaSMTP's MAIL, STARTTLS and session answers; set30
# wrote and labelled it without running anything or reading the rules).
# Scored once, whole, on its commit 278ec7a (main a086b8b's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout30.tsv` gave
# 14/22 = 63.6 % (the honest unseen figure; LIVE_HOST=1 the same; tune half
# 9/12, blind half 5/10, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 443/560 -> 448/570 with this
# set's half added (LIVE_HOST=1 444/560 -> 449/570); with the word table
# learning this set's tune half (make wordstats) its blind half still reads
# 5/10 and all blind lines 448/570 (LIVE_HOST=1 449/570), every other line
# unchanged.
# set30's rules (general wordings, written from the tune half's two
# misses: a command refused for a session that lacks security is a
# security error, a server that cannot describe or report its error a
# system error) took the tune half to 12/12 (LIVE_HOST=1 the same); the
# blind half stayed 5/10, every other line unchanged.
# Then the blind half of the thirty-first set (bench/live-heldout31.tsv, 27
# refusals and deferrals: the replies of Forward Email's MX, Nodemailer's
# smtp-server, Inbucket and Mailpit, four SMTP receivers no earlier set
# takes replies from, as their own source words them -- Forward Email's
# denylist, greylist, retry-period, forwarding-record and per-domain
# allowlist answers, smtp-server's command answers, Inbucket's and
# Mailpit's; set31 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit acdef84 (main
# 7fb0aa0's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout31.tsv` gave 17/27 = 63.0 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 9/14, blind half 8/13, LIVE_HOST=1
# the same).  Split as heldout9; the tune half is in bench-live.  All blind
# lines 448/570 -> 456/583 with this set's half added (LIVE_HOST=1 449/570
# -> 457/583); with the word table learning this set's tune half (make
# wordstats) its blind half still reads 8/13 and all blind lines 456/583
# (LIVE_HOST=1 457/583), every other line unchanged.
# set31's rules (general wordings, written from the tune half's three
# misses: a receiver that says it speaks LMTP is a system error, its
# setup, and no block of our name at EHLO; a message retried past the
# receiver's longest period is expired, a system error live) took the tune
# half to 13/14 (LIVE_HOST=1 the same); the blind half stayed 8/13, every
# other line unchanged.  The miss left (Inbucket's "501 Domain/address
# argument required for EHLO") is the repo's reading of a 501 to EHLO
# (blocked), which this set's label did not follow.
# Then the blind half of the thirty-second set (bench/live-heldout32.tsv, 25
# refusals and deferrals: MailCleaner's own Exim ACL reply texts, 17, and
# the refusal texts VIPRE Email Security, Runbox, VirusFree.cz and
# Hostsellers document for senders; set32 wrote and labelled it without
# running anything or reading the rules).  Scored once, whole, on its
# commit fef8818 (main 7fb0aa0's rules and word table): `tests/unit/
# t-live-reason -h ../bench/live-heldout32.tsv` gave 21/25 = 84.0 % (the
# honest unseen figure; LIVE_HOST=1 the same; tune half 8/10, blind half
# 13/15, LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 448/570 -> 461/585 with this set's half
# added (LIVE_HOST=1 449/570 -> 462/585); with the word table
# learning this set's tune half (make wordstats) its blind half still
# reads 13/15 and all blind lines 461/585 (LIVE_HOST=1 462/585), every
# other line unchanged.
# set32's rules (general wordings, written from the tune half's two
# misses: a bounce refused as unsigned or for a missing BATV tag is our
# null sender refused, a session refused as unauthenticated a security
# error) took the tune half to 10/10 (LIVE_HOST=1 the same); the blind
# half stayed 13/15, every other line unchanged.
# Then the blind half of the thirty-third set (bench/live-heldout33.tsv, 29
# refusals and deferrals from receivers outside the English-speaking world,
# as met in the wild: the Italian, Polish, German, French and Spanish
# answers the PHP Bounce Handler collected, a Portuguese one and 263's
# table, Alibaba Mail's own answers, Sina's bilingual refusal and 163.net's
# as the Tencent Exmail forum quotes them, a Chinese host's list and
# 35.com's table; set33 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit dff132b (main
# 7fb0aa0's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout33.tsv` gave 19/29 = 65.5 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 7/13, blind half 12/16,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 448/570 -> 460/586 with this set's half
# added (LIVE_HOST=1 449/570 -> 461/586); with the word table learning
# this set's tune half (make wordstats) its blind half still reads 12/16
# and all blind lines 460/586 (LIVE_HOST=1 461/586), every other line
# unchanged.
# set33's rules (general wordings, written from the tune half's misses:
# after DATA a refusal by the receiver's anti-spam system, engine,
# gateway or filter, or a message named unwanted, is spamdetected; the
# sender's mailbox named unavailable is our sender refused; Italian and
# Polish words for an account blocked for non-use or inactive are
# suspend) took the tune half to 13/13 (LIVE_HOST=1 the same); the blind
# half stayed 12/16, every other line unchanged.
# Then the blind half of the thirty-fourth set (bench/live-heldout34.tsv,
# 25 refusals and deferrals met in the wild: replies users of mail-sending
# applications pasted into those applications' trackers, fifteen of them
# answers to AUTH; set34 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit 3bace05 (main
# 924c638's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout34.tsv` gave 18/25 = 72.0 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 5/10, blind half 13/15,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 469/598 -> 482/613 with this set's half
# added (LIVE_HOST=1 470/598 -> 483/613).
# With the word table learning this set's tune half (make wordstats) its
# blind half still reads 13/15 and all blind lines 482/613 (LIVE_HOST=1
# 483/613), every other line unchanged.  set34's rules (relaying refused
# as "retransmission" denied, a retry asked after some seconds a rate
# limit) took the tune half to 10/10 (LIVE_HOST=1 the same); the blind
# half stayed 13/15, every other line unchanged.
# Sets 31-34 were written side by side, each from main as it stood, so the
# totals above are each against its own base.  With all four merged and
# the stop's general changes (inv1's form tidying, fb4's DATA default,
# syn1's 555, rev8's vetoes): all blind lines 498/629 = 79.2 % (LIVE_HOST=1
# 499/629), against 448/570 = 78.6 % (449/570) before the four sets.
# Then the blind half of the thirty-fifth set (bench/live-heldout35.tsv,
# 26 refusals and deferrals as two mail servers' own source words them:
# XMail's SMTPSvr.cpp and gromox's (grommunio's) reply table; set35 wrote
# and labelled it without running anything or reading the rules).  Scored
# once, whole, on its commit b91bb20 (main 568bf21's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout35.tsv` gave
# 18/26 = 69.2 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 10/15, blind half 8/11, LIVE_HOST=1 the same).  Split as heldout9;
# the tune half is in bench-live.  All blind lines 498/629 -> 506/640
# with this set's half added (LIVE_HOST=1 499/629 -> 507/640).
# With the word table learning this set's tune half (make wordstats) its
# tune half reads 14/15, its blind half still 8/11 and all blind lines
# 506/640 (LIVE_HOST=1 507/640), every other line unchanged.  set35's
# rule (relaying named as what is refused, from a client, for, to or
# through, is norelaying whatever client IP it names, unless a blocklist,
# spam, reputation, reverse DNS or a rate is named) took the tune half to
# 15/15 (LIVE_HOST=1 the same); the blind half stayed 8/11, every other
# line unchanged.
# Then the blind half of the thirty-sixth set (bench/live-heldout36.tsv,
# 26 refusals and deferrals met in the wild: Ubuntu forums archives,
# operators' blogs, Microsoft Q&A, trackers, and bounces SourceForge lists
# archived; set36 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit a5472f9 (main
# bb2d3cc's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout36.tsv` gave 17/26 = 65.4 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 5/10, blind half 12/16,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 498/629 -> 510/645 with this set's half
# added (LIVE_HOST=1 499/629 -> 511/645).
# With the word table learning this set's tune half (make wordstats) the
# tune half reads 8/10 and its blind half still 12/16, but heldout19's
# blind half drops 14/19 -> 13/19: all blind lines 509/645 (LIVE_HOST=1
# 510/645), every other line unchanged.
# set36's rules (a permanent status's reason as its stage words it, X.1.0
# at MAIL read as our sender refused, gives way to words naming one other
# specific cause, a login demanded; Yahoo's older "temporarily deferred -
# 4.16.5x" is the sending IP's standing, and help.yahoo.com marks a reply
# as Yahoo's) took the tune half to 10/10 (LIVE_HOST=1 the same); the
# blind half stayed 12/16; heldout18's blind half with LIVE_HOST=1 went
# 17/23 -> 18/23: all blind lines 509/645 (LIVE_HOST=1 510 -> 511/645),
# every other line unchanged; bench-ndr-reply, bench-ndr and
# bench-ndr-external unchanged.
# Then the blind half of the thirty-seventh set (bench/live-heldout37.tsv,
# 23 refusals and deferrals from regions the earlier sets barely sampled:
# Japan, Korea, Russia, New Zealand, Belgium, Turkey, Australia, Brazil,
# Pakistan; set37 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit 210dc5f (main
# 9905efe's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout37.tsv` gave 17/23 = 73.9 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 8/11, blind half 9/12,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 518/656 -> 527/668 with this set's half
# added (LIVE_HOST=1 520/656 -> 529/668).
# With the word table learning this set's tune half (make wordstats) the
# tune half reads 9/11 and its blind half still 9/12: all blind lines
# 527/668 (LIVE_HOST=1 529/668), every other line unchanged.
# set37's rules (a client or sender under investigation for spam or
# abuse is blocked; POP before SMTP demanded is a login demanded,
# securityerror) took the tune half to 11/11 (LIVE_HOST=1 the same); the
# blind half stayed 9/12, every other line unchanged; bench-ndr-reply,
# bench-ndr and bench-ndr-external unchanged.
# Then the blind half of the thirty-eighth set (bench/live-heldout38.tsv,
# 34 refusals and deferrals of real providers as self-hosted software's
# GitHub threads quote them -- maddy, QQ Mail, Tencent Exmail and its
# email push, Vivaldi, Free, Swisscom bluewin, a hoster's Exim -- and as
# an e-mail sender's bounce classifier, dmitry027/bounce-processing,
# lists them; set38 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit 6bb8fb0 (main
# 3ca02a1's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout38.tsv` gave 24/34 = 70.6 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 12/18, blind half 12/16,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 527/668 -> 539/684 with this set's half
# added (LIVE_HOST=1 529/668 -> 541/684).
# With the word table learning this set's tune half (make wordstats) the
# tune half reads 14/18 and its blind half still 12/16, but heldout31's
# blind half drops 8/13 -> 7/13: all blind lines 538/684 (LIVE_HOST=1
# 540/684), every other line unchanged.
# set38's rules (a server naming its own load is a system error; input it
# could not parse is our command's syntax, whatever client IP it names;
# mail refused for its country of origin is blocked; a recipient that
# must log in before the account receives again is suspend) took the tune
# half to 18/18 (LIVE_HOST=1 the same); the blind half stayed 12/16,
# every other line unchanged; bench-ndr-reply 471 -> 472/519, bench-ndr
# and bench-ndr-external unchanged.
# Then the blind half of the thirty-ninth set (bench/live-heldout39.tsv,
# 40 refusals and deferrals of real receivers as two senders' reply
# classifiers list them -- KumoMTA's community bounce and shaping rules
# and SendGrid's 2018 bounce_rule table (jimmyjames85/bouncecm); set39
# wrote and labelled it without running anything or reading the rules).
# Scored once, whole, on its commit 4c9240f (main df45fc5's rules and
# word table): `tests/unit/t-live-reason -h ../bench/live-heldout39.tsv`
# gave 24/40 = 60.0 % (the honest unseen figure; LIVE_HOST=1 the same;
# tune half 14/20, blind half 10/20, LIVE_HOST=1 the same).  Split as
# heldout9; the tune half is in bench-live.  All blind lines 538/684 ->
# 548/704 with this set's half added (LIVE_HOST=1 540/684 -> 550/704).
# With the word table learning this set's tune half (make wordstats) the
# tune half reads 16/20 and its blind half still 10/20: all blind lines
# 548/704 (LIVE_HOST=1 550/704), every other line unchanged.
# set39's rules (a multi-tenant exchanger with no tenant for the domain
# is norelaying; a recipient that needs its owner to upgrade is suspend;
# mail from our IP named and refused is blocked, no sender of ours; a
# deferral while the mail is being verified is greylisted) took the tune
# half to 20/20 (LIVE_HOST=1 the same); the blind half went 10/20 ->
# 11/20 (all blind lines 549/704, LIVE_HOST=1 551/704), every other line
# unchanged; bench-ndr-reply, bench-ndr and bench-ndr-external unchanged.
# Then the blind half of the fortieth set (bench/live-heldout40.tsv, 19
# refusals and deferrals of real receivers as a sending MTA's reply rules
# and an ESP's help pages quote them -- Momentum's adaptive_rules.lua and
# SparkPost's SMTP injection errors, both in SparkPost's support-docs;
# set40 wrote and labelled it without running anything or reading the
# rules).  Scored once, whole, on its commit 0b802a6 (main 82492e3's rules
# and word table): `tests/unit/t-live-reason -h ../bench/live-heldout40.tsv`
# gave 17/19 = 89.5 % (the honest unseen figure; LIVE_HOST=1 the same;
# tune half 12/13, blind half 5/6, LIVE_HOST=1 the same).  Split as
# heldout9; the tune half is in bench-live.  All blind lines 549/704 ->
# 554/710 with this set's half added (LIVE_HOST=1 551/704 -> 556/710).
# With the word table learning this set's tune half (make wordstats) its
# halves still read 12/13 and 5/6 and every blind line is the same.
# set40's rule (a message blocked or refused after DATA by an agent that
# names itself, no person, policy, list, check, part or host of ours, is
# spamdetected) took the tune half to 13/13 (LIVE_HOST=1 the same); the
# blind half stayed 5/6, every blind line unchanged (554/710, LIVE_HOST=1
# 556/710); bench-live (other lines), bench-ndr-reply, bench-ndr and
# bench-ndr-external unchanged.
# Then the blind half of the forty-first set (bench/live-heldout41.tsv, 20
# refusals as mail-security gateways, hosted filters and mailbox providers
# document them for senders on their own help, postmaster and knowledge-
# base pages -- Spectrum/Road Runner, SEPPmail.cloud, Zoho ZeptoMail, BT
# Business, five smaller providers and Ghent University's mail FAQ; set41
# wrote and labelled it without running anything or reading the rules).
# Scored once, whole, on its commit d85df53 (main 4bf1e10's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout41.tsv` gave
# 15/20 = 75.0 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 7/11, blind half 8/9, LIVE_HOST=1 the same).  Split as heldout9;
# the tune half is in bench-live.  All blind lines 555/710 -> 563/719
# with this set's half added (LIVE_HOST=1 557/710 -> 565/719).  With the
# word table learning this set's tune half (make wordstats) its halves
# still read 7/11 and 8/9 and every blind line is the same.
# set41's rules (a sending account or sender named as the one sending
# spam or hitting spam traps is rejected; a Subject named as mandatory or
# missing is contenterror; a refusal for security reasons with nothing
# else named is policyviolation) took the tune half to 10/11 (LIVE_HOST=1
# the same); the blind half stayed 8/9, every blind line unchanged
# (563/719, LIVE_HOST=1 565/719); bench-live (other lines),
# bench-ndr-reply, bench-ndr and bench-ndr-external unchanged.
# Then the blind half of the forty-second set (bench/live-heldout42.tsv,
# 36 refusals and deferrals as SMTP receivers, milters and policy plugins
# word them in their own source -- Spamilter, the BMS milter and
# spfmilter of sdgathman/milter, python-slimta, Dovecot's LMTP proxy and
# submission server, Haraka's limit, fcrdns and qmail-deliverable
# plugins; set42 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit 30220cf (main
# 4bf1e10's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout42.tsv` gave 32/36 = 88.9 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 17/19, blind half 15/17,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 555/710 -> 570/727 with this set's half
# added (LIVE_HOST=1 557/710 -> 572/727).
# With the word table learning this set's tune half (make wordstats) the
# tune half reads 19/19 and its blind half still 15/17, but heldout19's
# blind half drops 14/19 -> 13/19 (as with set36's): all blind lines
# 569/727 (LIVE_HOST=1 571/727), every other line unchanged.
# set42's rules (our sender named as one the receiver could not validate
# or verify is rejected, whatever its 4xx; a country or country code named
# blacklisted or banned is our IP's location, blocked; a sender named as
# one that cannot send mail there is rejected) took the tune half, on the
# first run's table, 17/19 -> 19/19 (LIVE_HOST=1 the same; with the
# relearnt table 19/19 before and after); the blind half stayed 15/17,
# every blind line unchanged (569/727, LIVE_HOST=1 571/727); bench-live
# unchanged (corpus 101/114, held-out lines 896/923); bench-ndr-reply
# 471 -> 472/519 (the relearnt table had cost haraka-plugin-access's
# "550 That sender cannot send mail here", pasted alone; 472 on main);
# bench-ndr (369/372, folds 75/81 63/74 64/72 57/70) and
# bench-ndr-external (reason 362/410, recipients 405/410) unchanged.
# Then the blind half of the forty-third set (bench/live-heldout43.tsv,
# 8 refusals and deferrals real receivers sent, as the administrators
# and users who met them quoted them -- Symantec's Connect forum, the
# Zoho community, a SmarterMail hoster, Exchange's KB 979175, the Zammad,
# MicroMasters and Mailu trackers, ExchangeDefender's notice; the forums
# of control panels, appliances and server products are mined out, so
# the set is short; set43 wrote and labelled it without running anything
# or reading the rules).  Scored once, whole, on its commit 1ce047e (main
# 36c8fbf's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout43.tsv` gave 7/8 = 87.5 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 4/5, blind half 3/3,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 569/727 -> 572/730 with this set's half
# added (LIVE_HOST=1 571/727 -> 574/730); with the word table learning
# this set's tune half every line reads the same.
# set43's rule (a rate limit named as exceeded on this connection or
# session is the session's sending rate, speeding, unless a connection
# rate, connections, concurrent or simultaneous ones or messages per
# connection or session are named) took the tune half 4/5 -> 5/5
# (LIVE_HOST=1 the same), the blind half 3/3; every blind line unchanged
# (572/730, LIVE_HOST=1 574/730); bench-live corpus 101/114, held-out
# lines 900 -> 901/928; bench-ndr-reply 472/519, bench-ndr (369/372,
# folds 75/81 63/74 64/72 57/70) and bench-ndr-external (reason 362/410,
# recipients 405/410) unchanged.
# Then the blind half of the forty-fourth set (bench/live-heldout44.tsv,
# 17 refusals and deferrals in the words of SPFBL, the Brazilian shared
# anti-spam and SPF service Brazilian hosters plug into Exim, Postfix and
# qmail -- its cPanel Exim ACLs, its Postfix policy script, its qmail-spp
# plugin -- and one Catalan municipal network's listed size refusal; the
# other languages issue 12 names gave only translations or texts the repo
# holds; set44 wrote and labelled it without running anything or reading
# the rules).  Scored once, whole, on its commit 53bb4b9 (main 0e2cd99's
# rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout44.tsv` gave 13/17 = 76.5 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 10/11, blind half 3/6,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 579/739 -> 582/745 with this set's half
# added (LIVE_HOST=1 581/739 -> 584/745); with the word table learning
# this set's tune half set37's blind half reads 9/12 (was 8/12), every
# other line the same: all blind lines 583/745 (LIVE_HOST=1 585/745).
# set44's rule (a transient error or failure named with SPF, DKIM, DMARC,
# DNS, a lookup or a verification is the receiver's own trouble,
# systemerror, as RFC 7208's temperror; not when named permanent or the
# sender not permitted) took the tune half 10/11 -> 11/11 (LIVE_HOST=1
# the same), the blind half 3/6; every blind line unchanged (583/745,
# LIVE_HOST=1 585/745); bench-live corpus 100/113, held-out lines
# 921 -> 922/950; bench-ndr-reply 472/519, bench-ndr (369/372, folds
# 75/81 63/74 64/72 57/70) and bench-ndr-external (reason 362/410,
# recipients 405/410) unchanged.
# Then the blind half of the forty-fifth set (bench/live-heldout45.tsv,
# 19 refusals and deferrals that real providers and relays -- Amazon SES,
# Mailgun, SendGrid, Microsoft 365 and Outlook.com, SMTP2GO, MailerSend,
# KPN, Xserver, a GoDaddy-hosted cPanel server, Exim, unnamed relays --
# gave to the SMTP clients of mail-sending applications, as users pasted
# them into those applications' GitHub issue threads; the ground is
# mined, about 170 drafts gave 19; set45 wrote and labelled it without
# running anything or reading the rules).  Scored once, whole, on its
# commit fb0d6ef (main ef67e40's rules and word table): `tests/unit/
# t-live-reason -h ../bench/live-heldout45.tsv` gave 11/19 = 57.9 % (the
# honest unseen figure; LIVE_HOST=1 the same; tune half 3/8, blind half
# 8/11, LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 583/745 -> 591/756 with this set's half
# added (LIVE_HOST=1 585/745 -> 593/756); with the word table learning
# this set's tune half every line reads the same.
# set45's rules (a sending service's sandbox domain is our sender
# refused; a message's recipient count over a limit, and a sender's
# thread limit, are toomanyconn; "your account" with a quota is our
# sending rate, no mailbox's; an X.5.x status or a 500-504 at AUTH
# faults our AUTH command, RFC 4954 §4) took the tune half 3/8 -> 8/8
# (LIVE_HOST=1 the same), the blind half 8/11; every blind line
# unchanged (591/756, LIVE_HOST=1 593/756); bench-live corpus 100/113,
# held-out lines 930/958; bench-ndr-reply 472/519, bench-ndr (369/372,
# folds 75/81 63/74 64/72 57/70) and bench-ndr-external (reason 396/454,
# recipients 441/454, status 442/454, class 442/454) unchanged.
# Merged after set46 (lead): with both sets' tune halves learnt the word
# table takes set31's blind half back to 7/13 (set46 alone had it 8/13),
# every other line as each branch had it: all blind lines 601/770
# (LIVE_HOST=1 603/770).
# Then the blind half of the forty-sixth set (bench/live-heldout46.tsv,
# 30 refusals and deferrals as mail servers, policy servers and gateways
# word them in their own source or vendor documentation -- iRedAPD's
# plugins as Postfix renders a policy REJECT, Haraka's messagesniffer
# plugin, PSCS VPOP3's wiki, qmail-ldap's qmail-smtpd, Postfix smtpd
# texts not yet held (malformed DNS replies, permit_mx_backup, its verify
# service failing), Kopano's dagent LMTP and Mailman 3's LMTP runner;
# set46 wrote and labelled it without running anything or reading the
# rules).  Scored once, whole, on its commit 2e063c6 (main ef67e40's
# rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout46.tsv` gave 21/30 = 70.0 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 11/16, blind half 10/14,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 583/745 -> 593/759 with this set's half
# added (LIVE_HOST=1 585/745 -> 595/759); with the word table learning
# this set's tune half set31's blind half reads 8/13 (was 7/13), every
# other line the same: all blind lines 594/759 (LIVE_HOST=1 596/759).
# set46's rules (a quota or limit counted on one message's size is
# mesgtoobig; a temporary failure named with the receiver's DNS, lookup
# or directory is its trouble, systemerror, no greylisting; an address or
# mailbox named ambiguous, RFC 3463 X.1.4, is the receiving side's
# directory, systemerror; a message named as having defects is
# notcompliantrfc) took the tune half 11/16 -> 15/16 (LIVE_HOST=1 the
# same; the fifth miss, a multi-recipient bounce refused, is the live6
# rule's policyviolation on purpose), the blind half 10/14; every blind
# line unchanged (594/759, LIVE_HOST=1 596/759); bench-live corpus
# 100/113, held-out lines 933 -> 937/966; bench-ndr-reply 472/519,
# bench-ndr (369/372, folds 75/81 63/74 64/72 57/70), bench-ndr-external
# (reason 396/454, recipients 441/454, status 442/454) and bench-ndr-form
# (7932/7933) unchanged.
EXTRA_DIST += bench/live-heldout7.tsv bench/live-heldout9.tsv \
	bench/live-heldout10.tsv bench/live-heldout11.tsv bench/live-heldout12.tsv \
	bench/live-heldout13.tsv bench/live-heldout14.tsv bench/live-heldout15.tsv \
	bench/live-heldout16.tsv bench/live-heldout17.tsv bench/live-heldout18.tsv \
	bench/live-heldout19.tsv bench/live-heldout20.tsv bench/live-heldout21.tsv \
	bench/live-heldout22.tsv \
	bench/live-heldout23.tsv bench/live-heldout24.tsv bench/live-heldout25.tsv \
	bench/live-heldout26.tsv bench/live-heldout27.tsv \
	bench/live-heldout28.tsv bench/live-heldout29.tsv \
	bench/live-heldout30.tsv bench/live-heldout31.tsv \
	bench/live-heldout32.tsv bench/live-heldout33.tsv \
	bench/live-heldout34.tsv bench/live-heldout35.tsv \
	bench/live-heldout36.tsv bench/live-heldout37.tsv \
	bench/live-heldout38.tsv bench/live-heldout39.tsv \
	bench/live-heldout40.tsv bench/live-heldout41.tsv bench/live-heldout42.tsv \
	bench/live-heldout43.tsv bench/live-heldout44.tsv \
	bench/live-heldout45.tsv bench/live-heldout46.tsv
# Then the blind half of the forty-seventh set (bench/live-heldout47.tsv,
# 13 refusals and deferrals as ESPs, marketing platforms, deliverability
# vendors and providers' help centres quote receivers' replies --
# SendGrid's DMARC Classroom pages (Hotmail/Outlook, AOL), Marketo Nation
# threads, Suped's guides (fuse.net, Optimum), MxToolbox's blog, Extreme
# Messaging's ResponseMaster manual, EmailChecker's help centre, econs.net's
# and Oni's help pages; fewer than asked, the ground near-saturated; set47
# wrote and labelled it without running anything or reading the rules).
# Scored once, whole, on its commit 06ea368 (main 736d143's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout47.tsv` gave
# 8/13 = 61.5 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 4/5, blind half 4/8, LIVE_HOST=1 the same).  Split as heldout9;
# the tune half is in bench-live.  All blind lines 594/759 -> 598/767
# with this set's half added (LIVE_HOST=1 596/759 -> 600/767); with the
# word table learning this set's tune half every line the same.
# set47's rule (a limit on recipients named as exceeded or reached, the
# limit before or after its verb, is toomanyconn, unless counted per hour
# or day or a mailbox or its quota is named) took the tune half 4/5 ->
# 5/5 (LIVE_HOST=1 the same), the blind half 4/8; every blind line
# unchanged (598/767, LIVE_HOST=1 600/767); bench-live corpus 100/113,
# held-out lines 941 -> 942/971; bench-ndr-reply 472/519, bench-ndr
# (369/372, folds 75/81 63/74 64/72 57/70), bench-ndr-external (reason
# 396/454, recipients 441/454, status 442/454) and bench-ndr-form
# (7932/7933) unchanged.
# Merged after set45 (lead): set47's rule and set45's recipient-count
# rule are one rule (set45's section), its words and vetoes the union.
EXTRA_DIST += bench/live-heldout47.tsv
# Then the blind half of the forty-eighth set (bench/live-heldout48.tsv,
# 11 refusals and deferrals as mail servers' and filters' vendors document
# or quote their own replies -- LogSat SpamFilter ISP's support forum,
# smtp.codes' Yahoo page, the TCP/IP Services for OpenVMS manual's SMTP
# AntiSPAM texts, Gordano GMS's knowledge base, IBM's Domino Redbook and
# Axigen's documentation; fewer than asked: the per-error pages of the brief
# quote texts already held; set48 wrote and labelled it without running
# anything or reading the rules).
# Scored once, whole, on its commit f37130f (main f2bd59d's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout48.tsv` gave
# 10/11 = 90.9 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 6/6, blind half 4/5, LIVE_HOST=1 the same).  Split as heldout9;
# the tune half is in bench-live.  All blind lines 608/778 -> 612/783
# with this set's half added (LIVE_HOST=1 609/778 -> 613/783); with the
# word table learning this set's tune half every line the same; bench-live
# held-out lines 959/979 -> 965/985 (corpus replies 100/113).  Its tune
# half had no miss to read (6/6), so no rule was written for it; the
# invariance, ndr-reply, ndr, ndr-external and ndr-form figures unchanged.
EXTRA_DIST += bench/live-heldout48.tsv
# Then the blind half of the forty-ninth set (bench/live-heldout49.tsv,
# 22 refusals and deferrals as postmasters and users met them and pasted
# or explained them -- a ChinaUnix thread, HP's Ask the Wizard, a GitHub
# issue, a forwarded bounce, a Korean Q&A repost, a LUG wiki, and
# receivers' own postmaster pages next to the brief's near-saturated
# ground (TU Berlin, Newcastle, Oxford, UniBw, kloepfer.org,
# mlcastle.net, Mittwald, do.de, Forpsi), with Suped's Libero string and
# an AutoSPF post quoting Gmail; set49 wrote and labelled it without
# running anything or reading the rules).  Scored once, whole, on its
# commit c1bb915 (main f2bd59d's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout49.tsv` gave 13/22 =
# 59.1 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 5/10,
# blind half 8/12, LIVE_HOST=1 the same).  Split as heldout9; the tune
# half is in bench-live.  All blind lines 608/778 -> 616/790 with this
# set's half added (LIVE_HOST=1 609/778 -> 617/790); with the word table
# learning this set's tune half (make wordstats) its tune half reads 7/10,
# its blind half 8/12, set31's blind half 8/13 (was 7/13), every other line
# the same: 617/790 (LIVE_HOST=1 618/790).  bench-live held-out lines
# 959/979 -> 966/989 (corpus replies 100/113).
# set49's rules (set38's load rule widened by "too much load"; a DATA
# default row: a domain named invalid or unknown after the final dot, no
# link, body, blocklist, recipient or HELO named, is the message's own
# domain refused, rejected) took the tune half 7/10 -> 9/10 (LIVE_HOST=1
# the same), the blind half 8/12; every blind line unchanged (617/790,
# LIVE_HOST=1 618/790); bench-live corpus 100/113, held-out lines 966 ->
# 968/989; bench-live-invariance, bench-ndr-reply (481/519) and
# bench-ndr-external (reason 430/490, recipients 479/490) unchanged.
EXTRA_DIST += bench/live-heldout49.tsv
# Then the blind half of the fiftieth set (bench/live-heldout50.tsv, 22
# refusals and deferrals as open-source servers, filters and milters
# word them by default in their own source -- OpenSMTPD filters
# (filter-dnsbl, -senderscore, -checksenderdomain, -clamav,
# -subjectstrings, -gglgrp, -mimetype), qpsmtpd's karma, earlytalker and
# dmarc plugins, Authentication Milter's DMARC, SpamAssassin and ClamAV
# handlers, blacklist-milter, Apache James's fastfail handlers, two
# Stalwart texts; set50 wrote and labelled it without running anything or
# reading the rules).  Scored once, whole, on its commit d3501b8 (main
# 7d8bdc5's rules and word table): `tests/unit/t-live-reason -h
# ../bench/live-heldout50.tsv` gave 13/22 = 59.1 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 7/12, blind half 6/10, LIVE_HOST=1
# the same).  Split as heldout9; the tune half is in bench-live.  All blind
# lines 621/795 -> 627/805 with this set's half added (LIVE_HOST=1 622/795
# -> 628/805); with the word table learning this set's tune half (make
# wordstats) its tune half reads 7/12, its blind half 6/10, set31's blind
# half 7/13 (was 8/13), every other line the same: 626/805 (LIVE_HOST=1
# 627/805).  bench-live held-out lines 974/995 -> 981/1007 (corpus replies
# 100/113), the same with the relearnt table.
# set50's rules (reason-word-rules.c: a DNS error met on a list is the
# server's check, a virus named as the policy violated, no valid headers,
# a HELO name that does not resolve, a From: host absent from the DNS
# rejected) took its tune half 7/12 -> 12/12, blind half 6/10 unchanged,
# whole 18/22 (LIVE_HOST=1 the same); every blind line the same; bench-live
# held-out lines 981 -> 986/1007, corpus 100/113; bench-ndr-reply 481/519.
EXTRA_DIST += bench/live-heldout50.tsv
# Then the blind half of the fifty-first set (bench/live-heldout51.tsv, 9
# refusals and deferrals that receivers gave to self-hosted mail servers,
# forwarders and list servers, as pasted into GitHub threads -- Modoboa
# (freenet's PTR refusal), Mailu (an SPF refusal of forwarded mail),
# WildDuck, anonaddy (addy.io's 552 5.2.2 "Address does not exist"), OSM
# operations (Google's alumni-account refusal), and projects' own mail:
# FixMyStreet (MessageLabs' DMARC refusal), Chaste (Gmail's multiple
# Reply-To), blogs.perl.org, Hardenize (Fastmail's internal list); set51
# wrote and labelled it without running anything or reading the rules;
# only 9 rows: the ground is mined out).  Scored once, whole, on its
# commit aa0df4d (main 87928e8's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout51.tsv` gave 8/9 =
# 88.9 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 4/4,
# blind half 4/5, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.  All blind lines 626/805 -> 630/810 with this set's
# half added (LIVE_HOST=1 627/805 -> 631/810); with the word table
# learning this set's tune half (make wordstats) its tune half reads 4/4,
# its blind half 4/5, set31's blind half 6/13 (was 7/13), every other line
# the same: 629/810 (LIVE_HOST=1 630/810).  bench-live held-out lines
# 986/1007 -> 990/1011 (corpus replies 100/113), the same with the
# relearnt table.  The tune half has no miss: no rule from this set.
EXTRA_DIST += bench/live-heldout51.tsv
# Then the blind half of the fifty-second set (bench/live-heldout52.tsv,
# 17 refusals and deferrals of old mail systems and old blocklists as
# postmasters and users of 1995-2015 pasted or quoted them -- AOL's
# dynamic-address greeting refusal, SPEWS via relays.osirusoft.com, ORDB,
# scn.org, aguk.net, XS4ALL, Yahoo's "dd", UMD's sendmail table, a HELO
# refusal on a list, mlcastle.net, QSL.net, Tin.it's Critical Path; fewer
# than asked, the stored pages holding few Usenet threads and their help
# pages near-saturated; set52 wrote and labelled it without running
# anything or reading the rules).  Scored once, whole, on its commit
# d6fcea8 (main 87928e8's rules and word table): `tests/unit/t-live-reason
# -h ../bench/live-heldout52.tsv` gave 13/17 = 76.5 % (the honest unseen
# figure; LIVE_HOST=1 the same; tune half 3/6, blind half 10/11,
# LIVE_HOST=1 the same).  Split as heldout9; the tune half is in
# bench-live.  All blind lines 626/805 -> 636/816 with this set's half
# added (LIVE_HOST=1 627/805 -> 637/816); with the word table learning
# this set's tune half every line the same; bench-live held-out lines
# 986/1007 -> 989/1013 (corpus replies 100/113).
# set52's rules (reason-word-rules.c: a site or relay named as spam's is
# the client, Yahoo's "delivery error: dd" naming no cause is suspend, an
# address that takes no mail directly is the recipient's filter) took
# its tune half 3/6 -> 6/6, blind half 10/11 unchanged, whole 16/17
# (LIVE_HOST=1 the same); every blind line the same (636/816, LIVE_HOST=1
# 637/816); bench-live corpus 100/113, held-out lines 989 -> 992/1013;
# bench-live-invariance (tune 13,553/13,562), bench-ndr-reply (481/519),
# bench-ndr (369/372, folds 75/81 63/74 64/72 57/70) and
# bench-ndr-external (reason 456/525, blind 192/244) unchanged.
EXTRA_DIST += bench/live-heldout52.tsv
# Then the blind half of the fifty-third set (bench/live-heldout53.tsv, 9
# refusals that receivers gave to the mail of projects and organisations
# running their own mail, or that their operators' pages quote -- ImprovMX's
# PTR refusal (NixOS SC-election-2024), addy.io's spoof-check refusal,
# the ASF's mail-rejection page (SPF, SPF softfail, spam domain),
# NameSilo's SURBL refusal of addy.io's mail, a Mailspike refusal in
# GitLab's handbook, TU Darmstadt's gateway fault, Host Europe's unknown
# user; set53 wrote and labelled it without running anything or reading
# the rules; only 9 rows: the ground is mined out).  Scored once, whole,
# on its commit 79686a0 (main 5e74eab's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout53.tsv` gave 8/9 =
# 88.9 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 8/8,
# blind half 0/1, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.  All blind lines 639/821 -> 639/822 with this set's
# half added (LIVE_HOST=1 640/821 -> 640/822); with the word table
# learning this set's tune half (make wordstats) its halves read the same
# and every other line the same.  bench-live held-out lines 996/1017 ->
# 1004/1025 (corpus replies 100/113), the same with the relearnt table.
# The tune half has no miss: no rule from this set.
EXTRA_DIST += bench/live-heldout53.tsv
# Then the blind half of the fifty-fourth set (bench/live-heldout54.tsv,
# 10 refusals and deferrals as receivers' postmaster pages, providers'
# help centres and bounce glossaries quote them -- Vade's postmaster pages
# for EarthLink and Open-Xchange, InMotion's list of 450s, iCloud's Hide
# My Email refusal on a bounce decoder's page, smtp.codes' AT&T PTR text,
# VirusFree.cz's, STRATO's and Fastmail's help pages; the brief's ground,
# Stack Exchange and old sysadmin forums, is barely in the pages corpus
# and every reply pasted there that came back is held; set54 wrote and
# labelled it without running anything or reading the rules).  Scored
# once, whole, on its commit f562204 (main b9bca0d's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout54.tsv` gave
# 7/10 = 70.0 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 3/5, blind half 4/5, LIVE_HOST=1 the same).  Split as heldout9;
# the tune half is in bench-live.  All blind lines 639/822 -> 643/827
# with this set's half added (LIVE_HOST=1 640/822 -> 644/827); with the
# word table learning this set's tune half (make wordstats) its halves
# read the same and one other blind line moves up one (the 24th, set31's
# blind half, 6/13 -> 7/13; rows not looked at): 644/827 (LIVE_HOST=1
# 645/827).  bench-live held-out lines 1006/1025 -> 1009/1030 (corpus
# replies 100/113).  set54's rule (relaying "not permitted for user",
# the recipient's relay alias switched off, is suspend; an address after
# "for" stays a relay's refusal) took the tune half 3/5 -> 4/5 (LIVE_HOST=1
# the same), the blind half 4/5; every blind line unchanged (644/827,
# LIVE_HOST=1 645/827); bench-live corpus 100/113, held-out lines 1009 ->
# 1010/1030; bench-live-invariance (tune 10 of 13821, unit 35 of 15890)
# and bench-ndr-reply (483/519) the same as without the rule.
EXTRA_DIST += bench/live-heldout54.tsv
# Then the blind half of the fifty-fifth set (bench/live-heldout55.tsv, 11
# refusals and deferrals as non-English administrators' and vendors' pages
# quote receivers' replies -- a Chinese mail-server vendor's unknown-recipient
# guide (dbmailserver), EyouMail Server's bounce analysis, a Chinese bounce
# guide, the Uruguayan ProLinux E-Mail Server's Spanish bounce page, two
# Japanese blogs (tomokos.net, sumari.jp), a Russian page quoting an MDaemon
# log; set55 wrote and labelled it without running anything or reading the
# rules; fewer than asked: the ground is saturated).  Scored once, whole, on
# its commit a8ce6de (main b9bca0d's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout55.tsv` gave 8/11 =
# 72.7 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 3/4,
# blind half 5/7, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.  All blind lines 639/822 -> 644/829 with this set's
# half added (LIVE_HOST=1 640/822 -> 645/829); with the word table
# learning this set's tune half (make wordstats) its halves read the same
# and every other line the same.  bench-live held-out lines 1006/1025 ->
# 1009/1029 (corpus replies 100/113), the same with the relearnt table.
# Its tune half's one miss ("550 5.7.0 user access deny." at RCPT read as
# blocked) gave set55's rule: "deny" and "denies" refuse as "denied" does
# (reason-clues.c, reason-subjects.c); tune half 3/4 -> 4/4, blind half
# 5/7 and every blind line the same (644/829, LIVE_HOST=1 645/829);
# bench-live held-out lines 1009 -> 1010/1029; bench-ndr-reply 483 ->
# 484/519; invariance, bench-ndr and bench-ndr-external unchanged.
EXTRA_DIST += bench/live-heldout55.tsv
# Then the blind half of the fifty-sixth set (bench/live-heldout56.tsv, 11
# refusals and deferrals hosted mail filters and secure e-mail gateways
# send a sending server, as vendors' knowledge bases, their projects' code
# and issues, or pasted bounces quote them -- Broadcom's Symantec Messaging
# Gateway KB, Clearswift TRUSTmanager, Hornetsecurity's codes, MailChannels'
# FBL block, MagicSpam, Ceryx, poste.io, NethServer's rspamd texts, a
# Symantec-filtered receiver, a Postfix phishing refusal; set56 wrote and
# labelled it without running anything or reading the rules; fewer than
# asked: the ground is saturated).  Scored once, whole, on its commit
# 47ff6e0 (main 78ea9fa's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout56.tsv` gave 7/11 =
# 63.6 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 5/7,
# blind half 2/4, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.  All blind lines 649/834 -> 651/838
# with this set's half added (LIVE_HOST=1 650/834 -> 652/838); with the
# word table learning this set's tune half (make wordstats) its halves read
# the same and both totals the same.  bench-live held-out lines 1014/1034
# -> 1019/1041 (corpus replies 100/113), the same with the relearnt table.
# set56's rule (a header check named as deferring or refusing the message
# is contenterror, unless an authentication result, a filter's verdict, a
# blocklist or a malformed header is named) took the tune half 5/7 -> 6/7
# (LIVE_HOST=1 the same), the blind half 2/4; every blind line unchanged
# (651/838, LIVE_HOST=1 652/838); bench-live corpus 100/113, held-out
# lines 1019 -> 1020/1041; bench-live-invariance (tune 10 of 13985, unit
# 35 of 16169), bench-ndr-reply (484/519) and bench-ndr-external the same
# as without the rule.  Its other tune miss ("500 5.7.1 Symantec Zodiac",
# a product's name alone) got no rule.
EXTRA_DIST += bench/live-heldout56.tsv
# Then the blind half of the fifty-seventh set (bench/live-heldout57.tsv,
# 10 refusals that receivers of regions the sets hold few rows of gave,
# as a receiver's unblock page and senders' pasted bounces quote them --
# TK Open Systems' unblock page (an Israeli filtering host), pastebin.com
# bounces from Seznam, chello.nl, Locaweb, linuxpl.com, a Brazilian Exim
# host, telefonica.net, a Spanish receiver on libranosdelspam.com and
# laholm.se; set57 wrote and labelled it without running anything or
# reading the rules; fewer than asked: the ground is saturated).  Scored
# once, whole, on its commit 9a757d4 (main 78ea9fa's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout57.tsv` gave
# 9/10 = 90.0 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 5/6, blind half 4/4, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 649/834 -> 653/838
# with this set's half added (LIVE_HOST=1 650/834 -> 654/838); with the
# word table learning this set's tune half (make wordstats) its halves read
# the same and every other line the same.
# bench-live held-out lines 1014/1034 -> 1019/1040 (corpus replies 100/113).
# Its tune half's one miss (Seznam's "550 5.7.1 Sender Policy Framework of
# `example.org' domain denied your IP address." at MAIL read as rejected)
# gave set57's rule: SPF spelled out with a failure word is authfailure
# (reason-word-rules.c); tune half 5/6 -> 6/6, blind half 4/4; all blind
# lines 653 -> 654/838 (LIVE_HOST=1 654 -> 655/838: set39's blind line
# 11/20 -> 12/20, its rows not looked at); bench-live held-out lines
# 1019 -> 1020/1040 (corpus 100/113); invariance (tune 10 of 13974, unit
# 35 of 16140), bench-ndr-reply (484/519) and bench-ndr-external (blind
# halves 202/261) unchanged.
EXTRA_DIST += bench/live-heldout57.tsv
# Then the blind half of the fifty-eighth set (bench/live-heldout58.tsv,
# 11 refusals and deferrals as mail logs and transcripts pasted on
# pastebin.com and gist.github.com quote them -- senders' Postfix and Exim
# log lines (vdc.vn, elsie.com.ua, a Zimbra-fronted receiver, freenet.de),
# an address verifier's output (Juno) and receivers' own logs of the reply
# they gave (a Polish Postfix, a greyfix deferral, a Canadian sendmail's
# check_relay, two Chilean cPanel Exims, a Mexican Exim); set58 wrote and
# labelled it without running anything or reading the rules; fewer than
# asked: the pastes the search reaches are saturated).  Scored once, whole,
# on its commit f912fbc (main 3997a51's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout58.tsv` gave 10/11 =
# 90.9 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 7/8,
# blind half 3/3, LIVE_HOST=1 the same).  Split as heldout9; the tune half
# is in bench-live.  All blind lines 656/842 -> 659/845 with this set's
# half added (LIVE_HOST=1 657/842 -> 660/845); with the word table
# learning this set's tune half (make wordstats) its halves read the same
# and every other line the same.
# bench-live held-out lines 1026/1047 -> 1033/1055 (corpus replies 100/113).
# Its tune half's one miss (sendmail's check_relay "553 5.3.0 Blocked.
# See http://cbl.abuseat.org/lookup.cgi?ip=ADDR" read as X.3.0's
# systemerror) got set58's url rule (reason-urls.c: the CBL's lookup link
# names a listing, blocked): tune half 7/8 -> 8/8, blind 3/3, whole 11/11;
# bench-live-blind every line the same (659/845, LIVE_HOST=1 660/845);
# bench-live held-out lines 1033 -> 1034/1055, corpus replies 100/113;
# invariance (tune 10 of 14204, unit 34 of 16231), bench-ndr-reply
# 484/519 and bench-ndr-external (blind 202/261) unchanged.
EXTRA_DIST += bench/live-heldout58.tsv
# Then the blind half of the fifty-ninth set (bench/live-heldout59.tsv,
# 4 refusals and deferrals that receivers and relays gave applications'
# notification mailers, as users pasted them into the applications' GitHub
# issue threads -- MRBS's SMTP server (no reverse DNS), measuremail.com
# deferring Baruwa's DMARC reports, a relay refusing a bamboo_smtp
# mailer's unparsable recipient, a receiver's OpenDMARC refusing
# daily.dev's recovery mail; set59 wrote and labelled it without running
# anything or reading the rules; far fewer than asked: the issues corpus
# is saturated for the listed applications).  Scored once, whole, on its
# commit 8e9abee (main 18289ad's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout59.tsv` gave 4/4 =
# 100.0 % (the honest unseen figure, on four rows only; LIVE_HOST=1 the
# same; tune half 2/2, blind half 2/2, LIVE_HOST=1 the same).  Split as
# heldout9; the tune half is in bench-live.  All blind lines 659/845 ->
# 661/847 with this set's half added (LIVE_HOST=1 660/845 -> 662/847);
# with the word table learning this set's tune half (make wordstats) its
# halves read the same and every other line the same.
# bench-live held-out lines 1034/1055 -> 1036/1057 (corpus replies 100/113).
# Its tune half has no miss, so no rule came of it.
EXTRA_DIST += bench/live-heldout59.tsv
# Then the blind half of the sixtieth set (bench/live-heldout60.tsv,
# 11 refusals as non-English pages quote receivers' replies -- Coremail's
# Chinese help page on rejected mail (NetEase AntiSpam+, rapidsite.net's
# ban, a sender domain not welcome, a From blocked), Coremail's bounce-hint
# list, a Chinese registrar's FAQ, a Tencent Exmail reseller's forum copy
# of Winmail's guide (Pipex, Kodak), a NetEase reseller's help page and
# 01net's French guide; set60 wrote and labelled it without running
# anything or reading the rules; about the least a set may hold: the
# regional ground is saturated).  Scored once, whole, on its commit
# c6bfdf4 (main 7f5d904's rules and word table):
# `tests/unit/t-live-reason -h ../bench/live-heldout60.tsv` gave 9/11 =
# 81.8 % (the honest unseen figure; LIVE_HOST=1 the same; tune half 5/6,
# blind half 4/5, LIVE_HOST=1 the same).  Split as heldout9; the tune
# half is in bench-live.  All blind lines 662/847 -> 666/852 with this
# set's half added (LIVE_HOST=1 663/847 -> 667/852); with the word table
# learning this set's tune half (make wordstats) its halves read the same
# and every other line the same.
# bench-live held-out lines 1036/1057 -> 1041/1063 (corpus replies 100/113).
# Its tune half's one miss (Coremail's "550 CoremailSys:Your message was
# blocked by NetEase AntiSpam+" read as the phrase "was blocked by "'s
# block) got set60's word rule (the message named as blocked by the
# receiver's anti-spam machinery is spamdetected, over the phrase's
# blocked): tune half 5/6 -> 6/6, blind 4/5, whole 10/11; bench-live-blind
# every line the same (666/852, LIVE_HOST=1 667/852; a first draft with
# any refusal verb moved one line down and was narrowed); bench-live
# held-out lines 1041 -> 1042/1063, corpus replies 100/113; invariance
# (tune 10 of 14327, unit 34 of 16506), bench-ndr-reply 484/518 and
# bench-ndr-external unchanged.
# subj1 then made that one precedence instead of a word rule: the phrase
# "was blocked by " alone (a pseudo-reason beside its blocked,
# reason-scan.c) yields to a subject row that reads the agent (set33's
# anti-spam row, set40's named agent; reason-subjects.c), after DATA only
# (at MAIL, RCPT or the greeting no such row holds and blocked stands);
# set60's word rule removed, its cases t-reason-words live cases now; set40's veto "your" narrowed to "by your" ("550 Your
# message was blocked by kbas").  Every figure the same: bench-live-blind
# every line (668/852 on main 084abd7, LIVE_HOST=1 668/852), bench-live
# corpus 100/113 and held-out lines 1042/1063 (heldout60 tune 6/6),
# invariance tune 10 of 14327, unit 34 of 16506, bench-ndr-reply 484/518,
# bench-ndr-external every line, corpus bench-ndr 369/372 (folds 75/81
# 63/74 64/72 57/70).
EXTRA_DIST += bench/live-heldout60.tsv
# Then the blind half of the sixty-first set (bench/live-heldout61.tsv,
# 8 refusals kernel developers quoted in posts of the lfdr.de mailing-list
# mirrors in git -- TI refusing a maintainer's own address, MELFAS twice,
# GE over Proofpoint, MediaTek's relaying refusal for a departed address,
# kernel.org's Postfix over Spamhaus DBL's "open resolver", Hornetsecurity's
# bad reputation for tq-group.com, NXP's Exchange Online in its
# aka.ms/EXOSmtpErrors form; set61 wrote and labelled it without running
# anything or reading the rules; fewer than the 10 asked: the vein is thin).
# Scored once, whole, on its commit 6b9f7de (main e7aecf0's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout61.tsv` gave
# 7/8 = 87.5 % (the honest unseen figure; LIVE_HOST=1 the same; tune half
# 1/1, blind half 6/7, LIVE_HOST=1 the same).  Split as heldout9; the tune
# half is in bench-live.  All blind lines 667/852 -> 673/859 with this
# set's half added (LIVE_HOST=1 668/852 -> 674/859); with the word table
# learning this set's tune half (make wordstats) its halves read the same
# and every other line the same.
# bench-live held-out lines 1042/1063 -> 1043/1064 (corpus replies 100/113).
# Its tune half (one row) has no miss, so no rule came of it.
EXTRA_DIST += bench/live-heldout61.tsv
# Then the blind half of the sixty-second set (bench/live-heldout62.tsv,
# 23 refusals mail administrators wrote into real servers' configurations
# kept in git -- MXroute's Exim pre-ACLs, personal and company Exim ACLs,
# Postfix header_checks, mime_header_checks and body_checks tables and
# Postfix HELO and client access maps; the code the rule gives, else the
# MTA's default for the action (Postfix access REJECT 554 5.7.1, cleanup
# REJECT 550 5.7.1, Exim deny 550); set62 wrote and labelled it without
# running anything or reading the rules).
# Scored once, whole, on its commit 3ecfa51 (main 8e76c07's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout62.tsv` gave
# 9/23 = 39.1 % (the honest unseen figure; LIVE_HOST=1 the same; tune half
# 4/14, blind half 5/9, LIVE_HOST=1 the same).  Split as heldout9; the tune
# half is in bench-live.  All blind lines 673/859 -> 678/868 with this
# set's half added (LIVE_HOST=1 674/859 -> 679/868); with the word table
# learning this set's tune half (make wordstats) its tune half reads 8/14,
# its blind half 5/9, and one other blind line moves: heldout37's blind
# half 9/12 -> 8/12 (LIVE_HOST=1 the same; its rows not read), so all
# blind lines 677/868 (LIVE_HOST=1 678/868); every other line the same.
# bench-live held-out lines 1043/1064 -> 1051/1078 (corpus replies 100/113).
# set62's rules (an attachment named bad; a file refused as one that could
# carry a virus is its type refused; a header or subject refused or named
# unreadable is the content; a party blacklisted for sending spam is
# blocked; bounces counted against our account reject it) took the tune
# half 8/14 -> 14/14 (LIVE_HOST=1 the same); the blind half 5/9 -> 6/9 and
# heldout13's blind half 35/44 -> 36/44 (rows not read): all blind lines
# 677/868 -> 679/868 (LIVE_HOST=1 678/868 -> 680/868), no line down;
# bench-live corpus 100/113, held-out lines 1051 -> 1057/1078; invariance
# tune 13 of 14561, unit 34 of 16629; bench-ndr-reply 485/519, bench-ndr
# (369/372, folds 75/81 63/74 64/72 57/70) and bench-ndr-external (reason
# 553/651, blind 226/307) unchanged.
EXTRA_DIST += bench/live-heldout62.tsv
# Then the blind half of the sixty-third set (bench/live-heldout63.tsv,
# 13 refusals users pasted into GitHub issue threads of software no
# earlier set cites, or cites for at most three other threads --
# Mailspring's SMTP logs (Exim's 503 to AUTH, Sendmail's 500 to AUTH, a
# sender refused after login), mailcore2's Yahoo! JAPAN submission
# replies, Delta Chat's provider limit, chatmail's Date-header refusal,
# docker-nagios' sSMTP relay refusal, Libero's Spamhaus greeting, Amazon
# SES via Supabase, Trend Micro's ERS-DUL via mailstrom, Exercism's daily
# limit, Locaweb's refusal in a PHPMailer thread; set63 wrote and labelled
# it without running anything or reading the rules; fewer than the 15-25
# asked: the issues corpus is near-saturated).
# Scored once, whole, on its commit ca504b5 (main 8e76c07's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout63.tsv` gave
# 11/13 = 84.6 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 7/8, blind half 4/5, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 673/859 -> 677/864
# with this set's half added (LIVE_HOST=1 674/859 -> 678/864); with the
# word table learning this set's tune half (make wordstats) its halves
# read the same, but set37's blind line 9/12 -> 8/12 (LIVE_HOST=1 the
# same; which row not read): all blind lines 676/864 (LIVE_HOST=1 677/864).
# bench-live held-out lines 1043/1064 -> 1050/1072 (corpus replies 100/113),
# the same after make wordstats.
# set63's rule (a login demanded -- "requires authentication",
# "authentication required", "must authenticate", Locaweb's "necessaria
# autenticacao" -- is securityerror and rules out blocked, so Postfix's
# "Client host rejected:" class no longer reads a login asked for as a
# block of our IP; not when a DNS blocklist, a listing, SPF, DKIM or
# DMARC is named beside it) took the tune half 7/8 -> 8/8 (LIVE_HOST=1
# the same), the blind half 4/5; with make wordstats relearned one blind
# line moved, set22's 18/23 -> 19/23 (LIVE_HOST=1 the same; its rows not
# read): all blind lines 676/864 -> 677/864 (LIVE_HOST=1 677/864 ->
# 678/864); bench-live corpus 100/113, held-out lines 1050 -> 1051/1072;
# bench-live-invariance tune 10 of 14462 and unit 34 changed (of 16569,
# 16506 before the four new cases); bench-ndr-reply 485/519, bench-ndr
# (369/372, folds 0, 1, 2, 4 without their own rows 75/81 63/74 64/72
# 57/70) and bench-ndr-external (reason 553/651, blind 226/307,
# recipients 274/307 of the blind halves) unchanged.
EXTRA_DIST += bench/live-heldout63.tsv
# Then the blind half of the sixty-fourth set (bench/live-heldout64.tsv,
# 10 refusals and deferrals mail administrators wrote into configurations
# and scripts kept in git, of kinds set62 did not take -- Exchange Online
# transport rules in admins' PowerShell (an auto-forward block, an
# anti-spoofing rule), a postfwd policy for a Postfix relay (a relay
# whitelist, a daily recipient limit, a rate limit), rspamd force_actions
# of GrapheneOS's and MXroute's mail hosts, a QA team's Sendmail access
# database; set64 wrote and labelled it without running anything or
# reading the rules; fewer than the 15-25 asked: the code index names the
# repository of few of the files it finds).
# Scored once, whole, on its commit f59dde8 (main a653fc3's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout64.tsv` gave
# 6/10 = 60.0 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 4/6, blind half 2/4, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 684/873 -> 686/877
# with this set's half added (LIVE_HOST=1 685/873 -> 687/877); with the
# word table learning this set's tune half (make wordstats) every line
# reads the same, this set's halves too;
# bench-live held-out lines 1065/1086 -> 1069/1092 (corpus replies 100/113),
# the same after make wordstats.
# set64's rules (a receiver's anti-spoofing rule or check named as one
# hyphenated word refuses our sender as spoofed, rejected, as
# reason-subjects.c's spoof row; a HELO or EHLO named an address or IP
# literal, or told it must be a domain, is our name refused, blocked,
# as the HELO rule; a server that says it is no open relay refuses
# relaying, norelaying, unless a blocklist, a listing or SPF/DKIM/DMARC
# is named beside it: set62's tune row "we are not an open relay.",
# read by the word table alone before, fell to userunknown when the
# table relearned the new unit cases) took the tune half 4/6 -> 6/6
# (LIVE_HOST=1 the same), the blind half 2/4 unchanged; no blind line
# moved: all blind lines 686/877 (LIVE_HOST=1 687/877); bench-live
# corpus 100/113, held-out lines 1069 -> 1071/1092; invariance tune 13
# -> 9 of 14772, unit 34 of 16692 -> 32 of 16800; bench-ndr-reply
# 486/519 and bench-ndr-external (blind halves reason 232/314,
# recipients 284/314) unchanged, every line.
EXTRA_DIST += bench/live-heldout64.tsv
# Then the blind half of the sixty-fifth set (bench/live-heldout65.tsv,
# 9 refusals and deferrals of servers and gateways run on small and
# mid-size sites as their vendors' documentation or their users' issue
# threads quote them -- Stalwart (a submission sender not the login's,
# greylisting with code 422, its per-session message cap), maddy (a To
# header it cannot parse, its DKIM check, go-smtp's RCPT syntax),
# hMailServer's error reference, IceWarp's 5xx page, Dr.Web's Exchange
# anti-spam agent; set65 wrote and labelled it without running anything
# or reading the rules; one short of the 10 asked: the ground is
# saturated, about 150 drafted texts held).
# Scored once, whole, on its commit 8afbfbf (main a653fc3's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout65.tsv` gave
# 7/9 = 77.8 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 6/7, blind half 1/2, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 684/873 -> 685/875 with
# this set's half added (LIVE_HOST=1 685/873 -> 686/875); with the word
# table learning this set's tune half (make wordstats) its halves read the
# same, but two other blind lines move down, set31's 7/13 -> 6/13 and
# set50's 7/10 -> 6/10 (LIVE_HOST=1 the same; which rows not read): all
# blind lines 683/875 (LIVE_HOST=1 684/875).  bench-live held-out lines
# 1065/1086 -> 1071/1093 (corpus replies 100/113), the same after make
# wordstats.
# set65's rule (an address in a header field -- To, Cc, Bcc, From,
# Sender, Reply-To -- named invalid, malformed or bad just before it,
# maddy's "554 5.6.0 Invalid address in To": the message's form,
# notcompliantrfc, and no unknown recipient; not when the envelope's
# command or its argument is named) took the tune half 6/7 -> 7/7
# (LIVE_HOST=1 the same), the blind half 1/2, whole 7/9 -> 8/9; with make
# wordstats relearned no blind line moved: all blind lines 683/875
# (LIVE_HOST=1 684/875); bench-live corpus 100/113, held-out lines 1071 ->
# 1072/1093; bench-live-invariance tune 13 of 14788 and unit 34 changed
# (of 16738, 16692 before the three new cases); bench-ndr-reply 486/519
# and bench-ndr-external unchanged.
# Then the blind half of the sixty-sixth set (bench/live-heldout66.tsv,
# 11 refusals and deferrals receivers gave self-hosted applications and
# CMS plugins sending their own mail, as users pasted them into GitHub
# threads -- MailerSend's (Immich, listmonk), Mailgun's (listmonk),
# Amazon SES's (Postgresus, Mageplaza's Magento 2 SMTP extension,
# duplicacy-util, 0pdd), IONOS's (Contao), OVH's redirect host (Wekan),
# a submission server's (Vaultwarden); set66 wrote and labelled it
# without running anything or reading the rules; fewer than the 20
# hoped for: the ground is near-saturated).
# Scored once, whole, on its commit 132d3cf (main 685893e's rules and word
# table): `tests/unit/t-live-reason -h ../bench/live-heldout66.tsv` gave
# 4/11 = 36.4 % (the honest unseen figure; LIVE_HOST=1 the same; tune
# half 2/5, blind half 2/6, LIVE_HOST=1 the same).  Split as heldout9; the
# tune half is in bench-live.  All blind lines 686/877 -> 688/883
# with this set's half added (LIVE_HOST=1 687/877 -> 689/883); with the
# word table learning this set's tune half (make wordstats) its tune half
# reads 3/5, every blind line the same; bench-live held-out lines
# 1071/1092 -> 1074/1097 (corpus replies 100/113).
# set66's rules (a count of our requests over a limit, "too many
# requests", is a sending rate, speeding, no greylisting whatever "try
# again later" says, as the rate rule's words; concurrent requests stay
# connections: MailerSend's "450 Too many requests. Try again later.
# #MS-ST-G"; a failed transaction with a parser's "expected" token is
# the message's form, notcompliantrfc, no failure of the server's own:
# Amazon SES's "554 Transaction failed: Expected '/', got ;"; an expected
# reply, code or upstream is a relay's own trouble) took the tune half
# 3/5 -> 5/5 (LIVE_HOST=1 the same), the blind half 2/6 -> 3/6; no other
# blind line moved: all blind lines 688/883 -> 689/883 (LIVE_HOST=1
# 689/883 -> 690/883); bench-live corpus 100/113, held-out lines 1074 ->
# 1076/1097; invariance tune 9 of 14849 unchanged, unit 32 of 16800 ->
# 32 of 16860; bench-ndr-reply 486/519 and bench-ndr-external
# unchanged, every line.
EXTRA_DIST += bench/live-heldout66.tsv
.PHONY: bench-live-blind
# The sets read whole (7 and 10: never tuned on) and the sets whose blind
# half alone is unseen, in the order the lines are printed; a new held-out
# set joins LIVE_BLIND_SETS.  After each pass (plain, then LIVE_HOST=1)
# a last line sums every line above it.
LIVE_BLIND_WHOLE = 7 10
LIVE_BLIND_SETS = 7 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 \
	28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46
LIVE_BLIND_SETS += 47
LIVE_BLIND_SETS += 48
LIVE_BLIND_SETS += 49
LIVE_BLIND_SETS += 50
LIVE_BLIND_SETS += 51
LIVE_BLIND_SETS += 52
LIVE_BLIND_SETS += 53
LIVE_BLIND_SETS += 54
LIVE_BLIND_SETS += 55
LIVE_BLIND_SETS += 56
LIVE_BLIND_SETS += 57
LIVE_BLIND_SETS += 58
LIVE_BLIND_SETS += 59
LIVE_BLIND_SETS += 60
LIVE_BLIND_SETS += 61
LIVE_BLIND_SETS += 62
LIVE_BLIND_SETS += 63
LIVE_BLIND_SETS += 64
LIVE_BLIND_SETS += 65
LIVE_BLIND_SETS += 66
bench-live-blind: tests/unit/t-live-reason
	@for host in "" 1; do \
	    test -z "$$host" || echo "with the exchanger the rows name (LIVE_HOST=1, as a live check knows it):"; \
	    for n in $(LIVE_BLIND_SETS); do \
	        half=blind; \
	        case " $(LIVE_BLIND_WHOLE) " in *" $$n "*) half= ;; esac; \
	        LIVE_HOST=$$host LIVE_HALF=$$half tests/unit/t-live-reason \
	            -h $(srcdir)/bench/live-heldout$$n.tsv | tail -1; \
	    done | awk '{ print } \
	        match($$0, /on [0-9]+ /) { n += substr($$0, RSTART + 3, RLENGTH - 4) } \
	        match($$0, /: [0-9]+ right/) { r += substr($$0, RSTART + 2, RLENGTH - 8) } \
	        END { printf "all blind lines: %d/%d right (%.1f%%)\n", r, n, n ? 100 * r / n : 0 }'; \
	done

# heldout-dedupe (dd1): is a draft held-out text new to the classifier?
# bench/heldout-dedupe.py normalises each candidate (a .tsv in the live sets'
# columns, .eml bounce notices, or "-": a text on stdin) and the held places
# (bench/, tests/ but tests/fuzz/, src/ with C strings joined across lines,
# man/, po/) the same way -- lower case, reply and status codes and "NNN-"
# continuation prefixes off, "\n" escapes and white space squeezed,
# addresses, IPs, hosts, URLs, dates and IDs made placeholders -- and prints
# per candidate "held" (its text contained in a held place), "near" (80 % of
# its 6-word runs in one held file), "short" (held, but under four words: a
# phrase any rule table holds) or "new", with the file and line of the best
# match; a bounce notice is held when every paragraph of its shown text is.
# Plain grep misses a reply held over continuation lines.
#   make heldout-dedupe HELDOUT_FILES=../bench/live-heldout49.tsv
#   echo '550 5.7.1 TEXT' | make heldout-dedupe
#   make heldout-dedupe HELDOUT_FILES="../bench/ndr-external16/*.eml" \
#       HELDOUT_ARGS="--exclude bench/ndr-external16 --corpus $$CORPUS"
# (a candidate file in the tree is never its own held place; --exclude
# leaves out more, --at COMMIT reads the held places as at that commit).
# heldout-audit: every live and external set's rows against the tree as it
# was just before the row's set (or batch) was committed, the set's own file
# left out, the corpus's folds 0, 1, 2, 4 too for bounces (fold 3 never
# opened); prints per set and CRC-32 half how many rows were already held
# (text only: nothing is classified); HELDOUT_AUDIT_ARGS=--write rewrites
# the held lists bench/heldout-held-live.tsv and bench/heldout-held-ext.tsv,
# which LIVE_SKIP_HELD (t-live-reason -h) and EXT_SKIP_HELD
# (ndr-external-run.sh) read to leave those rows out of a figure:
#   LIVE_SKIP_HELD=$(srcdir)/bench/heldout-held-live.tsv make bench-live-blind
#   EXT_SKIP_HELD=$(srcdir)/bench/heldout-held-ext.tsv make bench-ndr-external
# Audit (dd1, on main a4779949, `make heldout-audit`, held lists written with
# HELDOUT_AUDIT_ARGS=--write): live sets 1-48, 128 of 1,768 rows were already held
# when their set was written (tune halves 75/901, blind halves 53/867; 85 more
# held only as a phrase of under four words, "short", not counted); most in the
# seventh set (33 of its 50 rows: providers' canonical texts that t-live-reason's
# cases and the lab scenarios held), the seventeenth (23/62), the third (10/45),
# the thirteenth (9/86); none in sets 5, 25-33, 35, 37-39, 42-48.  External sets 1-15: 104 of 490
# bounces (tune 59/265, blind 45/225), every paragraph of their shown text held
# (Exim's, Postfix's and Gmail's templates over a diagnostic an earlier set or the
# corpus holds).  Figures on the rows that were new (totals only):
#   LIVE_SKIP_HELD=../bench/heldout-held-live.tsv make bench-live-blind
#     all blind lines 612/783 (78.2 %) -> 553/717 (77.1 %); LIVE_HOST=1 613/783 ->
#     553/717; the held blind rows were right 59/66 (set 7 49/50 -> 17/17, set 17
#     25/33 -> 14/21, set 13 35/44 -> 32/40, set 18 17/23 -> 14/20; 9, 10, 11, 12,
#     15, 16, 21 and 36 one or two rows fewer).
#   EXT_SKIP_HELD=../bench/heldout-held-ext.tsv make bench-ndr-external
#     blind halves reason 181/225 (80.4 %) -> 146/180 (81.1 %), recipients 216 ->
#     172/180, status and class 215 -> 172/180; tune halves reason 249/265 ->
#     192/206: the held bounces were no easier (35/45 right in the blind halves).
EXTRA_DIST += bench/heldout-dedupe.py bench/heldout-audit.py \
	bench/heldout-held-live.tsv bench/heldout-held-ext.tsv
.PHONY: heldout-dedupe heldout-audit
heldout-dedupe:
	@files="$(HELDOUT_FILES)"; PYTHONDONTWRITEBYTECODE=1 python3 \
	    $(srcdir)/bench/heldout-dedupe.py --root $(srcdir) $(HELDOUT_ARGS) \
	    $${files:--}
heldout-audit:
	PYTHONDONTWRITEBYTECODE=1 python3 $(srcdir)/bench/heldout-audit.py \
	    $(HELDOUT_AUDIT_ARGS) $(abs_top_srcdir) \
	    $${MXSCOPE_CORPUS:-$(abs_top_srcdir)/../shared/corpus/bounces}

# bench-batch: mxscope --batch on 1,000 and 10,000 generated lab domains.
EXTRA_DIST += bench/batch-bench.sh bench/batch-dns.py bench/batch-lab.scn
.PHONY: bench-batch
bench-batch: mxscope mxscope-lab
	$(SHELL) $(srcdir)/bench/batch-bench.sh $(abs_top_builddir)

# bench-dns-wild: issue 12's DNS situations, before and after: what an older
# mxscope (DNS_WILD_OLD, a path) and this one say on the same lab scenarios
# (bench/dns-wild.sh).
EXTRA_DIST += bench/dns-wild.sh
.PHONY: bench-dns-wild
bench-dns-wild: mxscope mxscope-lab
	top_srcdir=$(srcdir) $(SHELL) $(srcdir)/bench/dns-wild.sh \
	    "$${DNS_WILD_OLD:?set DNS_WILD_OLD to an older mxscope}" \
	    $(abs_top_builddir)/mxscope $(abs_top_builddir)/mxscope-lab

# bench-ndr-hostile: the bounce reader on bounces of hostile shape and size
# (hostile-inputs.md N2-N6), each generated into a temporary directory by
# bench/ndr-hostile-gen.py and deleted once read (never stored): 20,000
# recipients (a DSN, and a plain notice), one 4 MiB diagnostic line, a
# Diagnostic-Code over 50,000 continuation lines, MIME nested 10,000 deep,
# 10,000 parts, a 1 MiB header field, bare CRs and NULs, a base64 part that
# never ends, an mbox of 2,000 such messages made smaller.  Per shape: the
# wall time and peak RSS of mxscope --ndr --offline (text, --json; the text
# form at a quarter of the size too, so that growth shows) and of Sisimai
# (libsisimai-perl, through bench/ndr-sisimai.pl as bench-ndr runs it;
# under timeout and ulimit -v), and each reader's answer.  Figures only, no
# wall-clock assertion; NDR_HOSTILE_SHAPES, NDR_HOSTILE_SISIMAI=0,
# NDR_HOSTILE_TIMEOUT, NDR_HOSTILE_MEM_MB (see the script).
#   make bench-ndr-hostile
# Measured (fz5, 2026-12-07, 2 cores at a load of about 3.4, main 4bf1e10
# plus this branch; wall s, CPU s in brackets, peak RSS; mxscope text and
# --json alike; Sisimai 4.25.15 under ulimit -v 4 GiB):
#   shape        bytes     mxscope               a quarter     Sisimai
#   rcpts        7.2 MB    0.11 (0.06) 19 MiB    0.07 (0.03)   17.2 (16.2) 213 MiB
#   rcpts-text   3.0 MB    0.26 (0.24) 10 MiB    0.26 (0.21)   19.1 (17.5) 173 MiB
#   longline     4.2 MB    0.01 (0.00)  6 MiB    0.02 (0.00)    1.7 (1.5)   94 MiB
#   cont         2.5 MB    0.03 (0.02) 13 MiB    0.03 (0.00)    1.5 (1.4)   63 MiB
#   deep         0.7 MB    0.02 (0.01)  6 MiB    0.01 (0.00)   out of memory after 16.9 s
#   wide         0.4 MB    0.03 (0.01)  7 MiB    0.07 (0.00)    0.8 (0.4)   28 MiB
#   header       1.0 MB    0.03 (0.01)  7 MiB    0.05 (0.00)    0.6 (0.4)   33 MiB
#   nulcr        2.1 MB    0.25 (0.14)  8 MiB    0.17 (0.09)    0.2 (0.1)   18 MiB
#   base64      12.6 MB    0.16 (0.05) 19 MiB    0.10 (0.03)   20.8 (13.6) 220 MiB
#   mbox        24.2 MB    6.87 (4.13)  7 MiB    1.21 (0.98)   68.5 (53.0) 269 MiB
# Every shape linear or flat at its cap; RSS at most the 16 MiB input cap
# plus its decoding (an mbox stays at one message's worth).  Fixed on the
# way: bare CR line ends cost the 64 KiB read buffer per line (16 MiB of
# CRs 9.7 s, now 0.4 s: src/ndr/ndr-mbox.c) and a plain notice of more
# than 256 recipients dropped the rest without a note (src/ndr/ndr-text.c);
# tests/unit/ndr-hostile.sh checks both.  Answers: every shape's first
# recipient userunknown in both readers but deep (the DSN below the depth
# cap: mxscope "not a bounce" with the note "MIME nesting too deep";
# Sisimai ran out of 4 GiB, and without the limit took 47.7 s and 7.5 GB
# to say userunknown), wide (the DSN past the 512-part cap: mxscope
# undefined for the notice's sender, noted; Sisimai userunknown) and nulcr
# (NUL bytes inside the field names: neither finds a bounce).
EXTRA_DIST += bench/ndr-hostile.sh bench/ndr-hostile-gen.py
bench-ndr-hostile: mxscope
	$(SHELL) $(srcdir)/bench/ndr-hostile.sh $(abs_top_builddir)/mxscope
.PHONY: bench-ndr-hostile
