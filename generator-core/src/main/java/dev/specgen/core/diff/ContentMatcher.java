package dev.specgen.core.diff;

import dev.specgen.core.model.Operation.Content;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Matches the bodies of two versions of a request or response by media type (ignoring case, as HTTP does). */
final class ContentMatcher {

    private ContentMatcher() {}

    static void match(List<Content> older, List<Content> newer, Consumer<Content> removed, Consumer<Content> added,
            BiConsumer<Content, Content> both) {
        Map<String, Content> remaining = new LinkedHashMap<>();
        newer.forEach(c -> remaining.put(key(c), c));
        for (Content before : older) {
            Content after = remaining.remove(key(before));
            if (after == null) {
                removed.accept(before);
            } else {
                both.accept(before, after);
            }
        }
        remaining.values().forEach(added);
    }

    private static String key(Content content) {
        return content.mediaType().toLowerCase(Locale.ROOT);
    }
}
