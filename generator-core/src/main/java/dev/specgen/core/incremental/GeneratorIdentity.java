package dev.specgen.core.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Which generator produced an output: its version, and for a build of the generator that is still
 * changing (a snapshot, or classes in an IDE), the size and time of the code it was loaded from, so
 * that a rebuilt generator never counts as the one that made the output.
 */
final class GeneratorIdentity {

    private static final String CURRENT = compute();

    private GeneratorIdentity() {}

    static String current() {
        return CURRENT;
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = GeneratorIdentity.class.getResourceAsStream("/dev/specgen/core/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through: an unknown version only makes the fingerprint stricter
        }
        return properties.getProperty("version", "unknown");
    }

    private static String compute() {
        String version = version();
        if (!version.endsWith("-SNAPSHOT") && !version.equals("unknown")) {
            return version;
        }
        try {
            // This class rather than the pipeline's: an up-to-date check should load as little as it can.
            Path code = Path.of(GeneratorIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(code) ? code.resolve("dev/specgen/core/Specgen.class") : code;
            return version + " " + Files.size(probe) + " " + Files.getLastModifiedTime(probe).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return version + " " + System.nanoTime(); // unknown code: never up to date
        }
    }
}
