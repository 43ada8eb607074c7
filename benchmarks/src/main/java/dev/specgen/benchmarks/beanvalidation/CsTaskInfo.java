package dev.specgen.benchmarks.beanvalidation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Hand-written Bean Validation classes that mirror the schemas of {@code specs/cs-describe-task-info.yaml}
 * (DescribeTaskInfoResponse with its target, stages, events, results and error) constraint for
 * constraint: the enums as {@link Listed}, the date-times as {@link DateTime}, list items as
 * {@code @NotNull} (the items are not nullable), nested objects and list items as {@code @Valid}.
 */
public final class CsTaskInfo {

    private CsTaskInfo() {}

    /** {@code DescribeTaskInfoResponse}. */
    public record Response(
            String taskId,
            String clusterId,
            String taskType,
            @Listed({"running", "failed", "success"}) String state,
            @DateTime String created,
            @DateTime String updated,
            @Valid Target target,
            Map<String, Object> parameters,
            List<@NotNull @Valid Stage> stages,
            String currentStage,
            List<@NotNull @Valid Event> events,
            List<@NotNull @Valid Result> taskResult,
            @Valid Error error) {}

    /** {@code TaskTarget}. */
    public record Target(String id, String type) {}

    /** {@code TaskStage}. */
    public record Stage(String state, @DateTime String startTime, @DateTime String endTime, String message,
            Map<String, Object> outputs) {}

    /** {@code TaskEvent}. */
    public record Event(String action, String level, String message, String reason, String source, String timestamp) {}

    /** {@code TaskResult}. */
    public record Result(String data, @Listed({"success", "initial"}) String status) {}

    /** {@code TaskError}. */
    public record Error(String code, String message) {}
}
