#!/bin/sh
# tests/ui/ui-save.sh: `s` saves BASE.txt and BASE.json with mode 0600; an
# existing name is never overwritten without a yes; a symlink (even a
# dangling one) is never followed (hostile-inputs.md §1.9).
. "${top_srcdir:-.}/tests/tap.sh"
. "${top_srcdir:-.}/tests/ui-env.sh"
ui_skip_unless_ready

D=$UI_DIR/save
mkdir -p "$D"
umask 022
ui_open 100 30 "env -C $D $MXSCOPE --demo userunknown"
ui_wait_done 10

# save BASE: press s, replace the proposed name with BASE, Enter.
save() {
	ui_keys s
	ui_wait 'Save reports' 3
	like "$UI_SCREEN" '> mxscope-example\.test-[0-9]{8}-[0-9]{6}' \
	    "s proposes a default name"
	ui_keys C-u
	ui_keys -l "$1"
	ui_keys Enter
}

save "$D/rep"
ui_wait 'saved ' 3
like "$UI_SCREEN" "saved $D/rep\\.txt and $D/rep\\.json \\(mode 0600\\)" "saved message"
is "$(stat -c %a "$D/rep.txt")" 600 "text report is mode 0600 (umask 022)"
is "$(stat -c %a "$D/rep.json")" 600 "JSON report is mode 0600"
like "$(cat "$D/rep.txt")" 'Verdict: Address does not exist \(userunknown\)' "text report content"
like "$(cat "$D/rep.json")" '"verdict"' "JSON report content"

# An existing file: n keeps it, y replaces it (still 0600).
echo old >"$D/rep.txt"
chmod 644 "$D/rep.txt"
save "$D/rep"
ui_wait 'already exists' 3
like "$UI_SCREEN" 'Overwrite' "asks before overwriting"
ui_keys n
ui_wait 'not saved' 3
is "$(cat "$D/rep.txt")" old "n: the file is untouched"
save "$D/rep"
ui_wait 'already exists' 3
ui_keys y
ui_wait 'saved ' 3
like "$(cat "$D/rep.txt")" 'Verdict: Address does not exist \(userunknown\)' "y: the file is replaced"
is "$(stat -c %a "$D/rep.txt")" 600 "the replaced file is 0600"

# Symlinks: refused even after yes, their targets never created.
ln -s "$D/victim" "$D/link.txt"
save "$D/link"
ui_wait 'already exists' 3
ui_keys y
ui_wait 'not saved' 3
like "$UI_SCREEN" 'link\.txt: is a symbolic link \(refused\)' "a symlink is refused"
if [ -e "$D/victim" ]; then not_ok "the link target was not created"; else ok "the link target was not created"; fi
if [ -L "$D/link.txt" ]; then ok "the link itself is left alone"; else not_ok "the link itself is left alone"; fi
ln -s "$D/victim2" "$D/dang.json"
save "$D/dang"
ui_wait 'already exists' 3
ui_keys y
ui_wait 'not saved' 3
if [ -e "$D/victim2" ]; then not_ok "dangling JSON link not followed"; else ok "dangling JSON link not followed"; fi
is "$(find "$D" -name '.mxscope-save-*' | wc -l)" 0 "no temporary file left behind"
ui_keys q
ui_exit 5
is "$UI_STATUS" 2 "q exits 2"
plan_end
