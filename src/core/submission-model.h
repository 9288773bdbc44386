/*
 * submission-model.h: what the submission check (--submission, issue 14)
 * found, as kept in struct mx_model: the host and why it was chosen
 * (RFC 6186 SRV, then smtp./mail.DOMAIN), the port and its TLS mode
 * (RFC 8314: 465 implicit, 587 STARTTLS required), the AUTH exchange
 * (RFC 4954) and the SMTP dialogue itself (a struct mx_probe, folded from
 * the same events the MX probes emit).  Included by model.h after struct
 * mx_probe.  Every text is sanitized and holds no secret.
 */
#ifndef MX_SUBMISSION_MODEL_H
#define MX_SUBMISSION_MODEL_H

/* SASL mechanisms the submission check speaks. */
enum mx_auth_mech { MX_MECH_NONE, MX_MECH_PLAIN, MX_MECH_LOGIN,
	MX_MECH_CRAM_MD5, MX_MECH_XOAUTH2 };
/* "PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2", "" for none. */
const char	*mx_auth_mech_name(enum mx_auth_mech);

/* How the AUTH step ended. */
enum mx_auth_result {
	MX_AUTH_NOT_TRIED,	/* the dialogue ended before AUTH */
	MX_AUTH_NO_CREDENTIALS,	/* no user or no password/token given */
	MX_AUTH_REFUSED_PLAIN,	/* we refused: no TLS (no --allow-plaintext) */
	MX_AUTH_NO_MECHANISM,	/* nothing advertised that we can use */
	MX_AUTH_OK,		/* 235 (RFC 4954 §6) */
	MX_AUTH_FAILED,		/* 535 5.7.8: wrong user, password, token */
	MX_AUTH_TLS_REQUIRED,	/* 530 5.7.0 / 538: TLS first */
	MX_AUTH_ERROR		/* another refusal (454, 504, 534...) */
};
/* "not_tried", "no_credentials", ... (the JSON auth field). */
const char	*mx_auth_result_name(enum mx_auth_result);

/* Where the submission host came from. */
enum mx_sub_source { MX_SUBSRC_GIVEN, MX_SUBSRC_SRV_SUBMISSIONS,
	MX_SUBSRC_SRV_SUBMISSION, MX_SUBSRC_NAME, MX_SUBSRC_NONE };
/* "given", "srv_submissions", "srv_submission", "name", "none". */
const char	*mx_sub_source_name(enum mx_sub_source);

/* The submission check. */
struct mx_submission {
	int			 asked;		/* --submission was given */
	int			 done;
	char			 host[MX_HOST_MAX];	/* name used */
	char			 host_how[MX_TEXT_MAX];	/* why that host */
	char			 host_how_tr[MX_TEXT_MAX];	/* translated */
	enum mx_sub_source	 source;
	char			 addr[MX_ADDR_MAX];
	int			 port;
	int			 implicit_tls;	/* 465 (RFC 8314 §3.3) */
	char			 user[MX_HOST_MAX];	/* login name, or "" */
	char			 from[MX_HOST_MAX];	/* MAIL FROM used */
	enum mx_auth_mech	 mech;
	enum mx_auth_result	 auth;
	short			 auth_code;	/* the reply that decided */
	char			 auth_esc[12];
	char			 auth_text[MX_TEXT_MAX];
	/* --send: this session's own test message (one per path: its own
	 * token and Message-ID), state MX_SEND_NONE without --send. */
	struct mx_send		 send;
	/* The SMTP dialogue (stage, replies, caps, TLS, transcript):
	 * folded from MX_EV_SUB_PROBE, never copied by MX_EV_SUB_STATE. */
	struct mx_probe		 probe;
};

/* Whether an authenticated session's MAIL or RCPT got 5xx 5.7.1 (RFC
 * 3463 §3.8: this account may not send as that From, or relay): the
 * submission.relay_denied finding (diag-submission.c). */
int		 mx_submission_relay_denied(const struct mx_submission *);

#endif
