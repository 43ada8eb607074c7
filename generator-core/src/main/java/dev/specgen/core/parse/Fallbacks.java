package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warnings for constructs that Java cannot express faithfully and that are therefore read as a plain JSON
 * value ({@code Object}) or not checked: one per location, however often the schema there is met.
 */
final class Fallbacks {

    private final Diagnostics diagnostics;
    private final Set<String> warned = new HashSet<>();

    Fallbacks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * {@code oneOf}/{@code anyOf} whose alternatives are neither all objects nor all scalars of different kinds (a
     * string beside an object or an array, two integers).
     */
    void union(Schema<?> schema, SourceLocation location) {
        warnOnce(Diagnostic.warning(
                "union-fallback",
                UnionTranslator.keyword(schema) + " with alternatives that are neither all objects nor scalars of"
                        + " different kinds is read as a plain JSON value",
                location,
                "the generated type is Object; give each alternative properties, or make the alternatives scalars"
                        + " of one kind each (integer, number, string, boolean), to get a sealed interface"));
    }

    /**
     * {@code oneOf}/{@code anyOf} without a discriminator whose alternatives {@code sameNames} have the same
     * property names.
     */
    void indistinguishableUnion(Schema<?> schema, SourceLocation location, String sameNames) {
        warnOnce(Diagnostic.warning(
                "union-fallback",
                UnionTranslator.keyword(schema) + " alternatives " + sameNames + " have the same property names, so a"
                        + " value cannot tell which it is; it is read as a plain JSON value",
                location,
                "the generated type is Object; add a discriminator, or give the alternatives properties that tell"
                        + " them apart"));
    }

    /**
     * A union without a discriminator in which no alternative holds every property that two alternatives share, so
     * that a value with only shared properties fits several alternatives and has none to be read as.
     */
    void ambiguousUnion(SourceLocation location) {
        warnOnce(Diagnostic.warning(
                "union-ambiguous",
                "alternatives share properties that no one alternative has all of; a value whose properties are all"
                        + " shared fits several alternatives, and reading it fails",
                location,
                "add a discriminator, or give the alternatives properties that tell them apart"));
    }

    /**
     * {@code not} has no Java type ("anything but a string"), and the validators do not check it: the rest of
     * the schema decides the type ({@code Object} when nothing else is said).
     */
    void not(Schema<?> schema, SourceLocation location) {
        if (schema.getNot() != null) {
            warnOnce(Diagnostic.warning(
                    "not-unchecked",
                    "'not' cannot be expressed as a Java type and is not checked by the generated validator;"
                            + " the rest of the schema decides the type",
                    location.child("not"),
                    "nothing to do if the server enforces it; otherwise check the value in your own code"));
        }
    }

    /** A 3.1 {@code type} array with several non-null types. */
    void severalTypes(Schema<?> schema, SourceLocation location) {
        warnOnce(Diagnostic.warning(
                "several-types-fallback",
                "a value of several types (" + String.join(", ", new TreeSet<>(schema.getTypes()))
                        + ") has no one Java type; it is read as a plain JSON value (Object)",
                location.child("type"),
                "nothing to do; or split the value into properties of one type each"));
    }

    /** {@code patternProperties} whose patterns have different schemas. */
    void mixedPatterns(SourceLocation location) {
        warnOnce(Diagnostic.warning(
                "pattern-properties-fallback",
                "patternProperties with different schemas per pattern have no one Java type; their values are"
                        + " kept as plain JSON values (Object)",
                location.child("patternProperties"),
                "give every pattern the same schema to get typed values"));
    }

    private void warnOnce(Diagnostic warning) {
        if (warned.add(warning.code() + " " + warning.location())) {
            diagnostics.add(warning);
        }
    }
}
