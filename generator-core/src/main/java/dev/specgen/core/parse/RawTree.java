package dev.specgen.core.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.SourceLocation;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The spec's JSON tree as written, before Swagger Parser typed it. Examples are read from here,
 * because the parser drops or rewrites example values that do not fit their schema's format
 * (a loose date, say), and faithfully reporting exactly those is the point of {@code specgen check}.
 */
final class RawTree {

    private final Path file;
    private final JsonNode root;

    RawTree(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** A tree with nothing in it: every lookup finds nothing. */
    static RawTree empty(Path file) {
        return new RawTree(file, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /** The value at a location, when the location is in this file and has a value there. */
    @Nullable JsonValue valueAt(SourceLocation location) {
        if (!location.file().equals(file)) {
            return null;
        }
        JsonNode node = root.at(JsonPointer.compile(location.pointer()));
        return node.isMissingNode() ? null : JsonValues.of(node);
    }

    boolean has(SourceLocation location) {
        return location.file().equals(file) && !root.at(JsonPointer.compile(location.pointer())).isMissingNode();
    }
}
