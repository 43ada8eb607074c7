package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Polygon</code> value of the API: one of several shapes.
 *
 * <p>The names of a value's properties say which shape it has; a value whose names fit
 * several shapes, or none, is read as {@link Square}.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.DEDUCTION,
        defaultImpl = Square.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(Square.class),
        @JsonSubTypes.Type(Triangle.class)
})
public sealed interface Polygon permits Square, Triangle {
}
