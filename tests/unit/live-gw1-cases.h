/*
 * live-gw1-cases: the replies two filtering gateways document, Mimecast and
 * Proofpoint (Essentials and pphosted).  Each label was decided from the
 * documented meaning and the man page's REASONS before the classifier was
 * run; the first run got 12 of the 14 right, 13 after a
 * rule for Proofpoint Essentials' "marked as invalid".  A row in gw1_todo is a
 * known disagreement (TAP TODO), kept with its label.  A gateway is known
 * by its words (the DOC-1369 link, ipcheck.proofpoint.com), as the live
 * check reads them; the bare texts below are as bounces quote them.
 * Included by t-live-reason.c (uses its struct live_case, struct
 * live_todo and stage macros).
 */
static const struct live_case gw1_cases[] = {
	/* Mimecast "SMTP Error Codes" (community.mimecast.com/docs/
	 * DOC-1369; copies: electronicaportatil.com/smtp-error-codes/,
	 * project.altservice.com/issues/721): 4xx table. */
	{ "mimecast", B, "421 Sender address blocked - https://community."
	  "mimecast.com/docs/DOC-1369#421 [aBcD.uk1]", "blocked", "-" },
	{ "mimecast", B, "421 Unable to process connection at this time - "
	  "https://community.mimecast.com/docs/DOC-1369#421 [aBcD.uk1]",
	  "systemerror", "-" },
	/* "subjected to Greylisting ... or the sender's IP address has a
	 * poor reputation" */
	{ "mimecast", R, "451 Internal resource temporarily unavailable - "
	  "https://community.mimecast.com/docs/DOC-1369#451 [aBcD.uk1]",
	  "greylisted|badreputation", "-" },
	/* The 550 form, as quoted in accredit-solutions.zendesk.com
	 * "550 Rejected by header based Anti-Spoofing policy" and
	 * suped.com "why-are-emails-bouncing-with-mimecast-anti-spoofing-
	 * policy": our From: claims the recipient's own domain. */
	{ "mimecast", D, "550 Rejected by header based Anti-Spoofing policy: "
	  "a@example.org - https://community.mimecast.com/docs/DOC-1369#550 "
	  "[VUJUo2t1Pr-x_8v9fCw5Og.uk90]", "rejected|authfailure", "-" },
	/* suped.com "why-are-sendgrid-verification-emails-blocked-by-
	 * mimecast": a user's own blocked-senders entry. */
	{ "mimecast", R, "550 Envelope blocked - User Entry - https://"
	  "community.mimecast.com/docs/DOC-1369#550 [aBcD.uk1]",
	  "rejected|filtered", "-" },
	{ "mimecast", R, "550 Envelope blocked - User Entry",
	  "rejected|filtered", "-" },
	/* suped.com "why-does-email-deliver-to-one-recipient-but-get-
	 * rejected-for-another-with-mimecast": spam scoring, content,
	 * URL or attachment checks. */
	{ "mimecast", D, "554 Email rejected due to security policies - "
	  "https://community.mimecast.com/docs/DOC-1369#554 [aBcD.uk1]",
	  "spamdetected|policyviolation|virusdetected", "-" },
	{ "mimecast", D, "554 Email rejected due to security policies",
	  "spamdetected|policyviolation|virusdetected", "-" },
	/* Proofpoint's reputation (PDR) block, proofpoint.com/postmaster
	 * and suped.com "how-to-get-proofpoint-to-unblock-my-ip-address"
	 * ("554 with a 5.7.0 blocked message"). */
	{ "proofpoint", B, "554 5.7.0 Blocked - see https://ipcheck.proofpoint"
	  ".com/?ip=192.0.2.1", "blocked|badreputation", "-" },
	{ "proofpoint", M, "554 5.7.0 Blocked - see https://ipcheck.proofpoint"
	  ".com/?ip=192.0.2.1", "blocked|badreputation", "-" },
	/* Proofpoint Essentials, 404andmore.com "proofpoint-essentials-
	 * fixing-the-550-5-7-1-spf-rejected-error". */
	{ "ppe", M, "550 5.7.1 Message rejected per sender's SPF policy - "
	  "OXSUS001_514", "authfailure", "-" },
	/* Proofpoint Essentials as a reseller documents it,
	 * spambrella.com/faq/email-delivery-error-codes/. */
	{ "ppe", R, "550 5.7.1 <u@example.org>: Recipient address rejected: "
	  "User email address is marked as invalid.", "userunknown", "-" },
	{ "ppe", M, "550 5.1.0 sender rejected", "rejected|blocked|"
	  "authfailure", "-" },
	{ "ppe", R, "550 5.7.1 Relay Access denied", "norelaying", "-" },
};

