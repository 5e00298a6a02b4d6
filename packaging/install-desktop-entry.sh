#!/bin/sh
# Adds Sleutelapp to the application menu of this Linux user (no root needed).
# Run it from the unpacked Sleutelapp folder: ./install-desktop-entry.sh
# Remove the entry again with: ./install-desktop-entry.sh --remove
# Neither touches your case file (see README, "Installeren").
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop="$data/applications/sleutelapp.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$desktop"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/sleutelapp.png"
    done
    echo "Sleutelapp is uit het menu gehaald."
    exit 0
fi

resources="$here/_internal/resources"
if [ ! -x "$here/Sleutelapp" ] || [ ! -f "$resources/sleutelapp.desktop" ]; then
    echo "Start dit script vanuit de uitgepakte map Sleutelapp." >&2
    exit 1
fi
mkdir -p "$data/applications"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/app/sleutelapp-$size.png" \
        "$data/icons/hicolor/${size}x${size}/apps/sleutelapp.png"
done
# Exec must be an absolute path, quoted and escaped as the desktop-entry format wants.
escaped=$(printf '%s' "$here/Sleutelapp" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s"\n' "$escaped" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$resources/sleutelapp.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$data/applications" || true
echo "Sleutelapp staat nu in het menu ($desktop)."
