package dev.specgen.core.lint;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.model.UnionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates a JSON value against a model type, collecting every violation with its JSON path
 * ({@code $.stages[0].state}). Used by {@code specgen check} on the spec's own examples.
 */
final class ExampleValidator {

    /** One way a value fails its schema. */
    record Violation(String path, String rule, String message) {}

    private final Map<String, TypeDef> types = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    ExampleValidator(ApiModel model) {
        for (TypeDef type : model.types()) {
            types.put(type.javaName(), type);
        }
    }

    List<Violation> validate(JsonValue value, TypeRef type, Constraints constraints) {
        List<Violation> violations = new ArrayList<>();
        check(value, type, constraints, "$", violations, 0);
        return violations;
    }

    private void check(JsonValue value, TypeRef type, Constraints constraints, String path, List<Violation> out,
            int depth) {
        if (depth > 200 || value instanceof JsonValue.JsonNull) {
            return; // nullability is checked by the owner, which knows whether null is allowed
        }
        checkConstraints(value, constraints, path, out);
        if (type instanceof TypeRef.Scalar scalar) {
            checkScalar(value, scalar.kind(), path, out);
        } else if (type instanceof TypeRef.ListOf list) {
            if (!(value instanceof JsonValue.JsonArray array)) {
                out.add(new Violation(path, "type", "expected an array, found " + kind(value)));
                return;
            }
            for (int i = 0; i < array.elements().size(); i++) {
                check(array.elements().get(i), list.items(), list.itemConstraints(), path + "[" + i + "]", out,
                        depth + 1);
            }
        } else if (type instanceof TypeRef.MapOf map) {
            if (!(value instanceof JsonValue.JsonObject object)) {
                out.add(new Violation(path, "type", "expected an object, found " + kind(value)));
                return;
            }
            object.members().forEach((key, member) ->
                    check(member, map.values(), map.valueConstraints(), path + "." + key, out, depth + 1));
        } else if (type instanceof TypeRef.FreeFormObject && !(value instanceof JsonValue.JsonObject)) {
            out.add(new Violation(path, "type", "expected an object, found " + kind(value)));
        } else if (type instanceof TypeRef.Named named) {
            checkNamed(value, types.get(named.javaName()), path, out, depth);
        }
    }

    private void checkNamed(JsonValue value, TypeDef type, String path, List<Violation> out, int depth) {
        if (type instanceof EnumType enumType) {
            String text = value instanceof JsonValue.JsonString s ? s.value()
                    : value instanceof JsonValue.JsonNumber n ? n.value().stripTrailingZeros().toPlainString() : null;
            boolean listed = text != null && enumType.constants().stream().anyMatch(c ->
                    c.value().equals(text) || (value instanceof JsonValue.JsonNumber
                            && new BigDecimal(c.value()).compareTo(new BigDecimal(text)) == 0));
            if (!listed) {
                out.add(new Violation(path, "enum", "value " + show(value) + " is not one of the listed values "
                        + enumType.constants().stream().map(EnumType.EnumConstant::value).toList()));
            }
        } else if (type instanceof RecordType record) {
            if (!(value instanceof JsonValue.JsonObject object)) {
                out.add(new Violation(path, "type", "expected an object, found " + kind(value)));
                return;
            }
            for (Property property : record.properties()) {
                JsonValue member = object.members().get(property.jsonName());
                String memberPath = path + "." + property.jsonName();
                if (member == null) {
                    if (property.required()) {
                        out.add(new Violation(memberPath, "required", "required property is missing"));
                    }
                } else if (member instanceof JsonValue.JsonNull && !property.nullable()) {
                    out.add(new Violation(memberPath, "nullable", "null is not allowed here"));
                } else {
                    check(member, property.type(), property.constraints(), memberPath, out, depth + 1);
                }
            }
        } else if (type instanceof UnionType union) {
            int matches = 0;
            for (UnionType.Variant variant : union.variants()) {
                List<Violation> attempt = new ArrayList<>();
                checkNamed(value, types.get(variant.recordJavaName()), path, attempt, depth + 1);
                if (attempt.isEmpty()) {
                    matches++;
                }
            }
            if (matches == 0 || (union.exclusive() && matches > 1 && union.discriminatorProperty() == null)) {
                out.add(new Violation(path, "oneOf", "value matches " + matches + " of the "
                        + union.variants().size() + " alternatives; " + (union.exclusive() ? "exactly" : "at least")
                        + " one must match"));
            }
        }
    }

