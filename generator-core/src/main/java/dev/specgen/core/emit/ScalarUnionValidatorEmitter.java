package dev.specgen.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.ScalarUnionType.Alternative;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the validator of a union of scalars: the value is one alternative's record, and is checked against that
 * alternative's constraints (the same scalar rules as a property of that kind, then its listed values), at the
 * path where the value is. Which alternative it is was settled when it was read, by its JSON kind, so there is
 * nothing else to check (an integer of a {@code oneOf} with a number alternative is not reported as matching both).
 */
final class ScalarUnionValidatorEmitter {

    private final JavaTypes types;
    private final ValidatorNames names;

    ScalarUnionValidatorEmitter(JavaTypes types, ValidatorNames names) {
        this.types = types;
        this.names = names;
    }

    /** Whether any value of the union can break a rule. */
    static boolean hasChecks(ScalarUnionType union) {
        return union.alternatives().stream().anyMatch(ScalarUnionValidatorEmitter::hasChecks);
    }

    private static boolean hasChecks(Alternative alternative) {
        return !alternative.listedValues().isEmpty()
                || ScalarChecks.hasRules(alternative.valueKind(), alternative.constraints());
    }

    JavaFile emit(ScalarUnionType union) {
        ClassName model = types.className(union.javaName());
        ValidatorClass validator = new ValidatorClass(names.validatorOf(union.javaName()), "validate", "requireValid");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T found = $T.none()", ValueChecks.VIOLATION_LIST, ValidatorNames.VIOLATIONS);
        boolean first = true;
        for (Alternative alternative : union.alternatives()) {
            if (!hasChecks(alternative)) {
                continue;
            }
            CodeBlock test = CodeBlock.of("value instanceof $T variant", model.nestedClass(alternative.javaName()));
            if (first) {
                body.beginControlFlow("if ($L)", test);
            } else {
                body.nextControlFlow("else if ($L)", test);
            }
            first = false;
            for (CodeBlock rule : rules(validator, alternative)) {
                body.addStatement(Where.root().add(rule));
            }
        }
        if (!first) {
            body.endControlFlow();
        }
        body.addStatement("return $T.result(found)", ValidatorNames.VIOLATIONS);
        validator.addMethod(ValidatorMethods.validate(model, union.specName(), false, body.build()));
        validator.addMethod(ValidatorMethods.requireValid(model));
        return validator.build(ValidatorMethods.classJavadoc(model, union.specName(), union.location()),
                union.docs().deprecated());
    }

    /** The scalar rules of the alternative's kind, then its listed values, in the order {@code specgen check} applies them. */
    private static List<CodeBlock> rules(ValidatorClass validator, Alternative alternative) {
        String hint = ValueChecks.constantName(alternative.javaName());
        List<CodeBlock> rules = new ArrayList<>(ScalarChecks.rules(validator, "variant.value()",
                alternative.valueKind(), alternative.constraints(), hint));
        if (!alternative.listedValues().isEmpty()) {
            String listed = validator.constant(listedType(alternative.valueKind()), hint + "_LISTED",
                    listedValues(alternative));
            rules.add(CodeBlock.of("$T.listed(variant.value(), $N)", ValidatorNames.OBJECT_RULES, listed));
        }
        return rules;
    }

    /** Primitive arrays for {@code long} and {@code double} values, so that checking one allocates nothing. */
    private static TypeName listedType(ScalarKind kind) {
        return switch (kind) {
            case INT64 -> ArrayTypeName.of(TypeName.LONG);
            case DOUBLE -> ArrayTypeName.of(TypeName.DOUBLE);
            default -> ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT);
        };
    }

    private static CodeBlock listedValues(Alternative alternative) {
        List<CodeBlock> values = new ArrayList<>();
        for (String text : alternative.listedValues()) {
            if (alternative.valueKind() == ScalarKind.DOUBLE && !Double.isFinite(Double.parseDouble(text))) {
                continue; // beyond double: no value read from JSON equals it
            }
            values.add(switch (alternative.valueKind()) {
                case INT64 -> CodeBlock.of("$LL", new BigDecimal(text).longValueExact());
                case DOUBLE -> CodeBlock.of("$Ld", Double.parseDouble(text));
                case BIG_INTEGER -> CodeBlock.of("new $T($S)", BigInteger.class, text);
                case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, text);
                case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(text));
                default -> CodeBlock.of("$S", text);
            });
        }
        CodeBlock joined = CodeBlock.join(values, ", ");
        return switch (alternative.valueKind()) {
            case INT64 -> CodeBlock.of("new long[] {$L}", joined);
            case DOUBLE -> CodeBlock.of("new double[] {$L}", joined);
            default -> CodeBlock.of("$T.of($L)", List.class, joined);
        };
    }
}
