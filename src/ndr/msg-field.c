/*
 * msg-field: what the .msg rebuild (msg-mime.c, msg-dsn.c) puts into
 * header and delivery-status fields: a value as one line without control
 * characters (no header or field can be injected), an address checked to
 * be one, string properties of a MAPI object as C strings.
 */
#include <stdlib.h>
#include <string.h>

#include "mxscope.h"
#include "msg.h"

/* Append s as one header or DSN field value: no line ends, no control
 * characters, white space runs as one space, at most MSG_FIELD bytes. */
void
mx_msg_put_value(struct ndr_buf *out, const char *s, size_t len)
{
	size_t i, n = 0;
	int sp = 1;
	unsigned char ch;

	for (i = 0; i < len && n < MSG_FIELD; i++) {
		ch = (unsigned char)s[i];
		if (ch < 0x20 || ch == 0x7f || ch == ' ') {
			if (!sp) {
				mx_ndr_buf_add(out, " ", 1);
				n++;
			}
			sp = 1;
			continue;
		}
		mx_ndr_buf_add(out, s + i, 1);
		n++;
		sp = 0;
	}
	if (i < len)	/* cut at the cap: not inside a UTF-8 character */
		while (out->len > 0 &&
		    ((unsigned char)out->p[out->len - 1] & 0xC0) == 0x80)
			out->len--;
	if (i < len && out->len > 0 &&
	    (unsigned char)out->p[out->len - 1] >= 0xC0)
		out->len--;
	while (out->len > 0 && out->p[out->len - 1] == ' ')
		out->len--;
	if (out->p != NULL)
		out->p[out->len] = '\0';
}

/* Append "Name: value\n" when value is not empty. */
void
mx_msg_put_field(struct ndr_buf *out, const char *name, const char *v)
{
	size_t before;

	if (v == NULL || *v == '\0')
		return;
	before = out->len;
	mx_ndr_buf_adds(out, name);
	mx_ndr_buf_adds(out, ": ");
	mx_msg_put_value(out, v, strlen(v));
	if (out->len == before + strlen(name) + 2)
		out->len = before;	/* nothing but blanks */
	else
		mx_ndr_buf_add(out, "\n", 1);
	out->p[out->len] = '\0';
}

/* Whether s is one address: a local part, '@', a domain, no blanks, no
 * brackets or control characters. */
int
mx_msg_addr_ok(const char *s)
{
	const char *at = strchr(s, '@');
	size_t i;

	if (at == NULL || at == s || at[1] == '\0' || strlen(s) > 318)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if ((unsigned char)s[i] <= ' ' || s[i] == '<' || s[i] == '>' ||
		    s[i] == ',' || s[i] == ';' || s[i] == 0x7f)
			return 0;
	return 1;
}

/* A string property into dst (UTF-8, cut at dsz); "" when absent. */
void
mx_msg_text_prop(struct mx_msg_obj *o, uint16_t prop, char *dst, size_t dsz)
{
	struct ndr_buf b = { NULL, 0, 0 };

	dst[0] = '\0';
	if (mx_msg_text(o, prop, &b) == 0)
		mx_strlcpy(dst, b.p, dsz);
	mx_ndr_buf_free(&b);
}

/* The first of the properties props that holds an address, into dst. */
void
mx_msg_addr_prop(struct mx_msg_obj *o, const uint16_t *props, size_t n, char *dst,
    size_t dsz)
{
	size_t i;

	for (i = 0; i < n; i++) {
		mx_msg_text_prop(o, props[i], dst, dsz);
		if (mx_msg_addr_ok(dst))
			return;
	}
	dst[0] = '\0';
}
