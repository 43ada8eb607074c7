package dev.specgen.benchmarks;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.nio.file.Path;

/**
 * The floor of {@code scripts/bench-generate.sh}: reads one spec with Swagger Parser (the version Specgen depends
 * on, with the parse options Specgen's {@code SpecLoader} uses) and does nothing else. No generator built on Swagger
 * Parser can read a spec faster than this whole process takes.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.specgen.benchmarks.SwaggerParserAlone SPEC}.
 * Prints the number of paths and schemas read, so that a run that read nothing cannot pass for a fast one.
 */
public final class SwaggerParserAlone {

    private SwaggerParserAlone() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SwaggerParserAlone SPEC");
            System.exit(2);
        }
        // As Specgen does, so that Stripe's 4 MB YAML is read rather than refused by SnakeYAML's 3 MB default.
        DeserializationUtils.getOptions().setMaxYamlCodePoints(Integer.MAX_VALUE);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setFlatten(false);
        options.setValidateExternalRefs(true);
        String location = Path.of(args[0]).toAbsolutePath().normalize().toUri().toString();
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
        if (result == null || result.getOpenAPI() == null) {
            System.err.println("Swagger Parser could not read " + location + ": "
                    + (result == null ? "no result" : result.getMessages()));
            System.exit(1);
        }
        var openApi = result.getOpenAPI();
        int paths = openApi.getPaths() == null ? 0 : openApi.getPaths().size();
        int schemas = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? 0
                : openApi.getComponents().getSchemas().size();
        System.out.println("read " + paths + " paths and " + schemas + " schemas, " + result.getMessages().size()
                + " parser messages");
    }
}
