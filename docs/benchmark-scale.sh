#!/usr/bin/env bash
# How the reconciliation job grows with the data (issue 16, ScaleBenchmark): seeded data of each size, the floor
# (the same six CSV files loaded with COPY into plain PostgreSQL tables and every row selected back once, in the
# same run), then the job of this checkout with -Xmx1g on PostgreSQL and on H2: per step times, time per company,
# peak heap, the ratio to the floor, and the issue's goals as met or not.
# Usage: [BENCH_DATABASES=postgresql,h2] [BASELINE=<commit>] docs/benchmark-scale.sh [companies ...]
#        (default sizes: 1000 5000; the issue's set is 1000 5000 20000 50000 100000)
# BASELINE also builds that commit and runs it on the same data, and compares the CSV outputs byte for byte.
# PostgreSQL: TEST_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test), TEST_POSTGRES_USER (postgres),
# TEST_POSTGRES_PASSWORD (handed on in the environment).
# BENCH_JAVA_OPTIONS: JVM options for the job processes (none by default: the full JIT; the chart's one-MSP
# processes run -XX:TieredStopAtLevel=1 -XX:+UseSerialGC, docs/kubernetes.md §5).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 5000}")
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

baseline=()
if [[ -n "${BASELINE:-}" ]]; then
  git worktree add --detach "$work/baseline" "$BASELINE" >/dev/null
  (cd "$work/baseline" && ./mvnw -q package -DskipTests)
  baseline=(--baseline "$work/baseline/target/licence-recon.jar")
fi
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" com.msprecon.benchmark.ScaleBenchmark \
  target/licence-recon.jar "${baseline[@]}" ${sizes[@]}
