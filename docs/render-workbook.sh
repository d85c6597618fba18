#!/usr/bin/env bash
# Renders the demo workbook as finance sees it: runs the demo (a fresh H2 database and output folder in a temporary
# directory), converts the workbook with LibreOffice to a PDF with one page per sheet, and that PDF to one PNG per
# sheet in docs/images/ (workbook-<nn>-<sheet>.png). Needs Java 17, LibreOffice (soffice), poppler (pdftoppm), unzip.
# Usage: docs/render-workbook.sh [asOfDate]   (default 2026-11-15)
# The demo is reconciled for the two months before asOfDate too, on the same database, so that the pictures show
# the month-over-month figures (R9): the Summary's change since last month and its 12-month chart.
set -euo pipefail
cd "$(dirname "$0")/.."
as_of="${1:-2026-11-15}"
period="${as_of:0:7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -q package -DskipTests
for back in 2 1 0; do
  date="$(date -d "$as_of -$back month" +%F)"
  java -jar target/licence-recon.jar "asOfDate=$date" --recon.output-dir="$work/out" \
    --spring.datasource.url="jdbc:h2:file:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$work/run-$back.log"
done
folder="$(head -n 1 "$work/out/$period/latest.txt")"
workbook="$work/out/$period/$folder/change-orders-$period.xlsx"

# SinglePageSheets: each sheet on one page, however long, so each sheet becomes one picture
soffice -env:UserInstallation="file://$work/lo" --headless \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work/pdf" "$workbook" > /dev/null
pdftoppm -png -r 80 "$work/pdf/change-orders-$period.pdf" "$work/page"

mkdir -p docs/images
rm -f docs/images/workbook-*.png
# one page per sheet, in the workbook's order: the pictures are named after the sheets
mapfile -t sheets < <(unzip -p "$workbook" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' \
  | sed 's/.*name="\([^"]*\)"/\1/' | tr 'A-Z ' 'a-z-')
pages=("$work"/page-*.png)
for i in "${!pages[@]}"; do
  cp "${pages[$i]}" "docs/images/$(printf "workbook-%02d" $((i + 1)))-${sheets[$i]:-sheet}.png"
done
ls docs/images/workbook-*.png
