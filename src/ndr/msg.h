/*
 * msg.h: Outlook .msg files for the bounce reader.  A .msg is a Compound
 * File Binary ([MS-CFB]) holding MAPI properties ([MS-OXMSG]).  Three
 * layers, each a file: msg-cfb.c reads the compound file (sectors, FAT,
 * mini stream, directory tree; every chain checked for loops and bounds),
 * msg-mapi.c reads the properties of one message, recipient or
 * attachment object, msg-mime.c rebuilds an RFC 5322 message from them
 * (msg-dsn.c its delivery-status part, msg-field.c the field values,
 * msg-rtf-lzfu.c and msg-rtf-text.c the compressed RTF body) that the
 * existing reader then reads like any other.  Used by ndr.c and
 * ndr-mbox.c only (through mx_ndr_msg_convert).
 */
#ifndef MX_MSG_H
#define MX_MSG_H

#include <stddef.h>
#include <stdint.h>

#include "ndr-int.h"

/* [MS-CFB] §2.1: special sector numbers and the "no entry" stream id. */
#define CFB_MAXREGSECT	0xFFFFFFFAu
#define CFB_ENDOFCHAIN	0xFFFFFFFEu
#define CFB_NOSTREAM	0xFFFFFFFFu

/* Object types of a directory entry ([MS-CFB] §2.6.1). */
#define CFB_STORAGE	1
#define CFB_STREAM	2
#define CFB_ROOT	5

/* An open compound file: its tables, read once, all bounded by the file. */
struct mx_cfb {
	const unsigned char	*p;
	size_t			 len;
	unsigned		 secsz;		/* 512 or 4096 */
	uint32_t		 nsec;		/* sectors in the file */
	uint32_t		*fat, nfat;	/* FAT entries */
	uint32_t		*mfat, nmfat;	/* mini FAT entries */
	unsigned char		*dir;		/* directory entries, 128 bytes */
	uint32_t		 ndir;
	unsigned char		*mini;		/* the mini stream */
	size_t			 minilen;
	uint32_t		*seen, nseen, gen;	/* loop marks */
	char			*err;	/* first error met inside (msg-mapi.c) */
	int			 notes;	/* MX_NDR_NOTE_* of the rebuild */
	size_t			 rtf;	/* RTF bytes decompressed so far: all
					 * the bodies share MX_NDR_MAX_INPUT */
	uint64_t		 walked, read;	/* work done, bounded by the
						 * file (MSG_WORK_*) */
};

/* A storage's children are walked, a stream's bytes read, about once
 * each (recipient rows twice); more means the file shares entries or
 * sectors between storages or streams, which no writer does: a hostile
 * file would otherwise make the work grow as a power of its size. */
#define MSG_WORK_WALKS	4
#define MSG_WORK_READS	4

/* One directory entry ([MS-CFB] §2.6), its name in ASCII ('?' else). */
struct mx_cfb_ent {
	char		 name[33];
	int		 type;
	uint32_t	 left, right, child, start;
	uint64_t	 size;
};

/* msg-cfb.c */
int	mx_cfb_is(const char *buf, size_t len);
int	mx_cfb_open(struct mx_cfb *, const char *buf, size_t len, char **cause);
void	mx_cfb_close(struct mx_cfb *);
int	mx_cfb_entry(const struct mx_cfb *, uint32_t id, struct mx_cfb_ent *);
int	mx_cfb_children(struct mx_cfb *, uint32_t storage, uint32_t **ids,
	    size_t *n, char **cause);
int	mx_cfb_read(struct mx_cfb *, uint32_t id, unsigned char **out,
	    size_t *len, char **cause);

/* One MAPI object ([MS-OXMSG] §2.1-2.2): a message, recipient or
 * attachment storage, its children and its property stream. */
struct mx_msg_obj {
	struct mx_cfb	*c;
	uint32_t	 id;
	uint32_t	*kids;
	size_t		 nkids;
	unsigned char	*props;		/* the 16-byte entries, header cut */
	size_t		 nprops;
	int		 codepage;	/* for 8-bit strings (001E) */
};

/* Header bytes before the entries of __properties_version1.0
 * ([MS-OXMSG] §2.4.1). */
#define MSG_HDR_TOP	32
#define MSG_HDR_EMBED	24
#define MSG_HDR_SUB	8

/* msg-mapi.c */
int	mx_msg_obj_open(struct mx_cfb *, uint32_t id, size_t hdr,
	    struct mx_msg_obj *, char **cause);
void	mx_msg_obj_free(struct mx_msg_obj *);
int	mx_msg_fixed(const struct mx_msg_obj *, uint16_t prop, uint64_t *v);
int	mx_msg_text(struct mx_msg_obj *, uint16_t prop, struct ndr_buf *out);
int	mx_msg_binary(struct mx_msg_obj *, uint16_t prop, struct ndr_buf *out);
uint32_t mx_msg_child(const struct mx_msg_obj *, const char *name);
void	mx_msg_lost(struct mx_cfb *, char **cause);
size_t	mx_msg_subs(const struct mx_msg_obj *, const char *prefix,
	    uint32_t *ids, size_t max);

