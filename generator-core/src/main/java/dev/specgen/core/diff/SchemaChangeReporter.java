package dev.specgen.core.diff;

import dev.specgen.core.diff.TypeDelta.Edge;
import dev.specgen.core.diff.TypeDelta.Located;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports the schema differences of every place an operation uses, following references to named types
 * breadth first, so that each difference is located at its shortest path. Within one operation and
 * direction, a pair of named types is reported once, however many paths lead to it (a recursive type
 * reaches itself; that is where the walk stops).
 */
final class SchemaChangeReporter {

    private final SchemaComparator comparator;
    private final Set<TypePair> changedPairs;
    private final List<SchemaRule> rules;
    private final ChangeSink sink;
    private final Map<String, Set<TypePair>> visitedByOperation = new HashMap<>();

    SchemaChangeReporter(SchemaComparator comparator, List<SchemaRule> rules, ChangeSink sink) {
        this.comparator = comparator;
        this.changedPairs = comparator.pairsWithChanges();
        this.rules = rules;
        this.sink = sink;
    }

    void report(SchemaUse use) {
        Direction direction = use.site().direction();
        Set<TypePair> visited = visitedByOperation.computeIfAbsent(
                use.operation().display() + " " + direction, k -> new HashSet<>());
        ArrayDeque<Visit> queue = new ArrayDeque<>();
        visitDelta(use, use.delta(), new Visit(null, JsonPaths.ROOT, use.site().scope(), Visibility.BOTH), visited,
                queue);
        while (!queue.isEmpty()) {
            Visit visit = queue.poll();
            visitDelta(use, comparator.delta(visit.pair()), visit, visited, queue);
        }
    }

    private void visitDelta(SchemaUse use, TypeDelta delta, Visit at, Set<TypePair> visited, ArrayDeque<Visit> queue) {
        Direction direction = use.site().direction();
        for (Located located : delta.facts()) {
            if (!at.visibility().and(located.visibility()).in(direction)) {
                continue;
            }
            Scope scope = located.underProperty() ? Scope.PROPERTY : at.scope();
            String path = at.path() + located.path();
            // A parameter's own schema is the parameter: "$" would add nothing to "query parameter 'q'".
            String location = path.equals(JsonPaths.ROOT) && scope == Scope.PARAMETER ? use.place()
                    : use.place() + " " + path;
            FactContext context = new FactContext(use.operation(), use.site().withScope(scope), location,
                    located.javaOwner(), sink);
            for (SchemaRule rule : rules) {
                rule.report(located.fact(), context);
            }
        }
        for (Edge edge : delta.edges()) {
            Visibility visibility = at.visibility().and(edge.visibility());
            if (visibility.in(direction) && changedPairs.contains(edge.target()) && visited.add(edge.target())) {
                queue.add(new Visit(edge.target(), at.path() + edge.path(),
                        edge.underProperty() ? Scope.PROPERTY : at.scope(), visibility));
            }
        }
    }

    /** A pair of named types to report, reached at {@code path}. */
    private record Visit(@org.jspecify.annotations.Nullable TypePair pair, String path, Scope scope,
            Visibility visibility) {}
}
