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

    /** One part: a value under a form field name. */
    record Part(String name, Object value) {}

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
            Objects.requireNonNull(name, "name");
            if (value instanceof Collection<?> collection) {
                collection.forEach(element -> part(name, element));
            } else if (value != null) {
                parts.add(new Part(name, value));
            }
            return this;
        }

        public Multipart build() {
            return new Multipart(parts);
        }
    }
}
