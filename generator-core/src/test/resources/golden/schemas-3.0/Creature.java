package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Creature</code> value of the API: one of several shapes.
 *
 * <p>The names of a value's properties say which shape it has; a value whose names fit
 * several shapes, or none, is read as {@link Lion}.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.DEDUCTION,
        defaultImpl = Lion.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(Lion.class),
        @JsonSubTypes.Type(Penguin.class),
        @JsonSubTypes.Type(WhiteLion.class),
        @JsonSubTypes.Type(Robot.class)
})
public sealed interface Creature permits Lion, Penguin, WhiteLion, Robot {
}
