package dev.specgen.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffConfigTest {

    @Test
    void parsesLevelsAndIgnoresFromText() {
        DiffConfig config = DiffConfig.parse(Map.of("response-property-enum-value-added", "err"),
                List.of(" api-schema-added "));

        assertThat(config.levelOf(RuleId.RESPONSE_PROPERTY_ENUM_VALUE_ADDED)).isEqualTo(Level.ERR);
        assertThat(config.levelOf(RuleId.REQUEST_PARAMETER_REMOVED)).isEqualTo(Level.WARN);
        assertThat(config.isIgnored(RuleId.API_SCHEMA_ADDED)).isTrue();
        assertThat(config.isIgnored(RuleId.API_SCHEMA_REMOVED)).isFalse();
    }

    @Test
    void unknownRulesAndLevelsAreRejectedWithSuggestions() {
        assertThatThrownBy(() -> DiffConfig.parse(Map.of(), List.of("request-parameter-gone")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown rule 'request-parameter-gone'; the rule ids are listed");
        assertThatThrownBy(() -> DiffConfig.parse(Map.of(), List.of("parameter-removed")))
                .hasMessageContaining("(did you mean request-parameter-removed,");
        assertThatThrownBy(() -> DiffConfig.parse(Map.of("api-schema-added", "FATAL"), List.of()))
                .hasMessage("unknown level 'FATAL'; use ERR, WARN or INFO");
    }

    @Test
    void overridesAndIgnoresChangeWhatTheEngineReports() {
        Change change = new Change(RuleId.API_SCHEMA_ADDED, Level.INFO, null, "/x", "added", "none");
        ChangeSink raised = new ChangeSink(DiffConfig.defaults().withLevel(RuleId.API_SCHEMA_ADDED, Level.ERR));
        raised.add(change.rule(), null, "/x", "added", "none");
        ChangeSink ignoring = new ChangeSink(DiffConfig.defaults().ignoring(RuleId.API_SCHEMA_ADDED));
        ignoring.add(change.rule(), null, "/x", "added", "none");

        assertThat(raised.sorted()).extracting(Change::level).containsExactly(Level.ERR);
        assertThat(ignoring.sorted()).isEmpty();
    }

    @Test
    void failLevelsCountFromTheMostSevere() {
        List<Change> oneWarning = List.of(new Change(RuleId.REQUEST_PARAMETER_REMOVED, Level.WARN, null, "", "", ""));

        assertThat(FailOn.ERR.failsOn(oneWarning)).isFalse();
        assertThat(FailOn.WARN.failsOn(oneWarning)).isTrue();
        assertThat(FailOn.INFO.failsOn(oneWarning)).isTrue();
        assertThat(FailOn.NEVER.failsOn(oneWarning)).isFalse();
        assertThat(FailOn.named("never")).isEqualTo(FailOn.NEVER);
    }
}
