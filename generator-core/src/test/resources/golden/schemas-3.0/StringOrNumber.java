package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.specgen.runtime.json.ScalarUnionValues;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The <code>StringOrNumber</code> value of the API.
 *
 * <p>Either a number ({@link OfNumber}) or a string ({@link OfString}): the {@code oneOf} at <code>/components/schemas/StringOrNumber</code>. A value is read as the alternative of its JSON kind, and written
 * back as it is.
 */
public sealed interface StringOrNumber permits StringOrNumber.OfNumber, StringOrNumber.OfString {
    /**
     * The alternative a JSON value is, by its kind: what Jackson reads this type with.
     *
     * @param value a JSON scalar as Jackson reads it into {@code Object} ({@code String}, {@code Boolean}, an {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} or {@code BigDecimal})
     * @return the value, as its alternative
     * @throws IllegalArgumentException when the value is not a number or a string
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static StringOrNumber fromJson(@Nullable Object value) {
        if (value instanceof String text) {
            return new OfString(text);
        }
        @Nullable Double number = ScalarUnionValues.asDouble(value);
        if (number != null) {
            return new OfNumber(number);
        }
        throw ScalarUnionValues.unexpected(StringOrNumber.class, value, "a number or a string");
    }

    /**
     * The value when it is a number.
     *
     * <p>The number alternative, at <code>/components/schemas/StringOrNumber/oneOf/1</code>.
     *
     * @param value the value, written to JSON as it is
     */
    record OfNumber(@JsonValue double value) implements StringOrNumber {
        /**
         * The value as text, as a parameter sends it.
         */
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * The value when it is a string.
     *
     * <p>The string alternative, at <code>/components/schemas/StringOrNumber/oneOf/0</code>.
     *
     * @param value the value, written to JSON as it is
     */
    record OfString(@JsonValue String value) implements StringOrNumber {
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
