package dev.specgen.core.lint;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.TypeRef;
import dev.specgen.runtime.validation.Violation;
import java.util.List;

/** For tests elsewhere: what {@code specgen check} finds in a JSON value of a model type. */
public final class ExampleChecker {

    private final ExampleValidator validator;

    public ExampleChecker(ApiModel model) {
        this.validator = new ExampleValidator(model);
    }

    public List<Violation> check(JsonValue value, TypeRef type, Constraints constraints) {
        return validator.validate(value, type, constraints);
    }
}
