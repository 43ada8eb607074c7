package dev.specgen.core.emit.client;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.ApiInfo;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders a client's Markdown usage page with Mustache.java, from the built-in template on the class path
 * ({@value #TEMPLATE}) or from the template file the options name. Markdown is not HTML, so nothing is
 * HTML-escaped.
 */
final class UsagePageRenderer {

    static final String TEMPLATE = "dev/specgen/core/emit/client/client-usage.md.mustache";

    private final Map<SourceLocation, JsonValue> examples = new HashMap<>();
    private final @Nullable Path templateFile;

    UsagePageRenderer(ApiModel model, @Nullable Path templateFile) {
        for (ExampleUse example : model.examples()) {
            examples.putIfAbsent(example.location(), example.value());
        }
        this.templateFile = templateFile;
    }

    String render(ClassName client, ApiInfo info, ServiceFacts service, List<OperationPlan> plans,
            ClientValidators validators) {
        List<UsagePage.Operation> operations = new ArrayList<>();
        for (OperationPlan plan : plans) {
            operations.add(operation(plan));
        }
        ApiInfo.Server server = service.server();
        String regionDefault = !service.hasRegion() ? null : server.variables().stream()
                .filter(v -> v.name().equals("regionId")).findFirst().orElseThrow().defaultValue();
        UsagePage page = new UsagePage(client.simpleName(), client.packageName(), info.title(),
                info.version().isEmpty() ? null : info.version(), server == null ? null : server.urlTemplate(),
                service.hasRegion(), regionDefault, service.acs3Signed(), validators.exist(), operations,
                operations.isEmpty() ? "" : operations.get(0).methodName(),
                operations.isEmpty() ? "" : operations.get(0).exampleArguments());
        StringWriter out = new StringWriter();
        compile().execute(out, page);
        return out.toString();
    }

    private UsagePage.Operation operation(OperationPlan plan) {
        List<String> arguments = new ArrayList<>();
        for (Input input : plan.required()) {
            arguments.add(example(input));
        }
        List<UsagePage.Input> optional = new ArrayList<>();
        List<UsagePage.Input> inputs = new ArrayList<>();
        for (Input input : plan.inputs()) {
            UsagePage.Input shown = new UsagePage.Input(input.javaName(), input.required(), where(input),
                    input.docs().description() == null ? input.docs().summary() : input.docs().description());
            inputs.add(shown);
            if (!input.required()) {
                optional.add(shown);
            }
        }
        ResponsePlan response = plan.response();
        return new UsagePage.Operation(plan.methodName(), plan.asyncMethodName(), plan.operation().method(),
                plan.operation().path(), plan.operation().docs().summary(),
                response.returnsNothing() ? null : simple(response.javaType()), simple(response.javaType()),
                String.join(", ", arguments), plan.requestType() == null ? null : plan.requestType().simpleName(),
                optional, inputs, Idempotency.explain(plan.operation()),
                plan.operation().tags().isEmpty() ? null
                        : String.join(", ", plan.operation().tags().stream().map(tag -> "`" + tag + "`").toList()),
                response.errorType() == null ? null : response.errorType().simpleName());
    }

    private static String where(Input input) {
        return switch (input.placement()) {
            case PATH -> "path parameter `" + input.wireName() + "`";
            case QUERY -> "query parameter `" + input.wireName() + "`";
            case HEADER -> "header `" + input.wireName() + "`";
            case COOKIE -> "cookie `" + input.wireName() + "`";
            case FORM_FIELD -> "form field `" + input.wireName() + "`";
            case MULTIPART_PART -> "part `" + input.wireName() + "` of the multipart body";
            case JSON_BODY, FORM_BODY, MULTIPART_BODY, RAW_BODY -> "the body, `" + input.wireName() + "`";
        };
    }

    /** The spec's example as a Java literal, or a string naming the input. */
    private String example(Input input) {
        JsonValue value = input.location() == null ? null : examples.get(input.location().child("example"));
        String type = simple(input.type());
        if (value instanceof JsonValue.JsonString text && type.equals("String")) {
            return javaString(text.value());
        }
        if (value instanceof JsonValue.JsonNumber number && number.isIntegral() && type.equals("Long")) {
            return number.value().toBigInteger() + "L";
        }
        if (value instanceof JsonValue.JsonNumber number && number.isIntegral() && type.equals("Integer")) {
            return number.value().toBigInteger().toString();
        }
        if (value instanceof JsonValue.JsonBoolean bool && type.equals("Boolean")) {
            return Boolean.toString(bool.value());
        }
        return type.equals("String") ? javaString("<" + input.wireName() + ">") : input.javaName();
    }

    /** A Java string literal, escaped as JavaPoet escapes {@code $S}. */
    private static String javaString(String text) {
        return CodeBlock.of("$S", text).toString();
    }

    private static String simple(TypeName type) {
        String text = type.withoutAnnotations().toString();
        return text.replaceAll("[a-z][a-z0-9_]*\\.", "");
    }

    private Mustache compile() {
        MustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try (Reader reader = templateReader()) {
            return factory.compile(reader, templateFile == null ? TEMPLATE : templateFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the client usage template "
                    + (templateFile == null ? TEMPLATE : templateFile) + ": " + e.getMessage(), e);
        }
    }

    private Reader templateReader() throws IOException {
        if (templateFile != null) {
            return new StringReader(Files.readString(templateFile, StandardCharsets.UTF_8));
        }
        InputStream in = UsagePageRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IOException("the built-in template is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
