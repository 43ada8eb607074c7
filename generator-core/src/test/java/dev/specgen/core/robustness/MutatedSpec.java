package dev.specgen.core.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A valid spec with mutations applied in order: one try of the property. Its description lists the
 * edits that applied, so a failure reads as "take this spec, make these edits".
 *
 * @param seed the valid spec the case starts from
 * @param original its tree, not changed by this class
 * @param mutations the edits, applied in order
 */
record MutatedSpec(Path seed, JsonNode original, List<Mutation> mutations) {

    MutatedSpec {
        mutations = List.copyOf(mutations);
    }

    /** The mutated tree, and what each mutation that applied did. */
    Applied apply() {
        JsonNode tree = original.deepCopy();
        List<String> edits = new ArrayList<>();
        for (Mutation mutation : mutations) {
            String edit = mutation.applyTo(tree);
            if (edit != null) {
                edits.add(edit);
            }
        }
        return new Applied(tree, edits);
    }

    MutatedSpec withMutations(List<Mutation> fewer) {
        return new MutatedSpec(seed, original, fewer);
    }

    /** A mutated tree and the edits that made it. */
    record Applied(JsonNode tree, List<String> edits) {

        String describe(Path seed) {
            return seed.getFileName() + ", then " + (edits.isEmpty() ? "no edit" : String.join("; ", edits));
        }
    }
}
