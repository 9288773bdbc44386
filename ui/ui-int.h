/*
 * ui-int.h: what the dashboard's files share.  One struct ui holds the
 * front-end state; the engine is reached only through the API of
 * mxscope.h (mx_engine_*, mx_report_*), its model is read-only here.
 * Each mode is a struct ui_mode_ops (tmux's window modes); keys return
 * an enum ui_action that only ui.c applies (mtr's keys), so the files
 * call each other bottom-up: ui.c on top, the leaves (ui-state.c,
 * ui-scroll.c, ui-match.c) at the bottom, no circle (t-cycles.sh).
 * Names: ui_<file>_<verb> (ui-mxtable.c exports ui_mxtable_draw).
 */
#ifndef UI_INT_H
#define UI_INT_H

#include <curses.h>
#include <termios.h>

#include "mxscope.h"
#include "ui.h"
#include "ui-scroll.h"

#define UI_MIN_COLS	60	/* below this: the "too small" message */
#define UI_MIN_ROWS	16
#define UI_WIDE_COLS	150	/* three columns from here */
#define UI_SIDE_COLS	120	/* transcript and diagnosis side by side */
#define UI_FRAME_MS	50	/* at most 20 frames a second */
#define UI_MSG_HOLD_MS	3000	/* a run's message shows at least this long */
#define UI_HIST_MAX	8	/* remembered DNS servers */
#define UI_INPUT_MAX	256
#define UI_PASTE_MAX	(1024 * 1024)	/* bytes a pasted bounce may have */
#define UI_PASTE_ESC_MS	100	/* a lone ESC this long: the Esc key */
#define UI_PASTE_SETTLE_MS 150	/* quiet after a paste ended: analyse */

/* Regions of the screen, for dirty flags and focus. */
#define UI_D_HEADER	0x01
#define UI_D_MX		0x02
#define UI_D_RES	0x04
#define UI_D_TRANS	0x08
#define UI_D_DIAG	0x10
#define UI_D_STATUS	0x20
#define UI_D_OVERLAY	0x40
#define UI_D_NDR	0x80
#define UI_D_ALL	0xff
#define UI_D_NOW	0x100	/* not on the frame cadence: the frame that
				   shows a run's end is painted at once */

/* Panes that take focus (Tab cycles through them). */
enum ui_pane { UI_PANE_MX, UI_PANE_TRANS, UI_PANE_DIAG, UI_PANE_NDR,
	UI_NPANES };

/* The scroll state of each view: the panes' (by enum ui_pane), then the
 * scrolling modes'. */
#define UI_SC_FULL	UI_NPANES		/* Enter: full transcript */
#define UI_SC_HELP	(UI_NPANES + 1)		/* ? overlay */
#define UI_SC_POLICY	(UI_NPANES + 2)		/* o tab */
#define UI_SC_BATCH	(UI_NPANES + 3)		/* --batch: the list */
#define UI_NSCROLL	(UI_NPANES + 4)

/* What owns the keyboard. */
enum ui_mode {
	UI_MODE_MAIN,		/* the dashboard */
	UI_MODE_HELP,		/* ? overlay */
	UI_MODE_FULL,		/* Enter: full transcript */
	UI_MODE_PROMPT,		/* d, a, t, s: a one-line dialog */
	UI_MODE_CONFIRM,	/* overwrite? y/n */
	UI_MODE_PICKER,		/* --demo scenario picker */
	UI_MODE_PASTE,		/* b: paste a bounce */
	UI_MODE_PASSWORD,	/* P: the masked mailbox password field */
	UI_MODE_POLICY,		/* o: the policy records tab */
	UI_MODE_SEND,		/* --send or S: send a test message? y/n */
	UI_MODE_BATCH,		/* --batch: the list of targets */
	UI_NMODES
};

/*
 * What a key (or a mode's timer) asks of the loop, as mtr's Action:
 * modes change only their own state and return one of these; ui.c
 * applies it (starts the run, quits, switches the demo's scenario,
 * opens another mode through its enter function).
 */
