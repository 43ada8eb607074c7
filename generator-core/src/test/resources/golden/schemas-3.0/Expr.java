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
 * The <code>Expr</code> value of the API: one of several shapes.
 *
 * <p>The <code>op</code> property says which shape a value has. A value whose <code>op</code> names no shape listed here
 * is read as {@link Unknown}, not refused.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "op",
        visible = true,
        defaultImpl = Expr.Unknown.class
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Literal.class, name = "lit"),
        @JsonSubTypes.Type(value = Binary.class, name = "add"),
        @JsonSubTypes.Type(value = Binary.class, name = "mul")
})
public sealed interface Expr permits Literal, Binary, Expr.Unknown {
    /**
     * Returns the <code>op</code> property (JSON <code>op</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String op();

    /**
     * A value whose <code>op</code> names none of the shapes this version of the API lists, most likely
     * a shape the service added since: kept whole, so that it can be logged, passed on or written
     * back.
     *
     * @param op the <code>op</code> property (JSON <code>op</code>, required)
     * @param members every other JSON member, by name, in the order received (empty, never null)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonTypeInfo(
            use = JsonTypeInfo.Id.NONE
    )
    record Unknown(@JsonProperty("op") @Nullable String op,
            @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> members) implements Expr {
        public Unknown {
            members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }
    }
}
