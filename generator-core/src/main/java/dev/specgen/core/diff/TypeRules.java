package dev.specgen.core.diff;

/**
 * {@code *-type-changed}, {@code *-type-generalized}, {@code *-type-specialized} and {@code *-became-enum}:
 * a value's type changed. A wider type is safe to send and risky to receive; a narrower one the reverse.
 */
final class TypeRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (!(fact instanceof SchemaFact.TypeChanged change)) {
            return;
        }
        String what;
        String verb;
        switch (change.kind()) {
            case GENERALIZED -> {
                what = "type-generalized";
                verb = "was widened";
            }
            case SPECIALIZED -> {
                what = "type-specialized";
                verb = "was narrowed";
            }
            case BECAME_ENUM -> {
                // Receiving values from a list is receiving fewer values: a narrowing like any other.
                what = at.direction() == Direction.REQUEST ? "became-enum" : "type-specialized";
                verb = "became a list of allowed values";
            }
            default -> {
                what = "type-changed";
                verb = "changed";
            }
        }
        at.report(what, "The type " + verb + " from " + change.oldType() + " to " + change.newType() + ".",
                change.oldJava().equals(change.newJava())
                        ? "none: " + at.javaOwner() + " stays " + change.newJava()
                        : at.javaOwner() + " changes type from " + change.oldJava() + " to " + change.newJava());
    }
}
