/*
 * textwidth: terminal columns of UTF-8 text (wcwidth: a CJK character
 * takes two), for the reports' and the dashboard's alignment.
 */
#ifndef MX_TEXTWIDTH_H
#define MX_TEXTWIDTH_H

#include <stddef.h>
#include <stdio.h>

/* Columns of one code point: wcwidth, 1 where it does not know one
 * (the C locale), 0 for a combining mark. */
int	 mx_cp_width(unsigned cp);
/* Decode one UTF-8 code point of s (not NUL) into *cp; its byte length
 * (1 for a byte that starts no valid sequence, *cp = that byte). */
size_t	 mx_utf8_next(const char *s, unsigned *cp);
/* Columns of UTF-8 text. */
int	 mx_text_width(const char *s);
/* Byte length of the longest prefix of s that fits in cols columns,
 * never splitting a character. */
size_t	 mx_text_fit(const char *s, int cols);
/* Where to break s at or before byte n: after the last space, or
 * between CJK characters (never before closing punctuation); 0: none. */
size_t	 mx_text_break(const char *s, size_t n);
/* Write s and pad with spaces to cols columns (left-aligned). */
void	 mx_text_pad(FILE *fp, const char *s, int cols);
/* Write spaces, then s, to fill cols columns (right-aligned). */
void	 mx_text_rpad(FILE *fp, const char *s, int cols);
/* Write s from column col wrapped by display width at column width,
 * continuation lines indented to column indent; ends the line. */
void	 mx_text_wrap(FILE *fp, const char *s, int col, int indent, int width);

#endif /* MX_TEXTWIDTH_H */
