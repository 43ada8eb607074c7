package dev.specgen.runtime.validation;

import java.util.List;

/**
 * What a client does with a response that breaks its schema. Services send values their own pages do
 * not list, so the default for clients is {@link #WARN}: the caller gets the response, and a log says
 * what was off.
 */
public enum ResponseValidation {
    /** Responses are not validated. */
    OFF,
    /** Violations are logged as one warning (by clients, in the client's logger); the response is returned. */
    WARN,
    /** A response with violations throws a {@link ValidationException} listing them all. */
    STRICT;

    private static final System.Logger LOGGER = System.getLogger("dev.specgen.runtime.validation");

    /**
     * Validates {@code value} as this mode says, warning through the {@code dev.specgen.runtime.validation} logger.
     *
     * @param subject what the value is, for the log or the exception, e.g. {@code response of DescribeTask}
     * @return {@code value}
     * @throws ValidationException in {@link #STRICT} mode, when there are violations
     */
    public <T> T apply(String subject, T value, Validator<? super T> validator) {
        return apply(subject, value, validator, LOGGER);
    }

    /**
     * Validates {@code value} as this mode says; in {@link #WARN} mode, the violations are one warning of
     * {@code logger}, as {@link ValidationException#getMessage()} lists them (values the spec marks secret are
     * not shown).
     *
     * @param subject what the value is, for the log or the exception, e.g. {@code response of DescribeTask}
     * @return {@code value}
     * @throws ValidationException in {@link #STRICT} mode, when there are violations
     */
    public <T> T apply(String subject, T value, Validator<? super T> validator, System.Logger logger) {
        if (this == OFF) {
            return value;
        }
        List<Violation> violations = validator.validate(value);
        if (violations.isEmpty()) {
            return value;
        }
        ValidationException problem = new ValidationException(subject, violations);
        if (this == STRICT) {
            throw problem;
        }
        logger.log(System.Logger.Level.WARNING, problem.getMessage());
        return value;
    }
}
