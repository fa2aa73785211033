#!/usr/bin/env bash
# The command-line tool over a folder, on one core and on two: files/s and MB/s of input.
#
#   benchmarks/cli.sh [COPIES [PARSE OPTIONS]]      e.g. benchmarks/cli.sh 100 --no-quotes
#
# Builds the tool, makes a folder of COPIES (default 100) copies of the dev corpus in the test
# resources (38 articles each, about 79 KB), then runs `./wirecopy parse --format jsonl` over it
# (the launcher, with its JVM options and any WIRECOPY_JAVA_OPTS) three times with --threads 1
# pinned to one core (taskset -c 0) and three times with --threads 2 on both, and prints the best
# run of each. The JVM's start-up (about half a second) is included,
# as a user of the tool pays it.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
shift || true
./mvnw -B -q -ntp -pl examples -am package -DskipTests
options=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < copies; i++)); do
  mkdir -p "$work/in/$i"
  cp core/src/test/resources/corpus/*.txt "$work/in/$i/"
done
files=$(find "$work/in" -name '*.txt' | wc -l)
bytes=$(find "$work/in" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
run() { # cores threads
  local best=
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    taskset -c "$1" ./wirecopy parse --format jsonl --threads "$2" \
      --no-progress "${options[@]}" "$work/in" > "$work/out.jsonl"
    end=$(date +%s.%N)
    best=$(echo "$start $end $best" | awk '{t = $2 - $1; if ($3 == "" || t < $3) print t; else print $3}')
  done
  echo "$best"
}
one=$(run 0 1)
two=$(run 0,1 2)
echo "$files files, $bytes bytes of input"
awk -v f="$files" -v b="$bytes" -v one="$one" -v two="$two" 'BEGIN {
  printf "one core:  %6.2f s  %7.0f files/s  %5.1f MB/s\n", one, f / one, b / one / 1e6
  printf "two cores: %6.2f s  %7.0f files/s  %5.1f MB/s  (%.2fx)\n", two, f / two, b / two / 1e6, one / two
}'
