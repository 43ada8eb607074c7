package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Shape</code> value of the API: one of several shapes.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.DEDUCTION
)
@JsonSubTypes({
        @JsonSubTypes.Type(Circle.class),
        @JsonSubTypes.Type(Square.class),
        @JsonSubTypes.Type(Triangle.class)
})
public sealed interface Shape permits Circle, Square, Triangle {
}
