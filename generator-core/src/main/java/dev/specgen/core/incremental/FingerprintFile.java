package dev.specgen.core.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@value #FILE_NAME} file beside the generated package's manifest: the fingerprint of the last
 * successful run, and the files it was computed over (the spec's references are only known after a
 * parse, and an up-to-date check must not parse). Deleting it, or the output, forces a full run.
 */
final class FingerprintFile {

    static final String FILE_NAME = ".specgen-fingerprint";

    /** What the file holds. */
    record State(Fingerprint fingerprint, List<Path> sourceFiles) {}

    private FingerprintFile() {}

    static Optional<State> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Fingerprint fingerprint = null;
            List<Path> sources = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("fingerprint ")) {
                    fingerprint = new Fingerprint(line.substring("fingerprint ".length()));
                } else if (line.startsWith("source ")) {
                    sources.add(Path.of(line.substring("source ".length())));
                }
            }
            return fingerprint == null || sources.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new State(fingerprint, List.copyOf(sources)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable state only costs a full run
        }
    }

    static void write(Path directory, State state) throws IOException {
        StringBuilder text = new StringBuilder("# Written by Specgen: what the generated files here were made from.\n"
                + "# Delete it to force the next build to generate again.\n");
        text.append("fingerprint ").append(state.fingerprint().value()).append('\n');
        for (Path source : state.sourceFiles()) {
            text.append("source ").append(source).append('\n');
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".specgen-fingerprint", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, directory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(FILE_NAME));
    }
}
