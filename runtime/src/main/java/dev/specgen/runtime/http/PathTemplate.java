package dev.specgen.runtime.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A path such as {@code /tasks/{task_id}}, parsed once per operation. Each parameter is filled in with its value
 * written in its {@link ParameterStyle} and percent-encoded as one segment, so a value containing {@code /} or
 * {@code ..} can never change which path is requested.
 */
public final class PathTemplate {

    private final String template;
    /** Literal text at even positions, parameter names at odd positions. */
    private final List<String> parts;

    private PathTemplate(String template, List<String> parts) {
        this.template = template;
        this.parts = parts;
    }

    /** Parses a template; {@code {name}} marks a parameter. */
    public static PathTemplate parse(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template '" + template + "' must start with '/'");
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int open = template.indexOf('{', start);
            if (open < 0) {
                parts.add(template.substring(start));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0 || close == open + 1) {
                throw new IllegalArgumentException("path template '" + template + "' has an unclosed or empty '{'");
            }
            parts.add(template.substring(start, open));
            parts.add(template.substring(open + 1, close));
            start = close + 1;
        }
        return new PathTemplate(template, List.copyOf(parts));
    }

    /** The names of the parameters, in path order. */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < parts.size(); i += 2) {
            names.add(parts.get(i));
        }
        return names;
    }

    /**
     * Fills the template with values already written in their style and percent-encoded. A value that would read
     * as a dot segment ({@code .} or {@code ..}) has its dots encoded, so that it cannot change the path.
     *
     * @throws IllegalArgumentException when a parameter has no value or an empty one
     */
    String fill(Map<String, String> values) {
        StringBuilder path = new StringBuilder(template.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                path.append(parts.get(i));
                continue;
            }
            String name = parts.get(i);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("path parameter '" + name + "' of " + template + " has no value");
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("path parameter '" + name + "' of " + template
                        + " must not be empty: the request would go to another path");
            }
            path.append(value.equals(".") || value.equals("..") ? value.replace(".", "%2E") : value);
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
