package dev.specgen.core.diff;

import java.util.Map;

/**
 * A direction and a scope: what a rule id's prefix says ({@code request-parameter-}, {@code
 * response-property-}). Rule families are registered for every site where oasdiff distinguishes them;
 * elsewhere the property site of the same direction stands in (a constraint on the items of a top-level
 * array body is reported as a property constraint).
 */
record Site(Direction direction, Scope scope) {

    /** oasdiff ids that do not follow the {@code <direction>-<scope>-<what>} pattern. */
    private static final Map<String, RuleId> ALIASES =
            Map.of("response-body-enum-value-removed", RuleId.RESPONSE_MEDIATYPE_ENUM_VALUE_REMOVED);

    /** The rule for {@code what} at this site, e.g. {@code rule("enum-value-removed")}. */
    RuleId rule(String what) {
        String id = direction.word() + "-" + scope.word() + "-" + what;
        RuleId alias = ALIASES.get(id);
        if (alias != null) {
            return alias;
        }
        return RuleId.byId(id)
                .or(() -> RuleId.byId(direction.word() + "-property-" + what))
                .orElseThrow(() -> new IllegalStateException("no rule registered for " + id));
    }

    Site withScope(Scope other) {
        return other == scope ? this : new Site(direction, other);
    }
}
