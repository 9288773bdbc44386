/*
 * reason-vendor: providers' own codes and meanings for a live reply (see
 * reason-vendor.h).  Everything here is data taken from the providers'
 * public documentation; each group names its source.  The general rules
 * (reason-rules.c, reason-words.c) still decide every reply this table
 * says nothing about.
 */
#include <string.h>

#include "reason-hosts.h"
#include "reason-rules.h"
#include "reason-vendor.h"

/*
 * Providers: the registered domains their exchangers are named under
 * ("|"-separated; a host is one of them or a name under one, label by
 * label) and the marks their replies carry (whole tokens of the lower-case
 * text), used when the host is not known.
 */
static const struct provider {
	const char	*name, *domains, *marks;
} providers[] = {
	/* gmail-smtp-in.l.google.com, aspmx.l.google.com; every Gmail
	 * reply ends in "- gsmtp" (support.google.com/a/answer/3726730). */
	{ "google", "google.com|googlemail.com|gmail.com",
	    "gsmtp|support.google.com" },
	/* *.mail.protection.outlook.com, *.olc.protection.outlook.com
	 * (Exchange Online, Outlook.com). */
	{ "microsoft", "outlook.com|hotmail.com|live.com|office365.us",
	    "protection.outlook.com|prod.outlook.com|go.microsoft.com|"
	    "sender.office.com|mail.live.com" },
	/* mta*.am0.yahoodns.net (Yahoo, AOL, AT&T since 2025). */
	{ "yahoo", "yahoodns.net|yahoo.com|aol.com",
	    "postmaster.yahooinc.com|senders.yahooinc.com|"
	    "postmaster.yahoo.com|postmaster.aol.com" },
	/* mx01.mail.icloud.com */
	{ "apple", "icloud.com|me.com|mac.com|apple.com", "support.apple.com" },
	/* mx00.gmx.net, mx-ha02.web.de, mx00.ionos.de ("Nemesis ESMTP"). */
	{ "unitedinternet", "gmx.net|gmx.com|gmx.de|web.de|mail.com|ionos.com|"
	    "ionos.de|1and1.com|kundenserver.de",
	    "postmaster.gmx.net|postmaster.gmx.com|postmaster.web.de|nemesis" },
	{ "mailru", "mail.ru", "help.mail.ru|postmaster.mail.ru" },
	{ "yandex", "yandex.ru|yandex.net|yandex.com", "" },
	/* mx1.qq.com, mxbiz1.qq.com (QQ Mail, Tencent Exmail). */
	{ "tencent", "qq.com", "service.mail.qq.com|exmail.qq.com" },
	/* 163mx01.mxmail.netease.com, mx*.126.com. */
	{ "netease", "163.com|126.com|yeah.net|netease.com|188.com",
	    "mail.163.com" },
	{ "zoho", "zoho.com|zoho.eu|zoho.in|zohomail.com|zoho.jp", "" },
	/* mx0a-*.pphosted.com */
	{ "proofpoint", "pphosted.com|ppe-hosted.com|proofpoint.com",
	    "proofpoint.com" },
	{ "mimecast", "mimecast.com|mimecast-offshore.com", "mimecast" },
	{ "barracuda", "barracudanetworks.com", "barracudanetworks.com" },
	/* Cisco Secure Email (IronPort) cloud: *.iphmx.com. */
	{ "cisco", "iphmx.com", "" },
};

#define NPROV	((int)(sizeof providers / sizeof providers[0]))
enum { ANY = -1, GOOGLE, MICROSOFT, YAHOO, APPLE, UNITED, MAILRU, YANDEX,
	TENCENT, NETEASE, ZOHO, PROOFPOINT, MIMECAST, BARRACUDA, CISCO };

/*
 * What a provider's code or status means.  A row holds when the reply
 * comes from its provider (ANY: any, the token names its vendor), its
 * reply class is class (0: any), its status is status ("": any) and its
 * text holds tok as a whole token ("": none needed).
 */
