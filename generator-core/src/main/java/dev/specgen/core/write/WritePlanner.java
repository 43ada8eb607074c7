package dev.specgen.core.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.specgen.core.write.ParentDirectoryCheck.Result;
import dev.specgen.core.write.ParentDirectoryCheck.Verdict;
import dev.specgen.core.write.WritePlan.PendingWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the generated files with the output directory and decides, per file, whether to
 * write, keep or delete it, failing on any conflict before anything is written.
 */
final class WritePlanner {

    private final Path root;
    private final Manifest previous;
    private final SortedSet<String> stale;
    private final Map<String, String> staleByFoldedPath = new HashMap<>();
    private final ParentDirectoryCheck parents;

    private final List<PendingWrite> writes = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    // A set, because every file below one blocked directory reports the same culprit.
    private final Set<String> problems = new LinkedHashSet<>();

    private WritePlanner(Path root, boolean rootExists, Manifest previous, Set<String> generatedPaths)
            throws IOException {
        this.root = root;
        this.previous = previous;
        this.stale = new TreeSet<>(previous.entries());
        stale.removeAll(generatedPaths);
        stale.forEach(path -> staleByFoldedPath.put(path.toLowerCase(Locale.ROOT), path));
        this.parents = new ParentDirectoryCheck(root, rootExists, stale);
    }

    /**
     * Works out what writing {@code files} to {@code outputDirectory} takes.
     *
     * @throws IllegalArgumentException when the generated files cannot coexist in one directory
     * @throws OutputConflictException when the directory holds something Specgen must not
     *     overwrite or cannot write through
     */
    static WritePlan plan(Path outputDirectory, List<GeneratedFile> files) throws IOException {
        SortedMap<String, GeneratedFile> generated = GeneratedPaths.index(files);
        Path root = outputDirectory.toAbsolutePath().normalize();
        boolean rootExists = Files.exists(root);
        if (rootExists && !Files.isDirectory(root)) {
            throw new OutputConflictException(root, List.of(
                    "the output directory is an existing file, not a directory: point Specgen at a directory"
                            + " (it is created when missing) or move the file"));
        }
        Manifest previous = rootExists ? Manifest.read(root) : Manifest.empty();
        WritePlanner planner = new WritePlanner(root, rootExists, previous, generated.keySet());
        List<String> deletions = planner.existingStaleFiles();
        for (GeneratedFile file : generated.values()) {
            planner.classify(file);
        }
        if (!planner.problems.isEmpty()) {
            throw new OutputConflictException(root, List.copyOf(planner.problems));
        }
        return new WritePlan(root, previous, planner.writes, planner.unchanged, deletions,
                List.copyOf(generated.keySet()));
    }

    private List<String> existingStaleFiles() throws IOException {
        List<String> deletions = new ArrayList<>();
        for (String path : stale) {
            // An entry that leads outside (tampered manifest, planted link) is never followed.
            Path target = root.resolve(path);
            if (parents.check(target.getParent()).verdict() == Verdict.EXISTS
                    && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                deletions.add(path);
            }
        }
        return deletions;
    }

    private void classify(GeneratedFile file) throws IOException {
        String path = file.relativePath();
        Path target = root.resolve(path);
        Result parent = parents.check(target.getParent());
        switch (parent.verdict()) {
            case LEADS_OUTSIDE -> problems.add(parent.culprit() + " is a symbolic link that leads outside the"
                    + " output directory; Specgen will not write through it: remove the link or choose another"
                    + " output directory");
            case BLOCKED_BY_FILE -> problems.add(parent.culprit() + " is a file where Specgen needs a directory;"
                    + " Specgen will not delete a file it did not write: move or delete it");
            // No need to look for the file: its directory does not exist yet.
            case CAN_BE_CREATED -> writes.add(new PendingWrite(path, file.content(), false));
            case EXISTS -> classifyInExistingDirectory(path, target, file.content());
        }
    }

    private void classifyInExistingDirectory(String path, Path target, String content) throws IOException {
        boolean generatedBefore = previous.entries().contains(path);
        if (!generatedBefore && isStaleFileUnderAnotherCase(path)) {
            // macOS/Windows: a class renamed only in letter case is the same file on disk. It is
            // deleted as stale before anything is written, so it must be written afresh.
            writes.add(new PendingWrite(path, content, false));
            return;
        }
        switch (compare(target, content)) {
            case ABSENT -> writes.add(new PendingWrite(path, content, false));
            case SAME -> unchanged.add(path);
            case DIFFERENT -> {
                if (generatedBefore) {
                    writes.add(new PendingWrite(path, content, true));
                } else {
                    problems.add(path + " exists and differs from the generated file, but Specgen did not write it"
                            + " (it is not listed in " + Manifest.FILE_NAME + "); Specgen will not overwrite a"
                            + " file it did not write: move or delete it");
                }
            }
            case NOT_A_FILE -> problems.add(path + " is a directory, symbolic link or special file where Specgen"
                    + " needs to write a file: move or delete it");
        }
    }

    private boolean isStaleFileUnderAnotherCase(String path) throws IOException {
        String stalePath = staleByFoldedPath.get(path.toLowerCase(Locale.ROOT));
        if (stalePath == null) {
            return false;
        }
        Path staleFile = root.resolve(stalePath);
        Path target = root.resolve(path);
        return Files.isRegularFile(staleFile, LinkOption.NOFOLLOW_LINKS)
                && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && Files.isSameFile(staleFile, target);
    }

    private enum OnDisk { ABSENT, SAME, DIFFERENT, NOT_A_FILE }

    private static OnDisk compare(Path target, String text) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return OnDisk.ABSENT;
        }
        if (!attributes.isRegularFile()) {
            return OnDisk.NOT_A_FILE;
        }
        // The size is already at hand; reading the file is only needed when it matches.
        byte[] content = text.getBytes(UTF_8);
        if (attributes.size() != content.length) {
            return OnDisk.DIFFERENT;
        }
        return Arrays.equals(Files.readAllBytes(target), content) ? OnDisk.SAME : OnDisk.DIFFERENT;
    }
}
