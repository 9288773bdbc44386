#!/bin/sh
# po/xgettext.sh SRCDIR: print the message template (mxscope.pot) of the
# sources on stdout.  The marked strings: _() and N_(), the error lines
# (mx_warnx, mx_fatalx, perr, conf_err), the mailbox check's notes
# (mx_mb_note, formatted twice by mailbox-fsm.c), the report's field labels
# (mx__rt_field), twin texts (mx_i18n_twin: English for the JSON and
# translated for the reader), a finding's remedy and summary format
# (arguments 6 and 7 of mx__diag_add, translated by diag-add.c) and the
# verdict's (verdict, verdict_by in diag-verdict.c).
# xgettext takes one argument number per keyword, hence three passes.
set -eu
src=${1:-.}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
{ find src ui -name '*.c' ! -path 'src/lab/*'; echo src/lab/lab.c;
    echo src/lab/lab-builtin.c; } |
    LC_ALL=C sort > "$tmp/files"
common="--from-code=UTF-8 --language=C --add-comments=TRANSLATORS:
--package-name=mxscope --msgid-bugs-address=mxscope-issues --files-from=$tmp/files"
# shellcheck disable=SC2086
xgettext $common -o "$tmp/a.pot" -k_ -kN_ -kE_ -kmx_warnx -kmx_fatalx -kperr \
    -kconf_err:2 -kmx__rt_field:2 -kverdict:4 -kmx_mb_note:2 -kT_:2 \
    -kmx_i18n_twin:4 --flag=mx_i18n_twin:4:c-format \
    --flag=mx_warnx:1:c-format --flag=mx_fatalx:1:c-format \
    --flag=perr:1:c-format --flag=verdict:4:c-format \
    --flag=mx_xasprintf:1:c-format --flag=E_:1:pass-c-format \
    --flag=_:1:pass-c-format --flag=mx_mb_note:2:c-format \
    --flag=T_:2:pass-c-format
# shellcheck disable=SC2086
xgettext $common -o "$tmp/b.pot" -kmx__diag_add:6 -kverdict_by:5
# shellcheck disable=SC2086
xgettext $common -o "$tmp/c.pot" -kmx__diag_add:7 -kverdict_by:6 \
    --flag=mx__diag_add:7:c-format --flag=verdict_by:6:c-format
for f in a b c; do
	[ -f "$tmp/$f.pot" ] || : > "$tmp/$f.pot"
done
msgcat --use-first -o - "$tmp/a.pot" "$tmp/b.pot" "$tmp/c.pot" |
    sed '/^"POT-Creation-Date:/d'
