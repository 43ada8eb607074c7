package dev.specgen.runtime.validation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rules about presence and choice: {@code required}, {@code nullable}, {@code enum}, {@code oneOf},
 * {@code anyOf} and discriminators. Like every rule class here, each method returns {@code null} when
 * the rule holds (allocating nothing) and a {@link Violation} at {@code $} when it does not.
 */
public final class ObjectRules {

    private ObjectRules() {}

    /** {@code required}: the property must be present and not {@code null}. */
    public static @Nullable Violation required(@Nullable Object value) {
        return value != null ? null
                : Violation.atRoot(Rule.REQUIRED, "required property is missing or null", null);
    }

    /** {@code nullable: false} on a list item or map value: it must not be {@code null}. */
    public static @Nullable Violation notNull(@Nullable Object value) {
        return value != null ? null : Violation.atRoot(Rule.NULLABLE, "null is not allowed here", null);
    }

    /**
     * {@code enum}: the value must be one of the listed values.
     *
     * @param listed whether it is (an open enum's {@code isKnown()})
     * @param value the value as received
     * @param listedValues the listed values, for the message
     */
    public static @Nullable Violation listed(boolean listed, Object value, List<?> listedValues) {
        if (listed) {
            return null;
        }
        String shown = ShownValues.ofScalar(value);
        StringBuilder message = new StringBuilder(96).append(ShownValues.subject(shown))
                .append(" is not one of the listed values: ");
        for (int i = 0; i < listedValues.size(); i++) {
            message.append(i == 0 ? "" : ", ").append(listedValues.get(i));
        }
        return Violation.atRoot(Rule.ENUM, message.toString(), shown);
    }

    /**
     * {@code enum} on a value kept as its plain kind rather than as an open enum (an alternative of a union of
     * scalars): it must equal one of the listed values. Allocates nothing while it holds.
     */
    public static @Nullable Violation listed(long value, long[] listedValues) {
        for (long listed : listedValues) {
            if (listed == value) {
                return null;
            }
        }
        return notListed(value, java.util.Arrays.stream(listedValues).boxed().toList());
    }

    /** {@code enum} on a plain {@code double}: numerically equal to one of the listed values. */
    public static @Nullable Violation listed(double value, double[] listedValues) {
        for (double listed : listedValues) {
            if (listed == value) {
                return null;
            }
        }
        return notListed(value, java.util.Arrays.stream(listedValues).mapToObj(ShownValues::of).toList());
    }

    /**
     * {@code enum} on a plain {@code String}, {@code Boolean}, {@code BigInteger} or {@code BigDecimal}: equal to
     * one of the listed values (decimals numerically, so {@code 1.50} is {@code 1.5}).
     */
    public static @Nullable Violation listed(Object value, List<?> listedValues) {
        for (Object listed : listedValues) {
            if (value instanceof java.math.BigDecimal decimal && listed instanceof java.math.BigDecimal other
                    ? decimal.compareTo(other) == 0 : value.equals(listed)) {
                return null;
            }
        }
        return notListed(value, listedValues);
    }

    private static Violation notListed(Object value, List<?> listedValues) {
        Violation violation = listed(false, value, listedValues);
        return java.util.Objects.requireNonNull(violation);
    }

    /** {@code oneOf}: exactly one alternative must match. */
    public static @Nullable Violation oneOf(int matches, int alternatives) {
        return matches == 1 ? null : Violation.atRoot(Rule.ONE_OF, "matches " + matches + " of the " + alternatives
                + " alternatives; exactly one must match", null);
    }

    /** {@code anyOf}: at least one alternative must match. */
    public static @Nullable Violation anyOf(int matches, int alternatives) {
        return matches >= 1 ? null : Violation.atRoot(Rule.ANY_OF, "matches none of the " + alternatives
                + " alternatives; at least one must match", null);
    }

    /**
     * The discriminator of a value that is one known alternative must select that alternative.
     *
     * @param value the discriminator property's value
     * @param selecting the values that select the alternative the value is
     */
    public static @Nullable Violation selects(String value, List<String> selecting) {
        if (selecting.contains(value)) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.DISCRIMINATOR, ShownValues.subject(shown)
                + " does not select this alternative, which is selected by: " + String.join(", ", selecting), shown);
    }

    /**
     * The discriminator of a value must select one of the alternatives.
     *
     * @param value the discriminator property's value
     * @param known every value that selects an alternative
     */
    public static @Nullable Violation selectsAny(String value, List<String> known) {
        if (known.contains(value)) {
            return null;
        }
        String shown = ShownValues.of(value);
        return Violation.atRoot(Rule.DISCRIMINATOR, ShownValues.subject(shown)
                + " selects none of the alternatives; the discriminator values are: " + String.join(", ", known), shown);
    }
}
