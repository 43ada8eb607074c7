package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specgen.core.emit.Javadoc;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The result type of an operation whose 2xx responses have different bodies: a sealed interface with one record
 * per status ({@code PutBlobResult.Ok(Stored body)}, {@code PutBlobResult.Created(Thing body)},
 * {@code PutBlobResult.NoContent()}), so that a caller handles every status the spec describes with
 * {@code instanceof}, and the compiler knows there are no others.
 */
final class ResultTypeEmitter {

    /** Records named after the status's reason phrase, which reads better than its number. */
    private static final Map<String, String> REASONS = Map.ofEntries(Map.entry("200", "Ok"),
            Map.entry("201", "Created"), Map.entry("202", "Accepted"), Map.entry("203", "NonAuthoritative"),
            Map.entry("204", "NoContent"), Map.entry("205", "ResetContent"), Map.entry("206", "PartialContent"),
            Map.entry("207", "MultiStatus"), Map.entry("2XX", "OtherSuccess"));

    private ResultTypeEmitter() {}

    /** The record's simple name for a 2xx status: {@code Created} for 201, {@code Status299} when it has no name. */
    static String recordName(String status) {
        return REASONS.getOrDefault(status.toUpperCase(Locale.ROOT), "Status" + status);
    }

    static JavaFile emit(OperationPlan plan, ClassName client, String packageName) {
        ClassName self = (ClassName) plan.response().javaType();
        TypeSpec.Builder result = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("What {@link $T#$N} returns: one record per successful status that $L describes;"
                        + " {@code instanceof} tells which status came.\n", client, plan.methodName(),
                        Javadoc.code(plan.operation().operationId()));
        for (ResponsePlan.Variant variant : plan.response().variants()) {
            result.addPermittedSubclass(variant.record());
            TypeSpec.Builder record = TypeSpec.recordBuilder(variant.record())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(self)
                    .addJavadoc("HTTP $L$L\n", variant.status(), variant.description() == null
                            || variant.description().isBlank() ? "." : ": " + Javadoc.escape(variant.description()));
            MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
            if (variant.body() != null) {
                constructor.addParameter(ParameterSpec.builder(variant.body(), "body").build());
                record.addJavadoc("\n@param body the response body\n");
            }
            result.addType(record.recordConstructor(constructor.build()).build());
        }
        return JavaFile.builder(packageName, result.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
