package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Vehicle</code> value of the API: one of several shapes.
 *
 * <p>The <code>kind</code> property says which shape a value has.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "kind",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Car.class, name = "Car"),
        @JsonSubTypes.Type(value = Bike.class, name = "Bike")
})
public sealed interface Vehicle permits Car, Bike {
    /**
     * Returns the <code>kind</code> property (JSON <code>kind</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String kind();
}
