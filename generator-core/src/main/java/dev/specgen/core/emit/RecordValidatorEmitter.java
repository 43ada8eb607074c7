package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import javax.lang.model.element.Modifier;

/**
 * Emits the validator of a record: for each property that can break a rule, a presence check where the
 * schema requires it, then the checks of its value, re-rooted under the property's JSON name.
 */
final class RecordValidatorEmitter {

    private final JavaTypes types;
    private final ValidatorNames names;
    private final CheckAnalysis analysis;
    private final ValueChecks checks;

    RecordValidatorEmitter(JavaTypes types, ValidatorNames names, CheckAnalysis analysis, ValueChecks checks) {
        this.types = types;
        this.names = names;
        this.analysis = analysis;
        this.checks = checks;
    }

    JavaFile emit(RecordType record) {
        ClassName model = types.className(record.javaName());
        ValidatorClass validator = new ValidatorClass(names.validatorOf(record.javaName()), "validate", "requireValid");
        NameAllocator locals = new NameAllocator();
        locals.newName("value");
        locals.newName("found");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T found = $T.none()", ValueChecks.VIOLATION_LIST, ValidatorNames.VIOLATIONS);
        for (Property property : record.properties()) {
            boolean required = CheckAnalysis.isRequiredCheck(property);
            boolean valueChecks = analysis.hasChecks(property.type(), property.constraints());
            if (!required && !valueChecks) {
                continue;
            }
            if (property.docs().deprecated() || analysis.isDeprecated(property.type())) {
                validator.markUsesDeprecated();
            }
            String local = locals.newName(property.javaName());
            Where where = Where.member(property.jsonName());
            body.addStatement("$T $N = value.$N()", types.nullable(property.type()), local, property.javaName());
            if (required) {
                body.addStatement(where.add(CodeBlock.of("$T.required($N)", ValidatorNames.OBJECT_RULES, local)));
            }
            if (valueChecks) {
                body.beginControlFlow("if ($N != null)", local);
                checks.check(body, validator, local, property.type(), property.constraints(), where,
                        property.javaName(), Secrets.isSecret(property.jsonName(), property.constraints(),
                                property.writeOnly()));
                body.endControlFlow();
            }
        }
        RecordType.AdditionalProperties extras = record.additionalProperties();
        if (extras != null && analysis.hasChecks(extras.type(), Constraints.NONE)) {
            // The members the schema does not list sit beside the listed ones: $.<name>, not $.<map>.<name>.
            String local = locals.newName(extras.javaName());
            body.addStatement("$T $N = value.$N()", types.of(extras.type()), local, extras.javaName());
            checks.check(body, validator, local, extras.type(), Constraints.NONE, Where.root(), extras.javaName(),
                    false);
        }
        body.addStatement("return $T.result(found)", ValidatorNames.VIOLATIONS);
        validator.addMethod(ValidatorMethods.validate(model, record.specName(), true, body.build()));
        validator.addMethod(ValidatorMethods.requireValid(model));
        return validator.build(ValidatorMethods.classJavadoc(model, record.specName(), record.location()),
                record.docs().deprecated());
    }
}
