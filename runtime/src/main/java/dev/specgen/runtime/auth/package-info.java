/**
 * Credentials for signing requests: {@link dev.specgen.runtime.auth.Credentials} (an AccessKey pair, with an STS
 * security token for temporary credentials) and {@link dev.specgen.runtime.auth.CredentialsProvider}s that find
 * them (fixed values, Alibaba Cloud's {@code ALIBABA_CLOUD_*} environment variables, system properties, a chain).
 * Secrets never appear in {@code toString()}, exception messages or logs.
 */
@NullMarked
package dev.specgen.runtime.auth;

import org.jspecify.annotations.NullMarked;
