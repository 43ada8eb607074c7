package dev.specgen.core.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.core.util.Json;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The readers of spec documents as JSON trees: Swagger's JSON mapper for JSON, and for YAML one without
 * SnakeYAML's default limit of 3 MB of code points, which refuses Stripe's 4 MB spec. A user should not
 * need a system property to read a real API's spec, nor a file that spec references.
 */
final class SpecTrees {

    private static final ObjectMapper LARGE_YAML = new ObjectMapper(YAMLFactory.builder()
            .loaderOptions(largeDocuments())
            .build());

    private SpecTrees() {}

    /** The reader for a document whose first non-blank character is {@code first}. */
    static ObjectMapper readerFor(int first) {
        return first == '{' || first == '[' ? Json.mapper() : LARGE_YAML;
    }

    private static LoaderOptions largeDocuments() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }
}
