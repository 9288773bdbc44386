/*
 * lab-fuzz: hostile peers made from a seed, for the whole-program fuzz mode
 * (tests/lab/fuzz-net.sh, `make fuzz`).  A seed picks, from a grammar of
 * replies, a scenario in the ordinary format (lab-scenario.c): one to
 * three exchangers whose replies have real and mutated codes (`25O`,
 * `2500`, a lone code, mismatched continuation codes, wrong separators),
 * continuation lines, text with terminal controls, invalid UTF-8, NUL,
 * overlong and injected lines; 1-byte write splits (`dribble 0`), early
 * closes (`closeafter`), bare LF, TLS with every certificate kind, TLS
 * garbage, cut or silent handshakes; and resolvers that mangle answers.
 * The same seed always gives the same text (its own PRNG, xorshift64*),
 * so a failing seed is a reproducer: `mxscope-lab --show fuzz:SEED`.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lab-int.h"

/* The generator's state and the text being built. */
struct fz {
	unsigned long long	 s;
	char			*p;
	size_t			 len;
};

/* Next pseudo-random number (xorshift64*, Vigna 2016). */
static unsigned long long
fz_next(struct fz *f)
{
	f->s ^= f->s >> 12;
	f->s ^= f->s << 25;
	f->s ^= f->s >> 27;
	return f->s * 2685821657736338717ULL;
}

/* A number in [0, n). */
static unsigned
fz_below(struct fz *f, unsigned n)
{
	return n == 0 ? 0 : (unsigned)(fz_next(f) >> 33) % n;
}

/* True with probability pct percent. */
static int
fz_pct(struct fz *f, unsigned pct)
{
	return fz_below(f, 100) < pct;
}

/* One element of a NULL-terminated list. */
static const char *
fz_pick(struct fz *f, const char *const *list)
{
	unsigned n = 0;

	while (list[n] != NULL)
		n++;
	return list[fz_below(f, n)];
}

/* Append formatted text. */
static void __attribute__((format(printf, 2, 3)))
fz_add(struct fz *f, const char *fmt, ...)
{
	va_list ap;
	char *s;
	size_t n;

	va_start(ap, fmt);
	s = mx_xvasprintf(fmt, ap);
	va_end(ap);
	n = strlen(s);
	f->p = mx_xrealloc(f->p, f->len + n + 1);
	memcpy(f->p + f->len, s, n + 1);
	f->len += n;
	free(s);
}

/* A reply code: mostly real ones (RFC 5321 §4.2.3), sometimes broken. */
static const char *
fz_code(struct fz *f, int good)
{
	static const char *const real[] = { "220", "250", "251", "252",
	    "354", "421", "450", "451", "452", "454", "500", "501", "502",
	    "503", "504", "530", "550", "551", "552", "553", "554", "555",
	    NULL };
	static const char *const broken[] = { "25O", "2500", "999", "", "2",
	    "0", "-250", " 250", "25", "\\x00\\x0150", "\\xff50", "199",
	    "600", "220\\r220", NULL };

	if (good || fz_pct(f, 85))
		return fz_pick(f, real);
	return fz_pick(f, broken);
}

/* Reply text: words, enhanced codes and hostile bytes. */
static void
fz_text(struct fz *f)
{
	static const char *const piece[] = { "Ok", "2.1.5 Ok", "5.1.1 unknown",
	    "4.7.1 try later", "mx.example.test", "ESMTP", "PIPELINING",
	    "SIZE 1000", "STARTTLS", "AUTH PLAIN LOGIN", "8BITMIME",
	    "\\e[2J", "\\e]0;owned\\a", "\\e]52;c;cHduZWQ=\\a", "\\x9b" "31m",
	    "\\xc2\\x9b", "\\xe2\\x80\\xae", "\\xe2\\x80\\x8b",
	    "\\xf3\\xa0\\x81\\x81", "\\x00", "\\xff\\xfe", "\\xc3", "caf\\xc3\\xa9",
	    "%s%n%x", "\\r", "\\t", "\\n250 injected", "\\x7f", "9.9.9",
	    "5.7.1 blocked", "<>", "\\\\", "SIZE -1", "SIZE 99999999999999999999",
	    NULL };
	unsigned i, n = 1 + fz_below(f, 4);

	for (i = 0; i < n; i++) {
		if (fz_pct(f, 3)) {	/* overlong */
			unsigned k, len = 300 + fz_below(f, 3000);
			for (k = 0; k < len; k++)
				fz_add(f, "%c", 'a' + (int)(k % 26));
		} else
			fz_add(f, "%s%s", i ? " " : "", fz_pick(f, piece));
	}
}

