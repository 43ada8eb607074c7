package dev.specgen.core.parse;

import dev.specgen.core.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the members of an object that its {@code properties} do not list are.
 *
 * @param value {@code Boolean.TRUE}, {@code Boolean.FALSE} or the members' {@code Schema}
 * @param location where that is said
 */
record ExtraMembers(Object value, SourceLocation location) {

    /**
     * The schema's {@code additionalProperties} ({@code true}, {@code false} or a schema), else its 3.1
     * {@code patternProperties} when one schema serves every pattern (member names are not checked against
     * the patterns). Patterns with different schemas have no one Java type: their values are kept as plain
     * JSON, with a warning. {@code null} when the schema says nothing.
     */
    @SuppressWarnings("rawtypes")
    static @Nullable ExtraMembers of(Schema<?> schema, SourceLocation location, Fallbacks fallbacks) {
        if (schema.getAdditionalProperties() != null) {
            return new ExtraMembers(schema.getAdditionalProperties(), location.child("additionalProperties"));
        }
        Map<String, Schema> patterns = schema.getPatternProperties();
        if (patterns == null || patterns.isEmpty()) {
            return null;
        }
        Map.Entry<String, Schema> first = new TreeMap<>(patterns).firstEntry();
        if (patterns.values().stream().allMatch(first.getValue()::equals)) {
            return new ExtraMembers(first.getValue(), location.child("patternProperties").child(first.getKey()));
        }
        fallbacks.mixedPatterns(location);
        return new ExtraMembers(Boolean.TRUE, location.child("patternProperties"));
    }
}
