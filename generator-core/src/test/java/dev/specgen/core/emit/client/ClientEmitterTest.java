package dev.specgen.core.emit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.GeneratorOptions;
import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client emitter generates, beyond the golden files of the task APIs. */
class ClientEmitterTest {

    @Test
    void clientsAreNamedAfterTheProductElseTheTitle() {
        assertThat(clientName("cs-describe-task-info.yaml")).isEqualTo("CsClient");
        assertThat(clientName("eflo-controller-describe-task.yaml")).isEqualTo("EfloControllerClient");
        assertThat(clientName("bdrc-describe-task.yaml")).isEqualTo("BdrcClient");
        assertThat(Specgen.read(TestSpecs.resource("client.yaml")).model().clientNames().clientName())
                .isEqualTo("PetStoreClient");
        assertThat(Specgen.read(TestSpecs.resource("constructs.yaml")).model().clientNames().clientName())
                .isEqualTo("ConstructsClient");
    }

    @Test
    void requestClassesNeverTakeAModelTypesName() {
        ApiModel eflo = Specgen.read(TestSpecs.repoRoot().resolve("specs/eflo-controller-describe-task.yaml")).model();
        assertThat(eflo.type("DescribeTaskRequest")).isPresent();
        assertThat(eflo.clientNames().requestTypeName("DescribeTask")).isEqualTo("DescribeTaskRequest2");
    }

