package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The <code>Expr</code> value of the API: one of several shapes.
 *
 * <p>The <code>op</code> property says which shape a value has.
 */
@JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.EXISTING_PROPERTY,
        property = "op",
        visible = true
)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Literal.class, name = "lit"),
        @JsonSubTypes.Type(value = Binary.class, name = "add"),
        @JsonSubTypes.Type(value = Binary.class, name = "mul")
})
public sealed interface Expr permits Literal, Binary {
    /**
     * Returns the <code>op</code> property (JSON <code>op</code>, required), which every variant has.
     *
     * @return the value, as received
     */
    String op();
}
