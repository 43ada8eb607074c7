package dev.specgen.core.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The output directory holds something that Specgen must not overwrite or cannot write through,
 * such as a hand-written file at a generated path. It is thrown before anything is written, so
 * the previous output is intact.
 */
public final class OutputConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Enough to show the pattern; a directory full of foreign files would otherwise flood the log. */
    private static final int MAX_PROBLEMS_IN_MESSAGE = 20;

    private final transient Path outputDirectory;
    private final List<String> problems;

    /**
     * @param outputDirectory the directory Specgen was asked to write
     * @param problems one sentence per conflict, each naming the file and what to do about it
     */
    public OutputConflictException(Path outputDirectory, List<String> problems) {
        super(message(outputDirectory, problems));
        this.outputDirectory = outputDirectory;
        this.problems = List.copyOf(problems);
    }

    /** @return the directory Specgen was asked to write */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** @return every conflict found, one sentence each, in path order */
    public List<String> problems() {
        return problems;
    }

    private static String message(Path outputDirectory, List<String> problems) {
        StringBuilder message = new StringBuilder("Specgen wrote nothing to ").append(outputDirectory).append(':');
        problems.stream().limit(MAX_PROBLEMS_IN_MESSAGE).forEach(p -> message.append("\n  - ").append(p));
        if (problems.size() > MAX_PROBLEMS_IN_MESSAGE) {
            message.append("\n  ... and ").append(problems.size() - MAX_PROBLEMS_IN_MESSAGE).append(" more");
        }
        return message.toString();
    }
}
