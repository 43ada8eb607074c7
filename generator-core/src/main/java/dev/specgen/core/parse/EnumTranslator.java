package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.diagnostics.Diagnostics;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.Rename;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import dev.specgen.core.naming.ReservedNames;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link EnumType} from a schema with {@code enum}. Constant names come from
 * {@code x-enum-varnames} where the spec gives them, otherwise from the values.
 */
final class EnumTranslator {

    private final Diagnostics diagnostics;
    private final RawTree raw;
    private final List<Rename> renames = new ArrayList<>();

    EnumTranslator(Diagnostics diagnostics, RawTree raw) {
        this.diagnostics = diagnostics;
        this.raw = raw;
    }

    /**
     * The values an enum (or a {@code const}) lists, as the spec writes them where its text is at hand (Swagger
     * Parser drops an integer that a {@code long} cannot hold), else as Swagger Parser read them.
     */
    List<Object> listedValues(Schema<?> schema, SourceLocation location) {
        JsonValue written = raw.valueAt(location.child(schema.getEnum() != null && !schema.getEnum().isEmpty()
                ? "enum" : "const"));
        List<Object> parsed = SchemaFacts.enumValues(schema);
        if (written instanceof JsonValue.JsonArray array) {
            return array.elements().stream().map(JsonValues::plain).toList();
        }
        if (written != null && !(written instanceof JsonValue.JsonArray) && schema.getEnum() == null) {
            return java.util.Collections.singletonList(JsonValues.plain(written));
        }
        return parsed == null ? List.of() : parsed;
    }

    /** {@code int32}, else {@code Long} unless a listed value (or the format) needs a {@code BigInteger}. */
    private static ScalarKind integerKind(Schema<?> schema, List<Object> listed) {
        ScalarKind kind = ScalarKinds.ofInteger(schema);
        if (kind != ScalarKind.INT64) {
            return kind;
        }
        for (Object value : listed) {
            if (value instanceof Number && new BigDecimal(value.toString()).toBigInteger().bitLength() > 63) {
                return ScalarKind.BIG_INTEGER;
            }
        }
        return kind;
    }

    EnumType translate(Schema<?> schema, String javaName, String specName, SourceLocation location) {
        List<Object> listed = listedValues(schema, location);
        ScalarKind kind = switch (String.valueOf(SchemaFacts.type(schema))) {
            case "integer" -> integerKind(schema, listed);
            case "number" -> ScalarKind.DOUBLE;
            default -> ScalarKind.STRING;
        };
        List<String> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Object value : listed) {
            if (value == null) {
                continue; // "null" in an enum means nullable, not a constant
            }
            String text = kind == ScalarKind.STRING ? String.valueOf(value) : new BigDecimal(value.toString()).toPlainString();
            if (!seen.add(text)) {
                diagnostics.add(Diagnostic.warning("enum-duplicate-value",
                        "enum lists the value '" + text + "' more than once", location.child("enum"),
                        "remove the duplicate"));
                continue;
            }
            if (text.isEmpty()) {
                diagnostics.add(Diagnostic.warning("enum-empty-value",
                        "enum lists an empty string as a value", location.child("enum"),
                        "check whether the empty value is intended; x-enum-varnames can name its constant"));
            }
            values.add(text);
        }
        List<String> varNames = SchemaFacts.stringList(schema.getExtensions() == null
                ? null : schema.getExtensions().get("x-enum-varnames"));
        List<String> descriptions = SchemaFacts.stringList(schema.getExtensions() == null
                ? null : schema.getExtensions().get("x-enum-descriptions"));
        List<Object> rawValues = listed.stream().filter(v -> v != null).map(v -> (Object) v).toList();
        if (!varNames.isEmpty() && varNames.size() != rawValues.size()) {
            diagnostics.add(Diagnostic.warning("enum-varnames-mismatch",
                    "x-enum-varnames has " + varNames.size() + " names for " + rawValues.size() + " values; names are"
                            + " derived from the values instead",
                    location.child("x-enum-varnames"), "give exactly one name per enum value, in the same order"));
            varNames = List.of();
        }

        // One distinct name source per constant: NameScope gives equal sources one name, so a
        // repeated x-enum-varnames entry would otherwise declare the same constant twice.
        List<String> nameSources = new ArrayList<>();
        Set<String> usedSources = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int index = indexOf(rawValues, value, kind);
            String varName = index >= 0 && index < varNames.size() ? varNames.get(index) : null;
            // A varname that is not an identifier as written ("scale-in") is still what the author meant.
            String source = varName != null && !varName.isBlank() ? varName : value;
            if (!usedSources.add(source)) {
                diagnostics.add(Diagnostic.warning("enum-varnames-duplicate",
                        "x-enum-varnames gives the name '" + source + "' to more than one value; the constant for '"
                                + value + "' is named after its value instead",
                        location.child("x-enum-varnames").child(Math.max(index, 0)),
                        "give every value its own name"));
                source = value;
                for (int n = 2; !usedSources.add(source); n++) {
                    source = value + " " + n;
                }
            }
            nameSources.add(source);
        }
        NameScope scope = new NameScope(JavaNames.Style.CONSTANT, ReservedNames.ENUM_CONSTANTS, "_");
        Map<String, NameScope.Allocation> names = scope.allocate(nameSources);

        List<EnumType.EnumConstant> constants = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            NameScope.Allocation name = names.get(nameSources.get(i));
            int index = indexOf(rawValues, value, kind);
            String description = index >= 0 && index < descriptions.size() ? descriptions.get(index) : null;
            if (name.reason() != null) {
                renames.add(new Rename(location.child("enum").child(Math.max(index, 0)), value, name.javaName(),
                        name.reason()));
            }
            constants.add(new EnumType.EnumConstant(value, name.javaName(), description));
        }
        return new EnumType(javaName, specName, location, SchemaFacts.docs(schema), kind, constants);
    }

    List<Rename> renames() {
        return List.copyOf(renames);
    }

    private static int indexOf(List<Object> rawValues, String value, ScalarKind kind) {
        for (int i = 0; i < rawValues.size(); i++) {
            Object raw = rawValues.get(i);
            String text = kind == ScalarKind.STRING ? String.valueOf(raw) : new BigDecimal(raw.toString()).toPlainString();
            if (text.equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
