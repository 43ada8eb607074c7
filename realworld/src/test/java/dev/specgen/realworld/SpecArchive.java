package dev.specgen.realworld;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** The committed, gzipped specs, decompressed into the build directory and checked against their sha256. */
final class SpecArchive {

    private SpecArchive() {}

    /** The directory of the {@code .gz} files, which surefire passes in ({@code realworld/specs}). */
    static Path specsDirectory() {
        return Path.of(requiredProperty("realworld.specs"));
    }

    /** The directory the tests work in, under {@code target/}. */
    static Path workDirectory() {
        return Path.of(requiredProperty("realworld.work"));
    }

    /**
     * Decompresses a spec into {@code <work>/specs/} and returns the file.
     *
     * @throws AssertionError when the decompressed bytes are not the published file (their sha256 differs)
     */
    static Path extract(RealWorldSpec spec) {
        Path archive = specsDirectory().resolve(spec.fileName() + ".gz");
        Path target = workDirectory().resolve("specs").resolve(spec.fileName());
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                in.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equals(spec.sha256())) {
                throw new AssertionError(archive + " does not decompress to the published " + spec.fileName()
                        + ": its sha256 is " + actual + ", SOURCES.md and RealWorldSpec say " + spec.sha256()
                        + ". Restore the file, or update both if the spec was deliberately replaced.");
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decompress " + archive + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run these tests through Maven"
                    + " (./mvnw -pl realworld -am verify), whose surefire configuration sets it");
        }
        return value;
    }
}
