package dev.specgen.runtime.auth;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Reads credentials from named variables of a source: the environment, or the system properties. */
final class EnvironmentCredentialsProvider implements CredentialsProvider {

    static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    static final EnvironmentCredentialsProvider ENVIRONMENT =
            new EnvironmentCredentialsProvider("environment variables", System::getenv);
    static final EnvironmentCredentialsProvider SYSTEM_PROPERTIES =
            new EnvironmentCredentialsProvider("system properties", System::getProperty);

    private final String sourceName;
    private final UnaryOperator<@Nullable String> source;

    /**
     * @param sourceName how messages name the source, e.g. "environment variables"
     * @param source looks a variable up; returns {@code null} when it is not set
     */
    EnvironmentCredentialsProvider(String sourceName, UnaryOperator<@Nullable String> source) {
        this.sourceName = sourceName;
        this.source = source;
    }

    @Override
    public Credentials resolve() {
        String id = value(ACCESS_KEY_ID);
        String secret = value(ACCESS_KEY_SECRET);
        String token = value(SECURITY_TOKEN);
        if (id == null && secret == null) {
            throw new CredentialsException("no credentials in the " + sourceName + ": set " + ACCESS_KEY_ID
                    + " and " + ACCESS_KEY_SECRET + (token == null ? "" : " (" + SECURITY_TOKEN + " alone is not enough)"));
        }
        if (id == null || secret == null) {
            throw new CredentialsException("incomplete credentials in the " + sourceName + ": "
                    + (id == null ? ACCESS_KEY_ID : ACCESS_KEY_SECRET) + " is not set, but "
                    + (id == null ? ACCESS_KEY_SECRET : ACCESS_KEY_ID) + " is");
        }
        return token == null ? Credentials.of(id, secret) : Credentials.of(id, secret, token);
    }

    private @Nullable String value(String name) {
        String value = source.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return sourceName + " " + ACCESS_KEY_ID + "/" + ACCESS_KEY_SECRET + "/" + SECURITY_TOKEN;
    }
}
