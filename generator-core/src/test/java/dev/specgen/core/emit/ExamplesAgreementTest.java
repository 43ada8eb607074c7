package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.lint.ExampleChecker;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.validation.Rule;
import dev.specgen.runtime.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code specgen check} and the generated validators agree on every example of every spec (the task APIs'
 * and the test specs'): the example, read into the generated models, has exactly the violations that
 * {@code check} finds in its JSON, except those only JSON can have ({@code type}, an explicit
 * {@code null}), which Java values cannot carry. And the pages' sample responses validate clean except
 * for the loose dates that specs/README.md lists as the pages contradicting themselves.
 */
class ExamplesAgreementTest {

    @TestFactory
    Stream<DynamicTest> checkAndGeneratedValidatorsAgreeOnEveryExample() throws IOException {
        List<Path> specs = new ArrayList<>(TestSpecs.taskApiSpecs());
        try (Stream<Path> resources = Files.list(TestSpecs.resource("."))) {
            resources.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(specs::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path spec : specs) {
            String name = spec.getFileName().toString();
            GeneratedApi api = GeneratedApi.of(spec, "dev.specgen.agree." + name.replaceAll("[^a-z0-9]", ""));
            boolean taskApi = spec.getParent().getFileName().toString().equals("specs")
                    && !spec.toString().contains("resources");
            for (ExampleUse example : api.model().examples()) {
                if (!isParameter(example) && wrap(api.model(), example) == null) {
                    skipped.add(name + " " + example.location().pointer());
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + " " + example.location().pointer(),
                        () -> assertAgreement(api, example, taskApi)));
            }
        }
        assertThat(tests).as("examples compared").hasSizeGreaterThanOrEqualTo(85);
        assertThat(skipped).as("examples without a generated validator of their own").hasSizeLessThanOrEqualTo(5);
        return tests.stream();
    }

    private static void assertAgreement(GeneratedApi api, ExampleUse example, boolean exact) {
        ExampleChecker checker = new ExampleChecker(api.model());
        String pointer = example.location().pointer();
        if (isParameter(example)) {
            Operation.Parameter parameter = parameterAt(api.model(), pointer);
            Operation operation = operationOf(api.model(), parameter);
            String path = "$request." + parameter.in().name().toLowerCase(Locale.ROOT) + "." + parameter.name();
            List<Violation> checked = checker.check(example.value(), example.type(), example.constraints()).stream()
                    .map(v -> v.under(path)).toList();
            Object[] arguments = new Object[operation.parameters().size()];
            arguments[operation.parameters().indexOf(parameter)] = api.read(null, example.type(), Json.text(example.value()));
            List<Violation> generated = api.validateParameters(operation.javaName(), arguments).stream()
                    .filter(v -> v.path().startsWith(path)).toList();
            assertAgree(checked, generated, exact);
            return;
        }
        // Property, item and value examples are wrapped into their component's JSON, so that both sides
        // validate a whole value of a generated type, with the same paths.
        Wrapped wrapped = wrap(api.model(), example);
        List<Violation> checked = checker.check(GeneratedApi.toModel(Json.MAPPER.readTree(wrapped.json())),
                new TypeRef.Named(wrapped.type()), wrapped.constraints());
        Object value;
        try {
            value = api.read(wrapped.type(), wrapped.json());
        } catch (RuntimeException unreadable) {
            assertThat(checked).as("JSON the models cannot read must break a rule only JSON can break")
                    .anyMatch(v -> v.rule() == Rule.TYPE || v.rule() == Rule.DISCRIMINATOR || v.rule() == Rule.ONE_OF);
            return;
        }
        assertAgree(checked, api.validate(wrapped.type(), value), exact);
    }

    private static void assertAgree(List<Violation> checked, List<Violation> generated, boolean exact) {
        List<Violation> javaVisible = new ArrayList<>(checked);
        javaVisible.removeIf(v -> v.rule() == Rule.TYPE || (v.rule() == Rule.NULLABLE && !generated.contains(v)));
        assertThat(generated).as("generated validator vs specgen check").isEqualTo(javaVisible);
        if (exact) {
            assertThat(checked).as("the task API specs have no example only JSON gets wrong").isEqualTo(generated);
        }
    }

    private record Wrapped(String type, String json, Constraints constraints) {}

    private static Wrapped wrap(ApiModel model, ExampleUse example) {
        String pointer = example.location().pointer();
        String json = Json.text(example.value());
        if (!pointer.startsWith("/components/schemas/")) {
            return example.type() instanceof TypeRef.Named named && model.type(named.javaName()).isPresent()
                    ? new Wrapped(named.javaName(), json, example.constraints()) : null;
        }
        String[] segments = pointer.substring("/components/schemas/".length()).split("/");
        TypeDef owner = model.types().stream()
                .filter(t -> t.location().pointer().equals("/components/schemas/" + segments[0]))
                .findFirst().orElse(null);
        if (owner == null) {
            return null;
        }
        List<String> steps = List.of(segments).subList(1, segments.length - 1); // without "example"
        for (int i = steps.size() - 1; i >= 0; i--) {
            String step = steps.get(i);
            if (step.equals("items")) {
                json = "[" + json + "]";
            } else if (step.equals("additionalProperties")) {
                json = "{\"key\":" + json + "}";
            } else if (i > 0 && steps.get(i - 1).equals("properties")) {
                json = "{" + Json.MAPPER.writeValueAsString(step.replace("~1", "/").replace("~0", "~")) + ":" + json + "}";
                i--;
            } else {
                return null; // inside allOf/oneOf: validated with its own component
            }
        }
        Constraints constraints = steps.isEmpty() ? example.constraints() : Constraints.NONE;
        if (!steps.isEmpty() && !(owner instanceof RecordType)) {
            return null;
        }
        return new Wrapped(owner.javaName(), json, constraints);
    }

    private static boolean isParameter(ExampleUse example) {
        String pointer = example.location().pointer();
        return pointer.startsWith("/paths/") && pointer.matches(".*/parameters/[0-9]+/example");
    }

    private static Operation.Parameter parameterAt(ApiModel model, String pointer) {
        String at = pointer.substring(0, pointer.length() - "/example".length());
        return model.operations().stream().flatMap(o -> o.parameters().stream())
                .filter(p -> p.location().pointer().equals(at)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter at " + at));
    }

    private static Operation operationOf(ApiModel model, Operation.Parameter parameter) {
        return model.operations().stream().filter(o -> o.parameters().contains(parameter)).findFirst().orElseThrow();
    }

    @Test
    void thePagesSamplesValidateCleanExceptTheLooseDatesTheReadmeLists() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path spec : TestSpecs.taskApiSpecs()) {
            GeneratedApi api = GeneratedApi.of(spec, "dev.specgen.samples." + spec.getFileName().toString()
                    .replaceAll("[^a-z0-9]", ""));
            for (ExampleUse example : api.model().examples()) {
                if (example.location().pointer().contains("/responses/200/") && example.type() instanceof TypeRef.Named named) {
                    Object response = api.read(named.javaName(), Json.text(example.value()));
                    for (Violation violation : api.validate(named.javaName(), response)) {
                        found.add(spec.getFileName() + " " + violation.path() + " " + violation.rule().id() + " "
                                + violation.value());
                    }
                }
            }
        }
        assertThat(found).containsExactly(
                "cs-describe-task-info.yaml $.stages[0].end_time format \"2022-12-15 23:00:00\"",
                "cs-describe-task-info.yaml $.stages[0].start_time format \"2022-12-15 23:00:00\"",
                "eflo-controller-describe-task.yaml $.Steps[0].StartTime format \"2022-11-30T2:00:00.852Z\"",
                "eflo-controller-describe-task.yaml $.Steps[0].SubTasks[0].CreateTime format \"2022-11-30T2:00:00.852Z\"");
        String readme = Files.readString(TestSpecs.repoRoot().resolve("specs/README.md"));
        for (String violation : found) {
            String[] parts = violation.split(" ", 4);
            assertThat(readme).as("specs/README.md lists %s", violation)
                    .contains("at `" + parts[1] + "`")
                    .contains("`" + parts[3].replace("\"", "") + "`");
        }
    }
}
