package dev.specgen.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the rule fixtures under {@code src/test/resources/diff/}: for each, a base spec, a revision, and the
 * changes the diff must report each way ({@code expected.txt}), exactly: nothing missing, nothing extra,
 * nothing twice. Written by {@code scripts/make-diff-fixtures.py}.
 */
class DiffFixturesTest {

    private static final Path FIXTURES = TestSpecs.repoRoot().resolve("generator-core/src/test/resources/diff");
    private static final DiffEngine ENGINE = new DiffEngine(DiffConfig.defaults());

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedChangesBothWays(String name) throws IOException {
        Path dir = FIXTURES.resolve(name);
        ApiModel base = Specgen.read(dir.resolve("base.yaml")).model();
        ApiModel revision = Specgen.read(dir.resolve("revision.yaml")).model();
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"));

        assertThat(reported(ENGINE.diff(base, revision))).as("base → revision")
                .containsExactlyInAnyOrderElementsOf(lines(expected, "expect "));
        assertThat(reported(ENGINE.diff(revision, base))).as("revision → base (symmetry)")
                .containsExactlyInAnyOrderElementsOf(lines(expected, "reverse "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void safeChangesStayBelowWarn(String name) throws IOException {
        if (!name.startsWith("safe-")) {
            return;
        }
        Path dir = FIXTURES.resolve(name);
        List<Change> changes = ENGINE.diff(Specgen.read(dir.resolve("base.yaml")).model(),
                Specgen.read(dir.resolve("revision.yaml")).model());
        assertThat(changes).allSatisfy(c -> assertThat(c.level()).isEqualTo(Level.INFO));
    }

    @Test
    void everyRuleHasAFixtureThatTriggersIt() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            Path expected = FIXTURES.resolve(rule.id()).resolve("expected.txt");
            if (!Files.isRegularFile(expected)
                    || !lines(Files.readAllLines(expected), "expect ").contains(rule.id() + " " + rule.defaultLevel())) {
                missing.add(rule.id());
            }
        }
        assertThat(missing).as("rules without a fixture that expects them at their default level").isEmpty();
    }

    @Test
    void everyFixtureIsARuleOrASafeChange() throws IOException {
        assertThat(fixtures().toList()).allSatisfy(
                name -> assertThat(name.startsWith("safe-") || RuleId.byId(name).isPresent()).as(name).isTrue());
    }

    private static List<String> reported(List<Change> changes) {
        return changes.stream().map(c -> c.id() + " " + c.level()).toList();
    }

    private static List<String> lines(List<String> expected, String prefix) {
        return expected.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
                .toList();
    }

    static List<String> ids() {
        return Arrays.stream(RuleId.values()).map(RuleId::id).toList();
    }
}