    @Test
    void theNameCanBeOverriddenButNotWithAModelTypesName() {
        ApiModel model = bdrc();
        GeneratorOptions options = GeneratorOptions.of("com.example.bdrc");

        List<GeneratedFile> files = Specgen.emit(model, options.withClient(options.client().withClassName("Tasks")));
        assertThat(files).extracting(GeneratedFile::relativePath)
                .contains("com/example/bdrc/Tasks.java", "com/example/bdrc/Tasks.md");
        assertThatThrownBy(() -> Specgen.emit(model, options.withClient(options.client().withClassName("TaskData"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'TaskData' is already the name of a model type");
        assertThatThrownBy(() -> options.client().withClassName("not a name"))
                .hasMessageContaining("is not a valid Java class name");
    }

    @Test
    void clientsCanBeSwitchedOff() {
        assertThat(Specgen.emit(bdrc(), GeneratorOptions.of("p").withClients(false)))
                .extracting(GeneratedFile::relativePath).noneMatch(path -> path.contains("Client"));
    }

    @Test
    void everyShapeOfInputAndOutputCompiles() {
        GeneratedClients clients = GeneratedClients.compile(TestSpecs.resource("client.yaml"), "com.example.pets");
        String client = clients.file("PetStoreClient.java");

        assertThat(client)
                .contains("public List<Pet> listPets(String ownerId, String xTraceId)")
                .contains("public CompletableFuture<List<Pet>> listPetsAsync(ListPetsRequest request)")
                .contains(".returns(new JsonType<List<Pet>>() {}, items -> Violations.eachItem(items,"
                        + " PetValidator::validate))")
                .contains(".returns(new JsonType<Map<String, Pet>>() {});") // no validator of a map
                .contains(".queryParameter(\"ids\", request.ids(), ParameterStyle.FORM, false)")
                .contains(".queryParameter(\"tags\", request.tags())")
                .contains(".jsonBody(body, \"application/json\", PetValidator::validate)")
                .contains(".parametersValidatedBy(() -> ParameterValidation.addPet(ownerId))")
                .contains(".build(), FormStyle.OPENAPI, SearchFormValidator::validate)")
                .contains("public void deletePet(Long petId)")
                .contains("@Deprecated")
                .contains("public byte[] getPhoto(Long petId)")
                .contains("public String health()")
                .contains(".formBody(SearchForm.builder()")
                .contains("FormStyle.OPENAPI")
                .contains(".idempotent(true)")
                .doesNotContain("acs3Signed");
        assertThat(clients.file("ListPetsRequest.java"))
                .contains("public static Builder builder(String ownerId, String xTraceId)");
        assertThat(clients.file("SearchRequest.java")).contains("public static Builder builder(String q)");
    }

    @Test
    void withoutValidatorsEveryShapeCompilesAndNamesNoValidator() {
        GeneratedClients clients = GeneratedClients.compile(TestSpecs.resource("client.yaml"),
                GeneratorOptions.of("com.example.pets").withValidators(false));
        String client = clients.file("PetStoreClient.java");

        assertThat(client)
                .contains(".returns(new JsonType<List<Pet>>() {});")
                .contains(".jsonBody(body, \"application/json\")")
                .contains(".build(), FormStyle.OPENAPI)")
                .doesNotContain("validat")
                .doesNotContain("Validat");
    }

    @Test
    void requestClassesHideHeaderValuesInToString() throws Throwable {
        GeneratedClients clients = GeneratedClients.compile(TestSpecs.resource("client.yaml"), "com.example.pets");
        Object builder = GeneratedClients.call(clients.type("ListPetsRequest"), "builder", "o-1", "trace-secret");
        GeneratedClients.call(builder, "xApiKey", "key-secret");
        GeneratedClients.call(builder, "limit", 5);

        String text = GeneratedClients.call(builder, "build").toString();

        assertThat(text).contains("ownerId=o-1").contains("limit=5").contains("xApiKey=***").contains("xTraceId=***")
                .doesNotContain("secret");
        assertThatThrownBy(() -> GeneratedClients.call(clients.type("ListPetsRequest"), "builder", null, "t"))
                .isInstanceOf(NullPointerException.class).hasMessage("ownerId");
    }

    @Test
    void headerValuesWithLineBreaksAreRefusedBeforeAnythingIsSent() throws Throwable {
        GeneratedClients clients = GeneratedClients.compile(TestSpecs.resource("client.yaml"), "com.example.pets");
        Object builder = GeneratedClients.call(clients.type("PetStoreClient"), "builder");
        // Nothing listens on port 1: a request that got as far as sending would fail differently.
        GeneratedClients.call(builder, "endpoint", java.net.URI.create("http://127.0.0.1:1"));
        try (AutoCloseable client = (AutoCloseable) GeneratedClients.call(builder, "build")) {
            assertThatThrownBy(() -> GeneratedClients.call(client, "listPets", "o-1", "t\r\nX-Injected: yes"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("header 'X-Trace-Id' contains a line break")
                    .hasMessageNotContaining("X-Injected");
            assertThatThrownBy(() -> GeneratedClients.call(client, "deletePet", (Object) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("petId");
        }
    }

    @Test
    void theTestSpecsClientsCompile() {
        for (String spec : List.of("constructs.yaml", "naming.yaml", "hostile-docs.yaml", "lint.yaml")) {
            List<GeneratedFile> files = Specgen.emit(Specgen.read(TestSpecs.resource(spec)).model(), "com.example.t");
            CompiledSources compiled = CompiledSources.compile(files);
            assertThat(compiled.problems()).as(spec).isEmpty();
            assertThat(files).extracting(GeneratedFile::relativePath).anyMatch(path -> path.endsWith("Client.java"));
        }
    }

    @Test
    void theUsagePageIsRenderedFromAnOverridableTemplate(@TempDir Path dir) throws IOException {
        GeneratorOptions options = GeneratorOptions.of("com.example.bdrc");
        Path template = dir.resolve("page.mustache");
        Files.writeString(template, "# {{clientName}} <{{#operations}}{{methodName}} {{method}} {{path}}{{/operations}}>\n");

        String page = page(Specgen.emit(bdrc(), options.withClient(options.client().withUsageTemplate(template))));

        assertThat(page).isEqualTo("# BdrcClient <describeTask GET /api/v1/tasks/{TaskId}>\n");
        assertThat(page(Specgen.emit(bdrc(), options))).startsWith("# BdrcClient\n")
                .contains("client.describeTask(\"t-0004d9ctt1ii********\")");
    }

    @Test
    void theUsagePageCallsAMethodThatReturnsNothingWithoutAssigningIt() {
        ApiModel model = Specgen.read(TestSpecs.resource("operations.yaml")).model();

        String page = page(Specgen.emit(model, GeneratorOptions.of("com.example.ops")));

        assertThat(page).contains("\nclient.deleteThingsId(").doesNotContain("Void result").doesNotContain("void result");
    }

    private static ApiModel bdrc() {
        return Specgen.read(TestSpecs.repoRoot().resolve("specs/bdrc-describe-task.yaml")).model();
    }

    private static String page(List<GeneratedFile> files) {
        return files.stream().filter(f -> f.relativePath().endsWith(".md")).findFirst().orElseThrow().content();
    }

    private static String clientName(String spec) {
        return Specgen.read(TestSpecs.repoRoot().resolve("specs").resolve(spec)).model().clientNames().clientName();
    }
}
