package dev.specgen.core.diff;

/** Which way a value travels: what a client sends, or what it receives. Decides how risky a change is. */
enum Direction {
    REQUEST("request"),
    RESPONSE("response");

    private final String word;

    Direction(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }
}
