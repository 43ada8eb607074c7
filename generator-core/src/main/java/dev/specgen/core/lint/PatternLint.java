package dev.specgen.core.lint;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.SourceLocation;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.TypeRef;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds {@code pattern}s that Java cannot compile: neither the generated validators nor {@code check}
 * can apply them, and the user should know rather than trust a check that does not run.
 */
final class PatternLint {

    private PatternLint() {}

    static void lint(ApiModel model, List<Diagnostic> findings) {
        for (TypeDef type : model.types()) {
            if (type instanceof RecordType record) {
                for (Property property : record.properties()) {
                    check(property.constraints(), property.type(), property.location(), findings);
                }
            }
        }
        for (Operation operation : model.operations()) {
            for (Operation.Parameter parameter : operation.parameters()) {
                check(parameter.constraints(), parameter.type(), parameter.location(), findings);
            }
        }
    }

    private static void check(Constraints constraints, TypeRef type, SourceLocation location, List<Diagnostic> out) {
        if (constraints.pattern() != null) {
            try {
                Pattern.compile(constraints.pattern());
            } catch (PatternSyntaxException e) {
                out.add(Diagnostic.warning("pattern-invalid",
                        "pattern '" + constraints.pattern() + "' is not a regular expression Java can compile ("
                                + e.getDescription() + "); it is not checked, in validators or by check",
                        location.child("pattern"),
                        "write the pattern in the syntax ECMA-262 and Java share"));
            }
        }
        if (type instanceof TypeRef.ListOf list) {
            check(list.itemConstraints(), list.items(), location.child("items"), out);
        } else if (type instanceof TypeRef.MapOf map) {
            check(map.valueConstraints(), map.values(), location.child("additionalProperties"), out);
        }
    }
}
