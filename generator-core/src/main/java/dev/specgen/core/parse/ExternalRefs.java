package dev.specgen.core.parse;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * References to other files. Swagger Parser stops resolving at the first reference it cannot load
 * and says only "Unable to load RELATIVE ref", so every later reference, valid or not, stays
 * unresolved; references to files that do not exist are therefore found here first, each with its
 * location, and a reference that stayed unresolved gets an error that says why.
 */
final class ExternalRefs {

    /** Members whose values are data, not OpenAPI objects: a {@code $ref} key in them is not a reference. */
    private static final Set<String> DATA_MEMBERS = Set.of("example", "examples", "default", "enum", "const", "value");

    private final Map<Path, @Nullable JsonNode> documents = new HashMap<>();

    /** An error for every {@code $ref} in the document that names a local file that does not exist. */
    static List<Diagnostic> missingFiles(Path specFile, JsonNode root) {
        List<Diagnostic> errors = new ArrayList<>();
        forEachReference(root, (ref, at) -> {
            SourceLocation location = at.location(specFile);
            Path target = targetFile(ref, location);
            if (target != null && !Files.isRegularFile(target)) {
                errors.add(missingFile(ref, target, location));
            }
        });
        return errors;
    }

    /**
     * The spec file and every local file it references, directly or through other files, sorted:
     * what the generated output depends on, so what an incremental build must watch.
     */
    static List<Path> referencedFiles(Path specFile, JsonNode root) {
        java.util.SortedSet<Path> files = new java.util.TreeSet<>();
        Deque<Path> toRead = new ArrayDeque<>();
        files.add(specFile);
        Map<Path, JsonNode> trees = new HashMap<>();
        trees.put(specFile, root);
        toRead.push(specFile);
        while (!toRead.isEmpty()) {
            Path file = toRead.pop();
            JsonNode tree = trees.containsKey(file) ? trees.get(file) : readQuietly(file);
            if (tree == null) {
                continue;
            }
            forEachReference(tree, (ref, at) -> {
                Path target = targetFile(ref, new SourceLocation(file, ""));
                if (target != null && Files.isRegularFile(target) && files.add(target)) {
                    toRead.push(target);
                }
            });
        }
        return List.copyOf(files);
    }

    /** Receives each {@code $ref} value of a document with where it is. */
    private interface ReferenceVisitor {
        void visit(String ref, Pending at);
    }

    private static void forEachReference(JsonNode root, ReferenceVisitor visitor) {
        Deque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(root, null, "", false));
        while (!pending.isEmpty()) {
            Pending next = pending.pop();
            JsonNode node = next.node();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                // A local reference ("#/components/…", the vast majority) names no file: skip it before
                // anything else, such as building its location, which costs a walk up the tree.
                if (!next.namesProperties() && ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                    visitor.visit(ref.asText(), next);
                }
                // Pushed last to first, so that errors come out in document order.
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
                for (int i = members.size() - 1; i >= 0; i--) {
                    Map.Entry<String, JsonNode> member = members.get(i);
                    String key = member.getKey();
                    // Under "properties" the keys are property names, so "default" or "example" is a schema.
                    boolean data = !next.namesProperties() && (DATA_MEMBERS.contains(key) || key.startsWith("x-"));
                    if (!data && member.getValue().isContainerNode()) {
                        pending.push(new Pending(member.getValue(), next, key,
                                !next.namesProperties() && key.equals("properties")));
                    }
                }
            } else if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    if (node.get(i).isContainerNode()) {
                        pending.push(new Pending(node.get(i), next, Integer.toString(i), false));
                    }
                }
            }
        }
    }

    /**
     * A node still to visit, linked to its parent so that its JSON pointer is only built when there is
     * an error to report; {@code namesProperties} when its members are a schema's properties.
     */
    private record Pending(JsonNode node, @Nullable Pending parent, String segment, boolean namesProperties) {

        SourceLocation location(Path file) {
            Deque<String> segments = new ArrayDeque<>();
            for (Pending p = this; p.parent() != null; p = p.parent()) {
                segments.push(p.segment());
            }
            SourceLocation location = new SourceLocation(file, "");
            for (String segment : segments) {
                location = location.child(segment);
            }
            return location;
        }
    }

    /** Why a reference that is not local after resolution could not be resolved. */
    Diagnostic unresolved(String ref, SourceLocation location) {
        Path target = targetFile(ref, location);
        if (target == null) {
            return Diagnostic.error("unresolved-ref", "$ref '" + ref + "' could not be resolved", location,
                    "only references to local files and to #/components/schemas are supported");
        }
        if (!Files.isRegularFile(target)) {
            return missingFile(ref, target, location);
        }
        int hash = ref.indexOf('#');
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode document = documents.computeIfAbsent(target, ExternalRefs::readQuietly);
        boolean exists = document != null && !document.at(JsonPointer.compile(pointer)).isMissingNode();
        return Diagnostic.error("unresolved-ref",
                exists
                        ? "$ref '" + ref + "' could not be resolved, although " + target + " has something at '"
                                + pointer + "': Swagger Parser stopped resolving at an earlier reference"
                        : "$ref '" + ref + "' could not be resolved: " + target + " has nothing at '" + pointer + "'",
                location,
                exists ? "fix the other unresolved references first" : "check that the pointer names a schema in that file");
    }

    private static Diagnostic missingFile(String ref, Path target, SourceLocation location) {
        return Diagnostic.error("unresolved-ref",
                "$ref '" + ref + "' points into the file " + target + ", which does not exist",
                location,
                "check the file name; a relative path is resolved against the directory of the file that contains"
                        + " the $ref");
    }

    /** The local file a reference names, or {@code null} for a local pointer or a URL. */
    private static @Nullable Path targetFile(String ref, SourceLocation location) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        if (filePart.isEmpty() || filePart.contains(":")) {
            return null;
        }
        try {
            return location.file().resolveSibling(filePart).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static @Nullable JsonNode readQuietly(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String start = content.stripLeading();
            return SpecTrees.readerFor(start.isEmpty() ? -1 : start.charAt(0)).readTree(content);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
