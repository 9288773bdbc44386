/*
 * ui-dns: what the `d` and `a` dialogs do with a resolver.  The list
 * shows the resolvers in use, the recent ones (with the host name they
 * came from), the configuration's presets and public resolvers; Del on a
 * resolver in use takes it out of the comparison (and re-runs), on a
 * recent one forgets it.  A host name is resolved once, with the system
 * resolver (getaddrinfo through libuv's thread pool, so the screen stays
 * live), and its address is what the engine gets (IPv4 first: lab and
 * /etc/hosts names have one).  `d` keeps the previous resolvers' answers
 * for comparison in the resolver strip.  In --demo, a resolver outside
 * the loopback lab is named as such and needs a second Enter.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "i18n.h"
#include "ui-int.h"

static const char *const publics[] = {
	"1.1.1.1", "8.8.8.8", "9.9.9.9", "208.67.222.222", "114.114.114.114",
	"223.5.5.5", "119.29.29.29"
};

/* Whether s is a valid port number 1-65535. */
static int
valid_port(const char *s)
{
	long v = 0;
	int n = 0;

	for (; *s != '\0'; s++, n++) {
		if (*s < '0' || *s > '9' || n >= 5)
			return 0;
		v = v * 10 + (*s - '0');
	}
	return n > 0 && v >= 1 && v <= 65535;
}

/* Validate SERVER: IPv4, IPv4:port, IPv6, [IPv6] or [IPv6]:port. */
int
ui_dns_valid(const char *s, char *err, size_t errsz)
{
	unsigned char a[16];
	char host[64];
	const char *colon, *end;
	size_t n;

	if (*s == '\0') {
		snprintf(err, errsz, _("type an IP address, IP:port or "
		    "[v6]:port"));
		return -1;
	}
	if (*s == '[') {
		if ((end = strchr(s, ']')) == NULL ||
		    (n = (size_t)(end - s - 1)) >= sizeof host) {
			snprintf(err, errsz, _("missing ] after the IPv6 address"));
			return -1;
		}
		memcpy(host, s + 1, n);
		host[n] = '\0';
		if (inet_pton(AF_INET6, host, a) != 1) {
			snprintf(err, errsz, _("not an IPv6 address"));
			return -1;
		}
		if (end[1] == '\0')
			return 0;
		if (end[1] != ':' || !valid_port(end + 2)) {
			snprintf(err, errsz, _("after ] comes :PORT (1-65535)"));
			return -1;
		}
		return 0;
	}
	colon = strchr(s, ':');
	if (colon != NULL && strchr(colon + 1, ':') != NULL) {
		if (inet_pton(AF_INET6, s, a) != 1) {
			snprintf(err, errsz, _("not an IPv6 address (with a port,"
			    " write [addr]:port)"));
			return -1;
		}
		return 0;
	}
	n = colon != NULL ? (size_t)(colon - s) : strlen(s);
	if (n >= sizeof host) {
		snprintf(err, errsz, _("not an IP address"));
		return -1;
	}
	memcpy(host, s, n);
	host[n] = '\0';
	if (inet_pton(AF_INET, host, a) != 1) {
		snprintf(err, errsz, _("not an IPv4 address (names are not "
		    "accepted: give the server's IP)"));
		return -1;
	}
	if (colon != NULL && !valid_port(colon + 1)) {
		snprintf(err, errsz, _("bad port: use 1-65535"));
		return -1;
	}
	return 0;
}

/* A host name lookup in flight (the dialog's text when it began). */
struct lookup {
	uv_getaddrinfo_t	 req;
	struct ui		*ui;
	int			 dead;	/* the dialog moved on: ignore */
	char			 name[UI_INPUT_MAX];
	char			 port[8];
};

static struct lookup *pending;

static void	lookup_cancel(void);

/* Whether s is a host name (RFC 1123 §2.1 letters, digits, hyphens, dots;
 * labels 1-63), with an optional :PORT; the name part goes to host. */
