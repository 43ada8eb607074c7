package dev.specgen.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedFileTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                  | is blank
            "   "               | is blank
            /abs/Task.java      | starts with '/'
            com/../Task.java    | has a '..' segment
            ..                  | has a '..' segment
            ./Task.java         | has a '.' segment
            com\\acme\\Task.java | contains '\\'
            com//Task.java      | has an empty segment
            com/acme/           | ends with '/'
            C:/Task.java        | contains ':'
            """)
    void rejectsPathsThatAreNotPlainRelativePaths(String path, String problem) {
        assertThatThrownBy(() -> new GeneratedFile(path, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Generated file path '" + path + "' " + problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b"})
    void rejectsControlCharactersBecauseTheManifestIsOnePathPerLine(String path) {
        assertThatThrownBy(() -> new GeneratedFile(path, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task.java", "com/acme/Task.java", ".hidden/x", "a/b.c/d..e", "caf\u00e9/Men\u00fc.java"})
    void acceptsPlainRelativePaths(String path) {
        assertThat(new GeneratedFile(path, "x").relativePath()).isEqualTo(path);
    }

    @Test
    void toStringLeavesTheContentOut() {
        assertThat(new GeneratedFile("a/B.java", "secret body")).hasToString("GeneratedFile[a/B.java, 11 chars]");
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> new GeneratedFile(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GeneratedFile("a/B.java", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("a/B.java");
    }
}
