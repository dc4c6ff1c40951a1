#!/bin/sh
# Add ANN Studio to your own application menu (no root needed), from the unpacked
# portable folder. Run it again after moving the folder; `--remove` takes it out again.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
ASSETS="$HERE/_internal/annstudio/assets"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/annstudio.desktop" "$ICONS/scalable/apps/annstudio.svg"
    for s in 16 24 32 48 64 128 256 512; do rm -f "$ICONS/${s}x${s}/apps/annstudio.png"; done
    echo "ANN Studio removed from the menu (the folder $HERE is untouched)."
    exit 0
fi

[ -x "$HERE/annstudio" ] || { echo "error: $HERE/annstudio not found" >&2; exit 1; }
mkdir -p "$APPS" "$ICONS/scalable/apps"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$ICONS/${s}x${s}/apps"
    cp "$ASSETS/icons/annstudio-$s.png" "$ICONS/${s}x${s}/apps/annstudio.png"
done
cp "$ASSETS/icons/annstudio.svg" "$ICONS/scalable/apps/annstudio.svg"
# The packaged entry runs `annstudio` from PATH; point this copy at the folder instead.
sed -e "s|^Exec=.*|Exec=\"$HERE/annstudio\" %f|" -e "s|^TryExec=.*|TryExec=$HERE/annstudio|" \
    "$ASSETS/annstudio.desktop" > "$APPS/annstudio.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
echo "ANN Studio added to your application menu ($APPS/annstudio.desktop)."
