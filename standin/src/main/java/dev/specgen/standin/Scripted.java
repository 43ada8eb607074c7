package dev.specgen.standin;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A one-shot behaviour a test queued for the next request with a good signature. */
sealed interface Scripted {

    /** Answer as Alibaba's gateway does when throttling, with {@code x-acs-retry-after} when given. */
    record Throttle(@Nullable Duration retryAfter) implements Scripted {}

    /** Answer with an error of this status and code, in the API's error shape. */
    record Fail(int status, String code, String message) implements Scripted {}

    /** Wait, then answer as usual. */
    record Delay(Duration delay) implements Scripted {}

    /** Answer with exactly this body (as JSON), whatever the request. */
    record Respond(int status, String body) implements Scripted {}
}
