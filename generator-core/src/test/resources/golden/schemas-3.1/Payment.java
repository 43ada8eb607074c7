package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Inline variants, selected by the const of their own discriminator property.
 *
 * <p>The <code>method</code> property says which shape a value has.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "method",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = PaymentOption1.class, name = "card"),
        @JsonSubTypes.Type(value = PaymentOption2.class, name = "sepa")
})
public sealed interface Payment permits PaymentOption1, PaymentOption2 {
}
