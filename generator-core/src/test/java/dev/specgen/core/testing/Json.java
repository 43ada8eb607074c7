package dev.specgen.core.testing;

import dev.specgen.core.model.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers for tests: model values to text, and trees compared by value (1 equals 1L equals 1.0). */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    public static String text(JsonValue value) {
        return MAPPER.writeValueAsString(plain(value));
    }

    /** The tree as plain Java values with numbers normalized, so that equal JSON compares equal. */
    public static Object normalized(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                members.put(field.getKey(), normalized(field.getValue()));
            }
            return members;
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            node.forEach(e -> elements.add(normalized(e)));
            return elements;
        }
        if (node.isNumber()) {
            BigDecimal number = node.decimalValue().stripTrailingZeros();
            return number.signum() == 0 ? BigDecimal.ZERO : number;
        }
        if (node.isNull()) {
            return "null";
        }
        return node.isBoolean() ? node.booleanValue() : node.asString();
    }

    private static Object plain(JsonValue value) {
        if (value instanceof JsonValue.JsonObject object) {
            Map<String, Object> members = new LinkedHashMap<>();
            object.members().forEach((k, v) -> members.put(k, plain(v)));
            return members;
        }
        if (value instanceof JsonValue.JsonArray array) {
            return array.elements().stream().map(Json::plain).toList();
        }
        if (value instanceof JsonValue.JsonString string) {
            return string.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.value();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }
}
