#!/usr/bin/env bash
# Whole-process benchmark of `specgen generate` against OpenAPI Generator 7.25.0 (generator java, library native)
# and against Swagger Parser alone reading the same file (the floor for any generator built on it), run by hand
# (never by CI). Specgen runs twice per round: through its launcher (cli/target/specgen/bin/specgen, which sets
# the serial collector and C1 only) and as `java -jar` on the same jar with the JVM's defaults. For each spec, the four
# alternate, RUNS times each; each run is one fresh JVM with the flags a user gets, measured by /usr/bin/time -v
# (wall time, peak resident memory, CPU). Swagger Parser alone runs twice per round too: with the JVM's defaults
# and with the launcher's flags, the stricter floor. Every run writes into a new empty directory under
# target/bench-generate/outputs/, so Specgen never finds its previous output up to date. Specgen generates
# clients and validators (its default).
#
# Nothing is deleted between runs: deleting the 13,700 files of a previous run made file creation in the next run
# up to 5x slower for several seconds on this machine's ext4 (mounted with discard), which penalized whichever tool
# ran right after the deletion. Outputs are deleted once, after the last run; old results are deleted at the start,
# followed by a pause for the file system to settle. Before each run, `sync` flushes what the previous run wrote, so
# that no run pays for another's writeback.
#
#   scripts/bench-generate.sh [RUNS] [SPEC...]
#
# Defaults: 5 runs of Twilio, Stripe (YAML) and GitHub from ../shared/bench-specs/. Builds the three jars first if
# they are missing (cli/target/specgen/, benchmarks/target/benchmarks.jar,
# benchmarks/openapi-generator/target/openapi-generator-cli.jar; the last is fetched from Maven Central by Maven,
# so the first build needs the network). Prints Markdown tables for BENCHMARKS.md; raw output in
# target/bench-generate/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
shift $(( $# > 0 ? 1 : 0 ))
BENCH_SPECS="$ROOT/../shared/bench-specs"
if [[ $# -gt 0 ]]; then
    SPECS=("$@")
else
    SPECS=("$BENCH_SPECS/twilio_api_v2010.json" "$BENCH_SPECS/stripe-spec3.yaml" "$BENCH_SPECS/github-api.github.com.json")
fi
SPECGEN_HOME="${SPECGEN_HOME:-$ROOT/cli/target/specgen}"  # another build of the CLI, to compare two versions
SPECGEN_JAR="$SPECGEN_HOME/lib/specgen.jar"
SPECGEN_LAUNCHER="$SPECGEN_HOME/bin/specgen"
BENCHMARKS_JAR="${BENCHMARKS_JAR:-$ROOT/benchmarks/target/benchmarks.jar}"
OPENAPI_GENERATOR_JAR="$ROOT/benchmarks/openapi-generator/target/openapi-generator-cli.jar"
OUT="$ROOT/target/bench-generate"
JAVA="${JAVA:-java}"

if [[ ! -x /usr/bin/time ]]; then
    echo "bench-generate: /usr/bin/time is needed (apt-get install time)" >&2
    exit 2
fi
if [[ ! -f "$SPECGEN_JAR" || ! -f "$SPECGEN_LAUNCHER" || ! -f "$BENCHMARKS_JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -Dinvoker.skip -pl cli,benchmarks -am)
fi
if [[ ! -f "$OPENAPI_GENERATOR_JAR" ]]; then
    (cd "$ROOT" && ./mvnw -B -q -f benchmarks/openapi-generator/pom.xml package)
fi
mkdir -p "$OUT"
if [[ -n "$(ls -A "$OUT")" ]]; then
    rm -rf "${OUT:?}"/*
    sync
    sleep "${SETTLE_SECONDS:-30}"
fi

measure() { # spec-key tool run command...
    local key="$1" tool="$2" run="$3"
    shift 3
    local exit=0
    sync
    /usr/bin/time -v -o "$OUT/$key.$tool.$run.time" "$@" >"$OUT/$key.$tool.$run.out" 2>"$OUT/$key.$tool.$run.err" \
        || exit=$?
    if [[ $exit -ne 0 ]]; then
        echo "bench-generate: $tool run $run on $key failed (exit $exit); see $OUT/$key.$tool.$run.err" >&2
        exit 1
    fi
}

# The launcher keeps a class-data archive in its cache directory, written by a user's first run and mapped by every
# later one. The script gives it a cache of its own and makes that first run before measuring, on the first spec, so
# that every measured run is a later run; the first run's time is printed apart.
export SPECGEN_CACHE_DIR="$OUT/specgen-cache"
measure first-run specgen 1 "$SPECGEN_LAUNCHER" generate --spec "${SPECS[0]}" --output "$OUT/outputs/first-run" \
    --package com.example.bench
echo "specgen's first run, writing the class-data archive, on $(basename "${SPECS[0]}"):" \
    "$(grep 'Elapsed (wall clock)' "$OUT/first-run.specgen.1.time" | sed 's/.*: //')" >&2

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
KEYS=()
for spec in "${SPECS[@]}"; do
    key="$(basename "$spec")"
    KEYS+=("$key=$spec")
    for run in $(seq 1 "$RUNS"); do
        outputs="$OUT/outputs/$key.$run"
        # The launcher runs the java of JAVA_HOME, else of the PATH (set JAVA_HOME when JAVA names another one).
        measure "$key" specgen "$run" "$SPECGEN_LAUNCHER" generate --spec "$spec" \
            --output "$outputs/specgen" --package com.example.bench --timings
        measure "$key" specgen-java-jar "$run" "$JAVA" -jar "$SPECGEN_JAR" generate --spec "$spec" \
            --output "$outputs/specgen-java-jar" --package com.example.bench --timings
        # OpenAPI Generator's parser refuses YAML over 3 MB (Stripe's) unless told otherwise by this property.
        measure "$key" openapi-generator "$run" "$JAVA" -DmaxYamlCodePoints=2147483647 -jar "$OPENAPI_GENERATOR_JAR" \
            generate -i "$spec" -g java --library native -o "$outputs/openapi-generator"
        measure "$key" swagger-parser "$run" "$JAVA" -cp "$BENCHMARKS_JAR" dev.specgen.benchmarks.SwaggerParserAlone \
            "$spec"
        measure "$key" swagger-parser-launcher-flags "$run" "$JAVA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
            -cp "$BENCHMARKS_JAR" dev.specgen.benchmarks.SwaggerParserAlone "$spec"
        echo "$key: run $run of $RUNS done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    done
done
rm -rf "$OUT/outputs"

python3 - "$OUT" "$RUNS" "${KEYS[@]}" <<'PYTHON'
import os, re, statistics, sys
out, runs, specs = sys.argv[1], int(sys.argv[2]), [k.split('=', 1) for k in sys.argv[3:]]
med = statistics.median
TOOLS = ('specgen', 'specgen-java-jar', 'openapi-generator', 'swagger-parser', 'swagger-parser-launcher-flags')

def wall_seconds(text):
    value = re.search(r'Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)', text).group(1)
    seconds = 0.0
    for part in value.split(':'):
        seconds = seconds * 60 + float(part)
    return seconds

def measurements(key, tool):
    walls, rss, cpu = [], [], []
    for run in range(1, runs + 1):
        text = open(f'{out}/{key}.{tool}.{run}.time').read()
        walls.append(wall_seconds(text))
        rss.append(int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', text).group(1)) / 1024)
        cpu.append(float(re.search(r'User time \(seconds\): ([\d.]+)', text).group(1))
                   + float(re.search(r'System time \(seconds\): ([\d.]+)', text).group(1)))
    return walls, rss, cpu

def stages(key, tool):
    found = []
    for run in range(1, runs + 1):
        m = re.search(r'specgen: read (\d+) ms, emitted (\d+) ms, wrote (\d+) ms',
                      open(f'{out}/{key}.{tool}.{run}.err').read())
        found.append(tuple(int(g) for g in m.groups()))
    return [med(s[i] for s in found) for i in range(3)]

def pairwise(a, b):
    return med(x / y for x, y in zip(a, b))

rows = []
for key, path in specs:
    sg, sj, og, sp, sl = (measurements(key, tool) for tool in TOOLS)
    size = os.path.getsize(path) / 1e6
    rows.append((key, size, sg, og, sp))
    print(f'### {key} ({size:.1f} MB), median of {runs} alternating runs')
    print()
    print('| measure | specgen (launcher) | specgen (`java -jar`) | OpenAPI Generator 7.25.0 | Swagger Parser alone '
          '| Swagger Parser alone, launcher flags | launcher / OpenAPI Generator | launcher / Swagger Parser '
          '| launcher / Swagger Parser with its flags | `java -jar` / OpenAPI Generator |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for index, name, unit in ((0, 'wall time', 's'), (1, 'peak RSS', 'MiB'), (2, 'CPU, user + system', 's')):
        number = (lambda v: f'{v:.2f}') if unit == 's' else (lambda v: f'{v:.0f}')
        a, b, c, d, e = (med(tool[index]) for tool in (sg, sj, og, sp, sl))
        pair = f' (pairwise {pairwise(sg[index], og[index]):.2f})' if index == 0 else ''
        pair_floor = f' (pairwise {pairwise(sg[index], sp[index]):.2f})' if index == 0 else ''
        pair_flags = f' (pairwise {pairwise(sg[index], sl[index]):.2f})' if index == 0 else ''
        print(f'| {name} ({unit}) | {number(a)} | {number(b)} | {number(c)} | {number(d)} | {number(e)} '
              f'| {a / c:.2f}{pair} | {a / d:.2f}{pair_floor} | {a / e:.2f}{pair_flags} | {b / c:.2f} |')
    print()
    for tool in ('specgen', 'specgen-java-jar'):
        read, emit, write = stages(key, tool)
        print(f'{tool} in process (--timings, medians): read {read:.0f} ms, emitted {emit:.0f} ms, wrote {write:.0f} ms')
    print()
    for tool, values in zip(TOOLS, (sg, sj, og, sp, sl)):
        print(f'- all runs, {tool}: wall s ' + ', '.join(f'{v:.2f}' for v in values[0])
              + '; RSS MiB ' + ', '.join(f'{v:.0f}' for v in values[1]))
    print()

if len(rows) > 1:
    base_key, base_size, base_sg, base_og, base_sp = rows[0]
    print(f'### Growth with the spec\'s size (relative to {base_key})')
    print()
    print('| spec | size (MB) | size × | specgen wall (s) | × | OpenAPI Generator wall (s) | × | Swagger Parser wall (s) | × |')
    print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for key, size, sg, og, sp in rows:
        print(f'| {key} | {size:.1f} | {size / base_size:.2f} | {med(sg[0]):.2f} | {med(sg[0]) / med(base_sg[0]):.2f} '
              f'| {med(og[0]):.2f} | {med(og[0]) / med(base_og[0]):.2f} | {med(sp[0]):.2f} '
              f'| {med(sp[0]) / med(base_sp[0]):.2f} |')
    print()
print(f'load average after: {" ".join(open("/proc/loadavg").read().split()[:3])}')
PYTHON
