package dev.specgen.core.parse;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.core.util.Json;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The readers of spec documents as JSON trees: Swagger's JSON mapper for JSON, and for YAML one without
 * SnakeYAML's default limit of 3 MB of code points, which refuses Stripe's 4 MB spec. A user should not
 * need a system property to read a real API's spec, nor a file that spec references.
 *
 * <p>The readers stop at {@link NestingLimit#MAX_DEPTH} levels of nesting, which costs nothing while
 * parsing; the deep readers, used only to stream a refused document to where it is too deep, go further.
 */
final class SpecTrees {

    private static final ObjectMapper JSON = json(NestingLimit.MAX_DEPTH);
    private static final ObjectMapper YAML = yaml(NestingLimit.MAX_DEPTH);
    private static final ObjectMapper DEEP_JSON = json(NestingLimit.PARSER_MAX_DEPTH);
    private static final ObjectMapper DEEP_YAML = yaml(NestingLimit.PARSER_MAX_DEPTH);

    private SpecTrees() {}

    /** The reader for a document whose first non-blank character is {@code first}. */
    static ObjectMapper readerFor(int first) {
        return isJson(first) ? JSON : YAML;
    }

    /** A reader that accepts documents nested far deeper than {@link NestingLimit#MAX_DEPTH}. */
    static ObjectMapper deepReaderFor(int first) {
        return isJson(first) ? DEEP_JSON : DEEP_YAML;
    }

    private static boolean isJson(int first) {
        return first == '{' || first == '[';
    }

    private static StreamReadConstraints nestingUpTo(int depth) {
        return StreamReadConstraints.defaults().rebuild().maxNestingDepth(depth).build();
    }

    /** Swagger's JSON mapper (its settings read the tree Swagger Parser expects), with the given nesting limit. */
    private static ObjectMapper json(int maxDepth) {
        ObjectMapper mapper = Json.mapper().copy();
        mapper.getFactory().setStreamReadConstraints(nestingUpTo(maxDepth));
        return mapper;
    }

    private static ObjectMapper yaml(int maxDepth) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new ObjectMapper(YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(nestingUpTo(maxDepth))
                .build());
    }
}
