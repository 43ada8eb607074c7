package dev.specgen.realworld;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds recorded-looking response bodies to the generated types, as the generated client would: decoded with
 * the client's mapper ({@code dev.specgen.runtime.json.JsonMappers}), then written back and compared with the
 * body (see {@link TreeDifferences}).
 */
final class SmokeCheck {

    /**
     * What happened to the samples of one spec.
     *
     * @param checked how many samples were decoded and compared
     * @param failures one line per sample that could not be decoded or came back different
     */
    record Outcome(int checked, List<String> failures) {}

    private SmokeCheck() {}

    static Outcome run(List<ResponseSample> samples, GeneratedJavaTypes types, JsonMapper mapper) {
        // A union without a discriminator names its alternatives by class (JsonTypeInfo.Id.DEDUCTION), which Jackson
        // looks up through the context class loader: in an application that is the application's, here the
        // loader of the compiled generated classes.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(types.classLoader());
        try {
            return new Outcome(samples.size(), failures(samples, types, mapper));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<String> failures(List<ResponseSample> samples, GeneratedJavaTypes types, JsonMapper mapper) {
        List<String> failures = new ArrayList<>();
        for (ResponseSample sample : samples) {
            try {
                Object decoded = mapper.readValue(sample.json().toString(), types.of(sample.type()));
                JsonNode written = mapper.valueToTree(decoded);
                List<String> differences = TreeDifferences.between(sample.json(), written);
                if (!differences.isEmpty()) {
                    failures.add(sample.location() + " came back different: "
                            + String.join("; ", differences.subList(0, Math.min(5, differences.size()))));
                }
            } catch (JacksonException e) {
                failures.add(sample.location() + " cannot be decoded into " + sample.type() + ": "
                        + e.getOriginalMessage());
            }
        }
        return failures;
    }
}
