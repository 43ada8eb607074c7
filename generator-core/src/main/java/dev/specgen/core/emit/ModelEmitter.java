package dev.specgen.core.emit;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
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
        List<GeneratedFile> files = new ArrayList<>(model.types().size() + 1);
        for (TypeDef type : model.types()) {
            JavaFile file;
            if (type instanceof RecordType record) {
                file = records.emit(record);
            } else if (type instanceof EnumType enumType) {
                file = enums.emit(enumType);
            } else {
                file = unions.emit((UnionType) type);
            }
            files.add(SourceFiles.of(file));
        }
        files.add(PackageInfoEmitter.emit(packageName, model.info()));
        return files;
    }
}
