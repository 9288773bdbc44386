/*
 * tests/unit/cfb-dump.c FILE...: every stream of each compound file as
 * the .msg reader's CFB layer (src/ndr/msg-cfb.c) reads it, one line
 * "FILE<TAB>PATH<TAB>SIZE<TAB>FNV-1a", or "FILE<TAB>error<TAB>CAUSE";
 * ndr-msg.sh compares the lines with what python3-olefile reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"

/* The 64-bit FNV-1a hash of len bytes at p. */
static unsigned long long
fnv(const unsigned char *p, size_t len)
{
	unsigned long long h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ p[i]) * 1099511628211ULL;
	return h;
}

/* Print the streams under storage id (path so far), depth-limited. */
static int
walk(struct mx_cfb *c, const char *file, uint32_t id, const char *path,
    int depth, char **cause)
{
	struct mx_cfb_ent e;
	uint32_t *ids;
	unsigned char *data;
	size_t n, i, len;
	char sub[2048];

	if (depth > 16 || mx_cfb_children(c, id, &ids, &n, cause) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		mx_cfb_entry(c, ids[i], &e);
		snprintf(sub, sizeof sub, "%s%s%s", path, *path ? "/" : "",
		    e.name);
		if (e.type == CFB_STORAGE) {
			if (walk(c, file, ids[i], sub, depth + 1, cause) == -1)
				break;
		} else if (e.type == CFB_STREAM) {
			if (mx_cfb_read(c, ids[i], &data, &len, cause) == -1)
				break;
			printf("%s\t%s\t%zu\t%016llx\n", file, sub, len,
			    fnv(data, len));
			free(data);
		}
	}
	free(ids);
	return *cause != NULL ? -1 : 0;
}

/* Dump each file named. */
int
main(int argc, char **argv)
{
	struct mx_cfb c;
	char *buf, *cause;
	size_t len;
	FILE *f;
	int i;

	for (i = 1; i < argc; i++) {
		cause = NULL;
		if ((f = fopen(argv[i], "rb")) == NULL)
			continue;
		buf = mx_xmalloc(16 * 1024 * 1024 + 1);
		len = fread(buf, 1, 16 * 1024 * 1024, f);
		fclose(f);
		if (mx_cfb_open(&c, buf, len, &cause) == 0) {
			walk(&c, argv[i], 0, "", 0, &cause);
			mx_cfb_close(&c);
		}
		if (cause != NULL)
			printf("%s\terror\t%s\n", argv[i], cause);
		free(cause);
		free(buf);
	}
	return 0;
}
