package dev.specgen.core.emit.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tricky parts of JavaPoet's output, one at a time: each file is printed by {@link JavaFilePrinter} and must be
 * {@code JavaFile.toString()} to the byte, without falling back; where the case is about a particular output, that
 * JavaPoet's text shows it is checked too, so that the case tests what it says.
 */
class JavaFilePrinterTest {

    private static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    private static final AnnotationSpec NULLABLE_ANNOTATION = AnnotationSpec.builder(NULLABLE).build();
    private static final ClassName LIST = ClassName.get("java.util", "List");

    /** Prints with both, asserts they agree and the printer did it itself, and returns the text. */
    private static String printed(TypeSpec type) {
        return printed(file(type));
    }

    private static String printed(JavaFile file) {
        JavaFilePrinter.Printed printed = JavaFilePrinter.print(file);
        assertThat(printed.fallbackReason()).as("fallback").isNull();
        String javaPoet = file.toString();
        assertThat(printed.source()).isEqualTo(javaPoet);
        return javaPoet;
    }

    private static JavaFile file(TypeSpec type) {
        return JavaFile.builder("com.example", type).skipJavaLangImports(true).indent("    ").build();
    }

    /** A statement {@code call(a,$Wb);} whose first line, unwrapped, is {@code width} columns wide. */
    private static TypeSpec statementOfWidth(int width) {
        String prefix = "        call(";
        String second = "b);";
        String first = "a".repeat(width - prefix.length() - 1 - 1 - second.length()); // minus "," and " "
        return TypeSpec.classBuilder("Wrap").addMethod(MethodSpec.methodBuilder("m")
                .addStatement("call($L,$W$L)", first, "b").build()).build();
    }

    @Test
    void lineOfExactlyOneHundredColumnsIsNotWrapped() {
        String text = printed(statementOfWidth(100));
        assertThat(text.lines()).anyMatch(line -> line.length() == 100 && line.endsWith(", b);"));
    }

    @Test
    void lineOfOneHundredAndOneColumnsIsWrappedAtTheWrappingSpace() {
        String text = printed(statementOfWidth(101));
        assertThat(text).contains(",\n                b);"); // continuation: two indents more than the statement
    }

