package dev.specgen.core.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the directory a file goes into is inside the output directory once symbolic links
 * are followed, and that it is (or can become) a directory.
 *
 * <p>Results are cached per directory: thousands of generated files share a few dozen
 * directories, so each directory costs one real-path lookup per run, not one per file.
 */
final class ParentDirectoryCheck {

    /** The state of one directory, as far as writing into it or deleting from it goes. */
    enum Verdict {
        /** The directory exists inside the output directory. */
        EXISTS,
        /** The directory does not exist yet and can be created inside the output directory. */
        CAN_BE_CREATED,
        /** A symbolic link on the way leads outside the output directory. */
        LEADS_OUTSIDE,
        /** A file (or a broken link) that Specgen may not delete sits where a directory is needed. */
        BLOCKED_BY_FILE;

        boolean isUsable() {
            return this == EXISTS || this == CAN_BE_CREATED;
        }
    }

    /** A verdict and, when it is not usable, the relative path that causes it. */
    record Result(Verdict verdict, String culprit) {}

    private static final Result EXISTS = new Result(Verdict.EXISTS, "");
    private static final Result CAN_BE_CREATED = new Result(Verdict.CAN_BE_CREATED, "");

    private final Path root;
    private final Path realRoot;
    private final Set<String> filesAboutToBeDeleted;
    private final Map<Path, Result> cache = new HashMap<>();

    /**
     * @param root the output directory, absolute and normalized
     * @param rootExists whether {@code root} exists (as a directory) now
     * @param filesAboutToBeDeleted relative paths of stale generated files; one of them standing
     *     where a directory is needed is fine, since stale files are deleted before any is written
     */
    ParentDirectoryCheck(Path root, boolean rootExists, Set<String> filesAboutToBeDeleted) throws IOException {
        this.root = root;
        this.realRoot = rootExists ? root.toRealPath() : root;
        this.filesAboutToBeDeleted = filesAboutToBeDeleted;
        cache.put(root, rootExists ? EXISTS : CAN_BE_CREATED);
    }

    /** Checks {@code directory}, which must be {@code root} or lexically below it. */
    Result check(Path directory) throws IOException {
        Result cached = cache.get(directory);
        if (cached == null) {
            cached = checkUncached(directory);
            cache.put(directory, cached);
        }
        return cached;
    }

    private Result checkUncached(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            // It will be created; what matters is the nearest ancestor that exists.
            Result parent = check(directory.getParent());
            return parent.verdict().isUsable() ? CAN_BE_CREATED : parent;
        }
        Path real;
        try {
            real = directory.toRealPath();
        } catch (NoSuchFileException danglingLink) {
            return new Result(Verdict.BLOCKED_BY_FILE, relative(directory));
        }
        // The real path resolves every ancestor too, so no link higher up can escape unnoticed.
        if (!real.startsWith(realRoot)) {
            return new Result(Verdict.LEADS_OUTSIDE, relative(directory));
        }
        if (Files.isDirectory(real)) {
            return EXISTS;
        }
        boolean deletable = Files.isRegularFile(directory, LinkOption.NOFOLLOW_LINKS)
                && filesAboutToBeDeleted.contains(relative(directory));
        return deletable ? CAN_BE_CREATED : new Result(Verdict.BLOCKED_BY_FILE, relative(directory));
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
