package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.TypeRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Response examples that refer to {@code components/examples} (most of GitHub's do) are collected like inline ones,
 * located where their value is, so that {@code specgen check} validates them against the response's type.
 */
class ReferencedExamplesTest {

    @TempDir
    Path dir;

    @Test
    void anExampleInComponentsIsReadWhereItIs() throws IOException {
        Path spec = Files.writeString(dir.resolve("refs.yaml"), """
                openapi: 3.0.3
                info: {title: Refs, version: '1'}
                paths:
                  /user:
                    get:
                      operationId: getUser
                      responses:
                        '200':
                          description: the user
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/User'}
                              examples:
                                default: {$ref: '#/components/examples/user'}
                                broken: {$ref: '#/components/examples/user-without-login'}
                components:
                  schemas:
                    User:
                      type: object
                      required: [login]
                      properties: {login: {type: string}, id: {type: integer}}
                  examples:
                    user: {value: {login: octocat, id: 1}}
                    user-without-login: {value: {id: 2}}
                """);

        var model = Specgen.read(spec).model();

        assertThat(model.examples()).extracting(e -> e.location().pointer(), ExampleUse::type)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/components/examples/user/value",
                                new TypeRef.Named("User")),
                        org.assertj.core.groups.Tuple.tuple("/components/examples/user-without-login/value",
                                new TypeRef.Named("User")));
        assertThat(model.examples()).filteredOn(e -> e.location().pointer().contains("/user/"))
                .singleElement().extracting(ExampleUse::value).isEqualTo(new JsonValue.JsonObject(Map.of(
                        "login", new JsonValue.JsonString("octocat"),
                        "id", new JsonValue.JsonNumber(java.math.BigDecimal.ONE))));
        assertThat(Specgen.check(spec).findings()).extracting(d -> d.location().pointer())
                .contains("/components/examples/user-without-login/value");
    }
}