    @Test
    void wrappingInParameterListsAndThrowsClauses() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("aMethodWithAVeryLongNameSoThatItsParametersWrap")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
        for (int i = 0; i < 6; i++) {
            method.addParameter(ParameterSpec.builder(ClassName.get("com.example.other", "Parameter" + i), "value" + i)
                    .addAnnotation(NULLABLE).build());
        }
        method.addException(ClassName.get("java.io", "IOException"))
                .addException(ClassName.get("java.util.concurrent", "TimeoutException"));
        printed(TypeSpec.classBuilder("Wrapping").addModifiers(Modifier.ABSTRACT).addMethod(method.build()).build());
    }

    @Test
    void stringLiteralsEscapedAndSplitAtLineBreaks() {
        String value = "first \"quoted\" and 'single'\nsecond\ttab \\ backslash\r\u0007bell é ü 中文 😀 \u0085\n";
        String text = printed(TypeSpec.classBuilder("Literals")
                .addField(FieldSpec.builder(String.class, "VALUE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", value).build())
                .addMethod(MethodSpec.methodBuilder("m").addStatement("call($S, $S)", "a\nb", null).build())
                .build());
        assertThat(text).contains("\\\"quoted\\\" and 'single'\\n\"\n            + \"second\\ttab \\\\ backslash\\r\\u0007");
    }

    @Test
    void unicodeLineSeparatorInAStringLiteralBreaksTheLineAsJavaPoetDoes() {
        printed(TypeSpec.classBuilder("Separator").addField(FieldSpec.builder(String.class, "VALUE")
                .initializer("$S", "before\u2028after\u2029end").build()).build());
    }

    @Test
    void javadocWithBlankLinesOtherLineBreaksAndEscapedCommentEnd() {
        String text = printed(TypeSpec.classBuilder("Documented")
                .addJavadoc("First line.\n\nAfter a blank line, *&#47; stays escaped,\r\nthen CRLF,\rthen CR,"
                        + "\u2028then LS, and {@link $T}.\n\n\n", ClassName.get("com.example.docs", "Linked"))
                .addMethod(MethodSpec.methodBuilder("m").addJavadoc("No trailing line break")
                        .addParameter(ParameterSpec.builder(int.class, "count").addJavadoc("how many").build())
                        .addParameter(int.class, "undocumented").build())
                .build());
        assertThat(text).contains("/**\n * First line.\n *\n * After a blank line").contains(" *\n *\n */\n");
        // JavaPoet 0.22.0 imports the types a Javadoc names, like any other.
        assertThat(text).contains("import com.example.docs.Linked;");
    }

    @Test
    void typeUseAnnotationsOnQualifiedAndNestedNames() {
        ClassName entry = ClassName.get("java.util", "Map", "Entry");
        ClassName awtList = ClassName.get("java.awt", "List");
        String text = printed(TypeSpec.classBuilder("Annotated")
                .addField(awtList, "first") // takes the simple name List, so java.util.List is qualified
                .addField(LIST.annotated(NULLABLE_ANNOTATION), "qualified")
                .addField(entry.annotated(NULLABLE_ANNOTATION), "nested")
                .addField(ClassName.get("java.util", "Map").annotated(NULLABLE_ANNOTATION).nestedClass("Entry"),
                        "annotatedOuter")
                .addField(ArrayTypeName.of(ArrayTypeName.of(TypeName.INT).annotated(NULLABLE_ANNOTATION))
                        .annotated(NULLABLE_ANNOTATION), "arrays")
                .addField(TypeName.LONG.annotated(NULLABLE_ANNOTATION), "primitive")
                .addField(ParameterizedTypeName.get(ClassName.get("com.example.other", "Outer"), LIST)
                        .nestedClass("Inner").annotated(NULLABLE_ANNOTATION), "parameterizedInner")
                .addField(ParameterizedTypeName.get(LIST,
                        WildcardTypeName.subtypeOf(entry).annotated(NULLABLE_ANNOTATION)), "wildcard")
                .addField(ClassName.get("com.example", "Annotated", "Inner").annotated(NULLABLE_ANNOTATION), "own")
                .addType(TypeSpec.classBuilder("Inner").build())
                .build());
        assertThat(text).contains("java.util. @Nullable List qualified;").contains("Map. @Nullable Entry nested;");
    }

    @Test
    void twoClassesWithTheSameSimpleNameTheFirstUsedIsImported() {
        ClassName first = ClassName.get("com.example.a", "Item");
        ClassName second = ClassName.get("com.example.b", "Item");
        String text = printed(TypeSpec.classBuilder("Collision")
                .addField(first, "first")
                .addField(second, "second")
                .addMethod(MethodSpec.methodBuilder("m").addStatement("$T.of($T.class)", second, first).build())
                .build());
        assertThat(text).contains("import com.example.a.Item;").contains("com.example.b.Item second;");
    }

    @Test
    void nestedTypeShadowsAnImportedOneAndTypeVariablesShadowClasses() {
        String text = printed(TypeSpec.classBuilder("Shadowing")
                .addTypeVariable(TypeVariableName.get("Map"))
                .addField(LIST, "outer")
                .addField(ClassName.get("java.util", "Map"), "shadowedByTypeVariable")
                .addType(TypeSpec.classBuilder("List").addModifiers(Modifier.STATIC)
                        .addField(LIST, "inner")
                        .addField(ClassName.get("com.example", "Shadowing", "List"), "self")
                        .build())
                .addType(TypeSpec.classBuilder("Other").addModifiers(Modifier.STATIC)
                        .addMethod(MethodSpec.methodBuilder("m").addTypeVariable(TypeVariableName.get("Other"))
                                .returns(ClassName.get("com.example", "Shadowing", "Other")).addStatement("return null")
                                .build())
                        .build())
                .build());
        assertThat(text).contains("java.util.List outer;").contains("java.util.Map shadowedByTypeVariable;");
    }

    @Test
    void samePackageClassesJavaLangAndAlwaysQualifiedNames() {
        TypeSpec type = TypeSpec.classBuilder("Names")
                .addField(ClassName.get("com.example", "Sibling"), "sibling")
                .addField(ClassName.get("com.example.other", "Sibling"), "otherSibling")
                .addField(String.class, "string")
                .addField(ClassName.get("com.example.other", "Qualified"), "qualified")
                .addField(ClassName.get("java.lang", "Override"), "javaLang")
                .alwaysQualify("Qualified", "Override")
                .build();
        printed(type);
        printed(JavaFile.builder("com.example", type).indent("\t").build()); // java.lang imported, tabs
        printed(JavaFile.builder("", type).build()); // the default package
    }

    @Test
    void recordsWithCompactAndCanonicalConstructorsAndVarargs() {
        MethodSpec compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(String.class, "name").addJavadoc("the name").build())
                .addParameter(ArrayTypeName.of(ArrayTypeName.of(LIST)), "rest").varargs()
                .addStatement("$T.requireNonNull(name)", ClassName.get("java.util", "Objects")).build();
        MethodSpec canonical = MethodSpec.constructorBuilder()
                .addParameter(int.class, "x").addStatement("this.x = x").build();
        printed(TypeSpec.recordBuilder("Point").addModifiers(Modifier.PUBLIC).addJavadoc("A point.")
                .recordConstructor(compact)
                .addType(TypeSpec.recordBuilder("Plain").addModifiers(Modifier.STATIC).recordConstructor(canonical)
                        .build())
                .addType(TypeSpec.recordBuilder("Empty").build())
                .build());
    }

    @Test
    void sealedInterfacesPermitsAndLongImplementsLists() {
        ClassName sealed = ClassName.get("com.example", "Shape");
        TypeSpec.Builder shape = TypeSpec.interfaceBuilder("Shape").addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addField(FieldSpec.builder(int.class, "SIDES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", 0).build())
                .addMethod(MethodSpec.methodBuilder("area").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(double.class).build());
        for (String name : List.of("Circle", "Square")) {
            shape.addPermittedSubclass(sealed.nestedClass(name));
            shape.addType(TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addSuperinterface(sealed).addSuperinterface(Comparable.class)
                    .addSuperinterface(ClassName.get("java.io", "Serializable")).addSuperinterface(Cloneable.class)
                    .build());
        }
        printed(shape.build());
    }

    @Test
    void enumsWithConstantBodiesFieldsAndMethods() {
        printed(TypeSpec.enumBuilder("Color").addModifiers(Modifier.PUBLIC)
                .addEnumConstant("RED", TypeSpec.anonymousClassBuilder("$S", "red").addJavadoc("Red.").build())
                .addEnumConstant("GREEN", TypeSpec.anonymousClassBuilder("$S", "green")
                        .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                                .addModifiers(Modifier.PUBLIC).returns(String.class).addStatement("return $S", "g")
                                .build())
                        .build())
                .addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "value")
                        .addStatement("this.value = value").build())
                .build());
        printed(TypeSpec.enumBuilder("Bare").addEnumConstant("A").addEnumConstant("B").build());
    }

    @Test
    void anonymousClassesInStatementsControlFlowAndAnnotations() {
        TypeSpec comparator = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(ParameterizedTypeName.get(ClassName.get("java.util", "Comparator"),
                        ClassName.get(String.class)))
                .addMethod(MethodSpec.methodBuilder("compare").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(int.class)
                        .addParameter(String.class, "a").addParameter(String.class, "b")
                        .addStatement("return a.length() - b.length()").build())
                .build();
        AnnotationSpec members = AnnotationSpec.builder(ClassName.get("com.example.other", "Config"))
                .addMember("name", "$S", "value").addMember("flags", "$L", 1).addMember("flags", "$L", 2).build();
        printed(TypeSpec.classBuilder("Anonymous")
                .addAnnotation(members)
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "x").build())
                .addMethod(MethodSpec.methodBuilder("sort").addAnnotation(Deprecated.class)
                        .addParameter(ParameterSpec.builder(LIST, "values").addAnnotation(members).build())
                        .addStatement("$T.sort(values,$W$L)", ClassName.get("java.util", "Collections"), comparator)
                        .beginControlFlow("if (values.isEmpty())")
                        .addStatement("throw new $T()", IllegalStateException.class)
                        .nextControlFlow("else")
                        .addCode("$[values$>\n.clear()$<;\n$]")
                        .endControlFlow()
                        .addCode(CodeBlock.of("$$ and $N\n", "name"))
                        .build())
                .build());
    }

    @Test
    void annotationTypesAndDefaultValues() {
        printed(TypeSpec.annotationBuilder("Marker").addModifiers(Modifier.PUBLIC)
                .addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(String.class).defaultValue("$S", "none").build())
                .addType(TypeSpec.classBuilder("Nested").addModifiers(Modifier.PUBLIC, Modifier.STATIC).build())
                .build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fileComment", "staticImport"})
    void leavesWhatItDoesNotPrintToJavaPoet(String unsupported) {
        JavaFile.Builder builder = JavaFile.builder("com.example",
                TypeSpec.classBuilder("Fallback").addField(LIST, "values").build());
        if (unsupported.equals("fileComment")) {
            builder.addFileComment("Generated.");
        } else {
            builder.addStaticImport(ClassName.get("java.util", "Collections"), "emptyList");
        }
        JavaFile file = builder.build();
        long before = JavaFilePrinter.fallbacks();

        JavaFilePrinter.Printed printed = JavaFilePrinter.print(file);

        assertThat(printed.usedFallback()).isTrue();
        assertThat(printed.fallbackReason()).isNotBlank();
        assertThat(printed.source()).isEqualTo(file.toString());
        assertThat(JavaFilePrinter.fallbacks()).isGreaterThan(before);
    }

    @Test
    void leavesAnAnnotatedClassWithADottedSimpleNameToJavaPoet() {
        JavaFile file = file(TypeSpec.classBuilder("Odd")
                .addField(ClassName.get("com.example.other", "Odd.Name").annotated(NULLABLE_ANNOTATION), "odd").build());

        JavaFilePrinter.Printed printed = JavaFilePrinter.print(file);

        assertThat(printed.fallbackReason()).contains("simple name holds a dot");
        assertThat(printed.source()).isEqualTo(file.toString());
    }

    @Test
    void whatJavaPoetFailsOnFailsAsJavaPoetFails() {
        // JavaPoet names a class nested in an anonymous class through the anonymous class's name, null.
        TypeSpec anonymous = TypeSpec.anonymousClassBuilder("").superclass(Object.class)
                .addType(TypeSpec.classBuilder("Hidden").build())
                .addField(ClassName.get("com.example", "Outer", "Hidden"), "hidden")
                .build();
        JavaFile file = file(TypeSpec.classBuilder("Outer")
                .addField(FieldSpec.builder(Object.class, "value").initializer("$L", anonymous).build()).build());

        assertThatThrownBy(file::toString).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JavaFilePrinter.print(file)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void membersOfEveryKindInJavaPoetsOrder() {
        printed(TypeSpec.classBuilder("Order").addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClassName.get("java.util", "AbstractMap"),
                        TypeVariableName.get("K"), WildcardTypeName.supertypeOf(Number.class)))
                .addTypeVariable(TypeVariableName.get("K", Comparable.class, java.io.Serializable.class))
                .addField(int.class, "instance")
                .addField(FieldSpec.builder(int.class, "STATIC", Modifier.STATIC).initializer("1").build())
                .addStaticBlock(CodeBlock.of("System.out.println();\n"))
                .addInitializerBlock(CodeBlock.of("instance = 2;\n"))
                .addMethod(MethodSpec.methodBuilder("entrySet").addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get("java.util", "Set"),
                                ParameterizedTypeName.get(ClassName.get("java.util", "Map", "Entry"),
                                        TypeVariableName.get("K"), WildcardTypeName.subtypeOf(Object.class))))
                        .addStatement("return null").build())
                .addMethod(MethodSpec.constructorBuilder().build())
                .addMethod(MethodSpec.methodBuilder("nativeMethod").addModifiers(Modifier.NATIVE).build())
                .addType(TypeSpec.interfaceBuilder("Listener").addMethod(MethodSpec.methodBuilder("on")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build()).build())
                .build());
    }

    @Test
    void annotationMembersOnSeveralLinesWithArrayValues() {
        printed(TypeSpec.classBuilder("Mapped")
                .addAnnotation(AnnotationSpec.builder(ClassName.get("com.example.other", "Table"))
                        .addMember("value", "$S", "a").addMember("value", "$S", "b").build())
                .addAnnotation(AnnotationSpec.builder(ClassName.get("com.example.other", "Column"))
                        .addMember("name", "$S", "updated_at").addMember("nullable", "$L", false)
                        .addMember("types", "$T.class", String.class).addMember("types", "$T.class", Map.class)
                        .build())
                .build());
    }

    @Test
    void shortfallNamesTheFirstLineThatDiffers() {
        JavaFile file = file(TypeSpec.classBuilder("Checked").addField(int.class, "a").addField(int.class, "b").build());
        String javaPoet = file.toString();

        assertThat(JavaFilePrinter.shortfall(file, JavaFilePrinter.print(file))).isNull();
        assertThat(JavaFilePrinter.shortfall(file, new JavaFilePrinter.Printed(javaPoet.replace("int b", "long b"), null)))
                .isEqualTo("com.example.Checked: line 6: JavaPoet [    int b;], printer [    long b;]");
        assertThat(JavaFilePrinter.shortfall(file, new JavaFilePrinter.Printed(javaPoet + "\n", null)))
                .startsWith("com.example.Checked: line 8:");
        assertThat(JavaFilePrinter.shortfall(file, new JavaFilePrinter.Printed(javaPoet, "a reason")))
                .isEqualTo("com.example.Checked: left to JavaPoet: a reason");
    }

    @Test
    void aPrintWithinAPrintKeepsBothTexts() {
        JavaFile inner = file(TypeSpec.classBuilder("Inner").addField(LIST, "values").build());
        Object printsWhenShown = new Object() {
            @Override
            public String toString() { // as a $L argument: printed in the middle of the outer file
                return "\"" + JavaFilePrinter.print(inner).source().length() + "\"";
            }
        };
        String text = printed(TypeSpec.classBuilder("Outer")
                .addField(FieldSpec.builder(String.class, "LENGTH").initializer("$L", printsWhenShown).build())
                .addField(LIST, "after").build());
        assertThat(text).contains("String LENGTH = \"" + inner.toString().length() + "\";");
    }
}
