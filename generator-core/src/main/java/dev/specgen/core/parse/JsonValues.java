package dev.specgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specgen.core.model.JsonValue;
import io.swagger.v3.core.util.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Converts parser-side JSON (Jackson 2 trees, or the objects Swagger Parser keeps) into {@link JsonValue}. */
final class JsonValues {

    private JsonValues() {}

    static JsonValue of(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                members.put(field.getKey(), of(field.getValue()));
            }
            return new JsonValue.JsonObject(members);
        }
        if (node.isArray()) {
            List<JsonValue> elements = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                elements.add(of(element));
            }
            return new JsonValue.JsonArray(elements);
        }
        if (node.isNumber()) {
            return new JsonValue.JsonNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return new JsonValue.JsonBoolean(node.booleanValue());
        }
        if (node.isNull() || node.isMissingNode()) {
            return JsonValue.JsonNull.INSTANCE;
        }
        return new JsonValue.JsonString(node.asText());
    }

    /** A scalar as a plain Java value: text, a {@code BigDecimal}, a {@code Boolean}; {@code null} otherwise. */
    static @Nullable Object plain(JsonValue value) {
        if (value instanceof JsonValue.JsonString text) {
            return text.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.value();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }

    /** Converts a value as Swagger Parser holds it (a tree, a string, a number, a map…). */
    static @Nullable JsonValue ofParsed(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return of(node);
        }
        if (value instanceof String text) {
            return new JsonValue.JsonString(text);
        }
        if (value instanceof Boolean bool) {
            return new JsonValue.JsonBoolean(bool);
        }
        if (value instanceof Number number) {
            return new JsonValue.JsonNumber(new BigDecimal(number.toString()));
        }
        return of(Json.mapper().valueToTree(value));
    }
}
