package dev.specgen.core.emit;

import dev.specgen.core.model.Constraints;
import java.util.List;
import java.util.Locale;

/**
 * Which values a validator must never show in a violation (violations end up in logs and exception
 * messages): those the spec marks {@code format: password} or {@code writeOnly}, and those whose name
 * says they are secret ({@code AccessKeySecret}, {@code password}, {@code SecurityToken}). Hiding a value
 * that was not secret only costs a less specific message; showing a secret cannot be undone.
 */
final class Secrets {

    private static final List<String> SECRET_WORDS = List.of(
            "password", "passwd", "secret", "token", "credential", "apikey", "privatekey", "authorization");

    private Secrets() {}

    static boolean isSecret(String name, Constraints constraints, boolean writeOnly) {
        if (writeOnly || "password".equals(constraints.format())) {
            return true;
        }
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return SECRET_WORDS.stream().anyMatch(letters::contains);
    }
}
