package dev.specgen.core.naming;

import dev.specgen.core.naming.JavaNames.Style;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocates Java names for the members of one scope (the types of a package, the components of a
 * record, the constants of an enum) all at once, so a collision always resolves the same way.
 *
 * <p>The order of allocation is fixed and independent of spec order: spec names that are already
 * the exact Java name (and not reserved) win first, then the rest in byte order of the spec name.
 * A name that is taken or reserved gets the smallest free numeric suffix ({@code taskId2}); a
 * reserved name is first tried with the scope's suffix for reserved names ({@code builder_},
 * {@code ObjectModel}).
 */
public final class NameScope {

    /** Why an allocated name differs from the mechanical conversion, or {@code null} if it doesn't. */
    public record Allocation(String specName, String javaName, @org.jspecify.annotations.Nullable String reason) {}

    private final Style style;
    private final Set<String> reserved;
    private final String reservedSuffix;

    /**
     * @param style the style of name this scope holds
     * @param reserved names the generator itself uses in this scope; compared case-sensitively
     * @param reservedSuffix appended to a spec name that converts to a reserved name
     */
    public NameScope(Style style, Set<String> reserved, String reservedSuffix) {
        this.style = style;
        this.reserved = Set.copyOf(reserved);
        this.reservedSuffix = reservedSuffix;
    }

    /**
     * Allocates a name for every spec name, in one pass. Duplicate spec names get one allocation.
     *
     * @return the allocations, keyed by spec name, in the order the spec names were given
     */
    public Map<String, Allocation> allocate(List<String> specNames) {
        List<String> order = new ArrayList<>(new java.util.LinkedHashSet<>(specNames));
        Map<String, JavaNames.Candidate> candidates = new LinkedHashMap<>();
        for (String name : order) {
            candidates.put(name, JavaNames.convert(name, style));
        }
        // A spec name that is already a free Java name keeps it: a schema named ObjectModel keeps
        // ObjectModel, and Object (reserved) becomes ObjectModel2, rather than the other way round.
        order.sort(Comparator.<String, Boolean>comparing(
                        n -> !candidates.get(n).name().equals(n) || reserved.contains(n))
                .thenComparing(Comparator.naturalOrder()));

        Set<String> taken = new HashSet<>(reserved);
        Map<String, Allocation> bySpecName = new LinkedHashMap<>();
        for (String specName : order) {
            JavaNames.Candidate candidate = candidates.get(specName);
            String name = candidate.name();
            String reason = candidate.adjustment();
            if (reserved.contains(name)) {
                name = name + reservedSuffix;
                reason = "clashes with a name the generated code uses";
            }
            if (taken.contains(name)) {
                String base = name;
                int suffix = 2;
                while (taken.contains(base + suffix)) {
                    suffix++;
                }
                name = base + suffix;
                reason = "clashes with another name in the same scope";
            }
            taken.add(name);
            bySpecName.put(specName, new Allocation(specName, name, reason));
        }
        Map<String, Allocation> inInputOrder = new LinkedHashMap<>();
        for (String specName : specNames) {
            inInputOrder.putIfAbsent(specName, bySpecName.get(specName));
        }
        return inInputOrder;
    }
}
