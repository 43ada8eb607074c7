package dev.specgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the checks of one non-null value of any model type: rule calls for scalars, a call of the
 * type's validator for named types, and a private helper per list or map that checks the collection
 * and loops over its items. What is found is added to the local {@code found} of the method being
 * written, re-rooted to where the value is ({@link Where}).
 */
final class ValueChecks {

    static final TypeName VIOLATION_LIST = ParameterizedTypeName.get(ClassName.get(List.class), ValidatorNames.VIOLATION);

    private final JavaTypes types;
    private final ValidatorNames names;
    private final CheckAnalysis analysis;

    ValueChecks(JavaTypes types, ValidatorNames names, CheckAnalysis analysis) {
        this.types = types;
        this.names = names;
        this.analysis = analysis;
    }

    /**
     * Appends the checks of the non-null value held by {@code value} to {@code body}.
     *
     * @param hint a name for helpers and constants, e.g. the property's Java name
     * @param secret whether violations must not show the value
     */
    void check(CodeBlock.Builder body, ValidatorClass owner, String value, TypeRef type, Constraints constraints,
            Where where, String hint, boolean secret) {
        if (analysis.isDeprecated(type)) {
            owner.markUsesDeprecated();
        }
        if (type instanceof TypeRef.Scalar scalar) {
            addRules(body, where, ScalarChecks.rules(owner, value, scalar.kind(), constraints, constantName(hint)),
                    secret);
        } else if (type instanceof TypeRef.Named named) {
            checkNamed(body, owner, value, analysis.type(named.javaName()), constraints, where, hint, secret);
        } else if (type instanceof TypeRef.ListOf list) {
            if (analysis.hasChecks(type, constraints)) {
                body.addStatement(where.addAll(CodeBlock.of("$N($L)", listHelper(owner, list, constraints, hint,
                        secret), value)));
            }
        } else if (type instanceof TypeRef.MapOf map) {
            if (analysis.hasChecks(type, constraints)) {
                body.addStatement(where.addAll(CodeBlock.of("$N($L)", mapHelper(owner, map, constraints, hint,
                        secret), value)));
            }
        } else if (type instanceof TypeRef.FreeFormObject) {
            addRules(body, where, propertyCounts(CodeBlock.of("$L.size()", value), constraints), false);
        }
        // A plain JSON value (TypeRef.AnyValue) has no schema of its own to check.
    }

    private void checkNamed(CodeBlock.Builder body, ValidatorClass owner, String value, TypeDef def,
            Constraints constraints, Where where, String hint, boolean secret) {
        if (def == null) {
            return; // a union that fell back to a plain JSON value
        }
        if (def.docs().deprecated()) {
            owner.markUsesDeprecated();
        }
        if (def instanceof EnumType enumType && ScalarChecks.hasRules(enumType.valueKind(), constraints)) {
            // The enum schema's own constraints, checked on the value as received.
            addRules(body, where, ScalarChecks.rules(owner, value + ".value()", enumType.valueKind(), constraints,
                    constantName(hint)), secret);
        }
        if (def instanceof RecordType record) {
            if (CheckAnalysis.hasPropertyCounts(constraints)) {
                addRules(body, where, propertyCounts(presentProperties(owner, record, value), constraints), false);
            }
            if (!analysis.hasChecks(record)) {
                return;
            }
        }
        CodeBlock violations = CodeBlock.of("$T.validate($L)", names.validatorOf(def.javaName()), value);
        body.addStatement(where.addAll(secret
                ? CodeBlock.of("$T.withoutValues($L)", ValidatorNames.VIOLATIONS, violations) : violations));
    }

    private static void addRules(CodeBlock.Builder body, Where where, List<CodeBlock> rules, boolean secret) {
        for (CodeBlock rule : rules) {
            body.addStatement(where.add(secret
                    ? CodeBlock.of("$T.withoutValue($L)", ValidatorNames.VIOLATIONS, rule) : rule));
        }
    }