static const struct vendor_rule {
	int		 provider;
	int		 class;
	const char	*status, *tok;
	int		 reason;
} rules[] = {
	/* NetEase (163.com, 126.com): the code after the reply code, as its
	 * bounce-code list gives them (help.163.com, quoted at
	 * biecuoliao.com/pa/MBRrwEM.html; MI:SPF: 163mx reply quoted at
	 * youqiyi.net/article278/detail266.html). */
	{ ANY, 0, "", "hl:rep", MX_RR_BLOCKED },	/* many unknown rcpts */
	{ ANY, 0, "", "hl:icc", MX_RR_TOOMANYCONN },	/* concurrent conns */
	{ ANY, 0, "", "hl:ifc", MX_RR_SPEEDING },	/* much mail, short time */
	{ ANY, 0, "", "hl:mep", MX_RR_BLOCKED },	/* forged sender domains */
	{ ANY, 0, "", "mi:cel", MX_RR_SYNTAXERROR },	/* too many bad commands */
	{ ANY, 0, "", "rp:cel", MX_RR_SYNTAXERROR },
	{ ANY, 0, "", "mi:ccl", MX_RR_TOOMANYCONN },	/* too many commands */
	{ ANY, 0, "", "rp:ccl", MX_RR_TOOMANYCONN },
	{ ANY, 0, "", "mi:dmc", MX_RR_TOOMANYCONN },	/* mails per connection */
	{ ANY, 0, "", "rp:drc", MX_RR_TOOMANYCONN },	/* rcpts per connection */
	{ ANY, 0, "", "dt:rbl", MX_RR_BLOCKED },	/* IP on an RBL */
	{ ANY, 0, "", "wm:bli", MX_RR_BLOCKED },	/* IP not allowed */
	{ ANY, 0, "", "wm:blu", MX_RR_REJECTED },	/* sender not allowed */
	{ ANY, 0, "", "dt:spm", MX_RR_SPAMDETECTED },	/* content like spam */
	{ ANY, 0, "", "mi:sfq", MX_RR_SPEEDING },	/* sender, 15 minutes */
	{ ANY, 0, "", "rp:qrc", MX_RR_SPEEDING },	/* sender's rcpt count */
	{ ANY, 0, "", "mi:spf", MX_RR_AUTHFAILURE },	/* SPF does not match */
	/* Yahoo / AOL (senders.yahooinc.com/smtp-error-codes: TS* are
	 * deferrals for complaints or unusual traffic, i.e. the sending IP's
	 * standing; BL* are Spamhaus listings; PH* are content refused for
	 * policy reasons; smtpfieldmanual.com/provider/yahoo). */
	{ ANY, 0, "", "[ts01]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[ts02]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[ts03]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[tss02]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[tss04]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[gl01]", MX_RR_BADREPUTATION },
	{ ANY, 0, "", "[tss09]", MX_RR_BLOCKED },	/* permanently deferred */
	{ ANY, 0, "", "[tss11]", MX_RR_BLOCKED },
	{ ANY, 0, "", "[bl21]", MX_RR_BLOCKED },
	{ ANY, 0, "", "[bl22]", MX_RR_BLOCKED },
	{ ANY, 0, "", "[bl23]", MX_RR_BLOCKED },
	{ ANY, 0, "", "[ph01]", MX_RR_POLICYVIOLATION },
	{ ANY, 0, "", ":hvu:b1", MX_RR_BLOCKED },	/* postmaster.aol.com */
	/* iCloud (support.apple.com/en-us/102322, HT204137). */
	{ ANY, 0, "", "[cs01]", MX_RR_POLICYVIOLATION },	/* local policy */
	{ ANY, 0, "", "[hme1]", MX_RR_AUTHFAILURE },	/* SPF and DKIM failed */
	/* Exchange Online Directory Based Edge Blocking: the recipient is
	 * not in the tenant's directory (learn.microsoft.com, "Fix NDR error
	 * 550 5.4.1 in Exchange Online"). */
	{ ANY, 0, "", "as(201806281)", MX_RR_USERUNKNOWN },
	/* Yandex (yandex.com/support/mail/bounces/yandex.html): "Policy
	 * rejection on the target address" is the recipient's account
	 * blocked for User Agreement violations; "Blocked by spam
	 * statistics" blocks the sender's host for 24 hours. */
	{ ANY, 0, "", "policy rejection on the target address",
	    MX_RR_SUSPEND },
	{ ANY, 0, "", "blocked by spam statistics", MX_RR_BLOCKED },
	/* Proofpoint's IP reputation lookup, linked from its refusals. */
	{ ANY, 0, "", "ipcheck.proofpoint.com", MX_RR_BLOCKED },
	/*
	 * Gmail gives RFC 3463/7372 codes meanings of its own
	 * (support.google.com/a/answer/3726730, answer/81126): 4.7.23 no
	 * PTR (RFC 7372: SPF failed), 4.7.27 SPF did not pass (RFC 7505:
	 * null MX), 4.7.28 an unusual rate of mail (rate limited; 5.7.28
	 * blocked), 4.7.29 no TLS (RFC 8617: ARC), 4.7.30 DKIM did not pass
	 * (RFC 8689: REQUIRETLS), 4.7.32 From: not aligned (DMARC), 5.4.5
	 * the sender's daily sending or relay limit (answer/166852).
	 */
	{ GOOGLE, 0, "4.7.23", "", MX_RR_REQUIREPTR },
	{ GOOGLE, 0, "4.7.27", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "5.7.27", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "4.7.28", "", MX_RR_SPEEDING },
	{ GOOGLE, 0, "5.7.28", "", MX_RR_BLOCKED },
	{ GOOGLE, 0, "4.7.29", "", MX_RR_SECURITYERROR },
	{ GOOGLE, 0, "5.7.29", "", MX_RR_SECURITYERROR },
	{ GOOGLE, 0, "4.7.30", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "5.7.30", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "4.7.32", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "5.7.32", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "5.4.5", "", MX_RR_SPEEDING },
	/* More of the same reference: 4.7.24/5.7.24 suspicious SPF entries
	 * (rate limited for it: still SPF), "IP not in whitelist for RCPT
	 * domain" (the recipient domain's allowlist, answer/60752), an
	 * invalid HELO/EHLO argument (our name), 4.4.5 "Server busy" (the
	 * server's load, not RFC 3463's congestion nor a full disk), more
	 * than one destination domain in a transaction, and the header
	 * rules of RFC 5322 (?p=RfcMessageNonCompliant). */
	{ GOOGLE, 0, "4.7.24", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "5.7.24", "", MX_RR_AUTHFAILURE },
	{ GOOGLE, 0, "", "ip not in whitelist", MX_RR_BLOCKED },
	{ GOOGLE, 0, "", "helo/ehlo argument is invalid", MX_RR_BLOCKED },
	{ GOOGLE, 4, "4.4.5", "", MX_RR_SYSTEMERROR },
	{ GOOGLE, 0, "", "multiple destination domains per transaction",
	    MX_RR_SYSTEMERROR },
	{ GOOGLE, 0, "", "unicode character in a disallowed header",
	    MX_RR_NOTCOMPLIANTRFC },
	{ GOOGLE, 0, "", "encoded-word syntax is not permitted",
	    MX_RR_NOTCOMPLIANTRFC },
	/*
	 * Exchange Online (learn.microsoft.com, "Email non-delivery reports
	 * and SMTP errors in Exchange Online"): 5.2.121/5.2.122 the
	 * recipient's hourly receiving limit; 5.7.124 and 5.7.133-136 a
	 * group's delivery restrictions (the recipient refuses this sender);
	 * 5.7.512 the message's From: header (RFC 5322 §3.6.2).
	 */
	{ MICROSOFT, 0, "5.2.121", "", MX_RR_SPEEDING },
	{ MICROSOFT, 0, "5.2.122", "", MX_RR_SPEEDING },
	{ MICROSOFT, 0, "5.7.124", "", MX_RR_FILTERED },
	{ MICROSOFT, 0, "5.7.133", "", MX_RR_FILTERED },
	{ MICROSOFT, 0, "5.7.134", "", MX_RR_FILTERED },
	{ MICROSOFT, 0, "5.7.135", "", MX_RR_FILTERED },
	{ MICROSOFT, 0, "5.7.136", "", MX_RR_FILTERED },
	{ MICROSOFT, 0, "5.7.512", "", MX_RR_NOTCOMPLIANTRFC },
	/* Zoho (smtp.codes/zoho): 5.4.1 the receiving domain's own filters
	 * (RFC 3463 says no such mailbox), 4.3.1 the domain does not take
	 * mail just now. */
	{ ZOHO, 0, "5.4.1", "", MX_RR_FILTERED },
	{ ZOHO, 4, "4.3.1", "", MX_RR_SYSTEMERROR },
	/* QQ Mail's refusals, each with its help page (service.mail.qq.com/
	 * detail/122/N, N in parentheses): "Mailbox unavailable or access
	 * denied" is its sending frequency limit (166). */
	{ TENCENT, 0, "", "mailbox unavailable or access denied",
	    MX_RR_SPEEDING },
	{ TENCENT, 0, "", "suspected bounce attacks", MX_RR_BLOCKED },	/* 57 */
	{ TENCENT, 0, "", "suspected spam ip", MX_RR_BLOCKED },	/* 66 */
	{ TENCENT, 0, "", "connection denied", MX_RR_BLOCKED },	/* 170 */
	{ TENCENT, 0, "", "spam is embedded in the email",
	    MX_RR_SPAMDETECTED },					/* 59 */
	{ TENCENT, 0, "", "mail content denied", MX_RR_SPAMDETECTED }, /* 171 */
	{ TENCENT, 0, "", "is a deactivated mailbox", MX_RR_SUSPEND },
	{ TENCENT, 0, "", "mail is rejected by recipients", MX_RR_FILTERED },
	/* Yahoo: a MAIL FROM or From: domain without an SOA record
	 * (senders.yahooinc.com/smtp-error-codes, "Unresolvable RFC.5321 or
	 * RFC.5322 from domain"). */
	{ YAHOO, 0, "", "unresolvable rfc.5321", MX_RR_REJECTED },
	{ YAHOO, 0, "", "unresolvable rfc.5322", MX_RR_REJECTED },
	/*
	 * Mimecast's fixed texts (community.mimecast.com, "Mimecast SMTP
	 * Error Codes", article 842605754): its own policies, each named.
	 */
	{ MIMECAST, 0, "", "sender address blocked", MX_RR_BLOCKED },
	{ MIMECAST, 0, "", "ip temporarily blacklisted", MX_RR_BLOCKED },
	{ MIMECAST, 0, "", "local ct ip reputation", MX_RR_BADREPUTATION },
	{ MIMECAST, 0, "", "maximum email size exceeded", MX_RR_MESGTOOBIG },
	{ MIMECAST, 0, "", "account inbounds disabled", MX_RR_NOTACCEPT },
	/* Anti-spoofing: our sender claims the recipient's own domain. */
	{ MIMECAST, 0, "", "anti-spoofing policy", MX_RR_REJECTED },
	{ MIMECAST, 0, "", "content examination policy",
	    MX_RR_POLICYVIOLATION },
	{ MIMECAST, 0, "", "host network not allowed", MX_RR_POLICYVIOLATION },
	{ MIMECAST, 0, "", "envelope blocked", MX_RR_REJECTED },
	{ MIMECAST, 0, "", "blocked senders", MX_RR_REJECTED },
	{ MIMECAST, 0, "", "block policy for envelope from", MX_RR_REJECTED },
	{ MIMECAST, 0, "", "this route requires*", MX_RR_SECURITYERROR },
	{ MIMECAST, 0, "", "unable to process connection at this time",
	    MX_RR_SYSTEMERROR },
	{ MIMECAST, 0, "", "message ended early", MX_RR_SYSTEMERROR },
	{ MIMECAST, 0, "", "unable to process command", MX_RR_SYSTEMERROR },
	{ MIMECAST, 0, "", "account service is temporarily unavailable",
	    MX_RR_TOOMANYCONN },
	{ MIMECAST, 0, "", "email rejected due to security policies",
	    MX_RR_VIRUSDETECTED },
};

