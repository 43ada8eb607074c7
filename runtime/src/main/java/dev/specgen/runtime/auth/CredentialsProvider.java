package dev.specgen.runtime.auth;

import java.util.List;
import java.util.Objects;

/**
 * Supplies the credentials to sign a request with. A client asks its provider once per attempt, so a provider
 * may rotate temporary credentials; implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * The credentials to use now.
     *
     * @throws CredentialsException when there are none; the message says what to set
     */
    Credentials resolve();

    /** Always the same credentials. */
    static CredentialsProvider of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new CredentialsProvider() {
            @Override
            public Credentials resolve() {
                return credentials;
            }

            @Override
            public String toString() {
                return "static " + credentials;
            }
        };
    }

    /**
     * Alibaba Cloud's environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID},
     * {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, for STS credentials, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
     */
    static CredentialsProvider environment() {
        return EnvironmentCredentialsProvider.ENVIRONMENT;
    }

    /**
     * Java system properties with the same names as the environment variables
     * ({@code -DALIBABA_CLOUD_ACCESS_KEY_ID=...}), handy in IDE run configurations and tests.
     */
    static CredentialsProvider systemProperties() {
        return EnvironmentCredentialsProvider.SYSTEM_PROPERTIES;
    }

    /** The first of the providers that has credentials, asked in order. */
    static CredentialsProvider chain(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    /** What clients use when given no credentials: {@link #environment()}, then {@link #systemProperties()}. */
    static CredentialsProvider defaultChain() {
        return chain(environment(), systemProperties());
    }
}
