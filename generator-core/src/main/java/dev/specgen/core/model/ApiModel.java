package dev.specgen.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One API, ready for code generation.
 *
 * @param info what the spec says about itself
 * @param types every named type, sorted by Java name
 * @param operations every operation, sorted by Java method name
 * @param examples every example value in the spec, with the type it must conform to
 * @param renames every name that could not be derived mechanically from the spec and was changed
 * @param clientNames the names of the generated client and its request classes
 * @param securitySchemes the spec's security schemes, sorted by name
 */
public record ApiModel(
        ApiInfo info,
        List<TypeDef> types,
        List<Operation> operations,
        List<ExampleUse> examples,
        List<Rename> renames,
        ClientNames clientNames,
        List<SecurityScheme> securitySchemes) {

    public ApiModel {
        securitySchemes = List.copyOf(securitySchemes);
        types = List.copyOf(types);
        operations = List.copyOf(operations);
        examples = List.copyOf(examples);
        renames = List.copyOf(renames);
    }

    /** The type with the given Java simple name, if the model has one. */
    public Optional<TypeDef> type(String javaName) {
        for (TypeDef type : types) {
            if (type.javaName().equals(javaName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
