/**
 * The diff stage: compares the API models of two versions of a spec and reports every change with a
 * stable rule id, a level, where it is, and what it means for the generated Java API.
 *
 * <p>{@link dev.specgen.core.diff.DiffEngine} is the entry point and {@link dev.specgen.core.diff.RuleId}
 * the registry of rules. Schemas are compared once per pair of named types ({@code SchemaComparator}),
 * without a direction; rule families ({@code *Rules}) then report each difference for every operation
 * that sends or receives it, choosing the rule by direction and place.
 */
@NullMarked
package dev.specgen.core.diff;

import org.jspecify.annotations.NullMarked;
