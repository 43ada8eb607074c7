package dev.specgen.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes to unions of scalars, reported with the existing rules: an alternative added or removed is a
 * {@code oneOf}/{@code anyOf} variant added or removed; a scalar that became a union (or a union that became a
 * scalar) is a generalized (specialized) type, as a plain JSON value that became one is a specialized type; an
 * alternative's kind, constraints and listed values are compared as those of any scalar. Each spec here sends the
 * schema ({@code PUT} body), receives it ({@code GET} response) and takes it as a path parameter.
 */
class ScalarUnionDiffTest {

    private static final DiffEngine ENGINE = new DiffEngine(DiffConfig.defaults());

    @TempDir
    Path dir;

    @Test
    void anAlternativeAddedOrRemovedIsAVariantAddedOrRemoved() throws IOException {
        List<String> changes = diff("oneOf: [{type: integer}, {type: string}]",
                "oneOf: [{type: integer}, {type: string}, {type: boolean}]");

        assertThat(changes).containsExactlyInAnyOrder(
                "request-property-one-of-added INFO path parameter 'id' | The oneOf variant GetThingsIdId.OfBoolean was"
                        + " added. | sealed interface GetThingsIdId permits the new record GetThingsIdId.OfBoolean",
                "request-property-one-of-added INFO request body application/json $.key | The oneOf variant"
                        + " ThingKey.OfBoolean was added. | sealed interface ThingKey permits the new record"
                        + " ThingKey.OfBoolean",
                "response-property-one-of-added ERR response 200 application/json $.key | The oneOf variant"
                        + " ThingKey.OfBoolean was added. | sealed interface ThingKey permits the new record"
                        + " ThingKey.OfBoolean");
        assertThat(diff("anyOf: [{type: integer}, {type: string}, {type: boolean}]",
                "anyOf: [{type: integer}, {type: string}]")).extracting(ScalarUnionDiffTest::rule)
                .containsExactlyInAnyOrder("request-property-any-of-removed ERR", "request-property-any-of-removed ERR",
                        "response-property-any-of-removed INFO");
    }

    @Test
    void aScalarThatBecameAUnionWasGeneralized() throws IOException {
        List<String> changes = diff("{type: integer, maximum: 10}",
                "oneOf: [{type: integer, maximum: 10}, {type: string}]");

        // The integer's maximum stays on the union's integer alternative: no max-unset. The unions are new classes.
        assertThat(changes).extracting(ScalarUnionDiffTest::rule).containsExactlyInAnyOrder(
                "api-schema-added INFO", "api-schema-added INFO", "request-parameter-type-generalized INFO", "request-property-type-generalized INFO",
                "response-property-type-generalized ERR");
        assertThat(changes).anySatisfy(c -> assertThat(c).isEqualTo("response-property-type-generalized ERR response"
                + " 200 application/json $.key | The type was widened from integer (int64) to union ThingKey of integer"
                + " (int64), string. | Thing.key changes type from Long to ThingKey"));
        assertThat(diff("oneOf: [{type: integer}, {type: string}]", "{type: integer}"))
                .filteredOn(c -> !c.startsWith("api-schema-")).extracting(ScalarUnionDiffTest::rule).containsExactlyInAnyOrder(
                        "request-parameter-type-specialized ERR", "request-property-type-specialized ERR",
                        "response-property-type-specialized INFO");
        assertThat(diff("{type: boolean}", "oneOf: [{type: integer}, {type: string}]"))
                .filteredOn(c -> !c.startsWith("api-schema-")).extracting(ScalarUnionDiffTest::rule).containsExactlyInAnyOrder(
                        "request-parameter-type-changed ERR", "request-property-type-changed ERR",
                        "response-property-type-changed ERR");
    }

