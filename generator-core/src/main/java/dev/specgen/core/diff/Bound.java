package dev.specgen.core.diff;

import dev.specgen.core.model.Constraints;
import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A limit a schema puts on a value: upper bounds cap it, lower bounds floor it. */
enum Bound {
    MAX("max", "maximum", true, c -> c.maximum(), Constraints::exclusiveMaximum),
    MIN("min", "minimum", false, c -> c.minimum(), Constraints::exclusiveMinimum),
    MAX_LENGTH("max-length", "maxLength", true, c -> decimal(c.maxLength()), c -> false),
    MIN_LENGTH("min-length", "minLength", false, c -> decimal(c.minLength()), c -> false),
    MAX_ITEMS("max-items", "maxItems", true, c -> decimal(c.maxItems()), c -> false),
    MIN_ITEMS("min-items", "minItems", false, c -> decimal(c.minItems()), c -> false),
    MAX_PROPERTIES("max-properties", "maxProperties", true, c -> decimal(c.maxProperties()), c -> false),
    MIN_PROPERTIES("min-properties", "minProperties", false, c -> decimal(c.minProperties()), c -> false);

    private final String word;
    private final String keyword;
    private final boolean upper;
    private final Function<Constraints, @Nullable BigDecimal> value;
    private final Function<Constraints, Boolean> exclusive;

    Bound(String word, String keyword, boolean upper, Function<Constraints, @Nullable BigDecimal> value,
            Function<Constraints, Boolean> exclusive) {
        this.word = word;
        this.keyword = keyword;
        this.upper = upper;
        this.value = value;
        this.exclusive = exclusive;
    }

    /** As in rule ids: {@code max-length}. */
    String word() {
        return word;
    }

    /** As in OpenAPI: {@code maxLength}. */
    String keyword() {
        return keyword;
    }

    boolean isUpper() {
        return upper;
    }

    @Nullable BigDecimal valueIn(Constraints constraints) {
        return value.apply(constraints);
    }

    boolean exclusiveIn(Constraints constraints) {
        return exclusive.apply(constraints);
    }

    private static @Nullable BigDecimal decimal(@Nullable Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