enum ui_action {
	UI_ACT_NONE,		/* done; the dirty flags say what to draw */
	UI_ACT_QUIT,		/* leave with the verdict's status */
	UI_ACT_HANGUP,		/* the terminal is gone */
	UI_ACT_RESTART,		/* (re-)run the check */
	UI_ACT_SCENARIO,	/* --demo: run the picker's scenario */
	UI_ACT_FULL,		/* open the full transcript */
	UI_ACT_HELP,		/* open the help */
	UI_ACT_POLICY,		/* open the policy tab */
	UI_ACT_DNS,		/* open the prompt: DNS server */
	UI_ACT_ADD,		/* open the prompt: a resolver to compare */
	UI_ACT_TARGET,		/* open the prompt: the target */
	UI_ACT_SAVE,		/* open the prompt: where to save */
	UI_ACT_SEARCH,		/* open the prompt: search the transcript */
	UI_ACT_RCPT,		/* open the prompt: a pasted reply's address */
	UI_ACT_PICKER,		/* open the scenario picker */
	UI_ACT_PASTE,		/* open the bounce paste area */
	UI_ACT_PASSWORD,	/* open the password field */
	UI_ACT_SEND,		/* S: ask, then re-run with --send */
	UI_ACT_VIEW,		/* --batch: open the selected target */
	UI_ACT_LIST,		/* --batch: back to the list */
	UI_NACTS
};

/*
 * A mode: who owns the keyboard and what is drawn over (or instead of)
 * the panes, as tmux's struct window_mode.  One const instance per mode
 * (ui_mode_main, ui_mode_full, ...); ui.c keeps the table.
 */
struct ui;
struct mx_ndr_first;

struct ui_mode_ops {
	const char	*name;
	int		 flags;
#define UI_MODE_SCREEN	0x01	/* draws the whole screen, no panes */
#define UI_MODE_CURSOR	0x02	/* draw places the cursor (a text field) */
#define UI_MODE_RAW	0x04	/* reads the terminal itself (input) */
	const char	*hints;	/* the status row's key hints, or NULL */
	/* Open the mode (arg: what for); switches ui->mode when it opens. */
	enum ui_action	(*enter)(struct ui *, int arg);
	/* Draw the mode (over the panes unless UI_MODE_SCREEN). */
	void		(*draw)(struct ui *);
	/* A key while the mode owns the keyboard. */
	enum ui_action	(*key)(struct ui *, int iskey, wint_t);
	/* UI_MODE_RAW: bytes are readable on the terminal. */
	enum ui_action	(*input)(struct ui *);
	/* The terminal changed size (NULL: the next draw fits). */
	void		(*resize)(struct ui *);
	/* The dashboard ends: give back what the mode holds. */
	void		(*free)(struct ui *);
};

/* What a prompt is asking for. */
enum ui_prompt_kind { UI_PROMPT_DNS, UI_PROMPT_ADD, UI_PROMPT_TARGET,
	UI_PROMPT_SAVE, UI_PROMPT_SEARCH, UI_PROMPT_RCPT };

/* Colour roles; mapped to pairs or to monochrome attributes. */
enum ui_role {
	UI_R_NORMAL, UI_R_TITLE, UI_R_FOCUS, UI_R_OK, UI_R_INFO, UI_R_WARN,
	UI_R_FAIL, UI_R_DIM, UI_R_SEL, UI_R_TLS, UI_R_CLIENT, UI_R_NROLES
};

/* A rectangle of the screen. */
struct ui_rect {
	int	 y, x, h, w;
};

/* Where each pane goes for the current size (ui-layout.c). */
struct ui_layout {
	int		 kind;
#define UI_LAY_SMALL	0
#define UI_LAY_STACKED	1
#define UI_LAY_WIDE	2
	int		 rows, cols;
	struct ui_rect	 header, mx, res, trans, diag, status;
	struct ui_rect	 ndr;		/* the bounce; h 0 when none */
	int		 vsep1, vsep2;	/* separator columns, -1 none */
	int		 vsep_y, vsep_h;
	int		 vcut;		/* the header shortens the verdict */
};

/* One MX table row: an exchanger address, or an exchanger without one. */
#define UI_ROW_SUB	(-2)	/* ui_row.probe: the submission check */
struct ui_row {
	int	 probe;		/* index into model.probes, -1 none,
				   UI_ROW_SUB the submission dialogue */
	int	 exch;		/* index into model.exch */
};

/* A scrolling text flow: wraps paragraphs into rows of a rectangle. */
struct ui_flow {
	struct ui_rect	 r;
	int		 top;	/* first flow row shown */
	int		 row;	/* rows laid out so far */
	int		 draw;	/* 0: only count rows */
	const char	*find;	/* highlight this (ui-search.c), or NULL */
	int		*hits;	/* rows where a match begins, or NULL */
	int		 nhits, maxhits;
};

