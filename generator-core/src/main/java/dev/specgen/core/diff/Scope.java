package dev.specgen.core.diff;

/**
 * Where in a request or response a schema change is: a parameter's own schema, a body's top level (and
 * the items of a top-level array or map), or inside a property.
 */
enum Scope {
    PARAMETER("parameter"),
    BODY("body"),
    PROPERTY("property");

    private final String word;

    Scope(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }
}
