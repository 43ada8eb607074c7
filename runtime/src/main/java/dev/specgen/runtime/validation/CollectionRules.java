package dev.specgen.runtime.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rules on lists ({@code minItems}, {@code maxItems}, {@code uniqueItems}) and on objects and maps
 * ({@code minProperties}, {@code maxProperties}). Each returns {@code null} when the rule holds.
 */
public final class CollectionRules {

    /** Up to this size, {@code uniqueItems} compares pairs; beyond it, it hashes (which allocates). */
    private static final int PAIRWISE_LIMIT = 32;

    private CollectionRules() {}

    public static @Nullable Violation minItems(int size, int minimum) {
        return size >= minimum ? null : Violation.atRoot(Rule.MIN_ITEMS, "has " + items(size)
                + ", fewer than the minimum " + minimum, null);
    }

    public static @Nullable Violation maxItems(int size, int maximum) {
        return size <= maximum ? null : Violation.atRoot(Rule.MAX_ITEMS, "has " + items(size)
                + ", more than the maximum " + maximum, null);
    }

    /**
     * {@code uniqueItems}: no two items may be equal. Items are compared with {@code equals}, which for
     * generated models and JSON values is equality of content.
     */
    public static @Nullable Violation uniqueItems(List<?> items) {
        int size = items.size();
        if (size <= PAIRWISE_LIMIT) {
            for (int i = 1; i < size; i++) {
                Object item = items.get(i);
                for (int j = 0; j < i; j++) {
                    if (same(items.get(j), item)) {
                        return duplicate(j, i);
                    }
                }
            }
            return null;
        }
        Map<Object, Integer> seen = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            Integer earlier = seen.putIfAbsent(key(items.get(i)), i);
            if (earlier != null) {
                return duplicate(earlier, i);
            }
        }
        return null;
    }

    public static @Nullable Violation minProperties(int count, int minimum) {
        return count >= minimum ? null : Violation.atRoot(Rule.MIN_PROPERTIES, "has " + properties(count)
                + ", fewer than the minimum " + minimum, null);
    }

    public static @Nullable Violation maxProperties(int count, int maximum) {
        return count <= maximum ? null : Violation.atRoot(Rule.MAX_PROPERTIES, "has " + properties(count)
                + ", more than the maximum " + maximum, null);
    }

    /** Equality as JSON sees it for the values Java keeps apart: {@code 1.0} and {@code 1.00} are the same number. */
    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object key(@Nullable Object item) {
        if (item == null) {
            return NullKey.INSTANCE;
        }
        return item instanceof BigDecimal decimal && decimal.signum() != 0 ? decimal.stripTrailingZeros()
                : item instanceof BigDecimal ? BigDecimal.ZERO : item;
    }

    private static Violation duplicate(int first, int second) {
        return Violation.atRoot(Rule.UNIQUE_ITEMS, "has duplicate items: [" + first + "] and [" + second
                + "] are equal", null);
    }

    private static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }

    private static String properties(int count) {
        return count == 1 ? "1 property" : count + " properties";
    }

    /** Stands for {@code null} items in the hash set, which does not take {@code null} keys portably. */
    private enum NullKey {
        INSTANCE
    }
}
