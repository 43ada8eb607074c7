package dev.specgen.runtime.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file sent as one part of a {@code multipart/form-data} body: its bytes, the file name the server sees and
 * their media type.
 */
public final class FilePart {

    private final String filename;
    private final String contentType;
    private final byte[] content;

    private FilePart(String filename, String contentType, byte[] content) {
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = HeaderChecks.value("content-type", Objects.requireNonNull(contentType, "contentType"));
        this.content = content.clone();
    }

    /** A file from memory, e.g. {@code FilePart.of("photo.png", "image/png", bytes)}. */
    public static FilePart of(String filename, String contentType, byte[] content) {
        return new FilePart(filename, contentType, Objects.requireNonNull(content, "content"));
    }

    /**
     * A file read from disk now, named as it is on disk. The media type is the caller's to say: guessing it from
     * the name would differ from one machine to another.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static FilePart of(Path file, String contentType) {
        try {
            return new FilePart(file.getFileName().toString(), contentType, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to send it: " + e.getMessage(), e);
        }
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    /** A copy of the bytes. */
    public byte[] content() {
        return content.clone();
    }

    byte[] contentWithoutCopy() {
        return content;
    }

    /** The name, type and size; not the content. */
    @Override
    public String toString() {
        return "FilePart[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
