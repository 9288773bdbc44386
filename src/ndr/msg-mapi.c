/*
 * msg-mapi: the MAPI properties of one object of an Outlook .msg file
 * ([MS-OXMSG] §2.1-2.4): a message, recipient or attachment storage.
 * Fixed-size values come from its property stream __properties_version1.0
 * (§2.4: a header, then 16-byte entries: tag, flags, 8-byte value);
 * variable-size values from streams __substg1.0_IIIITTTT (§2.1.3), strings
 * in UTF-16LE (PT_UNICODE 001F) or 8-bit in the message's code page
 * (PT_STRING8 001E), both given back in UTF-8.  A stream that cannot be
 * read keeps its error in the compound file (c->err) for the caller.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mxscope.h"
#include "msg.h"
#include "mime.h"

/* MAPI property types ([MS-OXCDATA] §2.11.1). */
#define PT_STRING8	0x001E
#define PT_UNICODE	0x001F
#define PT_BINARY	0x0102

/* Code page properties ([MS-OXPROPS]): PidTagMessageCodepage,
 * PidTagInternetCodepage. */
#define PR_MESSAGE_CODEPAGE	0x3FFD
#define PR_INTERNET_CPID	0x3FDE

/* Keep the first error met while reading (*cause taken, the later ones
 * freed) for mx_ndr_msg_convert. */
void
mx_msg_lost(struct mx_cfb *c, char **cause)
{
	if (c->err == NULL)
		c->err = *cause;
	else
		free(*cause);
	*cause = NULL;
}

/* The child of o named name (ASCII, any case); CFB_NOSTREAM if none. */
uint32_t
mx_msg_child(const struct mx_msg_obj *o, const char *name)
{
	struct mx_cfb_ent e;
	size_t i;

	for (i = 0; i < o->nkids; i++)
		if (mx_cfb_entry(o->c, o->kids[i], &e) == 0 &&
		    strcasecmp(e.name, name) == 0)
			return o->kids[i];
	return CFB_NOSTREAM;
}

/* Compare two directory names for qsort (via a tiny record). */
static int
by_name(const void *a, const void *b)
{
	return strcasecmp((const char *)a + sizeof(uint32_t),
	    (const char *)b + sizeof(uint32_t));
}

/* The children of o whose names start with prefix, by name: at most max
 * ids into ids; returns how many. */
size_t
mx_msg_subs(const struct mx_msg_obj *o, const char *prefix, uint32_t *ids,
    size_t max)
{
	struct rec { uint32_t id; char name[36]; } *r;
	struct mx_cfb_ent e;
	size_t i, n = 0, pl = strlen(prefix);

	r = mx_xcalloc(o->nkids + 1, sizeof *r);
	for (i = 0; i < o->nkids; i++)
		if (mx_cfb_entry(o->c, o->kids[i], &e) == 0 &&
		    e.type == CFB_STORAGE && strncasecmp(e.name, prefix, pl) ==
		    0) {
			r[n].id = o->kids[i];
			mx_strlcpy(r[n].name, e.name, sizeof r[n].name);
			n++;
		}
	qsort(r, n, sizeof *r, by_name);
	if (n > max)
		n = max;
	for (i = 0; i < n; i++)
		ids[i] = r[i].id;
	free(r);
	return n;
}

/* Open the object at storage id; hdr: its property stream's header size
 * (MSG_HDR_*).  A missing property stream leaves no fixed values. */
int
mx_msg_obj_open(struct mx_cfb *c, uint32_t id, size_t hdr,
    struct mx_msg_obj *o, char **cause)
{
	unsigned char *p;
	uint64_t cp;
	uint32_t ps;
	size_t len;

	memset(o, 0, sizeof *o);
	o->c = c;
	o->id = id;
	o->codepage = 1252;
	if (mx_cfb_children(c, id, &o->kids, &o->nkids, cause) == -1)
		return -1;
	ps = mx_msg_child(o, "__properties_version1.0");
	if (ps != CFB_NOSTREAM) {
		if (mx_cfb_read(c, ps, &p, &len, cause) == -1) {
			mx_msg_obj_free(o);
			return -1;
		}
		if (len >= hdr) {
			o->nprops = (len - hdr) / 16;
			o->props = mx_xmalloc(o->nprops * 16 + 1);
			memcpy(o->props, p + hdr, o->nprops * 16);
		}
		free(p);
	}
	if ((mx_msg_fixed(o, PR_INTERNET_CPID, &cp) == 0 ||
	    mx_msg_fixed(o, PR_MESSAGE_CODEPAGE, &cp) == 0) && cp > 0 &&
	    cp < 65536)
		o->codepage = (int)cp;
	return 0;
}

/* Free an object's lists. */
void
mx_msg_obj_free(struct mx_msg_obj *o)
{
	free(o->kids);
	free(o->props);
	o->kids = NULL;
	o->props = NULL;
	o->nkids = o->nprops = 0;
}

/* A fixed-size value of property prop from the property stream
 * ([MS-OXMSG] §2.4.2.1: the value's first bytes, little-endian); -1 when
 * absent. */
