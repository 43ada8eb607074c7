package dev.specgen.runtime.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a generated client knows about its service, fixed at generation time: its name, the API version, the
 * default server URL template with its variables' defaults, and whether requests carry Alibaba Cloud's V3
 * signature. {@link ClientBuilder} starts from it.
 */
public final class ServiceDescription {

    private final String clientName;
    private final String loggerName;
    private final @Nullable String apiVersion;
    private final @Nullable String serverTemplate;
    private final Map<String, String> variableDefaults;
    private final boolean acs3Signed;

    private ServiceDescription(Builder builder) {
        this.clientName = builder.clientName;
        this.loggerName = builder.loggerName;
        this.apiVersion = builder.apiVersion;
        this.serverTemplate = builder.serverTemplate;
        this.variableDefaults = Collections.unmodifiableMap(new LinkedHashMap<>(builder.variableDefaults));
        this.acs3Signed = builder.acs3Signed;
    }

    /**
     * @param clientName the generated client's class name, for the {@code User-Agent} and messages; also the name
     *     of its logger
     */
    public static Builder builder(String clientName) {
        return new Builder(clientName, clientName);
    }

    /**
     * @param client the generated client: its simple name is for the {@code User-Agent} and messages, its full name
     *     names its logger (so that users configure logging per client, as for any other class)
     */
    public static Builder builder(Class<?> client) {
        return new Builder(client.getSimpleName(), client.getName());
    }

    public String clientName() {
        return clientName;
    }

    /** The name of the {@link System.Logger} the client writes to, e.g. warnings about invalid responses. */
    public String loggerName() {
        return loggerName;
    }

    public @Nullable String apiVersion() {
        return apiVersion;
    }

    /** The spec's first server URL, e.g. {@code https://cs.{regionId}.aliyuncs.com}; {@code null} when it has none. */
    public @Nullable String serverTemplate() {
        return serverTemplate;
    }

    /** The server variables and their defaults, e.g. {@code regionId → cn-hangzhou}. */
    public Map<String, String> variableDefaults() {
        return variableDefaults;
    }

    /** Whether requests are signed with {@code ACS3-HMAC-SHA256} unless the client is given another signer. */
    public boolean acs3Signed() {
        return acs3Signed;
    }

    /** Builds a {@link ServiceDescription}. */
    public static final class Builder {
        private final String clientName;
        private final String loggerName;
        private @Nullable String apiVersion;
        private @Nullable String serverTemplate;
        private final Map<String, String> variableDefaults = new LinkedHashMap<>();
        private boolean acs3Signed;

        private Builder(String clientName, String loggerName) {
            this.clientName = Objects.requireNonNull(clientName, "clientName");
            this.loggerName = loggerName;
        }

        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        /** The default server URL template; {@code {name}} marks a variable. */
        public Builder server(String urlTemplate) {
            this.serverTemplate = urlTemplate;
            return this;
        }

        /** A variable of the server template, with its default. */
        public Builder serverVariable(String name, String defaultValue) {
            variableDefaults.put(name, defaultValue);
            return this;
        }

        /** Requests are signed with Alibaba Cloud's V3 signature. */
        public Builder acs3Signed() {
            this.acs3Signed = true;
            return this;
        }

        public ServiceDescription build() {
            return new ServiceDescription(this);
        }
    }
}
