package dev.specgen.core.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.validation.Violation;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.0 schema constructs of {@code specs/schemas-3.0.yaml}, end to end: the generated code compiles
 * with every lint on, JSON round trips through it with Jackson 3, and its validators accept and reject what
 * the schemas say.
 */
class Schemas30Test {

    private static GeneratedApi api;

    @BeforeAll
    static void generate() {
        api = GeneratedApi.of(TestSpecs.resource("schemas-3.0.yaml"), "dev.specgen.schemas30");
    }

    @Test
    void aDiscriminatorWithoutMappingSelectsByComponentName() {
        Object car = api.read("Vehicle", "{\"kind\":\"Car\",\"doors\":4}");
        assertThat(car.getClass()).isEqualTo(api.load("Car"));
        assertRoundTrip("Vehicle", "{\"kind\":\"Bike\",\"gears\":21}");
    }

    @Test
    void aDiscriminatorNamingNoListedShapeIsReadAsTheUnknownShapeKeptWholeAndReportedByTheValidator() {
        String newShape = "{\"kind\":\"Scooter\",\"range\":{\"km\":40},\"electric\":true}";

        Object scooter = api.read("Vehicle", newShape);

        assertThat(scooter.getClass().getName()).endsWith("Vehicle$Unknown");
        assertThat(call(scooter, "kind")).isEqualTo("Scooter");
        assertThat(call(scooter, "members")).isEqualTo(java.util.Map.of("range", java.util.Map.of("km", 40),
                "electric", true));
        assertRoundTrip("Vehicle", newShape);
        assertThat(api.validate("Vehicle", scooter)).extracting(Violation::path, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.kind", "\"Scooter\" selects none of the"
                        + " alternatives; the discriminator values are: Car, Bike"));
        Object withoutKind = api.read("Vehicle", "{\"wheels\":3}");
        assertThat(withoutKind.getClass().getName()).endsWith("Vehicle$Unknown");
        assertThat(api.validate("Vehicle", withoutKind)).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.kind", dev.specgen.runtime.validation.Rule.REQUIRED));
        // In a hierarchy (allOf children of a parent with a discriminator) too, and the parent's properties stay.
        String zoo = "{\"animals\":[{\"species\":\"unicorn\",\"name\":\"Uni\",\"horns\":1}]}";
        Object unicorn = ((List<?>) call(api.read("Zoo", zoo), "animals")).get(0);
        assertThat(call(unicorn, "name")).isEqualTo("Uni");
        assertRoundTrip("Zoo", zoo);
    }

    @Test
    void aNestedUnionContributesItsVariantsAndAVariantServesTwoUnions() {
        UnionType shape = (UnionType) api.model().type("Shape").orElseThrow();
        assertThat(shape.variants()).extracting(UnionType.Variant::recordJavaName)
                .containsExactly("Circle", "Square", "Triangle");
        assertThat(api.load("Square").getInterfaces()).containsExactlyInAnyOrder(api.load("Polygon"),
                api.load("Shape"));
        assertThat(api.read("Shape", "{\"side\":2.0}").getClass()).isEqualTo(api.load("Square"));
        assertThat(api.read("Shape", "{\"base\":1.0,\"height\":2.0}").getClass()).isEqualTo(api.load("Triangle"));
        assertThat(api.read("Polygon", "{\"side\":2.0}").getClass()).isEqualTo(api.load("Square"));
        assertThat(api.read("Shape", "{\"radius\":1.0}").getClass()).isEqualTo(api.load("Circle"));
    }

    @Test
    void aParentWithADiscriminatorIsASealedInterfaceOfItsAllOfChildren() {
        UnionType animal = (UnionType) api.model().type("Animal").orElseThrow();
        assertThat(animal.discriminatorProperty()).isEqualTo("species");
        assertThat(animal.variants()).extracting(UnionType.Variant::recordJavaName, UnionType.Variant::discriminatorValues)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lion", List.of("lion")),
                        org.assertj.core.groups.Tuple.tuple("Penguin", List.of("penguin")),
                        org.assertj.core.groups.Tuple.tuple("WhiteLion", List.of("WhiteLion")));
        assertThat(api.read("Animal", "{\"species\":\"WhiteLion\",\"name\":\"Snow\",\"rare\":true}").getClass())
                .isEqualTo(api.load("WhiteLion"));
        assertThat(api.load("Animal").isSealed()).isTrue();

        String zoo = "{\"animals\":[{\"species\":\"lion\",\"name\":\"Leo\",\"maneLength\":0.5},"
                + "{\"species\":\"penguin\",\"name\":\"Pingu\",\"canSwim\":false}]}";
        List<?> animals = (List<?>) call(api.read("Zoo", zoo), "animals");
        assertThat(animals).extracting(Object::getClass).containsExactly(api.load("Lion"), api.load("Penguin"));
        assertThat(call(animals.get(0), "name")).isEqualTo("Leo");
        // The parent's properties are accessors of the interface: no cast needed to read them.
        assertThat(api.load("Animal").getMethods()).extracting(java.lang.reflect.Method::getName)
                .containsExactlyInAnyOrder("name", "species");
        assertThat(api.load("Vehicle").getMethods()).extracting(java.lang.reflect.Method::getName)
                .containsExactly("kind");
        assertRoundTrip("Zoo", zoo);
        assertThat(api.validate("Zoo", api.read("Zoo", "{\"animals\":[{\"species\":\"lion\"}]}")))
                .extracting(Violation::path).containsExactly("$.animals[0].name");
    }

    @Test
    void aRecursiveUnionReadsWritesAndValidatesNestedValues() {
        UnionType expr = (UnionType) api.model().type("Expr").orElseThrow();
        assertThat(expr.variants()).extracting(UnionType.Variant::discriminatorValues)
                .containsExactly(List.of("lit"), List.of("add", "mul"));
        String json = "{\"op\":\"add\",\"left\":{\"op\":\"lit\",\"value\":1},"
                + "\"right\":{\"op\":\"mul\",\"left\":{\"op\":\"lit\",\"value\":2},\"right\":{\"op\":\"lit\"}}}";
        Object value = api.read("Expr", json);
        assertThat(value.getClass()).isEqualTo(api.load("Binary"));
        assertRoundTrip("Expr", json);
        assertThat(api.validate("Expr", value)).extracting(Violation::path).containsExactly("$.right.right.value");
    }

    @Test
    void aUnionOfAHierarchyParentHoldsItsChildren() {
        UnionType creature = (UnionType) api.model().type("Creature").orElseThrow();
        assertThat(creature.variants()).extracting(UnionType.Variant::recordJavaName)
                .containsExactly("Lion", "Penguin", "WhiteLion", "Robot");
        assertThat(api.read("Creature", "{\"model\":\"R2\"}").getClass()).isEqualTo(api.load("Robot"));
        assertThat(api.read("Creature", "{\"species\":\"penguin\",\"name\":\"P\",\"canSwim\":true}").getClass())
                .isEqualTo(api.load("Penguin"));
        // WhiteLion has all of a Lion's properties too, so properties alone cannot tell a Lion: it is the default.
        assertThat(creature.defaultVariant()).isEqualTo("Lion");
        assertThat(api.read("Creature", "{\"species\":\"lion\",\"name\":\"Leo\",\"maneLength\":1.0}").getClass())
                .isEqualTo(api.load("Lion"));
        assertThat(api.read("Creature", "{}").getClass()).isEqualTo(api.load("Lion"));
    }

    @Test
    void aUnionWithAnArrayAlternativeIsAPlainJsonValueWithOneWarningPerLocation() {
        List<Diagnostic> warnings = Specgen.read(TestSpecs.resource("schemas-3.0.yaml")).warnings().stream()
                .filter(d -> d.code().equals("union-fallback")).toList();
        assertThat(warnings).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                "/components/schemas/StringOrList", "/components/schemas/Zoo/properties/note");
        assertThat(componentTypes("Zoo").get("aliases")).isEqualTo(Object.class);
        assertThat(componentTypes("Zoo").get("note")).isEqualTo(Object.class);
        assertRoundTrip("Zoo", "{\"aliases\":[\"a\",\"b\"],\"note\":\"x\"}");
    }

    @Test
    void aUnionOfScalarsOfDifferentKindsIsASealedInterfaceWithARecordPerKind() {
        assertThat(componentTypes("Zoo").get("label")).isEqualTo(api.load("StringOrNumber"));
        assertThat(componentTypes("Zoo").get("code")).isEqualTo(api.load("ZooCode"));
        assertRoundTrip("Zoo", "{\"label\":1.5,\"code\":\"x\"}");
        assertRoundTrip("Zoo", "{\"label\":\"one\",\"code\":7}");
        assertThat(api.read("StringOrNumber", "1.5").getClass().getSimpleName()).isEqualTo("OfNumber");
    }

    @Test
    void additionalPropertiesTrueKeepsEveryUnlistedMember() {
        String json = "{\"name\":\"K\",\"additionalProperties\":\"a listed property\",\"x\":1,\"y\":{\"z\":[true,null]}}";
        Object keeper = api.read("Keeper", json);
        assertThat(call(keeper, "additionalProperties")).isEqualTo("a listed property");
        Map<?, ?> extras = (Map<?, ?>) call(keeper, "additionalProperties2");
        assertThat(extras.keySet().stream().map(String::valueOf).toList()).containsExactly("x", "y");
        assertRoundTrip("Keeper", json);

        Object built = call(call(call(invokeStatic("Keeper", "builder"), "name", "B"), "additionalProperties2",
                Map.of("extra", 7)), "build");
        assertThat(Json.MAPPER.writeValueAsString(built)).isEqualTo("{\"name\":\"B\",\"extra\":7}");
        Object none = api.read("Keeper", "{\"name\":\"N\"}");
        assertThat((Map<?, ?>) call(none, "additionalProperties2")).isEmpty();
    }

    @Test
    void jackson2ReadsAndWritesExtraMembersAndHierarchiesAlike() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String[] typeAndJson : List.of(
                new String[] {"Keeper", "{\"name\":\"K\",\"x\":1,\"y\":{\"z\":[true,null]}}"},
                new String[] {"Scores", "{\"total\":3,\"alice\":1}"},
                new String[] {"Zoo", "{\"animals\":[{\"species\":\"lion\",\"name\":\"Leo\",\"maneLength\":0.5}]}"})) {
            Object value = jackson2.readValue(typeAndJson[1], api.load(typeAndJson[0]));
            assertThat(jackson2.readTree(jackson2.writeValueAsString(value)))
                    .as(typeAndJson[0]).isEqualTo(jackson2.readTree(typeAndJson[1]));
        }
    }

    @Test
    void typedAdditionalPropertiesAreTypedAndValidatedBesideTheListedOnes() {
        Object scores = api.read("Scores", "{\"total\":3,\"alice\":1,\"bob\":-1}");
        Map<?, ?> extras = (Map<?, ?>) call(scores, "additionalProperties");
        assertThat(extras.get("alice")).isEqualTo(1);
        assertThat(api.validate("Scores", scores)).extracting(Violation::path).containsExactly("$.bob");
        // specgen check holds the spec's examples to the same rules.
        assertThat(api.check("Scores", "{\"total\":3,\"alice\":1,\"bob\":-1}")).extracting(Violation::path)
                .containsExactly("$.bob");
        assertRoundTrip("Scores", "{\"total\":3,\"alice\":1,\"bob\":-1}");
    }

    @Test
    void additionalPropertiesFalseKeepsNothingAndReadsLeniently() {
        RecordType closed = (RecordType) api.model().type("Closed").orElseThrow();
        assertThat(closed.additionalProperties()).isNull();
        assertThat(api.load("Closed").getRecordComponents()).extracting(RecordComponent::getName).containsExactly("id");
        assertThat(call(api.read("Closed", "{\"id\":\"1\",\"unlisted\":2}"), "id")).isEqualTo("1");
    }

    @Test
    void recursiveAndMutuallyRecursiveSchemasRoundTrip() {
        assertRoundTrip("TreeNode", "{\"value\":\"a\",\"children\":[{\"value\":\"b\",\"children\":[{\"value\":\"c\"}]}]}");
        assertRoundTrip("Folder", "{\"name\":\"root\",\"files\":[{\"name\":\"f\",\"parent\":{\"name\":\"root\"}}]}");
    }

    @Test
    void notIsWarnedAboutOncePerLocationAndTheRestOfTheSchemaDecidesTheType() {
        List<Diagnostic> warnings = Specgen.read(TestSpecs.resource("schemas-3.0.yaml")).warnings().stream()
                .filter(d -> d.code().equals("not-unchecked")).toList();
        assertThat(warnings).extracting(d -> d.location().pointer()).containsExactlyInAnyOrder(
                "/components/schemas/NotAString/not", "/components/schemas/Identifier/not");
        assertThat(api.model().type("NotAString")).isEmpty(); // a plain JSON value: no type of its own
    }

    @Test
    void integerAndNumberFormatsPickTheirJavaTypes() {
        Map<String, Class<?>> types = componentTypes("Numbers");
        assertThat(types.get("small")).isEqualTo(Integer.class);
        assertThat(types.get("plain")).isEqualTo(Long.class);
        assertThat(types.get("large")).isEqualTo(Long.class);
        assertThat(types.get("huge")).isEqualTo(BigInteger.class);
        assertThat(types.get("unsigned")).isEqualTo(BigInteger.class);
        assertThat(types.get("ratio")).isEqualTo(Float.class);
        assertThat(types.get("measure")).isEqualTo(Double.class);
        assertThat(types.get("anyNumber")).isEqualTo(Double.class);
        assertThat(types.get("money")).isEqualTo(java.math.BigDecimal.class);
        assertThat(types.get("bytes")).isEqualTo(byte[].class);
        assertThat(types.get("file")).isEqualTo(byte[].class);

        String json = "{\"huge\":99999999999999999999999,\"unsigned\":18446744073709551615,\"bytes\":\"aGk=\","
                + "\"money\":0.10,\"small\":6,\"hugeCode\":18446744073709551615}";
        Object numbers = api.read("Numbers", json);
        assertThat(call(numbers, "huge")).isEqualTo(new BigInteger("99999999999999999999999"));
        assertThat(new String((byte[]) call(numbers, "bytes"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hi");
        assertRoundTrip("Numbers", json);
        assertThat(call(call(numbers, "hugeCode"), "isKnown")).isEqualTo(true);
        assertThat(api.validate("Numbers", numbers)).extracting(Violation::path).containsExactly("$.small");
    }

    @Test
    void nullableInThe30SpellingMakesARequiredPropertyOptional() {
        assertThat(api.validate("Nullables", api.read("Nullables", "{\"requiredNullable\":null}")))
                .extracting(Violation::path).containsExactly("$.required");
        assertThat(componentTypes("Nullables").get("nullableRef")).isEqualTo(api.load("Circle"));
        assertRoundTrip("Nullables", "{\"required\":\"r\",\"nullableItems\":[\"a\",null]}");
    }

    @Test
    void enumConstantsWhoseNamesCollideGetDistinctNames() {
        for (String enumName : List.of("Colliding", "Codes", "Ratios")) {
            dev.specgen.core.model.EnumType type = (dev.specgen.core.model.EnumType) api.model().type(enumName)
                    .orElseThrow();
            assertThat(type.constants()).extracting(dev.specgen.core.model.EnumType.EnumConstant::javaName)
                    .doesNotHaveDuplicates();
        }
        Object minusOne = invokeStatic("Codes", "of", -1L);
        assertThat(call(minusOne, "isKnown")).isEqualTo(true);
        assertThat(call(invokeStatic("Ratios", "of", 2.0d), "isKnown")).isEqualTo(true);
        assertThat(call(invokeStatic("Colliding", "of", "a_b"), "value")).isEqualTo("a_b");
        assertThat(call(invokeStatic("Colliding", "of", "unlisted"), "isKnown")).isEqualTo(false);
    }

    @Test
    void buildersStartFromDefaultsOfEveryType() {
        Object defaults = call(invokeStatic("Defaults", "builder"), "build");
        assertThat(call(defaults, "text")).isEqualTo("hello");
        assertThat(call(defaults, "count")).isEqualTo(3);
        assertThat(call(defaults, "total")).isEqualTo(10_000_000_000L);
        assertThat(call(defaults, "big")).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(call(defaults, "ratio")).isEqualTo(0.25f);
        assertThat(call(defaults, "measure")).isEqualTo(1.5d);
        assertThat(call(defaults, "money")).isEqualTo(new java.math.BigDecimal("0.1"));
        assertThat(call(defaults, "flag")).isEqualTo(false);
        assertThat(call(call(defaults, "code"), "value")).isEqualTo(2L);
        assertThat(call(defaults, "tags")).isEqualTo(List.of("a", "b"));
        assertThat(call(defaults, "labels")).isEqualTo(Map.of("k", "v"));
        assertThat(call(call(defaults, "day"), "raw")).isEqualTo("2024-01-31");
        assertThat(call(call(defaults, "when"), "raw")).isEqualTo("2024-01-31T10:00:00Z");
        assertThat((byte[]) call(defaults, "bytes")).containsExactly('h', 'i');
        assertThat(call(defaults, "nothing")).isNull();
        assertThat(call(defaults, "color")).isNull();
    }

    @Test
    void readOnlyAndWriteOnlyPropertiesAreNotRequiredInEitherDirection() {
        Map<String, Class<?>> types = componentTypes("Account");
        assertThat(types).containsKeys("id", "password");
        assertThat(api.validate("Account", api.read("Account", "{}"))).extracting(Violation::path)
                .containsExactly("$.name");
        assertThat(api.check("Account", "{}")).extracting(Violation::path).containsExactly("$.name");
        assertThat(api.validate("Account", api.read("Account", "{\"name\":\"n\",\"password\":\"short\"}")))
                .extracting(Violation::path).containsExactly("$.password");
        String source = api.files().stream().filter(f -> f.relativePath().endsWith("/Account.java")).findFirst()
                .orElseThrow().content();
        assertThat(source).contains("@JsonProperty(\"id\") @Nullable String id");
        assertThat(source).contains("@Deprecated\n    public @Nullable String legacy()");
    }

    private static Map<String, Class<?>> componentTypes(String record) {
        Map<String, Class<?>> types = new java.util.LinkedHashMap<>();
        for (RecordComponent component : api.load(record).getRecordComponents()) {
            types.put(component.getName(), component.getType());
        }
        return types;
    }

    private static void assertRoundTrip(String type, String json) {
        Object value = api.read(type, json);
        assertThat(Json.normalized(Json.MAPPER.valueToTree(value)))
                .as("%s written back", type)
                .isEqualTo(Json.normalized(Json.MAPPER.readTree(json)));
    }

    static Object invokeStatic(String type, String method, Object... args) {
        return api.call(type, method, args);
    }

    static Object call(Object target, String method, Object... args) {
        return Reflection.call(target, method, args);
    }
}
