#!/usr/bin/env bash
# Benchmark of the measures scoring engine (issue 4), figures not assertions: complete responses
# scored per second on one thread (so per core) for PHQ-9, GAD-7 and PHQ-4, read from the shipped
# instrument files. JMH (1.37) with the benchmark in src/test/java/care/tandem/measures.
# docs/performance.md ("Measures: scoring") records a run with the machine it ran on.
#
#   bench/scoring.sh               compile, then run with the defaults below
#   bench/scoring.sh --no-build    use the classes already in target/
#
# Tunables (environment): FORKS (2), WARMUPS (3), ITERATIONS (3), TIME (2s: each warm-up and
# measured iteration). Any further arguments go to JMH, e.g. -prof gc.
set -euo pipefail
cd "$(dirname "$0")/.."

FORKS=${FORKS:-2}
WARMUPS=${WARMUPS:-3}
ITERATIONS=${ITERATIONS:-3}
TIME=${TIME:-2s}

if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  mvn -q -B test-compile
fi
classpath_file=target/scoring-bench.classpath
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main \
  ScoringBenchmark -f "$FORKS" -wi "$WARMUPS" -i "$ITERATIONS" -w "$TIME" -r "$TIME" "$@"
