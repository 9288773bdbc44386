/*
 * ui-save: `s` writes the text and JSON reports of the current model to
 * BASE.txt and BASE.json (hostile-inputs.md §1.9).  New files are created
 * with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600, so an existing file or a
 * planted symlink is never followed or clobbered; an existing regular
 * file is replaced only after the user says yes, through a 0600 temporary
 * file in the same directory and rename(2), which replaces the name and
 * never writes through a link.  Symlinks and non-regular files are
 * refused outright.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "ui-int.h"

typedef int	(*writer_fn)(const struct mx_model *, FILE *);

/* A default base name: mxscope-DOMAIN-YYYYmmdd-HHMMSS in the cwd. */
char *
ui_save_default(const struct ui *ui)
{
	char dom[64], stamp[32];
	const char *d = ui->m->domain[0] ? ui->m->domain : "report";
	time_t now = time(NULL);
	struct tm tm;
	size_t i;

	for (i = 0; d[i] != '\0' && i < sizeof dom - 1; i++)
		dom[i] = (d[i] >= 'a' && d[i] <= 'z') || (d[i] >= 'A' &&
		    d[i] <= 'Z') || (d[i] >= '0' && d[i] <= '9') || d[i] == '.' ||
		    d[i] == '-' ? d[i] : '_';
	dom[i] = '\0';
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	return mx_xasprintf("mxscope-%s-%s", dom, stamp);
}

/* Write the report into an open descriptor and close it; 0 or -1. */
static int
write_fd(int fd, const struct mx_model *m, writer_fn fn)
{
	FILE *fp;
	int err;

	if (fchmod(fd, 0600) != 0 || (fp = fdopen(fd, "w")) == NULL) {
		err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	if (fn(m, fp) != 0 || fflush(fp) != 0 || fsync(fileno(fp)) != 0) {
		err = errno ? errno : EIO;
		fclose(fp);
		errno = err;
		return -1;
	}
	return fclose(fp);
}

/* Create path anew (never following a link); 0 or -1 with errno. */
static int
save_new(const char *path, const struct mx_model *m, writer_fn fn)
{
	int fd;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd < 0)
		return -1;
	if (write_fd(fd, m, fn) != 0) {
		int err = errno;
		unlink(path);
		errno = err;
		return -1;
	}
	return 0;
}

/* Replace a regular file by rename from a 0600 temporary; 0 or -1. */
static int
save_replace(const char *path, const struct mx_model *m, writer_fn fn)
{
	struct stat st;
	char *tmp, *slash;
	int fd, err;

	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		errno = S_ISLNK(st.st_mode) ? ELOOP : EEXIST;
		return -1;
	}
	slash = strrchr(path, '/');
	if (slash != NULL)
		tmp = mx_xasprintf("%.*s/.mxscope-save-XXXXXX",
		    (int)(slash - path), path);
	else
		tmp = mx_xstrdup(".mxscope-save-XXXXXX");
	if ((fd = mkstemp(tmp)) < 0) {
		err = errno;
		free(tmp);
		errno = err;
		return -1;
	}
	if (write_fd(fd, m, fn) != 0 || rename(tmp, path) != 0) {
		err = errno;
		unlink(tmp);
		free(tmp);
		errno = err;
		return -1;
	}
	free(tmp);
	return 0;
}

/* Whether path names something already (a dangling link counts). */
static int
exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Save BASE.txt and BASE.json; ask first when one exists. */
void
ui_save_start(struct ui *ui, const char *base, int overwrite)
{
	char *txt = mx_xasprintf("%s.txt", base);
	char *json = mx_xasprintf("%s.json", base);
	const char *bad = txt;
	int r;

	if (!overwrite && (exists(txt) || exists(json))) {
		free(ui->save_base);
		ui->save_base = mx_xstrdup(base);
		ui_mode_set(ui, UI_MODE_CONFIRM);
		goto out;
	}
	if (overwrite)
		r = save_replace(txt, ui->m, mx_report_text);
	else
		r = save_new(txt, ui->m, mx_report_text);
	if (r == 0) {
		bad = json;
		if (overwrite)
			r = save_replace(json, ui->m, mx_report_json);
		else
			r = save_new(json, ui->m, mx_report_json);
	}
	if (r != 0)
		ui_message(ui, 1, _("not saved: %s: %s"), bad, errno == ELOOP ?
		    _("is a symbolic link (refused)") : strerror(errno));
	else
		ui_message(ui, 0, _("saved %s and %s (mode 0600)"), txt, json);
out:
	free(txt);
	free(json);
}

/* Draw the overwrite question. */
static void
confirm_draw(struct ui *ui)
{
	struct ui_rect b;
	char show[UI_INPUT_MAX * 4];

	b.w = COLS - 4 < 70 ? COLS - 4 : 70;
	b.h = 5;
	b.y = (LINES - b.h) / 2;
	b.x = (COLS - b.w) / 2;
	ui_box(ui, &b, _("File exists"));
	mx_sanitize(show, sizeof show, ui->save_base ? ui->save_base : "",
	    ui->save_base ? strlen(ui->save_base) : 0);
	ui_textf(ui, b.y + 1, b.x + 2, b.w - 4, A_NORMAL, _("%s.txt or .json "
	    "already exists."), show);
	ui_text(ui, b.y + 2, b.x + 2, b.w - 4, ui_attr(ui, UI_R_WARN),
	    _("Overwrite (symlinks are never followed)? y/n"));
}

/* Keys of the overwrite question. */
static enum ui_action
confirm_key(struct ui *ui, int iskey, wint_t c)
{
	char *base = ui->save_base;

	ui->save_base = NULL;
	ui_mode_set(ui, UI_MODE_MAIN);
	if (!iskey && (c == 'y' || c == 'Y') && base != NULL)
		ui_save_start(ui, base, 1);
	else
		ui_message(ui, 0, _("not saved"));
	free(base);
	return UI_ACT_NONE;
}

/* Leaving the dashboard: the name awaiting an answer goes. */
static void
confirm_free(struct ui *ui)
{
	free(ui->save_base);
	ui->save_base = NULL;
}

/* The overwrite question. */
const struct ui_mode_ops ui_mode_confirm = {
	.name = "overwrite?",
	.draw = confirm_draw,
	.key = confirm_key,
	.free = confirm_free,
};