    private String listHelper(ValidatorClass owner, TypeRef.ListOf list, Constraints constraints, String hint,
            boolean secret) {
        String name = owner.helperName(hint + "Items");
        MethodSpec.Builder helper = helper(name, types.of(list), "list");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T found = $T.none()", VIOLATION_LIST, ValidatorNames.VIOLATIONS);
        ClassName collections = ValidatorNames.COLLECTION_RULES;
        Where root = Where.root();
        if (constraints.minItems() != null) {
            body.addStatement(root.add(CodeBlock.of("$T.minItems(value.size(), $L)", collections,
                    constraints.minItems())));
        }
        if (constraints.maxItems() != null) {
            body.addStatement(root.add(CodeBlock.of("$T.maxItems(value.size(), $L)", collections,
                    constraints.maxItems())));
        }
        if (constraints.uniqueItems()) {
            body.addStatement(root.add(CodeBlock.of("$T.uniqueItems(value)", collections)));
        }
        boolean itemChecks = analysis.hasChecks(list.items(), list.itemConstraints());
        if (itemChecks || !list.itemsNullable()) {
            body.beginControlFlow("for (int i = 0; i < value.size(); i++)")
                    .addStatement("$T item = value.get(i)", types.nullable(list.items()));
            checkItem(body, owner, list.items(), list.itemConstraints(), list.itemsNullable(), Where.at("i"),
                    hint + "Item", secret);
            body.endControlFlow();
        }
        owner.addHelper(helper.addCode(body.addStatement("return found").build()).build());
        return name;
    }

    private String mapHelper(ValidatorClass owner, TypeRef.MapOf map, Constraints constraints, String hint,
            boolean secret) {
        String name = owner.helperName(hint + "Values");
        MethodSpec.Builder helper = helper(name, types.of(map), "map");
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T found = $T.none()", VIOLATION_LIST, ValidatorNames.VIOLATIONS);
        addRules(body, Where.root(), propertyCounts(CodeBlock.of("value.size()"), constraints), false);
        boolean valueChecks = analysis.hasChecks(map.values(), map.valueConstraints());
        boolean keyChecks = CheckAnalysis.hasKeyChecks(map);
        if (valueChecks || !map.valuesNullable() || keyChecks) {
            TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
                    types.of(map.values()));
            body.beginControlFlow("for ($T entry : value.entrySet())", entry);
            // The key's own rules (propertyNames), reported at the member they name.
            addRules(body, Where.at("entry.getKey()"), ScalarChecks.textRules(owner, "entry.getKey()",
                    map.keyConstraints(), constantName(hint + "Key")), false);
            body.addStatement("$T item = entry.getValue()", types.nullable(map.values()));
            checkItem(body, owner, map.values(), map.valueConstraints(), map.valuesNullable(),
                    Where.at("entry.getKey()"), hint + "Value", secret);
            body.endControlFlow();
        }
        owner.addHelper(helper.addCode(body.addStatement("return found").build()).build());
        return name;
    }

    private void checkItem(CodeBlock.Builder body, ValidatorClass owner, TypeRef type, Constraints constraints,
            boolean nullable, Where where, String hint, boolean secret) {
        if (!nullable) {
            body.addStatement(where.add(CodeBlock.of("$T.notNull(item)", ValidatorNames.OBJECT_RULES)));
        }
        if (analysis.hasChecks(type, constraints)) {
            body.beginControlFlow("if (item != null)");
            check(body, owner, "item", type, constraints, where, hint, secret);
            body.endControlFlow();
        }
    }

    private static MethodSpec.Builder helper(String name, TypeName parameter, String what) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(VIOLATION_LIST)
                .addJavadoc("The violations of a $L and of its items, with paths from the $L itself ({@code $$}).\n",
                        what, what)
                .addParameter(parameter, "value");
    }

    private static List<CodeBlock> propertyCounts(CodeBlock count, Constraints constraints) {
        ClassName collections = ValidatorNames.COLLECTION_RULES;
        List<CodeBlock> rules = new java.util.ArrayList<>();
        if (constraints.minProperties() != null) {
            rules.add(CodeBlock.of("$T.minProperties($L, $L)", collections, count, constraints.minProperties()));
        }
        if (constraints.maxProperties() != null) {
            rules.add(CodeBlock.of("$T.maxProperties($L, $L)", collections, count, constraints.maxProperties()));
        }
        return rules;
    }

    /** How many properties of a record value are present: its non-null components. */
    private static CodeBlock presentProperties(ValidatorClass owner, RecordType record, String value) {
        if (record.properties().isEmpty()) {
            return CodeBlock.of("0");
        }
        CodeBlock.Builder count = CodeBlock.builder();
        for (int i = 0; i < record.properties().size(); i++) {
            Property property = record.properties().get(i);
            if (property.docs().deprecated()) {
                owner.markUsesDeprecated();
            }
            count.add(i == 0 ? "" : " + ").add("($L.$N() == null ? 0 : 1)", value, property.javaName());
        }
        return count.build();
    }

    /** {@code taskId} → {@code TASK_ID}, for constants named after what they check. */
    static String constantName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
