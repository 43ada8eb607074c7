#!/usr/bin/env bash
# Whole-process benchmark of `specgen diff` against openapi-diff 2.1.7 on the same pair of specs, run by
# hand (never by CI). Three commands alternate, RUNS times each, each one fresh JVM measured by /usr/bin/time -v
# (wall time, peak resident memory, CPU time), all writing a Markdown report:
#   specgen       the launcher users run, cli/target/specgen/bin/specgen (C1 only, serial GC: see the launcher)
#   specgen-jar   java -jar on the same jar with the JVM's default flags
#   openapi-diff  java -jar on openapi-diff with the JVM's default flags, as its command line runs
#   openapi-diff-launcher-flags  openapi-diff with the flags of Specgen's launcher, to separate what the flags
#                 give from what Specgen does
# Specgen also prints its in-process stage times (--timings): reading both specs vs everything after.
#
#   scripts/bench-diff.sh [RUNS] [OLD NEW]
#
# Defaults: 5 runs of ../shared/bench-specs/github-ghes-3.17.json -> github-ghes-3.18.json. Builds the
# command line and openapi-diff first if they are missing (cli/target/specgen/, benchmarks/openapi-diff/target/).
# Prints a Markdown table for BENCHMARKS.md; raw numbers go to target/bench-diff/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
OLD="${2:-$ROOT/../shared/bench-specs/github-ghes-3.17.json}"
NEW="${3:-$ROOT/../shared/bench-specs/github-ghes-3.18.json}"
SPECGEN="$ROOT/cli/target/specgen/bin/specgen"
SPECGEN_JAR="$ROOT/cli/target/specgen/lib/specgen.jar"
OPENAPI_DIFF_JAR="$ROOT/benchmarks/openapi-diff/target/openapi-diff.jar"
OUT="$ROOT/target/bench-diff"
JAVA="${JAVA:-java}"

if [[ ! -x /usr/bin/time ]]; then
    echo "bench-diff: /usr/bin/time is needed (apt-get install time)" >&2
    exit 2
fi
if [[ ! -x "$SPECGEN" || ! -f "$OPENAPI_DIFF_JAR" ]]; then
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
    measure specgen "$run" "$SPECGEN" diff "$OLD" "$NEW" --format markdown \
        --output "$OUT/specgen.md" --fail-on NEVER --timings
    measure specgen-jar "$run" "$JAVA" -jar "$SPECGEN_JAR" diff "$OLD" "$NEW" --format markdown \
        --output "$OUT/specgen-jar.md" --fail-on NEVER --timings
    measure openapi-diff "$run" "$JAVA" -jar "$OPENAPI_DIFF_JAR" "$OLD" "$NEW" "$OUT/openapi-diff.md"
    measure openapi-diff-launcher-flags "$run" "$JAVA" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
        -jar "$OPENAPI_DIFF_JAR" "$OLD" "$NEW" "$OUT/openapi-diff-launcher-flags.md"
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

tools = ['specgen', 'specgen-jar', 'openapi-diff', 'openapi-diff-launcher-flags']
data = {tool: measurements(tool) for tool in tools}
med = statistics.median
def ratio(tool, index):
    # The median of per-run ratios: each pair of runs ran back to back, under the same load.
    return med(a / b for a, b in zip(data[tool][index], data['openapi-diff'][index]))
print(f'| measure (median of {runs}) | specgen (launcher) | specgen (java -jar) | openapi-diff 2.1.7 '
      '| openapi-diff, launcher flags | launcher / openapi-diff | java -jar / openapi-diff |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for name, index, form in (('wall time (s)', 0, '{:.2f}'), ('peak RSS (MiB)', 1, '{:.0f}'),
                          ('CPU time, user + system (s)', 2, '{:.2f}')):
    cells = ' | '.join(form.format(med(data[tool][index])) for tool in tools)
    print(f'| {name} | {cells} | {ratio("specgen", index):.2f} | {ratio("specgen-jar", index):.2f} |')
print()
for tool in ('specgen', 'specgen-jar'):
    reads, compares = [], []
    for run in range(1, runs + 1):
        m = re.search(r'read (\d+) ms, compared (\d+) ms, rendered (\d+) ms', open(f'{out}/{tool}-{run}.err').read())
        reads.append(int(m.group(1)))
        compares.append(int(m.group(2)) + int(m.group(3)))
    print(f'{tool} in-process: reading both specs {med(reads):.0f} ms; comparing + rendering {med(compares):.0f} ms '
          f'(ratio {med(compares) / med(reads):.3f}; per-run ratios '
          + ', '.join(f'{c / r:.3f}' for c, r in zip(compares, reads)) + ')')
print()
for index, name, form in ((0, 'wall s', '{:.2f}'), (1, 'RSS MiB', '{:.0f}'), (2, 'CPU s', '{:.2f}')):
    print(f'all runs, {name}: ' + '; '.join(
        tool + ' ' + ', '.join(form.format(v) for v in data[tool][index]) for tool in tools))
print(f'load average after: {open("/proc/loadavg").read().split()[0]}')
EOF
