#!/usr/bin/env bash
# Renders the committed previews of the PDF output (docs/pdf/*.png) from the sample projects,
# through the real CLI, with poppler's pdftoppm at 60 dpi. Run from anywhere: docs/pdf/render.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="$root/cli/bin/zonewright.mjs"
samples="$root/assets/samples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795262400 # 2026-11-21: the previews do not change with the day they are made

(cd "$root" && node scripts/build-cli.mjs)

# The first page whose text contains every one of the given lines (pdftotext -raw).
page_with() {
  local pdf="$1"; shift
  local pages; pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for ((p = 3; p <= pages; p++)); do
    local text; text="$(pdftotext -raw -f "$p" -l "$p" "$pdf" -)"
    local all=1
    for needle in "$@"; do grep -qxF -- "$needle" <<<"$text" || { all=0; break; }; done
    if ((all)); then echo "$p"; return; fi
  done
  echo "no page with: $*" >&2; exit 1
}

render() { # pdf page name
  pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$1" "$here/$3"
}

node "$cli" report "$samples/purdue-reference-plant.zonewright.json" -o "$work/purdue-report.pdf"
render "$work/purdue-report.pdf" 1 report-cover
render "$work/purdue-report.pdf" 2 report-contents
page="$(page_with "$work/purdue-report.pdf" '2 Zone and conduit diagram')"
render "$work/purdue-report.pdf" "$page" report-diagram
page="$(page_with "$work/purdue-report.pdf" 'CHARACTERISTICS' 'Name Reactor cell 1')"
render "$work/purdue-report.pdf" "$page" report-zone

node "$cli" report "$samples/flawed-plant.zonewright.json" -o "$work/flawed-report.pdf"
page="$(page_with "$work/flawed-report.pdf" '6 Findings')"
render "$work/flawed-report.pdf" "$page" report-findings

for sample in purdue-reference-plant water-utility machine-builder-cell flawed-plant; do
  node "$cli" diagram "$samples/$sample.zonewright.json" -o "$work/$sample.pdf" --paper a3 --landscape
  render "$work/$sample.pdf" 1 "diagram-$sample"
done

node "$cli" diagram "$samples/purdue-reference-plant.zonewright.json" -o "$work/tiles.pdf" --tile
render "$work/tiles.pdf" 2 diagram-tile
node "$cli" diagram "$samples/machine-builder-cell.zonewright.json" -o "$work/zones.pdf" --per-zone --landscape
page="$(pdfinfo "$work/zones.pdf" | awk '/^Pages:/ {print $2 - 1}')"
render "$work/zones.pdf" "$page" diagram-zone

du -ch "$here"/*.png | tail -1
