package dev.specgen.core.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a source file was when the output was generated: its size and modification time, which are
 * cheap to read, and the SHA-256 of its content, which decides when they differ. A file that was only
 * touched therefore costs one hash, and an unchanged one none.
 *
 * @param path the file, absolute and normalized
 * @param size its size in bytes
 * @param modifiedMillis its modification time
 * @param sha256 the hex SHA-256 of its content
 */
record SourceStamp(Path path, long size, long modifiedMillis, String sha256) {

    static SourceStamp of(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new SourceStamp(path, attributes.size(), attributes.lastModifiedTime().toMillis(), sha256(path));
    }

    /**
     * The file's stamp now, hashing only when size or time moved.
     *
     * @throws java.nio.file.NoSuchFileException when the file is gone
     */
    SourceStamp current() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().toMillis();
        if (attributes.size() == size && modified == modifiedMillis) {
            return this;
        }
        return new SourceStamp(path, attributes.size(), modified, sha256(path));
    }

    boolean sameContentAs(SourceStamp other) {
        return path.equals(other.path) && sha256.equals(other.sha256);
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
