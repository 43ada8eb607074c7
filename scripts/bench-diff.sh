#!/usr/bin/env bash
# Whole-process benchmark of `specgen diff` against openapi-diff 2.1.7 on the same pair of specs, run by
# hand (never by CI). The two tools alternate, RUNS times each; each run is one fresh JVM with default
# flags, measured by /usr/bin/time -v (wall time and peak resident memory). Both write a Markdown report.
# Specgen also prints its in-process stage times (--timings): reading both specs vs everything after.
#
#   scripts/bench-diff.sh [RUNS] [OLD NEW]
#
# Defaults: 5 runs of ../shared/bench-specs/github-ghes-3.17.json -> github-ghes-3.18.json. Builds the two
# jars first if they are missing (cli/target/specgen.jar, benchmarks/openapi-diff/target/openapi-diff.jar).
# Prints a Markdown table for BENCHMARKS.md; raw numbers go to target/bench-diff/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
OLD="${2:-$ROOT/../shared/bench-specs/github-ghes-3.17.json}"
NEW="${3:-$ROOT/../shared/bench-specs/github-ghes-3.18.json}"
SPECGEN_JAR="$ROOT/cli/target/specgen.jar"
OPENAPI_DIFF_JAR="$ROOT/benchmarks/openapi-diff/target/openapi-diff.jar"
OUT="$ROOT/target/bench-diff"
JAVA="${JAVA:-java}"

if [[ ! -x /usr/bin/time ]]; then
    echo "bench-diff: /usr/bin/time is needed (apt-get install time)" >&2
    exit 2
fi
if [[ ! -f "$SPECGEN_JAR" || ! -f "$OPENAPI_DIFF_JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -Dinvoker.skip -pl cli,benchmarks/openapi-diff -am)
fi
mkdir -p "$OUT"
rm -f "$OUT"/*.time "$OUT"/*.timings

measure() { # tool run command...
    local tool="$1" run="$2"
    shift 2
    local exit=0
    /usr/bin/time -v -o "$OUT/$tool-$run.time" "$@" >"$OUT/$tool-$run.out" 2>"$OUT/$tool-$run.err" || exit=$?
    # specgen diff exits 1 when a change is at --fail-on; with NEVER, anything but 0 is a failure.
    if [[ $exit -ne 0 ]]; then
        echo "bench-diff: $tool run $run failed (exit $exit); see $OUT/$tool-$run.err" >&2
        exit 1
    fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for run in $(seq 1 "$RUNS"); do
    measure specgen "$run" "$JAVA" -jar "$SPECGEN_JAR" diff "$OLD" "$NEW" --format markdown \
        --output "$OUT/specgen.md" --fail-on NEVER --timings
    measure openapi-diff "$run" "$JAVA" -jar "$OPENAPI_DIFF_JAR" "$OLD" "$NEW" "$OUT/openapi-diff.md"
    echo "run $run of $RUNS done" >&2
done

python3 - "$OUT" "$RUNS" <<'EOF'
import re, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])

def wall_seconds(text):
    value = re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', text).group(1)
    seconds = 0.0
    for part in value.split(':'):
        seconds = seconds * 60 + float(part)
    return seconds

def measurements(tool):
    walls, rss, cpu = [], [], []
    for run in range(1, runs + 1):
        text = open(f'{out}/{tool}-{run}.time').read()
        walls.append(wall_seconds(text))
        rss.append(int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1)) / 1024)
        cpu.append(float(re.search(r'User time \(seconds\): ([\d.]+)', text).group(1))
                   + float(re.search(r'System time \(seconds\): ([\d.]+)', text).group(1)))
    return walls, rss, cpu

sg_wall, sg_rss, sg_cpu = measurements('specgen')
od_wall, od_rss, od_cpu = measurements('openapi-diff')
reads, compares = [], []
for run in range(1, runs + 1):
    m = re.search(r'read (\d+) ms, compared (\d+) ms, rendered (\d+) ms', open(f'{out}/specgen-{run}.err').read())
    reads.append(int(m.group(1)))
    compares.append(int(m.group(2)) + int(m.group(3)))
med = statistics.median
fmt = lambda values, unit: ', '.join(f'{v:.2f}' if unit == 's' else f'{v:.0f}' for v in values)
print(f'| measure (median of {runs}) | specgen diff | openapi-diff 2.1.7 | ratio |')
print('| --- | ---: | ---: | ---: |')
print(f'| wall time (s) | {med(sg_wall):.2f} | {med(od_wall):.2f} | {med(sg_wall) / med(od_wall):.2f} |')
print(f'| peak RSS (MiB) | {med(sg_rss):.0f} | {med(od_rss):.0f} | {med(sg_rss) / med(od_rss):.2f} |')
print(f'| CPU time, user + system (s) | {med(sg_cpu):.2f} | {med(od_cpu):.2f} | {med(sg_cpu) / med(od_cpu):.2f} |')
print()
print(f'specgen in-process: reading both specs {med(reads):.0f} ms; comparing + rendering {med(compares):.0f} ms '
      f'(ratio {med(compares) / med(reads):.3f}; per-run ratios '
      + ', '.join(f'{c / r:.3f}' for c, r in zip(compares, reads)) + ')')
print()
print(f'all runs, wall s: specgen {fmt(sg_wall, "s")}; openapi-diff {fmt(od_wall, "s")}')
print(f'all runs, RSS MiB: specgen {fmt(sg_rss, "m")}; openapi-diff {fmt(od_rss, "m")}')
print(f'all runs, CPU s: specgen {fmt(sg_cpu, "s")}; openapi-diff {fmt(od_cpu, "s")}')
print(f'load average before/after: {open("/proc/loadavg").read().split()[0]} (after)')
EOF
