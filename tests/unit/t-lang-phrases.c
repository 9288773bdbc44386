/*
 * t-lang-phrases: lang2's per-language rows of the phrase table
 * (src/reason/reason-phrases.c): each language's words for a reason are
 * found in a sentence that holds them (with capitals, as replies begin),
 * and words that name something else (the sender's account, a domain)
 * are not read for it.  The sentences are written for this test from
 * the rows' words; the real replies are tests/unit/live-lang-cases.h's.
 * A sentence goes through mx_rr_scan (which reasons the table finds) and
 * through mx_reason_live at a stage (the verdict a live check gives).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "reason.h"
#include "reason-rules.h"
#include "tap.h"

/* A sentence, the stage it is read at, and the verdict it must give. */
struct lang_case {
	const char	*lang;
	enum mx_stage	 stage;
	int		 code;
	const char	*text;
	int		 reason;
};

static const struct lang_case lang_cases[] = {
	{ "de", MX_ST_RCPT, 550, "Ihre IP-Adresse ist gesperrt", MX_RR_BLOCKED },
	{ "de", MX_ST_BANNER, 421, "Zu viele Verbindungen", MX_RR_TOOMANYCONN },
	{ "de", MX_ST_MAIL, 550, "Absender abgelehnt", MX_RR_REJECTED },
	{ "fr", MX_ST_RCPT, 550, "Votre adresse IP est bloquée",
	  MX_RR_BLOCKED },
	{ "fr", MX_ST_RCPT, 550, "Relais refusé", MX_RR_NORELAYING },
	{ "es", MX_ST_RCPT, 550, "Usuario inexistente", MX_RR_USERUNKNOWN },
	{ "es", MX_ST_MAIL, 550, "Remitente rechazado", MX_RR_REJECTED },
	{ "pt", MX_ST_RCPT, 550, "Caixa postal lotada", MX_RR_MAILBOXFULL },
	{ "it", MX_ST_RCPT, 550, "Casella postale piena", MX_RR_MAILBOXFULL },
	{ "it", MX_ST_RCPT, 550, "Relay non consentito", MX_RR_NORELAYING },
	{ "nl", MX_ST_RCPT, 550, "Mailbox is vol", MX_RR_MAILBOXFULL },
	{ "pl", MX_ST_RCPT, 550, "Skrzynka odbiorcy jest pełna",
	  MX_RR_MAILBOXFULL },
	{ "pl", MX_ST_RCPT, 550, "Konto odbiorcy zostało zablokowane",
	  MX_RR_SUSPEND },
	{ "cs", MX_ST_RCPT, 550, "Uživatel neexistuje", MX_RR_USERUNKNOWN },
	{ "tr", MX_ST_RCPT, 550, "Posta kutusu dolu", MX_RR_MAILBOXFULL },
	{ "hu", MX_ST_RCPT, 550, "Ismeretlen címzett", MX_RR_USERUNKNOWN },
	{ "sv", MX_ST_RCPT, 550, "Brevlådan är full", MX_RR_MAILBOXFULL },
	{ "no", MX_ST_RCPT, 550, "Kontoen er deaktivert", MX_RR_SUSPEND },
	{ "da", MX_ST_RCPT, 550, "Ukendt modtager", MX_RR_USERUNKNOWN },
	{ "ru", MX_ST_RCPT, 550, "Ящик получателя переполнен",
	  MX_RR_MAILBOXFULL },
	{ "ru", MX_ST_DATA, 550, "Письмо слишком большое", MX_RR_MESGTOOBIG },
	{ "zh", MX_ST_RCPT, 550, "邮箱已停用", MX_RR_SUSPEND },
	{ "zh", MX_ST_RCPT, 550, "收件人地址不存在", MX_RR_USERUNKNOWN },
	{ "ja", MX_ST_RCPT, 550, "受信拒否設定されています", MX_RR_FILTERED },
	{ "ko", MX_ST_RCPT, 550, "메일함이 가득 찼습니다", MX_RR_MAILBOXFULL },
	{ "vi", MX_ST_RCPT, 550, "Hộp thư đã đầy", MX_RR_MAILBOXFULL },
	{ "id", MX_ST_RCPT, 550, "Kotak surat penuh", MX_RR_MAILBOXFULL },
};

/* Sentences whose words name something else: the reason is not found. */
static const struct lang_case not_cases[] = {
	{ "pl", MX_ST_RCPT, 550, "Domena nie istnieje", MX_RR_USERUNKNOWN },
	{ "pl", MX_ST_MAIL, 553, "Twoje konto zostało zablokowane",
	  MX_RR_SUSPEND },
	{ "de", MX_ST_MAIL, 553, "Ihr Konto ist gesperrt", MX_RR_SUSPEND },
	{ "fr", MX_ST_RCPT, 550, "Domaine de l'expéditeur bloqué",
	  MX_RR_BLOCKED },
	{ "cs", MX_ST_RCPT, 550, "Doména neexistuje", MX_RR_USERUNKNOWN },
};

/* Entry point. */
int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof lang_cases / sizeof lang_cases[0]; i++) {
		const struct lang_case *c = &lang_cases[i];
		uint64_t hits = mx_rr_scan(c->text, strlen(c->text));
		const char *why = mx_reason_live(c->stage, c->code, "",
		    c->text);

		ok((hits & ((uint64_t)1 << c->reason)) != 0,
		    "%s: the table finds %s in \"%s\"", c->lang,
		    mx_rr_name(c->reason), c->text);
		is_str(why, mx_rr_name(c->reason), "%s: live %s verdict",
		    c->lang, mx_stage_name(c->stage));
	}
	for (i = 0; i < sizeof not_cases / sizeof not_cases[0]; i++) {
		const struct lang_case *c = &not_cases[i];
		uint64_t hits = mx_rr_scan(c->text, strlen(c->text));

		ok((hits & ((uint64_t)1 << c->reason)) == 0,
		    "%s: no %s in \"%s\"", c->lang, mx_rr_name(c->reason),
		    c->text);
	}
	return tap_done();
}
