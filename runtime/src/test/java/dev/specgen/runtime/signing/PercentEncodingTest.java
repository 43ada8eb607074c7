package dev.specgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    @Test
    void unreservedCharactersStay() {
        assertThat(PercentEncoding.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
    }

    @Test
    void everythingElseIsEncodedWithUpperCaseHex() {
        assertThat(PercentEncoding.encode("a b")).isEqualTo("a%20b");
        assertThat(PercentEncoding.encode("*")).isEqualTo("%2A");
        assertThat(PercentEncoding.encode("+/%?&=#")).isEqualTo("%2B%2F%25%3F%26%3D%23");
        assertThat(PercentEncoding.encode("任务é")).isEqualTo("%E4%BB%BB%E5%8A%A1%C3%A9");
        assertThat(PercentEncoding.encode("😀")).isEqualTo("%F0%9F%98%80");
    }

    @Test
    void pathSegmentsCannotEscapeTheirPlace() {
        assertThat(PercentEncoding.encodePathSegment("../admin")).isEqualTo("..%2Fadmin");
        assertThat(PercentEncoding.encodePathSegment("..")).isEqualTo("%2E%2E");
        assertThat(PercentEncoding.encodePathSegment(".")).isEqualTo("%2E");
        assertThat(PercentEncoding.encodePathSegment("a..b")).isEqualTo("a..b");
        assertThatThrownBy(() -> PercentEncoding.encodePathSegment(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }
}
