package dev.specgen.golden.schemas31;

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
 * Inline variants, selected by the const of their own discriminator property.
 *
 * <p>The <code>method</code> property says which shape a value has. A value whose <code>method</code> names no shape listed here
 * is read as {@link Unknown}, not refused.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "method",
        visible = true,
        defaultImpl = Payment.Unknown.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentOption1.class, name = "card"),
        @JsonSubTypes.Type(value = PaymentOption2.class, name = "sepa")
})
public sealed interface Payment permits PaymentOption1, PaymentOption2, Payment.Unknown {
    /**
     * A value whose <code>method</code> names none of the shapes this version of the API lists, most likely
     * a shape the service added since: kept whole, so that it can be logged, passed on or written
     * back.
     *
     * @param method the <code>method</code>, as received
     * @param members every other JSON member, by name, in the order received (empty, never null)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NONE
    )
    record Unknown(@JsonProperty("method") @Nullable String method,
            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> members) implements Payment {
        public Unknown {
            members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
