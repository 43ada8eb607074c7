package dev.specgen.core.model;

import java.nio.file.Path;

/**
 * Where something is in a spec: the file and a JSON pointer into it ({@code /components/schemas/Task}).
 * Line numbers are looked up lazily, only when a message is shown to a person.
 */
public record SourceLocation(Path file, String pointer) {

    /** The location of a child member, escaping the segment as RFC 6901 requires. */
    public SourceLocation child(String segment) {
        return new SourceLocation(file, pointer + "/" + segment.replace("~", "~0").replace("/", "~1"));
    }

    /** The location of an array element. */
    public SourceLocation child(int index) {
        return new SourceLocation(file, pointer + "/" + index);
    }

    @Override
    public String toString() {
        return file + "#" + (pointer.isEmpty() ? "/" : pointer);
    }
}
