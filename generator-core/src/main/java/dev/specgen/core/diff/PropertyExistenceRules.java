package dev.specgen.core.diff;

import dev.specgen.core.model.Property;

/**
 * {@code new-required-request-property}, {@code new-optional-request-property}, {@code
 * request-property-removed}, {@code response-required-property-added}, {@code
 * response-optional-property-added}, {@code response-required-property-removed} and {@code
 * response-optional-property-removed}: a record gained or lost a property.
 */
final class PropertyExistenceRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        boolean request = at.direction() == Direction.REQUEST;
        if (fact instanceof SchemaFact.PropertyAdded added) {
            Property property = added.property();
            RuleId rule = request
                    ? (property.required() ? RuleId.NEW_REQUIRED_REQUEST_PROPERTY : RuleId.NEW_OPTIONAL_REQUEST_PROPERTY)
                    : (property.required() ? RuleId.RESPONSE_REQUIRED_PROPERTY_ADDED
                            : RuleId.RESPONSE_OPTIONAL_PROPERTY_ADDED);
            at.report(rule, "The " + requiredness(property) + " property '" + property.jsonName() + "' was added.",
                    "record component " + added.recordName() + "." + property.javaName() + " ("
                            + TypeNames.java(property.type()) + ") added");
        } else if (fact instanceof SchemaFact.PropertyRemoved removed) {
            Property property = removed.property();
            RuleId rule = request ? RuleId.REQUEST_PROPERTY_REMOVED
                    : property.required() ? RuleId.RESPONSE_REQUIRED_PROPERTY_REMOVED
                            : RuleId.RESPONSE_OPTIONAL_PROPERTY_REMOVED;
            at.report(rule, "The " + requiredness(property) + " property '" + property.jsonName() + "' was removed.",
                    "record component " + removed.recordName() + "." + property.javaName() + " removed");
        }
    }

    private static String requiredness(Property property) {
        return property.required() ? "required" : "optional";
    }
}
