package dev.specgen.realworld;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Operation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Response bodies built from the spec's own response schemas, for specs that give no examples (Stripe's give
 * none). The schemas are read from the spec file itself, not from the API model, so that a body says what the
 * spec says even where the generator understood the spec wrongly.
 *
 * <p>A body has every property of every object, the first value of every enum, the first alternative of every
 * {@code anyOf}/{@code oneOf} (for Stripe's expandable fields that is the id, a string), one item in every array
 * and one entry in every map, and values of each type and format that look like what a service sends. Below
 * {@link #MAX_DEPTH} schemas (Stripe's objects nest deeply) a value is left {@code null}, which every generated type
 * accepts as absent.
 */
final class SchemaSamples {

    private static final int MAX_DEPTH = 6;

    private final JsonNode spec;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    private SchemaSamples(JsonNode spec) {
        this.spec = spec;
    }

    /** A body for each JSON content of each success response that has a schema. */
    static List<ResponseSample> of(ApiModel model, Path specFile) throws IOException {
        SchemaSamples samples = new SchemaSamples(read(specFile));
        List<ResponseSample> built = new ArrayList<>();
        for (Operation operation : model.operations()) {
            for (Operation.Response response : operation.responses()) {
                for (Operation.Content content : response.contents()) {
                    if (!response.isSuccess() || content.type() == null || !content.mediaType().contains("json")) {
                        continue;
                    }
                    String pointer = "/paths/" + ResponseExamples.escape(operation.path()) + "/"
                            + operation.method().toLowerCase(Locale.ROOT) + "/responses/" + response.statusCode()
                            + "/content/" + ResponseExamples.escape(content.mediaType()) + "/schema";
                    JsonNode schema = samples.spec.at(pointer);
                    if (!schema.isMissingNode()) {
                        built.add(new ResponseSample(pointer, content.type(), samples.sample(schema, 0)));
                    }
                }
            }
        }
        return built;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            return nodes.nullNode();
        }
        if (schema.has("$ref")) {
            return sample(spec.at(schema.get("$ref").asString().substring(1)), depth + 1);
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            if (schema.has(alternatives) && !schema.get(alternatives).isEmpty()) {
                return sample(schema.get(alternatives).get(0), depth);
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = nodes.objectNode();
            for (JsonNode part : schema.get("allOf")) {
                JsonNode value = sample(part, depth);
                if (!value.isObject()) {
                    return value;
                }
                merged.setAll((ObjectNode) value);
            }
            return merged;
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return value;
                }
            }
        }
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        switch (type) {
            case "string":
                return nodes.stringNode(string(format));
            case "integer":
                return nodes.numberNode(java.math.BigInteger.valueOf(1_692_144_000L));
            case "number":
                return nodes.numberNode(new java.math.BigDecimal("12.5"));
            case "boolean":
                return nodes.booleanNode(true);
            case "array":
                ArrayNode array = nodes.arrayNode();
                JsonNode item = sample(schema.path("items"), depth + 1);
                if (!item.isNull()) {
                    array.add(item);
                }
                return array;
            default:
                return object(schema, depth);
        }
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = nodes.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.set(property.getKey(), sample(property.getValue(), depth + 1));
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && !schema.has("properties")) {
            object.set("key", sample(additional, depth + 1));
        }
        return object;
    }

    private static String string(String format) {
        switch (format) {
            case "date-time":
                return "2023-08-16T12:00:00Z";
            case "date":
                return "2023-08-16";
            case "byte":
            case "binary":
                return "c2FtcGxl";
            default:
                return "sample";
        }
    }

    private static JsonNode read(Path specFile) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        if (!specFile.toString().endsWith(".yaml")) {
            return mapper.readTree(specFile.toFile());
        }
        LoaderOptions large = new LoaderOptions();
        large.setCodePointLimit(Integer.MAX_VALUE);
        try (Reader reader = Files.newBufferedReader(specFile, StandardCharsets.UTF_8)) {
            return mapper.valueToTree(new Yaml(large).<Object>load(reader));
        }
    }
}
