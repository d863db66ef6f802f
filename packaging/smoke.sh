#!/usr/bin/env bash
# Run the packaged app as a user would: the window's smoke test, an import of the sample,
# and list --json, in a throw-away data folder; prints the app's size. Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
app=dist/scrutineer/scrutineer
[ -x "$app" ] || { echo "package smoke: $app is missing — run make package" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen
"$app" --version
"$app" --data-dir "$data" --smoke
"$app" --data-dir "$data" import --json resources/sample/sample_scorecard.xlsx
count=$("$app" --data-dir "$data" list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$count" -gt 0 ] || { echo "package smoke: list --json returned no indicators" >&2; exit 1; }
echo "package smoke: list --json returned $count indicators"
echo "package smoke: ok, $(du -sh dist/scrutineer | cut -f1) in dist/scrutineer"
