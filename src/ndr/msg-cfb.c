/*
 * msg-cfb: a small, bounded reader of Compound File Binary files
 * ([MS-CFB]), the container of Outlook .msg files.  The header (§2.2),
 * the DIFAT (§2.5) and FAT (§2.3), the mini FAT (§2.4) and mini stream,
 * the directory (§2.6) and its red-black trees.  Hostile input: every
 * sector number is checked against the file, every chain is walked with
 * marks so a loop is an error and not a hang, sizes are bounded by the
 * file (itself capped at MX_NDR_MAX_INPUT by the caller), and the whole
 * file must be in memory.  Errors are one line (*cause).
 */
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"
#include "i18n.h"

/* [MS-CFB] §2.2: the header signature. */
static const unsigned char sig[8] = {
	0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1
};

/* A little-endian 16-bit value at p. */
static uint32_t
le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

/* A little-endian 32-bit value at p. */
static uint32_t
le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

/* Whether buf starts with the compound file signature ([MS-CFB] §2.2). */
int
mx_cfb_is(const char *buf, size_t len)
{
	return len >= sizeof sig && memcmp(buf, sig, sizeof sig) == 0;
}

/* Set *cause to one line naming what is wrong; returns -1. */
static int
fail(char **cause, const char *what)
{
	*cause = mx_xasprintf(E_("Outlook .msg (compound file) unreadable: %s"),
	    what);
	return -1;
}

/* A new generation of loop marks over n entries ([MS-CFB] §2.3: a chain
 * visits each sector once). */
static void
marks(struct mx_cfb *c, uint32_t n)
{
	if (n > c->nseen) {
		free(c->seen);
		c->seen = mx_xcalloc(n, sizeof *c->seen);
		c->nseen = n;
		c->gen = 0;
	}
	if (++c->gen == 0) {
		memset(c->seen, 0, c->nseen * sizeof *c->seen);
		c->gen = 1;
	}
}

/* Mark entry i seen; -1 when it was already (a loop). */
static int
mark(struct mx_cfb *c, uint32_t i)
{
	if (c->seen[i] == c->gen)
		return -1;
	c->seen[i] = c->gen;
	return 0;
}

/* The bytes of sector s, need of them present; NULL when out of range
 * ([MS-CFB] §2.1: sector s starts at (s + 1) << shift). */
static const unsigned char *
sector(const struct mx_cfb *c, uint32_t s, size_t need)
{
	size_t off;

	if (s >= c->nsec)
		return NULL;
	off = ((size_t)s + 1) * c->secsz;
	if (off > c->len || c->len - off < need)
		return NULL;
	return c->p + off;
}

/*
 * Copy the chain of table t (n entries) from start into out: want bytes,
 * or (want == 0) every sector to ENDOFCHAIN.  unit is the sector size,
 * mini selects the mini stream ([MS-CFB] §2.4) over the file's sectors.
 */
static int
chain(struct mx_cfb *c, const uint32_t *t, uint32_t n, uint32_t start,
    size_t want, int mini, struct ndr_buf *out, char **cause)
{
	size_t unit = mini ? 64 : c->secsz, take;
	const unsigned char *p;
	uint32_t s = start, lim = !mini && n > c->nsec ? c->nsec : n;
	int all = want == 0;

	marks(c, lim);	/* FAT entries past the file name no sector */
	while (all || out->len < want) {
		if (s == CFB_ENDOFCHAIN) {
			if (all)
				return 0;
			return fail(cause, E_("a stream's sector chain ends "
			    "before its size (truncated?)"));
		}
		if (s > CFB_MAXREGSECT || s >= n)
			return fail(cause, E_("sector number out of range"));
		if (s >= lim)
			return fail(cause, E_("sector past the end of the "
			    "file (truncated?)"));
		if (mark(c, s) == -1)
			return fail(cause, E_("a sector chain loops"));
		take = all ? unit : want - out->len < unit ? want - out->len :
		    unit;
		if (mini) {
			if ((size_t)s * 64 + take > c->minilen)
				return fail(cause, E_("mini sector past the "
				    "mini stream"));
			p = c->mini + (size_t)s * 64;
		} else if ((p = sector(c, s, take)) == NULL)
			return fail(cause, E_("sector past the end of the "
			    "file (truncated?)"));
		mx_ndr_buf_add(out, (const char *)p, take);
		s = t[s];
	}
	return 0;
}

/* The FAT sector numbers from the header's 109 DIFAT entries and the
 * DIFAT chain ([MS-CFB] §2.5), then the FAT itself ([MS-CFB] §2.3). */
