package com.example.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.tasks.bdrc.BdrcClient;
import com.example.tasks.cs.CsClient;
import com.example.tasks.cs.DescribeTaskInfoResponse;
import com.example.tasks.cs.DescribeTaskInfoResponseState;
import com.example.tasks.eflo.EfloControllerClient;
import com.example.tasks.eflo.TaskType;
import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.http.ApiException;
import dev.specgen.runtime.validation.Rule;
import dev.specgen.runtime.validation.ValidationException;
import dev.specgen.standin.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated clients, used as an application would, against a local stand-in of the three services
 * (loopback only) that checks each request's signature and answers with the pages' samples.
 */
class ClientsAgainstStandInTest {

    private static final StandInService SERVICE = StandInService.start();
    private static final Credentials CREDENTIALS =
            Credentials.of(StandInService.ACCESS_KEY_ID, StandInService.ACCESS_KEY_SECRET);

    @BeforeEach
    void reset() {
        SERVICE.reset();
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
    }

    @Test
    void containerServiceDescribeTaskInfo() {
        try (CsClient client = CsClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            DescribeTaskInfoResponse task = client.describeTaskInfo("T-5faa48fb31b6b8078d000006");

            assertEquals("c78592bfe92244365b3c3ad47f1de****", task.clusterId());
            assertEquals(DescribeTaskInfoResponseState.Value.RUNNING, task.state().known());
            assertEquals("DrainNodes", task.currentStage());
        }
        assertTrue(SERVICE.requests().get(0).signatureAccepted());
    }

    @Test
    void paiLingjunDescribeTask() {
        try (EfloControllerClient client =
                EfloControllerClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            com.example.tasks.eflo.DescribeTaskResponse task = client.describeTask("i156331731670384438138");

            assertEquals(TaskType.CUT_CLUSTER, task.taskType());
            assertEquals("Standard_Cluster", task.clusterName());
        }
    }

    @Test
    void backupCenterDescribeTask() {
        try (BdrcClient client = BdrcClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            com.example.tasks.bdrc.DescribeTaskResponse task = client.describeTask("t-0004d9ctt1ii12345678");

            assertEquals(100, task.data().progress());
        }
    }

    @Test
    void anInvalidRequestIsRefusedBeforeAnythingIsSent() {
        try (CsClient client = CsClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            ValidationException refused = assertThrows(ValidationException.class, () -> client.describeTaskInfo(""));

            assertEquals("$request.path.task_id", refused.violations().get(0).path());
            assertEquals(Rule.MIN_LENGTH, refused.violations().get(0).rule());
        }
        assertTrue(SERVICE.requests().isEmpty());
    }

    @Test
    void throttlingIsRetried() {
        SERVICE.throttleNext(1);
        try (CsClient client = CsClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            assertEquals("T-5faa48fb31b6b8078d000006", client.describeTaskInfo("T-5faa48fb31b6b8078d000006").taskId());
        }
        assertEquals(2, SERVICE.requests().size());
    }

    @Test
    void anUnknownTaskIsAnApiExceptionWithCodeAndRequestId() {
        try (BdrcClient client = BdrcClient.builder().endpoint(SERVICE.endpoint()).credentials(CREDENTIALS).build()) {
            ApiException error = assertThrows(ApiException.class, () -> client.describeTask("t-nope"));

            assertEquals(404, error.statusCode());
            assertTrue(error.errorCode().isPresent());
            assertTrue(error.requestId().isPresent());
        }
    }
}
