/*
 * ndr-int.h: what the files of the bounce reader share (never included
 * outside src/ndr*.c and the MIME reader src/mime*.c).  A message is read
 * into a struct ndr_doc by ndr-mime.c (the hand-written MIME reader; a
 * bounce a person forwarded is rebuilt by ndr-forward.c and read in its
 * place), then recipients come from ndr-dsn.c (RFC 3464/6533 fields,
 * completed by ndr-enrich.c) and ndr-text.c (free text), and
 * ndr-classify.c gives reasons from the shared rules of reason-rules.c
 * and the tables of ndr-rules.c.
 */
#ifndef MX_NDR_INT_H
#define MX_NDR_INT_H

#include <stddef.h>

#include "ndr.h"

/* A growable byte buffer, always NUL-terminated. */
struct ndr_buf {
	char	*p;
	size_t	 len, cap;
};

int	mx_ndr_open(const char *, char **);
void	mx_ndr_buf_add(struct ndr_buf *, const char *, size_t);
void	mx_ndr_buf_adds(struct ndr_buf *, const char *);
void	mx_ndr_buf_free(struct ndr_buf *);

/* One message, reduced to what the reader needs (UTF-8 text). */
struct ndr_doc {
	struct ndr_buf	 hdr;		/* top header block, unfolded, decoded */
	char		 from[320];	/* top From: address */
	char		 to[320];	/* top To: address (the sender) */
	char		 subject[256];
	char		 date[80];
	char		 ctype[64];	/* top content type, lower case */
	char		 report_type[32];
	char		 failed_hdr[320];	/* X-Failed-Recipients */
	int		 auto_reply;	/* RFC 3834 Auto-Submitted: auto-replied */
	struct ndr_buf	 dsn;		/* delivery-status part(s) */
	struct ndr_buf	 text;		/* human-readable part(s) */
	char		 orig_to[320];	/* To: of the returned message */
	char		 orig_from[320];	/* From: of the returned message */
	long long	 orig_size;	/* bytes of the returned message */
	int		 has_orig;	/* a returned message (part) was seen */
	size_t		 seclen;	/* error section of text (cached) */
	int		 have_sec;
	int		 notes;
};

/*
 * A mail system the reader knows by the structure of its bounces: each
 * signature is pieces joined by "&", all needed, each "k:text" where k
 * says where text is sought (lower case):
 *   h  a header line of the bounce starting so ("x-postfix-queue-id")
 *   H  anywhere in the bounce's own header block (a Received line)
 *   f  the domain of the bounce's From address is text or under it
 *   r  the DSN's Reporting-MTA host is text or under it
 *   d  the delivery-status part holds text (a vendor's X- field)
 *   t  the bounce's own words (its error section) hold text: the fixed
 *      sentences the system writes, not words any text may hold
 */
struct ndr_mta {
	const char	*name;
	const char	*const *detect;
};

/* A reason rule that applies to one mail system only: pat is a phrase
 * ("*" any text between) or "=reason", any wording the shared rules give
 * that reason (what the mail system means by it). */
struct ndr_mta_pattern {
	const char	*mta;
	const char	*reason;
	const char	*pat;
};

/* ndr-rules.c: the data. */
extern const struct ndr_mta		 mx_ndr_mtas[];
extern const struct ndr_mta_pattern	 mx_ndr_mta_patterns[];
extern const char *const		 mx_ndr_bounce_subjects[];
extern const char *const		 mx_ndr_bounce_senders[];
extern const char *const		 mx_ndr_orig_markers[];
extern const char *const		 mx_ndr_vacation_subjects[];
extern const char *const		 mx_ndr_autoreply_fields[];
/* A mail system's verdict from its own words anywhere in the error
 * section (not only the diagnostic): for every recipient. */
extern const struct ndr_mta_pattern	 mx_ndr_mta_section_patterns[];
/* Local delivery agents: .mta is the phrase that names the agent. */
extern const struct ndr_mta_pattern	 mx_ndr_lda_patterns[];
/* Phrases (lower case) of a delay notice: the failure is temporary. */
extern const char *const		 mx_ndr_delay_phrases[];
extern const char *const		 mx_ndr_giveup_phrases[];
extern const char *const		 mx_ndr_contact_phrases[];
/* Per mail system (.mta), the reasons (.reason) whose code-less failure
 * is temporary (.pat unused). */
extern const struct ndr_mta_pattern	 mx_ndr_soft_reasons[];
/* Phrases of a bounce's own text that say it is one. */
extern const char *const		 mx_ndr_bounce_phrases[];
/* Phrases of a notice that say the address, not its domain, was not
 * found (ndr-classify.c). */
