package dev.specgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer must never do, however the input or the output directory looks. */
class OutputWriterSafetyTest {

    @TempDir
    Path temp;

    private final OutputWriter writer = new OutputWriter();

    @ParameterizedTest
    @ValueSource(strings = {"../x", "<absolute path of x>", "a/../../x", "..", "./../x", "a\\..\\..\\x", "C:/x"})
    void aTamperedManifestEntryOutsideTheDirectoryIsNeverDeleted(String entry) throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path outside = Files.writeString(temp.resolve("x"), "precious");
        String line = entry.replace("<absolute path of x>", outside.toAbsolutePath().toString());
        writer.write(out, List.of(file("A.java", "a")));
        Files.writeString(out.resolve(".specgen-manifest"), line + "\n", StandardOpenOption.APPEND);

        WriteReport report = writer.write(out, List.of(file("A.java", "a")));

        assertThat(report.deleted()).isEmpty();
        assertThat(outside).hasContent("precious");
        // The tampered entry is dropped from the rewritten manifest.
        assertThat(Files.readString(out.resolve(".specgen-manifest"))).doesNotContain(line + "\n");
    }

    @Test
    void aManifestEntryThroughALinkThatLeadsOutsideIsNeverDeleted() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Path victim = Files.writeString(elsewhere.resolve("Victim.java"), "precious");
        Files.createSymbolicLink(out.resolve("link"), elsewhere);
        Files.writeString(out.resolve(".specgen-manifest"), "link/Victim.java\n");

        WriteReport report = writer.write(out, List.of());

        assertThat(report.deleted()).isEmpty();
        assertThat(victim).hasContent("precious");
        assertThat(out.resolve("link")).isSymbolicLink();
    }

    @Test
    void neverWritesThroughALinkThatLeadsOutside() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("com"), elsewhere);

        assertThatThrownBy(() -> writer.write(out, List.of(file("com/acme/Task.java", "task"))))
                .isInstanceOf(OutputConflictException.class)
                .hasMessageContaining("com is a symbolic link that leads outside the output directory");
        try (var entries = Files.list(elsewhere)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void writesThroughALinkThatStaysInside() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Files.createDirectories(out.resolve("real"));
        Files.createSymbolicLink(out.resolve("alias"), out.resolve("real"));

        writer.write(out, List.of(file("alias/Task.java", "task")));

        assertThat(out.resolve("real/Task.java")).hasContent("task");
    }

    @Test
    void anOutputDirectoryReachedThroughALinkIsWrittenNormally() throws IOException {
        Path real = Files.createDirectory(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);

        writer.write(link, List.of(file("a/B.java", "b")));
        WriteReport second = writer.write(link, List.of(file("a/B.java", "b")));

        assertThat(real.resolve("a/B.java")).hasContent("b");
        assertThat(second.unchanged()).containsExactly("a/B.java");
    }

    @Test
    void aSymbolicLinkAtAGeneratedPathIsNotReplaced() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path target = Files.writeString(temp.resolve("target.txt"), "task");
        Files.createSymbolicLink(out.resolve("Task.java"), target);

        assertThatThrownBy(() -> writer.write(out, List.of(file("Task.java", "task"))))
                .isInstanceOf(OutputConflictException.class)
                .hasMessageContaining("Task.java is a directory, symbolic link or special file");
    }

    @Test
    void duplicatePathsAreRejectedBeforeAnythingIsWritten() {
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> writer.write(out, List.of(file("a/B.java", "1"), file("a/B.java", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a/B.java'");
        assertThat(out).doesNotExist();
    }

    @Test
    void pathsThatDifferOnlyInCaseAreRejected() {
        assertThatThrownBy(() -> writer.write(temp, List.of(file("a/Task.java", "1"), file("a/TASK.java", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a/TASK.java'")
                .hasMessageContaining("differ only in letter case");
    }

    @Test
    void aFileThatIsAlsoAnotherFilesDirectoryIsRejected() {
        assertThatThrownBy(() -> writer.write(temp, List.of(file("a/b", "1"), file("a/b/C.java", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a/b' is also the directory of generated file 'a/b/C.java'");
    }

    @Test
    void theManifestCannotBeGenerated() {
        assertThatThrownBy(() -> writer.write(temp, List.of(file(".specgen-manifest", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }
}
