package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.runtime.validation.Violation;
import java.lang.reflect.Constructor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paths through nested lists and maps, many violations at once, unions, parameters, secrets, and allocation. */
class ValidatorStructureTest {

    private static final String PACKAGE = "dev.specgen.structure";
    private static GeneratedApi api;

    @BeforeAll
    static void generate() {
        api = GeneratedApi.of(TestSpecs.resource("validation.yaml"), PACKAGE, allocationProbe());
    }

    @Test
    void pathsGoThroughNestedListsAndMaps() {
        String json = """
                {"name": "", "tags": ["ok", "x"], "children": [
                  {"code": "AB", "labels": {"k": [{"code": "CD"}, {"code": "x"}], "my key": [{}, null]}}]}""";
        List<Violation> found = api.validate("Thing", api.read("Thing", json));
        assertThat(found).extracting(Violation::toString).containsExactly(
                "$.children[0].labels.k[1].code: \"x\" does not match the pattern ^[A-Z]+$ [pattern]",
                "$.children[0].labels['my key'][0].code: required property is missing or null [required]",
                "$.children[0].labels['my key'][1]: null is not allowed here [nullable]",
                "$.name: \"\" is shorter than the minimum length 1 (0 characters) [minLength]",
                "$.tags[1]: \"x\" is shorter than the minimum length 2 (1 character) [minLength]");
        assertThat(api.check("Thing", json)).isEqualTo(found);
    }

