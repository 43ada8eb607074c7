package dev.specgen.runtime.http;

import dev.specgen.runtime.validation.Validator;
import dev.specgen.runtime.validation.Violation;
import dev.specgen.runtime.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One call of an {@link ApiOperation}, with its parameter values as given; nothing is encoded yet. Generated
 * clients build one per call; {@link ApiCaller} encodes it (once), then signs and sends it (per attempt).
 *
 * @param <T> the Java type of the successful response
 */
public final class ApiRequest<T> {

    /** Where the violations of a request body are, like the parameters' {@code $request.path.task_id}. */
    static final String BODY_PATH = "$request.body";

    private final ApiOperation<T> operation;
    private final Map<String, PathValue> pathParameters;
    private final List<QueryValue> query;
    private final Map<String, HeaderValue> headers;
    private final List<CookieValue> cookies;
    private final @Nullable Body body;
    private final @Nullable Supplier<List<Violation>> parameterCheck;
    private final @Nullable Supplier<List<Violation>> bodyCheck;

    private ApiRequest(Builder<T> builder) {
        this.operation = builder.operation;
        this.pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathParameters));
        this.query = List.copyOf(builder.query);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.cookies = List.copyOf(builder.cookies);
        this.body = builder.body;
        this.parameterCheck = builder.parameterCheck;
        this.bodyCheck = builder.bodyCheck;
    }

    public ApiOperation<T> operation() {
        return operation;
    }

    Map<String, PathValue> pathParameters() {
        return pathParameters;
    }

    List<QueryValue> query() {
        return query;
    }

    Map<String, HeaderValue> headers() {
        return headers;
    }

    List<CookieValue> cookies() {
        return cookies;
    }

    @Nullable Body body() {
        return body;
    }

    /** Runs the checks the generated client attached: every violation of the parameters, then of the body. */
    List<Violation> violations() {
        List<Violation> found = parameterCheck == null ? Violations.none() : parameterCheck.get();
        if (bodyCheck != null) {
            found = Violations.addAll(found, bodyCheck.get());
        }
        return Violations.result(found);
    }

    /** Shows the operation and the parameter names, not their values (a header may carry a token). */
    @Override
    public String toString() {
        return "ApiRequest[" + operation.name() + ", path=" + pathParameters.keySet() + ", headers=" + headers.keySet()
                + "]";
    }

    /** A path parameter's value and how {@link ParameterStyle} writes it. */
    record PathValue(Object value, ParameterStyle style, boolean explode) {}

    /** A query parameter's value and how {@link ParameterStyle} writes it. */
    record QueryValue(String name, Object value, ParameterStyle style, boolean explode, boolean allowReserved) {}

    /** A header parameter's value (style simple). */
    record HeaderValue(Object value, boolean explode) {}

    /** A cookie parameter's value (style form). */
    record CookieValue(String name, Object value, boolean explode) {}

    /** A request body, encoded by the caller with its JSON mapper. */
    sealed interface Body permits JsonBody, FormBody, RawBody, MultipartBody {}

    record MultipartBody(Multipart parts) implements Body {}

    record JsonBody(Object value, String contentType) implements Body {}

    record FormBody(Object value, FormStyle style) implements Body {}

    record RawBody(byte[] bytes, String contentType) implements Body {}

    /**
     * Collects the values of one call. Optional values may be {@code null} and are then left out; required ones
     * are checked by the generated client before they get here.
     */
    public static final class Builder<T> {
        private final ApiOperation<T> operation;
        private final Map<String, PathValue> pathParameters = new LinkedHashMap<>();
        private final List<QueryValue> query = new ArrayList<>();
        private final Map<String, HeaderValue> headers = new LinkedHashMap<>();
        private final List<CookieValue> cookies = new ArrayList<>();
        private @Nullable Body body;
        private @Nullable Supplier<List<Violation>> parameterCheck;
        private @Nullable Supplier<List<Violation>> bodyCheck;

        Builder(ApiOperation<T> operation) {
            this.operation = operation;
        }

        /**
         * A value of a path parameter in style simple: exactly one percent-encoded segment (a list: comma-joined;
         * an object: {@code R,100,G,200}).
         */
        public Builder<T> pathParameter(String name, Object value) {
            return pathParameter(name, value, ParameterStyle.SIMPLE, false);
        }

        /** A value of a path parameter in the given style ({@code SIMPLE}, {@code LABEL} or {@code MATRIX}). */
        public Builder<T> pathParameter(String name, Object value, ParameterStyle style, boolean explode) {
            pathParameters.put(name, new PathValue(Objects.requireNonNull(value, name),
                    Objects.requireNonNull(style, "style"), explode));
            return this;
        }

        /**
         * A query parameter in style form, exploded (OpenAPI's default): a collection as the name repeated, an
         * object as one pair per member; {@code null} leaves it out.
         */
        public Builder<T> queryParameter(String name, @Nullable Object value) {
            return queryParameter(name, value, ParameterStyle.FORM, true);
        }

        /** A query parameter in the given style; {@code null} leaves it out. */
        public Builder<T> queryParameter(String name, @Nullable Object value, ParameterStyle style, boolean explode) {
            return queryParameter(name, value, style, explode, false);
        }

        /**
         * A query parameter in the given style; with {@code allowReserved}, RFC 3986's reserved characters in its
         * values are sent as they are (except {@code & = # +}, which would change how the query is read).
         */
        public Builder<T> queryParameter(String name, @Nullable Object value, ParameterStyle style, boolean explode,
                boolean allowReserved) {
            if (value != null) {
                query.add(new QueryValue(name, value, Objects.requireNonNull(style, "style"), explode, allowReserved));
            }
            return this;
        }

        /** A header parameter (style simple: a collection comma-joined); {@code null} leaves it out. */
        public Builder<T> header(String name, @Nullable Object value) {
            return header(name, value, false);
        }

        /** A header parameter; an exploded object is written {@code R=100,G=200}; {@code null} leaves it out. */
        public Builder<T> header(String name, @Nullable Object value, boolean explode) {
            if (value != null) {
                headers.put(HeaderChecks.name(name), new HeaderValue(value, explode));
            }
            return this;
        }

        /**
         * A cookie parameter in style form, exploded (OpenAPI's default: a collection as the name repeated);
         * {@code null} leaves it out.
         */
        public Builder<T> cookie(String name, @Nullable Object value) {
            return cookie(name, value, true);
        }

        /** A cookie parameter in style form; unexploded, a collection is one comma-joined value. */
        public Builder<T> cookie(String name, @Nullable Object value, boolean explode) {
            if (value != null) {
                cookies.add(new CookieValue(name, value, explode));
            }
            return this;
        }

        /** A body written as JSON with the given content type ({@code application/json} or a {@code +json} type). */
        public Builder<T> jsonBody(@Nullable Object value, String contentType) {
            body = value == null ? null : new JsonBody(value, contentType);
            bodyCheck = null; // a body replaced is no longer the one a validator was given for
            return this;
        }

        /**
         * A body written as JSON, checked by {@code validator} before sending (its violations are at
         * {@code $request.body…}) unless request validation is off.
         */
        public <B> Builder<T> jsonBody(@Nullable B value, String contentType, Validator<? super B> validator) {
            return jsonBody(value, contentType).validatedBy(value, validator);
        }

        /** A body written as {@code application/x-www-form-urlencoded} fields, checked by {@code validator} too. */
        public <B> Builder<T> formBody(@Nullable B value, FormStyle style, Validator<? super B> validator) {
            return formBody(value, style).validatedBy(value, validator);
        }

        /**
         * How to check the parameters before sending, e.g. {@code () -> ParameterValidation.describeTask(taskId)};
         * run unless request validation is off, so that turning it off costs nothing.
         */
        public Builder<T> parametersValidatedBy(Supplier<List<Violation>> check) {
            parameterCheck = Objects.requireNonNull(check, "check");
            return this;
        }

        private <B> Builder<T> validatedBy(@Nullable B body, Validator<? super B> validator) {
            Objects.requireNonNull(validator, "validator");
            bodyCheck = body == null ? null
                    : () -> Violations.addAllUnder(Violations.none(), BODY_PATH, validator.validate(body));
            return this;
        }

        /** A body written as {@code application/x-www-form-urlencoded} fields. */
        public Builder<T> formBody(@Nullable Object value, FormStyle style) {
            body = value == null ? null : new FormBody(value, style);
            bodyCheck = null; // a body replaced is no longer the one a validator was given for
            return this;
        }

        /** A {@code multipart/form-data} body; the boundary is chosen when the call is encoded. */
        public Builder<T> multipartBody(@Nullable Multipart parts) {
            body = parts == null ? null : new MultipartBody(parts);
            bodyCheck = null; // a body replaced is no longer the one a validator was given for
            return this;
        }

        /** A body sent as these bytes, with the given content type. */
        public Builder<T> body(byte @Nullable [] bytes, String contentType) {
            body = bytes == null ? null : new RawBody(bytes.clone(), contentType);
            bodyCheck = null; // a body replaced is no longer the one a validator was given for
            return this;
        }

        /** A body sent as this text in UTF-8, with the given content type. */
        public Builder<T> body(@Nullable String text, String contentType) {
            body = text == null ? null : new RawBody(text.getBytes(StandardCharsets.UTF_8), contentType);
            bodyCheck = null; // a body replaced is no longer the one a validator was given for
            return this;
        }

        public ApiRequest<T> build() {
            return new ApiRequest<>(this);
        }
    }
}
