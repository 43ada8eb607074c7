package dev.specgen.core.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.ScalarUnionType.Alternative;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.GeneratedApi;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.runtime.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Unions whose alternatives are scalars of different kinds ({@code specs/scalar-unions.yaml}): the model, the
 * generated sealed interfaces read and written with Jackson 3 and 2, their validators and {@code specgen check}, and
 * the unions that stay plain JSON values. Clients sending them are in {@code ScalarUnionClientTest}.
 */
class ScalarUnionsTest {

    private static final String VIEW = "{\"archived\":\"true\",\"created_at\":1704067200,"
            + "\"huge\":123456789012345678901234567890,\"id\":7,\"page_size\":\"50\",\"ratio\":0.25,\"score\":1.5,"
            + "\"sort_by\":[12,\"ASC\"]}";

    private static GeneratedApi api;

    @BeforeAll
    static void generate() {
        api = GeneratedApi.of(TestSpecs.resource("scalar-unions.yaml"), "dev.specgen.scalarunions");
    }

    @Test
    void aUnionOfScalarsOfDifferentKindsIsATypeWithOneAlternativePerKind() {
        ScalarUnionType sortKey = (ScalarUnionType) api.model().type("SortKey").orElseThrow();
        assertThat(sortKey.exclusive()).isTrue();
        assertThat(sortKey.alternatives())
                .extracting(Alternative::javaName, Alternative::kind, Alternative::listedValues)
                .containsExactly(tuple("OfInteger", ScalarKind.INT64, List.of()),
                        tuple("OfString", ScalarKind.STRING, List.of("ASC", "DESC")));
        assertThat(sortKey.alternatives().get(0).constraints().maximum()).isEqualByComparingTo("1000");

        // anyOf, and the union's own maxLength applies to its string alternative.
        ScalarUnionType cursor = (ScalarUnionType) api.model().type("Cursor").orElseThrow();
        assertThat(cursor.exclusive()).isFalse();
        assertThat(cursor.alternatives().get(1).constraints().maxLength()).isEqualTo(20);
        assertThat(cursor.alternatives().get(1).constraints().minLength()).isEqualTo(1);

        // Sorted by kind, whatever the spec's order; each kind as Java holds it.
        ScalarUnionType score = (ScalarUnionType) api.model().type("ViewScore").orElseThrow();
        assertThat(score.alternatives()).extracting(Alternative::javaName, Alternative::valueKind).containsExactly(
                tuple("OfInteger", ScalarKind.INT64), tuple("OfNumber", ScalarKind.DOUBLE),
                tuple("OfString", ScalarKind.STRING));
        ScalarUnionType createdAt = (ScalarUnionType) api.model().type("ViewCreatedAt").orElseThrow();
        assertThat(createdAt.alternatives()).extracting(Alternative::kind, Alternative::valueKind).containsExactly(
                tuple(ScalarKind.INT64, ScalarKind.INT64), tuple(ScalarKind.DATE_TIME, ScalarKind.STRING));
        assertThat(createdAt.alternatives().get(0).location().pointer()).isEqualTo("/components/schemas/Epoch");
    }

    @Test
    void aVariantNamedLikeItsUnionGetsAnotherName() {
        ScalarUnionType union = (ScalarUnionType) api.model().type("OfString").orElseThrow();
        assertThat(union.alternatives()).extracting(Alternative::javaName)
                .containsExactly("OfInteger", "OfStringValue");
        assertThat(api.read("OfString", "\"x\"").getClass().getSimpleName()).isEqualTo("OfStringValue");
    }

    @Test
    void propertiesArrayItemsAndNullableUnionsAreTyped() {
        RecordType view = (RecordType) api.model().type("View").orElseThrow();
        assertThat(view.properties()).extracting(Property::jsonName, Property::type).contains(
                tuple("id", new TypeRef.Named("ViewId")),
                tuple("sort_by", new TypeRef.ListOf(new TypeRef.Named("SortKey"),
                        dev.specgen.core.model.Constraints.NONE, false)),
                tuple("payload", new TypeRef.AnyValue()),
                tuple("range", new TypeRef.AnyValue()));
        Property limit = view.properties().stream().filter(p -> p.jsonName().equals("limit")).findFirst()
                .orElseThrow();
        assertThat(limit.required()).isTrue();
        assertThat(limit.nullable()).isTrue();
        assertThat(api.validate("View", api.read("View", "{\"id\":1,\"sort_by\":[],\"limit\":null}"))).isEmpty();
    }

