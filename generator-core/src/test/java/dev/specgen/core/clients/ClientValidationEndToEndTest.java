package dev.specgen.core.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.validation.ResponseValidation;
import dev.specgen.runtime.validation.Rule;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.runtime.validation.Violation;
import dev.specgen.standin.RecordedRequest;
import dev.specgen.standin.StandInService;
import dev.specgen.standin.TaskApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated clients validate what they send and what they receive with the generated validators: an invalid
 * request is refused before anything reaches the stand-in; an invalid response is logged (WARN, the default) or
 * refused (STRICT).
 */
class ClientValidationEndToEndTest {

    private static final StandInService STAND_IN = StandInService.start();

    @BeforeEach
    void reset() {
        STAND_IN.reset();
    }

    @AfterAll
    static void stop() {
        STAND_IN.close();
    }

    /** Where each spec's task id is, as the violation names it (a path parameter, or a field of the form body). */
    private static String taskIdPath(TaskApi api) {
        return switch (api) {
            case CS -> "$request.path.task_id";
            case EFLO_CONTROLLER -> "$request.body.TaskId";
            case BDRC -> "$request.path.TaskId";
        };
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void anEmptyTaskIdIsRefusedAndNothingIsSent(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            assertThatThrownBy(() -> generated.call(client, ""))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.subject()).isEqualTo("request of " + api.action());
                        assertThat(e.violations()).extracting(Violation::path, Violation::rule)
                                .containsExactly(tuple(taskIdPath(api), Rule.MIN_LENGTH));
                        assertThat(e.getMessage()).contains(taskIdPath(api));
                    });
        }
        assertThat(STAND_IN.requests()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void anAsyncCallWithAnInvalidRequestReturnsAFailedFutureAndSendsNothing(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint())) {
            CompletableFuture<Object> call = generated.callAsync(client, "");

            assertThat(call).isCompletedExceptionally();
            assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly(taskIdPath(api)));
        }
        assertThat(STAND_IN.requests()).isEmpty();
    }

    @Test
    void withRequestValidationOffTheInvalidRequestIsSent() throws Throwable {
        TaskApiClient generated = TaskApiClient.of(TaskApi.EFLO_CONTROLLER);
        Object builder = generated.builder(STAND_IN.endpoint());
        GeneratedClients.call(builder, "requestValidation", false);
        try (AutoCloseable client = TaskApiClient.build(builder)) {
            // The service decides instead: the stand-in knows no task "".
            assertThatThrownBy(() -> generated.call(client, "")).isInstanceOf(ApiException.class);
        }
        assertThat(STAND_IN.requests()).singleElement()
                .satisfies(request -> assertThat(request.bodyText()).isEqualTo("TaskId="));
    }

    @Test
    void withoutGeneratedValidatorsTheClientCompilesAndValidatesNothing() throws Throwable {
        TaskApiClient unvalidated = TaskApiClient.of(TaskApi.EFLO_CONTROLLER, false);
        assertThat(unvalidated.clientSource()).doesNotContain("validation").doesNotContain("Validator");
        assertThat(unvalidated.generated.files()).noneMatch(f -> f.relativePath().contains("/validation/"));

        String invalid = sampleWith(TaskApi.EFLO_CONTROLLER, "\"TaskState\": \"running\",", "\"TaskState\": \"paused\",");
        STAND_IN.respondNext(1, 200, invalid);
        Object builder = unvalidated.builder(STAND_IN.endpoint());
        GeneratedClients.call(builder, "responseValidation", ResponseValidation.STRICT);
        try (AutoCloseable client = TaskApiClient.build(builder);
                CapturedWarnings warnings = new CapturedWarnings(unvalidated.loggerName())) {
            assertThat(unvalidated.call(client, unvalidated.knownTaskId()))
                    .isEqualTo(unvalidated.read(invalid.getBytes(StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> unvalidated.call(client, "")).isInstanceOf(ApiException.class);
            assertThat(warnings.messages()).isEmpty();
        }
        assertThat(STAND_IN.requests()).hasSize(2);
    }

    @Test
    void anUnlistedEnumValueIsReturnedAndLoggedOnceByDefault() throws Throwable {
        TaskApiClient generated = TaskApiClient.of(TaskApi.CS);
        String invalid = sampleWith(TaskApi.CS, "\"state\": \"running\",", "\"state\": \"paused\",");
        STAND_IN.respondNext(1, 200, invalid);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint());
                CapturedWarnings warnings = new CapturedWarnings(generated.loggerName())) {
            Object response = generated.call(client, generated.knownTaskId());

            assertThat(response).isEqualTo(generated.read(invalid.getBytes(StandardCharsets.UTF_8)));
            assertThat(warnings.messages()).singleElement().satisfies(message -> {
                assertThat(message).startsWith("response of DescribeTaskInfo is invalid: 3 violations");
                assertThat(message).contains("$.state: \"paused\" is not one of the listed values")
                        .contains("$.stages[0].start_time").contains("$.stages[0].end_time");
            });
        }
    }

    @Test
    void anUnlistedEnumValueFailsTheCallInStrictMode() throws Throwable {
        TaskApiClient generated = TaskApiClient.of(TaskApi.CS);
        String invalid = sampleWith(TaskApi.CS, "\"state\": \"running\",", "\"state\": \"paused\",");
        STAND_IN.respondNext(2, 200, invalid);
        Object builder = generated.builder(STAND_IN.endpoint());
        GeneratedClients.call(builder, "responseValidation", ResponseValidation.STRICT);
        try (AutoCloseable client = TaskApiClient.build(builder)) {
            assertThatThrownBy(() -> generated.call(client, generated.knownTaskId()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.subject()).isEqualTo("response of DescribeTaskInfo");
                        assertThat(e.violations()).filteredOn(v -> v.rule() == Rule.ENUM)
                                .extracting(Violation::path, Violation::value)
                                .containsExactly(tuple("$.state", "\"paused\""));
                    });
            CompletableFuture<Object> call = generated.callAsync(client, generated.knownTaskId());
            assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(ValidationException.class);
        }
        assertThat(STAND_IN.requests()).hasSize(2); // an invalid answer is not asked for again
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void thePagesSamplesFailInStrictModeWithExactlyTheirLooseDates(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        Object builder = generated.builder(STAND_IN.endpoint());
        GeneratedClients.call(builder, "responseValidation", ResponseValidation.STRICT);
        List<String> looseDates = looseDates(api);
        try (AutoCloseable client = TaskApiClient.build(builder)) {
            if (looseDates.isEmpty()) {
                assertThat(generated.call(client, generated.knownTaskId())).isEqualTo(generated.sample());
                return;
            }
            assertThatThrownBy(() -> generated.call(client, generated.knownTaskId()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).extracting(Violation::path)
                                .containsExactlyElementsOf(looseDates);
                        assertThat(e.violations()).extracting(Violation::rule).containsOnly(Rule.FORMAT);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TaskApi.class)
    void thePagesSamplesAreReturnedWithAWarningOfTheirLooseDatesByDefault(TaskApi api) throws Throwable {
        TaskApiClient generated = TaskApiClient.of(api);
        try (AutoCloseable client = generated.client(STAND_IN.endpoint());
                CapturedWarnings warnings = new CapturedWarnings(generated.loggerName())) {
            assertThat(generated.call(client, generated.knownTaskId())).isEqualTo(generated.sample());

            List<String> looseDates = looseDates(api);
            if (looseDates.isEmpty()) {
                assertThat(warnings.messages()).isEmpty();
            } else {
                assertThat(warnings.messages()).singleElement().satisfies(message -> {
                    assertThat(message).startsWith("response of " + api.action() + " is invalid: "
                            + looseDates.size() + " violations");
                    looseDates.forEach(path -> assertThat(message).contains("\n  " + path + ": "));
                });
            }
        }
    }

    @Test
    void responseValidationOffNeitherLogsNorFails() throws Throwable {
        TaskApiClient generated = TaskApiClient.of(TaskApi.CS);
        Object builder = generated.builder(STAND_IN.endpoint());
        GeneratedClients.call(builder, "responseValidation", ResponseValidation.OFF);
        try (AutoCloseable client = TaskApiClient.build(builder);
                CapturedWarnings warnings = new CapturedWarnings(generated.loggerName())) {
            assertThat(generated.call(client, generated.knownTaskId())).isEqualTo(generated.sample());
            assertThat(warnings.messages()).isEmpty();
        }
    }

    /** The loose dates of each page's sample, as specs/README.md records them. */
    private static List<String> looseDates(TaskApi api) {
        return switch (api) {
            case CS -> List.of("$.stages[0].end_time", "$.stages[0].start_time"); // in the order of the names
            case EFLO_CONTROLLER -> List.of("$.Steps[0].StartTime", "$.Steps[0].SubTasks[0].CreateTime");
            case BDRC -> List.of();
        };
    }

    private static String sampleWith(TaskApi api, String from, String to) {
        String sample = new String(api.sampleResponse(), StandardCharsets.UTF_8);
        String changed = sample.replace(from, to);
        assertThat(changed).isNotEqualTo(sample);
        return changed;
    }
}
