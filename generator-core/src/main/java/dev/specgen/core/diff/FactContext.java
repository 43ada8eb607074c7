package dev.specgen.core.diff;

/**
 * Where a schema difference is being reported: for which operation, in which direction and place, at
 * which location, and which Java element sits there.
 *
 * @param location the place and the JSON path, e.g. {@code response 200 application/json $.state}
 * @param javaOwner the Java element at the position, e.g. {@code TaskStage.state} or {@code getTask
 *     parameter state}
 */
record FactContext(OperationRef operation, Site site, String location, String javaOwner, ChangeSink sink) {

    Direction direction() {
        return site.direction();
    }

    void report(RuleId rule, String message, String javaImpact) {
        sink.add(rule, operation, location, message, javaImpact);
    }

    /** Reports the rule for {@code what} at this context's site. */
    void report(String what, String message, String javaImpact) {
        report(site.rule(what), message, javaImpact);
    }
}
