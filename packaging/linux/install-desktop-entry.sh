#!/usr/bin/env bash
# Put Deskhand in this user's application menu, with its icon, and `deskhand` on the PATH
# (~/.local/bin). Run it from the unpacked folder; run it again after moving the folder.
# `./install-desktop-entry.sh --remove` takes all of that away again (your data stays).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/deskhand.desktop
icon=$data/icons/hicolor/scalable/apps/deskhand.svg
link=$HOME/.local/bin/deskhand

if [[ ${1:-} == --remove ]]; then
  rm -f "$entry" "$icon" "$link"
  echo "removed Deskhand's menu entry, icon and $link (your data in $data/deskhand stays)"
  exit 0
fi
[[ -x $here/deskhand ]] || { echo "install-desktop-entry.sh: no deskhand program beside this script" >&2; exit 2; }
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")" "$(dirname "$link")"
cp "$here/deskhand.svg" "$icon"
# The menu starts the program by its full path, so it works without ~/.local/bin on the PATH.
sed "s|^Exec=deskhand |Exec=\"$here/deskhand\" |" "$here/deskhand.desktop" > "$entry"
ln -sfn "$here/deskhand" "$link"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Deskhand is in your application menu; \`deskhand\` is $link"