static int
host_name(const char *s, char *host, size_t hsz, char *port, size_t psz)
{
	const char *colon = strrchr(s, ':');
	size_t n = colon != NULL ? (size_t)(colon - s) : strlen(s), i, lab = 0;
	int alpha = 0;

	if (n == 0 || n >= hsz || n > 253)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c == '.') {
			if (lab == 0)
				return 0;
			lab = 0;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_'))
			return 0;
		alpha |= !(c >= '0' && c <= '9');
		if (++lab > 63)
			return 0;
	}
	if (!alpha)
		return 0;	/* digits and dots: a bad IPv4 address */
	memcpy(host, s, n);
	host[n] = '\0';
	port[0] = '\0';
	if (colon != NULL) {
		if (strlen(colon + 1) == 0 || strlen(colon + 1) >= psz ||
		    strspn(colon + 1, "0123456789") != strlen(colon + 1) ||
		    atoi(colon + 1) < 1 || atoi(colon + 1) > 65535)
			return 0;
		mx_strlcpy(port, colon + 1, psz);
	}
	return 1;
}

/* Whether resolver spec s (IP, IP:port, [v6]:port) is on loopback. */
static int
on_loopback(const char *s)
{
	char host[64];
	unsigned char a[16];
	const char *end;
	size_t n;

	if (*s == '[' && (end = strchr(s, ']')) != NULL) {
		n = (size_t)(end - s - 1);
		if (n >= sizeof host)
			return 0;
		memcpy(host, s + 1, n);
		host[n] = '\0';
	} else if (strchr(s, ':') != NULL && strchr(strchr(s, ':') + 1, ':')
	    != NULL)
		mx_strlcpy(host, s, sizeof host);
	else {
		n = strcspn(s, ":");
		if (n >= sizeof host)
			return 0;
		memcpy(host, s, n);
		host[n] = '\0';
	}
	if (inet_pton(AF_INET, host, a) == 1)
		return a[0] == 127;
	if (inet_pton(AF_INET6, host, a) == 1)
		return memcmp(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\1", 16) == 0;
	return 0;
}

/* Put s (from host name name, or NULL) first in the history. */
static void
hist_add(struct ui *ui, const char *s, const char *name)
{
	int i;

	for (i = 0; i < ui->nhist; i++)
		if (strcmp(ui->hist[i], s) == 0)
			break;
	if (i == ui->nhist && ui->nhist == UI_HIST_MAX) {
		i = --ui->nhist;
		free(ui->hist[i]);
		free(ui->hist_name[i]);
		ui->hist[i] = ui->hist_name[i] = NULL;
	}
	if (i < ui->nhist) {
		char *h = ui->hist[i], *hn = ui->hist_name[i];
		memmove(&ui->hist[1], &ui->hist[0], (size_t)i *
		    sizeof ui->hist[0]);
		memmove(&ui->hist_name[1], &ui->hist_name[0], (size_t)i *
		    sizeof ui->hist_name[0]);
		ui->hist[0] = h;
		ui->hist_name[0] = hn;
		if (name != NULL) {
			free(ui->hist_name[0]);
			ui->hist_name[0] = mx_xstrdup(name);
		}
		return;
	}
	memmove(&ui->hist[1], &ui->hist[0], (size_t)ui->nhist *
	    sizeof ui->hist[0]);
	memmove(&ui->hist_name[1], &ui->hist_name[0], (size_t)ui->nhist *
	    sizeof ui->hist_name[0]);
	ui->hist[0] = mx_xstrdup(s);
	ui->hist_name[0] = name != NULL ? mx_xstrdup(name) : NULL;
	ui->nhist++;
}

/* Forget history entry i. */
static void
hist_del(struct ui *ui, int i)
{
	free(ui->hist[i]);
	free(ui->hist_name[i]);
	memmove(&ui->hist[i], &ui->hist[i + 1], (size_t)(ui->nhist - i - 1) *
	    sizeof ui->hist[0]);
	memmove(&ui->hist_name[i], &ui->hist_name[i + 1],
	    (size_t)(ui->nhist - i - 1) * sizeof ui->hist_name[0]);
	ui->nhist--;
}

/* Add a list row (value, tag) unless the value is listed already. */
static void
list_add(struct ui_prompt *p, const char *v, const char *tag)
{
	int i;

	for (i = 0; i < p->nlist; i++)
		if (strcmp(p->list[i], v) == 0)
			return;
	if (p->nlist < (int)(sizeof p->list / sizeof p->list[0])) {
		p->list[p->nlist] = v;
		p->tag[p->nlist++] = tag;
	}
}

/* Fill the dialog's list: in use, recent, presets, public resolvers. */
void
ui_dns_list(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	char err[8];
	size_t k;
	int i;

	p->nlist = 0;
	for (i = 0; i < ui->m->nresolvers; i++)
		if (ui_dns_valid(ui->m->resolvers[i].name, err,
		    sizeof err) == 0)
			list_add(p, ui->m->resolvers[i].name, N_("in use"));
	for (i = 0; i < ui->nhist; i++) {
		if (ui->hist_name[i] != NULL) {
			snprintf(p->tagbuf[i], sizeof p->tagbuf[i], _("recent: %s"),
			    ui->hist_name[i]);
			list_add(p, ui->hist[i], p->tagbuf[i]);
		} else
			list_add(p, ui->hist[i], N_("recent"));
	}
	for (i = 0; mx_preset_name(i) != NULL && i < UI_PROMPT_PRESETS; i++)
		list_add(p, mx_preset_name(i), N_("preset"));
	for (k = 0; k < sizeof publics / sizeof publics[0]; k++)
		list_add(p, publics[k], N_("public"));
	if (p->sel >= p->nlist)
		p->sel = p->nlist - 1;
}

/* The resolvers in use that can be handed back to the engine, without
 * skip (or NULL), then extra (or NULL); returns their number. */
static int
current(const struct ui *ui, const char **list, const char *skip,
    const char *extra)
{
	char err[8];
	int i, j, n = 0, dup;

	for (i = 0; i < ui->m->nresolvers && n < MX_MAX_RESOLVERS - 1; i++) {
		const char *name = ui->m->resolvers[i].name;
		if (ui_dns_valid(name, err, sizeof err) != 0)
			continue;	/* e.g. "system" */
		for (dup = 0, j = 0; j < n; j++)
			dup |= strcmp(list[j], name) == 0;
		if (!dup && (skip == NULL || strcmp(name, skip) != 0) &&
		    (extra == NULL || strcmp(name, extra) != 0))
			list[n++] = name;
	}
	if (extra != NULL)
		list[n++] = extra;
	return n;
}

/* A preset's servers, after the current ones when adding (at most
 * MX_MAX_RESOLVERS in all). */
static int
preset_list(const struct ui *ui, const char **list, const char *const *srv,
    int add)
{
	int n = 0, j, dup;

	if (add)
		n = current(ui, list, NULL, NULL);
	for (; *srv != NULL && n < MX_MAX_RESOLVERS; srv++) {
		for (dup = 0, j = 0; j < n; j++)
			dup |= strcmp(list[j], *srv) == 0;
		if (!dup)
			list[n++] = *srv;
	}
	return n;
}

/* Keep the answers of the resolvers about to be replaced by `d`. */
static void
keep_previous(struct ui *ui)
{
	int i, n = 0;

	if (ui->prev == NULL)
		ui->prev = mx_xcalloc(MX_MAX_RESOLVERS, sizeof *ui->prev);
	for (i = 0; i < ui->m->nresolvers && n < MX_MAX_RESOLVERS; i++)
		if (ui->m->resolvers[i].done)
			ui->prev[n++] = ui->m->resolvers[i];
	ui->nprev = n;
}

/*
 * Use list[0..n) (from the dialog's text; name: the host name it came
 * from), unless --demo would leave the lab unasked; closes the dialog.
 */
static enum ui_action
use(struct ui *ui, const char **list, int n, const char *text,
    const char *name)
{
	struct ui_prompt *p = &ui->prompt;
	char *cause = NULL, show[UI_INPUT_MAX * 4];
	int i, out = -1;

	for (i = 0; i < n && out < 0; i++)
		if (!on_loopback(list[i]))
			out = i;
	if (ui->lab != NULL && out >= 0 && strcmp(p->confirmed, text) != 0) {
		snprintf(p->error, sizeof p->error, _("%.80s is outside the "
		    "lab: the demo would leave it and ask %.80s over the "
		    "network. Enter again goes ahead, Esc stays in the lab."),
		    list[out], list[out]);
		mx_strlcpy(p->confirmed, text, sizeof p->confirmed);
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	if (mx_engine_set_resolvers(ui->eng, list, n, &cause) != 0) {
		mx_sanitize(p->error, sizeof p->error, cause != NULL ? cause :
		    "error", cause != NULL ? strlen(cause) : 5);
		free(cause);
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	if (p->kind == UI_PROMPT_DNS)
		keep_previous(ui);
	hist_add(ui, text, name);
	mx_sanitize(show, sizeof show, text, strlen(text));
	ui_dns_close(ui);
	if (name != NULL && p->kind == UI_PROMPT_DNS)
		ui_message_run(ui, _("DNS server %s is %s: re-running"), name,
		    show);
	else if (name != NULL)
		ui_message_run(ui, _("added %s is %s: re-running"), name, show);
	else if (p->kind == UI_PROMPT_DNS)
		ui_message_run(ui, _("DNS server %s: re-running"), show);
	else
		ui_message_run(ui, _("added %s: re-running"), show);
	return UI_ACT_RESTART;
}

/* Use resolver spec s (an address) as the dialog's kind says. */
static enum ui_action
use_one(struct ui *ui, const char *s, const char *name)
{
	const char *list[MX_MAX_RESOLVERS];
	int n;

	if (ui->prompt.kind == UI_PROMPT_DNS) {
		list[0] = s;
		n = 1;
	} else
		n = current(ui, list, NULL, s);
	return use(ui, list, n, s, name);
}

/* The system resolver answered for the dialog's host name. */
static void
lookup_cb(uv_getaddrinfo_t *req, int status, struct addrinfo *res)
{
	struct lookup *lk = req->data;
	struct ui *ui = lk->ui;
	struct addrinfo *a, *pick = NULL;
	char ip[INET6_ADDRSTRLEN], spec[INET6_ADDRSTRLEN + 16];

	if (pending == lk)
		pending = NULL;
	for (a = res; a != NULL && status == 0; a = a->ai_next)
		if (pick == NULL || (pick->ai_family != AF_INET &&
		    a->ai_family == AF_INET))
			pick = a;
	if (pick != NULL && pick->ai_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)(void *)
		    pick->ai_addr)->sin_addr, ip, sizeof ip);
	else if (pick != NULL && pick->ai_family == AF_INET6)
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)(void *)
		    pick->ai_addr)->sin6_addr, ip, sizeof ip);
	else
		pick = NULL;
	if (!lk->dead && !ui->done && ui->mode == UI_MODE_PROMPT) {
		struct ui_prompt *p = &ui->prompt;
		char name[UI_INPUT_MAX * 4];

		mx_sanitize(name, sizeof name, lk->name, strlen(lk->name));
		if (pick == NULL) {
			snprintf(p->error, sizeof p->error, _("%.80s: the system "
			    "resolver has no address for it (%.80s)"), name,
			    status != 0 ? uv_strerror(status) : "none");
			ui_dirty(ui, UI_D_OVERLAY);
		} else {
			if (pick->ai_family == AF_INET6)
				snprintf(spec, sizeof spec, lk->port[0] ?
				    "[%s]:%s" : "%s", ip, lk->port);
			else
				snprintf(spec, sizeof spec, lk->port[0] ?
				    "%s:%s" : "%s", ip, lk->port);
			p->error[0] = '\0';
			ui_post(ui, use_one(ui, spec, name));
		}
	}
	if (res != NULL)	/* pick points into it until here */
		uv_freeaddrinfo(res);
	free(lk);
}