extern const char *const		 mx_ndr_address_frames[];
/* Words of a connection attempt that got no answer (ndr-classify.c). */
extern const char *const		 mx_ndr_connect_timeouts[];
/* Phrases of a notice's own text that say its failure is final. */
extern const char *const		 mx_ndr_final_phrases[];

/* ndr-input.c */
int	mx_ndr_read(const char *path, char **buf, size_t *len, int *notes,
	    char **cause);
void	mx_ndr_normalize(const char *in, size_t len, struct ndr_buf *out,
	    int *notes);
size_t	mx_ndr_next_message(const char *buf, size_t len, size_t off,
	    size_t *start);
int	mx_ndr_postmark(const char *s, size_t len, int first);

/* ndr.c: one message (LF line ends) into b; -1 when it is none. */
int	mx_ndr_parse_message(const char *buf, size_t len, struct mx_ndr_bounce *b);

/* ndr-mime.c; mx_ndr_inline_orig: the returned message's From when its
 * header follows the error section as text (no message part). */
int	mx_ndr_mime_load(const char *buf, size_t len, struct ndr_doc *doc);
void	mx_ndr_doc_free(struct ndr_doc *);
void	mx_ndr_inline_orig(struct ndr_doc *doc);

/* Longest boundary kept (RFC 2046 §5.1.1 allows 70); a longer one is cut. */
#define MX_NDR_BND_MAX	200

/* One MIME part as the reader sees it (mx_ndr_mime_parts). */
struct ndr_mime_part {
	int		 depth;		/* 1 at the top */
	int		 container;	/* a multipart or a message read inside */
	int		 nofield;	/* header ended by a line that is no
					 * field (no empty line) */
	int		 in_message;	/* the content of a message part */
	int		 bare;		/* no header at all */
	int		 nct;		/* Content-Type fields (first used) */
	const char	*ct;		/* the Content-Type value used */
	size_t		 ctlen;
	int		 cte;		/* MIME_CTE_* */
	const char	*raw;		/* the content before decoding */
	size_t		 rawlen;
	const char	*type;		/* lower case type/subtype; "" if none */
	const char	*charset, *boundary;	/* parameters; "" if none */
	const char	*decoded;	/* leaf: transfer encoding undone */
	size_t		 declen;
	const char	*utf8;		/* text leaf: in UTF-8; NULL unknown */
	size_t		 utf8len;
};
typedef void ndr_mime_part_cb(const struct ndr_mime_part *, void *);
int	mx_ndr_mime_parts(const char *buf, size_t len, ndr_mime_part_cb *cb,
	    void *arg);

/* ndr-dsn.c; mx_ndr_dsn_field_line: whether a line of text is a DSN
 * field (RFC 3464 §2.2-2.3's names; xok: an "X-" extension field too),
 * MX_NDR_DSN_DIAG for the Diagnostic-Code, MX_NDR_DSN_STATUS for the
 * Status; its value (the Diagnostic-Code's past its type) at *value. */
#define MX_NDR_DSN_DIAG		2
#define MX_NDR_DSN_STATUS	3
int	mx_ndr_dsn_parse(const char *text, size_t len, struct mx_ndr_bounce *b);
int	mx_ndr_dsn_field_line(const char *s, const char *e, int xok,
	    const char **value);
int	mx_ndr_json_parse(const char *text, size_t len, struct mx_ndr_bounce *b);

/* ndr-lines.c: one line of a person's text ([s, e) without its line
 * end; next starts after), its white space and quote marks */
struct ndr_line {
	const char	*s, *e;
	size_t		 next;
};
struct ndr_line	mx_ndr_line_at(const char *text, size_t len, size_t o);
size_t	mx_ndr_space_at(const char *s, const char *e);
void	mx_ndr_trim(const char **s, const char **e);
int	mx_ndr_unquote(const char **s, const char *e, int max);
int	mx_ndr_unquote_marks(const char **s, const char *e, int max,
	    int space);
int	mx_ndr_quote_depth(const char *text, size_t len, size_t o);
int	mx_ndr_blank_at(const char *text, size_t len, size_t o);

/* What a pseudo-header line of a forward names; the values a forward's
 * pseudo-header block or a reply's attribution line gives, [val, vend)
 * each (NULL: none). */
enum { PF_FROM, PF_DATE, PF_TO, PF_CC, PF_SUBJECT, PF_OTHER, PF_N };
struct ndr_pseudo {
	const char	*val[PF_N], *vend[PF_N];
};

