package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Notification</code> value of the API: one of several shapes.
 *
 * <p>The <code>channel</code> property says which shape a value has.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "channel",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Email.class, name = "email"),
        @JsonSubTypes.Type(value = Sms.class, name = "sms"),
        @JsonSubTypes.Type(value = Sms.class, name = "text")
})
public sealed interface Notification permits Email, Sms {
}
