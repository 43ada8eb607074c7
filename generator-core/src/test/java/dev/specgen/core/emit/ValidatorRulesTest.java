package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.validation.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the generated validators at its boundaries (just inside, on, just outside), for each
 * numeric type, in both OpenAPI 3.0 and 3.1 spellings; each value is also given to {@code specgen check}
 * as JSON, which must find exactly the same violations.
 */
class ValidatorRulesTest {

    private static GeneratedApi v30;
    private static GeneratedApi v31;

    @BeforeAll
    static void generate() {
        v30 = GeneratedApi.of(TestSpecs.resource("validation.yaml"), "dev.specgen.rules.v30");
        v31 = GeneratedApi.of(TestSpecs.resource("validation-3.1.yaml"), "dev.specgen.rules.v31");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Inclusive bounds: just outside, on, just inside, at both ends.
                ok("Numbers", "i32", "0"), ok("Numbers", "i32", "1"), ok("Numbers", "i32", "99"),
                ok("Numbers", "i32", "100"), bad("Numbers", "i32", "-1", "minimum"), bad("Numbers", "i32", "101", "maximum"),
                bad("Numbers", "i64", "-5000000001", "minimum"), ok("Numbers", "i64", "-5000000000"),
                ok("Numbers", "i64", "-4999999999"), ok("Numbers", "i64", "4999999999"), ok("Numbers", "i64", "5000000000"),
                bad("Numbers", "i64", "5000000001", "maximum"),
                bad("Numbers", "big", "-1", "minimum"), ok("Numbers", "big", "0"), ok("Numbers", "big", "1"),
                ok("Numbers", "big", "99999999999999999999"), ok("Numbers", "big", "100000000000000000000"),
                bad("Numbers", "big", "100000000000000000001", "maximum"),
                bad("Numbers", "f32", Float.toString(Math.nextDown(0.1f)), "minimum"), ok("Numbers", "f32", "0.1"),
                ok("Numbers", "f32", Float.toString(Math.nextUp(0.1f))), ok("Numbers", "f32", Float.toString(Math.nextDown(2.5f))),
                ok("Numbers", "f32", "2.5"), bad("Numbers", "f32", Float.toString(Math.nextUp(2.5f)), "maximum"),
                bad("Numbers", "f64", Double.toString(Math.nextDown(0.1)), "minimum"), ok("Numbers", "f64", "0.1"),
                ok("Numbers", "f64", Double.toString(Math.nextUp(0.1))), ok("Numbers", "f64", Double.toString(Math.nextDown(2.5))),
                ok("Numbers", "f64", "2.5"), bad("Numbers", "f64", Double.toString(Math.nextUp(2.5)), "maximum"),
                bad("Numbers", "dec", "0.0999999999999999999999", "minimum"), ok("Numbers", "dec", "0.1"),
                ok("Numbers", "dec", "0.1000000000000000000001"), ok("Numbers", "dec", "2.4999999999999999999999"),
                ok("Numbers", "dec", "2.5"), bad("Numbers", "dec", "2.5000000000000000000001", "maximum"),
                // Fractional bounds on an integer admit exactly the integers they should: 0.5..9.5 is 1..9.
                bad("Numbers", "frac", "0", "minimum"), ok("Numbers", "frac", "1"), ok("Numbers", "frac", "9"),
                bad("Numbers", "frac", "10", "maximum"),
                // Exclusive bounds: the bound itself is out.
                bad("ExclusiveNumbers", "i32", "-1", "exclusiveMinimum"), bad("ExclusiveNumbers", "i32", "0", "exclusiveMinimum"),
                ok("ExclusiveNumbers", "i32", "1"), ok("ExclusiveNumbers", "i32", "99"),
                bad("ExclusiveNumbers", "i32", "100", "exclusiveMaximum"), bad("ExclusiveNumbers", "i32", "101", "exclusiveMaximum"),
                bad("ExclusiveNumbers", "i64", "0", "exclusiveMinimum"), ok("ExclusiveNumbers", "i64", "1"),
                ok("ExclusiveNumbers", "i64", "99"), bad("ExclusiveNumbers", "i64", "100", "exclusiveMaximum"),
                bad("ExclusiveNumbers", "big", "0", "exclusiveMinimum"), ok("ExclusiveNumbers", "big", "1"),
                ok("ExclusiveNumbers", "big", "99"), bad("ExclusiveNumbers", "big", "100", "exclusiveMaximum"),
                bad("ExclusiveNumbers", "f32", "0.1", "exclusiveMinimum"),
                ok("ExclusiveNumbers", "f32", Float.toString(Math.nextUp(0.1f))),
                ok("ExclusiveNumbers", "f32", Float.toString(Math.nextDown(2.5f))),
                bad("ExclusiveNumbers", "f32", "2.5", "exclusiveMaximum"),
                bad("ExclusiveNumbers", "f64", "0.1", "exclusiveMinimum"),
                ok("ExclusiveNumbers", "f64", Double.toString(Math.nextUp(0.1))),
                ok("ExclusiveNumbers", "f64", Double.toString(Math.nextDown(2.5))),
                bad("ExclusiveNumbers", "f64", "2.5", "exclusiveMaximum"),
                bad("ExclusiveNumbers", "dec", "0.1", "exclusiveMinimum"), ok("ExclusiveNumbers", "dec", "0.1000000000000000000001"),
                ok("ExclusiveNumbers", "dec", "2.4999999999999999999999"), bad("ExclusiveNumbers", "dec", "2.5", "exclusiveMaximum"),
                // multipleOf
                ok("Multiples", "i32", "0"), ok("Multiples", "i32", "-5"), ok("Multiples", "i32", "10"),
                bad("Multiples", "i32", "11", "multipleOf"),
                ok("Multiples", "i64", "5000000000"), bad("Multiples", "i64", "5000000001", "multipleOf"),
                ok("Multiples", "big", "100000000000000000005"), bad("Multiples", "big", "100000000000000000006", "multipleOf"),
                ok("Multiples", "f32", "0.3"), ok("Multiples", "f32", "1.1"), bad("Multiples", "f32", "0.35", "multipleOf"),
                ok("Multiples", "f64", "0.3"), ok("Multiples", "f64", "1.1"), bad("Multiples", "f64", "0.35", "multipleOf"),
                bad("Multiples", "f64", "0.30001", "multipleOf"),
                ok("Multiples", "dec", "0.3"), ok("Multiples", "dec", "1.10"), bad("Multiples", "dec", "0.35", "multipleOf"),
                ok("Multiples", "frac", "3"), ok("Multiples", "frac", "-6"), bad("Multiples", "frac", "4", "multipleOf"),
                // Strings: lengths in code points, patterns, formats, enums, required, nullable.
                bad("Texts", "id", "\"a\"", "minLength"), ok("Texts", "id", "\"ab\""), ok("Texts", "id", "\"abcd\""),
                bad("Texts", "id", "\"abcde\"", "maxLength"), bad("Texts", "id", "\"Ab\"", "pattern"),
                ok("Texts", "emoji", "\"\uD83D\uDE00\uD83D\uDE00\""), bad("Texts", "emoji", "\"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\"", "maxLength"),
                ok("Texts", "when", "\"2022-11-30T02:20:14.852Z\""), bad("Texts", "when", "\"2022-12-15 23:00:00\"", "format"),
                bad("Texts", "when", "\"2022-11-30T2:00:00.852Z\"", "format"),
                ok("Texts", "day", "\"2024-02-29\""), bad("Texts", "day", "\"2023-02-29\"", "format"),
                ok("Texts", "ref", "\"784076D6-BD6D-5564-9CEA-834EB11F0C62\""), bad("Texts", "ref", "\"784076D6\"", "format"),
                ok("Texts", "site", "\"https://example.com/a\""), bad("Texts", "site", "\"/a\"", "format"),
                ok("Texts", "mail", "\"a@b.cn\""), bad("Texts", "mail", "\"nobody\"", "format"),
                ok("Texts", "v4", "\"10.0.0.1\""), bad("Texts", "v4", "\"10.0.0.256\"", "format"),
                ok("Texts", "v6", "\"::1\""), bad("Texts", "v6", "\"::1::\"", "format"),
                ok("Texts", "state", "\"running\""), bad("Texts", "state", "\"paused\"", "enum"),
                ok("Texts", "level", "2"), bad("Texts", "level", "7", "enum"),
                ok("Texts", "optional", "null"), bad("Texts", "optional", "\"ab\"", "minLength"),
                // Collections: counts, uniqueness, null items, items and map values, nested lists.
                bad("Collections", "tags", "[]", "minItems"), ok("Collections", "tags", "[\"a\"]"),
                ok("Collections", "tags", "[\"a\",\"b\",\"c\"]"), bad("Collections", "tags", "[\"a\",\"b\",\"c\",\"d\"]", "maxItems"),
                bad("Collections", "tags", "[\"a\",\"a\"]", "uniqueItems"),
                ok("Collections", "maybe", "[null, \"x\"]"), bad("Collections", "tags", "[\"a\", null]", "nullable"),
                bad("Collections", "labels", "{}", "minProperties"), ok("Collections", "labels", "{\"a\":\"x\"}"),
                ok("Collections", "labels", "{\"a\":\"x\",\"b\":\"y\"}"),
                bad("Collections", "labels", "{\"a\":\"x\",\"b\":\"y\",\"c\":\"z\"}", "maxProperties"),
                bad("Collections", "extra", "{}", "minProperties"), ok("Collections", "extra", "{\"any\":[1,{}]}"),
                ok("Collections", "grid", "[[1],[2,9]]"), bad("Collections", "grid", "[[1],[]]", "minItems"));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}: {3}")
    @MethodSource("cases")
    void generatedValidatorsAndCheckAgreeOnEveryBoundary(String type, String property, String json, List<String> rules) {
        for (GeneratedApi api : List.of(v30, v31)) {
            String document = "{\"" + property + "\":" + json + (type.equals("Texts") && !property.equals("id")
                    ? ",\"id\":\"ab\"}" : "}");
            List<Violation> generated = api.validate(type, api.read(type, document));
            assertThat(generated).extracting(v -> v.rule().id()).as("%s", api.model().info().title())
                    .containsExactlyElementsOf(rules);
            assertThat(api.check(type, document)).as("specgen check, as JSON").isEqualTo(generated);
        }
    }

    private static Arguments ok(String type, String property, String json) {
        return Arguments.of(type, property, json, List.of());
    }

    private static Arguments bad(String type, String property, String json, String rule) {
        return Arguments.of(type, property, json, List.of(rule));
    }
}
