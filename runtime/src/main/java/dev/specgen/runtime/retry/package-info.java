/**
 * Retrying failed calls: {@link dev.specgen.runtime.retry.RetryPolicy} decides from a
 * {@link dev.specgen.runtime.retry.FailureKind}, the call's idempotency, the service's retry-after and the time
 * spent so far, with no clock or randomness of its own, so that its decisions can be tested exactly.
 */
@NullMarked
package dev.specgen.runtime.retry;

import org.jspecify.annotations.NullMarked;
