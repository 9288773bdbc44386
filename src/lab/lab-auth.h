/*
 * lab-auth: the server side of SMTP AUTH (RFC 4954) for the lab's
 * submission servers: PLAIN (RFC 4616), LOGIN, CRAM-MD5 (RFC 2195) and
 * XOAUTH2, checked against the one account of a scenario server (`auth
 * USER SECRET [MECH...]`); AUTH before TLS refused with 530 5.7.0 when
 * the server says `behave authtls`.  No I/O: each call takes one client
 * line and gives the reply line.
 */
#ifndef MX_LAB_AUTH_H
#define MX_LAB_AUTH_H

struct lab_server;

/* Where one session's AUTH exchange is. */
struct lab_auth {
	int	 mech;		/* 0: no exchange under way */
	int	 step;
	int	 failed;	/* XOAUTH2: the error was sent, 535 next */
	char	 chal[96];	/* CRAM-MD5 challenge (plain text) */
	int	 ok;		/* authenticated */
};

/* The reply to "AUTH ..." or to a line inside the exchange (a new string,
 * without CRLF). */
char	*mx_lab_auth_line(const struct lab_server *, struct lab_auth *,
	    const char *line, int tls);

#endif
