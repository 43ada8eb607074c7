package dev.specgen.standin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The three task APIs the stand-in serves, with what it checks and answers for each.
 *
 * <p><b>Known task ids</b> (answered with the page's sample; any other id gets a 404): the id that the page's
 * sample response or request example shows, and the id of the matching vector in {@code acs3-signature.md}.
 * Tests can make more ids known with {@link StandInService#registerTask}.
 */
public enum TaskApi {
    /** Container Service {@code DescribeTaskInfo}: ROA, {@code GET /tasks/{task_id}}, lower-case error keys. */
    CS("DescribeTaskInfo", "2015-12-15", "cs-describe-task-info.json", ErrorStyle.LOWER_CASE,
            List.of("T-5faa48fb31b6b8078d000006")),
    /**
     * PAI Lingjun {@code DescribeTask}: RPC, {@code POST /} with {@code x-acs-action: DescribeTask} and
     * {@code TaskId} in a form body (or, as the documentation's examples show, in the query).
     */
    EFLO_CONTROLLER("DescribeTask", "2022-12-15", "eflo-controller-describe-task.json", ErrorStyle.UPPER_CASE,
            List.of("i156331731670384438138")),
    /** Backup and Disaster Recovery Center {@code DescribeTask}: ROA, {@code GET /api/v1/tasks/{TaskId}}. */
    BDRC("DescribeTask", "2023-08-08", "bdrc-describe-task.json", ErrorStyle.UPPER_CASE,
            List.of("t-xxxxxxxx", "t-0004d9ctt1ii12345678"));

    /** How an API spells the keys of its error bodies. */
    enum ErrorStyle {
        /** {@code code}, {@code message}, {@code requestId}: Container Service. */
        LOWER_CASE,
        /** {@code RequestId}, {@code HostId}, {@code Code}, {@code Message}, {@code Recommend}: RPC and the gateway. */
        UPPER_CASE
    }

    private final String action;
    private final String version;
    private final String sampleResource;
    private final ErrorStyle errorStyle;
    private final List<String> knownTaskIds;

    TaskApi(String action, String version, String sampleResource, ErrorStyle errorStyle, List<String> knownTaskIds) {
        this.action = action;
        this.version = version;
        this.sampleResource = sampleResource;
        this.errorStyle = errorStyle;
        this.knownTaskIds = knownTaskIds;
    }

    /** The {@code x-acs-action} the API expects. */
    public String action() {
        return action;
    }

    /** The {@code x-acs-version} the API expects. */
    public String version() {
        return version;
    }

    /** The task ids the stand-in knows from the start. */
    public List<String> knownTaskIds() {
        return knownTaskIds;
    }

    ErrorStyle errorStyle() {
        return errorStyle;
    }

    /** The page's sample success response, byte for byte as the page shows it. */
    public byte[] sampleResponse() {
        try (InputStream in = TaskApi.class.getResourceAsStream("samples/" + sampleResource)) {
            if (in == null) {
                throw new IllegalStateException("the stand-in's sample " + sampleResource + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status the gateway answers a bad signature with: 400 for RPC-style APIs, 403 for ROA-style ones. */
    int signatureFailureStatus() {
        return this == EFLO_CONTROLLER ? 400 : 403;
    }
}
