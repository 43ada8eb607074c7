package dev.specgen.runtime.validation;

import java.util.List;

/**
 * A validator of values of one type, as a function: generated validators are static methods, so
 * {@code DescribeTaskResponseValidator::validate} is a {@code Validator<DescribeTaskResponse>} that a
 * client can hold and call for every response.
 *
 * @param <T> the type of the values validated
 */
@FunctionalInterface
public interface Validator<T> {

    /** Every violation of the schema by {@code value}; an empty immutable list when it is valid. */
    List<Violation> validate(T value);
}
