package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build stage records about operations: styles, allowReserved, method names, result type names. */
class OperationTranslationTest {

    @TempDir
    Path temp;

    private ApiModelReader.Result read(String paths) throws IOException {
        Path spec = temp.resolve("api.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                """ + paths.indent(2));
        return Specgen.read(spec);
    }

    private static Operation operation(ApiModel model, String javaName) {
        return model.operations().stream().filter(o -> o.javaName().equals(javaName)).findFirst().orElseThrow();
    }

    @Test
    void aStyleNotAllowedInItsLocationFallsBackToTheDefaultWithAWarning() throws IOException {
        ApiModelReader.Result result = read("""
                /items/{id}:
                  get:
                    operationId: getItem
                    parameters:
                      - {name: id, in: path, required: true, style: form, schema: {type: string}}
                      - {name: q, in: query, style: matrix, schema: {type: string}}
                      - {name: next, in: query, allowReserved: true, schema: {type: string}}
                      - {name: f, in: query, style: deepObject, explode: true, schema: {type: object}}
                    responses: {'204': {description: none}}
                """);

        List<Operation.Parameter> parameters = operation(result.model(), "getItem").parameters();
        assertThat(parameters).extracting(Operation.Parameter::name, Operation.Parameter::style,
                        Operation.Parameter::explode, Operation.Parameter::allowReserved)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id", "simple", false, false),
                        org.assertj.core.groups.Tuple.tuple("f", "deepObject", true, false),
                        org.assertj.core.groups.Tuple.tuple("next", "form", true, true),
                        org.assertj.core.groups.Tuple.tuple("q", "form", true, false));
        assertThat(result.warnings()).filteredOn(d -> d.code().equals("parameter-style-not-allowed"))
                .extracting(Diagnostic::message, d -> d.location().pointer())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "style 'form' is not allowed for a path parameter; it is sent in style 'simple'",
                                "/paths/~1items~1{id}/get/parameters/0/style"),
                        org.assertj.core.groups.Tuple.tuple(
                                "style 'matrix' is not allowed for a query parameter; it is sent in style 'form'",
                                "/paths/~1items~1{id}/get/parameters/1/style"));
    }

    @Test
    void acceptContentTypeAndAuthorizationHeaderParametersAreIgnoredWithAWarning() throws IOException {
        ApiModelReader.Result result = read("""
                /items:
                  get:
                    operationId: listItems
                    parameters:
                      - {name: Accept, in: header, schema: {type: string}}
                      - {name: content-type, in: header, schema: {type: string}}
                      - {name: AUTHORIZATION, in: header, required: true, schema: {type: string}}
                      - {name: X-Trace, in: header, schema: {type: string}}
                    responses: {'204': {description: none}}
                """);

        assertThat(operation(result.model(), "listItems").parameters()).extracting(Operation.Parameter::name)
                .containsExactly("X-Trace");
        assertThat(result.warnings()).filteredOn(d -> d.code().equals("parameter-ignored")).hasSize(3)
                .allSatisfy(d -> assertThat(d.message()).contains("is ignored, as OpenAPI says"));
    }

    @Test
    void operationsWithoutIdsAndAsyncClashesGetDistinctDeterministicNames() throws IOException {
        ApiModelReader.Result result = read("""
                /a-b:
                  get: {responses: {'204': {description: none}}}
                /a_b:
                  get: {responses: {'204': {description: none}}}
                /list:
                  get: {operationId: list, responses: {'204': {description: none}}}
                /list-async:
                  get: {operationId: listAsync, responses: {'204': {description: none}}}
                """);

        assertThat(result.model().operations()).extracting(Operation::operationId, Operation::javaName,
                Operation::asyncJavaName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("get /a-b", "getAB", "getABAsync"),
                        org.assertj.core.groups.Tuple.tuple("get /a_b", "getAB2", "getAB2Async"),
                        org.assertj.core.groups.Tuple.tuple("list", "list", "listAsync2"),
                        org.assertj.core.groups.Tuple.tuple("listAsync", "listAsync", "listAsyncAsync"));
    }

    @Test
    void onlyOperationsWhoseSuccessBodiesDifferGetAResultTypeName() throws IOException {
        ApiModelReader.Result result = read("""
                /same:
                  put:
                    operationId: same
                    responses:
                      '200': {description: a, content: {application/json: {schema: {type: string}}}}
                      '201': {description: b, content: {application/json: {schema: {type: string}}}}
                      '204': {description: none}
                /different:
                  put:
                    operationId: different
                    responses:
                      '200': {description: a, content: {application/json: {schema: {type: string}}}}
                      '202': {description: b, content: {application/json: {schema: {type: integer}}}}
                """);

        assertThat(result.model().clientNames().resultTypeNames()).containsOnlyKeys("different")
                .containsEntry("different", "DifferentResult");
    }
}
