package dev.specgen.benchmarks.beanvalidation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/** {@code enum} as a Bean Validation constraint on a string: the value must be one of {@link #value()}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Listed.Validator.class)
public @interface Listed {

    String[] value();

    String message() default "is not one of the listed values {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Listed, String> {
        private Set<String> listed = Set.of();

        @Override
        public void initialize(Listed annotation) {
            listed = Set.of(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || listed.contains(value);
        }
    }
}