/* Resolve host name host (port or "") once, with the system resolver. */
static void
lookup_start(struct ui *ui, const char *host, const char *port)
{
	struct ui_prompt *p = &ui->prompt;
	struct addrinfo hints;
	struct lookup *lk;
	int rc;

	lookup_cancel();
	lk = mx_xcalloc(1, sizeof *lk);
	lk->ui = ui;
	lk->req.data = lk;
	mx_strlcpy(lk->name, host, sizeof lk->name);
	mx_strlcpy(lk->port, port, sizeof lk->port);
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_DGRAM;
	rc = uv_getaddrinfo(ui->loop, &lk->req, lookup_cb, host, NULL, &hints);
	if (rc != 0) {
		snprintf(p->error, sizeof p->error, _("cannot resolve: %.80s"),
		    uv_strerror(rc));
		free(lk);
		return;
	}
	pending = lk;
	snprintf(p->error, sizeof p->error, _("resolving %.80s once with the "
	    "system resolver..."), host);
}

/* Forget a lookup in flight (the dialog closed or took other text). */
static void
lookup_cancel(void)
{
	if (pending == NULL)
		return;
	pending->dead = 1;
	uv_cancel((uv_req_t *)&pending->req);	/* the callback frees it */
	pending = NULL;
}

/* Close the dialog (a host name lookup in flight is forgotten): back to
 * the mode it was opened from. */
