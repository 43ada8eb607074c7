package dev.specgen.core.lint;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import dev.specgen.runtime.validation.CollectionRules;
import dev.specgen.runtime.validation.JsonPath;
import dev.specgen.runtime.validation.ObjectRules;
import dev.specgen.runtime.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Validates a JSON value against a model type, collecting every violation with its JSON path
 * ({@code $.stages[0].state}). Used by {@code specgen check} on the spec's own examples.
 *
 * <p>Every rule is the runtime's, applied in the order the generated validators apply it, so an
 * example and the Java value it deserializes into get the same violations. What only JSON can get
 * wrong is reported here alone: a value of the wrong JSON kind ({@code type}), an explicit
 * {@code null} on a property that is not nullable, text that is not base64 where bytes belong, a value
 * of a union of scalars whose kind no alternative has (the generated code cannot read it), and
 * a {@code oneOf} without discriminator that matches no alternative (the generated validator
 * validates the alternative Jackson chose instead).
 */
final class ExampleValidator {

    private static final int MAX_DEPTH = 200;

    private final Map<String, TypeDef> types = new HashMap<>();
    private final ExampleScalars scalars = new ExampleScalars();
    private final ScalarUnionExamples scalarUnions = new ScalarUnionExamples(scalars);

    ExampleValidator(ApiModel model) {
        for (TypeDef type : model.types()) {
            types.put(type.javaName(), type);
        }
    }

    List<Violation> validate(JsonValue value, TypeRef type, Constraints constraints) {
        List<Violation> violations = new ArrayList<>();
        check(value, type, constraints, JsonPath.ROOT, violations, 0);
        return violations;
    }

    private void check(JsonValue value, TypeRef type, Constraints c, String path, List<Violation> out, int depth) {
        if (depth > MAX_DEPTH || value instanceof JsonValue.JsonNull) {
            return; // nullability is checked by the owner, which knows whether null is allowed
        }
        Consumer<Violation> here = v -> out.add(v.under(path));
        if (type instanceof TypeRef.Scalar scalar) {
            scalars.check(value, scalar.kind(), c, here);
        } else if (type instanceof TypeRef.Named named) {
            checkNamed(value, types.get(named.javaName()), c, path, out, depth);
        } else if (type instanceof TypeRef.ListOf list) {
            checkList(value, list, c, path, out, depth);
        } else if (type instanceof TypeRef.MapOf map) {
            checkMap(value, map, c, path, out, depth);
        } else if (type instanceof TypeRef.FreeFormObject) {
            if (value instanceof JsonValue.JsonObject object) {
                propertyCounts(object.members().size(), c, here);
            } else {
                here.accept(ExampleScalars.typeViolation("an object", value));
            }
        } else {
            untyped(value, c, here);
        }
    }

    private void checkNamed(JsonValue value, @Nullable TypeDef type, Constraints c, String path, List<Violation> out,
            int depth) {
        Consumer<Violation> here = v -> out.add(v.under(path));
        if (type instanceof EnumType enumType) {
            scalars.enumValue(value, enumType, c, here);
        } else if (type instanceof RecordType record) {
            if (!(value instanceof JsonValue.JsonObject object)) {
                here.accept(ExampleScalars.typeViolation("an object", value));
                return;
            }
            propertyCounts(object.members().size(), c, here);
            checkRecord(object, record, path, out, depth);
        } else if (type instanceof UnionType union) {
            checkUnion(value, union, path, out, depth);
        } else if (type instanceof ScalarUnionType scalarUnion) {
            scalarUnions.check(value, scalarUnion, here);
        } else {
            untyped(value, c, here); // a union that fell back to a plain JSON value
        }
    }

    private void checkRecord(JsonValue.JsonObject object, RecordType record, String path, List<Violation> out,
            int depth) {
        for (Property property : record.properties()) {
            JsonValue member = object.members().get(property.jsonName());
            String memberPath = JsonPath.member(path, property.jsonName());
            if (member == null || member instanceof JsonValue.JsonNull) {
                if (property.mustBePresent()) {
                    out.add(ObjectRules.required(null).under(memberPath));
                } else if (member != null && !property.nullable()) {
                    out.add(ObjectRules.notNull(null).under(memberPath));
                }
            } else {
                check(member, property.type(), property.constraints(), memberPath, out, depth + 1);
            }
        }
        RecordType.AdditionalProperties extras = record.additionalProperties();
        if (extras != null) {
            // The members the schema does not list are checked as the generated validator checks the map.
            java.util.Set<String> listed = new java.util.HashSet<>();
            record.properties().forEach(p -> listed.add(p.jsonName()));
            Map<String, JsonValue> unlisted = new LinkedHashMap<>(object.members());
            unlisted.keySet().removeAll(listed);
            check(new JsonValue.JsonObject(unlisted), extras.type(), Constraints.NONE, path, out, depth);
        }
    }

