package dev.specgen.core.parse;

import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line of a JSON pointer in a spec file, for messages shown to a person. The file is read
 * again, which keeps positions: a JSON file by {@link JsonLines} in one streaming pass for all the
 * pointers of a list of diagnostics, a YAML file with SnakeYAML. This costs a read of the file, so it
 * is done only when there is something to report, once per file.
 */
public final class SourceLines {

    private final Map<Path, Node> roots = new HashMap<>();

    /** The diagnostics, each with its line filled in where it can be found. */
    public List<Diagnostic> withLines(List<Diagnostic> diagnostics) {
        Map<Path, Set<String>> wanted = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (needsLine(diagnostic)) {
                wanted.computeIfAbsent(diagnostic.location().file(), f -> new HashSet<>())
                        .add(diagnostic.location().pointer());
            }
        }
        Map<Path, Map<String, Integer>> jsonLines = new HashMap<>();
        wanted.forEach((file, pointers) -> {
            Map<String, Integer> lines = JsonLines.find(file, pointers);
            if (lines != null) {
                jsonLines.put(file, lines);
            }
        });
        List<Diagnostic> located = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            if (!needsLine(diagnostic)) {
                located.add(diagnostic);
                continue;
            }
            SourceLocation location = diagnostic.location();
            Map<String, Integer> lines = jsonLines.get(location.file());
            located.add(diagnostic.withLine(lines != null ? lines.get(location.pointer()) : lineOf(location)));
        }
        return located;
    }

    private static boolean needsLine(Diagnostic diagnostic) {
        return diagnostic.line() <= 0 && diagnostic.location() != null && !diagnostic.location().pointer().isEmpty();
    }

    /**
     * The 1-based line of the location (for a member of a mapping, the line of its key), or of its
     * nearest existing ancestor; 0 if the file cannot be read.
     */
    public int lineOf(SourceLocation location) {
        Node node = roots.computeIfAbsent(location.file(), SourceLines::compose);
        if (node == null) {
            return 0;
        }
        int line = node.getStartMark().getLine();
        for (String segment : segments(location.pointer())) {
            NodeTuple member = member(node, segment);
            if (member != null) {
                line = member.getKeyNode().getStartMark().getLine();
                node = member.getValueNode();
            } else if (element(node, segment) != null) {
                node = element(node, segment);
                line = node.getStartMark().getLine();
            } else {
                break;
            }
        }
        return line + 1;
    }

    private static NodeTuple member(Node node, String segment) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
                    return tuple;
                }
            }
        }
        return null;
    }

    private static Node element(Node node, String segment) {
        if (node instanceof SequenceNode sequence) {
            try {
                int index = Integer.parseInt(segment);
                return index >= 0 && index < sequence.getValue().size() ? sequence.getValue().get(index) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            if (!raw.isEmpty() || !pointer.isEmpty()) {
                segments.add(raw.replace("~1", "/").replace("~0", "~"));
            }
        }
        return segments;
    }

    private static Node compose(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        // SnakeYAML's default of 50 levels would leave every error in a deeper file without its line.
        options.setNestingDepthLimit(NestingLimit.MAX_DEPTH + 1);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(options).compose(reader);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
