package dev.specgen.runtime.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@code multipart/form-data} body, in order, as OpenAPI's defaults encode a schema's properties:
 * a scalar as text ({@code text/plain}), an object (a record or a map) as JSON ({@code application/json}), a
 * {@link FilePart} or {@code byte[]} as a file ({@code application/octet-stream} unless the file part says
 * otherwise), a collection as one part per element under the same name. Nothing is encoded until the call is.
 */
public final class Multipart {

    /** One part: a value under a form field name, and the content type the spec gives it, if any. */
    record Part(String name, Object value, @Nullable String contentType) {}

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Builder builder() {
        return new Builder();
    }

    List<Part> parts() {
        return parts;
    }

    /** The part names, not their values. */
    @Override
    public String toString() {
        return "Multipart" + parts.stream().map(Part::name).toList();
    }

    /** Collects the parts; a {@code null} value leaves its part out. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {}

        /** A part whose encoding follows the value's kind (see {@link Multipart}). */
        public Builder part(String name, @Nullable Object value) {
            return add(name, value, null);
        }

        /**
         * A part with the content type the spec's {@code encoding} gives it: a JSON type ({@code application/json},
         * {@code …+json}) writes the value as JSON, any other type labels the value's usual encoding. A
         * {@link FilePart} keeps its own type, which the caller chose among those the spec allows.
         */
        public Builder part(String name, @Nullable Object value, String contentType) {
            return add(name, value, HeaderChecks.value("content-type", Objects.requireNonNull(contentType,
                    "contentType")));
        }

        private Builder add(String name, @Nullable Object value, @Nullable String contentType) {
            Objects.requireNonNull(name, "name");
            if (value instanceof Collection<?> collection) {
                collection.forEach(element -> add(name, element, contentType));
            } else if (value != null) {
                parts.add(new Part(name, value, contentType));
            }
            return this;
        }

        public Multipart build() {
            return new Multipart(parts);
        }
    }
}
