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
 * The {@value #FILE_NAME} file beside the generated package's manifest: what the last successful run
 * was made from — the generator, the options, and a {@link SourceStamp} per source file (the spec's
 * references are only known after a parse, and an up-to-date check must not parse). Deleting it, or
 * the output, forces a full run.
 */
final class FingerprintFile {

    static final String FILE_NAME = ".specgen-fingerprint";

    /**
     * What the file holds.
     *
     * @param generator {@link GeneratorIdentity#current()} of the run
     * @param options the options of the run, as text
     * @param sources the stamps of the spec and every file it references
     */
    record State(String generator, String options, List<SourceStamp> sources) {}

    private FingerprintFile() {}

    static Optional<State> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String generator = null;
            String options = null;
            List<SourceStamp> sources = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("generator ")) {
                    generator = line.substring("generator ".length());
                } else if (line.startsWith("options ")) {
                    options = line.substring("options ".length());
                } else if (line.startsWith("source ")) {
                    // source <size> <modified> <sha256> <path>; the path last, since it may contain spaces
                    String[] parts = line.split(" ", 5);
                    sources.add(new SourceStamp(Path.of(parts[4]), Long.parseLong(parts[1]),
                            Long.parseLong(parts[2]), parts[3]));
                }
            }
            return generator == null || options == null || sources.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new State(generator, options, List.copyOf(sources)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable state only costs a full run
        }
    }

    static void write(Path directory, State state) throws IOException {
        StringBuilder text = new StringBuilder("# Written by Specgen: what the generated files here were made from.\n"
                + "# Delete it to force the next build to generate again.\n");
        text.append("generator ").append(state.generator()).append('\n');
        text.append("options ").append(state.options()).append('\n');
        for (SourceStamp source : state.sources()) {
            text.append("source ").append(source.size()).append(' ').append(source.modifiedMillis()).append(' ')
                    .append(source.sha256()).append(' ').append(source.path()).append('\n');
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
}
