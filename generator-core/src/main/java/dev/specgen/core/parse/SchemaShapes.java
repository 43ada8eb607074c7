package dev.specgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks, on the JSON tree, that schemas and references have the JSON type OpenAPI gives them. Swagger
 * Parser only warns about a schema that is text or {@code null}, or a {@code $ref} that is a number (in its
 * own dotted notation, without a line), and hands on a {@code null} in its place, which the translators
 * cannot use; this check reports each such place as an error with its JSON pointer instead.
 *
 * <p>The walk is iterative, and {@link SpecLoader} runs it only on documents the parser warned about.
 */
final class SchemaShapes {

    /** Members whose values are data, not OpenAPI objects: nothing in them is checked. */
    private static final Set<String> DATA_MEMBERS = Set.of("example", "examples", "default", "enum", "const", "value");

    /** Schema keywords whose value is one schema. */
    private static final Set<String> ONE_SCHEMA = Set.of("items", "not", "additionalItems", "contains",
            "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties");

    /** Schema keywords whose value is a list of schemas. */
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf", "prefixItems");

    /** Schema keywords whose value maps names to schemas. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas",
            "$defs", "definitions");

    private SchemaShapes() {}

    /**
     * An error for every schema that is not an object (or, in OpenAPI 3.1, a boolean), every schema list or
     * map of another type, and every non-text {@code $ref}, in document order.
     */
    static List<Diagnostic> check(JsonNode root, SourceLocation whole) {
        boolean booleanSchemas = root.path("openapi").asText("").startsWith("3.1");
        List<Diagnostic> errors = new ArrayList<>();
        Deque<Place> pending = new ArrayDeque<>();
        pending.push(new Place(root, TreePath.ROOT, Shape.DOCUMENT));
        while (!pending.isEmpty()) {
            Place place = pending.pop();
            Diagnostic error = place.shape().error(place, whole, booleanSchemas);
            if (error != null) {
                errors.add(error);
                continue;
            }
            List<Place> children = new ArrayList<>();
            expand(place, children);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i)); // reversed, so that errors come in document order
            }
        }
        return errors;
    }

    /** The places inside a place that are checked further. */
    private static void expand(Place place, List<Place> children) {
        JsonNode node = place.node();
        switch (place.shape()) {
            case SCHEMA_LIST -> {
                for (int i = 0; i < node.size(); i++) {
                    children.add(new Place(node.get(i), place.path().child(i), Shape.SCHEMA));
                }
            }
            case SCHEMA_MAP -> node.fields().forEachRemaining(entry -> children.add(
                    new Place(entry.getValue(), place.path().child(entry.getKey()), Shape.SCHEMA)));
            case SCHEMA, DOCUMENT -> {
                if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        if (node.get(i).isContainerNode()) {
                            children.add(new Place(node.get(i), place.path().child(i), Shape.DOCUMENT));
                        }
                    }
                } else if (node.isObject()) {
                    node.fields().forEachRemaining(member -> member(place, member.getKey(), member.getValue(), children));
                }
            }
        }
    }

    private static void member(Place place, String name, JsonNode value, List<Place> children) {
        if (DATA_MEMBERS.contains(name) || name.startsWith("x-")) {
            return;
        }
        boolean schema = place.shape() == Shape.SCHEMA;
        if (name.equals("$ref")) {
            children.add(new Place(value, place.path().child(name), Shape.REF));
            return;
        }
        Shape shape;
        if (schema && SCHEMA_LISTS.contains(name)) {
            shape = Shape.SCHEMA_LIST;
        } else if (schema ? SCHEMA_MAPS.contains(name) : isSchemasOfComponents(place, name)) {
            shape = Shape.SCHEMA_MAP;
        } else if (schema ? ONE_SCHEMA.contains(name) || name.equals("additionalProperties") && !value.isBoolean()
                : name.equals("schema")) {
            shape = Shape.SCHEMA;
        } else if (!schema && value.isContainerNode()) {
            shape = Shape.DOCUMENT;
        } else {
            return; // most members are text or a schema's own facts; their locations are never built
        }
        children.add(new Place(value, place.path().child(name), shape));
    }

    private static boolean isSchemasOfComponents(Place parent, String name) {
        TreePath at = parent.path();
        return name.equals("schemas") && !at.isRoot() && at.parent().isRoot() && at.segment().equals("components")
                || name.equals("definitions") && at.isRoot();
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "a list";
            case OBJECT -> "a mapping";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** What a place must hold. */
    private enum Shape {
        /** Any OpenAPI object outside schemas: only what is inside it is checked. */
        DOCUMENT,
        SCHEMA,
        SCHEMA_LIST,
        SCHEMA_MAP,
        REF;

        @Nullable Diagnostic error(Place place, SourceLocation whole, boolean booleanSchemas) {
            JsonNode node = place.node();
            String name = String.valueOf(place.path().segment());
            return switch (this) {
                case DOCUMENT -> null;
                case SCHEMA -> node.isObject() || booleanSchemas && node.isBoolean() ? null
                        : Diagnostic.error("invalid-schema", "a schema must be an object"
                                + (booleanSchemas ? " or a boolean" : "") + ", not " + describe(node), place.path().in(whole),
                                "write the schema as a mapping, e.g. {type: string}, or remove it");
                case SCHEMA_LIST -> node.isArray() ? null
                        : Diagnostic.error("invalid-schema", name + " must be a list of schemas, not "
                                + describe(node), place.path().in(whole),
                                "write " + name + " as a list: [{$ref: '#/components/schemas/A'}, ...]");
                case SCHEMA_MAP -> node.isObject() ? null
                        : Diagnostic.error("invalid-schema", name + " must map names to schemas, not be "
                                + describe(node), place.path().in(whole), "write " + name + " as a mapping of names to schemas");
                case REF -> node.isTextual() ? null
                        : Diagnostic.error("invalid-ref", "$ref must be text, not " + describe(node), place.path().in(whole),
                                "write the reference as text, e.g. '#/components/schemas/Task'");
            };
        }
    }

    /** A node to check, where it is, and what it must hold. */
    private record Place(JsonNode node, TreePath path, Shape shape) {}
}
