package dev.specgen.core.emit;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarUnionType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the validators of an API into the {@code validation} subpackage of its models (see
 * {@link ValidatorNames} for why there): a {@code <Type>Validator} per model type, with
 * {@code validate} returning every violation and {@code requireValid} throwing on any, and
 * {@code ParameterValidation} for the operations' parameters. The generated code calls the rule
 * definitions of {@code specgen-runtime}, which {@code specgen check} uses too.
 */
public final class ValidatorEmitter {

    private final String packageName;

    /** @param packageName the models' package; the validators go into its {@code validation} subpackage */
    public ValidatorEmitter(String packageName) {
        this.packageName = packageName;
    }

    public List<GeneratedFile> emit(ApiModel model) {
        JavaTypes types = new JavaTypes(packageName, model);
        ValidatorNames names = new ValidatorNames(packageName);
        CheckAnalysis analysis = new CheckAnalysis(model);
        ValueChecks checks = new ValueChecks(types, names, analysis);
        RecordValidatorEmitter records = new RecordValidatorEmitter(types, names, analysis, checks);
        EnumValidatorEmitter enums = new EnumValidatorEmitter(types, names);
        UnionValidatorEmitter unions = new UnionValidatorEmitter(types, names, analysis);
        ScalarUnionValidatorEmitter scalarUnions = new ScalarUnionValidatorEmitter(types, names);
        // Sequential: the analysis memoizes as it goes, and validators are small.
        List<GeneratedFile> files = new ArrayList<>(model.types().size() + 2);
        for (TypeDef type : model.types()) {
            files.add(SourceFiles.of(emit(type, records, enums, unions, scalarUnions)));
        }
        if (ParameterValidationEmitter.hasParameters(model.operations())) {
            files.add(SourceFiles.of(new ParameterValidationEmitter(types, names, analysis, checks)
                    .emit(model.operations(), model.info())));
        }
        files.add(PackageInfoEmitter.emit(names.packageName(),
                "Validators of the models of " + PackageInfoEmitter.title(model.info()) + ": one per model type,"
                        + " and {@code " + ValidatorNames.PARAMETER_VALIDATION + "} for request parameters.",
                null));
        return files;
    }

    private static JavaFile emit(TypeDef type, RecordValidatorEmitter records, EnumValidatorEmitter enums,
            UnionValidatorEmitter unions, ScalarUnionValidatorEmitter scalarUnions) {
        if (type instanceof RecordType record) {
            return records.emit(record);
        }
        if (type instanceof EnumType enumType) {
            return enums.emit(enumType);
        }
        if (type instanceof ScalarUnionType scalarUnion) {
            return scalarUnions.emit(scalarUnion);
        }
        return unions.emit((UnionType) type);
    }
}
