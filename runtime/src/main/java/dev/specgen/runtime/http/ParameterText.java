package dev.specgen.runtime.http;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns parameter values into the text that goes on the wire. Strings, numbers and booleans as they are;
 * generated open enums and lenient dates by their {@code toString()}, which is their wire value; {@code byte[]}
 * as base64; collections element by element; maps and other objects as JSON text.
 */
final class ParameterText {

    private ParameterText() {}

    static String of(Object value, JsonMapper mapper) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Map<?, ?> || value instanceof Record || value instanceof Collection<?>) {
            return mapper.writeValueAsString(value);
        }
        // Generated open enums and the lenient date types: toString() is the raw wire value.
        return value.toString();
    }

    /** The texts of a value that may be a collection (one text per element) or a single value. */
    static List<String> each(Object value, JsonMapper mapper) {
        if (value instanceof Collection<?> collection) {
            List<String> texts = new ArrayList<>(collection.size());
            for (Object element : collection) {
                if (element != null) {
                    texts.add(of(element, mapper));
                }
            }
            return texts;
        }
        return List.of(of(value, mapper));
    }
}
