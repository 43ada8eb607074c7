package dev.specgen.core.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One change to a valid spec's tree: the kinds of damage a hand-edited or machine-written spec really
 * has. Each mutation names the node it changes by JSON pointer, so a failing case reads as a list of
 * edits a person can make to the spec.
 *
 * @param kind what is done
 * @param pointer the node it is done to
 * @param variant which replacement value ({@link Kind#RETYPE}) or new name ({@link Kind#RENAME}) is used
 */
record Mutation(Kind kind, String pointer, int variant) {

    enum Kind {
        /** The node is removed. */
        DROP,
        /** The node is copied: beside itself in an array, under a similar name in an object. */
        DUPLICATE,
        /** The node is replaced by a value of another JSON type. */
        RETYPE,
        /** An object member gets another name. */
        RENAME
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values a node is retyped to; one of another type than the node's is used. */
    static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.textNode("text"),
            NODES.numberNode(42),
            NODES.numberNode(-1.5),
            NODES.booleanNode(true),
            NODES.nullNode(),
            NODES.objectNode(),
            NODES.arrayNode(),
            NODES.arrayNode().add("x"),
            NODES.objectNode().put("x", "y"));

    /**
     * New names for a member: empty, a keyword, characters that are not Java, a name that collides with
     * another once converted to Java, OpenAPI's own keywords, and the case-changed name.
     */
    static final List<String> NAMES = List.of("", "class", "a b/c~d", "1st", "ünïcødé", "$ref", "type",
            "x-extension", "%s_", "%s2", "UPPER");

    /**
     * Applies the mutation to the tree in place.
     *
     * @return what was done, as a person would say it ({@code retype /components/schemas/Task/properties/id
     *     to []}), or {@code null} when the mutation does not apply (a pointer from a shrunk case may no longer
     *     exist)
     */
    @Nullable String applyTo(JsonNode root) {
        if (pointer.isEmpty()) {
            return null;
        }
        JsonNode parent = SpecDocument.at(root, SpecDocument.parent(pointer));
        JsonNode node = SpecDocument.at(root, pointer);
        if (node.isMissingNode()) {
            return null;
        }
        String segment = SpecDocument.lastSegment(pointer);
        if (parent instanceof ObjectNode object) {
            return switch (kind) {
                case DROP -> {
                    object.remove(segment);
                    yield "drop " + pointer;
                }
                case DUPLICATE -> {
                    object.set(segment + "_", node.deepCopy());
                    yield "duplicate " + pointer + " as '" + segment + "_'";
                }
                case RETYPE -> {
                    JsonNode value = replacement(node);
                    object.set(segment, value);
                    yield "retype " + pointer + " to " + value;
                }
                case RENAME -> "rename " + pointer + " to '" + rename(object, segment) + "'";
            };
        }
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(segment);
            return switch (kind) {
                case DROP -> {
                    array.remove(index);
                    yield "drop " + pointer;
                }
                case DUPLICATE -> {
                    array.insert(index + 1, node.deepCopy());
                    yield "duplicate " + pointer;
                }
                case RETYPE -> {
                    JsonNode value = replacement(node);
                    array.set(index, value);
                    yield "retype " + pointer + " to " + value;
                }
                case RENAME -> null; // array elements have no name
            };
        }
        return null;
    }

    /** The new name, in the member's place (members after it keep their order). */
    private String rename(ObjectNode object, String segment) {
        String template = NAMES.get(Math.floorMod(variant, NAMES.size()));
        String name = template.equals("UPPER") ? segment.toUpperCase(Locale.ROOT) : template.replace("%s", segment);
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        object.fields().forEachRemaining(members::add);
        object.removeAll();
        for (Map.Entry<String, JsonNode> member : members) {
            object.set(member.getKey().equals(segment) ? name : member.getKey(), member.getValue());
        }
        return name;
    }

    private JsonNode replacement(JsonNode node) {
        for (int i = 0; i < REPLACEMENTS.size(); i++) {
            JsonNode candidate = REPLACEMENTS.get(Math.floorMod(variant + i, REPLACEMENTS.size()));
            if (candidate.getNodeType() != node.getNodeType()) {
                return candidate.deepCopy();
            }
        }
        throw new AssertionError("no replacement for " + node);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + pointer + " (variant " + variant + ")";
    }
}
