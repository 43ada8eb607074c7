package dev.specgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.SpecException;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.testing.TestSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the two specs of a diff, on two threads or one: the same models, the same errors, in the same order. */
class SpecPairReaderTest {

    private static final Path OLD = Path.of("old.yaml");
    private static final Path NEW = Path.of("new.yaml");

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsBothSpecsIntoTheirModels(boolean parallel) {
        Path older = TestSpecs.repoRoot().resolve("specs/cs-describe-task-info-earlier.yaml");
        Path newer = TestSpecs.repoRoot().resolve("specs/cs-describe-task-info.yaml");
        Set<String> threads = ConcurrentHashMap.newKeySet();

        SpecPairReader.Pair pair = new SpecPairReader(spec -> {
            threads.add(Thread.currentThread().getName());
            return Specgen.read(spec).model();
        }, parallel).read(older, newer);

        assertThat(pair.older()).isEqualTo(Specgen.read(older).model());
        assertThat(pair.newer()).isEqualTo(Specgen.read(newer).model());
        assertThat(threads).hasSize(parallel ? 2 : 1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void reportsTheErrorsOfBothSpecsOldFirst(boolean parallel) {
        Function<Path, ApiModel> failing = spec -> {
            throw new SpecException(List.of(Diagnostic.error("broken", spec + " is broken", null, null)));
        };

        assertThatThrownBy(() -> new SpecPairReader(failing, parallel).read(OLD, NEW))
                .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.diagnostics())
                        .extracting(Diagnostic::message)
                        .containsExactly("old.yaml is broken", "new.yaml is broken"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anErrorThatIsNotAboutTheSpecIsRethrownAsItIs(boolean parallel) {
        IllegalStateException bug = new IllegalStateException("bug");
        Function<Path, ApiModel> failing = spec -> {
            throw bug;
        };

        assertThatThrownBy(() -> new SpecPairReader(failing, parallel).read(OLD, NEW)).isSameAs(bug);
    }
}
