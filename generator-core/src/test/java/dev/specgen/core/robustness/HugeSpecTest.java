package dev.specgen.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.testing.TestSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec of 50 MB, made of renamed copies of the Container Service spec (over 5,000 copies: some 46,000
 * types and 5,000 operations), is generated completely (models, validators, client) in a JVM whose heap is
 * limited to {@value #HEAP}: the memory bound. The generation runs in a JVM of its own so that the bound is
 * exactly the one given, whatever the test JVM has.
 */
class HugeSpecTest {

    private static final String HEAP = "1g";
    private static final long FIFTY_MEGABYTES = 50L * 1000 * 1000;

    @TempDir
    Path temp;

    @Test
    void aFiftyMegabyteSpecIsGeneratedWithinAGigabyteOfHeap() throws IOException, InterruptedException {
        Path spec = temp.resolve("huge.json");
        int copies = LargeSpecs.replicate(TestSpecs.repoRoot().resolve("specs/cs-describe-task-info.yaml"), spec,
                FIFTY_MEGABYTES);
        assertThat(LargeSpecs.size(spec)).isGreaterThanOrEqualTo(FIFTY_MEGABYTES);

        Process run = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + HEAP,
                        "-cp", System.getProperty("java.class.path"),
                        LargeSpecRun.class.getName(),
                        spec.toString()))
                .redirectErrorStream(true)
                .start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            run.destroyForcibly();
        }
        assertThat(finished).as("generation finished within ten minutes").isTrue();
        assertThat(run.exitValue()).as("the generating JVM's exit code; its output:\n%s", output).isZero();
        assertThat(output).containsPattern("operations=" + copies + " ")
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("StackOverflowError");
        System.out.println("HugeSpecTest: " + LargeSpecs.size(spec) + " bytes, " + copies + " copies: "
                + output.lines().filter(line -> line.startsWith("types=")).findFirst().orElse(output));
    }
}
