package dev.specgen.core.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.swagger.v3.core.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the lines of many JSON pointers in a JSON spec file in one streaming pass, for {@link SourceLines}.
 *
 * <p>SnakeYAML reads JSON too, but it builds a node for every value of the file, and for GitHub's 13 MB spec
 * with its 200 warnings that took longer than building the whole API model. Jackson's streaming parser only
 * tokenizes: subtrees that hold none of the wanted pointers are skipped without allocating anything, so this
 * costs little more than scanning the bytes. Lines are the same as SnakeYAML's: the key's line for a member of
 * an object, the value's first line for an element of an array.
 */
final class JsonLines {

    /** A wanted segment: its children, and its line once found (0 while not found). */
    private static final class Step {
        final Map<String, Step> children = new HashMap<>();
        int line;
    }

    private JsonLines() {}

    /**
     * The 1-based line of each pointer (or of its nearest existing ancestor), or {@code null} when the file is not
     * JSON or cannot be read as JSON (the caller then asks SnakeYAML).
     */
    static @Nullable Map<String, Integer> find(Path file, Collection<String> pointers) {
        Step root = new Step();
        for (String pointer : pointers) {
            Step step = root;
            for (String segment : SourceLines.segments(pointer)) {
                step = step.children.computeIfAbsent(segment, s -> new Step());
            }
        }
        // The same limits as the reader of the spec (Swagger's mapper), so that whatever it read can be located.
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return null;
            }
            root.line = parser.currentTokenLocation().getLineNr();
            walk(parser, root);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
        Map<String, Integer> lines = new HashMap<>();
        for (String pointer : pointers) {
            lines.put(pointer, lineOf(root, SourceLines.segments(pointer)));
        }
        return lines;
    }

    private static int lineOf(Step root, List<String> segments) {
        Step step = root;
        int line = root.line;
        for (String segment : segments) {
            step = step.children.get(segment);
            if (step == null || step.line == 0) {
                break;
            }
            line = step.line;
        }
        return line;
    }

    /** Reads the container whose start the parser is on, up to its end, noting the lines of the wanted steps. */
    private static void walk(JsonParser parser, Step container) throws IOException {
        boolean object = parser.currentToken() == JsonToken.START_OBJECT;
        JsonToken end = object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != end; token = parser.nextToken()) {
            if (token == null) {
                throw new IOException("unexpected end of the document");
            }
            String segment = object ? parser.currentName() : Integer.toString(index++);
            int line = parser.currentTokenLocation().getLineNr();
            if (object) {
                token = parser.nextToken();
            }
            Step step = container.children.get(segment);
            // A repeated key: SnakeYAML's node (and so the line reported before) is the first one's.
            if (step == null || step.line != 0) {
                parser.skipChildren();
                continue;
            }
            step.line = line;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                walk(parser, step);
            }
        }
    }
}