    private void checkUnion(JsonValue value, UnionType union, String path, List<Violation> out, int depth) {
        String discriminator = union.discriminatorProperty();
        if (discriminator != null && value instanceof JsonValue.JsonObject object) {
            JsonValue selector = object.members().get(discriminator);
            String selectorPath = JsonPath.member(path, discriminator);
            if (!(selector instanceof JsonValue.JsonString name)) {
                out.add(ObjectRules.required(null).under(selectorPath));
                return;
            }
            List<String> known = new ArrayList<>();
            for (UnionType.Variant variant : union.variants()) {
                if (variant.discriminatorValues().contains(name.value())) {
                    checkNamed(value, types.get(variant.recordJavaName()), Constraints.NONE, path, out, depth + 1);
                    return;
                }
                known.addAll(variant.discriminatorValues());
            }
            out.add(ObjectRules.selectsAny(name.value(), known).under(selectorPath));
            return;
        }
        int matches = 0;
        for (UnionType.Variant variant : union.variants()) {
            List<Violation> attempt = new ArrayList<>();
            checkNamed(value, types.get(variant.recordJavaName()), Constraints.NONE, path, attempt, depth + 1);
            if (attempt.isEmpty()) {
                matches++;
            }
        }
        Violation violation = union.exclusive() ? ObjectRules.oneOf(matches, union.variants().size())
                : ObjectRules.anyOf(matches, union.variants().size());
        if (violation != null) {
            out.add(violation.under(path));
        }
    }

    private void checkList(JsonValue value, TypeRef.ListOf list, Constraints c, String path, List<Violation> out,
            int depth) {
        Consumer<Violation> here = v -> out.add(v.under(path));
        if (!(value instanceof JsonValue.JsonArray array)) {
            here.accept(ExampleScalars.typeViolation("an array", value));
            return;
        }
        int size = array.elements().size();
        if (c.minItems() != null) {
            report(here, CollectionRules.minItems(size, c.minItems()));
        }
        if (c.maxItems() != null) {
            report(here, CollectionRules.maxItems(size, c.maxItems()));
        }
        if (c.uniqueItems()) {
            report(here, CollectionRules.uniqueItems(array.elements().stream().map(ExampleValidator::numbersNormalized)
                    .toList()));
        }
        for (int i = 0; i < size; i++) {
            checkItem(array.elements().get(i), list.items(), list.itemConstraints(), list.itemsNullable(),
                    JsonPath.index(path, i), out, depth);
        }
    }

    private void checkMap(JsonValue value, TypeRef.MapOf map, Constraints c, String path, List<Violation> out,
            int depth) {
        if (!(value instanceof JsonValue.JsonObject object)) {
            out.add(ExampleScalars.typeViolation("an object", value).under(path));
            return;
        }
        propertyCounts(object.members().size(), c, v -> out.add(v.under(path)));
        object.members().forEach((key, member) -> {
            String memberPath = JsonPath.member(path, key);
            scalars.text(key, map.keyConstraints(), v -> out.add(v.under(memberPath)));
            checkItem(member, map.values(), map.valueConstraints(), map.valuesNullable(), memberPath, out, depth);
        });
    }

    private void checkItem(JsonValue item, TypeRef type, Constraints c, boolean nullable, String path,
            List<Violation> out, int depth) {
        if (item instanceof JsonValue.JsonNull) {
            if (!nullable) {
                out.add(ObjectRules.notNull(null).under(path));
            }
        } else {
            check(item, type, c, path, out, depth + 1);
        }
    }

    /** A value without a schema type ({@code {}}): the constraints that apply to its JSON kind. */
    private void untyped(JsonValue value, Constraints c, Consumer<Violation> here) {
        if (value instanceof JsonValue.JsonString s) {
            scalars.text(s.value(), c, here);
        } else if (value instanceof JsonValue.JsonNumber) {
            scalars.check(value, dev.specgen.core.model.ScalarKind.DECIMAL, c, here);
        } else if (value instanceof JsonValue.JsonObject object) {
            propertyCounts(object.members().size(), c, here);
        } else if (value instanceof JsonValue.JsonArray array) {
            if (c.minItems() != null) {
                report(here, CollectionRules.minItems(array.elements().size(), c.minItems()));
            }
            if (c.maxItems() != null) {
                report(here, CollectionRules.maxItems(array.elements().size(), c.maxItems()));
            }
        }
    }

    private static void propertyCounts(int count, Constraints c, Consumer<Violation> here) {
        if (c.minProperties() != null) {
            report(here, CollectionRules.minProperties(count, c.minProperties()));
        }
        if (c.maxProperties() != null) {
            report(here, CollectionRules.maxProperties(count, c.maxProperties()));
        }
    }

    /** Equal JSON numbers compare equal whatever their scale ({@code 1.0} and {@code 1}), as in JSON Schema. */
    private static JsonValue numbersNormalized(JsonValue value) {
        if (value instanceof JsonValue.JsonNumber n) {
            return new JsonValue.JsonNumber(n.value().signum() == 0 ? BigDecimal.ZERO : n.value().stripTrailingZeros());
        }
        if (value instanceof JsonValue.JsonArray a) {
            return new JsonValue.JsonArray(a.elements().stream().map(ExampleValidator::numbersNormalized).toList());
        }
        if (value instanceof JsonValue.JsonObject o) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            o.members().forEach((k, v) -> members.put(k, numbersNormalized(v)));
            return new JsonValue.JsonObject(members);
        }
        return value;
    }

    private static void report(Consumer<Violation> here, @Nullable Violation violation) {
        if (violation != null) {
            here.accept(violation);
        }
    }
}
