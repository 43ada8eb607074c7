package dev.specgen.core.emit.printer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;

/**
 * One pass over one file: where the text goes, how names resolve, and the writers of each kind of JavaPoet
 * object, which reach each other through this (a code block can hold an anonymous class, whose methods hold code
 * blocks, whose types carry annotations, whose values are code blocks...).
 */
final class Rendering {

    final SourceText text;
    final NameResolver names;
    final TypeNameWriter typeNames = new TypeNameWriter(this);
    final AnnotationWriter annotations = new AnnotationWriter(this);
    final CodeBlockWriter code = new CodeBlockWriter(this);
    final MemberWriter members = new MemberWriter(this);
    final TypeDeclarationWriter types = new TypeDeclarationWriter(this);

    Rendering(SourceText text, NameResolver names) {
        this.text = text;
        this.names = names;
    }

    /**
     * Writes a whole file: its package, its imports (sorted by canonical name, {@code java.lang} ones left out
     * when asked unless a nested type's name would hide them) and its top-level type.
     */
    void writeFile(String packageName, List<ClassName> sortedImports, boolean skipJavaLangImports,
            Set<String> alwaysQualify, TypeSpec type) {
        if (!packageName.isEmpty()) {
            text.emit("package ");
            text.emit(packageName);
            text.emit(";\n");
            text.emit("\n");
        }
        int written = 0;
        for (ClassName imported : sortedImports) {
            if (skipJavaLangImports && imported.packageName().equals("java.lang")
                    && !alwaysQualify.contains(imported.simpleName())) {
                continue;
            }
            text.emit("import ");
            text.emit(imported.canonicalName());
            text.emit(";\n");
            written++;
        }
        if (written > 0) {
            text.emit("\n");
        }
        types.write(type, null, ImplicitModifiers.NONE);
    }
}
