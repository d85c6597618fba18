#!/usr/bin/env bash
# Renders the demo workbook as finance sees it: runs the demo (a fresh H2 database and output folder in a temporary
# directory), converts the workbook with LibreOffice to a PDF with one page per sheet, and that PDF to one PNG per
# sheet in docs/images/ (workbook-<n>-<sheet>.png). Needs Java 17, LibreOffice (soffice) and poppler (pdftoppm).
# Usage: docs/render-workbook.sh [asOfDate]   (default 2026-11-15)
set -euo pipefail
cd "$(dirname "$0")/.."
as_of="${1:-2026-11-15}"
period="${as_of:0:7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -q package -DskipTests
java -jar target/licence-recon.jar "asOfDate=$as_of" --recon.output-dir="$work/out" \
  --spring.datasource.url="jdbc:h2:file:$work/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$work/run.log"
folder="$(head -n 1 "$work/out/$period/latest.txt")"
workbook="$work/out/$period/$folder/change-orders-$period.xlsx"

# SinglePageSheets: each sheet on one page, however long, so each sheet becomes one picture
soffice -env:UserInstallation="file://$work/lo" --headless \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work/pdf" "$workbook" > /dev/null
pdftoppm -png -r 80 "$work/pdf/change-orders-$period.pdf" "$work/page"

mkdir -p docs/images
rm -f docs/images/workbook-*.png
sheets=(summary psa-change-orders sync-up unmatched-accounts matches-to-confirm unmapped-services rejected-records all-lines)
pages=("$work"/page-*.png)
for i in "${!pages[@]}"; do
  cp "${pages[$i]}" "docs/images/workbook-$((i + 1))-${sheets[$i]:-sheet}.png"
done
ls docs/images/workbook-*.png
