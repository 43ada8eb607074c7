package dev.specgen.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value from a spec (an example, a default), independent of any parser library so that
 * downstream stages can read it without touching Swagger Parser or Jackson types.
 */
public sealed interface JsonValue {

    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    record JsonString(String value) implements JsonValue {}

    record JsonNumber(BigDecimal value) implements JsonValue {
        /** Whether the number has no fractional part. */
        public boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    record JsonBoolean(boolean value) implements JsonValue {}

    enum JsonNull implements JsonValue {
        INSTANCE
    }
}
