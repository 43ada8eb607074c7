package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sources generated for the specs compile against {@code specgen-runtime} with every lint on and no warning. */
class GeneratedSourcesCompileTest {

    @Test
    void everySpecCompilesWithoutWarnings() {
        List<GeneratedFile> all = new ArrayList<>();
        for (Path spec : TestSpecs.taskApiSpecs()) {
            all.addAll(Specgen.emit(Specgen.read(spec).model(), TestSpecs.packageFor(spec)));
        }
        assertThat(all).hasSizeGreaterThan(20);

        CompiledSources compiled = CompiledSources.compile(all);

        assertThat(compiled.problems()).isEmpty();
        assertThat(compiled.succeeded()).isTrue();
    }
}
