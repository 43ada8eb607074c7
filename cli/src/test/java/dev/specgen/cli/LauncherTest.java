package dev.specgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/specgen}, copied beside the jar by the build) passes its JVM
 * options, finds the jar next to itself and forwards the arguments. A stand-in {@code java} that prints what it
 * was given shows the command line the launcher builds.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @TempDir
    Path temp;

    private Path launcher;

    @BeforeEach
    void install() throws IOException {
        Path dist = Files.createDirectories(temp.resolve("dist dir"));
        launcher = Files.copy(SpecgenCommandTest.repoRoot().resolve("cli/src/main/launcher/specgen"),
                dist.resolve("specgen"), StandardCopyOption.REPLACE_EXISTING);
        Path java = Files.createDirectories(temp.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void runsTheJarBesideItWithTheSerialCollectorAndC1AndForwardsTheArguments() throws Exception {
        assertThat(run(Map.of(), "generate", "--spec", "a b.yaml")).containsExactly("-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", launcher.getParent().resolve("specgen.jar").toString(),
                "generate", "--spec", "a b.yaml");
    }

    @Test
    void optionsFromTheEnvironmentComeLastAndACollectorNamedThereReplacesTheSerialOne() throws Exception {
        assertThat(run(Map.of("SPECGEN_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "--version"))
                .containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-XX:TieredStopAtLevel=4",
                        "-jar", launcher.getParent().resolve("specgen.jar").toString(), "--version");
        assertThat(run(Map.of("SPECGEN_JAVA_OPTS", "-XX:+UseG1GC"), "--version"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC", "-jar",
                        launcher.getParent().resolve("specgen.jar").toString(), "--version");
    }

    private List<String> run(Map<String, String> environment, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add("sh");
        builder.command().add(launcher.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().remove("SPECGEN_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().toList();
    }
}
