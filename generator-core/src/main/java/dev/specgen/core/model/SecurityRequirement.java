package dev.specgen.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One way to authorize an operation: every scheme named here must be satisfied at once, each with the
 * scopes listed for it. An operation lists several requirements when any one of them will do; an empty
 * requirement means the operation may be called anonymously.
 *
 * @param schemes the scheme names, sorted, each with its required scopes, sorted
 */
public record SecurityRequirement(SortedMap<String, List<String>> schemes) {

    public SecurityRequirement {
        TreeMap<String, List<String>> copy = new TreeMap<>();
        for (Map.Entry<String, List<String>> entry : schemes.entrySet()) {
            copy.put(entry.getKey(), entry.getValue().stream().sorted().distinct().toList());
        }
        schemes = Collections.unmodifiableSortedMap(copy);
    }

    /** Whether the requirement allows anonymous calls (it names no scheme). */
    public boolean isAnonymous() {
        return schemes.isEmpty();
    }
}
