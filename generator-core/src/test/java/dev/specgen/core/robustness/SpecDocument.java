package dev.specgen.core.robustness;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A spec as a JSON tree that tests can change and write back, in YAML or JSON, to run the generator on it.
 * Uses Jackson 2, as the spec reader does, so numbers and strings round-trip the way the reader sees them.
 */
final class SpecDocument {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build()); // strings stay quoted: minimized quotes write the string '+1' as the number +1

    private SpecDocument() {}

    static ObjectNode read(Path file) {
        try {
            ObjectMapper mapper = file.toString().endsWith(".json") ? JSON : YAML;
            return (ObjectNode) mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the tree as YAML or JSON, as the file name says. */
    static Path write(JsonNode tree, Path file) {
        try {
            Files.writeString(file, text(tree, file.toString().endsWith(".json")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String yaml(JsonNode tree) {
        return text(tree, false);
    }

    private static String text(JsonNode tree, boolean json) {
        try {
            return (json ? JSON : YAML).writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a JSON pointer, or a missing node. */
    static JsonNode at(JsonNode root, String pointer) {
        return root.at(JsonPointer.compile(pointer));
    }

    /** The pointer of every node below the root, parents before children, in document order. */
    static List<String> pointers(JsonNode root) {
        List<String> all = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>();
        Deque<JsonNode> nodes = new ArrayDeque<>();
        pending.add("");
        nodes.add(root);
        while (!nodes.isEmpty()) {
            String pointer = pending.poll();
            JsonNode node = nodes.poll();
            if (node.isObject()) {
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    String child = pointer + "/" + escape(name);
                    all.add(child);
                    pending.add(child);
                    nodes.add(node.get(name));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    String child = pointer + "/" + i;
                    all.add(child);
                    pending.add(child);
                    nodes.add(node.get(i));
                }
            }
        }
        return all;
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The last segment of a pointer, unescaped: a member name or an array index. */
    static String lastSegment(String pointer) {
        String raw = pointer.substring(pointer.lastIndexOf('/') + 1);
        return raw.replace("~1", "/").replace("~0", "~");
    }

    static String parent(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }
}
