package dev.specgen.realworld;

import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.ExampleUse;
import dev.specgen.core.model.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples a spec gives for the JSON bodies of its operations' success responses ({@code example} or
 * {@code examples/<name>/value}, inline, in {@code components/responses}, or referred to in
 * {@code components/examples}), as the API model collected them. Which examples those are is read from the spec
 * file itself: the model records where an example is, not what refers to it.
 */
final class ResponseExamples {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode spec;
    private final Set<String> pointers = new HashSet<>();

    private ResponseExamples(JsonNode spec) {
        this.spec = spec;
    }

    static List<ResponseSample> of(ApiModel model, Path specFile) throws IOException {
        ResponseExamples examples = new ResponseExamples(JsonMapper.builder().build().readTree(specFile.toFile()));
        examples.collectPointers();
        return model.examples().stream()
                .filter(example -> examples.pointers.contains(example.location().pointer()))
                .map(example -> new ResponseSample(example.location().pointer(), example.type(),
                        tree(example.value())))
                .toList();
    }

    private void collectPointers() {
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!OPERATIONS.contains(operation.getKey())) {
                    continue;
                }
                String at = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses";
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    String ref = response.getValue().path("$ref").asString("");
                    String responseAt = ref.startsWith("#/") ? ref.substring(1) : at + "/" + response.getKey();
                    collectContent(responseAt, spec.at(responseAt));
                }
            }
        }
    }

    private void collectContent(String responseAt, JsonNode response) {
        for (Map.Entry<String, JsonNode> content : response.path("content").properties()) {
            if (!content.getKey().contains("json")) {
                continue;
            }
            String contentAt = responseAt + "/content/" + escape(content.getKey());
            if (content.getValue().has("example")) {
                pointers.add(contentAt + "/example");
            }
            for (Map.Entry<String, JsonNode> example : content.getValue().path("examples").properties()) {
                String ref = example.getValue().path("$ref").asString("");
                pointers.add((ref.startsWith("#/") ? ref.substring(1) : contentAt + "/examples/"
                        + escape(example.getKey())) + "/value");
            }
        }
    }

    /** A JSON pointer segment: {@code ~} and {@code /} escaped. */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static JsonNode tree(JsonValue value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof JsonValue.JsonObject object) {
            ObjectNode node = nodes.objectNode();
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                node.set(member.getKey(), tree(member.getValue()));
            }
            return node;
        }
        if (value instanceof JsonValue.JsonArray array) {
            ArrayNode node = nodes.arrayNode();
            array.elements().forEach(element -> node.add(tree(element)));
            return node;
        }
        if (value instanceof JsonValue.JsonString string) {
            return nodes.stringNode(string.value());
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.isIntegral() ? nodes.numberNode(number.value().toBigIntegerExact())
                    : nodes.numberNode(number.value());
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return nodes.booleanNode(bool.value());
        }
        return nodes.nullNode();
    }
}