int
mx_msg_fixed(const struct mx_msg_obj *o, uint16_t prop, uint64_t *v)
{
	const unsigned char *e;
	size_t i;
	int k;

	for (i = 0; i < o->nprops; i++) {
		e = o->props + i * 16;
		if ((e[2] | e[3] << 8) != prop)
			continue;
		switch (e[0] | e[1] << 8) {
		case 0x0002: case 0x0003: case 0x000B: case 0x0014:
		case 0x0040:
			*v = 0;
			for (k = 7; k >= 0; k--)
				*v = *v << 8 | e[8 + k];
			if ((e[0] | e[1] << 8) == 0x0003)
				*v &= 0xFFFFFFFFu;
			return 0;
		}
	}
	return -1;
}

/* Read the substorage stream of prop with type type; -1 when absent or
 * unreadable (the error kept). */
static int
substg(struct mx_msg_obj *o, uint16_t prop, uint16_t type, unsigned char **p,
    size_t *len)
{
	char name[32], *cause = NULL;
	uint32_t id;

	snprintf(name, sizeof name, "__substg1.0_%04X%04X", prop, type);
	if ((id = mx_msg_child(o, name)) == CFB_NOSTREAM)
		return -1;
	if (mx_cfb_read(o->c, id, p, len, &cause) == -1) {
		mx_msg_lost(o->c, &cause);
		return -1;
	}
	return 0;
}

/* Append code point u to out in UTF-8. */
void
mx_msg_put_utf8(struct ndr_buf *out, uint32_t u)
{
	char b[4];
	size_t n;

	if (u < 0x80) {
		b[0] = (char)u;
		n = 1;
	} else if (u < 0x800) {
		b[0] = (char)(0xC0 | u >> 6);
		b[1] = (char)(0x80 | (u & 0x3F));
		n = 2;
	} else if (u < 0x10000) {
		b[0] = (char)(0xE0 | u >> 12);
		b[1] = (char)(0x80 | (u >> 6 & 0x3F));
		b[2] = (char)(0x80 | (u & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | u >> 18);
		b[1] = (char)(0x80 | (u >> 12 & 0x3F));
		b[2] = (char)(0x80 | (u >> 6 & 0x3F));
		b[3] = (char)(0x80 | (u & 0x3F));
		n = 4;
	}
	mx_ndr_buf_add(out, b, n);
}

/* UTF-16LE (PT_UNICODE) into UTF-8, to the first NUL; a lone surrogate
 * becomes U+FFFD. */
static void
utf16_to_utf8(const unsigned char *p, size_t len, struct ndr_buf *out)
{
	uint32_t u, lo;
	size_t i;

	for (i = 0; i + 1 < len; i += 2) {
		u = p[i] | (uint32_t)p[i + 1] << 8;
		if (u == 0)
			break;
		if (u >= 0xD800 && u < 0xDC00 && i + 3 < len) {
			lo = p[i + 2] | (uint32_t)p[i + 3] << 8;
			if (lo >= 0xDC00 && lo < 0xE000) {
				u = 0x10000 + ((u - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			} else
				u = 0xFFFD;
		} else if (u >= 0xD800 && u < 0xE000)
			u = 0xFFFD;
		mx_msg_put_utf8(out, u);
	}
}

/* The iconv name of a Windows code page ([MS-OXCMAIL] §2.1.3.1.5). */
void
mx_msg_cp_name(int cp, char *dst, size_t dsz)
{
	if (cp == 65001)
		snprintf(dst, dsz, "UTF-8");
	else if (cp == 20127)
		snprintf(dst, dsz, "US-ASCII");
	else if (cp >= 28591 && cp <= 28605)
		snprintf(dst, dsz, "ISO-8859-%d", cp - 28590);
	else if (cp == 50220 || cp == 50221 || cp == 50222)
		snprintf(dst, dsz, "ISO-2022-JP");
	else if (cp == 51932)
		snprintf(dst, dsz, "EUC-JP");
	else if (cp == 20866)
		snprintf(dst, dsz, "KOI8-R");
	else if (cp == 21866)
		snprintf(dst, dsz, "KOI8-U");
	else if (cp == 54936)
		snprintf(dst, dsz, "GB18030");
	else if (cp == 10000)	/* iconv knows no CP10000 */
		snprintf(dst, dsz, "MACINTOSH");
	else
		snprintf(dst, dsz, "CP%d", cp);
}

/* The string property prop in UTF-8 appended to out (Unicode first, then
 * 8-bit in the object's code page); -1 when absent. */
int
mx_msg_text(struct mx_msg_obj *o, uint16_t prop, struct ndr_buf *out)
{
	unsigned char *p;
	char cs[24];
	size_t len, n;
	int notes = 0;

	mx_ndr_buf_add(out, "", 0);
	if (substg(o, prop, PT_UNICODE, &p, &len) == 0) {
		utf16_to_utf8(p, len, out);
		free(p);
		return 0;
	}
	if (substg(o, prop, PT_STRING8, &p, &len) == -1)
		return -1;
	n = strnlen((const char *)p, len);
	mx_msg_cp_name(o->codepage, cs, sizeof cs);
	if (mx_mime_to_utf8((const char *)p, n, cs, out) == -1)
		mx_mime_guess_utf8((const char *)p, n, out, &notes);
	free(p);
	return 0;
}

/* The binary property prop (PT_BINARY) appended to out; -1 when absent. */
int
mx_msg_binary(struct mx_msg_obj *o, uint16_t prop, struct ndr_buf *out)
{
	unsigned char *p;
	size_t len;

	mx_ndr_buf_add(out, "", 0);
	if (substg(o, prop, PT_BINARY, &p, &len) == -1)
		return -1;
	mx_ndr_buf_add(out, (const char *)p, len);
	free(p);
	return 0;
}
