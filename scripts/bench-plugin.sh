#!/usr/bin/env bash
# Whole-build timing of the Maven plugin on samples/task-apis when nothing changed:
# `mvn generate-sources` with the plugin vs the same build with -Dspecgen.skip, run alternately
# (this machine is shared and noisy), with the medians and their ratio, and the plugin's own
# up-to-date time as it logs it. Run by hand after `./mvnw install -DskipTests`; not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}
pom=samples/task-apis/pom.xml
./mvnw -B -o -q -f "$pom" generate-sources >/dev/null   # bring the output up to date first

now() { date +%s%N; }
with=(); without=(); own=()
for ((i = 0; i < runs; i++)); do
  start=$(now); log=$(./mvnw -B -o -f "$pom" generate-sources); end=$(now)
  with+=($(( (end - start) / 1000000 )))
  # the plugin's own time: the three executions' "up to date (N ms)" added up
  own+=($(grep -o 'up to date ([0-9]* ms)' <<<"$log" | grep -o '[0-9]*' | paste -sd+ | bc))
  start=$(now); ./mvnw -B -o -q -f "$pom" generate-sources -Dspecgen.skip >/dev/null; end=$(now)
  without+=($(( (end - start) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}"); mp=$(median "${own[@]}")
echo "runs: $runs (alternating)"
echo "generate-sources, up to date:      median ${mw} ms  (all: ${with[*]})"
echo "generate-sources, -Dspecgen.skip:  median ${mo} ms  (all: ${without[*]})"
echo "ratio of medians (with / skipped): $(awk -v a="$mw" -v b="$mo" 'BEGIN {printf "%.3f", a / b}')"
ratios=(); for ((i = 0; i < runs; i++)); do ratios+=($(awk -v a="${with[i]}" -v b="${without[i]}" 'BEGIN {printf "%.3f", a / b}')); done
echo "median of pairwise ratios:         $(median "${ratios[@]}")  (pairs run back to back)"
echo "plugin's own time, 3 executions:   median ${mp} ms  (all: ${own[*]})"
