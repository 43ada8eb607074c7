package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import dev.specgen.core.testing.GeneratedClients;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client method names of operations: every operation keeps a blocking and a non-blocking method of its own. */
class OperationNamesTest {

    @TempDir
    Path dir;

    /**
     * GitHub's spec has {@code pulls/merge} and {@code pulls/merge-async}: the blocking methods keep the operations'
     * names, and the non-blocking flavour of {@code pullsMerge} takes the next free number.
     */
    @Test
    void anOperationNamedLikeAnothersNonBlockingMethodKeepsItsNameAndTheFlavourIsNumbered() throws IOException {
        Path spec = Files.writeString(dir.resolve("merge.yaml"), """
                openapi: 3.0.3
                info: {title: Merges, version: '1'}
                paths:
                  /merge:
                    put:
                      operationId: pulls/merge
                      responses: {'204': {description: merged}}
                  /merge-async:
                    put:
                      operationId: pulls/merge-async
                      responses: {'204': {description: queued}}
                  /merge-async-2:
                    put:
                      operationId: pullsMergeAsync2
                      responses: {'204': {description: taken already}}
                """);

        ApiModel model = Specgen.read(spec).model();

        assertThat(model.operations().stream()
                .collect(Collectors.toMap(Operation::operationId, op -> op.javaName() + " " + op.asyncJavaName())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "pulls/merge", "pullsMerge pullsMergeAsync3",
                        "pulls/merge-async", "pullsMergeAsync pullsMergeAsyncAsync",
                        "pullsMergeAsync2", "pullsMergeAsync2 pullsMergeAsync2Async"));
        GeneratedClients clients = GeneratedClients.compile(spec, "com.example.merges");
        assertThat(Arrays.stream(clients.type("MergesClient").getMethods())
                .map(Method::getName).filter(name -> name.startsWith("pulls")).sorted())
                .containsExactly("pullsMerge", "pullsMergeAsync", "pullsMergeAsync2", "pullsMergeAsync2Async",
                        "pullsMergeAsync3", "pullsMergeAsyncAsync");
    }
}
