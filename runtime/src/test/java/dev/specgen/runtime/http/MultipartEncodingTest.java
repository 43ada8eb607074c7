package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** RFC 7578 bodies with OpenAPI's default part encodings. */
class MultipartEncodingTest {

    @Test
    void partsAreTextJsonOrFilesAsTheirValuesAre() {
        Multipart parts = Multipart.builder()
                .part("name", "Tom \"the cat\"")
                .part("lives", 9)
                .part("skipped", null)
                .part("meta", Map.of("owner", "Ann"))
                .part("tag", List.of("a", "b"))
                .part("photo", FilePart.of("tom.png", "image/png", new byte[] {1, 2}))
                .build();

        byte[] body = MultipartEncoding.encode(parts, "B", JsonMapper.builder().build());

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).isEqualTo("""
                --B\r
                Content-Disposition: form-data; name="name"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Tom "the cat"\r
                --B\r
                Content-Disposition: form-data; name="lives"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                9\r
                --B\r
                Content-Disposition: form-data; name="meta"\r
                Content-Type: application/json\r
                \r
                {"owner":"Ann"}\r
                --B\r
                Content-Disposition: form-data; name="tag"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                a\r
                --B\r
                Content-Disposition: form-data; name="tag"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                b\r
                --B\r
                Content-Disposition: form-data; name="photo"; filename="tom.png"\r
                Content-Type: image/png\r
                \r
                \u0001\u0002\r
                --B--\r
                """);
    }

    @Test
    void aContentTypeFromTheSpecLabelsThePartOrMakesItJson() {
        Multipart parts = Multipart.builder()
                .part("notes", "# Tom", "text/markdown")
                .part("id", "t-1", "application/json")
                .part("photo", FilePart.of("a.jpg", "image/jpeg", new byte[] {7}), "image/png, image/jpeg")
                .build();

        byte[] body = MultipartEncoding.encode(parts, "B", JsonMapper.builder().build());

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).isEqualTo("""
                --B\r
                Content-Disposition: form-data; name="notes"\r
                Content-Type: text/markdown\r
                \r
                # Tom\r
                --B\r
                Content-Disposition: form-data; name="id"\r
                Content-Type: application/json\r
                \r
                "t-1"\r
                --B\r
                Content-Disposition: form-data; name="photo"; filename="a.jpg"\r
                Content-Type: image/jpeg\r
                \r
                \u0007\r
                --B--\r
                """);
    }

    @Test
    void quotesAndLineBreaksInNamesCannotEndTheHeader() {
        assertThat(MultipartEncoding.quoted("a\"b\r\nc")).isEqualTo("a%22b%0D%0Ac");
    }

    @Test
    void boundariesAreFreshEachTime() {
        assertThat(MultipartEncoding.newBoundary()).startsWith("specgen-").hasSize(40)
                .isNotEqualTo(MultipartEncoding.newBoundary());
    }
}
