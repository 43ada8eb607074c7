package dev.specgen.runtime.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects violations without allocating while there are none, the way generated validators use it:
 *
 * <pre>{@code
 * List<Violation> found = Violations.none();
 * found = Violations.addUnder(found, "$.Progress", NumberRules.maximum(progress, 10000L, false));
 * found = Violations.addAllUnder(found, "$.Data", TaskDataValidator.validate(data));
 * return Violations.result(found);
 * }</pre>
 *
 * <p>Rules report at the root ({@code $}) of the value they check, and every step out to an enclosing
 * value re-roots what was found ({@code $} → {@code $.Progress}, {@code $[2]}); paths are therefore
 * only built on the failure path, and a valid value costs no allocation at all. The lists passed around between
 * {@link #none()} and {@link #result} are working lists: only pass what these methods returned.
 */
public final class Violations {

    private static final List<Violation> NONE = List.of();

    private Violations() {}

    /** The empty, immutable start of a collection; also what a valid value's validation returns. */
    public static List<Violation> none() {
        return NONE;
    }

    /** One violation, or none when {@code violation} is {@code null}, as an immutable list. */
    public static List<Violation> of(@Nullable Violation violation) {
        return violation == null ? NONE : List.of(violation);
    }

    /** Adds a violation that is already at its path; {@code null} (a rule that held) adds nothing. */
    public static List<Violation> add(List<Violation> found, @Nullable Violation violation) {
        if (violation == null) {
            return found;
        }
        List<Violation> out = writable(found);
        out.add(violation);
        return out;
    }

    /** Adds a violation of the member {@code name} (a property or a map entry). */
    public static List<Violation> add(List<Violation> found, String name, @Nullable Violation violation) {
        return violation == null ? found : add(found, violation.under(JsonPath.member(JsonPath.ROOT, name)));
    }

    /** Adds a violation of the list item at {@code index}. */
    public static List<Violation> add(List<Violation> found, int index, @Nullable Violation violation) {
        return violation == null ? found : add(found, violation.under(JsonPath.index(JsonPath.ROOT, index)));
    }

    /** Adds a violation of a value that sits at {@code path} (e.g. {@code $request.path.task_id}). */
    public static List<Violation> addUnder(List<Violation> found, String path, @Nullable Violation violation) {
        return violation == null ? found : add(found, violation.under(path));
    }

    /** Adds violations that are already at their paths. */
    public static List<Violation> addAll(List<Violation> found, List<Violation> violations) {
        if (violations.isEmpty()) {
            return found;
        }
        List<Violation> out = writable(found);
        out.addAll(violations);
        return out;
    }

    /** Adds the violations found in the member {@code name}, re-rooted under it. */
    public static List<Violation> addAll(List<Violation> found, String name, List<Violation> violations) {
        return violations.isEmpty() ? found : addAllUnder(found, JsonPath.member(JsonPath.ROOT, name), violations);
    }

    /** Adds the violations found in the list item at {@code index}, re-rooted under it. */
    public static List<Violation> addAll(List<Violation> found, int index, List<Violation> violations) {
        return violations.isEmpty() ? found : addAllUnder(found, JsonPath.index(JsonPath.ROOT, index), violations);
    }

    /** Adds the violations found in a value that sits at {@code path}, re-rooted under it. */
    public static List<Violation> addAllUnder(List<Violation> found, String path, List<Violation> violations) {
        if (violations.isEmpty()) {
            return found;
        }
        List<Violation> out = writable(found);
        for (Violation violation : violations) {
            out.add(violation.under(path));
        }
        return out;
    }

    /** The collection as an immutable list: {@link #none()} when nothing was found. */
    public static List<Violation> result(List<Violation> found) {
        return found.isEmpty() ? NONE : Collections.unmodifiableList(found);
    }

    /** {@link Violation#withoutValue()} of a violation that may be {@code null}, for values the spec marks secret. */
    public static @Nullable Violation withoutValue(@Nullable Violation violation) {
        return violation == null ? null : violation.withoutValue();
    }

    /** {@link Violation#withoutValue()} of every violation, for values the spec marks secret. */
    public static List<Violation> withoutValues(List<Violation> violations) {
        if (violations.isEmpty()) {
            return violations;
        }
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation violation : violations) {
            out.add(violation.withoutValue());
        }
        return out;
    }

    /**
     * Validates every item of a list, for callers holding a list of model values (a response body that
     * is a JSON array): the violations of item 3 are at {@code $[3]…}.
     */
    public static <T> List<Violation> eachItem(List<? extends @Nullable T> items, Validator<T> validator) {
        List<Violation> found = NONE;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            found = item == null ? add(found, i, ObjectRules.notNull(null)) : addAll(found, i, validator.validate(item));
        }
        return result(found);
    }

    private static List<Violation> writable(List<Violation> found) {
        return found instanceof ArrayList<Violation> list ? list : new ArrayList<>(found);
    }
}
