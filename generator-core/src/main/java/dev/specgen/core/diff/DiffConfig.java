package dev.specgen.core.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How a user wants the rules applied: a level per rule where the default does not suit them, and the
 * rules whose changes they do not want to hear about at all.
 *
 * @param levels levels that replace the rules' defaults
 * @param ignored rules whose changes are not reported
 */
public record DiffConfig(Map<RuleId, Level> levels, Set<RuleId> ignored) {

    public DiffConfig {
        levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
        ignored = ignored.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ignored));
    }

    /** Every rule at its default level. */
    public static DiffConfig defaults() {
        return new DiffConfig(Map.of(), Set.of());
    }

    public DiffConfig withLevel(RuleId rule, Level level) {
        Map<RuleId, Level> changed = new EnumMap<>(RuleId.class);
        changed.putAll(levels);
        changed.put(rule, level);
        return new DiffConfig(changed, ignored);
    }

    public DiffConfig ignoring(RuleId rule) {
        Set<RuleId> changed = EnumSet.of(rule);
        changed.addAll(ignored);
        return new DiffConfig(levels, changed);
    }

    /** The level a rule's changes are reported at. */
    public Level levelOf(RuleId rule) {
        return levels.getOrDefault(rule, rule.defaultLevel());
    }

    public boolean isIgnored(RuleId rule) {
        return ignored.contains(rule);
    }
}
