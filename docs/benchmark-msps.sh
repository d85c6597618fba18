#!/usr/bin/env bash
# The hosted scenario of issue 16: `run all-msps` over many MSPs of the same size in one process (ManyMspsBenchmark):
# wall time, each MSP run's time, JVM start-up and peak heap.
# Usage: [BENCH_DATABASE=postgresql] docs/benchmark-msps.sh [msps (default 1000)] [companies each (default 1000)]
#        [shards (default 1): that many processes at once, each --recon.shard=K/N, as an Indexed Job's pods on one node]
# BENCH_JAVA_OPTIONS: JVM options for the job processes (none by default: the full JIT, which the chart's Indexed
# Job over many MSPs runs too, docs/kubernetes.md §5).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -q package -DskipTests
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" com.msprecon.benchmark.ManyMspsBenchmark \
  target/licence-recon.jar "${1:-1000}" "${2:-1000}" "${3:-1}"
