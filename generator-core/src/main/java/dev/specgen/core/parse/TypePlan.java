package dev.specgen.core.parse;

import dev.specgen.core.model.Rename;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import dev.specgen.core.naming.ReservedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java names of the generated types. The translator runs twice: the first run only proposes a
 * name for every type it would define ({@link #propose}); the names are then allocated all at once
 * ({@link #allocate}), and the second run reads them back ({@link #nameOf}). That way a collision
 * resolves the same way whatever order the walk met the types in.
 */
final class TypePlan {

    private final Map<Object, String> proposalByKey = new LinkedHashMap<>();
    private final Map<Object, SourceLocation> locationByKey = new HashMap<>();
    private final Set<String> proposalsInUse = new HashSet<>();
    private Map<String, NameScope.Allocation> allocations = Map.of();
    private boolean allocated;

    /**
     * Records a proposed name for the type behind a key (a component name, or an inline schema's
     * identity) and returns the name to use in this run.
     */
    String propose(Object key, String proposal, SourceLocation location) {
        if (allocated) {
            return nameOf(key);
        }
        if (!proposalByKey.containsKey(key)) {
            String unique = proposal;
            for (int i = 2; proposalsInUse.contains(unique); i++) {
                unique = proposal + " " + i;
            }
            proposalsInUse.add(unique);
            proposalByKey.put(key, unique);
            locationByKey.put(key, location);
        }
        return proposalByKey.get(key);
    }

    void allocate() {
        NameScope scope = new NameScope(JavaNames.Style.TYPE, ReservedNames.TYPES, "Model");
        allocations = scope.allocate(new ArrayList<>(proposalByKey.values()));
        allocated = true;
    }

    boolean isAllocated() {
        return allocated;
    }

    String nameOf(Object key) {
        String proposal = proposalByKey.get(key);
        if (proposal == null) {
            throw new IllegalStateException("no name was planned for " + key);
        }
        return allocations.get(proposal).javaName();
    }

    /** The type names that are not a plain case conversion of a component's name. */
    List<Rename> renames() {
        List<Rename> renames = new ArrayList<>();
        for (Map.Entry<Object, String> entry : proposalByKey.entrySet()) {
            NameScope.Allocation allocation = allocations.get(entry.getValue());
            if (allocation.reason() != null && entry.getKey() instanceof ComponentKey component) {
                renames.add(new Rename(locationByKey.get(entry.getKey()), component.name(), allocation.javaName(),
                        allocation.reason()));
            }
        }
        return renames;
    }

    /** The key of a schema in {@code components/schemas}. */
    record ComponentKey(String name) {}

    /** The key of an inline schema: its identity, since two equal inline schemas are still two types. */
    static final class InlineKey {
        private final Object schema;

        InlineKey(Object schema) {
            this.schema = schema;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof InlineKey key && key.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }
}