void
ui_dns_close(struct ui *ui)
{
	lookup_cancel();
	ui_mode_set(ui, ui->prompt.back);
}

/* Enter in the `d`/`a` dialog: a preset, an address or a host name. */
enum ui_action
ui_dns_accept(struct ui *ui)
{
	struct ui_prompt *p = &ui->prompt;
	const char *list[MX_MAX_RESOLVERS];
	const char *const *named;
	char host[UI_INPUT_MAX], port[8], err[200];

	if ((named = mx_preset_find(p->buf)) != NULL) {
		return use(ui, list, preset_list(ui, list, named,
		    p->kind == UI_PROMPT_ADD), p->buf, NULL);
	}
	if (ui_dns_valid(p->buf, err, sizeof err) == 0)
		return use_one(ui, p->buf, NULL);
	if (p->len > 0 && host_name(p->buf, host, sizeof host, port,
	    sizeof port)) {
		lookup_start(ui, host, port);
		ui_dirty(ui, UI_D_OVERLAY);
		return UI_ACT_NONE;
	}
	if (p->len > 0 && strspn(p->buf, "0123456789.:[]abcdefABCDEF") !=
	    p->len)
		snprintf(p->error, sizeof p->error, _("not an IP address or a "
		    "host name"));
	else
		mx_strlcpy(p->error, err, sizeof p->error);
	ui_dirty(ui, UI_D_OVERLAY);
	return UI_ACT_NONE;
}