    @Test
    void onlyTheUnionsWithoutAFaithfulFormWarn() {
        List<Diagnostic> warnings = Specgen.read(TestSpecs.resource("scalar-unions.yaml")).warnings();
        assertThat(warnings).extracting(Diagnostic::code, d -> d.location().pointer()).containsExactlyInAnyOrder(
                tuple("union-fallback", "/components/schemas/View/properties/payload"),
                tuple("union-fallback", "/components/schemas/View/properties/range"));
    }

    @Test
    void valuesAreReadAsTheAlternativeOfTheirKindAndWrittenBackAsTheRawJson() {
        Object view = api.read("View", VIEW);

        assertThat(Json.MAPPER.writeValueAsString(view)).isEqualTo(VIEW);
        List<?> sortBy = (List<?>) Reflection.call(view, "sortBy");
        assertThat(sortBy).extracting(v -> v.getClass().getSimpleName()).containsExactly("OfInteger", "OfString");
        assertThat(Reflection.call(sortBy.get(0), "value")).isEqualTo(12L);
        assertThat(sortBy).extracting(Object::toString).containsExactly("12", "ASC");
        assertThat(Reflection.call(Reflection.call(view, "huge"), "value"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(Reflection.call(Reflection.call(view, "ratio"), "value")).isEqualTo(new BigDecimal("0.25"));
        assertThat(Reflection.call(Reflection.call(view, "score"), "value")).isEqualTo(1.5);
        assertThat(Reflection.call(Reflection.call(view, "archived"), "value")).isEqualTo("true");
        // An integral number is the integer alternative, also written as 2.0; others are the number alternative.
        assertThat(api.read("ViewScore", "2").getClass().getSimpleName()).isEqualTo("OfInteger");
        assertThat(api.read("ViewScore", "2.0").getClass().getSimpleName()).isEqualTo("OfInteger");
        assertThat(api.read("ViewScore", "2.5").getClass().getSimpleName()).isEqualTo("OfNumber");
        assertThat(api.read("ViewArchived", "false").getClass().getSimpleName()).isEqualTo("OfBoolean");
        assertThat(Json.MAPPER.writeValueAsString(api.read("ViewArchived", "false"))).isEqualTo("false");
    }

    @Test
    void aValueOfAKindTheUnionDoesNotListFailsToReadSayingWhatWasExpected() {
        assertThatThrownBy(() -> api.read("View", "{\"id\":true,\"sort_by\":[]}"))
                .hasMessageContaining("Cannot read a ViewId from a JSON boolean (true): expected an integer or a string");
        assertThatThrownBy(() -> api.read("View", "{\"id\":1,\"sort_by\":[{\"a\":1}]}"))
                .hasMessageContaining("Cannot read a SortKey from a JSON object: expected an integer or a string");
        assertThatThrownBy(() -> api.read("SortKey", "1.5"))
                .hasMessageContaining("Cannot read a SortKey from a JSON number (1.5): expected an integer or a string");
        assertThatThrownBy(() -> api.read("SortKey", "12345678901234567890"))
                .hasMessageContaining("from a JSON integer beyond 64 bits (12345678901234567890)");
    }

    @Test
    void theBuilderStartsFromADefaultOfAUnion() {
        Object builder = api.call("View", "builder");
        Object built = Reflection.call(Reflection.call(Reflection.call(builder, "id", api.read("ViewId", "1")),
                "sortBy", List.of()), "build");
        Object pageSize = Reflection.call(built, "pageSize");
        assertThat(pageSize.getClass().getSimpleName()).isEqualTo("OfInteger");
        assertThat(pageSize.toString()).isEqualTo("30");
    }

    @Test
    void validatorsCheckTheAlternativeTheValueIsWithItsPath() {
        String json = "{\"id\":\"not-a-uuid\",\"sort_by\":[0,\"UP\",1001],\"limit\":\"long\",\"archived\":\"yes\"}";
        Object view = api.read("View", json);

        List<String> expected = List.of(
                "$.archived: \"yes\" is not one of the listed values: true, false [enum]",
                "$.id: \"not-a-uuid\" is not a valid uuid [format]",
                "$.limit: \"long\" is longer than the maximum length 3 (4 characters) [maxLength]",
                "$.sort_by[0]: 0 is below the minimum 1 [minimum]",
                "$.sort_by[1]: \"UP\" is not one of the listed values: ASC, DESC [enum]",
                "$.sort_by[2]: 1001 is above the maximum 1000 [maximum]");
        assertThat(api.validate("View", view)).extracting(ScalarUnionsTest::describe)
                .containsExactlyElementsOf(expected);
        assertThat(api.check("View", json)).extracting(ScalarUnionsTest::describe)
                .as("specgen check agrees").containsExactlyElementsOf(expected);
        assertThat(api.validate("View", api.read("View", VIEW))).isEmpty();
        assertThat(api.check("View", VIEW)).isEmpty();
    }

    @Test
    void checkReportsAValueOfAKindTheUnionDoesNotList() {
        assertThat(api.check("View", "{\"id\":1.5,\"sort_by\":[true]}")).extracting(ScalarUnionsTest::describe)
                .containsExactly("$.id: expected an integer or a string, found a number [type]",
                        "$.sort_by[0]: expected an integer or a string, found a boolean [type]");
    }

    @Test
    void parameterValidationChecksUnionsWithTheirRuntimeExpressions() {
        Object workflowId = api.read("GetWorkflowWorkflowId", "\"not a file\"");
        List<?> ids = List.of(api.read("GetWorkflowIdsItem", "0"), api.read("GetWorkflowIdsItem", "\"ABC\""));
        Object since = api.read("Cursor", "-1");

        assertThat(api.validateParameters("getWorkflow", "octo", workflowId, ids, since, null))
                .extracting(ScalarUnionsTest::describe).containsExactly(
                        "$request.path.workflow_id: \"not a file\" does not match the pattern ^[\\w.-]+\\.ya?ml$"
                                + " [pattern]",
                        "$request.query.ids[0]: 0 is below the minimum 1 [minimum]",
                        "$request.query.ids[1]: \"ABC\" does not match the pattern ^[a-z]+$ [pattern]",
                        "$request.query.since: -1 is below the minimum 0 [minimum]");
        assertThat(api.validateParameters("getWorkflow", "octo", api.read("GetWorkflowWorkflowId", "42"), null, null,
                null)).isEmpty();
    }

    @Test
    void jackson2ReadsAndWritesThemAlike() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(api.load("View").getClassLoader());
        try {
            Object view = jackson2.readValue(VIEW, api.load("View"));
            assertThat(jackson2.writeValueAsString(view)).isEqualTo(VIEW);
            assertThat(Json.MAPPER.writeValueAsString(view)).isEqualTo(VIEW);
            assertThatThrownBy(() -> jackson2.readValue("{\"id\":false}", api.load("View")))
                    .hasMessageContaining("Cannot read a ViewId from a JSON boolean (false): expected an integer or a"
                            + " string");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void aNullAlternativeMakesAUnionOfScalarsNullable() {
        var model = Specgen.read(TestSpecs.resource("schemas-3.1.yaml")).model();
        Property revision = ((RecordType) model.type("Event").orElseThrow()).properties().stream()
                .filter(p -> p.jsonName().equals("revision")).findFirst().orElseThrow();
        assertThat(revision.nullable()).isTrue();
        assertThat(((ScalarUnionType) model.type("EventRevision").orElseThrow()).alternatives())
                .extracting(Alternative::javaName).containsExactly("OfInteger", "OfString");
    }

    private static String describe(Violation violation) {
        return violation.path() + ": " + violation.message() + " [" + violation.rule().id() + "]";
    }
}