    @Test
    void aPlainJsonValueThatBecameAUnionOfScalarsWasSpecialized() throws IOException {
        assertThat(diff("oneOf: [{type: integer}, {type: integer, minimum: 100}]",
                "oneOf: [{type: integer}, {type: string}]")).extracting(ScalarUnionDiffTest::rule)
                .containsExactlyInAnyOrder("api-schema-added INFO", "api-schema-added INFO",
                        "request-parameter-type-specialized ERR", "request-property-type-specialized ERR",
                        "response-property-type-specialized INFO");
    }

    @Test
    void anAlternativesConstraintsKindAndListedValuesAreComparedAsAScalars() throws IOException {
        List<String> changes = diff("oneOf: [{type: integer, format: int32}, {type: string, enum: [asc, desc]}]",
                "oneOf: [{type: integer, format: int64, maximum: 99}, {type: string, enum: [asc, desc, up]}]");

        assertThat(changes).filteredOn(c -> c.contains("$.key")).containsExactlyInAnyOrder(
                "request-property-enum-value-added INFO request body application/json $.key | The enum value 'up' was"
                        + " added. | the generated validator accepts 'up' in ThingKey.OfString",
                "request-property-max-set WARN request body application/json $.key | maximum 99 was set. | the"
                        + " generated validator checks maximum 99 on ThingKey.OfInteger",
                "request-property-type-generalized INFO request body application/json $.key | The type was widened"
                        + " from integer (int32) to integer (int64). | none: ThingKey.OfInteger stays long",
                "response-property-enum-value-added WARN response 200 application/json $.key | The enum value 'up' was"
                        + " added. | the generated validator accepts 'up' in ThingKey.OfString",
                "response-property-max-set INFO response 200 application/json $.key | maximum 99 was set. | the"
                        + " generated validator checks maximum 99 on ThingKey.OfInteger",
                "response-property-type-generalized ERR response 200 application/json $.key | The type was widened"
                        + " from integer (int32) to integer (int64). | none: ThingKey.OfInteger stays long");
    }

    @Test
    void anAlternativeThatStartsListingValuesBecameAnEnum() throws IOException {
        assertThat(diff("oneOf: [{type: integer}, {type: string}]",
                "oneOf: [{type: integer}, {type: string, enum: [a]}]")).extracting(ScalarUnionDiffTest::rule)
                .containsExactlyInAnyOrder("request-parameter-became-enum ERR", "request-property-became-enum ERR",
                        "response-property-type-specialized INFO");
    }

    @Test
    void reorderedAlternativesAreNoChange() throws IOException {
        assertThat(diff("oneOf: [{type: integer}, {type: string}]", "oneOf: [{type: string}, {type: integer}]"))
                .isEmpty();
    }

    /** The changes from a spec whose {@code key} schema is {@code before} to one where it is {@code after}. */
    private List<String> diff(String before, String after) throws IOException {
        ApiModel older = Specgen.read(spec("before.yaml", before)).model();
        ApiModel newer = Specgen.read(spec("after.yaml", after)).model();
        return ENGINE.diff(older, newer).stream()
                .map(c -> c.id() + " " + c.level() + " " + c.location() + " | " + c.message() + " | " + c.javaImpact())
                .toList();
    }

    private static String rule(String change) {
        String[] words = change.split(" ", 3);
        return words[0] + " " + words[1];
    }

    private Path spec(String name, String keySchema) throws IOException {
        String schema = keySchema.startsWith("{") ? keySchema : "{" + keySchema + "}";
        return Files.writeString(dir.resolve(name), """
                openapi: 3.0.3
                info: {title: Things, version: '1'}
                paths:
                  /things/{id}:
                    get:
                      parameters:
                        - {name: id, in: path, required: true, schema: %1$s}
                      responses:
                        '200':
                          description: the thing
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Thing'}
                    put:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      requestBody:
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Thing'}
                      responses:
                        '204': {description: stored}
                components:
                  schemas:
                    Thing:
                      type: object
                      properties:
                        key: %1$s
                """.formatted(schema));
    }
}
