package dev.specgen.core.emit.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the Markdown usage page template sees. Text is Markdown-ready: names and code as they are, spec text
 * as the spec writes it (OpenAPI descriptions are CommonMark).
 */
record UsagePage(String clientName, String packageName, String title, @Nullable String version,
        @Nullable String serverTemplate, boolean hasRegion, @Nullable String regionDefault, boolean acs3,
        boolean validated, List<Operation> operations, String firstMethod, String firstArguments) {

    /**
     * One operation's section.
     *
     * @param returnType the blocking method's return type; {@code null} when it returns nothing ({@code void})
     * @param tags the spec's tags as inline code, comma-separated; {@code null} when there are none
     * @param errorType the simple name of the error body's model type, {@code null} when the spec gives none
     */
    record Operation(String methodName, String asyncMethodName, String method, String path, @Nullable String summary,
            @Nullable String returnType, String asyncType, String exampleArguments, @Nullable String requestType,
            List<Input> optional, List<Input> inputs, String idempotency, @Nullable String tags,
            @Nullable String errorType) {}

    /** One input of an operation. */
    record Input(String name, boolean required, String where, @Nullable String description) {}
}