/* Del on list row i: take a resolver in use out, or forget a recent one. */
enum ui_action
ui_dns_remove(struct ui *ui, int i)
{
	struct ui_prompt *p = &ui->prompt;
	const char *list[MX_MAX_RESOLVERS], *v = p->list[i];
	char *cause = NULL, show[UI_INPUT_MAX * 4];
	int n, j;

	mx_sanitize(show, sizeof show, v, strlen(v));
	if (strcmp(p->tag[i], "in use") == 0) {
		n = current(ui, list, v, NULL);
		if (n == 0) {
			snprintf(p->error, sizeof p->error, _("%.80s is the only "
			    "resolver: d picks another instead"), show);
			return UI_ACT_NONE;
		}
		if (mx_engine_set_resolvers(ui->eng, list, n, &cause) != 0) {
			mx_sanitize(p->error, sizeof p->error, cause != NULL ?
			    cause : "error", cause != NULL ? strlen(cause) : 5);
			free(cause);
			return UI_ACT_NONE;
		}
		ui_dns_close(ui);
		ui_message_run(ui, _("removed %s: re-running"), show);
		return UI_ACT_RESTART;
	}
	for (j = 0; j < ui->nhist; j++)
		if (strcmp(ui->hist[j], v) == 0) {
			hist_del(ui, j);	/* v pointed into it */
			snprintf(p->error, sizeof p->error, _("forgot %.80s"), show);
			p->sel = -1;
			ui_dns_list(ui);
			return UI_ACT_NONE;
		}
	snprintf(p->error, sizeof p->error, _("%.80s is a %.80s resolver: it stays "
	    "in the list"), show, _(p->tag[i]));
	return UI_ACT_NONE;
}

/* Free what the dialogs keep (history, the previous view). */
void
ui_dns_free(struct ui *ui)
{
	int i;

	lookup_cancel();
	for (i = 0; i < ui->nhist; i++) {
		free(ui->hist[i]);
		free(ui->hist_name[i]);
	}
	ui->nhist = 0;
	free(ui->prev);
	ui->prev = NULL;
	ui->nprev = 0;
}