    @Test
    void aValueWithManyViolationsReportsThemAll() {
        String json = """
                {"day": "2023-02-29", "emoji": "abc", "level": 9, "mail": "x", "optional": "",
                 "password": "hunter2", "ref": "r", "site": "s", "state": "paused", "v4": "1", "v6": "2",
                 "when": "2022-12-15 23:00:00"}""";
        List<Violation> found = api.validate("Texts", api.read("Texts", json));
        assertThat(found).extracting(v -> v.path() + " " + v.rule().id()).containsExactly(
                "$.day format", "$.emoji maxLength", "$.id required", "$.level enum", "$.mail format",
                "$.optional minLength", "$.password minLength", "$.ref format", "$.site format", "$.state enum",
                "$.v4 format", "$.v6 format", "$.when format");
        assertThat(found).as("immutable").isUnmodifiable();
        assertThatThrownBy(() -> api.call("validation.TextsValidator", "requireValid", api.read("Texts", json)))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Texts is invalid: 13 violations\n  $.day: \"2023-02-29\" is not a valid date")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).isEqualTo(found));
    }

    @Test
    void secretsAndLongValuesAreNotShown() {
        List<Violation> found = api.validate("Texts", api.read("Texts",
                "{\"id\": \"ab\", \"password\": \"hunter2\", \"state\": \"" + "x".repeat(100) + "\"}"));
        assertThat(found).extracting(Violation::toString).containsExactly(
                "$.password: the value is shorter than the minimum length 8 (7 characters) [minLength]",
                "$.state: the value is not one of the listed values: running, failed [enum]");
        assertThat(found).extracting(Violation::value).containsOnlyNulls();
        assertThat(found.toString()).doesNotContain("hunter2");
    }

    @Test
    void openEnumsReadUnknownValuesAndValidationReportsThem() {
        Object texts = api.read("Texts", "{\"id\": \"ab\", \"state\": \"paused\", \"level\": 7}");
        assertThat(api.validate("Texts", texts)).extracting(Violation::toString).containsExactly(
                "$.level: 7 is not one of the listed values: 1, 2, 3 [enum]",
                "$.state: \"paused\" is not one of the listed values: running, failed [enum]");
        Object state = api.call("TextsState", "of", "paused");
        assertThat(api.validate("TextsState", state)).extracting(Violation::path).containsExactly("$");
        assertThat(api.validate("TextsState", api.call("TextsState", "of", "running"))).isEmpty();
    }

    @Test
    void aDiscriminatorMustSelectTheVariantTheValueIs() throws Exception {
        Object tom = api.read("Pet", "{\"kind\": \"cat\", \"name\": \"Tom\", \"lives\": 10}");
        assertThat(api.validate("Pet", tom)).extracting(Violation::toString)
                .containsExactly("$.lives: 10 is above the maximum 9 [maximum]");
        Object confused = construct("Cat", "dog", null, "Rex"); // components: kind, lives, name
        assertThat(api.validate("Pet", confused)).extracting(Violation::toString).containsExactly(
                "$.kind: \"dog\" does not select this alternative, which is selected by: cat [discriminator]");
        assertThat(api.check("Pet", "{\"kind\": \"bird\", \"name\": \"Tweety\"}")).extracting(Violation::toString)
                .containsExactly("$.kind: \"bird\" selects none of the alternatives; the discriminator values are:"
                        + " cat, dog [discriminator]");
    }

    @Test
    void aOneOfValueWithoutDiscriminatorMustMatchExactlyOneVariant() throws Exception {
        // Blob requires nothing and shares Circle's radius schema, so every valid Circle is a Blob too.
        Object circle = construct("Circle", 1.0);
        assertThat(api.validate("Shape", circle)).extracting(Violation::toString)
                .containsExactly("$: matches 2 of the 2 alternatives; exactly one must match [oneOf]");
        assertThat(api.check("Shape", "{\"radius\": 1.0}")).extracting(Violation::toString)
                .containsExactly("$: matches 2 of the 2 alternatives; exactly one must match [oneOf]");
        Object labelOnly = construct("Blob", "x", null);
        assertThat(api.validate("Shape", labelOnly)).as("Circle requires radius").isEmpty();
        assertThat(api.check("Shape", "{\"label\": \"x\"}")).isEmpty();
        Object negative = construct("Circle", -1.0);
        assertThat(api.validate("Shape", negative)).extracting(Violation::toString)
                .containsExactly("$.radius: -1 is below the minimum 0 [minimum]");
    }

    @Test
    void parametersAreCheckedWithTheirRuntimeExpressionsAndSecretsHidden() {
        List<Violation> found = api.validateParameters("getThing", "", 0, List.of("a"), "short");
        assertThat(found).extracting(Violation::toString).containsExactly(
                "$request.path.id: \"\" is shorter than the minimum length 1 (0 characters) [minLength]",
                "$request.query.limit: 0 is below the minimum 1 [minimum]",
                "$request.query.tags[0]: \"a\" is shorter than the minimum length 2 (1 character) [minLength]",
                "$request.header.X-Api-Token: the value is shorter than the minimum length 8 (5 characters) [minLength]");
        assertThat(api.validateParameters("getThing", null, null, null, null)).extracting(Violation::toString)
                .containsExactly("$request.path.id: required property is missing or null [required]");
        assertThat(api.validateParameters("getThing", "t-1", 100, List.of("ab", "cd"), "long-enough"))
                .isSameAs(List.of());
    }

    @Test
    void validatingAValidValueAllocatesNothing() throws Exception {
        String json = """
                {"name": "box", "counts": {"i32": 5, "i64": 5, "big": 5, "f32": 0.5, "f64": 0.5, "dec": 0.5, "frac": 3},
                 "tags": ["a1", "b2"], "children": [{"code": "AB", "labels": {"k": [{"code": "CD"}]}}]}""";
        Object thing = api.read("Thing", json);
        assertThat(api.validate("Thing", thing)).isEmpty();
        Object texts = api.read("Texts", """
                {"id": "ab", "when": "2022-11-30T02:20:14.852Z", "day": "2024-02-29",
                 "ref": "784076D6-BD6D-5564-9CEA-834EB11F0C62", "site": "https://example.com/", "mail": "a@b.cn",
                 "v4": "10.0.0.1", "v6": "::1", "password": "long enough", "state": "running", "level": 2}""");
        assertThat(api.validate("Texts", texts)).isEmpty();
        // The probe calls the validators directly (no reflection in the loop) and measures this thread's allocation.
        long texts1000 = (long) api.call("AllocationProbe", "textsBytes", texts, 1000);
        assertThat(texts1000).as("bytes allocated by 1000 validations of a valid Texts value").isLessThanOrEqualTo(0);
        long numbers1000 = (long) api.call("AllocationProbe", "numbersBytes", api.read("Numbers",
                "{\"i32\": 5, \"i64\": 5, \"big\": 5, \"f32\": 0.5, \"f64\": 0.5, \"dec\": 0.5, \"frac\": 3}"), 1000);
        assertThat(numbers1000).as("bytes allocated by 1000 validations of a valid Numbers value")
                .isLessThanOrEqualTo(0);
    }

    private static Object construct(String record, Object... components) throws Exception {
        Class<?> type = api.load(record);
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        return constructor.newInstance(components);
    }

    /**
     * Compiled with the generated code: loops over the validators and reads this thread's allocation counter.
     * The least of several rounds is taken, so that a one-off allocation by the JVM itself (class loading,
     * the JIT replacing code mid-loop) is not counted, less what reading the counter allocates; an
     * allocation per validation would be at least 16 bytes times the loop count in every round.
     */
    private static GeneratedFile allocationProbe() {
        return new GeneratedFile(PACKAGE.replace('.', '/') + "/AllocationProbe.java", """
                package %s;

                import %s.validation.NumbersValidator;
                import %s.validation.TextsValidator;

                public final class AllocationProbe {
                    private AllocationProbe() {}

                    public static long textsBytes(Texts value, int times) {
                        long least = Long.MAX_VALUE;
                        for (int round = 0; round < 8; round++) {
                            long before = allocated();
                            for (int i = 0; i < times; i++) {
                                TextsValidator.validate(value);
                            }
                            least = Math.min(least, allocated() - before);
                        }
                        return least - baseline();
                    }

                    public static long numbersBytes(Numbers value, int times) {
                        long least = Long.MAX_VALUE;
                        for (int round = 0; round < 8; round++) {
                            long before = allocated();
                            for (int i = 0; i < times; i++) {
                                NumbersValidator.validate(value);
                            }
                            least = Math.min(least, allocated() - before);
                        }
                        return least - baseline();
                    }

                    /** What reading the counter twice allocates by itself (arrays inside the JDK's bean). */
                    private static long baseline() {
                        long least = Long.MAX_VALUE;
                        for (int round = 0; round < 8; round++) {
                            long before = allocated();
                            least = Math.min(least, allocated() - before);
                        }
                        return least;
                    }

                    private static long allocated() {
                        return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                                .getThreadMXBean()).getCurrentThreadAllocatedBytes();
                    }
                }
                """.formatted(PACKAGE, PACKAGE, PACKAGE));
    }
}