static int
load_fat(struct mx_cfb *c, const unsigned char *h, char **cause)
{
	uint32_t nfs = le32(h + 0x2C), dif = le32(h + 0x44);
	uint32_t ndif = le32(h + 0x48), per = c->secsz / 4, i, k = 0, *fs;
	const unsigned char *p;

	if (nfs == 0 || nfs > c->nsec)
		return fail(cause, E_("bad FAT sector count"));
	fs = mx_xcalloc(nfs, sizeof *fs);
	for (i = 0; i < 109 && k < nfs; i++)
		fs[k++] = le32(h + 0x4C + 4 * i);
	marks(c, c->nsec);
	while (k < nfs) {
		if (ndif-- == 0 || dif >= c->nsec || mark(c, dif) == -1 ||
		    (p = sector(c, dif, c->secsz)) == NULL) {
			free(fs);
			return fail(cause, E_("bad DIFAT chain (loop, range or "
			    "count)"));
		}
		for (i = 0; i < per - 1 && k < nfs; i++)
			fs[k++] = le32(p + 4 * i);
		dif = le32(p + 4 * (per - 1));
	}
	c->nfat = nfs * per;
	c->fat = mx_xcalloc(c->nfat, sizeof *c->fat);
	for (k = 0; k < nfs; k++) {
		if ((p = sector(c, fs[k], c->secsz)) == NULL) {
			free(fs);
			return fail(cause, E_("FAT sector out of range"));
		}
		for (i = 0; i < per; i++)
			c->fat[k * per + i] = le32(p + 4 * i);
	}
	free(fs);
	return 0;
}

/* Read a whole chain of the FAT from start into a fresh array. */
static int
fat_chain(struct mx_cfb *c, uint32_t start, unsigned char **out,
    size_t *len, char **cause)
{
	struct ndr_buf b = { NULL, 0, 0 };

	if (chain(c, c->fat, c->nfat, start, 0, 0, &b, cause) == -1) {
		mx_ndr_buf_free(&b);
		return -1;
	}
	*out = (unsigned char *)b.p;
	*len = b.len;
	return 0;
}

/* The directory ([MS-CFB] §2.6), the mini FAT ([MS-CFB] §2.4) and the
 * mini stream (the root entry's stream, §2.6.2). */
static int
load_tables(struct mx_cfb *c, const unsigned char *h, char **cause)
{
	struct mx_cfb_ent root;
	struct ndr_buf b = { NULL, 0, 0 };
	unsigned char *m;
	size_t len, i;

	if (fat_chain(c, le32(h + 0x30), &c->dir, &len, cause) == -1)
		return -1;
	c->ndir = len / 128;
	if (mx_cfb_entry(c, 0, &root) == -1 || root.type != CFB_ROOT)
		return fail(cause, E_("no root directory entry"));
	if (le32(h + 0x40) > 0 && le32(h + 0x3C) != CFB_ENDOFCHAIN) {
		if (fat_chain(c, le32(h + 0x3C), &m, &len, cause) == -1)
			return -1;
		c->nmfat = len / 4;
		c->mfat = mx_xcalloc(c->nmfat ? c->nmfat : 1, sizeof *c->mfat);
		for (i = 0; i < c->nmfat; i++)
			c->mfat[i] = le32(m + 4 * i);
		free(m);
	}
	if (root.size == 0 || root.start == CFB_ENDOFCHAIN)
		return 0;
	if (root.size > (uint64_t)c->nsec * c->secsz)
		return fail(cause, E_("mini stream larger than the file"));
	if (chain(c, c->fat, c->nfat, root.start, (size_t)root.size, 0, &b,
	    cause) == -1) {
		mx_ndr_buf_free(&b);
		return -1;
	}
	c->mini = (unsigned char *)b.p;
	c->minilen = b.len;
	return 0;
}

/* Open the compound file in buf ([MS-CFB] §2.2 header checks). */
int
mx_cfb_open(struct mx_cfb *c, const char *buf, size_t len, char **cause)
{
	const unsigned char *h = (const unsigned char *)buf;
	uint32_t major, shift;

	memset(c, 0, sizeof *c);
	c->p = h;
	c->len = len;
	if (len < 512 || !mx_cfb_is(buf, len))
		return fail(cause, E_("file shorter than its header"));
	major = le16(h + 0x1A);
	shift = le16(h + 0x1E);
	if (le16(h + 0x1C) != 0xFFFE || le16(h + 0x20) != 6 ||
	    !((major == 3 && shift == 9) || (major == 4 && shift == 12)))
		return fail(cause, E_("bad header (version, byte order or "
		    "sector size)"));
	if (le32(h + 0x38) != 4096)
		return fail(cause, E_("bad mini stream cutoff"));
	c->secsz = 1u << shift;
	if (len < 2 * (size_t)c->secsz)
		return fail(cause, E_("file shorter than its header"));
	c->nsec = (uint32_t)((len - c->secsz + c->secsz - 1) / c->secsz);
	if (load_fat(c, h, cause) == -1 || load_tables(c, h, cause) == -1) {
		mx_cfb_close(c);
		return -1;
	}
	return 0;
}

