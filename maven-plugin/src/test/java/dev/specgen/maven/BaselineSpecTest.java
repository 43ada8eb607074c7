package dev.specgen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineSpecTest {

    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("api.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void extractsTheSpecWithItsDirectorySoThatRelativeRefsResolve() throws Exception {
        Path jar = jar(Map.of("specs/api.yaml", "openapi: 3.0.3", "specs/common/types.yaml", "types",
                "other/unrelated.yaml", "x", "META-INF/MANIFEST.MF", "m"));
        Path out = dir.resolve("baseline");

        Path spec = BaselineSpec.extract(jar, "specs/api.yaml", out);

        assertThat(spec).isEqualTo(out.toAbsolutePath().resolve("specs/api.yaml")).hasContent("openapi: 3.0.3");
        assertThat(out.resolve("specs/common/types.yaml")).hasContent("types");
        assertThat(out.resolve("other")).doesNotExist();
        assertThat(out.resolve("META-INF")).doesNotExist();
    }

    @Test
    void neverWritesOutsideTheDirectory() throws Exception {
        Path jar = jar(Map.of("api.yaml", "openapi: 3.0.3", "../escaped.yaml", "evil"));

        BaselineSpec.extract(jar, "/api.yaml", dir.resolve("baseline"));

        assertThat(dir.resolve("escaped.yaml")).doesNotExist();
        assertThat(dir.resolve("baseline/api.yaml")).exists();
    }

    @Test
    void replacesAnEarlierExtraction() throws Exception {
        Path out = dir.resolve("baseline");
        Files.createDirectories(out.resolve("specs"));
        Files.writeString(out.resolve("specs/stale.yaml"), "old");

        BaselineSpec.extract(jar(Map.of("specs/api.yaml", "new")), "specs/api.yaml", out);

        assertThat(out.resolve("specs/stale.yaml")).doesNotExist();
    }

    @Test
    void aMissingEntrySaysWhatToSet() throws Exception {
        Path jar = jar(Map.of("specs/api.yaml", "openapi: 3.0.3"));

        assertThatThrownBy(() -> BaselineSpec.extract(jar, "specs/other.yaml", dir.resolve("baseline")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Specgen: api.jar has no entry specs/other.yaml; set baselinePath to the spec's path inside"
                        + " the jar");
    }
}
