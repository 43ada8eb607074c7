package dev.specgen.core.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing case small enough to read: first the fewest mutations that still fail the same way,
 * then the smallest document that still does, found by deleting members and elements, outermost first
 * (a whole {@code paths} object goes in one step when it plays no part), in a bounded number of attempts.
 */
final class Shrinker {

    /** Bounds the time spent shrinking one failure; each attempt reads and emits a spec. */
    private static final int MAX_ATTEMPTS = 400;

    private Shrinker() {}

    /**
     * @param failing a case for which {@code stillFails} holds
     * @param stillFails whether a tree still shows the same defect
     */
    static Shrunk shrink(MutatedSpec failing, Predicate<JsonNode> stillFails) {
        int attempts = 0;
        List<Mutation> mutations = new ArrayList<>(failing.mutations());
        for (int i = mutations.size() - 1; i >= 0 && mutations.size() > 1; i--) {
            List<Mutation> fewer = new ArrayList<>(mutations);
            fewer.remove(i);
            attempts++;
            if (stillFails.test(failing.withMutations(fewer).apply().tree())) {
                mutations = fewer;
            }
        }
        MutatedSpec.Applied applied = failing.withMutations(mutations).apply();
        JsonNode tree = applied.tree();
        // One pass, parents before children: after a deletion the list is taken again and the pass goes on
        // at the same index, which now holds the next node.
        List<String> pointers = SpecDocument.pointers(tree);
        int index = 0;
        while (index < pointers.size() && attempts < MAX_ATTEMPTS) {
            JsonNode smaller = tree.deepCopy();
            if (!remove(smaller, pointers.get(index))) {
                index++;
                continue;
            }
            attempts++;
            if (stillFails.test(smaller)) {
                tree = smaller;
                pointers = SpecDocument.pointers(tree);
            } else {
                index++;
            }
        }
        return new Shrunk(applied.describe(failing.seed()), tree, attempts);
    }

    private static boolean remove(JsonNode root, String pointer) {
        JsonNode parent = SpecDocument.at(root, SpecDocument.parent(pointer));
        String segment = SpecDocument.lastSegment(pointer);
        if (parent instanceof ObjectNode object && object.has(segment)) {
            object.remove(segment);
            return true;
        }
        if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(segment));
            return true;
        }
        return false;
    }

    /**
     * @param edits the seed and the fewest edits that still fail
     * @param document the smallest document found that still fails
     * @param attempts how many candidates were tried
     */
    record Shrunk(String edits, JsonNode document, int attempts) {

        String report() {
            return "Failing case, shrunk in " + attempts + " attempts:\n  " + edits
                    + "\nSmallest document that still fails:\n" + SpecDocument.yaml(document);
        }
    }
}
