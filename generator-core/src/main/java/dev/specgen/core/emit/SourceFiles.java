package dev.specgen.core.emit;

import com.palantir.javapoet.JavaFile;
import dev.specgen.core.write.GeneratedFile;

/** Turns JavaPoet files into {@link GeneratedFile}s with a path that follows the package. */
public final class SourceFiles {

    private SourceFiles() {}

    public static GeneratedFile of(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(path, file.toString());
    }
}
