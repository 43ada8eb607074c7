package dev.specgen.core.diff;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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

    /**
     * The configuration users write as text (command-line options, Maven parameters): rule ids mapped to
     * level names, and rule ids to ignore.
     *
     * @throws IllegalArgumentException naming the unknown rule id or level, with the ids it may have meant
     */
    public static DiffConfig parse(Map<String, String> levels, Collection<String> ignored) {
        Map<RuleId, Level> overrides = new EnumMap<>(RuleId.class);
        levels.forEach((rule, level) -> overrides.put(rule(rule), Level.named(level)));
        Set<RuleId> ignore = EnumSet.noneOf(RuleId.class);
        ignored.forEach(rule -> ignore.add(rule(rule)));
        return new DiffConfig(overrides, ignore);
    }

    private static RuleId rule(String id) {
        String wanted = id.strip();
        return RuleId.byId(wanted).orElseThrow(() -> {
            List<String> close = Arrays.stream(RuleId.values()).map(RuleId::id)
                    .filter(known -> !wanted.isEmpty() && (known.contains(wanted) || wanted.contains(known)))
                    .limit(5).toList();
            return new IllegalArgumentException("unknown rule '" + id + "'"
                    + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)")
                    + "; the rule ids are listed in the README (Spec diff)");
        });
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
