package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every example in every spec deserializes into the generated models (with Jackson 3, as the runtime
 * uses) and serializes back to equal JSON; the service's surprises (unlisted enum values, new
 * properties, loose dates) still deserialize.
 */
class RoundTripTest {

    @TestFactory
    List<DynamicTest> everyExampleRoundTrips() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path spec : TestSpecs.taskApiSpecs()) {
            ApiModel model = Specgen.read(spec).model();
            String packageName = TestSpecs.packageFor(spec);
            ClassLoader loader = compile(model, packageName);
            for (ExampleUse example : model.examples()) {
                JavaType type = javaType(example.type(), packageName, loader);
                if (type == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(spec.getFileName() + " " + example.location().pointer(), () -> {
                    String json = Json.text(example.value());
                    Object value = Json.MAPPER.readValue(json, type);
                    JsonNode back = Json.MAPPER.valueToTree(value);
                    assertThat(Json.normalized(back)).isEqualTo(Json.normalized(Json.MAPPER.readTree(json)));
                }));
            }
        }
        assertThat(tests).as("examples with a model type").hasSizeGreaterThanOrEqualTo(8);
        return tests;
    }

    @Test
    void unknownEnumValuesAndUnknownPropertiesStillDeserialize() throws Exception {
        Path spec = TestSpecs.repoRoot().resolve("specs/cs-describe-task-info.yaml");
        ApiModel model = Specgen.read(spec).model();
        String packageName = TestSpecs.packageFor(spec);
        ClassLoader loader = compile(model, packageName);
        ExampleUse response = model.examples().stream()
                .filter(e -> e.location().pointer().contains("/responses/200/"))
                .findFirst()
                .orElseThrow();
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(Json.text(response.value()));
        json.put("state", "paused_by_vendor");
        json.putObject("brand_new_field").put("nested", true);
        json.withArray("task_result").addObject().put("status", "initail").put("data", "i-yyy");
        ((ObjectNode) json.withArray("stages").get(0)).put("start_time", "not a date at all");

        Class<?> responseClass = loader.loadClass(packageName + ".DescribeTaskInfoResponse");
        Object value = Json.MAPPER.treeToValue(json, responseClass);

        Object state = responseClass.getMethod("state").invoke(value);
        assertThat(state.getClass().getMethod("value").invoke(state)).isEqualTo("paused_by_vendor");
        assertThat(state.getClass().getMethod("isKnown").invoke(state)).isEqualTo(false);
        assertThat(state.getClass().getMethod("known").invoke(state).toString()).isEqualTo("UNKNOWN");
        assertThat(state.toString()).isEqualTo("paused_by_vendor");

        JsonNode back = Json.MAPPER.valueToTree(value);
        assertThat(back.get("state").asString()).isEqualTo("paused_by_vendor");
        assertThat(back.get("stages").get(0).get("start_time").asString()).isEqualTo("not a date at all");
        assertThat(back.has("brand_new_field")).as("unknown properties are ignored, not kept").isFalse();
    }

    @Test
    void knownEnumValuesAreTheConstants() throws Exception {
        Path spec = TestSpecs.repoRoot().resolve("specs/cs-describe-task-info.yaml");
        String packageName = TestSpecs.packageFor(spec);
        ClassLoader loader = compile(Specgen.read(spec).model(), packageName);
        Class<?> responseClass = loader.loadClass(packageName + ".DescribeTaskInfoResponse");

        Object value = Json.MAPPER.readValue("{\"state\":\"running\"}", responseClass);

        Object state = responseClass.getMethod("state").invoke(value);
        Object running = state.getClass().getField("RUNNING").get(null);
        assertThat(state).isSameAs(running);
        assertThat(state.getClass().getMethod("isKnown").invoke(state)).isEqualTo(true);
    }

    private static ClassLoader compile(ApiModel model, String packageName) {
        CompiledSources compiled = CompiledSources.compile(Specgen.emit(model, packageName));
        assertThat(compiled.problems()).isEmpty();
        return compiled.classLoader();
    }

    private static JavaType javaType(TypeRef type, String packageName, ClassLoader loader) {
        try {
            if (type instanceof TypeRef.Named named) {
                return Json.MAPPER.constructType(loader.loadClass(packageName + "." + named.javaName()));
            }
            if (type instanceof TypeRef.ListOf list) {
                JavaType items = javaType(list.items(), packageName, loader);
                return items == null ? null
                        : Json.MAPPER.getTypeFactory().constructCollectionType(List.class, items);
            }
            return null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
