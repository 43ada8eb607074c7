package dev.specgen.benchmarks.beanvalidation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code format: date-time} as a Bean Validation constraint. Its validator calls the very check the
 * generated validators call, so the benchmark compares the frameworks, not two date parsers.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateTime.Validator.class)
public @interface DateTime {

    String message() default "is not a valid date-time";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<DateTime, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || dev.specgen.runtime.validation.Format.DATE_TIME.test(value);
        }
    }
}
