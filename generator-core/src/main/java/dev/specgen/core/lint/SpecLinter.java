package dev.specgen.core.lint;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.Rename;
import dev.specgen.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is wrong with a usable spec: examples that do not conform to their schema, and names
 * that could not become Java names by case conversion alone, and patterns that cannot be checked. (Enum oddities are found while the
 * model is built, where the raw enum lists are still at hand.)
 */
public final class SpecLinter {

    public List<Diagnostic> lint(ApiModel model) {
        List<Diagnostic> findings = new ArrayList<>();
        ExampleValidator validator = new ExampleValidator(model);
        for (ExampleUse example : model.examples()) {
            for (Violation violation : validator.validate(example.value(), example.type(), example.constraints())) {
                findings.add(Diagnostic.warning(
                        "example-" + violation.rule().id(),
                        "example does not conform to its schema: "
                                + (violation.path().equals("$") ? "" : violation.path() + " ") + violation.message(),
                        example.location(),
                        "fix the example or the schema, whichever is wrong"));
            }
        }
        PatternLint.lint(model, findings);
        for (Rename rename : model.renames()) {
            findings.add(Diagnostic.warning(
                    "renamed",
                    "'" + rename.specName() + "' " + rename.reason() + "; it is called " + rename.javaName()
                            + " in Java",
                    rename.location(),
                    rename.location().pointer().contains("/enum/")
                            ? "x-enum-varnames gives enum constants names of your choice"
                            : null));
        }
        return findings;
    }
}
