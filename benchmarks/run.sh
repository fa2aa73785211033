#!/usr/bin/env bash
# Builds and runs the benchmarks from the repository root, then prints the summary table
# (org.wirecopy.benchmarks.Report); the raw results go to benchmarks/target/jmh-<mode>.json.
#
#   benchmarks/run.sh quick [JMH options]   about 2 minutes: 1 fork, 2 warm-up and 3 measured 1 s iterations
#   benchmarks/run.sh full  [JMH options]   about 12 minutes: ArticleBenchmark's defaults, 2 forks of 5 + 5 iterations of 2 s
#
# Any JMH option may follow, e.g. `-p input=1MB` for one input or `-prof jfr` for a recording.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}
shift || true
case $mode in
  quick) options=(-f 1 -wi 2 -i 3 -w 1s -r 1s) ;;
  full) options=() ;;
  *) echo "usage: benchmarks/run.sh [quick|full] [JMH options]" >&2; exit 2 ;;
esac
./mvnw -B -q -ntp -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar org.wirecopy.benchmarks.Report "${options[@]}" \
  -prof gc -rf json -rff "benchmarks/target/jmh-$mode.json" "$@"
