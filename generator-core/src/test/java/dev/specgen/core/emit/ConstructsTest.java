package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schema constructs the models express: unions, allOf, nullable, defaults, maps, deprecation. */
class ConstructsTest {

    private static final String PACKAGE = "dev.specgen.constructs";
    private static ApiModel model;
    private static List<GeneratedFile> files;
    private static ClassLoader loader;

    @BeforeAll
    static void generate() {
        model = Specgen.read(TestSpecs.resource("constructs.yaml")).model();
        files = Specgen.emit(model, PACKAGE);
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.problems()).isEmpty();
        loader = compiled.classLoader();
    }

    @Test
    void oneOfWithDiscriminatorIsASealedInterfaceChosenByTheDiscriminator() throws Exception {
        UnionType pet = (UnionType) model.type("Pet").orElseThrow();
        assertThat(pet.discriminatorProperty()).isEqualTo("petType");
        assertThat(pet.variants()).extracting(UnionType.Variant::recordJavaName).containsExactly("Cat", "Dog");
        assertThat(((RecordType) model.type("Cat").orElseThrow()).unions()).containsExactly("Pet");

        Class<?> petClass = load("Pet");
        assertThat(petClass.isSealed()).isTrue();
        Object dog = Json.MAPPER.readValue("{\"petType\":\"dog\",\"name\":\"Rex\",\"goodBoy\":false}", petClass);
        assertThat(dog.getClass()).isEqualTo(load("Dog"));
        assertThat(call(dog, "name")).isEqualTo("Rex");
        assertThat(Json.MAPPER.writeValueAsString(dog)).isEqualTo("{\"goodBoy\":false,\"name\":\"Rex\",\"petType\":\"dog\"}");
    }

    @Test
    void anyOfWithoutDiscriminatorIsDeducedFromTheProperties() throws Exception {
        withGeneratedClassesInContext(() -> {
            Object square = Json.MAPPER.readValue("{\"side\":2.5}", load("Shape"));
            assertThat(square.getClass()).isEqualTo(load("Square"));
            Object circle = Json.MAPPER.readValue("{\"radius\":1.0}", load("Shape"));
            assertThat(circle.getClass()).isEqualTo(load("Circle"));
        });
    }

    /** Jackson resolves deduced subtypes by class name through the context class loader. */
    private static void withGeneratedClassesInContext(ThrowingRunnable body) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            body.run();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void allOfMergesThePartsIntoOneRecord() {
        RecordType employee = (RecordType) model.type("Employee").orElseThrow();
        assertThat(employee.properties()).extracting(p -> p.jsonName())
                .containsExactly("level", "name", "nickname", "salary");
        assertThat(employee.properties()).filteredOn(p -> p.required()).extracting(p -> p.jsonName())
                .containsExactlyInAnyOrder("name", "salary");
    }

    @Test
    void requiredPropertiesAreNotNullableAndNullableOnesAre() {
        String employee = source("Employee");
        assertThat(employee).contains("@JsonProperty(\"name\") String name");
        assertThat(employee).contains("@JsonProperty(\"salary\") Long salary");
        assertThat(employee).contains("@JsonProperty(\"nickname\") @Nullable String nickname");
    }

    @Test
    void buildersStartFromTheSpecsDefaults() throws Exception {
        Object cat = call(call(load("Cat").getMethod("builder").invoke(null), "name", "Tom"), "build");
        assertThat(call(cat, "lives")).isEqualTo(9);
        Object dog = call(load("Dog").getMethod("builder").invoke(null), "build");
        assertThat(call(dog, "goodBoy")).isEqualTo(true);
        Object team = call(load("Team").getMethod("builder").invoke(null), "build");
        assertThat(call(team, "color").toString()).isEqualTo("green");
    }

    @Test
    void integerEnumsAreOpenToo() throws Exception {
        EnumType level = (EnumType) model.type("Level").orElseThrow();
        assertThat(level.valueKind()).isEqualTo(ScalarKind.INT32);
        Object employee = Json.MAPPER.readValue("{\"name\":\"A\",\"salary\":1,\"level\":7}", load("Employee"));
        Object value = call(employee, "level");
        assertThat(call(value, "value")).isEqualTo(7);
        assertThat(call(value, "isKnown")).isEqualTo(false);
        assertThat(Json.MAPPER.writeValueAsString(employee)).contains("\"level\":7");
    }

    @Test
    void mapsListsAndFreeFormValuesKeepTheirShape() throws Exception {
        RecordType team = (RecordType) model.type("Team").orElseThrow();
        assertThat(type(team, "members")).isInstanceOf(TypeRef.MapOf.class);
        assertThat(type(team, "grid")).isEqualTo(new TypeRef.ListOf(
                new TypeRef.ListOf(new TypeRef.Scalar(ScalarKind.INT64), dev.specgen.core.model.Constraints.NONE, false),
                dev.specgen.core.model.Constraints.NONE, false));
        assertThat(type(team, "extra")).isInstanceOf(TypeRef.FreeFormObject.class);
        assertThat(type(team, "anything")).isInstanceOf(TypeRef.AnyValue.class);

        String json = "{\"members\":{\"a\":{\"name\":\"A\",\"salary\":1}},\"grid\":[[1,2],[3]],"
                + "\"shapes\":[{\"radius\":1.5}],\"extra\":{\"x\":[1,{\"y\":null}]},\"anything\":\"text\","
                + "\"labels\":{\"k\":\"v\"},\"created\":\"2022-12-15 23:00:00\",\"day\":\"2022-12-15\","
                + "\"bigNumber\":\"1.10\"}";
        withGeneratedClassesInContext(() -> {
            Object value = Json.MAPPER.readValue(json, load("Team"));
            Map<?, ?> members = (Map<?, ?>) call(value, "members");
            assertThat(members.get("a").getClass()).isEqualTo(load("Employee"));
            assertThat(Json.normalized(Json.MAPPER.valueToTree(value)))
                    .isEqualTo(Json.normalized(Json.MAPPER.readTree(json)));
        });
    }

    @Test
    void deprecationIsCarriedToJava() {
        String team = source("Team");
        assertThat(team).contains("@Deprecated\npublic record Team(");
        assertThat(team).contains("@deprecated the API marks this type deprecated.");
        assertThat(team).contains("@Deprecated\n    public @Nullable String legacyCode()");
    }

    private static TypeRef type(RecordType record, String jsonName) {
        return record.properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst().orElseThrow()
                .type();
    }

    private static String source(String type) {
        return files.stream().filter(f -> f.relativePath().endsWith("/" + type + ".java")).findFirst().orElseThrow()
                .content();
    }

    private static Class<?> load(String simpleName) throws ClassNotFoundException {
        return loader.loadClass(PACKAGE + "." + simpleName);
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(method);
    }
}
