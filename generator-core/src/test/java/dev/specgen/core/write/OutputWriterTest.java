package dev.specgen.core.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path out;

    private final OutputWriter writer = new OutputWriter();

    @Test
    void firstWriteCreatesEveryFileAsUtf8AndListsThemInTheManifest() throws IOException {
        WriteReport report = writer.write(out, List.of(
                file("com/acme/Task.java", "class Task { String s = \"héllo ✓\"; }"),
                file("com/acme/model/State.java", "enum State {}"),
                file("README.md", "generated")));

        assertThat(report.written()).containsExactly("README.md", "com/acme/Task.java", "com/acme/model/State.java");
        assertThat(report.unchanged()).isEmpty();
        assertThat(report.deleted()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve("com/acme/Task.java")))
                .isEqualTo("class Task { String s = \"héllo ✓\"; }".getBytes(UTF_8));
        assertThat(manifestLines()).containsExactly("README.md", "com/acme/Task.java", "com/acme/model/State.java");
        assertThat(Files.readString(out.resolve(".specgen-manifest"))).startsWith("# ").contains("Do not edit");
    }

    @Test
    void createsAMissingOutputDirectory() throws IOException {
        Path nested = out.resolve("target/generated-sources/specgen");

        writer.write(nested, List.of(file("a/B.java", "b")));

        assertThat(nested.resolve("a/B.java")).hasContent("b");
    }

    @Test
    void secondIdenticalWriteTouchesNothing() throws IOException {
        List<GeneratedFile> files = List.of(file("com/acme/Task.java", "task"), file("com/acme/Stage.java", "stage"));
        writer.write(out, files);
        Map<Path, FileTime> before = ageAllFiles();

        WriteReport report = writer.write(out, files);

        assertThat(report.written()).isEmpty();
        assertThat(report.deleted()).isEmpty();
        assertThat(report.unchanged()).containsExactly("com/acme/Stage.java", "com/acme/Task.java");
        assertThat(report.changedAnything()).isFalse();
        assertThat(modificationTimes()).isEqualTo(before);
    }

    @Test
    void onlyTheChangedFileIsRewritten() throws IOException {
        writer.write(out, List.of(file("a/One.java", "one"), file("a/Two.java", "two"), file("a/Three.java", "3")));
        ageAllFiles();

        // Same length as before, so the comparison has to look at the bytes, not only the size.
        WriteReport report = writer.write(out,
                List.of(file("a/One.java", "one"), file("a/Two.java", "TWO"), file("a/Three.java", "3")));

        assertThat(report.written()).containsExactly("a/Two.java");
        assertThat(report.unchanged()).containsExactly("a/One.java", "a/Three.java");
        assertThat(out.resolve("a/Two.java")).hasContent("TWO");
        assertThat(mtime("a/Two.java")).isNotEqualTo(LONG_AGO);
        assertThat(mtime("a/One.java")).isEqualTo(LONG_AGO);
        assertThat(mtime("a/Three.java")).isEqualTo(LONG_AGO);
        // The set of files did not change, so neither did the manifest.
        assertThat(mtime(".specgen-manifest")).isEqualTo(LONG_AGO);
    }

    @Test
    void aChangedFileIsReplacedByANewFileNotOverwrittenInPlace() throws IOException {
        writer.write(out, List.of(file("a/One.java", "one")));
        // A second name for the first file's bytes: an in-place overwrite would show through it.
        Path reader = out.resolve("a/reader-link");
        Files.createLink(reader, out.resolve("a/One.java"));

        writer.write(out, List.of(file("a/One.java", "ONE, changed")));

        assertThat(out.resolve("a/One.java")).hasContent("ONE, changed");
        assertThat(reader).hasContent("one");
    }

    @Test
    void aNewFileIsNeverCreatedOverOneThatAppearedMeanwhile() throws IOException {
        Path target = out.resolve("Appeared.java");
        Files.writeString(target, "written by someone else after the plan was made");

        assertThatThrownBy(() -> AtomicFiles.create(target, "generated".getBytes(UTF_8)))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(target).hasContent("written by someone else after the plan was made");
    }

    @Test
    void aFileNoLongerGeneratedIsDeletedWithTheDirectoriesItLeavesEmpty() throws IOException {
        writer.write(out, List.of(
                file("com/acme/Task.java", "task"),
                file("com/acme/old/deep/Gone.java", "gone"),
                file("com/acme/old/deep/AlsoGone.java", "gone too")));

        WriteReport report = writer.write(out, List.of(file("com/acme/Task.java", "task")));

        assertThat(report.deleted()).containsExactly("com/acme/old/deep/AlsoGone.java", "com/acme/old/deep/Gone.java");
        assertThat(report.summary()).isEqualTo("0 written, 1 unchanged, 2 deleted");
        assertThat(out.resolve("com/acme/old")).doesNotExist();
        assertThat(out.resolve("com/acme/Task.java")).exists();
        assertThat(manifestLines()).containsExactly("com/acme/Task.java");
    }

    @Test
    void generatingNothingEmptiesTheOutputButKeepsTheDirectoryItself() throws IOException {
        writer.write(out, List.of(file("a/b/C.java", "c")));

        WriteReport report = writer.write(out, List.of());

        assertThat(report.deleted()).containsExactly("a/b/C.java");
        assertThat(out).isDirectory();
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).containsExactly(out.resolve(".specgen-manifest"));
        }
        assertThat(manifestLines()).isEmpty();
    }

    @Test
    void handWrittenFilesAreKeptAcrossRuns() throws IOException {
        Files.writeString(out.resolve("NOTES.md"), "mine");
        writer.write(out, List.of(file("com/acme/Task.java", "task"), file("com/acme/Stage.java", "stage")));
        Files.writeString(out.resolve("com/acme/Custom.java"), "hand-written");

        writer.write(out, List.of(file("com/acme/Task.java", "task v2")));
        writer.write(out, List.of(file("org/other/Thing.java", "thing")));

        assertThat(out.resolve("NOTES.md")).hasContent("mine");
        assertThat(out.resolve("com/acme/Custom.java")).hasContent("hand-written");
        assertThat(out.resolve("com/acme/Task.java")).doesNotExist();
        assertThat(out.resolve("com/acme/Stage.java")).doesNotExist();
        assertThat(manifestLines()).containsExactly("org/other/Thing.java");
    }

    @Test
    void aHandWrittenFileAtAGeneratedPathStopsTheRunBeforeAnythingIsWritten() throws IOException {
        writer.write(out, List.of(file("com/acme/Stage.java", "stage v1")));
        Files.writeString(out.resolve("com/acme/Task.java"), "hand-written");
        byte[] manifestBefore = Files.readAllBytes(out.resolve(".specgen-manifest"));

        assertThatThrownBy(() -> writer.write(out, List.of(
                        file("com/acme/Aaa.java", "new"),
                        file("com/acme/Stage.java", "stage v2"),
                        file("com/acme/Task.java", "generated"))))
                .isInstanceOf(OutputConflictException.class)
                .hasMessageContaining("com/acme/Task.java")
                .hasMessageContaining("will not overwrite a file it did not write")
                .hasMessageContaining("move or delete it")
                .hasMessageContaining(out.toString());

        assertThat(out.resolve("com/acme/Task.java")).hasContent("hand-written");
        assertThat(out.resolve("com/acme/Stage.java")).hasContent("stage v1");
        assertThat(out.resolve("com/acme/Aaa.java")).doesNotExist();
        assertThat(Files.readAllBytes(out.resolve(".specgen-manifest"))).isEqualTo(manifestBefore);
    }

    @Test
    void everyConflictIsReportedAtOnce() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/One.java"), "mine");
        Files.writeString(out.resolve("a/Two.java"), "mine too");

        assertThatThrownBy(() -> writer.write(out, List.of(file("a/One.java", "1"), file("a/Two.java", "2"))))
                .isInstanceOfSatisfying(OutputConflictException.class, e -> assertThat(e.problems())
                        .hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("a/One.java "))
                        .anySatisfy(p -> assertThat(p).startsWith("a/Two.java ")));
        assertThat(out.resolve(".specgen-manifest")).doesNotExist();
    }

    @Test
    void anIdenticalFileAlreadyThereIsAdoptedWithoutBeingTouched() throws IOException {
        Files.createDirectories(out.resolve("com/acme"));
        Files.writeString(out.resolve("com/acme/Task.java"), "task");
        Files.setLastModifiedTime(out.resolve("com/acme/Task.java"), LONG_AGO);

        WriteReport report = writer.write(out, List.of(file("com/acme/Task.java", "task")));

        assertThat(report.unchanged()).containsExactly("com/acme/Task.java");
        assertThat(report.written()).isEmpty();
        assertThat(mtime("com/acme/Task.java")).isEqualTo(LONG_AGO);
        assertThat(manifestLines()).containsExactly("com/acme/Task.java");

        // Adopted means owned: the next run may replace or delete it.
        assertThat(writer.write(out, List.of()).deleted()).containsExactly("com/acme/Task.java");
    }

    @Test
    void aStaleGeneratedFileMayMakeWayForADirectory() throws IOException {
        writer.write(out, List.of(file("api/v1", "a file")));

        WriteReport report = writer.write(out, List.of(file("api/v1/Task.java", "task")));

        assertThat(report.deleted()).containsExactly("api/v1");
        assertThat(out.resolve("api/v1/Task.java")).hasContent("task");
    }

    @Test
    void aHandWrittenFileWhereADirectoryIsNeededIsAConflict() throws IOException {
        Files.writeString(out.resolve("api"), "mine");

        assertThatThrownBy(() -> writer.write(out, List.of(file("api/Task.java", "task"), file("api/x/Y.java", "y"))))
                .isInstanceOfSatisfying(OutputConflictException.class, e -> assertThat(e.problems())
                        .containsExactly("api is a file where Specgen needs a directory; Specgen will not delete"
                                + " a file it did not write: move or delete it"));
        assertThat(out.resolve("api")).hasContent("mine");
    }

    @Test
    void aDirectoryAtAGeneratedPathIsAConflict() throws IOException {
        Files.createDirectories(out.resolve("a/Task.java"));

        assertThatThrownBy(() -> writer.write(out, List.of(file("a/Task.java", "task"))))
                .isInstanceOf(OutputConflictException.class)
                .hasMessageContaining("a/Task.java is a directory");
    }

    @Test
    void anOutputPathThatIsARegularFileIsRefused() throws IOException {
        Path regularFile = Files.writeString(out.resolve("not-a-dir"), "x");

        assertThatThrownBy(() -> writer.write(regularFile, List.of(file("A.java", "a"))))
                .isInstanceOf(OutputConflictException.class)
                .hasMessageContaining(regularFile.toString())
                .hasMessageContaining("is an existing file, not a directory");
        assertThat(regularFile).hasContent("x");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        writer.write(out, List.of(file("a/One.java", "1"), file("a/b/Two.java", "2")));
        writer.write(out, List.of(file("a/One.java", "one"), file("a/b/Two.java", "2"), file("Three.java", "3")));

        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".specgen-tmp"));
        }
    }

    @Test
    void outputDoesNotDependOnTheOrderOfTheInput() throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(file("p" + (i % 7) + "/F" + i + ".java", "content " + i));
        }
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));
        List<GeneratedFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(42));

        WriteReport firstReport = writer.write(first, files);
        WriteReport secondReport = writer.write(second, shuffled);

        assertThat(secondReport).isEqualTo(firstReport);
        assertThat(firstReport.written()).isSorted();
        assertThat(Files.readAllBytes(second.resolve(".specgen-manifest")))
                .isEqualTo(Files.readAllBytes(first.resolve(".specgen-manifest")));
    }

    @Test
    void readsAManifestWithWindowsLineEndingsAndComments() throws IOException {
        writer.write(out, List.of(file("a/Old.java", "old"), file("a/Kept.java", "kept")));
        Files.writeString(out.resolve(".specgen-manifest"), "# comment\r\na/Kept.java\r\n\r\na/Old.java\r\n");

        WriteReport report = writer.write(out, List.of(file("a/Kept.java", "kept")));

        assertThat(report.deleted()).containsExactly("a/Old.java");
        assertThat(report.unchanged()).containsExactly("a/Kept.java");
    }

    private static GeneratedFile file(String path, String content) {
        return new GeneratedFile(path, content);
    }

    private List<String> manifestLines() throws IOException {
        return Files.readAllLines(out.resolve(".specgen-manifest")).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private FileTime mtime(String relativePath) throws IOException {
        return Files.getLastModifiedTime(out.resolve(relativePath));
    }

    /** Sets every file's mtime far in the past, so that any rewrite shows, and returns them. */
    private Map<Path, FileTime> ageAllFiles() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, LONG_AGO);
            }
        }
        return modificationTimes();
    }

    private Map<Path, FileTime> modificationTimes() throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                times.put(path, Files.getLastModifiedTime(path));
            }
        }
        return times;
    }
}
