package dev.specgen.core.diff;

/**
 * {@code *-one-of-added} / {@code -removed}, {@code *-any-of-added} / {@code -removed} and {@code
 * *-discriminator-*}: a union gained or lost a variant, or tells its variants apart differently.
 */
final class UnionRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (fact instanceof SchemaFact.VariantChanged variant) {
            String keyword = variant.exclusive() ? "oneOf" : "anyOf";
            at.report((variant.exclusive() ? "one-of" : "any-of") + (variant.added() ? "-added" : "-removed"),
                    "The " + keyword + " variant " + variant.recordName() + " was " + (variant.added() ? "added." : "removed."),
                    variant.added()
                            ? "sealed interface " + variant.unionName() + " permits the new record " + variant.recordName()
                            : "record " + variant.recordName() + " no longer implements " + variant.unionName());
        } else if (fact instanceof SchemaFact.DiscriminatorChanged discriminator) {
            String what = discriminator.oldProperty() == null ? "discriminator-added"
                    : discriminator.newProperty() == null ? "discriminator-removed" : "discriminator-property-name-changed";
            String message = discriminator.oldProperty() == null
                    ? "The variants are now told apart by the property '" + discriminator.newProperty() + "'."
                    : discriminator.newProperty() == null
                            ? "The discriminator '" + discriminator.oldProperty() + "' was removed."
                            : "The discriminator changed from '" + discriminator.oldProperty() + "' to '"
                                    + discriminator.newProperty() + "'.";
            at.report(what, message, "Jackson picks the variant of " + discriminator.unionName()
                    + (discriminator.newProperty() == null ? " by the properties present"
                            : " by the property '" + discriminator.newProperty() + "'"));
        } else if (fact instanceof SchemaFact.DiscriminatorMappingChanged mapping) {
            String what = mapping.oldRecord() == null ? "discriminator-mapping-added"
                    : mapping.newRecord() == null ? "discriminator-mapping-deleted" : "discriminator-mapping-changed";
            String message = mapping.oldRecord() == null
                    ? "The discriminator value '" + mapping.value() + "' now selects " + mapping.newRecord() + "."
                    : mapping.newRecord() == null
                            ? "The discriminator value '" + mapping.value() + "' no longer selects " + mapping.oldRecord() + "."
                            : "The discriminator value '" + mapping.value() + "' now selects " + mapping.newRecord()
                                    + " instead of " + mapping.oldRecord() + ".";
            at.report(what, message, "the @JsonSubTypes names of " + mapping.unionName() + " change");
        }
    }
}
