/*
 * msg-rtf-lzfu: the compressed RTF body of an Outlook message
 * (PidTagRtfCompressed, 0x1009) back to its RTF ([MS-OXRTFCP]).  A
 * 16-byte header (COMPSIZE, RAWSIZE, COMPTYPE, CRC; §2.1.3.1.1, the
 * ABNF grammar), then either the raw RTF ("MELA") or runs of a control
 * byte and eight tokens ("LZFu"): a literal byte, or a 2-byte reference
 * into a 4096-byte dictionary pre-loaded with a fixed RTF prefix, the
 * reference that points at the dictionary's write position ending the
 * data.
 *
 * Hostile input: one pass over the input, each token read once; a
 * reference writes at most 17 bytes, and the output stops at the
 * caller's cap, so work and memory are bounded by the input and the cap
 * whatever COMPSIZE and RAWSIZE claim (RAWSIZE is only compared, never
 * allocated).  A body whose CRC does not match, that is cut short, that
 * lacks its end marker, whose size differs from RAWSIZE or that reaches
 * the cap is still given back as far as it reads, with its damage
 * named: a bounce's text is worth reading even from a damaged body (the
 * CRC covers the compressed bytes, which a careless writer may get
 * wrong while the text is right); the caller notes it.
 */
#include <stdint.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"

/* COMPTYPE values (§2.1.3.1.1): "LZFu" and "MELA" read little-endian. */
#define RTF_COMPRESSED		0x75465A4Cu
#define RTF_UNCOMPRESSED	0x414C454Du

/* The dictionary ([MS-OXRTFCP] section "Dictionary"): 4096 bytes, its
 * first bytes this string, the write position just after it. */
#define DICT_SIZE	4096
static const char prefix[] =
	"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}"
	"{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor "
	"MS Sans SerifSymbolArialTimes New RomanCourier"
	"{\\colortbl\\red0\\green0\\blue0\r\n"
	"\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
#define PREFIX_LEN	(sizeof prefix - 1)	/* 207 */

/* A little-endian 32-bit value at p. */
static uint32_t
le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* The CRC ([MS-OXRTFCP] sections "CRC", "CRC Lookup Table"): CRC-32's
 * table (polynomial 0xEDB88320), started at 0 and not inverted at either
 * end, over the CONTENTS (the bytes after the header, §2.1.3.1.1). */
uint32_t
mx_rtf_crc(const unsigned char *p, size_t len)
{
	static uint32_t table[256];
	static int made;
	uint32_t c, crc = 0;
	size_t i;
	int k;

	if (!made) {
		for (i = 0; i < 256; i++) {
			c = (uint32_t)i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xEDB88320u ^ c >> 1 : c >> 1;
			table[i] = c;
		}
		made = 1;
	}
	for (i = 0; i < len; i++)
		crc = table[(crc ^ p[i]) & 0xFF] ^ crc >> 8;
	return crc;
}

/* Append one byte to out unless the cap is reached; 0 when it is. */
static int
put(struct ndr_buf *out, size_t cap, unsigned char b)
{
	if (out->len >= cap)
		return 0;
	mx_ndr_buf_add(out, (const char *)&b, 1);
	return 1;
}

/* Decompress the runs of §2.1.3.1.1 ("RUN = CONTROL 8*8TOKEN"; the
 * control byte's bits, lowest first, say which token is a literal (0)
 * or a big-endian reference (1): offset 12 bits, length 4 bits + 2).
 * Returns the damage found (MX_RTF_*). */
static int
lzfu(const unsigned char *p, size_t len, struct ndr_buf *out, size_t cap)
{
	unsigned char dict[DICT_SIZE], ctl = 0;
	size_t in = 0, wp = PREFIX_LEN, off, n;
	int bit = 8;

	memset(dict, 0, sizeof dict);
	memcpy(dict, prefix, PREFIX_LEN);
	for (;;) {
		if (bit == 8) {
			if (in >= len)
				return MX_RTF_NOEND;
			ctl = p[in++];
			bit = 0;
		}
		if (!(ctl >> bit++ & 1)) {
			if (in >= len)
				return MX_RTF_NOEND;
			dict[wp] = p[in];
			wp = (wp + 1) % DICT_SIZE;
			if (!put(out, cap, p[in++]))
				return MX_RTF_CAP;
			continue;
		}
		if (in + 2 > len)
			return MX_RTF_NOEND;
		off = (size_t)p[in] << 4 | p[in + 1] >> 4;
		n = (size_t)(p[in + 1] & 0x0F) + 2;
		in += 2;
		if (off == wp)		/* the end marker */
			return 0;
		while (n-- > 0) {	/* byte by byte: it may read what it
					 * writes (a run crossing wp) */
			dict[wp] = dict[off];
			if (!put(out, cap, dict[off]))
				return MX_RTF_CAP;
			wp = (wp + 1) % DICT_SIZE;
			off = (off + 1) % DICT_SIZE;
		}
	}
}

/* See msg.h. */
int
mx_rtf_decompress(const unsigned char *p, size_t len, struct ndr_buf *out,
    size_t cap)
{
	uint32_t compsize, rawsize, type, crc;
	size_t end, dlen;
	int damage = 0;

	mx_ndr_buf_add(out, "", 0);
	if (len < 16)
		return MX_RTF_UNREADABLE;
	compsize = le32(p);
	rawsize = le32(p + 4);
	type = le32(p + 8);
	crc = le32(p + 12);
	if (type != RTF_COMPRESSED && type != RTF_UNCOMPRESSED)
		return MX_RTF_UNREADABLE;
	/* COMPSIZE counts the 12 header bytes after it and the contents;
	 * bytes past it are PADDING (§2.1.3.1.1), a COMPSIZE past the
	 * stream's end a body cut short. */
	end = len;
	if (compsize < 12)
		damage |= MX_RTF_SIZE;
	else if ((uint64_t)compsize + 4 > len)
		damage |= MX_RTF_CUT;
	else
		end = (size_t)compsize + 4;
	dlen = end - 16;
	if (type == RTF_UNCOMPRESSED) {
		if (rawsize < dlen)
			dlen = rawsize;
		else if (rawsize > dlen)
			damage |= MX_RTF_CUT;
		if (dlen > cap) {
			dlen = cap;
			damage |= MX_RTF_CAP;
		}
		mx_ndr_buf_add(out, (const char *)p + 16, dlen);
		return damage;
	}
	if (mx_rtf_crc(p + 16, dlen) != crc)
		damage |= MX_RTF_CRC;
	damage |= lzfu(p + 16, dlen, out, cap);
	if (!(damage & (MX_RTF_CAP | MX_RTF_NOEND | MX_RTF_CUT)) &&
	    out->len != rawsize)
		damage |= MX_RTF_SIZE;
	return damage;
}
