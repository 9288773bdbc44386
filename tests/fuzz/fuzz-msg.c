/*
 * tests/fuzz/fuzz-msg.c: libFuzzer target for the Outlook .msg reader
 * (src/ndr/msg-*.c: the compound file, its MAPI properties, the rebuilt
 * message).  Every input is read as a compound file (the signature is
 * put in front when missing, so the fuzzer need not find it), rebuilt
 * and the rebuilt message read by the bounce reader.  The oracle is
 * ASan/UBSan plus: an error is one line; a rebuilt message ends with
 * its closing boundary's line end.
 * Build: make fuzz-msg (needs clang with libFuzzer).  The seeds in
 * tests/fuzz/msg/ are replayed by tests/fuzz/ndr-replay.sh in make check.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* Rebuild one input and read what it gives. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned char sig[8] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1,
	    0xB1, 0x1A, 0xE1 };
	struct ndr_buf m = { NULL, 0, 0 };
	struct mx_ndr_list l;
	char *buf, *cause = NULL;

	if (size > 4 * 1024 * 1024)
		return 0;
	buf = mx_xmalloc(size + sizeof sig);
	memcpy(buf, sig, sizeof sig);
	if (size >= sizeof sig && memcmp(data, sig, sizeof sig) == 0) {
		memcpy(buf, data, size);
	} else {
		memcpy(buf + sizeof sig, data, size);
		size += sizeof sig;
	}
	if (mx_ndr_msg_convert(buf, size, &m, NULL, &cause) == -1) {
		if (cause == NULL || strchr(cause, '\n') != NULL)
			abort();
		free(cause);
	} else {
		if (m.len == 0 || m.p[m.len - 1] != '\n')
			abort();
		mx_ndr_parse(m.p, m.len, &l);
		mx_ndr_list_free(&l);
	}
	mx_ndr_buf_free(&m);
	free(buf);
	return 0;
}
