package dev.specgen.core.parse;

import dev.specgen.core.model.ScalarKind;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Which built-in kind a scalar schema's type, format and bounds call for. */
final class ScalarKinds {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ScalarKinds() {}

    /** A string: base64 text for {@code format: byte} or the 3.1 {@code contentEncoding: base64}. */
    static ScalarKind ofString(Schema<?> schema) {
        return "base64".equals(schema.getContentEncoding()) ? ScalarKind.BASE64 : ofString(schema.getFormat());
    }

    static ScalarKind ofString(@Nullable String format) {
        if (format == null) {
            return ScalarKind.STRING;
        }
        return switch (format) {
            case "date-time" -> ScalarKind.DATE_TIME;
            case "date" -> ScalarKind.DATE;
            case "byte" -> ScalarKind.BASE64;
            case "binary" -> ScalarKind.BINARY;
            default -> ScalarKind.STRING;
        };
    }

    /**
     * {@code int32} is an {@code Integer}; {@code int64}, and no format, a {@code Long}; {@code uint64} and
     * {@code big-integer}, or bounds that a {@code long} cannot hold, a {@code BigInteger}.
     */
    static ScalarKind ofInteger(Schema<?> schema) {
        String format = schema.getFormat();
        if ("int32".equals(format)) {
            return ScalarKind.INT32;
        }
        if ("big-integer".equals(format) || "uint64".equals(format)
                || beyondLong(schema.getMinimum()) || beyondLong(schema.getMaximum())
                || beyondLong(schema.getExclusiveMinimumValue()) || beyondLong(schema.getExclusiveMaximumValue())) {
            return ScalarKind.BIG_INTEGER;
        }
        return ScalarKind.INT64;
    }

    private static boolean beyondLong(@Nullable BigDecimal bound) {
        return bound != null && (bound.compareTo(LONG_MIN) < 0 || bound.compareTo(LONG_MAX) > 0);
    }

    static ScalarKind ofNumber(@Nullable String format) {
        if ("float".equals(format)) {
            return ScalarKind.FLOAT;
        }
        if ("decimal".equals(format)) {
            return ScalarKind.DECIMAL;
        }
        return ScalarKind.DOUBLE;
    }
}
