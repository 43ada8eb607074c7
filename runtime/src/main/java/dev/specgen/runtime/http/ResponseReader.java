package dev.specgen.runtime.http;

import dev.specgen.runtime.json.JsonType;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** How an operation reads the body of a successful response. */
abstract class ResponseReader<T> {

    /** Reads the body; a failure becomes an {@link ApiDecodingException} in the caller. */
    abstract T read(byte[] body, JsonMapper mapper);

    /** Reads the body of a response with this status; only {@link ResponseVariants} looks at the status. */
    T read(int status, byte[] body, JsonMapper mapper) {
        return read(body, mapper);
    }

    /** What the body should be, for messages: a type name. */
    abstract String description();

    /** Whether the body is JSON (then the request says {@code accept: application/json}). */
    boolean expectsJson() {
        return false;
    }

    static <T> ResponseReader<T> json(JsonType<T> type) {
        return new Json<>(type);
    }

    static final ResponseReader<Void> NOTHING = new ResponseReader<>() {
        @Override
        Void read(byte[] body, JsonMapper mapper) {
            return null;
        }

        @Override
        String description() {
            return "empty response";
        }
    };

    static final ResponseReader<String> TEXT = new ResponseReader<>() {
        @Override
        String read(byte[] body, JsonMapper mapper) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        String description() {
            return "text";
        }
    };

    static final ResponseReader<byte[]> BYTES = new ResponseReader<>() {
        @Override
        byte[] read(byte[] body, JsonMapper mapper) {
            return body;
        }

        @Override
        String description() {
            return "byte sequence";
        }
    };

    /** JSON into a type; the Jackson reader is kept for the last mapper used, since building one is not free. */
    private static final class Json<T> extends ResponseReader<T> {
        private final JsonType<T> type;
        private volatile CachedReader cached;

        Json(JsonType<T> type) {
            this.type = type;
        }

        @Override
        T read(byte[] body, JsonMapper mapper) {
            if (body.length == 0) {
                throw new IllegalArgumentException("the body is empty");
            }
            CachedReader current = cached;
            if (current == null || current.mapper != mapper) {
                current = new CachedReader(mapper, mapper.readerFor(mapper.constructType(type.type())));
                cached = current;
            }
            return current.reader.readValue(body);
        }

        @Override
        String description() {
            return type.toString();
        }

        @Override
        boolean expectsJson() {
            return true;
        }
    }

    private record CachedReader(JsonMapper mapper, ObjectReader reader) {}
}
