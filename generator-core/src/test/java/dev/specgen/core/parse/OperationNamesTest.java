package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Rename;
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

    /** GitHub's spec has {@code pulls/merge} and {@code pulls/merge-async}: two methods named pullsMergeAsync. */
    @Test
    void anOperationNamedLikeAnothersNonBlockingMethodIsNumbered() throws IOException {
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

        Map<String, String> names = model.operations().stream()
                .collect(Collectors.toMap(Operation::operationId, Operation::javaName));
        assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of(
                "pulls/merge", "pullsMerge",
                "pulls/merge-async", "pullsMergeAsync3",
                "pullsMergeAsync2", "pullsMergeAsync2"));
        assertThat(model.renames()).extracting(Rename::specName, Rename::javaName, Rename::reason)
                .contains(org.assertj.core.groups.Tuple.tuple("pulls/merge-async", "pullsMergeAsync3",
                        "clashes with the non-blocking method of the operation named pullsMerge"));
        GeneratedClients clients = GeneratedClients.compile(spec, "com.example.merges");
        assertThat(Arrays.stream(clients.type("MergesClient").getMethods())
                .map(Method::getName).filter(name -> name.startsWith("pulls")).sorted())
                .containsExactly("pullsMerge", "pullsMergeAsync", "pullsMergeAsync2", "pullsMergeAsync2Async",
                        "pullsMergeAsync3", "pullsMergeAsync3Async");
    }
}
