package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.specgen.core.emit.Javadoc;
import dev.specgen.core.model.ApiInfo;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The client class: an {@code ApiOperation} constant and the methods of each operation, the single private
 * {@code send} that every call goes through, {@code close()}, and a {@code Builder} over the runtime's
 * {@code ClientBuilder} with the spec's server as default endpoint (and {@code region(String)} when the server
 * has a {@code regionId} variable).
 */
final class ClientClassEmitter {

    private ClientClassEmitter() {}

    static JavaFile emit(ClassName client, ApiInfo info, ServiceFacts service, List<OperationPlan> plans,
            ClientValidators validators) {
        ClassName builder = client.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(client)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addJavadoc(classJavadoc(client, info, service, validators))
                .addField(service(client, info, service));
        for (OperationPlan plan : plans) {
            spec.addField(OperationConstant.of(plan, service, validators));
        }
        spec.addField(FieldSpec.builder(RuntimeTypes.API_CALLER, "caller", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.API_CALLER, "caller")
                        .addStatement("this.caller = caller")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("Starts configuring a client; {@link Builder#build()} creates it.\n")
                        .addStatement("return new $T()", builder)
                        .build());
        PrivateNames names = new PrivateNames(plans.stream().map(OperationPlan::operation).toList());
        for (OperationPlan plan : plans) {
            OperationMethods.of(plan, names, validators).forEach(spec::addMethod);
        }
        TypeVariableName t = TypeVariableName.get("T");
        spec.addMethod(MethodSpec.methodBuilder(names.send()).addModifiers(Modifier.PRIVATE)
                        .addTypeVariable(t)
                        .returns(ParameterizedTypeName.get(RuntimeTypes.COMPLETABLE_FUTURE, t))
                        .addParameter(ParameterizedTypeName.get(RuntimeTypes.API_REQUEST, t), "request")
                        .addJavadoc("Every asynchronous call goes through here, and every blocking one through {@link"
                                + " #$L}:\nthe two places for what applies to all operations.$L\n", names.sendAndWait(),
                                validators.exist() ? " (Validation is not here: the caller runs the checks\neach"
                                        + " request and operation carry, as the builder's settings say.)" : "")
                        .addStatement("return caller.execute(request)")
                        .build())
                .addMethod(MethodSpec.methodBuilder(names.sendAndWait()).addModifiers(Modifier.PRIVATE)
                        .addTypeVariable(t)
                        .returns(t)
                        .addParameter(ParameterizedTypeName.get(RuntimeTypes.API_REQUEST, t), "request")
                        .addJavadoc("Every blocking call goes through here, on the caller's thread; see {@link #$L}.\n",
                                names.send())
                        .addStatement("return caller.executeBlocking(request)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Stops accepting calls and releases the HTTP client's threads (unless the HTTP"
                                + " client was yours).\n")
                        .addStatement("caller.close()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addJavadoc("Names the client and its endpoint.\n")
                        .addStatement("return caller.toString()")
                        .build())
                .addType(builderClass(client, builder, service, validators));
        return JavaFile.builder(client.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static FieldSpec service(ClassName client, ApiInfo info, ServiceFacts service) {
        CodeBlock.Builder init = CodeBlock.builder().add("$T.builder($T.class)", RuntimeTypes.SERVICE_DESCRIPTION,
                client).indent().indent();
        String version = service.apiVersion() != null ? service.apiVersion() : info.version();
        if (!version.isEmpty()) {
            init.add("\n.apiVersion($S)", version);
        }
        if (service.server() != null) {
            init.add("\n.server($S)", service.server().urlTemplate());
            for (ApiInfo.Variable variable : service.server().variables()) {
                init.add("\n.serverVariable($S, $S)", variable.name(), variable.defaultValue());
            }
        }
        if (service.acs3Signed()) {
            init.add("\n.acs3Signed()");
        }
        init.add("\n.build()").unindent().unindent();
        return FieldSpec.builder(RuntimeTypes.SERVICE_DESCRIPTION, "SERVICE", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer(init.build()).build();
    }

    private static CodeBlock classJavadoc(ClassName client, ApiInfo info, ServiceFacts service,
            ClientValidators validators) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Client of $L$L.\n", Javadoc.escape(info.title()),
                        info.version().isEmpty() ? "" : ", version " + Javadoc.escape(info.version()))
                .add("\n<p>Create one with {@link #builder()}, share it (it is thread-safe), and close it when done."
                        + "\nEach operation has a blocking method and a {@code CompletableFuture} one ({@code …Async}).\n");
        if (service.acs3Signed()) {
            doc.add("\n<p>Requests are signed with Alibaba Cloud's V3 signature ($L), with the credentials given to the"
                    + "\nbuilder or, by default, from the {@code ALIBABA_CLOUD_ACCESS_KEY_ID} /"
                    + " {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}\nenvironment variables.\n", ServiceFacts.ACS3);
        } else {
            doc.add("\n<p>Requests are not signed unless the builder is given a signer.\n");
        }
        doc.add("\n<p>Failures are exceptions: {@link $T} when the service answers with an error status,\nother"
                + " {@link $T}s for timeouts and connection failures. Throttling is retried for every call,\n5xx"
                + " answers and lost connections for idempotent ones, within the retry policy's total deadline.\n",
                RuntimeTypes.API_EXCEPTION, RuntimeTypes.API_CALL_EXCEPTION);
        if (validators.exist()) {
            doc.add("\n<p>Requests are checked against the spec before they are sent: an invalid one fails with a\n{@link"
                    + " $T} listing every violation, and nothing is sent. Responses are checked after\nreading: by"
                    + " default each invalid one is logged as a warning of the {@code System.Logger} named after\nthis"
                    + " class, and returned. See the builder's {@code requestValidation} and {@code responseValidation}.\n",
                    RuntimeTypes.VALIDATION_EXCEPTION);
        }
        doc.add("\n<p>Usage: {@code $L.md}, generated beside this class.\n", client.simpleName());
        return doc.build();
    }

    private static TypeSpec builderClass(ClassName client, ClassName builder, ServiceFacts service,
            ClientValidators validators) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, builder))
                .addJavadoc("Configures a {@link $T}: endpoint or region, credentials, timeouts, retries, $LHTTP client"
                        + " and hooks,\nas {@link $T} describes. Not thread-safe.\n", client,
                        validators.exist() ? "validation, " : "", RuntimeTypes.CLIENT_BUILDER)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement("super(SERVICE)")
                        .build());
        if (service.hasRegion()) {
            ApiInfo.Variable region = service.server().variables().stream()
                    .filter(v -> v.name().equals("regionId")).findFirst().orElseThrow();
            spec.addMethod(MethodSpec.methodBuilder("region").addModifiers(Modifier.PUBLIC).returns(builder)
                    .addParameter(String.class, "regionId")
                    .addJavadoc("Sets the region: fills $L into $L (default $L). Not together with {@code endpoint(URI)}."
                                    + "\n\n@param regionId a region id such as $L\n@return this builder\n",
                            Javadoc.code("{regionId}"), Javadoc.code(service.server().urlTemplate()),
                            Javadoc.code(region.defaultValue()), Javadoc.code(region.defaultValue()))
                    .addStatement("return serverVariable($S, regionId)", "regionId")
                    .build());
        }
        return spec.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(client)
                        .addJavadoc("Creates the client.\n\n@throws IllegalStateException when settings contradict each"
                                + " other or no endpoint can be determined\n")
                        .addStatement("return new $T(buildCaller())", client)
                        .build())
                .addMethod(MethodSpec.methodBuilder("self").addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED).returns(builder)
                        .addStatement("return this")
                        .build())
                .build();
    }
}
