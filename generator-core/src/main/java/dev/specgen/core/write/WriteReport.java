package dev.specgen.core.write;

import java.util.List;

/**
 * What {@link OutputWriter#write} did, as relative '/'-separated paths, each list sorted.
 *
 * @param written files created or replaced because their content was new or changed
 * @param unchanged generated files whose bytes on disk already matched and were left untouched
 *     (including identical files Specgen adopted from an earlier, manifest-less output)
 * @param deleted files an earlier run generated that this run no longer produces
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted) {

    /** Copies and sorts the lists, so a report never depends on the caller's ordering. */
    public WriteReport {
        written = sortedCopy(written);
        unchanged = sortedCopy(unchanged);
        deleted = sortedCopy(deleted);
    }

    /** @return how many files were created or replaced */
    public int writtenCount() {
        return written.size();
    }

    /** @return how many generated files were left as they were */
    public int unchangedCount() {
        return unchanged.size();
    }

    /** @return how many previously generated files were deleted */
    public int deletedCount() {
        return deleted.size();
    }

    /** @return true when the run created, replaced or deleted at least one file */
    public boolean changedAnything() {
        return !written.isEmpty() || !deleted.isEmpty();
    }

    /** @return a one-line summary such as {@code "3 written, 120 unchanged, 1 deleted"} */
    public String summary() {
        return writtenCount() + " written, " + unchangedCount() + " unchanged, " + deletedCount() + " deleted";
    }

    private static List<String> sortedCopy(List<String> paths) {
        return paths.stream().sorted().toList();
    }
}
