package dev.specgen.core.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.validation.Violation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 spellings ({@code specs/schemas-3.1.yaml}), a Swagger 2.0 spec read through the parser's
 * converter, and schemas spread over several files: generated, compiled, read, written and validated.
 */
class Schemas31AndOtherSourcesTest {

    private static final Path SPEC_31 = TestSpecs.resource("schemas-3.1.yaml");

    @Test
    void typeArraysWithNullAndOneOfWithNullAreNullableValuesOfTheOtherType() {
        GeneratedApi api = GeneratedApi.of(SPEC_31, "dev.specgen.schemas31.nullable");
        Map<String, Type> types = componentTypes(api, "Event");
        assertThat(types.get("note")).isEqualTo(String.class);
        assertThat(types.get("count")).isEqualTo(Integer.class);
        assertThat(types.get("parent")).isEqualTo(api.load("Event"));
        assertThat(types.get("payload")).isEqualTo(byte[].class);
        String json = "{\"id\":\"2\",\"kind\":\"created\",\"note\":null,\"parent\":{\"id\":\"1\",\"kind\":\"created\"},"
                + "\"payload\":\"aGk=\"}";
        Object event = api.read("Event", json);
        assertThat(Json.normalized(Json.MAPPER.valueToTree(event)))
                .isEqualTo(Json.normalized(Json.MAPPER.readTree(json.replace("\"note\":null,", ""))));
        assertThat(api.validate("Event", event)).isEmpty();
    }

    @Test
    void constIsAnEnumOfOneValueAndTheValidatorRejectsAnyOther() {
        GeneratedApi api = GeneratedApi.of(SPEC_31, "dev.specgen.schemas31.constant");
        EnumType kind = (EnumType) api.model().type("EventKind").orElseThrow();
        assertThat(kind.constants()).extracting(EnumType.EnumConstant::value).containsExactly("created");
        EnumType version = (EnumType) api.model().type("EventVersion").orElseThrow();
        assertThat(version.constants()).extracting(EnumType.EnumConstant::value).containsExactly("2");
        Object wrong = api.read("Event", "{\"id\":\"1\",\"kind\":\"deleted\",\"version\":3}");
        assertThat(api.validate("Event", wrong)).extracting(Violation::path).containsExactly("$.kind", "$.version");

        UnionType notification = (UnionType) api.model().type("Notification").orElseThrow();
        assertThat(notification.discriminatorProperty()).isEqualTo("channel");
        // Without a mapping, the values the variant's own discriminator property lists select it.
        assertThat(notification.variants()).extracting(UnionType.Variant::discriminatorValues)
                .containsExactly(List.of("email"), List.of("sms", "text"));
        assertThat(api.read("Notification", "{\"channel\":\"text\",\"number\":\"+1\"}").getClass())
                .isEqualTo(api.load("Sms"));
        assertThat(api.read("Notification", "{\"channel\":\"email\",\"address\":\"a@b\"}").getClass())
                .isEqualTo(api.load("Email"));

        UnionType payment = (UnionType) api.model().type("Payment").orElseThrow();
        assertThat(payment.variants()).extracting(UnionType.Variant::discriminatorValues)
                .containsExactly(List.of("card"), List.of("sepa"));
        Object sepa = api.read("Payment", "{\"method\":\"sepa\",\"iban\":\"DE00\"}");
        assertThat(sepa.getClass()).isEqualTo(api.load(payment.variants().get(1).recordJavaName()));
    }

