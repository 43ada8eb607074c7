#!/usr/bin/env bash
# The main job: builds Specgen, then generates the Java models of the three Alibaba Cloud task APIs
# from specs/ into target/task-apis/, compiles them against specgen-runtime, and shows where they went.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q package -pl cli -am -DskipTests

out=target/task-apis
generate() { # spec file, Java package
  cli/target/specgen/bin/specgen generate --spec "specs/$1" --output "$out/src" --package "$2"
}
generate cs-describe-task-info.yaml dev.specgen.tasks.cs
generate eflo-controller-describe-task.yaml dev.specgen.tasks.eflo
generate bdrc-describe-task.yaml dev.specgen.tasks.bdrc

# Prove the output compiles, with every lint on, against what generated code depends on.
./mvnw -B -q -pl runtime dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt"
rm -rf "$out/classes"
find "$out/src" -name '*.java' -print0 | xargs -0 javac -Xlint:all -Werror --release 17 -d "$out/classes" \
  -cp "runtime/target/classes:$(cat "$out/classpath.txt")"

echo
echo "Generated sources (compiled into $out/classes):"
find "$out/src" -name '*.java' | sort | sed 's/^/  /'