    private static void checkScalar(JsonValue value, ScalarKind kind, String path, List<Violation> out) {
        boolean ok = switch (kind) {
            case BOOLEAN -> value instanceof JsonValue.JsonBoolean;
            case INT32, INT64, BIG_INTEGER -> value instanceof JsonValue.JsonNumber n && n.isIntegral();
            case FLOAT, DOUBLE, DECIMAL -> value instanceof JsonValue.JsonNumber;
            default -> value instanceof JsonValue.JsonString;
        };
        if (!ok) {
            out.add(new Violation(path, "type", "expected " + expected(kind) + ", found " + kind(value)));
        }
    }

    private void checkConstraints(JsonValue value, Constraints c, String path, List<Violation> out) {
        if (value instanceof JsonValue.JsonString s) {
            String text = s.value();
            int length = text.codePointCount(0, text.length());
            if (c.minLength() != null && length < c.minLength()) {
                out.add(new Violation(path, "minLength", "is " + length + " characters, fewer than " + c.minLength()));
            }
            if (c.maxLength() != null && length > c.maxLength()) {
                out.add(new Violation(path, "maxLength", "is " + length + " characters, more than " + c.maxLength()));
            }
            if (c.pattern() != null && !pattern(c.pattern()).matcher(text).find()) {
                out.add(new Violation(path, "pattern", show(value) + " does not match " + c.pattern()));
            }
            if (c.format() != null && !Formats.conforms(c.format(), text)) {
                out.add(new Violation(path, "format", show(value) + " is not a valid " + c.format()));
            }
        } else if (value instanceof JsonValue.JsonNumber n) {
            BigDecimal number = n.value();
            if (c.minimum() != null) {
                int cmp = number.compareTo(c.minimum());
                if (cmp < 0 || (cmp == 0 && c.exclusiveMinimum())) {
                    out.add(new Violation(path, "minimum", number.toPlainString() + (c.exclusiveMinimum()
                            ? " is not above the exclusive minimum " : " is below the minimum ")
                            + c.minimum().toPlainString()));
                }
            }
            if (c.maximum() != null) {
                int cmp = number.compareTo(c.maximum());
                if (cmp > 0 || (cmp == 0 && c.exclusiveMaximum())) {
                    out.add(new Violation(path, "maximum", number.toPlainString() + (c.exclusiveMaximum()
                            ? " is not below the exclusive maximum " : " is above the maximum ")
                            + c.maximum().toPlainString()));
                }
            }
            if (c.multipleOf() != null && c.multipleOf().signum() > 0
                    && number.remainder(c.multipleOf()).signum() != 0) {
                out.add(new Violation(path, "multipleOf", number.toPlainString() + " is not a multiple of "
                        + c.multipleOf().toPlainString()));
            }
        } else if (value instanceof JsonValue.JsonArray array) {
            int size = array.elements().size();
            if (c.minItems() != null && size < c.minItems()) {
                out.add(new Violation(path, "minItems", "has " + size + " items, fewer than " + c.minItems()));
            }
            if (c.maxItems() != null && size > c.maxItems()) {
                out.add(new Violation(path, "maxItems", "has " + size + " items, more than " + c.maxItems()));
            }
            if (c.uniqueItems() && new HashSet<>(array.elements()).size() != size) {
                out.add(new Violation(path, "uniqueItems", "has duplicate items"));
            }
        } else if (value instanceof JsonValue.JsonObject object) {
            int size = object.members().size();
            if (c.minProperties() != null && size < c.minProperties()) {
                out.add(new Violation(path, "minProperties", "has " + size + " properties, fewer than "
                        + c.minProperties()));
            }
            if (c.maxProperties() != null && size > c.maxProperties()) {
                out.add(new Violation(path, "maxProperties", "has " + size + " properties, more than "
                        + c.maxProperties()));
            }
        }
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Pattern.compile(r);
            } catch (java.util.regex.PatternSyntaxException e) {
                return Pattern.compile(Pattern.quote(r)); // reported elsewhere; never crash on an example
            }
        });
    }

    private static String expected(ScalarKind kind) {
        return switch (kind) {
            case BOOLEAN -> "a boolean";
            case INT32, INT64, BIG_INTEGER -> "an integer";
            case FLOAT, DOUBLE, DECIMAL -> "a number";
            default -> "a string";
        };
    }

    private static String kind(JsonValue value) {
        if (value instanceof JsonValue.JsonString) {
            return "a string";
        }
        if (value instanceof JsonValue.JsonNumber) {
            return "a number";
        }
        if (value instanceof JsonValue.JsonBoolean) {
            return "a boolean";
        }
        if (value instanceof JsonValue.JsonArray) {
            return "an array";
        }
        if (value instanceof JsonValue.JsonObject) {
            return "an object";
        }
        return "null";
    }

    private static String show(JsonValue value) {
        return value instanceof JsonValue.JsonString s ? "\"" + s.value() + "\"" : String.valueOf(value);
    }
}
