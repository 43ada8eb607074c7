package dev.specgen.runtime.http;

import org.jspecify.annotations.Nullable;

/**
 * A parameter value sent as its JSON text, for a parameter the spec describes with {@code content:
 * application/json} instead of a schema: {@code .queryParameter("filter", JsonParameter.of(filter))} sends
 * {@code filter=%7B%22state%22%3A%22running%22%7D}. Styles do not apply to it; the location's percent-encoding does.
 */
public final class JsonParameter {

    private final Object value;

    private JsonParameter(Object value) {
        this.value = value;
    }

    /** The value to write as JSON; {@code null} stays {@code null}, so that an absent parameter is left out. */
    public static @Nullable JsonParameter of(@Nullable Object value) {
        return value == null ? null : new JsonParameter(value);
    }

    Object value() {
        return value;
    }

    /** Shows nothing of the value: a parameter may carry a secret. */
    @Override
    public String toString() {
        return "JsonParameter[…]";
    }
}