/* Free what an open compound file holds. */
void
mx_cfb_close(struct mx_cfb *c)
{
	free(c->fat);
	free(c->mfat);
	free(c->dir);
	free(c->mini);
	free(c->seen);
	free(c->err);
	c->err = NULL;
	c->fat = c->mfat = c->seen = NULL;
	c->dir = c->mini = NULL;
	c->nfat = c->nmfat = c->ndir = c->nseen = 0;
}

/* Directory entry id ([MS-CFB] §2.6.1); -1 when there is none. */
int
mx_cfb_entry(const struct mx_cfb *c, uint32_t id, struct mx_cfb_ent *e)
{
	const unsigned char *d;
	uint32_t nlen, i, ch;

	if (id >= c->ndir)
		return -1;
	d = c->dir + (size_t)id * 128;
	nlen = le16(d + 0x40);
	if (nlen > 64)
		nlen = 64;
	for (i = 0; i + 1 < nlen && i / 2 < sizeof e->name - 1; i += 2) {
		ch = le16(d + i);
		if (ch == 0)
			break;
		e->name[i / 2] = ch >= 0x20 && ch < 0x7f ? (char)ch : '?';
	}
	e->name[i / 2] = '\0';
	e->type = d[0x42];
	e->left = le32(d + 0x44);
	e->right = le32(d + 0x48);
	e->child = le32(d + 0x4C);
	e->start = le32(d + 0x74);
	e->size = (uint64_t)le32(d + 0x78);
	/* §2.6.3: version 3 files may leave junk in the high 32 bits. */
	if (c->secsz == 4096)
		e->size |= (uint64_t)le32(d + 0x7C) << 32;
	return 0;
}

/* The entries under a storage: its child's red-black tree walked with a
 * stack ([MS-CFB] §2.6.4), each entry at most once. */
int
mx_cfb_children(struct mx_cfb *c, uint32_t storage, uint32_t **ids,
    size_t *n, char **cause)
{
	struct mx_cfb_ent e;
	uint32_t *stack, top = 0, id;

	*ids = NULL;
	*n = 0;
	if (mx_cfb_entry(c, storage, &e) == -1)
		return fail(cause, E_("directory entry out of range"));
	if (e.child == CFB_NOSTREAM)
		return 0;
	if (c->walked > (uint64_t)MSG_WORK_WALKS * c->ndir)
		return fail(cause, E_("directory entries shared between "
		    "storages"));
	marks(c, c->ndir);
	stack = mx_xcalloc(c->ndir + 1, sizeof *stack);
	*ids = mx_xcalloc(c->ndir, sizeof **ids);
	stack[top++] = e.child;
	while (top > 0) {
		id = stack[--top];
		if (id == CFB_NOSTREAM)
			continue;
		if (mx_cfb_entry(c, id, &e) == -1 || mark(c, id) == -1) {
			free(stack);
			free(*ids);
			*ids = NULL;
			*n = 0;
			return fail(cause, E_("directory tree loops or points "
			    "out of range"));
		}
		(*ids)[(*n)++] = id;
		c->walked++;
		stack[top++] = e.left;
		stack[top++] = e.right;
	}
	free(stack);
	return 0;
}

/* The whole stream of entry id, from the mini stream when smaller than
 * the cutoff ([MS-CFB] §2.4), else from the file's sectors. */
int
mx_cfb_read(struct mx_cfb *c, uint32_t id, unsigned char **out, size_t *len,
    char **cause)
{
	struct ndr_buf b = { NULL, 0, 0 };
	struct mx_cfb_ent e;
	int mini, rv;

	if (mx_cfb_entry(c, id, &e) == -1 || e.type != CFB_STREAM)
		return fail(cause, E_("not a stream"));
	mini = e.size < 4096;
	if (e.size > (mini ? c->minilen : (uint64_t)c->nsec * c->secsz))
		return fail(cause, E_("stream larger than the file"));
	if ((c->read += e.size) > (uint64_t)MSG_WORK_READS * c->len)
		return fail(cause, E_("sectors shared between streams"));
	mx_ndr_buf_add(&b, "", 0);
	rv = e.size == 0 ? 0 : mini ? chain(c, c->mfat, c->nmfat, e.start,
	    (size_t)e.size, 1, &b, cause) : chain(c, c->fat, c->nfat, e.start,
	    (size_t)e.size, 0, &b, cause);
	if (rv == -1) {
		mx_ndr_buf_free(&b);
		return -1;
	}
	*out = (unsigned char *)b.p;
	*len = b.len;
	return 0;
}
