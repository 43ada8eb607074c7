package dev.specgen.runtime.http;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns parameter values into the text that goes on the wire. Strings, numbers and booleans as they are;
 * generated open enums and lenient dates by their {@code toString()}, which is their wire value; {@code byte[]}
 * as base64; a record written as one JSON scalar (a union of scalars' alternative) as that scalar; maps, other
 * records and collections as JSON text (a parameter's lists and objects are written by its
 * {@link ParameterStyle} instead, element by element).
 */
final class ParameterText {

    private ParameterText() {}

    static String of(Object value, JsonMapper mapper) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString(); // toString() may give 1E+3, which no server reads as a number
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Record) {
            // A record written as one JSON value (@JsonValue), such as a generated union of scalars' alternative
            // (SortKey.OfInteger): its value, as a list element or a form field carries it, not its JSON text.
            tools.jackson.databind.JsonNode tree = mapper.valueToTree(value);
            return tree.isValueNode() ? ParameterValue.text(tree, mapper) : mapper.writeValueAsString(tree);
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return mapper.writeValueAsString(value);
        }
        // Generated open enums and the lenient date types: toString() is the raw wire value.
        return value.toString();
    }
}
