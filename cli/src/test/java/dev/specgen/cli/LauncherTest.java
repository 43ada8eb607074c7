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
 * The launcher script ({@code src/main/dist/bin/specgen}, installed as {@code bin/specgen} beside
 * {@code lib/specgen.jar} by the build) passes its JVM options, finds the jar from its own location (also through
 * a symbolic link) and forwards the arguments. A stand-in {@code java} that prints what it was given shows the
 * command line the launcher builds. (The build also runs the real launcher on a real JVM: cli/pom.xml.)
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @TempDir
    Path temp;

    private Path launcher;
    private String jar;

    @BeforeEach
    void install() throws IOException {
        Path home = Files.createDirectories(temp.resolve("specgen home")).toRealPath();
        launcher = Files.copy(SpecgenCommandTest.repoRoot().resolve("cli/src/main/dist/bin/specgen"),
                Files.createDirectories(home.resolve("bin")).resolve("specgen"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(Files.createDirectories(home.resolve("lib")).resolve("specgen.jar"), "a jar")
                .toString();
        Path java = Files.createDirectories(temp.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void runsTheJarBesideItWithTheSerialCollectorAndC1AndForwardsTheArguments() throws Exception {
        assertThat(run(launcher, Map.of(), "generate", "--spec", "a b.yaml")).containsExactly("-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar, "generate", "--spec", "a b.yaml");
    }

    @Test
    void findsTheJarThroughASymbolicLinkOnThePath() throws Exception {
        Path link = Files.createSymbolicLink(Files.createDirectories(temp.resolve("on path")).resolve("specgen"),
                launcher);
        assertThat(run(link, Map.of(), "--version")).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar, "--version");
    }

    @Test
    void optionsFromTheEnvironmentComeLastAndACollectorNamedThereReplacesTheSerialOne() throws Exception {
        assertThat(run(launcher, Map.of("SPECGEN_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=4"), "--version"))
                .containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-XX:TieredStopAtLevel=4",
                        "-jar", jar, "--version");
        assertThat(run(launcher, Map.of("SPECGEN_JAVA_OPTS", "-XX:+UseG1GC"), "--version"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseG1GC", "-jar", jar, "--version");
    }

    @Test
    void diffReadsTwoSpecsAtOnceSoItGetsTheParallelCollectorWithAFixedYoungGeneration() throws Exception {
        assertThat(run(launcher, Map.of(), "diff", "old.yaml", "new.yaml")).containsExactly("-XX:+UseParallelGC",
                "-Xmn256m", "-XX:TieredStopAtLevel=1", "-jar", jar, "diff", "old.yaml", "new.yaml");
        assertThat(run(launcher, Map.of("SPECGEN_JAVA_OPTS", "-XX:+UseSerialGC"), "diff", "old.yaml", "new.yaml"))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "diff", "old.yaml",
                        "new.yaml");
    }

    @Test
    void aFirstGenerateWritesTheClassDataArchiveUnderAPartialNameAndLaterRunsMapIt() throws Exception {
        Path cache = temp.resolve("cache dir");
        useJavaThatWritesTheArchiveAndExitsWith(0);
        List<String> first = run(launcher, Map.of("SPECGEN_CACHE_DIR", cache.toString()), "generate", "--spec", "a.yaml");
        String dump = first.get(2);
        assertThat(first).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", dump, "-Xlog:cds*=off",
                "-jar", jar, "generate", "--spec", "a.yaml");
        assertThat(dump).matches("-XX:ArchiveClassesAtExit=" + java.util.regex.Pattern.quote(cache.toString())
                + "/classes-[0-9]+-[0-9]+\\.jsa\\.[0-9]+\\.partial");
        String archive = dump.substring("-XX:ArchiveClassesAtExit=".length(), dump.indexOf(".jsa.") + 4);
        try (var files = Files.list(cache)) {
            assertThat(files.map(Path::toString)).containsExactly(archive);
        }

        assertThat(run(launcher, Map.of("SPECGEN_CACHE_DIR", cache.toString()), "diff", "a.yaml", "b.yaml"))
                .containsExactly("-XX:+UseParallelGC", "-Xmn256m", "-XX:TieredStopAtLevel=1",
                        "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-jar", jar, "diff", "a.yaml",
                        "b.yaml");
    }

    @Test
    void anArchiveForARebuiltJarReplacesTheOldOneOfTheSameInstallation() throws Exception {
        Path cache = temp.resolve("cache");
        useJavaThatWritesTheArchiveAndExitsWith(0);
        Map<String, String> environment = Map.of("SPECGEN_CACHE_DIR", cache.toString());
        run(launcher, environment, "check", "a.yaml");
        Path other = Files.createDirectories(cache).resolve("classes-1-2.jsa");
        Files.writeString(other, "another installation's");
        List<Path> before;
        try (var files = Files.list(cache)) {
            before = files.filter(file -> !file.equals(other)).toList();
        }
        Files.setLastModifiedTime(Path.of(jar), java.nio.file.attribute.FileTime.fromMillis(0));
        run(launcher, environment, "check", "a.yaml");
        try (var files = Files.list(cache)) {
            List<Path> after = files.toList();
            assertThat(after).hasSize(2).contains(other).doesNotContainAnyElementsOf(before);
        }
    }

    @Test
    void onlyACommandThatReadsASpecWritesTheArchiveSinceTheArchiveHoldsTheClassesItsRunLoaded() throws Exception {
        Path cache = temp.resolve("cache");
        assertThat(run(launcher, Map.of("SPECGEN_CACHE_DIR", cache.toString()), "--version"))
                .containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "--version");
        assertThat(cache).doesNotExist();
    }

    @Test
    void theRunThatWritesTheArchivePassesTheExitCodeThroughAndAFailedDumpLeavesNothing() throws Exception {
        Path cache = temp.resolve("cache");
        Path java = temp.resolve("jdk/bin/java");
        Files.writeString(java, "#!/bin/sh\nexit 3\n");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "check", "a.yaml");
        builder.environment().remove("SPECGEN_JAVA_OPTS");
        builder.environment().put("SPECGEN_CACHE_DIR", cache.toString());
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        assertThat(builder.start().waitFor()).isEqualTo(3);
        try (var files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void optionsThatChooseTheirOwnSharingLeaveTheArchiveAlone() throws Exception {
        Path cache = temp.resolve("cache");
        useJavaThatWritesTheArchiveAndExitsWith(0);
        assertThat(run(launcher, Map.of("SPECGEN_CACHE_DIR", cache.toString(), "SPECGEN_JAVA_OPTS", "-Xshare:off"),
                "generate")).containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:off", "-jar",
                jar, "generate");
        assertThat(cache).doesNotExist();
    }

    /** A stand-in {@code java} that prints its arguments and, as a real one does at exit, writes the archive asked for. */
    private void useJavaThatWritesTheArchiveAndExitsWith(int status) throws IOException {
        Files.writeString(temp.resolve("jdk/bin/java"), """
                #!/bin/sh
                for a in "$@"; do
                    echo "$a"
                    case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}" ;; esac
                done
                exit %d
                """.formatted(status));
    }

    private List<String> run(Path script, Map<String, String> environment, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(script.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().remove("SPECGEN_JAVA_OPTS");
        builder.environment().put("SPECGEN_CACHE_DIR", "off");
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().toList();
    }
}