/* Whether low holds tok as a whole token; see reason-vendor.h.  The
 * receiving-host table's matcher (reason-hosts.c) does the work. */
int
mx_rv_token(const char *low, size_t len, const char *tok)
{
	return tok[0] != '\0' && mx_rr_token_match(low, len, tok);
}

/* Whether one of the "|"-separated tokens of list is in low. */
static int
any_token(const char *list, const char *low, size_t len)
{
	char tok[64];
	size_t n;

	while (*list != '\0') {
		n = strcspn(list, "|");
		if (n > 0 && n < sizeof tok) {
			memcpy(tok, list, n);
			tok[n] = '\0';
			if (mx_rv_token(low, len, tok))
				return 1;
		}
		list += n;
		list += strspn(list, "|");
	}
	return 0;
}

/* Whether host (any case, a trailing dot ignored) is dom or a name under
 * it, label by label. */
static int
host_under(const char *host, size_t h, const char *dom, size_t d)
{
	size_t i;

	if (d == 0 || h < d)
		return 0;
	for (i = 0; i < d; i++) {
		unsigned char c = (unsigned char)host[h - d + i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c != (unsigned char)dom[i])
			return 0;
	}
	return h == d || host[h - d - 1] == '.';
}

/* Whether host is under one of the "|"-separated domains. */
static int
host_listed(const char *host, const char *domains)
{
	size_t h = strlen(host), n;

	while (h > 0 && host[h - 1] == '.')
		h--;
	while (*domains != '\0') {
		n = strcspn(domains, "|");
		if (host_under(host, h, domains, n))
			return 1;
		domains += n;
		domains += strspn(domains, "|");
	}
	return 0;
}

