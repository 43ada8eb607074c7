package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.testing.GeneratedClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Swagger 2.0 operations reach the client through the parser's converter: {@code collectionFormat} becomes a
 * style, {@code formData} parameters with a {@code file} become a multipart body with a {@code FilePart}.
 */
class Swagger2OperationsTest {

    @TempDir
    Path temp;

    @Test
    void collectionFormatsAndFileUploadsBecomeStylesAndParts() throws IOException {
        Path spec = temp.resolve("swagger.yaml");
        Files.writeString(spec, """
                swagger: '2.0'
                info: {title: Files, version: '1'}
                host: files.example.com
                paths:
                  /files:
                    get:
                      operationId: listFiles
                      parameters:
                        - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: pipes}
                        - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: multi}
                        - {name: kinds, in: query, type: array, items: {type: string}, collectionFormat: csv}
                      responses: {'204': {description: none}}
                    post:
                      operationId: uploadFile
                      consumes: [multipart/form-data]
                      parameters:
                        - {name: file, in: formData, type: file, required: true}
                        - {name: note, in: formData, type: string}
                      responses: {'204': {description: none}}
                """);

        String client = GeneratedClients.compile(spec, "dev.specgen.e2e.swagger2").file("FilesClient.java");

        assertThat(client)
                .contains(".queryParameter(\"ids\", request.ids(), ParameterStyle.PIPE_DELIMITED, false)")
                .contains(".queryParameter(\"tags\", request.tags())")
                .contains(".queryParameter(\"kinds\", request.kinds(), ParameterStyle.FORM, false)")
                .contains("public void uploadFile(FilePart file)")
                .contains(".part(\"file\", request.file())")
                .contains(".part(\"note\", request.note())");
    }
}
