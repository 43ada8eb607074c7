package dev.specgen.runtime.http;

import dev.specgen.runtime.json.JsonType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * How to read the successful responses of an operation whose 2xx statuses have different bodies ({@code 200} a
 * {@code Stored}, {@code 201} a {@code Created}, {@code 204} none): one reader per status, each wrapping what it
 * reads into the operation's result type, usually a sealed interface with one record per status. A status the
 * spec gives as a range ({@code 2XX}) matches every 2xx status not listed exactly. A 2xx status the spec does not
 * describe fails the call with an {@link ApiDecodingException} that names it.
 *
 * @param <T> the operation's result type
 */
public final class ResponseVariants<T> {

    private final Map<String, Variant<T>> byStatus;

    private ResponseVariants(Map<String, Variant<T>> byStatus) {
        this.byStatus = Map.copyOf(byStatus);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    ResponseReader<T> reader() {
        return new ResponseReader<>() {
            @Override
            T read(byte[] body, JsonMapper mapper) {
                throw new IllegalStateException("the status decides how to read the body");
            }

            @Override
            T read(int status, byte[] body, JsonMapper mapper) {
                Variant<T> variant = byStatus.get(Integer.toString(status));
                if (variant == null) {
                    variant = byStatus.get(status / 100 + "XX");
                }
                if (variant == null) {
                    throw new IllegalArgumentException("the spec describes no response for status " + status
                            + " (it describes " + new java.util.TreeSet<>(byStatus.keySet()) + ")");
                }
                return variant.read(body, mapper);
            }

            @Override
            String description() {
                return "one of the responses for " + new java.util.TreeSet<>(byStatus.keySet());
            }

            @Override
            boolean expectsJson() {
                return byStatus.values().stream().anyMatch(Variant::json);
            }
        };
    }

    private interface Variant<T> {
        T read(byte[] body, JsonMapper mapper);

        boolean json();
    }

    /** Collects one reader per status ({@code "200"}, {@code "2XX"}). */
    public static final class Builder<T> {
        private final Map<String, Variant<T>> byStatus = new LinkedHashMap<>();

        private Builder() {}

        /** The status's body is JSON of this class. */
        public <B> Builder<T> json(String status, Class<B> type, Function<? super B, ? extends T> wrap) {
            return json(status, JsonType.of(type), wrap);
        }

        /** The status's body is JSON of this (generic) type. */
        public <B> Builder<T> json(String status, JsonType<B> type, Function<? super B, ? extends T> wrap) {
            ResponseReader<B> reader = ResponseReader.json(type);
            return add(status, new Variant<>() {
                @Override
                public T read(byte[] body, JsonMapper mapper) {
                    return wrap.apply(reader.read(body, mapper));
                }

                @Override
                public boolean json() {
                    return true;
                }
            });
        }

        /** The status's body is text (UTF-8). */
        public Builder<T> text(String status, Function<? super String, ? extends T> wrap) {
            return plain(status, body -> wrap.apply(new String(body, StandardCharsets.UTF_8)));
        }

        /** The status's body is binary. */
        public Builder<T> bytes(String status, Function<byte[], ? extends T> wrap) {
            return plain(status, wrap);
        }

        /** The status has no body. */
        public Builder<T> empty(String status, Supplier<? extends T> result) {
            return plain(status, body -> result.get());
        }

        public ResponseVariants<T> build() {
            return new ResponseVariants<>(byStatus);
        }

        private Builder<T> plain(String status, Function<byte[], ? extends T> read) {
            return add(status, new Variant<>() {
                @Override
                public T read(byte[] body, JsonMapper mapper) {
                    return read.apply(body);
                }

                @Override
                public boolean json() {
                    return false;
                }
            });
        }

        private Builder<T> add(String status, Variant<T> variant) {
            Objects.requireNonNull(status, "status");
            if (byStatus.putIfAbsent(status.toUpperCase(java.util.Locale.ROOT), variant) != null) {
                throw new IllegalArgumentException("status " + status + " is described twice");
            }
            return this;
        }
    }
}
