package dev.specgen.core.diff;

/** How much a change matters to the clients of an API, most severe first. */
public enum Level {
    /** Breaks existing clients. */
    ERR,
    /** May break existing clients, depending on how they use the API. */
    WARN,
    /** Safe for existing clients. */
    INFO;

    /**
     * The level named {@code ERR}, {@code WARN} or {@code INFO}, ignoring case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Level named(String name) {
        for (Level level : values()) {
            if (level.name().equalsIgnoreCase(name.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + name + "'; use ERR, WARN or INFO");
    }

    /** Whether this level is {@code threshold} or more severe. */
    public boolean atLeast(Level threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
