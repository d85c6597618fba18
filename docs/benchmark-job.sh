#!/usr/bin/env bash
# Times the whole reconciliation job of this checkout against a baseline commit (default: bc17d6d, the last
# commit before the architecture work of issue 9), on the same seeded data, in the same run (JobBenchmark).
# Usage: [BENCH_DATABASE=postgresql] [REPETITIONS=3] docs/benchmark-job.sh [baseline-commit] [companies ...]
#        (default sizes: 200 1000 5000; H2 unless BENCH_DATABASE=postgresql)
set -euo pipefail
cd "$(dirname "$0")/.."
baseline="${1:-bc17d6d}"
shift || true
sizes=("${@:-200 1000 5000}")
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/baseline" "$baseline" >/dev/null
(cd "$work/baseline" && ./mvnw -q package -DskipTests)
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" com.msprecon.benchmark.JobBenchmark \
  "$work/baseline/target/licence-recon.jar" target/licence-recon.jar "${REPETITIONS:-3}" ${sizes[@]}
