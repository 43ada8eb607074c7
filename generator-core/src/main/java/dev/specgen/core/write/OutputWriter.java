package dev.specgen.core.write;

import dev.specgen.core.write.WritePlan.PendingWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Makes an output directory hold exactly the generated files, touching as little as possible.
 *
 * <ul>
 *   <li>A file whose bytes on disk already equal the new content is not touched, so its
 *       timestamp stays and incremental compilers skip it.
 *   <li>A changed file is written to a temporary file in its directory and moved over the old
 *       one atomically. A new file is created in place: there is no old content a reader could
 *       see mixed with the new, and if the run dies midway the manifest (written first) already
 *       lists it, so the next run replaces it.
 *   <li>The files Specgen wrote are listed in {@code .specgen-manifest}; a listed file that
 *       the generator no longer produces is deleted, with the directories that leaves empty.
 *   <li>A file Specgen did not write is never modified or deleted. One that stands at a
 *       generated path is adopted when its bytes are identical; otherwise the run fails.
 *   <li>Every conflict is found before the first byte is written, so a failed run leaves the
 *       previous output as it was.
 * </ul>
 *
 * <p>Two runs must not write the same directory at the same time. Files are not forced to disk
 * (no fsync): the output can always be regenerated, and syncing thousands of files would cost
 * seconds per build.
 */
public final class OutputWriter {

    /** Creates a writer; it holds no state, so one instance can serve any number of runs. */
    public OutputWriter() {}

    /**
     * Whether the directory still holds every file an earlier run wrote there (as its manifest lists
     * them); {@code false} when there is no manifest. Contents are not compared: this is the cheap
     * check an up-to-date build makes, to notice output that someone deleted.
     */
    public static boolean isComplete(Path outputDirectory) {
        if (!Files.isRegularFile(outputDirectory.resolve(Manifest.FILE_NAME))) {
            return false;
        }
        try {
            for (String path : Manifest.read(outputDirectory).entries()) {
                if (!Files.isRegularFile(outputDirectory.resolve(path))) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes {@code outputDirectory} hold exactly {@code files}, plus whatever Specgen did not write.
     * The directory is created when missing.
     *
     * @param outputDirectory where the files go
     * @param files the generated files; their paths must be distinct
     * @return what was written, left unchanged and deleted
     * @throws IllegalArgumentException when two files share a path (also when they differ only
     *     in letter case), when a file's path is another's directory, or when a file would
     *     replace {@code .specgen-manifest}; nothing is written
     * @throws OutputConflictException when the directory holds something Specgen must not
     *     overwrite or cannot write through; nothing is written
     * @throws IOException when reading or writing fails; files written until then are in place,
     *     and a new run after fixing the cause completes the output
     */
    public WriteReport write(Path outputDirectory, List<GeneratedFile> files) throws IOException {
        WritePlan plan = WritePlanner.plan(outputDirectory, files);
        Path root = plan.root();
        Files.createDirectories(root);

        byte @Nullable [] manifestOnDisk = null;
        if (plan.writesOutsidePreviousManifest()) {
            // Listed before they exist: if this run dies midway, the next one knows these files are
            // Specgen's and can replace them, instead of refusing them as hand-written.
            SortedSet<String> everything = new TreeSet<>(plan.previousManifest().entries());
            everything.addAll(plan.generatedPaths());
            manifestOnDisk = Manifest.render(everything);
            replace(root, Manifest.FILE_NAME, manifestOnDisk);
        }

        // Stale files go first: one of them may stand where a new directory is needed.
        List<Path> emptiedDirectories = deleteStaleFiles(root, plan.deletions());
        writeFiles(root, plan.writes());
        EmptyDirectories.prune(root, emptiedDirectories);

        byte[] manifest = Manifest.render(plan.generatedPaths());
        boolean manifestIsCurrent = manifestOnDisk == null
                ? plan.previousManifest().hasBytes(manifest)
                : Arrays.equals(manifestOnDisk, manifest);
        if (!manifestIsCurrent) {
            replace(root, Manifest.FILE_NAME, manifest);
        }
        return new WriteReport(
                plan.writes().stream().map(PendingWrite::relativePath).toList(), plan.unchanged(), plan.deletions());
    }

    /** @return the directories the deleted files were in */
    private static List<Path> deleteStaleFiles(Path root, List<String> deletions) throws IOException {
        List<Path> directories = new ArrayList<>();
        for (String path : deletions) {
            Path target = root.resolve(path);
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                throw failure("delete", root, path, e);
            }
            directories.add(target.getParent());
        }
        return directories;
    }

    private static void writeFiles(Path root, List<PendingWrite> writes) throws IOException {
        // Thousands of files share a few dozen directories: create each directory once, first.
        Set<Path> knownDirectories = new HashSet<>();
        for (PendingWrite write : writes) {
            Path parent = root.resolve(write.relativePath()).getParent();
            if (knownDirectories.add(parent)) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw failure("create the directory of", root, write.relativePath(), e);
                }
            }
        }
        // Then the files, in parallel: a large spec has thousands, so one thread's system calls overlap another's.
        try {
            writes.parallelStream().forEach(write -> {
                try {
                    byte[] content = write.content().getBytes(StandardCharsets.UTF_8);
                    if (write.replacesFile()) {
                        replace(root, write.relativePath(), content);
                    } else {
                        create(root, write.relativePath(), content);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void replace(Path root, String relativePath, byte[] content) throws IOException {
        try {
            AtomicFiles.replace(root.resolve(relativePath), content);
        } catch (IOException e) {
            throw failure("write", root, relativePath, e);
        }
    }

    private static void create(Path root, String relativePath, byte[] content) throws IOException {
        try {
            AtomicFiles.create(root.resolve(relativePath), content);
        } catch (IOException e) {
            throw failure("write", root, relativePath, e);
        }
    }

    private static IOException failure(String action, Path root, String relativePath, IOException cause) {
        return new IOException("Specgen could not " + action + " " + relativePath + " in " + root + ": " + cause
                + ". Files handled before it are in place; run Specgen again once the cause is fixed.", cause);
    }
}
