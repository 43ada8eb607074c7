package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Animal</code> value of the API: one of several shapes.
 *
 * <p>The <code>species</code> property says which shape a value has. A value whose <code>species</code> names no shape listed here
 * is read as {@link Unknown}, not refused.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "species",
        visible = true,
        defaultImpl = Animal.Unknown.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Lion.class, name = "lion"),
        @JsonSubTypes.Type(value = Penguin.class, name = "penguin"),
        @JsonSubTypes.Type(value = WhiteLion.class, name = "WhiteLion")
})
public sealed interface Animal permits Lion, Penguin, WhiteLion, Animal.Unknown {
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

    /**
     * A value whose <code>species</code> names none of the shapes this version of the API lists, most likely
     * a shape the service added since: kept whole, so that it can be logged, passed on or written
     * back.
     *
     * @param name the <code>name</code> property (JSON <code>name</code>, required)
     * @param species the <code>species</code> property (JSON <code>species</code>, required)
     * @param members every other JSON member, by name, in the order received (empty, never null)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NONE
    )
    record Unknown(@JsonProperty("name") @Nullable String name,
            @JsonProperty("species") @Nullable String species,
            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> members) implements Animal {
        public Unknown {
            members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
