package dev.specgen.core.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Removes the directories that deleting stale files left empty. */
final class EmptyDirectories {

    private EmptyDirectories() {}

    /**
     * Deletes each of {@code directories} when it is empty, then its parent when that became
     * empty, and so on up to (but never including) {@code root}.
     *
     * <p>Deleting and catching {@link DirectoryNotEmptyException} rather than listing first means
     * a directory that gains a file in the meantime is never removed.
     */
    static void prune(Path root, Collection<Path> directories) throws IOException {
        // Deepest first, so a parent is tried only after all its emptied children are gone.
        List<Path> deepestFirst = directories.stream()
                .distinct()
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        for (Path start : deepestFirst) {
            for (Path dir = start; !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
                // Deleting a link would remove the link whatever its target holds.
                if (Files.isSymbolicLink(dir)) {
                    break;
                }
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException | NoSuchFileException keptOrAlreadyGone) {
                    break;
                }
            }
        }
    }
}
