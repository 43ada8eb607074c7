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
 * The <code>Notification</code> value of the API: one of several shapes.
 *
 * <p>The <code>channel</code> property says which shape a value has. A value whose <code>channel</code> names no shape listed here
 * is read as {@link Unknown}, not refused.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "channel",
        visible = true,
        defaultImpl = Notification.Unknown.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Email.class, name = "email"),
        @JsonSubTypes.Type(value = Sms.class, name = "sms"),
        @JsonSubTypes.Type(value = Sms.class, name = "text")
})
public sealed interface Notification permits Email, Sms, Notification.Unknown {
    /**
     * A value whose <code>channel</code> names none of the shapes this version of the API lists, most likely
     * a shape the service added since: kept whole, so that it can be logged, passed on or written
     * back.
     *
     * @param channel the <code>channel</code>, as received
     * @param members every other JSON member, by name, in the order received (empty, never null)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NONE
    )
    record Unknown(@JsonProperty("channel") @Nullable String channel,
            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> members) implements Notification {
        public Unknown {
            members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
