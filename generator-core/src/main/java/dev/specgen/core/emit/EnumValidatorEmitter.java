package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.specgen.core.model.EnumType;

/**
 * Emits the validator of an open enum: a value the spec does not list deserializes (so a response
 * still reads), and validation reports it.
 */
final class EnumValidatorEmitter {

    private final JavaTypes types;
    private final ValidatorNames names;

    EnumValidatorEmitter(JavaTypes types, ValidatorNames names) {
        this.types = types;
        this.names = names;
    }

    JavaFile emit(EnumType enumType) {
        ClassName model = types.className(enumType.javaName());
        ValidatorClass validator = new ValidatorClass(names.validatorOf(enumType.javaName()), "validate",
                "requireValid");
        CodeBlock body = CodeBlock.builder()
                .addStatement("return $T.of($T.listed(value.isKnown(), value.value(), $T.values()))",
                        ValidatorNames.VIOLATIONS, ValidatorNames.OBJECT_RULES, model)
                .build();
        validator.addMethod(ValidatorMethods.validate(model, enumType.specName(), false, body));
        validator.addMethod(ValidatorMethods.requireValid(model));
        return validator.build(ValidatorMethods.classJavadoc(model, enumType.specName(), enumType.location()),
                enumType.docs().deprecated());
    }
}