/* ndr-forward.c: the message a person passed on, forwarded (inline or
 * attached) or quoted in a reply (ndr-quote.c), rebuilt into out (LF
 * line ends) to be read in place of theirs; NDR_PASSED_FORWARD or
 * NDR_PASSED_QUOTED when doc is such a forward or reply, else
 * NDR_PASSED_NONE.  Messages passed on inside others: NDR_FWD_MAX deep.
 * *from: where in doc's text to look for a quote (0 at first); after a
 * quote, past it, so that a call again gives the reply's next quote (a
 * reply that quotes the thread first and the notice further down).
 * NDR_QUOTE_MAX: the quotes of one reply tried.
 * mx_ndr_rebuild: a message from its pseudo-fields and its body. */
#define NDR_FWD_MAX	4
#define NDR_QUOTE_MAX	8
enum { NDR_PASSED_NONE, NDR_PASSED_FORWARD, NDR_PASSED_QUOTED };
int	mx_ndr_forward(const char *buf, size_t len, const struct ndr_doc *doc,
	    size_t *from, struct ndr_buf *out);
void	mx_ndr_rebuild(const struct ndr_pseudo *pf, const struct ndr_buf *body,
	    struct ndr_buf *out);

/* ndr-quote.c: a message a person quoted in a reply.  mx_ndr_quote_find
 * finds it in a reply's text (subject: the reply's), the first quote that
 * starts at or after offset from (a line's start): where it starts (at:
 * its attribution line, or its first quoted line), its lines [body, end)
 * and the quote marks to take off them (strip; space: and the space
 * after them, as every line has one), the sender its
 * attribution names (from, a From value; "" none); 1 when found.
 * mx_ndr_quote_parts gives its pseudo-fields (pf, pointing into q, subject
 * and to) and its body without quote marks (LF line ends), addressed to
 * "to" (who replied), for mx_ndr_rebuild.
 * mx_ndr_reply_prefix: bytes of "Re:"-like prefixes of a subject. */
struct ndr_quote {
	size_t		 at, body, end;
	int		 strip, space;
	char		 from[400];
};
int	mx_ndr_quote_find(const char *text, size_t len, const char *subject,
	    size_t from, struct ndr_quote *q);
void	mx_ndr_quote_parts(const char *text, const char *subject,
	    const char *to, const struct ndr_quote *q, struct ndr_pseudo *pf,
	    struct ndr_buf *body);
size_t	mx_ndr_reply_prefix(const char *subject);

/* ndr-str.c: lower-cased and white-space-squeezed copies; whether a
 * lower-case text holds any phrase of a list */
void	mx_ndr_lower(char *dst, size_t dstsz, const char *src, size_t len);
void	mx_ndr_squeeze(char *dst, size_t dstsz, const char *src, size_t len);
int	mx_ndr_any_of(const char *s, const char *const *list);

/* ndr-addr.c: an address around an '@' of the text */
int	mx_ndr_local_char(unsigned char c);
size_t	mx_ndr_after_addr(const char *s, size_t n);
int	mx_ndr_addr_at(const char *s, size_t len, size_t at, size_t *b,
	    size_t *e);

/* ndr-section.c: the error section (text before the returned message) */
size_t	mx_ndr_error_section(const char *text, size_t len);
void	mx_ndr_blank_fields(char *low, size_t len);
size_t	mx_ndr_doc_section(const struct ndr_doc *doc);

/* ndr-codes.c: reply codes and status codes in text */
/* Length of the RFC 3463 status code (class "." subject "." detail, RFC
 * 3464 §2.3.4; a subject RFC 3463 §3 defines, 0 to 7) at s[i] of len
 * bytes, standing alone; 0 if none. */
size_t	mx_ndr_status_at(const char *s, size_t i, size_t len);
size_t	mx_ndr_first_code(const char *s, size_t len);
void	mx_ndr_codes_from_text(const char *text, char *status, size_t ssz,
	    int *replycode);

/* ndr-diag.c: a reply the text quotes loses its closing quote (diag
 * starts at s[st]) */
void	mx_ndr_unquote_reply(char *diag, const char *s, size_t st);
/* Whether a diagnostic only announces the list of failed addresses. */
int	mx_ndr_list_intro(const char *, size_t);
/* Whether a diagnostic says it names no reason: Exchange's "did not report
 * a specific reason", or a quoted 2yz positive reply (ext19). */
int	mx_ndr_says_no_reason(const char *, size_t);
/* Outlook's and Outlook Express's send-error report: the reply in its
 * "Server Response: '...'" field as r's diagnostic and codes (ext19). */
int	mx_ndr_client_reply(const char *, size_t, struct mx_ndr_rcpt *);

/* ndr-announce.c: whether a text holds a mail system's own words
 * announcing a permanent failure of the addresses it lists */
int	mx_ndr_announces_failure(const char *s, size_t len);

/* ndr-reply.c: a pasted reply that names no recipient, and its reason
 * by the live classifier; the live stage a command word names */
