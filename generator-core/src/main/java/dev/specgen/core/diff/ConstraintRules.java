package dev.specgen.core.diff;

import dev.specgen.core.diff.SchemaFact.BoundChange;

/**
 * {@code *-max-*}, {@code *-min-*}, {@code *-max-length-*}, {@code *-min-items-*}…, {@code *-pattern-*},
 * {@code *-multiple-of-*} and {@code *-unique-items-*}: a constraint was tightened or loosened. Tightening
 * breaks senders; loosening breaks receivers that relied on the limit (and the generated validators, which
 * check it).
 */
final class ConstraintRules implements SchemaRule {

    @Override
    public void report(SchemaFact fact, FactContext at) {
        if (fact instanceof SchemaFact.BoundChanged bound) {
            reportBound(bound, at);
        } else if (fact instanceof SchemaFact.PatternChanged pattern) {
            reportPattern(pattern, at);
        } else if (fact instanceof SchemaFact.MultipleOfChanged multipleOf) {
            String what = multipleOf.oldValue() == null ? "multiple-of-set"
                    : multipleOf.newValue() == null ? "multiple-of-unset" : "multiple-of-changed";
            at.report(what, sentence("multipleOf", multipleOf.oldValue(), multipleOf.newValue()),
                    validator(at, "multipleOf", multipleOf.newValue()));
        } else if (fact instanceof SchemaFact.UniqueItemsChanged unique) {
            at.report(unique.nowUnique() ? "unique-items-set" : "unique-items-unset",
                    unique.nowUnique() ? "The items must now be unique." : "The items no longer need to be unique.",
                    validator(at, "uniqueItems", unique.nowUnique() ? "true" : null));
        }
    }

    private static void reportBound(SchemaFact.BoundChanged bound, FactContext at) {
        String keyword = bound.bound().keyword();
        String message = bound.change() == BoundChange.INCREASED || bound.change() == BoundChange.DECREASED
                ? keyword + " " + bound.change().word() + " from " + bound.oldValue() + " to " + bound.newValue() + "."
                : sentence(keyword, bound.oldValue(), bound.newValue());
        at.report(bound.bound().word() + "-" + bound.change().word(), message,
                validator(at, keyword, bound.newValue()));
    }

    private static void reportPattern(SchemaFact.PatternChanged pattern, FactContext at) {
        String what = pattern.oldPattern() == null ? "pattern-added"
                : pattern.newPattern() == null ? "pattern-removed" : "pattern-changed";
        at.report(what, sentence("pattern", quoted(pattern.oldPattern()), quoted(pattern.newPattern())),
                validator(at, "pattern", pattern.newPattern()));
    }

    /** "maxLength 32 was set.", "maxLength 64 was removed.", "pattern changed from 'a' to 'b'." */
    private static String sentence(String keyword, @org.jspecify.annotations.Nullable String before,
            @org.jspecify.annotations.Nullable String after) {
        if (before == null) {
            return keyword + " " + after + " was set.";
        }
        if (after == null) {
            return keyword + " " + before + " was removed.";
        }
        return keyword + " changed from " + before + " to " + after + ".";
    }

    private static @org.jspecify.annotations.Nullable String quoted(@org.jspecify.annotations.Nullable String text) {
        return text == null ? null : "'" + text + "'";
    }

    private static String validator(FactContext at, String keyword, @org.jspecify.annotations.Nullable String now) {
        return now == null
                ? "the generated validator no longer checks " + keyword + " on " + at.javaOwner()
                : "the generated validator checks " + keyword + " " + now + " on " + at.javaOwner();
    }
}
