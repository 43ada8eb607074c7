package dev.specgen.core.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a spec says about the API as a whole.
 *
 * @param title the spec's {@code info.title}
 * @param version the spec's {@code info.version}
 * @param description the spec's {@code info.description}
 * @param servers the server URL templates, in spec order (order carries meaning: the first is the default)
 * @param extensions the string-valued {@code x-} extensions at the document root, by name
 */
public record ApiInfo(
        String title,
        String version,
        @Nullable String description,
        List<Server> servers,
        SortedMap<String, String> extensions) {

    public ApiInfo {
        servers = List.copyOf(servers);
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    /** A server URL template such as {@code https://cs.{regionId}.aliyuncs.com}. */
    public record Server(String urlTemplate, @Nullable String description, List<Variable> variables) {
        public Server {
            variables = List.copyOf(variables);
        }
    }

    /** A variable of a server URL template, with its default value. */
    public record Variable(String name, String defaultValue, List<String> allowedValues, @Nullable String description) {
        public Variable {
            allowedValues = List.copyOf(allowedValues);
        }
    }
}
