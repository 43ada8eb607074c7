package dev.specgen.runtime.http;

import dev.specgen.runtime.json.JsonType;
import dev.specgen.runtime.validation.Validator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a generated client knows about one operation, fixed at generation time: its name, method, path template,
 * fixed headers (Alibaba Cloud's {@code x-acs-action} and {@code x-acs-version}), whether it is idempotent, and
 * how to read its successful response. Generated clients keep one per operation in a constant and start each
 * call with {@link #newRequest()}.
 *
 * @param <T> the Java type of the successful response
 */
public final class ApiOperation<T> {

    private final String name;
    private final String method;
    private final PathTemplate path;
    private final boolean idempotent;
    private final Map<String, String> headers;
    private final ResponseReader<T> reader;
    private final @Nullable Validator<? super T> validator;
    private final java.util.Set<Integer> emptyStatuses;

    private ApiOperation(Builder builder, ResponseReader<T> reader) {
        this(builder, reader, null);
    }

    private ApiOperation(Builder builder, ResponseReader<T> reader, @Nullable Validator<? super T> validator) {
        this.name = builder.name;
        this.method = builder.method;
        this.path = builder.path;
        this.idempotent = builder.idempotent;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.reader = reader;
        this.validator = validator;
        this.emptyStatuses = java.util.Set.copyOf(builder.emptyStatuses);
    }

    /**
     * Starts describing an operation. It is idempotent if its method is ({@code GET}, {@code HEAD}, {@code PUT},
     * {@code DELETE}, {@code OPTIONS}, {@code TRACE}), unless {@link Builder#idempotent} says otherwise.
     *
     * @param name the operation's name, for messages and hooks (the spec's operation id)
     * @param method the HTTP method
     * @param pathTemplate the path, with {@code {name}} for each path parameter
     */
    public static Builder builder(String name, String method, String pathTemplate) {
        return new Builder(name, method, pathTemplate);
    }

    /** Starts a call of this operation. */
    public ApiRequest.Builder<T> newRequest() {
        return new ApiRequest.Builder<>(this);
    }

    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    public PathTemplate path() {
        return path;
    }

    /** Whether repeating the call cannot change the outcome, so that 5xx answers and lost connections are retried. */
    public boolean idempotent() {
        return idempotent;
    }

    /** The headers every call of this operation sends. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Whether a successful response with this status has no body, so that the call returns {@code null}. */
    boolean answersWithoutBody(int status) {
        return emptyStatuses.contains(status);
    }

    ResponseReader<T> reader() {
        return reader;
    }

    /** The validator of the successful response, or {@code null} when it is not validated. */
    @Nullable Validator<? super T> responseValidator() {
        return validator;
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + path + ")";
    }

    /** Builds an {@link ApiOperation}; one of the {@code returns…} methods finishes it. */
    public static final class Builder {
        private final String name;
        private final String method;
        private final PathTemplate path;
        private boolean idempotent;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final java.util.Set<Integer> emptyStatuses = new java.util.TreeSet<>();

        private Builder(String name, String method, String pathTemplate) {
            this.name = Objects.requireNonNull(name, "name");
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = PathTemplate.parse(pathTemplate);
            this.idempotent = switch (this.method) {
                case "GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE" -> true;
                default -> false;
            };
        }

        /** Overrides whether the operation is idempotent. */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * A successful status whose response has no body (a {@code 204} beside a {@code 200} with one): calls that
         * get it return {@code null} instead of reading a body.
         */
        public Builder withoutBodyOn(int status) {
            emptyStatuses.add(status);
            return this;
        }

        /** A header every call sends, e.g. {@code x-acs-action}. */
        public Builder header(String name, String value) {
            headers.put(HeaderChecks.name(name), HeaderChecks.value(name, value));
            return this;
        }

        /** The successful response is JSON of this class. */
        public <T> ApiOperation<T> returns(Class<T> type) {
            return new ApiOperation<>(this, ResponseReader.json(JsonType.of(type)));
        }

        /** The successful response is JSON of this (generic) type. */
        public <T> ApiOperation<T> returns(JsonType<T> type) {
            return new ApiOperation<>(this, ResponseReader.json(type));
        }

        /**
         * The successful response is JSON of this class, checked by this validator after reading, as the client's
         * {@link dev.specgen.runtime.validation.ResponseValidation} says.
         */
        public <T> ApiOperation<T> returns(Class<T> type, Validator<? super T> validator) {
            return new ApiOperation<>(this, ResponseReader.json(JsonType.of(type)),
                    Objects.requireNonNull(validator, "validator"));
        }

        /** The successful response is JSON of this (generic) type, checked by this validator after reading. */
        public <T> ApiOperation<T> returns(JsonType<T> type, Validator<? super T> validator) {
            return new ApiOperation<>(this, ResponseReader.json(type), Objects.requireNonNull(validator, "validator"));
        }

        /**
         * The successful responses have different bodies by status; calls return what the variant of the status
         * read and wrapped.
         */
        public <T> ApiOperation<T> returns(ResponseVariants<T> variants) {
            return new ApiOperation<>(this, variants.reader());
        }

        /**
         * The successful responses have different bodies by status, and what a call returns is checked by this
         * validator after reading, as the client's {@link dev.specgen.runtime.validation.ResponseValidation} says.
         */
        public <T> ApiOperation<T> returns(ResponseVariants<T> variants, Validator<? super T> validator) {
            return new ApiOperation<>(this, variants.reader(), Objects.requireNonNull(validator, "validator"));
        }

        /** The successful response has no body worth reading; calls return {@code null}. */
        public ApiOperation<Void> returnsNothing() {
            return new ApiOperation<>(this, ResponseReader.NOTHING);
        }

        /** The successful response is text (UTF-8). */
        public ApiOperation<String> returnsText() {
            return new ApiOperation<>(this, ResponseReader.TEXT);
        }

        /** The successful response is binary; calls return its bytes. */
        public ApiOperation<byte[]> returnsBytes() {
            return new ApiOperation<>(this, ResponseReader.BYTES);
        }
    }
}
