package com.example.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.tasks.bdrc.DescribeTaskResponse;
import com.example.tasks.cs.DescribeTaskInfoResponse;
import com.example.tasks.cs.DescribeTaskInfoResponseState;
import com.example.tasks.eflo.TaskStepStageTag;
import com.example.tasks.eflo.TaskType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The vendor pages' sample responses, read through the generated models as an application would. */
class PageSamplesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void containerServiceTaskInfo() throws IOException {
        DescribeTaskInfoResponse task = read("cs-describe-task-info.json", DescribeTaskInfoResponse.class);

        assertEquals("T-5faa48fb31b6b8078d000006", task.taskId());
        assertEquals(DescribeTaskInfoResponseState.Value.RUNNING, task.state().known());
        assertEquals(Instant.parse("2020-11-10T08:02:04Z"), task.created().toInstant().orElseThrow());
        // The page's loose stage times still parse: "2022-12-15 23:00:00" is read as UTC.
        assertEquals(Instant.parse("2022-12-15T23:00:00Z"),
                task.stages().get(0).startTime().toInstant().orElseThrow());
        assertEquals(1, task.parameters().get("test2"));
    }

    @Test
    void paiLingjunTask() throws IOException {
        com.example.tasks.eflo.DescribeTaskResponse task =
                read("eflo-describe-task.json", com.example.tasks.eflo.DescribeTaskResponse.class);

        assertEquals(TaskType.CUT_CLUSTER, task.taskType());
        assertEquals(TaskStepStageTag.NODE_SCALE_IN, task.steps().get(0).stageTag());
        assertEquals(TaskType.CUT_NODE_SUB_TASK, task.steps().get(0).subTasks().get(0).taskType());
        // "2022-11-30T2:00:00.852Z" has a one-digit hour; it reads all the same.
        assertEquals(Instant.parse("2022-11-30T02:00:00.852Z"),
                task.steps().get(0).startTime().toInstant().orElseThrow());
    }

    @Test
    void backupCenterTask() throws IOException {
        DescribeTaskResponse task = read("bdrc-describe-task.json", DescribeTaskResponse.class);

        assertEquals(100, task.data().progress());
        assertEquals(1724983927L, task.data().startTime());
        assertEquals("14DFF801-A4E3-5136-AAB8-7D246012CD7A", task.requestId());
    }

    @Test
    void aStateNoPageListsStillReads() throws IOException {
        DescribeTaskInfoResponse task = json.readValue("{\"state\":\"paused\"}", DescribeTaskInfoResponse.class);

        assertFalse(task.state().isKnown());
        assertEquals("paused", task.state().value());
        assertTrue(json.writeValueAsString(task).contains("\"paused\""));
    }

    private <T> T read(String resource, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            return json.readValue(in, type);
        }
    }
}