    @Test
    void patternPropertiesWithOneSchemaAreATypedMapAndWithSeveralAPlainOneWithOneWarningAndPropertyNamesAreChecked() {
        GeneratedApi api = GeneratedApi.of(SPEC_31, "dev.specgen.schemas31.patterns");
        Map<String, Type> types = componentTypes(api, "Event");
        assertThat(types.get("tags").getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.String>");
        assertThat(types.get("limits").getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        assertThat(types.get("names").getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.lang.Long>");
        assertThat(types.get("mixed")).isEqualTo(Object.class);

        Object labels = api.read("Labels", "{\"owner\":\"o\",\"label-a\":\"ok\",\"label-b\":\"too long\"}");
        assertThat((Map<?, ?>) Reflection.call(labels, "additionalProperties")).hasSize(2);
        assertThat(api.validate("Labels", labels)).extracting(Violation::path).containsExactly("$['label-b']");

        // propertyNames: every key is checked, by the validator and by specgen check alike.
        String names = "{\"id\":\"1\",\"kind\":\"created\",\"names\":{\"ok\":1,\"Bad\":2}}";
        assertThat(api.validate("Event", api.read("Event", names))).extracting(Violation::path)
                .containsExactly("$.names.Bad");
        assertThat(api.check("Event", names)).extracting(Violation::path).containsExactly("$.names.Bad");

        List<Diagnostic> warnings = Specgen.read(SPEC_31).warnings();
        assertThat(warnings).extracting(Diagnostic::code, d -> d.location().pointer()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("pattern-properties-fallback",
                        "/components/schemas/Event/properties/limits/patternProperties"),
                org.assertj.core.groups.Tuple.tuple("several-types-fallback",
                        "/components/schemas/Event/properties/mixed/type"));
    }

    @Test
    void numericExclusiveBoundsAreChecked() {
        GeneratedApi api = GeneratedApi.of(SPEC_31, "dev.specgen.schemas31.bounds");
        assertThat(api.validate("Event", api.read("Event", "{\"id\":\"1\",\"kind\":\"created\",\"score\":0}")))
                .extracting(Violation::path).containsExactly("$.score");
        assertThat(api.validate("Event", api.read("Event", "{\"id\":\"1\",\"kind\":\"created\",\"score\":99.5}")))
                .isEmpty();
    }

    @Test
    void swagger20DiscriminatorsBecomeSealedInterfacesOfTheirAllOfChildren() {
        GeneratedApi api = GeneratedApi.of(TestSpecs.resource("swagger-2.0.yaml"), "dev.specgen.swagger20");
        UnionType animal = (UnionType) api.model().type("Animal").orElseThrow();
        assertThat(animal.variants()).extracting(UnionType.Variant::recordJavaName, v -> v.discriminatorValues())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cat", List.of("Cat")),
                        org.assertj.core.groups.Tuple.tuple("Dog", List.of("Dog")));
        String shelter = "{\"animals\":[{\"animalType\":\"Dog\",\"name\":\"Rex\",\"barks\":false},"
                + "{\"animalType\":\"Cat\",\"name\":\"Tom\",\"lives\":12}],\"tags\":{\"a\":\"b\"},\"photo\":\"aGk=\","
                + "\"size\":\"huge\"}";
        Object value = api.read("Shelter", shelter);
        assertThat(Json.normalized(Json.MAPPER.valueToTree(value))).isEqualTo(Json.normalized(Json.MAPPER.readTree(shelter)));
        assertThat(api.validate("Shelter", value)).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.animals[1].lives", "$.size");
        dev.specgen.core.model.RecordType dogType = (dev.specgen.core.model.RecordType) api.model().type("Dog")
                .orElseThrow();
        assertThat(dogType.properties()).filteredOn(p -> p.jsonName().equals("nickname"))
                .singleElement().satisfies(p -> assertThat(p.nullable()).as("x-nullable").isTrue());
        Object dog = Reflection.call(api.call("Dog", "builder"), "build");
        assertThat(Reflection.call(dog, "barks")).isEqualTo(true);
    }

    @Test
    void schemasInOtherFilesAreFollowedThroughRelativePathsAcrossThreeFiles() {
        GeneratedApi api = GeneratedApi.of(TestSpecs.resource("external/orders.yaml"), "dev.specgen.external");
        assertThat(api.model().types()).extracting(t -> t.javaName())
                .containsExactly("Address", "CountryCode", "Customer", "Money", "Order");
        String order = "{\"id\":\"o1\",\"customer\":{\"name\":\"\",\"address\":{\"city\":\"Paris\",\"country\":\"FR\"}},"
                + "\"total\":{\"amount\":12.50,\"currency\":\"eur\"}}";
        Object value = api.read("Order", order);
        assertThat(Json.normalized(Json.MAPPER.valueToTree(value))).isEqualTo(Json.normalized(Json.MAPPER.readTree(order)));
        assertThat(api.validate("Order", value)).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.customer.name", "$.total.currency");
        assertThat(Specgen.read(TestSpecs.resource("external/orders.yaml")).sourceFiles())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("customer.yaml", "orders.yaml", "address.yaml", "money.yaml");
    }

    private static Map<String, Type> componentTypes(GeneratedApi api, String record) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (RecordComponent component : api.load(record).getRecordComponents()) {
            Type type = component.getGenericType();
            types.put(component.getName(), type instanceof ParameterizedType ? type : component.getType());
        }
        return types;
    }
}
