#!/usr/bin/env bash
# Regenerates src/Vigie.Web/wwwroot/data/world.json (the web explorer's world map) from the
# npm packages world-atlas (Natural Earth 1:110m, public domain; package ISC) and
# topojson-client (ISC), installed at pinned versions in a temporary folder, and Debian's
# iso-codes (apt-get install iso-codes) for ISO numeric → alpha-3 codes. Needs node and npm.
# The output is committed: the page and the tests never need npm or the network.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
iso=/usr/share/iso-codes/json/iso_3166-1.json
[[ -f "$iso" ]] || { echo "build-world-map: $iso missing (apt-get install iso-codes)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent world-atlas@2.0.2 topojson-client@3.1.0)
mkdir -p "$root/src/Vigie.Web/wwwroot/data"
node "$here/build-world-map.mjs" "$tmp/node_modules" "$iso" "$root/src/Vigie.Web/wwwroot/data/world.json"
