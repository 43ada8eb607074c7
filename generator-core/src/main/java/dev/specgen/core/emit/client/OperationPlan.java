package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import dev.specgen.core.model.Operation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the client emitters need about one operation, decided once.
 *
 * @param constant the name of the {@code ApiOperation} constant, e.g. {@code DESCRIBE_TASK_INFO}
 * @param required the inputs that become method arguments, in order
 * @param optional the inputs that only the request class carries
 * @param requestType the request class, when the operation has optional inputs; else {@code null}
 * @param formRecord the model record of a form body taken field by field ({@code FORM_FIELD} inputs), or {@code null}
 * @param formStyle the {@code FormStyle} constant name for form bodies
 * @param parts the {@code MULTIPART_PART} inputs in the order of the schema's properties, which is the order the
 *     parts are sent in (the arguments put required ones first), with the content type the spec's {@code encoding}
 *     gives each
 * @param action the Alibaba Cloud action ({@code x-acs-action}), or {@code null}
 */
record OperationPlan(Operation operation, String constant, List<Input> required, List<Input> optional,
        @Nullable ClassName requestType, ResponsePlan response, boolean idempotent, @Nullable ClassName formRecord,
        String formStyle, @Nullable String action, List<Part> parts) {

    /** One part of a multipart body taken part by part. */
    record Part(Input input, @Nullable String contentType) {}

    OperationPlan {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        parts = List.copyOf(parts);
    }

    List<Input> inputs() {
        List<Input> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    String methodName() {
        return operation.javaName();
    }

    String asyncMethodName() {
        return operation.asyncJavaName();
    }
}