/* What the rebuild reads: messages inside messages, recipient rows (one
 * more than the reader keeps: it notes the cut), attachments; bytes kept
 * of one header or DSN field value. */
#define MSG_DEPTH	4
#define MSG_RCPTS	(MX_NDR_MAX_RCPTS + 1)
#define MSG_ATTACH	64
#define MSG_FIELD	900

/* MAPI property ids ([MS-OXPROPS]). */
enum {
	PR_MESSAGE_CLASS = 0x001A, PR_SUBJECT = 0x0037,
	PR_CLIENT_SUBMIT_TIME = 0x0039, PR_SENT_REP_EMAIL = 0x0065,
	PR_TRANSPORT_HEADERS = 0x007D, PR_NDR_REASON_CODE = 0x0C04,
	PR_NDR_DIAG_CODE = 0x0C05, PR_RECIPIENT_TYPE = 0x0C15,
	PR_SENDER_NAME = 0x0C1A, PR_SUPPLEMENTARY_INFO = 0x0C1B,
	PR_SENDER_EMAIL = 0x0C1F, PR_NDR_STATUS_CODE = 0x0C20,
	PR_REMOTE_MTA = 0x0C21, PR_DELIVERY_TIME = 0x0E06,
	PR_BODY = 0x1000, PR_REPORT_TEXT = 0x1001, PR_RTF_COMPRESSED = 0x1009,
	PR_HTML = 0x1013,
	PR_MESSAGE_ID = 0x1035, PR_DISPLAY_NAME = 0x3001,
	PR_EMAIL_ADDRESS = 0x3003, PR_ATTACH_DATA = 0x3701,
	PR_ATTACH_FILENAME = 0x3704, PR_ATTACH_METHOD = 0x3705,
	PR_ATTACH_LONG_FILENAME = 0x3707, PR_ATTACH_MIME_TAG = 0x370E,
	PR_SMTP_ADDRESS = 0x39FE, PR_SENDER_SMTP = 0x5D01,
	PR_SENT_REP_SMTP = 0x5D02, PR_REPORTING_MTA = 0x6820,
	PR_RECEIVED_BY_EMAIL = 0x0076, PR_RECEIVED_BY_SMTP = 0x5D07
};


/* msg-mapi.c: UTF-8 and code pages, shared with msg-rtf-text.c */
void	mx_msg_put_utf8(struct ndr_buf *, uint32_t);
void	mx_msg_cp_name(int cp, char *dst, size_t dsz);

/* msg-rtf-lzfu.c: a compressed RTF body ([MS-OXRTFCP]) decompressed into
 * out, at most cap bytes; returns MX_RTF_UNREADABLE (an unknown header:
 * nothing read) or the damage found, 0 when none: what was read is in
 * out either way. */
#define MX_RTF_UNREADABLE	(-1)
#define MX_RTF_CRC	0x01	/* its CRC does not match */
#define MX_RTF_CUT	0x02	/* COMPSIZE or RAWSIZE past the data */
#define MX_RTF_NOEND	0x04	/* the data ends without its end marker */
#define MX_RTF_SIZE	0x08	/* sizes that do not add up */
#define MX_RTF_CAP	0x10	/* cut at cap */
uint32_t mx_rtf_crc(const unsigned char *, size_t);
int	mx_rtf_decompress(const unsigned char *, size_t, struct ndr_buf *out,
	    size_t cap);

/* msg-rtf-text.c: the body text of RTF (UTF-8) appended to out, read
 * until about cap bytes (at most 3 * cap, the UTF-8 of a code page's
 * bytes); returns 1 when it is HTML encapsulated in RTF (out
 * then holds the HTML), else 0. */
int	mx_rtf_to_text(const char *, size_t, struct ndr_buf *out, size_t cap);

/* msg-field.c: values into header and DSN fields, string properties */
void	mx_msg_put_value(struct ndr_buf *, const char *, size_t);
void	mx_msg_put_field(struct ndr_buf *, const char *name, const char *v);
int	mx_msg_addr_ok(const char *);
void	mx_msg_text_prop(struct mx_msg_obj *, uint16_t, char *, size_t);
void	mx_msg_addr_prop(struct mx_msg_obj *, const uint16_t *, size_t,
	    char *, size_t);

/* msg-dsn.c: the delivery-status part of a report */
int	mx_msg_dsn(struct mx_msg_obj *, const char *action, struct ndr_buf *);

/* msg-mime.c: the .msg in buf as an RFC 5322 message (LF line ends) in
 * out, or -1 with *cause; MX_NDR_NOTE_* bits of what was repaired ORed
 * into *notes (notes may be NULL). */
int	mx_ndr_msg_convert(const char *buf, size_t len, struct ndr_buf *out,
	    int *notes, char **cause);

#endif /* MX_MSG_H */
