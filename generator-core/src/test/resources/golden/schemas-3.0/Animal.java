package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Animal</code> value of the API: one of several shapes.
 *
 * <p>The <code>species</code> property says which shape a value has.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "species",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Lion.class, name = "lion"),
        @JsonSubTypes.Type(value = Penguin.class, name = "penguin"),
        @JsonSubTypes.Type(value = WhiteLion.class, name = "WhiteLion")
})
public sealed interface Animal permits Lion, Penguin, WhiteLion {
    /**
     * Returns the <code>name</code> property (JSON <code>name</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String name();

    /**
     * Returns the <code>species</code> property (JSON <code>species</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String species();
}
