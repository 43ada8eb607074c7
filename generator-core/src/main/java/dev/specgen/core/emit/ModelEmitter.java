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

/** Emits the model types of an API: one Java file per type, plus the package's {@code package-info.java}. */
public final class ModelEmitter {

    private final String packageName;

    public ModelEmitter(String packageName) {
        this.packageName = packageName;
    }

    public List<GeneratedFile> emit(ApiModel model) {
        JavaTypes types = new JavaTypes(packageName, model);
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        UnionEmitter unions = new UnionEmitter(types);
        ScalarUnionEmitter scalarUnions = new ScalarUnionEmitter(types);
        // Types are emitted independently (the emitters only read the model), so in parallel; the
        // ordered stream keeps the output in model order.
        List<GeneratedFile> files = new ArrayList<>(model.types().size() + 1);
        model.types().parallelStream()
                .map(type -> SourceFiles.of(emit(type, records, enums, unions, scalarUnions)))
                .forEachOrdered(files::add);
        files.add(PackageInfoEmitter.emit(packageName, model.info()));
        return files;
    }

    private static JavaFile emit(TypeDef type, RecordEmitter records, EnumEmitter enums, UnionEmitter unions,
            ScalarUnionEmitter scalarUnions) {
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
