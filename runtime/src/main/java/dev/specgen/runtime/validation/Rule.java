package dev.specgen.runtime.validation;

/**
 * What a {@link Violation} broke, named by the JSON Schema / OpenAPI keyword that states it, so a
 * violation can be traced back to the line of the spec that asks for it.
 */
public enum Rule {
    /** A required property is absent, or {@code null} where the schema does not allow it. */
    REQUIRED("required"),
    /**
     * An explicit {@code null} where the schema does not allow one. Generated validators report it for list
     * items and map values; on record properties Java cannot tell an explicit {@code null} from an absent
     * value, so only JSON checks (such as {@code specgen check}) report it there.
     */
    NULLABLE("nullable"),
    /** A JSON value of the wrong kind (a string where a number belongs). Only JSON checks report it: a typed Java value cannot break it. */
    TYPE("type"),
    /** A value the schema's {@code enum} does not list. */
    ENUM("enum"),
    MIN_LENGTH("minLength"),
    MAX_LENGTH("maxLength"),
    PATTERN("pattern"),
    FORMAT("format"),
    MINIMUM("minimum"),
    /** {@code exclusiveMinimum}, whether spelled as OpenAPI 3.0's boolean or 3.1's number. */
    EXCLUSIVE_MINIMUM("exclusiveMinimum"),
    MAXIMUM("maximum"),
    /** {@code exclusiveMaximum}, whether spelled as OpenAPI 3.0's boolean or 3.1's number. */
    EXCLUSIVE_MAXIMUM("exclusiveMaximum"),
    MULTIPLE_OF("multipleOf"),
    MIN_ITEMS("minItems"),
    MAX_ITEMS("maxItems"),
    UNIQUE_ITEMS("uniqueItems"),
    MIN_PROPERTIES("minProperties"),
    MAX_PROPERTIES("maxProperties"),
    /** A {@code oneOf} value that matches no alternative, or more than one. */
    ONE_OF("oneOf"),
    /** An {@code anyOf} value that matches no alternative. */
    ANY_OF("anyOf"),
    /** A discriminator value that selects no alternative, or another alternative than the value's own. */
    DISCRIMINATOR("discriminator");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The keyword as the spec spells it, e.g. {@code minLength}. */
    public String id() {
        return id;
    }
}
