#!/bin/bash
# Wrap the PyInstaller .app in a drag-to-Applications disk image.
#
#   bash packaging/macos/build_dmg.sh "dist/ANN Studio.app" dist/ANNStudio-0.1.0-macos-arm64.dmg
#
# `python packaging/build.py` on macOS builds the .app (PyInstaller --windowed BUNDLE in
# packaging/annstudio.spec) and then calls this. Per-user install: drag the app into
# Applications, or into ~/Applications without admin rights. The app is not notarized:
# the first start needs right-click > Open (or: xattr -dr com.apple.quarantine "ANN Studio.app").
set -euo pipefail
APP=${1:?usage: build_dmg.sh APP DMG}
DMG=${2:?usage: build_dmg.sh APP DMG}
[ -d "$APP" ] || { echo "no app bundle at $APP" >&2; exit 1; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes intact.
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
# Ad-hoc signature so Apple-silicon Macs run it at all (unsigned arm64 code is refused).
codesign --force --deep --sign - "$STAGE/$(basename "$APP")"
rm -f "$DMG"
hdiutil create -volname "ANN Studio" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "wrote $DMG"
