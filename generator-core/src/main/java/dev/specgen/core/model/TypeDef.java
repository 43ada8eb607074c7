package dev.specgen.core.model;

/** A named type that becomes one generated Java type. */
public sealed interface TypeDef permits RecordType, EnumType, UnionType, ScalarUnionType {

    /** The Java simple name, unique within the generated package. */
    String javaName();

    /** The name the spec gives it, or the path it was hoisted from for an inline schema. */
    String specName();

    /** Where it is defined in the spec. */
    SourceLocation location();

    Docs docs();
}
