package dev.specgen.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.testing.TestSpecs;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first real case: the Container Service page between its two revisions (fields added to the response,
 * {@code fail} dropped from the task state, {@code initail} corrected to {@code initial}).
 */
class ContainerServiceDiffTest {

    private static ApiModel earlier;
    private static ApiModel current;

    @BeforeAll
    static void read() {
        earlier = Specgen.read(TestSpecs.repoRoot().resolve("specs/cs-describe-task-info-earlier.yaml")).model();
        current = Specgen.read(TestSpecs.repoRoot().resolve("specs/cs-describe-task-info.yaml")).model();
    }

    @Test
    void reportsExactlyWhatTheDocumentationChanged() {
        List<Change> changes = new DiffEngine(DiffConfig.defaults()).diff(earlier, current);

        assertThat(changes).extracting(Change::id, Change::level, Change::location).containsExactly(
                tuple("api-schema-added", Level.INFO, "/components/schemas/TaskError"),
                tuple("api-schema-added", Level.INFO, "/components/schemas/TaskEvent"),
                tuple("api-schema-added", Level.INFO, "/components/schemas/TaskStage"),
                tuple("api-schema-added", Level.INFO, "/components/schemas/TaskTarget"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.current_stage"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.error"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.events"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.parameters"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.stages"),
                tuple("response-property-enum-value-removed", Level.INFO, "response 200 application/json $.state"),
                tuple("response-optional-property-added", Level.INFO, "response 200 application/json $.target"),
                tuple("response-property-enum-value-added", Level.WARN,
                        "response 200 application/json $.task_result[*].status"),
                tuple("response-property-enum-value-removed", Level.INFO,
                        "response 200 application/json $.task_result[*].status"));
    }

    @Test
    void namesTheJavaElementsEachChangeTouches() {
        List<Change> changes = new DiffEngine(DiffConfig.defaults()).diff(earlier, current);

        assertThat(changes).extracting(Change::message, Change::javaImpact).contains(
                tuple("The enum value 'fail' was removed.", "enum constant DescribeTaskInfoResponseState.FAIL removed"),
                tuple("The enum value 'initail' was removed.", "enum constant TaskResultStatus.INITAIL removed"),
                tuple("The enum value 'initial' was added.", "enum constant TaskResultStatus.INITIAL added"),
                tuple("The optional property 'target' was added.",
                        "record component DescribeTaskInfoResponse.target (TaskTarget) added"));
        assertThat(changes).allSatisfy(change -> {
            if (change.operation() != null) {
                assertThat(change.operation().display()).isEqualTo("GET /tasks/{task_id}");
                assertThat(change.operation().javaName()).isEqualTo("describeTaskInfo");
            }
        });
    }

    @Test
    void goingBackIsTheMirrorImage() {
        List<Change> changes = new DiffEngine(DiffConfig.defaults()).diff(current, earlier);

        assertThat(changes).extracting(Change::id).containsOnly("api-schema-removed",
                "response-optional-property-removed", "response-property-enum-value-added",
                "response-property-enum-value-removed");
        assertThat(changes).filteredOn(c -> c.id().equals("response-optional-property-removed")).hasSize(6);
        assertThat(changes).filteredOn(c -> c.location().endsWith("$.state"))
                .extracting(Change::message).containsExactly("The enum value 'fail' was added.");
    }
}
