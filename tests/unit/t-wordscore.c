/*
 * t-wordscore: the word statistics' tokenizer and scorer
 * (src/reason/reason-wordscore.c, nb1) on chosen texts: the features of a
 * reply, its placeholders, the bounds on hostile input (a long word,
 * bytes above 127, more words than the buffer holds) and the scorer's
 * refusals (no text, too few known features).
 */
#include <stdlib.h>
#include <string.h>

#include "reason-int.h"
#include "tap.h"

/* The features of one reply, joined by '|'. */
struct feats {
	char	buf[65536];
	size_t	len;
	int	n;
};

/* Append one feature to a struct feats. */
static void
add_feat(const char *f, void *arg)
{
	struct feats *fs = arg;
	size_t n = strlen(f);

	fs->n++;
	if (fs->len + n + 2 > sizeof fs->buf)
		return;
	if (fs->len > 0)
		fs->buf[fs->len++] = '|';
	memcpy(fs->buf + fs->len, f, n + 1);
	fs->len += n;
}

/* The features of a reply, '|'-joined, into fs. */
static const char *
feats_of(struct feats *fs, enum mx_stage st, int code, const char *esc,
    const char *text)
{
	fs->len = 0;
	fs->n = 0;
	fs->buf[0] = '\0';
	mx_reason_word_feats(st, code, esc, text, add_feat, fs);
	return fs->buf;
}

/* Whether '|'-joined list has item f. */
static int
has(const char *list, const char *f)
{
	size_t n = strlen(f);
	const char *p;

	for (p = list; (p = strstr(p, f)) != NULL; p++)
		if ((p == list || p[-1] == '|') && (p[n] == '|' ||
		    p[n] == '\0'))
			return 1;
	return 0;
}

int
main(void)
{
	static struct feats fs;
	char *big, *p;
	int i;

	is_str(feats_of(&fs, MX_ST_RCPT, 550, "5.1.1", "550 5.1.1 "
	    "<u@example.net>: User unknown, see http://x.example/a "
	    "(192.0.2.1) mx.example.org id=a1b2 42"),
	    "s=10|c=550|k=5/10|e=5.1.1|x=1.1|_num_|_addr_|_num_ _addr_|user|"
	    "_addr_ user|unknown|user unknown|see|unknown see|_url_|see _url_|"
	    "_ip_|_url_ _ip_|_host_|_ip_ _host_|id|_host_ id|_id_|id _id_|"
	    "_num_|_id_ _num_",
	    "a reply's features: stage, code, status, words, pairs, "
	    "placeholders (the status a feature of its own)");
	is_str(feats_of(&fs, MX_ST_DATA, 0, NULL, NULL), "s=11",
	    "no text, no code: the stage alone");
	/* a word over 40 bytes is "_long_"; bytes above 127 are word
	 * bytes, kept as they are (no locale) */
	memset(fs.buf, 0, 8);
	feats_of(&fs, MX_ST_DATA, 554, "", "554 "
	    "abcdefghijabcdefghijabcdefghijabcdefghijX \xc3\xa9t\xc3\xa9 "
	    "\xff\xfe");
	ok(has(fs.buf, "_long_") && has(fs.buf, "\xc3\xa9t\xc3\xa9") &&
	    has(fs.buf, "\xff\xfe") && has(fs.buf, "_long_ \xc3\xa9t\xc3\xa9"),
	    "a long word, UTF-8 and invalid bytes: %s", "kept bounded");

	/* rev7: more words than the buffer holds.  Once one does not fit,
	 * no later word is taken (before, a short word after a placeholder
	 * that did not fit still was, paired with a word it never stood
	 * next to). */
	big = malloc(4000);
	for (p = big, i = 0; i < 700; i++, p += 2)
		memcpy(p, "1 ", 2);
	strcpy(p, "zz");
	feats_of(&fs, MX_ST_RCPT, 550, "", big);
	ok(!has(fs.buf, "zz") && !has(fs.buf, "_num_ zz"),
	    "a full word buffer takes no later word (%d features)", fs.n);
	/* the scorer: deterministic, NULL on no text or little known */
	is_str(mx_reason_words_guess(MX_ST_RCPT, 550, "", ""), NULL,
	    "no text: no verdict");
	is_str(mx_reason_words_guess(MX_ST_RCPT, 550, "", big),
	    mx_reason_words_guess(MX_ST_RCPT, 550, "", big),
	    "the same verdict twice on a hostile text");
	free(big);
	return tap_done();
}
