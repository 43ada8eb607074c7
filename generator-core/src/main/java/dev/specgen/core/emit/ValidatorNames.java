package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;

/**
 * Where validators live and what they call. Validators go into a {@code validation} subpackage of the
 * models' package: the model package stays what IDE users browse and complete in (no
 * {@code TaskValidator} beside every {@code Task}), and a validator's name cannot collide with a model
 * type's (a schema may well be called {@code TaskValidator}). Every validator there is named
 * {@code <Type>Validator}; the one class that is not, {@link #PARAMETER_VALIDATION}, does not end in
 * {@code Validator}, so no schema name can collide with it.
 */
public final class ValidatorNames {

    static final String SUBPACKAGE = "validation";
    static final String PARAMETER_VALIDATION = "ParameterValidation";

    private static final String RUNTIME = "dev.specgen.runtime.validation";
    static final ClassName VIOLATION = ClassName.get(RUNTIME, "Violation");
    static final ClassName VIOLATIONS = ClassName.get(RUNTIME, "Violations");
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(RUNTIME, "ValidationException");
    static final ClassName OBJECT_RULES = ClassName.get(RUNTIME, "ObjectRules");
    static final ClassName STRING_RULES = ClassName.get(RUNTIME, "StringRules");
    static final ClassName NUMBER_RULES = ClassName.get(RUNTIME, "NumberRules");
    static final ClassName COLLECTION_RULES = ClassName.get(RUNTIME, "CollectionRules");
    static final ClassName FORMAT = ClassName.get(RUNTIME, "Format");
    static final ClassName COMPILED_PATTERN = ClassName.get(RUNTIME, "CompiledPattern");

    private final String packageName;

    /** @param modelPackage the models' package; the validators are in its {@code validation} subpackage */
    public ValidatorNames(String modelPackage) {
        this.packageName = modelPackage + "." + SUBPACKAGE;
    }

    String packageName() {
        return packageName;
    }

    /** The validator of the model type with the given Java name. */
    public ClassName validatorOf(String typeJavaName) {
        return ClassName.get(packageName, typeJavaName + "Validator");
    }

    /** The class with one parameter check per operation that has parameters. */
    public ClassName parameterValidation() {
        return ClassName.get(packageName, PARAMETER_VALIDATION);
    }
}
