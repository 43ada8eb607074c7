package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading without examples (what the diff does, for speed) gives the same model as reading with them,
 * examples aside: pruning the document before Swagger Parser sees it removes nothing else.
 */
class SkippedExamplesTest {

    static Stream<Path> specs() {
        List<Path> specs = new ArrayList<>(TestSpecs.taskApiSpecs());
        for (String name : List.of("constructs.yaml", "naming.yaml", "hostile-docs.yaml", "lint.yaml")) {
            specs.add(TestSpecs.resource(name));
        }
        return specs.stream();
    }

    private static ApiModel read(Path spec, ApiModelReader.Examples examples) {
        return new ApiModelReader(examples).read(spec).model();
    }

    /** The model as it is read with examples, minus the examples. */
    private static ApiModel withoutExamples(ApiModel model) {
        return new ApiModel(model.info(), model.types(), model.operations(), List.of(), model.renames(),
                model.clientNames(), model.securitySchemes());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theModelIsTheSameButForTheExamples(Path spec) {
        ApiModel withExamples = read(spec, ApiModelReader.Examples.COLLECT);
        ApiModel skipped = read(spec, ApiModelReader.Examples.SKIP);

        assertThat(skipped.examples()).isEmpty();
        assertThat(skipped).isEqualTo(withoutExamples(withExamples));
    }

    @Test
    void namesThatLookLikeKeywordsAreKept(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("keywords.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                info: {title: t, version: '1', x-meta: {owner: me}}
                paths:
                  /examples:
                    get:
                      operationId: getExamples
                      x-github: {category: tasks}
                      x-acs-action: GetExamples
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/examples'}
                              examples: {one: {value: {example: 1}}}
                components:
                  schemas:
                    examples:
                      type: object
                      example: {example: 1}
                      properties:
                        example: {type: integer, example: 3}
                        examples: {$ref: '#/components/schemas/example'}
                    example:
                      type: string
                      enum: [a, b]
                      x-enum-varnames: [ALPHA, BRAVO]
                  examples:
                    one: {value: 1}
                """);

        ApiModel skipped = read(spec, ApiModelReader.Examples.SKIP);

        assertThat(skipped.types()).extracting(TypeDef::specName).containsExactly("example", "examples");
        assertThat(((EnumType) skipped.types().get(0)).constants()).extracting(EnumType.EnumConstant::javaName)
                .containsExactly("ALPHA", "BRAVO");
        assertThat(skipped.operations().get(0).extensions()).containsEntry("x-acs-action", "GetExamples");
        assertThat(skipped).isEqualTo(withoutExamples(read(spec, ApiModelReader.Examples.COLLECT)));
    }
}
