package dev.specgen.core.diff;

/**
 * A family of rules about schema differences (oasdiff style: one class per rule or small family). Each
 * family looks at every difference and reports the ones it is about.
 */
interface SchemaRule {

    void report(SchemaFact fact, FactContext at);
}
