package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.json.ScalarUnionValues;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Zoo code</code> value of the API.
 *
 * <p>Either an integer ({@link OfInteger}) or a string ({@link OfString}): the {@code oneOf} at <code>/components/schemas/Zoo/properties/code</code>. A value is read as the alternative of its JSON kind, and written
 * back as it is.
 */
public sealed interface ZooCode permits ZooCode.OfInteger, ZooCode.OfString {
    /**
     * The alternative a JSON value is, by its kind: what Jackson reads this type with.
     *
     * @param value a JSON scalar as Jackson reads it into {@code Object} ({@code String}, {@code Boolean}, an {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} or {@code BigDecimal})
     * @return the value, as its alternative
     * @throws IllegalArgumentException when the value is not an integer or a string
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static ZooCode fromJson(@Nullable Object value) {
        if (value instanceof String text) {
            return new OfString(text);
        }
        @Nullable Long integer = ScalarUnionValues.asLong(value);
        if (integer != null) {
            return new OfInteger(integer);
        }
        throw ScalarUnionValues.unexpected(ZooCode.class, value, "an integer or a string");
    }

    /**
     * The value when it is an integer.
     *
     * <p>The integer alternative, at <code>/components/schemas/Zoo/properties/code/oneOf/1</code>.
     *
     * @param value the value, written to JSON as it is
     */
    record OfInteger(@JsonValue long value) implements ZooCode {
        /**
         * The value as text, as a parameter sends it.
         */
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * The value when it is a string.
     *
     * <p>The string alternative, at <code>/components/schemas/Zoo/properties/code/oneOf/0</code>.
     *
     * @param value the value, written to JSON as it is
     */
    record OfString(@JsonValue String value) implements ZooCode {
        public OfString {
            Objects.requireNonNull(value, "value");
        }

        /**
         * The value as text, as a parameter sends it.
         */
        @Override
        public String toString() {
            return value;
        }
    }
}