/* At most this many rows with a match are remembered for n/N. */
#define UI_FIND_MAX	4096

/* At most this many of the configuration's resolver presets in `d`. */
#define UI_PROMPT_PRESETS	8

/* A one-line dialog with optional pick list (ui-prompt.c). */
struct ui_prompt {
	enum ui_prompt_kind	 kind;
	char			 title[80];
	char			 note[256];	/* the hint row's text; "": the
						 * kind's own hint */
	char			 buf[UI_INPUT_MAX];
	size_t			 len, cur;	/* bytes */
	char			 error[512];
	const char		*list[MX_MAX_RESOLVERS + UI_HIST_MAX + 8 +
				    UI_PROMPT_PRESETS];
	const char		*tag[MX_MAX_RESOLVERS + UI_HIST_MAX + 8 +
				    UI_PROMPT_PRESETS];	/* "in use", ... */
	char			 tagbuf[UI_HIST_MAX][UI_INPUT_MAX + 16];
	char			 confirmed[UI_INPUT_MAX];	/* --demo:
						 * leaving the lab, asked */
	int			 nlist, sel;	/* sel -1: typing */
	enum ui_mode		 back;	/* the mode it returns to */
};

/* What ui_pastebuf_feed saw (bits). */
#define UI_PB_ENDED	0x01	/* a bracketed paste ended */
#define UI_PB_FINISH	0x02	/* Ctrl-D typed: analyse now */
#define UI_PB_CANCEL	0x04	/* Esc or Ctrl-C typed */
#define UI_PB_ESC	0x08	/* an escape sequence is incomplete */

/* The bytes of a pasted bounce (ui-pastebuf.c). */
struct ui_pastebuf {
	char		*buf;		/* cap + 1 bytes, NUL-terminated */
	size_t		 len, cap;
	size_t		 total;		/* data bytes received, kept or not */
	int		 over;		/* more than cap: refused */
	int		 bracket;	/* inside ESC[200~ ... ESC[201~ */
	int		 pastes;	/* bracketed pastes begun */
	int		 cr;		/* the last data byte was a CR */
	int		 tail;		/* a paste just ended: still data */
	unsigned char	 pend[8];	/* a possible marker being matched */
	size_t		 npend;
};

/* The dashboard. */
struct ui {
	uv_loop_t		*loop;
	struct mx_engine	*eng;
	const struct mx_model	*m;
	struct ui_opts		 opts;
	struct mx_lab		*lab;
	char			 scenario[64];

	uv_poll_t		 in;
	uv_signal_t		 sig[4];
	uv_timer_t		 redraw, tick;
	int			 handles;	/* open libuv handles */
	int			 curses;	/* between newterm and endwin */
	SCREEN			*screen;
	int			 dead;		/* the terminal hung up */
	int			 done;		/* leave the loop */
	int			 status;	/* exit status on quit */

	unsigned		 dirty;
	int			 redraw_armed, tick_on;
	uint64_t		 last_paint;
	unsigned long		 frames;
	int			 utf8, color;
	struct ui_layout	 lay;

	enum ui_mode		 mode;
	const struct ui_mode_ops *const *modes;	/* by enum ui_mode */
	enum ui_action		 posted;	/* from a timer or callback */
	uv_prepare_t		 prepare;	/* arms the frame timer */
	enum ui_pane		 focus;
	struct ui_row		 rows[MX_MAX_PROBES + MX_MAX_EXCHANGERS];
	int			 nrows, sel, sel_probe;
	int			 sel_user;	/* the user chose a row */
	struct ui_scroll	 scroll[UI_NSCROLL];	/* per pane, mode */
	int			 picker_sel;
	int			 mb_sel;	/* the selected mailbox check */

	/* `/`: the transcript search (ui-search.c); find is sanitized. */
	char			 find[UI_INPUT_MAX * 4];
	int			 find_row;	/* flow row of the match, -1 */

	struct ui_prompt	 prompt;
	char			*hist[UI_HIST_MAX];
	char			*hist_name[UI_HIST_MAX];	/* or NULL */
	int			 nhist;
	struct mx_resolver	*prev;	/* before the last `d` (ui-dns.c) */
	int			 nprev;
	char			*save_base;	/* awaiting overwrite answer */
	int			 send_ok;	/* y to the --send question:
						   the next start sends */

