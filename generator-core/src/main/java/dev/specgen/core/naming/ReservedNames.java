package dev.specgen.core.naming;

import java.util.Set;

/** The names generated code uses itself, per scope, which spec names must not take. */
public final class ReservedNames {

    private ReservedNames() {}

    /**
     * Type names: {@code java.lang} types that generated code refers to by simple name (a model type
     * of that name in the same package would shadow them), and {@code Builder}, the nested class of
     * every record (Java forbids a nested class named like its enclosing class).
     */
    public static final Set<String> TYPES = Set.of(
            "Object", "String", "Integer", "Long", "Double", "Float", "Boolean", "Byte", "Short",
            "Character", "Number", "Enum", "Record", "Class", "Void", "Math", "System", "Override",
            "Deprecated", "SuppressWarnings", "Iterable", "Comparable", "CharSequence", "Exception",
            "RuntimeException", "Error", "Throwable", "Thread", "Runnable", "Builder", "Value");

    /**
     * Record component names: those the JLS forbids for record components, and the members every
     * generated record has ({@code builder()}, {@code toBuilder()}) or its builder has ({@code build()}).
     */
    public static final Set<String> RECORD_COMPONENTS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait",
            "builder", "toBuilder", "build", "equals");

    /**
     * Enum constant names: {@code UNKNOWN} is the generated marker for a value the spec does not list,
     * and {@code VALUES} the static field that holds the listed constants.
     */
    public static final Set<String> ENUM_CONSTANTS = Set.of("UNKNOWN", "VALUES");
}
