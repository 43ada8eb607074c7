package dev.specgen.core.robustness;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a large spec made of renamed copies of a real one: copy {@code n} has every component suffixed
 * with {@code C<n>} (and every {@code $ref} to it renamed), every path prefixed with {@code /c<n>} and every
 * operationId suffixed, so the result is a valid spec with as many distinct types and operations as copies.
 * It is streamed to the file, copy by copy, so the test itself never holds the large document.
 */
final class LargeSpecs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LargeSpecs() {}

    /**
     * @param seed the spec to copy
     * @param minBytes the size to reach at least
     * @return the number of copies written
     */
    static int replicate(Path seed, Path target, long minBytes) {
        JsonNode original = SpecDocument.read(seed);
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(target.toFile(), JsonEncoding.UTF8)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getKey().equals("paths") && !member.getKey().equals("components")) {
                    out.writeFieldName(member.getKey());
                    MAPPER.writeTree(out, member.getValue());
                }
            }
            // Paths first, then components, so that copies can be counted while writing either.
            long perCopy = estimateCopySize(original);
            int copies = (int) (minBytes / perCopy) + 1;
            out.writeObjectFieldStart("paths");
            for (int n = 0; n < copies; n++) {
                JsonNode copy = renamed(original, n);
                for (Iterator<Map.Entry<String, JsonNode>> it = copy.path("paths").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> path = it.next();
                    out.writeFieldName(path.getKey());
                    MAPPER.writeTree(out, path.getValue());
                }
            }
            out.writeEndObject();
            out.writeObjectFieldStart("components");
            out.writeObjectFieldStart("schemas");
            for (int n = 0; n < copies; n++) {
                JsonNode copy = renamed(original, n);
                for (Iterator<Map.Entry<String, JsonNode>> it = copy.path("components").path("schemas").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> schema = it.next();
                    out.writeFieldName(schema.getKey());
                    MAPPER.writeTree(out, schema.getValue());
                }
            }
            out.writeEndObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = original.path("components").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> section = it.next();
                if (!section.getKey().equals("schemas")) {
                    out.writeFieldName(section.getKey());
                    MAPPER.writeTree(out, section.getValue());
                }
            }
            out.writeEndObject();
            out.writeEndObject();
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long estimateCopySize(JsonNode original) {
        try {
            JsonNode copy = renamed(original, 99_999);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy.path("paths")).length
                    + MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy.path("components").path("schemas")).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copy {@code n}: components, their references, paths and operationIds renamed. */
    static JsonNode renamed(JsonNode original, int n) {
        ObjectNode copy = original.deepCopy();
        String suffix = "C" + n;
        ObjectNode schemas = (ObjectNode) copy.path("components").path("schemas");
        if (!schemas.isMissingNode()) {
            ObjectNode renamedSchemas = MAPPER.createObjectNode();
            schemas.fields().forEachRemaining(e -> renamedSchemas.set(e.getKey() + suffix, e.getValue()));
            ((ObjectNode) copy.get("components")).set("schemas", renamedSchemas);
        }
        ObjectNode paths = MAPPER.createObjectNode();
        copy.path("paths").fields().forEachRemaining(e -> paths.set("/c" + n + e.getKey(), e.getValue()));
        copy.set("paths", paths);
        rewrite(copy, suffix);
        return copy;
    }

    /** Renames references to schemas and operationIds, everywhere in the tree. */
    private static void rewrite(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                JsonNode value = member.getValue();
                if (member.getKey().equals("$ref") && value.asText().startsWith("#/components/schemas/")) {
                    member.setValue(TextNode.valueOf(value.asText() + suffix));
                } else if (member.getKey().equals("operationId") && value.isTextual()) {
                    member.setValue(TextNode.valueOf(value.asText() + suffix));
                } else {
                    rewrite(value, suffix);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> rewrite(element, suffix));
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
