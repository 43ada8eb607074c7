package dev.specgen.core.parse;

import dev.specgen.core.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a node of a JSON tree is, as a link to its parent: checks that walk a whole spec keep one of these
 * per node and build the JSON pointer only for a node they report (building one per node costs a tenth of
 * a second on GitHub's spec).
 *
 * @param parent the parent's path, {@code null} for the root
 * @param segment the member name ({@link String}) or array index ({@link Integer}) in the parent
 */
record TreePath(@Nullable TreePath parent, Object segment) {

    static final TreePath ROOT = new TreePath(null, "");

    TreePath child(String name) {
        return new TreePath(this, name);
    }

    TreePath child(int index) {
        return new TreePath(this, index);
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The location of this node in the given file. */
    SourceLocation in(SourceLocation whole) {
        List<Object> segments = new ArrayList<>();
        for (TreePath at = this; at.parent() != null; at = at.parent()) {
            segments.add(at.segment());
        }
        SourceLocation location = whole;
        for (int i = segments.size() - 1; i >= 0; i--) {
            location = segments.get(i) instanceof Integer index ? location.child(index)
                    : location.child((String) segments.get(i));
        }
        return location;
    }
}
