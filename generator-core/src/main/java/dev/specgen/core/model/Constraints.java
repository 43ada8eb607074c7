package dev.specgen.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Everything a schema says a value must satisfy beyond its type. Bounds are kept as {@link BigDecimal}
 * so that no spec value loses precision on its way to a validator.
 */
public record Constraints(
        @Nullable String format,
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        @Nullable String pattern,
        @Nullable BigDecimal minimum,
        boolean exclusiveMinimum,
        @Nullable BigDecimal maximum,
        boolean exclusiveMaximum,
        @Nullable BigDecimal multipleOf,
        @Nullable Integer minItems,
        @Nullable Integer maxItems,
        boolean uniqueItems,
        @Nullable Integer minProperties,
        @Nullable Integer maxProperties) {

    public static final Constraints NONE =
            new Constraints(null, null, null, null, null, false, null, false, null, null, null, false, null, null);

    /** Whether any constraint is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