/* A scripted reply for one event: 1-4 lines (rarely up to 60). */
static void
fz_reply(struct fz *f, const char *ev, const char *code)
{
	unsigned i, n = fz_pct(f, 5) ? 1 + fz_below(f, 60) :
	    1 + fz_below(f, 4);
	char sep;

	for (i = 0; i < n; i++) {
		sep = i + 1 < n ? '-' : ' ';
		if (fz_pct(f, 5))
			sep = "- x\t"[fz_below(f, 4)];
		fz_add(f, "%s %s%c", ev, fz_pct(f, 8) ? fz_code(f, 0) : code,
		    sep);
		fz_text(f);
		fz_add(f, "\n");
	}
}

/* One SMTP server block for slot. */
static void
fz_server(struct fz *f, int slot)
{
	static const char *const events[] = { "banner", "ehlo", "helo",
	    "starttls", "mail", "rcpt", "rset", "quit", "data", "dataend",
	    "unknown", NULL };
	static const char *const tls[] = { "good", "wrongname", "untrusted",
	    "expired", "selfsigned", "nulcn", "partialwild", "chain",
	    "cnonly", "anon", "fullchain", NULL };
	static const char *const beh[] = { "silent", "hangup", "endless",
	    "longline", "barelf", "tlssilent", "tlsgarbage", "tlsplain",
	    NULL };
	static const char *const caps[] = { "PIPELINING", "SIZE 1000",
	    "SIZE x", "SIZE", "AUTH PLAIN", "AUTH \\e[2J", "8BITMIME",
	    "SMTPUTF8", "CHUNKING", "STARTTLS", "ENHANCEDSTATUSCODES",
	    "X-\\xff\\x00", NULL };
	unsigned i, n;

	fz_add(f, "server @%d\n", slot);
	if (fz_pct(f, 55))
		fz_add(f, "tls %s\n", fz_pct(f, 50) ? "good" : fz_pick(f, tls));
	if (fz_pct(f, 15))
		fz_add(f, "behave %s\n", fz_pick(f, beh));
	if (fz_pct(f, 20))
		fz_add(f, "dribble 0%s\n", fz_pct(f, 30) ? " tls" : "");
	if (fz_pct(f, 5))
		fz_add(f, "tlscut %u\n", 1 + fz_below(f, 400));
	if (fz_pct(f, 10))
		fz_add(f, "closeafter %s\n", fz_pick(f, events));
	if (fz_pct(f, 15))
		fz_add(f, "delay %u\n", fz_below(f, 40));
	if (fz_pct(f, 25))
		for (i = 0, n = 1 + fz_below(f, 5); i < n; i++)
			fz_add(f, "cap %s\n", fz_pick(f, caps));
	if (fz_pct(f, 10))
		for (i = 0, n = 1 + fz_below(f, 3); i < n; i++)
			fz_add(f, "tlscap %s\n", fz_pick(f, caps));
	for (i = 0; events[i] != NULL; i++)
		if (fz_pct(f, 30))
			fz_reply(f, events[i], fz_code(f, 1));
}

/* The scenario text for a seed (caller frees). */
char *
mx_lab_fuzz_scenario(unsigned long long seed)
{
	static const char *const mangle[] = { "rdlength", "ancount",
	    "ptrloop", "ptrchain", "zerobyte", "wrongid", "tc", "cuthdr",
	    NULL };
	struct fz f = { seed * 0x9e3779b97f4a7c15ULL + 1, NULL, 0 };
	unsigned i, nx;

	fz_add(&f, "describe whole-program fuzz peer, seed %llu\n", seed);
	fz_add(&f, "target user@example.test\n");
	if (fz_pct(&f, 12))
		fz_add(&f, "mangle %s\n", fz_pick(&f, mangle));
	nx = 1 + fz_below(&f, 3);
	for (i = 1; i <= nx; i++) {
		fz_add(&f, "example.test MX %u mx%u.example.test\n",
		    fz_below(&f, 3) * 10, i);
		if (fz_pct(&f, 8))
			fz_add(&f, "mx%u.example.test CNAME mx%u.example.test\n",
			    i, fz_pct(&f, 50) ? i : i + 1);
		else
			fz_add(&f, "mx%u.example.test A @%u\n", i, i);
		if (fz_pct(&f, 10))
			fz_add(&f, "mx%u.example.test AAAA ::1\n", i);
		fz_add(&f, "@%u PTR mx%u.example.test\n", i, i);
	}
	for (i = 1; i <= nx; i++)
		if (!fz_pct(&f, 8))	/* else: connection refused */
			fz_server(&f, (int)i);
	return f.p;
}
