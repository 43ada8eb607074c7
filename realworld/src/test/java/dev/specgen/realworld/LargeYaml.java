package dev.specgen.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The precondition that makes Stripe's YAML a test of large-file reading: SnakeYAML, with the options it has
 * when nobody raises its limit, refuses the file, and no system property raises the limit in this JVM. The next
 * step then reads the file through Specgen: if Specgen ever fell back to the default limit, that step fails.
 */
final class LargeYaml {

    /** The system property that Swagger Parser reads to raise SnakeYAML's limit for its own reads. */
    private static final String SWAGGER_PARSER_LIMIT = "maxYamlCodePoints";

    private LargeYaml() {}

    static void assertOverTheDefaultLimit(Path yaml) throws IOException {
        assertThat(System.getProperty(SWAGGER_PARSER_LIMIT)).as("system property " + SWAGGER_PARSER_LIMIT).isNull();
        int defaultLimit = new LoaderOptions().getCodePointLimit();
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> new Yaml().load(reader))
                    .as("SnakeYAML with its default limit of %d code points", defaultLimit)
                    .isInstanceOf(YAMLException.class)
                    .hasMessageContaining("exceeds the limit");
        }
    }
}
