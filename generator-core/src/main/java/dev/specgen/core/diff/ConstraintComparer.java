package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.BoundChange;
import dev.specgen.core.model.Constraints;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Compares the constraints of two schemas at the same place (the format is part of the type, not here). */
final class ConstraintComparer {

    private ConstraintComparer() {}

    static void compare(Constraints older, Constraints newer, Consumer<SchemaFact> out) {
        if (older == newer || older.equals(newer)) {
            return;
        }
        for (Bound bound : Bound.values()) {
            compareBound(bound, older, newer, out);
        }
        if (!Objects.equals(older.pattern(), newer.pattern())) {
            out.accept(new SchemaFact.PatternChanged(older.pattern(), newer.pattern()));
        }
        if (!sameNumber(older.multipleOf(), newer.multipleOf())) {
            out.accept(new SchemaFact.MultipleOfChanged(text(older.multipleOf()), text(newer.multipleOf())));
        }
        if (older.uniqueItems() != newer.uniqueItems()) {
            out.accept(new SchemaFact.UniqueItemsChanged(newer.uniqueItems()));
        }
    }

    private static void compareBound(Bound bound, Constraints older, Constraints newer, Consumer<SchemaFact> out) {
        BigDecimal before = bound.valueIn(older);
        BigDecimal after = bound.valueIn(newer);
        boolean exclusiveBefore = before != null && bound.exclusiveIn(older);
        boolean exclusiveAfter = after != null && bound.exclusiveIn(newer);
        BoundChange change;
        if (before == null && after == null) {
            return;
        } else if (before == null) {
            change = BoundChange.SET;
        } else if (after == null) {
            change = BoundChange.UNSET;
        } else {
            int order = before.compareTo(after);
            if (order == 0 && exclusiveBefore == exclusiveAfter) {
                return;
            }
            if (order == 0) {
                // The same value made exclusive moves a lower bound up and an upper bound down.
                boolean tighter = exclusiveAfter;
                change = tighter == bound.isUpper() ? BoundChange.DECREASED : BoundChange.INCREASED;
            } else {
                change = order < 0 ? BoundChange.INCREASED : BoundChange.DECREASED;
            }
        }
        out.accept(new SchemaFact.BoundChanged(bound, change, describe(before, exclusiveBefore),
                describe(after, exclusiveAfter)));
    }

    private static @Nullable String describe(@Nullable BigDecimal value, boolean exclusive) {
        return value == null ? null : value.toPlainString() + (exclusive ? " (exclusive)" : "");
    }

    private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static @Nullable String text(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