int	mx_ndr_reply_only(const char *s, size_t len, struct mx_ndr_bounce *b);
void	mx_ndr_reply_reason(const char *s, size_t len, struct mx_ndr_rcpt *r);
enum mx_stage mx_ndr_stage_of(const char *cmd);

/* ndr-cmd-host.c: the SMTP command, remote host and IPs a text names */
int	mx_ndr_find_ips(const char *text, char ips[][64], int max, int n);
void	mx_ndr_capital_command(const char *diag, char *cmd, size_t cmdsz);
void	mx_ndr_find_command(const char *diag, char *cmd, size_t cmdsz);
/* ... the same in the text s[0..n), its white space squeezed into at most
 * cap bytes first */
void	mx_ndr_command_in(const char *s, size_t n, size_t cap, char *cmd,
	    size_t cmdsz);
void	mx_ndr_find_remote(const char *s, size_t len, char *dst,
	    size_t dstsz);

/* ndr-diag.c: a recipient's diagnostic from the text by its address
 * (the first MX_NDR_BLOCK_MAX bytes of its block) */
#define MX_NDR_BLOCK_MAX	2048
void	mx_ndr_from_block(const char *s, size_t ab, size_t ae,
	    size_t blockend, struct mx_ndr_rcpt *r, int bare);

/* ndr-block.c: where a recipient's block of text ends (the line naming
 * another recipient, a Sendmail transcript's "... while talking to H:"
 * line opening another host's part), and where another is named next */
int	mx_ndr_talk_line(const char *s, size_t ls, size_t le);
size_t	mx_ndr_block_end(const char *s, size_t len, size_t ab, size_t ae,
	    size_t nb);
size_t	mx_ndr_next_other(const char *s, size_t len, size_t from,
	    const struct mx_ndr_rcpt *rc, int n, int k, int opening);
/* ... and Lotus Notes's words above each address: [*ws, *we), 1 */
int	mx_ndr_words_above(const char *s, size_t len, size_t ab, size_t *ws,
	    size_t *we);
/* ... and the words under Exim's banners naming an address ("------ a@b
 * ------"): the last banner of its group [*bs, *be), the words' end *we,
 * 1 */
int	mx_ndr_banner_words(const char *s, size_t len, const char *a,
	    size_t n, size_t *bs, size_t *be, size_t *we);

/* ndr-own.c: the text of s (len bytes) about recipient k of the n
 * recipients rc (the lines naming it and those under them, the text
 * naming no recipient), into out: 1 when the text names another
 * recipient, else 0 (all of it is about k, or the bounce is past
 * ownership's bounds of recipients and size; out is left alone). */
/*
 * Ownership is worked out per recipient over the whole section, so its
 * cost grows with recipients x section x addresses named: a bounce that
 * lists hundreds of addresses above a long section (a mailing's bounce,
 * a hostile file) took seconds.  Past these bounds the section is read
 * whole, as before ownership: a real error section with words for each
 * of a few recipients is far smaller.
 */
#define MX_NDR_OWN_MAX_RCPTS	16		/* recipients of the bounce */
#define MX_NDR_OWN_MAX_TEXT	(64 * 1024)	/* bytes of the section */
int	mx_ndr_own_text(const char *s, size_t len,
	    const struct mx_ndr_rcpt *rc, int n, int k, struct ndr_buf *out);

/* ndr-text.c: recipients from the free text */
int	mx_ndr_text_parse(const struct ndr_doc *doc, struct mx_ndr_bounce *b);

/* ndr-enrich.c: DSN recipients completed from the text */
void	mx_ndr_text_enrich(const struct ndr_doc *doc, struct mx_ndr_bounce *b);

/* ndr-domain.c (host names and registered domains: reason-hosts.h) */
void	mx_ndr_clean_addr(char *a);

/* ndr-rcpt.c: addresses that are no failed recipient, IMCEA forms */
int	mx_ndr_role_addr(const char *a);
int	mx_ndr_not_rcpt_words(const char *s, size_t ls, size_t b);
int	mx_ndr_sender_after(const char *s, size_t e, size_t len);
int	mx_ndr_foreign_addr(const char *a);
void	mx_ndr_imcea_decode(char *a);
int	mx_ndr_verp_addr(const char *to, char *dst, size_t dstsz);

/* ndr-classify.c */
const char *mx_ndr_detect_mta(const struct ndr_doc *doc,
	    const struct mx_ndr_bounce *b);
int	mx_ndr_is_bounce(const struct ndr_doc *doc, const struct mx_ndr_bounce *);
void	mx_ndr_classify(const struct ndr_doc *doc, struct mx_ndr_bounce *b);

#endif /* MX_NDR_INT_H */
