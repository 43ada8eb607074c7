package dev.specgen.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry keeps its promises: ids in oasdiff's style, oasdiff's where marked so, oasdiff's levels but for documented reasons. */
class RuleIdTest {

    /** The rules whose default level deliberately differs from oasdiff's; the README says why for each. */
    private static final Set<RuleId> LEVEL_DEVIATIONS = Set.of(
            RuleId.API_SECURITY_ADDED, RuleId.API_SECURITY_REMOVED, RuleId.API_SECURITY_SCOPE_ADDED,
            RuleId.API_SECURITY_COMPONENT_TYPE_CHANGED, RuleId.REQUEST_REQUIRED_PROPERTY_BECAME_NOT_READ_ONLY,
            RuleId.RESPONSE_REQUIRED_PROPERTY_BECAME_WRITE_ONLY, RuleId.RESPONSE_BODY_ANY_OF_ADDED,
            RuleId.RESPONSE_PROPERTY_ANY_OF_ADDED,
            RuleId.REQUEST_BODY_DISCRIMINATOR_PROPERTY_NAME_CHANGED, RuleId.REQUEST_BODY_DISCRIMINATOR_MAPPING_CHANGED,
            RuleId.REQUEST_PROPERTY_DISCRIMINATOR_PROPERTY_NAME_CHANGED,
            RuleId.REQUEST_PROPERTY_DISCRIMINATOR_MAPPING_CHANGED,
            RuleId.RESPONSE_BODY_DISCRIMINATOR_PROPERTY_NAME_CHANGED,
            RuleId.RESPONSE_BODY_DISCRIMINATOR_MAPPING_CHANGED,
            RuleId.RESPONSE_PROPERTY_DISCRIMINATOR_PROPERTY_NAME_CHANGED,
            RuleId.RESPONSE_PROPERTY_DISCRIMINATOR_MAPPING_CHANGED);

    private static Map<String, Level> oasdiff() throws IOException {
        Map<String, Level> levels = new TreeMap<>();
        for (String line : Files.readAllLines(
                TestSpecs.repoRoot().resolve("generator-core/src/test/resources/oasdiff-rule-ids.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] columns = line.split("\t");
                levels.put(columns[0], Level.named(columns[1]));
            }
        }
        return levels;
    }

    @Test
    void idsAreKebabCaseAndUnique() {
        assertThat(Arrays.stream(RuleId.values()).map(RuleId::id))
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"))
                .doesNotHaveDuplicates();
        assertThat(RuleId.byId("request-parameter-removed")).contains(RuleId.REQUEST_PARAMETER_REMOVED);
        assertThat(RuleId.byId("no-such-rule")).isEmpty();
    }

    @Test
    void idsMarkedAsOasdiffsAreOasdiffsAndTheOthersAreNot() throws IOException {
        Map<String, Level> oasdiff = oasdiff();
        for (RuleId rule : RuleId.values()) {
            assertThat(oasdiff.containsKey(rule.id())).as(rule.id())
                    .isEqualTo(rule.origin() == RuleId.Origin.OASDIFF);
        }
    }

    @Test
    void levelsAreOasdiffsExceptTheDocumentedDeviations() throws IOException {
        Map<String, Level> oasdiff = oasdiff();
        Set<RuleId> differing = Arrays.stream(RuleId.values())
                .filter(rule -> rule.origin() == RuleId.Origin.OASDIFF)
                .filter(rule -> oasdiff.get(rule.id()) != rule.defaultLevel())
                .collect(Collectors.toSet());
        assertThat(differing).containsExactlyInAnyOrderElementsOf(LEVEL_DEVIATIONS);
    }
}
