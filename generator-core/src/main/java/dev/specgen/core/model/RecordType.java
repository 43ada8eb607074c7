package dev.specgen.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object with known properties, generated as a Java record.
 *
 * @param properties the properties, sorted by Java name so that output does not depend on spec order
 * @param additionalProperties the type of properties not listed, when the schema allows them as typed
 *     values; {@code null} when extra properties are not kept
 * @param unions the Java names of the unions this record is a variant of, sorted
 */
public record RecordType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        List<Property> properties,
        @Nullable TypeRef additionalProperties,
        List<String> unions) implements TypeDef {

    public RecordType {
        properties = List.copyOf(properties);
        unions = List.copyOf(unions);
    }
}
