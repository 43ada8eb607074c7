package dev.specgen.runtime.http;

import dev.specgen.runtime.auth.Credentials;
import dev.specgen.runtime.auth.CredentialsProvider;
import dev.specgen.runtime.json.JsonMappers;
import dev.specgen.runtime.retry.RetryPolicy;
import dev.specgen.runtime.signing.Acs3Signer;
import dev.specgen.runtime.signing.Signer;
import dev.specgen.runtime.validation.ResponseValidation;
import dev.specgen.runtime.validation.ValidationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings every generated client's builder has. Generated builders extend it and add what is specific to
 * their spec (such as {@code region(String)}).
 *
 * <ul>
 *   <li><b>Where</b>: the spec's first server with its variables' defaults, or {@link #endpoint(URI)}, which
 *       replaces it (then server variables must not be set: the two would contradict each other).
 *   <li><b>Who</b>: for Alibaba Cloud APIs, {@link #credentials(Credentials)} or
 *       {@link #credentialsProvider(CredentialsProvider)}; by default {@link CredentialsProvider#defaultChain()}
 *       (the {@code ALIBABA_CLOUD_*} environment variables), asked at each attempt. {@link #signer(Signer)}
 *       replaces the signature altogether (and is how APIs without one get authentication).
 *   <li><b>How long</b>: connect timeout 5 s and read timeout 10 s (Alibaba Cloud's SDK defaults), within the
 *       retry policy's total deadline; {@link RetryPolicy#defaults()}.
 *   <li><b>Checked</b>: requests are validated before sending ({@link #requestValidation(boolean)}), responses
 *       after reading ({@link #responseValidation(ResponseValidation)}, default: a warning in the log).
 *   <li><b>With what</b>: an {@link HttpClient} of its own (closed with the client), or yours
 *       ({@link #httpClient(HttpClient)}, never closed by the client: then set its connect timeout on it).
 * </ul>
 *
 * @param <B> the generated builder's own type, so that setters chain
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern VARIABLE_VALUE = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServiceDescription service;
    private @Nullable URI endpoint;
    private final Map<String, String> serverVariables = new LinkedHashMap<>();
    private @Nullable CredentialsProvider credentials;
    private @Nullable Signer signer;
    private @Nullable Duration connectTimeout;
    private Duration readTimeout = Duration.ofSeconds(10);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable HttpClient httpClient;
    private final List<ClientHook> hooks = new ArrayList<>();
    private JsonMapper jsonMapper = JsonMappers.standard();
    private @Nullable String applicationName;
    private boolean requestValidation = true;
    private ResponseValidation responseValidation = ResponseValidation.WARN;

    protected ClientBuilder(ServiceDescription service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** This builder, typed as the generated subclass. */
    protected abstract B self();

    /**
     * The service's base URL, e.g. {@code https://cs.cn-shanghai.aliyuncs.com} or a local stand-in; replaces the
     * spec's server. A path in it is prefixed to every operation's path.
     */
    public B endpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) && !"http".equalsIgnoreCase(endpoint.getScheme())) {
            throw new IllegalArgumentException("endpoint " + endpoint + " must be an http or https URL");
        }
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint " + endpoint + " has no host");
        }
        if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint " + endpoint + " must not have a query or a fragment");
        }
        this.endpoint = endpoint;
        return self();
    }

    /** Sets a variable of the spec's server URL template, e.g. {@code regionId}. */
    public B serverVariable(String name, String value) {
        if (!service.variableDefaults().containsKey(name)) {
            throw new IllegalArgumentException("the server URL " + service.serverTemplate() + " has no variable '" + name
                    + "'" + (service.variableDefaults().isEmpty() ? "" : "; it has " + service.variableDefaults().keySet()));
        }
        if (!VARIABLE_VALUE.matcher(Objects.requireNonNull(value, name)).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid value for " + name
                    + ": use letters, digits, '-', '.', '_' or '~'");
        }
        serverVariables.put(name, value);
        return self();
    }

    /** Signs with these credentials. */
    public B credentials(Credentials credentials) {
        return credentialsProvider(CredentialsProvider.of(credentials));
    }

    /** Signs with the credentials this provider gives at each attempt (so they may rotate). */
    public B credentialsProvider(CredentialsProvider credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /** Authenticates requests with this signer instead of the spec's default. */
    public B signer(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        return self();
    }

    /** How long to wait for a connection (default 5 s); applies to the HTTP client the builder creates. */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * How long to wait for a whole response, headers and body, after sending a request (default 10 s), per attempt.
     * A server that sends its headers and then stalls fails the attempt when this runs out, like a silent one.
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return self();
    }

    /** Which failures to retry, how often and within which total deadline. */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return self();
    }

    /** Sends with your HTTP client (proxies, TLS, HTTP version, executor are yours); the client never closes it. */
    public B httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "httpClient");
        return self();
    }

    /** Adds a hook that sees every attempt; hooks run in the order added. */
    public B hook(ClientHook hook) {
        hooks.add(Objects.requireNonNull(hook, "hook"));
        return self();
    }

    /** Reads and writes JSON with this mapper instead of {@link JsonMappers#standard()}. */
    public B jsonMapper(JsonMapper mapper) {
        this.jsonMapper = Objects.requireNonNull(mapper, "jsonMapper");
        return self();
    }

    /** Your application's name and version, appended to the {@code User-Agent}, e.g. {@code billing/2.3}. */
    public B applicationName(String name) {
        this.applicationName = HeaderChecks.value("applicationName", Objects.requireNonNull(name, "applicationName"));
        return self();
    }

    /**
     * Whether each request is checked against the spec before it is sent (default {@code true}): an invalid one
     * fails with a {@link ValidationException} listing every violation, and nothing is sent. Turn it off when
     * the spec is stricter than the service. Clients generated without validators validate nothing.
     */
    public B requestValidation(boolean enabled) {
        this.requestValidation = enabled;
        return self();
    }

    /**
     * What to do with a successful response that breaks its schema (default {@link ResponseValidation#WARN}: log
     * every violation as one warning of the client's {@link System.Logger}, named after the client class, and
     * return the response). Clients generated without validators validate nothing.
     */
    public B responseValidation(ResponseValidation mode) {
        this.responseValidation = Objects.requireNonNull(mode, "responseValidation");
        return self();
    }

    /**
     * Resolves the settings and creates the caller the generated client runs on.
     *
     * @throws IllegalStateException when settings contradict each other or the endpoint cannot be determined
     */
    protected final ApiCaller buildCaller() {
        URI resolvedEndpoint = resolveEndpoint();
        Signer resolvedSigner = resolveSigner();
        ExecutorService ownedPool = null;
        HttpClient client = httpClient;
        if (client == null) {
            ownedPool = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "specgen-" + service.clientName() + "-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(ownedPool)
                    .build();
        } else if (connectTimeout != null) {
            throw new IllegalStateException("connectTimeout applies to the HTTP client the builder creates;"
                    + " you passed your own httpClient(...): set the connect timeout on it");
        }
        ExecutorService pool = ownedPool;
        ClientSettings settings = new ClientSettings(service.clientName(), resolvedEndpoint, client, resolvedSigner,
                retryPolicy, readTimeout, hooks, jsonMapper, UserAgent.of(service, applicationName),
                requestValidation, responseValidation, System.getLogger(service.loggerName()),
                pool != null ? pool : client.executor().orElse(ForkJoinPool.commonPool()),
                System::nanoTime, () -> ThreadLocalRandom.current().nextDouble(),
                pool == null ? null : pool::shutdownNow);
        return new ApiCaller(settings);
    }

    private URI resolveEndpoint() {
        if (endpoint != null) {
            if (!serverVariables.isEmpty()) {
                throw new IllegalStateException("set either endpoint(...) or the server variables "
                        + serverVariables.keySet() + " (such as the region), not both: the endpoint replaces the"
                        + " server URL they would fill in");
            }
            return endpoint;
        }
        String template = service.serverTemplate();
        if (template == null) {
            throw new IllegalStateException("the spec of " + service.clientName() + " names no server:"
                    + " set the service's URL with endpoint(URI)");
        }
        Map<String, String> values = new LinkedHashMap<>(service.variableDefaults());
        values.putAll(serverVariables);
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("the server URL " + template + " has a variable '" + matcher.group(1)
                        + "' without a default: set it with serverVariable(...) or use endpoint(URI)");
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        URI uri;
        try {
            uri = URI.create(url.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the server URL " + url + " is not a valid URI: set endpoint(URI)", e);
        }
        if (uri.getHost() == null) {
            throw new IllegalStateException("the server URL " + url + " is not absolute: set endpoint(URI)");
        }
        return uri;
    }

    private Signer resolveSigner() {
        if (signer != null) {
            if (credentials != null) {
                throw new IllegalStateException("credentials are for the default signer; with your own signer(...),"
                        + " give the credentials to it instead");
            }
            return signer;
        }
        if (service.acs3Signed()) {
            return Acs3Signer.create(credentials != null ? credentials : CredentialsProvider.defaultChain());
        }
        if (credentials != null) {
            throw new IllegalStateException("the spec of " + service.clientName() + " declares no Alibaba Cloud"
                    + " signature, so credentials would not be used: authenticate with signer(...)");
        }
        return Signer.none();
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