	struct ui_pastebuf	 paste;		/* b: the bounce being pasted */
	uv_timer_t		 paste_timer;	/* Esc delay, paste settling */
	int			 paste_settle;	/* the timer waits for quiet */
	int			 paste_tio_set;	/* paste_tio holds the modes */
	struct termios		 paste_tio;	/* terminal modes before b */
	char			 paste_err[256];
	long long		 paste_size;	/* SIZE taken from a paste, -1 */
	struct mx_ndr_first	*paste_reply;	/* a reply pasted alone, waiting
						 * for its address; or NULL */

	/* The masked password field (ui-password.c); the typed bytes live
	 * only in the secret holder (src/mailbox/mailbox-secret.c), never here. */
	int			 pw_first;	/* the run waits for it */
	char			 pw_title[160];
	char			 pw_error[160];

	char			 msg[256];
	int			 msg_err;
	int			 msg_run;	/* it tells of a run starting
						 * ("re-running"): it goes once
						 * the run has ended */
	uint64_t		 msg_ms;	/* when it was set (ms) */

	/* --batch (ui-batch.c): the rows shown (indexes into the batch's
	 * list), the selected row, the target column's width, the filter
	 * (f: not deliverable only), the help box; the item whose
	 * dashboard is open (its engine pinned), or -1. */
	long			*brows;
	int			 nbrows, bcap, bsel, btw, bfilter, bhelp;
	int			 bsort;		/* o: worst verdict first */
	long			 bviewed;
};

/* ui-state.c: what every file may call (a leaf) */
void		 ui_dirty(struct ui *, unsigned);
void		 ui_message(struct ui *, int err, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
void		 ui_message_run(struct ui *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));
int		 ui_message_run_end(struct ui *);
uint32_t	 ui_elapsed_ms(const struct ui *);
uint64_t	 ui_frame_wait(uint64_t, uint64_t, unsigned);
void		 ui_mode_set(struct ui *, enum ui_mode);
void		 ui_post(struct ui *, enum ui_action);
wint_t		 ui_less_key(wint_t);

/* The modes (one per file, each with its enter/draw/key/free). */
extern const struct ui_mode_ops ui_mode_main;		/* ui-keys.c */
extern const struct ui_mode_ops ui_mode_full;		/* ui-full.c */
extern const struct ui_mode_ops ui_mode_help;		/* ui-help.c */
extern const struct ui_mode_ops ui_mode_policy;		/* ui-policy.c */
extern const struct ui_mode_ops ui_mode_prompt;		/* ui-prompt.c */
extern const struct ui_mode_ops ui_mode_confirm;	/* ui-save.c */
extern const struct ui_mode_ops ui_mode_send;	/* ui-send.c */
/* ui-send.c: before a start, 1 when the --send question opened (the
 * start waits for its answer), 0 when the check may start. */
int		 ui_send_gate(struct ui *);
extern const struct ui_mode_ops ui_mode_picker;		/* ui-picker.c */
extern const struct ui_mode_ops ui_mode_paste;		/* ui-paste.c */
extern const struct ui_mode_ops ui_mode_password;	/* ui-password.c */
extern const struct ui_mode_ops ui_mode_batch;		/* ui-batch.c */
/* ui-batch.c: the batch's item of the selected row, or -1. */
long		 ui_batch_selected(const struct ui *);

/* ui-draw.c */
void		 ui_draw_init(struct ui *);
attr_t		 ui_attr(const struct ui *, enum ui_role);
int		 ui_text(const struct ui *, int y, int x, int w, attr_t,
		    const char *);
int		 ui_text_cut(const struct ui *, int y, int x, int w, attr_t,
		    const char *);
int		 ui_textf(const struct ui *, int y, int x, int w, attr_t,
		    const char *, ...) __attribute__((format(printf, 6, 7)));
int		 ui_width(const struct ui *, const char *);
size_t		 ui_fit(const struct ui *, const char *, int w, int *used);
void		 ui_fill(int y, int x, int w, attr_t);
void		 ui_clear(const struct ui_rect *);
void		 ui_title(const struct ui *, const struct ui_rect *, int focus,
		    const char *);
void		 ui_vline(const struct ui *, int y, int x, int h);
const char	*ui_glyph(const struct ui *, const char *utf8,
		    const char *ascii);
void		 ui_box(const struct ui *, const struct ui_rect *,
		    const char *title);
void		 ui_flow_para(const struct ui *, struct ui_flow *, attr_t,
		    int indent, const char *);
