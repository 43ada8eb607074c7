package dev.specgen.core.parse;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Keeps the string-valued {@code x-} extensions, the ones the model carries (e.g. {@code x-acs-action}). */
final class Extensions {

    private Extensions() {}

    static SortedMap<String, String> strings(@Nullable Map<String, Object> extensions) {
        SortedMap<String, String> strings = new TreeMap<>();
        if (extensions != null) {
            extensions.forEach((name, value) -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    strings.put(name, String.valueOf(value));
                }
            });
        }
        return strings;
    }
}
