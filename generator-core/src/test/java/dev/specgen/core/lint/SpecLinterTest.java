package dev.specgen.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.CheckResult;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecLinterTest {

    private final CheckResult result = Specgen.check(TestSpecs.resource("lint.yaml"));

    @Test
    void aCleanExampleHasNoFindings() {
        assertThat(result.findings()).noneMatch(d -> d.location().pointer().startsWith("/components/schemas/Clean"));
    }

    @Test
    void everyViolatedRuleOfAnExampleIsReportedWithItsPath() {
        List<String> found = result.findings().stream()
                .filter(d -> d.location().pointer().equals("/components/schemas/Broken/example"))
                .map(d -> d.code() + " " + d.message().replace("example does not conform to its schema: ", ""))
                .toList();
        assertThat(found).containsExactlyInAnyOrder(
                "example-required $.state required property is missing or null",
                "example-minLength $.id \"x\" is shorter than the minimum length 3 (1 character)",
                "example-pattern $.id \"x\" does not match the pattern ^t-",
                "example-maximum $.progress 10001 is above the maximum 10000",
                "example-exclusiveMinimum $.ratio 0 is not above the exclusive minimum 0",
                "example-maxItems $.tags has 3 items, more than the maximum 2",
                "example-uniqueItems $.tags has duplicate items: [0] and [1] are equal",
                "example-format $.created \"2022-12-15 23:00:00\" is not a valid date-time",
                "example-format $.owner \"nobody\" is not a valid email",
                "example-type $.nested.count expected an integer, found a number");
    }

    @Test
    void aPatternJavaCannotCompileIsReportedWhereItIsWritten() {
        Diagnostic pattern = result.findings().stream().filter(d -> d.code().equals("pattern-invalid"))
                .findFirst().orElseThrow();
        assertThat(pattern.location().pointer()).isEqualTo("/components/schemas/Unmatchable/properties/code/pattern");
        assertThat(pattern.message()).startsWith("pattern '(?<=unclosed' is not a regular expression Java can compile");
    }

    @Test
    void enumOdditiesAreReported() {
        assertThat(codes()).contains("enum-duplicate-value", "enum-empty-value");
        Diagnostic duplicate = result.findings().stream().filter(d -> d.code().equals("enum-duplicate-value"))
                .findFirst().orElseThrow();
        assertThat(duplicate.message()).contains("'running'");
        assertThat(duplicate.location().pointer()).isEqualTo("/components/schemas/Broken/properties/state/enum");
        assertThat(duplicate.line()).isEqualTo(17);
    }

    @Test
    void findingsCarryTheLineOfTheirLocation() {
        Diagnostic example = result.findings().stream().filter(d -> d.code().equals("example-required"))
                .findFirst().orElseThrow();
        assertThat(example.line()).isEqualTo(27);
        assertThat(example.format()).startsWith(TestSpecs.resource("lint.yaml").toString() + ":27: warning:");
    }

    private List<String> codes() {
        return result.findings().stream().map(Diagnostic::code).toList();
    }
}
