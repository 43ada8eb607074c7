package dev.specgen.core.lint;

import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.ScalarUnionType.Alternative;
import dev.specgen.runtime.validation.ObjectRules;
import dev.specgen.runtime.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON value against a union of scalars as the generated code treats it: the value's JSON kind picks the
 * alternative, as the generated {@code fromJson} does (a value of no listed kind cannot be read, a {@code type}
 * violation), then the alternative's rules apply as to a value of its Java kind, and last its listed values.
 */
final class ScalarUnionExamples {

    private final ExampleScalars scalars;

    ScalarUnionExamples(ExampleScalars scalars) {
        this.scalars = scalars;
    }

    void check(JsonValue value, ScalarUnionType union, Consumer<Violation> report) {
        Alternative alternative = union.alternativeFor(value);
        if (alternative == null) {
            report.accept(ExampleScalars.typeViolation(union.expectedKinds(), value));
            return;
        }
        scalars.check(value, alternative.valueKind(), alternative.constraints(), report);
        if (!alternative.listedValues().isEmpty()) {
            Violation violation = listed(value, alternative);
            if (violation != null) {
                report.accept(violation);
            }
        }
    }

    /** The runtime's membership rule, on the value and the listed values as the generated validator holds them. */
    private static @Nullable Violation listed(JsonValue value, Alternative alternative) {
        List<String> texts = alternative.listedValues();
        switch (alternative.valueKind()) {
            case INT64 -> {
                long[] listed = texts.stream().mapToLong(t -> new BigDecimal(t).longValueExact()).toArray();
                return ObjectRules.listed(((JsonValue.JsonNumber) value).value().longValueExact(), listed);
            }
            case DOUBLE -> {
                double[] listed = texts.stream().mapToDouble(Double::parseDouble).filter(Double::isFinite).toArray();
                return ObjectRules.listed(((JsonValue.JsonNumber) value).value().doubleValue(), listed);
            }
            case BIG_INTEGER -> {
                return ObjectRules.listed(((JsonValue.JsonNumber) value).value().toBigIntegerExact(),
                        map(texts, BigInteger::new));
            }
            case DECIMAL -> {
                return ObjectRules.listed(((JsonValue.JsonNumber) value).value(), map(texts, BigDecimal::new));
            }
            case BOOLEAN -> {
                return ObjectRules.listed(((JsonValue.JsonBoolean) value).value(), map(texts, Boolean::valueOf));
            }
            default -> {
                return ObjectRules.listed(((JsonValue.JsonString) value).value(), texts);
            }
        }
    }

    private static <T> List<Object> map(List<String> texts, java.util.function.Function<String, T> parse) {
        List<Object> values = new ArrayList<>(texts.size());
        texts.forEach(text -> values.add(parse.apply(text)));
        return values;
    }
}
