package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.ApiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML specs over SnakeYAML's default 3 MB limit (Stripe's is 4 MB) are read without any extra setting. */
class LargeSpecTest {

    @TempDir
    Path dir;

    @Test
    void aYamlSpecOfFiveMegabytesIsRead() throws IOException {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: Large, version: '1'}\npaths: {}\n"
                + "components:\n  schemas:\n");
        for (int i = 0; yaml.length() < 5_000_000; i++) {
            yaml.append("    Thing").append(i).append(":\n      type: object\n      description: >-\n        ")
                    .append("A thing with a long description. ".repeat(20)).append("\n      properties:\n")
                    .append("        id: {type: string}\n        count: {type: integer, format: int32}\n");
        }
        Path spec = Files.writeString(dir.resolve("large.yaml"), yaml);
        assertThat(Files.size(spec)).isGreaterThan(4L * 1024 * 1024);

        ApiModel model = Specgen.read(spec).model();

        assertThat(model.types()).hasSizeGreaterThan(5_000);
    }
}
