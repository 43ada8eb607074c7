package dev.specgen.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object with known properties, generated as a Java record.
 *
 * @param properties the properties, sorted by Java name so that output does not depend on spec order
 * @param additionalProperties where the properties the schema does not list are kept, when it says
 *     {@code additionalProperties: true} or gives them a type; {@code null} when they are not kept
 * @param unions the Java names of the unions this record is a variant of, sorted
 */
public record RecordType(
        String javaName,
        String specName,
        SourceLocation location,
        Docs docs,
        List<Property> properties,
        @Nullable AdditionalProperties additionalProperties,
        List<String> unions) implements TypeDef {

    public RecordType {
        properties = List.copyOf(properties);
        unions = List.copyOf(unions);
    }

    /**
     * The map component that keeps the properties a schema does not list: every JSON member without a
     * component of its own goes there on reading, and is written back as a member of the object.
     *
     * @param javaName the component's name: {@code additionalProperties}, or with a numeric suffix when a
     *     listed property already has that name
     * @param type the map's type: its values are {@link TypeRef.AnyValue} for {@code additionalProperties: true}
     */
    public record AdditionalProperties(String javaName, TypeRef.MapOf type) {}
}
