/*
 * msg.h: Outlook .msg files for the bounce reader.  A .msg is a Compound
 * File Binary ([MS-CFB]) holding MAPI properties ([MS-OXMSG]).  Three
 * layers, each a file: msg-cfb.c reads the compound file (sectors, FAT,
 * mini stream, directory tree; every chain checked for loops and bounds),
 * msg-mapi.c reads the properties of one message, recipient or
 * attachment object, msg-mime.c rebuilds an RFC 5322 message from them
 * that the existing reader then reads like any other.  Used by ndr.c and
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
size_t	mx_msg_subs(const struct mx_msg_obj *, const char *prefix,
	    uint32_t *ids, size_t max);

/* msg-mime.c: whether buf is a compound file; the .msg in buf as an
 * RFC 5322 message (LF line ends) in out, or -1 with *cause. */
int	mx_ndr_msg_convert(const char *buf, size_t len, struct ndr_buf *out,
	    char **cause);

#endif /* MX_MSG_H */
