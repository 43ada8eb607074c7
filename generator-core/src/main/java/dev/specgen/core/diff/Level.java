package dev.specgen.core.diff;

/** How much a change matters to the clients of an API, most severe first. */
public enum Level {
    /** Breaks existing clients. */
    ERR,
    /** May break existing clients, depending on how they use the API. */
    WARN,
    /** Safe for existing clients. */
    INFO;

    /** Whether this level is {@code threshold} or more severe. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
