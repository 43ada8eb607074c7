package dev.specgen.core.model;

import org.jspecify.annotations.Nullable;

/**
 * The human-facing text the spec attaches to an element, carried through to Javadoc and reports.
 *
 * @param summary a one-line summary, where the spec has one
 * @param description the longer description, where the spec has one
 * @param deprecated whether the spec marks the element deprecated
 */
public record Docs(@Nullable String summary, @Nullable String description, boolean deprecated) {

    public static final Docs NONE = new Docs(null, null, false);

    /** Whether there is any text to show. */
    public boolean hasText() {
        return (summary != null && !summary.isBlank()) || (description != null && !description.isBlank());
    }
}
