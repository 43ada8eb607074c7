package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;

/**
 * The Jackson annotations generated code uses. All come from {@code com.fasterxml.jackson.annotation},
 * which Jackson 2 and Jackson 3 share, so generated models work with either.
 */
final class JacksonNames {

    private static final String PACKAGE = "com.fasterxml.jackson.annotation";

    static final ClassName JSON_PROPERTY = ClassName.get(PACKAGE, "JsonProperty");
    static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(PACKAGE, "JsonIgnoreProperties");
    static final ClassName JSON_INCLUDE = ClassName.get(PACKAGE, "JsonInclude");
    static final ClassName JSON_INCLUDE_INCLUDE = ClassName.get(PACKAGE, "JsonInclude", "Include");
    static final ClassName JSON_CREATOR = ClassName.get(PACKAGE, "JsonCreator");
    static final ClassName JSON_CREATOR_MODE = ClassName.get(PACKAGE, "JsonCreator", "Mode");
    static final ClassName JSON_VALUE = ClassName.get(PACKAGE, "JsonValue");
    static final ClassName JSON_TYPE_INFO = ClassName.get(PACKAGE, "JsonTypeInfo");
    static final ClassName JSON_TYPE_INFO_ID = ClassName.get(PACKAGE, "JsonTypeInfo", "Id");
    static final ClassName JSON_TYPE_INFO_AS = ClassName.get(PACKAGE, "JsonTypeInfo", "As");
    static final ClassName JSON_SUB_TYPES = ClassName.get(PACKAGE, "JsonSubTypes");
    static final ClassName JSON_SUB_TYPES_TYPE = ClassName.get(PACKAGE, "JsonSubTypes", "Type");
    static final ClassName JSON_ANY_SETTER = ClassName.get(PACKAGE, "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get(PACKAGE, "JsonAnyGetter");

    private JacksonNames() {}
}