void		 ui_flow_row(const struct ui *, struct ui_flow *, attr_t,
		    const char *);
/* A function that lays out (and, when f->draw, draws) a pane's text. */
typedef void	(*ui_flow_fn)(const struct ui *, struct ui_flow *);
void		 ui_flow_pane(struct ui *, const struct ui_rect *, int focus,
		    struct ui_scroll *, const char *prefix, ui_flow_fn);
int		 ui_flow_rows(const struct ui *, int w, ui_flow_fn);
enum ui_role	 ui_code_role(int code);
enum ui_role	 ui_mark_role(enum mx_mark);
enum ui_role	 ui_exit_role(enum mx_exit);
void		 ui_fmt_ms(char *, size_t, uint32_t);

/* ui-layout.c */
void		 ui_layout_compute(struct ui *);
void		 ui_layout_paint(struct ui *);

/* ui-header.c */
void		 ui_header_draw(struct ui *);
int		 ui_header_rows(const struct ui *, int w);
int		 ui_header_cuts(const struct ui *, int w, int h);
void		 ui_status_draw(struct ui *);

/* ui-mailbox.c: the POP3/IMAP pane (in the MX table's place). */
void		 ui_mailbox_draw(struct ui *, const struct ui_rect *);
const struct mx_mailbox *ui_mailbox_sel(const struct ui *);
int		 ui_mailbox_rows(const struct ui *);

/* ui-mxtable.c */
void		 ui_mxtable_rows(struct ui *);
void		 ui_mxtable_draw(struct ui *);
void		 ui_mxtable_select(struct ui *, int delta);
int		 ui_mxtable_width(const struct ui *);

/* ui-resolvers.c */
void		 ui_resolvers_draw(struct ui *);
int		 ui_resolvers_disagree(const struct mx_model *, unsigned *odd);

/* ui-transcript.c */
void		 ui_transcript_draw(struct ui *);
void		 ui_transcript_full(struct ui *);
const struct mx_probe *ui_transcript_probe(const struct ui *);
int		 ui_transcript_rows(const struct ui *, int w, int *answer);
int		 ui_transcript_live(const struct ui *);
int		 ui_transcript_hits(const struct ui *, int full, const char *,
		    int *hits, int max);

/* ui-diag.c */
void		 ui_diag_draw(struct ui *);
int		 ui_diag_rows(const struct ui *, int w);

/* ui-save.c */
void		 ui_save_start(struct ui *, const char *base, int overwrite);
char		*ui_save_default(const struct ui *);

/* ui-dns.c: the `d`/`a` dialogs' resolvers */
int		 ui_dns_valid(const char *, char *err, size_t);
void		 ui_dns_list(struct ui *);
enum ui_action	 ui_dns_accept(struct ui *);
enum ui_action	 ui_dns_remove(struct ui *, int row);
void		 ui_dns_close(struct ui *);
void		 ui_dns_free(struct ui *);

/* ui-match.c: the search's match (a leaf) */
const char	*ui_match(const char *s, const char *pat, size_t *len);

/* ui-search.c */
void		 ui_search_set(struct ui *, const char *pat);
void		 ui_search_step(struct ui *, int dir);
void		 ui_search_clear(struct ui *);

/* ui-ndr.c */
void		 ui_ndr_draw(struct ui *);
int		 ui_ndr_rows(const struct ui *, int w);

/* ui-paste.c */
void		 ui_paste_leave(struct ui *);
int		 ui_paste_retarget(struct ui *, const char *, char **cause);
void		 ui_paste_reply_fill(struct ui *, struct ui_prompt *);
enum ui_action	 ui_paste_reply_accept(struct ui *, const char *,
		    char **cause);
void		 ui_paste_reply_cancel(struct ui *);

/* ui-pastebuf.c */
void		 ui_pastebuf_init(struct ui_pastebuf *, size_t cap);
void		 ui_pastebuf_free(struct ui_pastebuf *);
void		 ui_pastebuf_clear(struct ui_pastebuf *);
int		 ui_pastebuf_feed(struct ui_pastebuf *, const char *, size_t);
int		 ui_pastebuf_timeout(struct ui_pastebuf *);

/* ui-password.c */
int		 ui_password_configured(const struct ui *);
int		 ui_password_needed(const struct ui *);

/* ui-crash.c */
void		 ui_crash_save_tty(void);
void		 ui_crash_arm(void);
void		 ui_crash_disarm(void);
void		 ui_crash_paste(int on);

#endif
