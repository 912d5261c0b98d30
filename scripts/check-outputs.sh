#!/usr/bin/env bash
# Writes rinse's outputs (JSON and Markdown) for the benchmark pages and text dumps into OUT,
# so two versions can be compared byte for byte:
#   scripts/check-outputs.sh ../shared/bench /tmp/before   # on the old version
#   scripts/check-outputs.sh ../shared/bench /tmp/after    # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
set -euo pipefail
data=${1:?usage: check-outputs.sh <bench dir> <out dir>}
out=${2:?usage: check-outputs.sh <bench dir> <out dir>}
bin="$(dirname "$0")/../bin/rinse.js"
rm -rf "$out"
mkdir -p "$out"
for f in json markdown; do
  node "$bin" -q --no-config -j 2 -f "$f" "$data/scrapinghub/html" -o "$out/html-$f"
  for style in "$data"/textdumps/scrapinghub/*/; do
    name=$(basename "$style")
    node "$bin" -q --no-config -j 2 -f "$f" --input-format text "$style" -o "$out/text-$name-$f"
  done
done
