#!/bin/sh
# Renders a concord HTML report with headless Chromium and writes a PNG.
#   scripts/screenshot.sh [INPUT] [OUT.png]   (defaults: corpus/, /tmp/concord-report.png)
# Exits 0 without doing anything when Chromium is not installed.
set -eu
input=${1:-corpus/}
png=${2:-/tmp/concord-report.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "screenshot.sh: chromium not installed, skipped" >&2
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet --release -- report "$input" --format html -o "$tmp/report.html"
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
    --screenshot="$png" --window-size=1280,2000 "file://$tmp/report.html" 2>/dev/null
echo "$png"