/* The provider of a reply; see reason-vendor.h. */
int
mx_rv_provider(const char *host, const char *low, size_t len)
{
	int k;

	if (host != NULL && host[0] != '\0')
		for (k = 0; k < NPROV; k++)
			if (host_listed(host, providers[k].domains))
				return k;
	/* An exchanger of a provider we do not know (an own domain's
	 * server) can still quote a provider's marks: only without a host
	 * do marks name the provider. */
	if (host != NULL && host[0] != '\0')
		return -1;
	for (k = 0; k < NPROV; k++)
		if (providers[k].marks[0] != '\0' &&
		    any_token(providers[k].marks, low, len))
			return k;
	return -1;
}

/* A provider's name; see reason-vendor.h. */
const char *
mx_rv_provider_name(int provider)
{
	return provider >= 0 && provider < NPROV ? providers[provider].name :
	    "";
}

/* The reason a provider's knowledge gives; see reason-vendor.h. */
int
mx_rv_reason(int provider, int code, const char *status, const char *low,
    size_t len)
{
	size_t i;

	if (status == NULL)
		status = "";
	for (i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		const struct vendor_rule *r = &rules[i];

		if (r->provider != ANY && r->provider != provider)
			continue;
		if (r->class != 0 && code / 100 != r->class)
			continue;
		if (r->status[0] != '\0' && strcmp(r->status, status) != 0)
			continue;
		if (r->tok[0] != '\0' && !mx_rv_token(low, len, r->tok))
			continue;
		return r->reason;
	}
	return MX_RR_NONE;
}

/* Whether s[0..] is an RFC 3463 status "c.sss.ddd" (class 2, 4 or 5) that
 * ends at a non-digit; its length, or 0. */
static size_t
status_at(const char *s)
{
	size_t i = 0, n;
	int part;

	if (s[0] != '2' && s[0] != '4' && s[0] != '5')
		return 0;
	i = 1;
	for (part = 0; part < 2; part++) {
		if (s[i] != '.')
			return 0;
		i++;
		n = strspn(s + i, "0123456789");
		if (n == 0 || n > 3)
			return 0;
		i += n;
	}
	return i;
}

/* A status written "#5.7.1" in the text; see reason-vendor.h. */
void
mx_rv_hash_status(const char *text, char *out, size_t sz)
{
	const char *p;
	size_t n;

	if (sz > 0)
		out[0] = '\0';
	for (p = text; p != NULL && (p = strchr(p, '#')) != NULL; p++) {
		if (p > text && mx_rr_token_byte((unsigned char)p[-1]))
			continue;
		if ((n = status_at(p + 1)) == 0 || n + 1 > sz)
			continue;
		memcpy(out, p + 1, n);
		out[n] = '\0';
		return;
	}
}
