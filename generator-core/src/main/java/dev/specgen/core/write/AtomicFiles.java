package dev.specgen.core.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes generated files: an existing one is replaced so that a reader sees either the old content or the new
 * one, never a mix; a new one is created in place.
 */
final class AtomicFiles {

    /**
     * Ends every temporary name, so that a temporary left behind by a killed run is never picked
     * up as a source file ({@code *.java}) by the build that compiles the output.
     */
    static final String TEMP_SUFFIX = ".specgen-tmp";

    /** Keeps temporary names within the usual 255-character limit for long generated names. */
    private static final int MAX_NAME_PART = 100;

    private AtomicFiles() {}

    /**
     * Writes {@code content} to a temporary file next to {@code target}, then moves it over
     * {@code target}. The parent directory must exist.
     */
    static void replace(Path target, byte[] content) throws IOException {
        Path temp = createTempSibling(target, content);
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException unsupported) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            // Only left when a move failed; a successful move leaves nothing to delete.
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code target}, which must not exist, with {@code content}. A file that appeared there since the
     * run looked is an error ({@link FileAlreadyExistsException}), never overwritten. A file left half-written by
     * a failure is deleted.
     */
    static void create(Path target, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(content);
        } catch (FileAlreadyExistsException appeared) {
            throw appeared;
        } catch (IOException writeFailed) {
            Files.deleteIfExists(target);
            throw writeFailed;
        }
    }

    /*
     * Not Files.createTempFile: on POSIX it creates files readable by the owner only, and the
     * generated sources would keep those permissions. CREATE_NEW with the default umask does not.
     */
    private static Path createTempSibling(Path target, byte[] content) throws IOException {
        String name = target.getFileName().toString();
        String namePart = name.length() > MAX_NAME_PART ? name.substring(0, MAX_NAME_PART) : name;
        while (true) {
            String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = target.resolveSibling("." + namePart + "." + unique + TEMP_SUFFIX);
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(content);
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // Another name is one random draw away.
            } catch (IOException writeFailed) {
                Files.deleteIfExists(temp);
                throw writeFailed;
            }
        }
    }
}
