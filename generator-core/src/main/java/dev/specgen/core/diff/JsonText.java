package dev.specgen.core.diff;

import dev.specgen.core.model.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A JSON value written as compact JSON text, for messages ({@code "running"}, {@code 10}, {@code [1,2]}). */
final class JsonText {

    private JsonText() {}

    static String of(@Nullable JsonValue value) {
        if (value == null || value instanceof JsonValue.JsonNull) {
            return "null";
        }
        if (value instanceof JsonValue.JsonString string) {
            return '"' + string.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.value().toPlainString();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof JsonValue.JsonArray array) {
            return array.elements().stream().map(JsonText::of).collect(Collectors.joining(",", "[", "]"));
        }
        Map<String, JsonValue> members = ((JsonValue.JsonObject) value).members();
        return members.entrySet().stream().map(e -> of(new JsonValue.JsonString(e.getKey())) + ":" + of(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
