package dev.specgen.core.diff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The differences found in one place: a pair of named types, or the schema of one parameter, body or
 * header. Facts are its own differences; edges lead to the pairs of named types it refers to, whose
 * differences are computed once and shared by every place that refers to them.
 */
record TypeDelta(List<Located> facts, List<Edge> edges) {

    static final TypeDelta NONE = new TypeDelta(List.of(), List.of());

    TypeDelta {
        facts = List.copyOf(facts);
        edges = List.copyOf(edges);
    }

    boolean isEmpty() {
        return facts.isEmpty() && edges.isEmpty();
    }

    /**
     * A fact, where it is relative to the delta's root.
     *
     * @param path the JSON path suffix, e.g. {@code .stages[*]} (empty at the root)
     * @param underProperty whether the path goes through a record property (the rule then names a
     *     property, not a body or a parameter)
     * @param javaOwner the Java element at the position, e.g. {@code TaskStage.state}, or {@code null} at
     *     the root, where the place that uses the delta names it
     */
    record Located(String path, boolean underProperty, Visibility visibility, @Nullable String javaOwner,
            SchemaFact fact) {}

    /** A reference from a position to a pair of named types. */
    record Edge(String path, boolean underProperty, Visibility visibility, TypePair target) {}
}
