package dev.specgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes from a document's tree, before Swagger Parser reads it, what a reader that skips examples never
 * looks at: examples ({@code example}, {@code examples}, {@code components/examples}) and extensions whose
 * value is an object (the model keeps only scalar extensions and the {@code x-enum-*} lists). In large
 * specs these are a third of the document (GitHub's: examples 25 %, {@code x-github} objects 12 %), and
 * Swagger Parser converts every one of them.
 */
final class ExampleFreeTree {

    /** Members whose values are data, not OpenAPI objects: nothing in them is looked at. */
    private static final Set<String> DATA_MEMBERS = Set.of("default", "enum", "const", "value");

    /**
     * Members whose keys are names (of properties, paths, status codes, media types, components…), not
     * keywords: a schema called "examples" or a property called "example" is not an example.
     */
    private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "paths", "webhooks",
            "responses", "content", "headers", "encoding", "links", "callbacks", "variables", "scopes", "mapping",
            "schemas", "parameters", "requestBodies", "securitySchemes", "pathItems", "$defs", "definitions");

    private ExampleFreeTree() {}

    static void prune(JsonNode root) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(root, false));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            if (visit.node() instanceof ObjectNode object) {
                if (!visit.namesMap()) {
                    removeExamplesAndObjectExtensions(object);
                }
                for (Map.Entry<String, JsonNode> member : object.properties()) {
                    String key = member.getKey();
                    boolean data = !visit.namesMap() && (DATA_MEMBERS.contains(key) || key.startsWith("x-"));
                    if (!data && member.getValue().isContainerNode()) {
                        pending.push(new Visit(member.getValue(), !visit.namesMap() && NAME_MAPS.contains(key)));
                    }
                }
            } else if (visit.node().isArray()) {
                for (JsonNode element : visit.node()) {
                    if (element.isContainerNode()) {
                        pending.push(new Visit(element, false));
                    }
                }
            }
        }
    }

    private static void removeExamplesAndObjectExtensions(ObjectNode object) {
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String key = member.getKey();
            if (key.equals("example") || key.equals("examples")
                    || (key.startsWith("x-") && member.getValue().isObject())) {
                removed.add(key);
            }
        }
        object.remove(removed);
    }

    /** A node to visit; {@code namesMap} when its keys are names rather than keywords. */
    private record Visit(JsonNode node, boolean namesMap) {}
}
