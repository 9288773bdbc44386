/*
 * tests/fuzz/fuzz-rtf.c: libFuzzer target for the compressed RTF body of
 * a .msg (src/ndr/msg-rtf-lzfu.c, src/ndr/msg-rtf-text.c).  An input
 * whose first byte is even is a PidTagRtfCompressed value (the rest):
 * decompressed under a 1 MiB cap, then read as RTF; an odd one is RTF
 * read as it is.  The oracle is ASan/UBSan plus: the output stays under
 * its cap (a reference writes at most 17 bytes past what the cap lets
 * through: none), a body read without damage is RAWSIZE bytes long, and
 * the text is at most 3 times the cap (msg.h).
 * Build: make fuzz-rtf (needs clang with libFuzzer).  The seeds in
 * tests/fuzz/rtf/ are replayed by tests/fuzz/ndr-replay.sh in make check.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"

#define CAP	(1024 * 1024)

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Decompress and read one input. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ndr_buf r = { NULL, 0, 0 }, t = { NULL, 0, 0 };
	uint32_t raw;
	int d;

	if (size < 1 || size > 4 * 1024 * 1024)
		return 0;
	if (data[0] % 2 == 0) {
		d = mx_rtf_decompress(data + 1, size - 1, &r, CAP);
		if (r.len > CAP)
			abort();
		if (d == 0) {
			raw = (uint32_t)data[5] | (uint32_t)data[6] << 8 |
			    (uint32_t)data[7] << 16 | (uint32_t)data[8] << 24;
			if (r.len != raw)
				abort();
		}
		if (d != MX_RTF_UNREADABLE)
			mx_rtf_to_text(r.p, r.len, &t, CAP);
	} else
		mx_rtf_to_text((const char *)data + 1, size - 1, &t, CAP);
	if (t.len > 3 * CAP + 4)
		abort();
	mx_ndr_buf_free(&r);
	mx_ndr_buf_free(&t);
	return 0;
}
