package dev.specgen.core.incremental;

import dev.specgen.core.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything a generated output depends on: the generator, the options, and the
 * content of the spec and of every file it references. Timestamps play no part, so touching a spec
 * without changing it changes nothing.
 *
 * @param value the hex digest
 */
record Fingerprint(String value) {

    static Fingerprint of(String generator, GeneratorOptions options, Path spec, List<Path> sourceFiles)
            throws IOException {
        MessageDigest digest = sha256();
        update(digest, "specgen-fingerprint 1");
        update(digest, generator);
        update(digest, options.toString());
        update(digest, spec.toAbsolutePath().normalize().toString());
        byte[] buffer = new byte[64 * 1024];
        for (Path file : sourceFiles.stream().sorted().toList()) {
            update(digest, file.toString());
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update((byte) 0);
        }
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
