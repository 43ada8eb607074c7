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
 * The <code>Vehicle</code> value of the API: one of several shapes.
 *
 * <p>The <code>kind</code> property says which shape a value has. A value whose <code>kind</code> names no shape listed here
 * is read as {@link Unknown}, not refused.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "kind",
        visible = true,
        defaultImpl = Vehicle.Unknown.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Car.class, name = "Car"),
        @JsonSubTypes.Type(value = Bike.class, name = "Bike")
})
public sealed interface Vehicle permits Car, Bike, Vehicle.Unknown {
    /**
     * Returns the <code>kind</code> property (JSON <code>kind</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String kind();

    /**
     * A value whose <code>kind</code> names none of the shapes this version of the API lists, most likely
     * a shape the service added since: kept whole, so that it can be logged, passed on or written
     * back.
     *
     * @param kind the <code>kind</code> property (JSON <code>kind</code>, required)
     * @param members every other JSON member, by name, in the order received (empty, never null)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NONE
    )
    record Unknown(@JsonProperty("kind") @Nullable String kind,
            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> members) implements Vehicle {
        public Unknown {
            members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
