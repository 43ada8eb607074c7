package dev.specgen.core.emit.client;

import dev.specgen.core.model.Operation;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an operation may be repeated without changing the outcome, which decides whether 5xx answers and
 * lost connections are retried. In order:
 *
 * <ol>
 *   <li>the operation's {@code x-idempotent: true|false}, when the spec says;
 *   <li>the HTTP method: {@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}, {@code OPTIONS} and
 *       {@code TRACE} are idempotent (RFC 9110);
 *   <li>an Alibaba Cloud RPC action ({@code x-acs-action}) whose name starts with {@code Describe}, {@code List},
 *       {@code Get} or {@code Query}: by Alibaba Cloud's naming convention these only read, although RPC sends
 *       every action as a {@code POST};
 *   <li>otherwise not idempotent.
 * </ol>
 */
final class Idempotency {

    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");
    private static final String[] READ_ACTION_PREFIXES = {"Describe", "List", "Get", "Query"};

    private Idempotency() {}

    static boolean of(Operation operation) {
        String declared = operation.extensions().get("x-idempotent");
        if (declared != null) {
            return Boolean.parseBoolean(declared.strip().toLowerCase(Locale.ROOT));
        }
        if (byMethod(operation)) {
            return true;
        }
        String action = operation.extensions().get("x-acs-action");
        if (action != null) {
            for (String prefix : READ_ACTION_PREFIXES) {
                if (action.startsWith(prefix) && action.length() > prefix.length()
                        && Character.isUpperCase(action.charAt(prefix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the method alone makes the operation idempotent (the runtime's default). */
    static boolean byMethod(Operation operation) {
        return IDEMPOTENT_METHODS.contains(operation.method().toUpperCase(Locale.ROOT));
    }

    /** Why, in a sentence for Javadoc. */
    static String explain(Operation operation) {
        boolean idempotent = of(operation);
        String reason;
        if (operation.extensions().containsKey("x-idempotent")) {
            reason = "the spec says so (x-idempotent)";
        } else if (byMethod(operation)) {
            reason = "its method is " + operation.method();
        } else if (idempotent) {
            reason = "its action only reads, by Alibaba Cloud's naming convention";
        } else {
            reason = "its method is " + operation.method();
        }
        return idempotent
                ? "Idempotent (" + reason + "): throttling, 5xx answers, timeouts and lost connections are retried."
                : "Not idempotent (" + reason + "): only throttling and failures to connect are retried.";
    }
}
