package dev.specgen.runtime.validation;

import java.util.List;
import java.util.Objects;

/**
 * A value broke its schema: thrown by clients before sending an invalid request (which is then not
 * sent), and after receiving an invalid response when validation is {@link ResponseValidation#STRICT}.
 * It carries every violation found, not just the first.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How many violations the message lists; {@link #violations()} has them all. */
    static final int LISTED_IN_MESSAGE = 50;

    private final String subject;
    private final List<Violation> violations;

    /**
     * @param subject what was validated, for the message, e.g. {@code request of DescribeTask}
     * @param violations what is wrong with it; not empty
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(message(subject, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    /**
     * Throws when there are violations; the way to validate before sending.
     *
     * @throws ValidationException listing {@code violations}, unless it is empty
     */
    public static void throwIfAny(String subject, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(subject, violations);
        }
    }

    /** What was validated. */
    public String subject() {
        return subject;
    }

    /** Every violation, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String subject, List<Violation> violations) {
        Objects.requireNonNull(subject, "subject");
        StringBuilder text = new StringBuilder(subject).append(" is invalid: ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        for (int i = 0; i < Math.min(violations.size(), LISTED_IN_MESSAGE); i++) {
            text.append("\n  ").append(violations.get(i));
        }
        if (violations.size() > LISTED_IN_MESSAGE) {
            text.append("\n  … and ").append(violations.size() - LISTED_IN_MESSAGE).append(" more");
        }
        return text.toString();
    }
}
