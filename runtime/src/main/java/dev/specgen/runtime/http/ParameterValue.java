package dev.specgen.runtime.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A parameter value in the three shapes OpenAPI's styles distinguish: a scalar, a list, an object. Lists hold the
 * text of each element; an object holds its members as JSON trees, so that {@code deepObject} can nest them and
 * the other styles can write a nested member as its JSON text.
 */
sealed interface ParameterValue {

    record Scalar(String text) implements ParameterValue {}

    record ListValue(List<String> texts) implements ParameterValue {}

    /** An object's members in the order Jackson writes them (a generated record: the spec's order). */
    record ObjectValue(List<Map.Entry<String, JsonNode>> members) implements ParameterValue {}

    /**
     * The shape of a Java value: collections are lists, maps and records (generated models) objects, a
     * {@link JsonParameter} a scalar of JSON text, anything else a scalar written by {@link ParameterText}. {@code null} elements and members are left out.
     */
    static ParameterValue of(Object value, JsonMapper mapper) {
        if (value instanceof JsonParameter json) {
            return new Scalar(mapper.writeValueAsString(json.value()));
        }
        if (value instanceof Collection<?> collection) {
            List<String> texts = new ArrayList<>(collection.size());
            for (Object element : collection) {
                if (element != null) {
                    texts.add(ParameterText.of(element, mapper));
                }
            }
            return new ListValue(List.copyOf(texts));
        }
        if (value instanceof Map<?, ?> || value instanceof Record) {
            JsonNode tree = mapper.valueToTree(value);
            if (tree.isObject()) {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                for (Map.Entry<String, JsonNode> member : tree.properties()) {
                    if (!member.getValue().isNull() && !member.getValue().isMissingNode()) {
                        members.add(Map.entry(member.getKey(), member.getValue()));
                    }
                }
                return new ObjectValue(List.copyOf(members));
            }
            // A record written as one JSON value (@JsonValue): a generated union of scalars' alternative.
            return new Scalar(text(tree, mapper));
        }
        return new Scalar(ParameterText.of(value, mapper));
    }

    /** A member's text: a scalar as it is (a decimal in plain digits), an array or object as JSON. */
    static String text(JsonNode node, JsonMapper mapper) {
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString(); // as ParameterText writes a BigDecimal: never 1E+3
        }
        return node.isValueNode() ? node.asString() : mapper.writeValueAsString(node);
    }
}
