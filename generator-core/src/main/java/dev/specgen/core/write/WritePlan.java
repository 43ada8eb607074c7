package dev.specgen.core.write;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a write run will do, worked out and validated before the first byte is written.
 *
 * @param root the output directory, absolute and normalized
 * @param previousManifest the manifest found on disk (empty on a first run)
 * @param writes new and changed files, in path order
 * @param unchanged generated paths whose bytes on disk already match, in path order
 * @param deletions stale generated files that exist and will be deleted, in path order
 * @param generatedPaths every generated path, in order: the next manifest
 */
record WritePlan(
        Path root,
        Manifest previousManifest,
        List<PendingWrite> writes,
        List<String> unchanged,
        List<String> deletions,
        List<String> generatedPaths) {

    /**
     * A file to create or replace.
     *
     * @param replacesFile whether a file stands at the path now: only then is the content written beside it and
     *     moved over it, so that a reader never sees a mix; a new file is created in place, which takes half the
     *     file-system operations (on GitHub's spec, 13,700 renames fewer)
     * @param content the text, encoded as UTF-8 only as it is written: encoding every file while planning kept a
     *     second copy of the whole output (66 MB for GitHub's spec) alive until the last file was written
     */
    record PendingWrite(String relativePath, String content, boolean replacesFile) {}

    /** @return true when a file will be created at a path the previous manifest does not list */
    boolean writesOutsidePreviousManifest() {
        return writes.stream().anyMatch(w -> !previousManifest.entries().contains(w.relativePath()));
    }
}
