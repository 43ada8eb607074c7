package dev.specgen.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-12-15                  | 2022-12-15
            2022/12/15                  | 2022-12-15
            2022.12.15                  | 2022-12-15
            2022-1-5                    | 2022-01-05
            20221215                    | 2022-12-15
            2022-12-15T00:00:00Z        | 2022-12-15
            2022-12-15 23:00:00         | 2022-12-15
            2022-12-15T00:00:00+08:00   | 2022-12-15
            2022-12-15T23:30:00-05:00   | 2022-12-15
            1671062400                  | 2022-12-15
            1671148799999               | 2022-12-15
            """)
    void readsLooseDates(String text, String expected) {
        LenientDate value = LenientDate.parse(text);

        assertThat(value.toLocalDate()).contains(LocalDate.parse(expected));
        assertThat(value.raw()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "15/12/2022", "12/15/2022", "2022-02-30", "2022-12"})
    void keepsTextItCannotReadAndReportsItAsEmpty(String text) {
        LenientDate value = LenientDate.parse(text);

        assertThat(value.raw()).isEqualTo(text);
        assertThat(value.toLocalDate()).isEmpty();
        assertThatThrownBy(value::toLocalDateOrThrow)
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void ofWritesIso8601() {
        assertThat(LenientDate.of(LocalDate.of(2022, 1, 5)).raw()).isEqualTo("2022-01-05");
        assertThat(LenientDate.of(LocalDate.of(2022, 1, 5))).isEqualTo(LenientDate.parse("2022-01-05"));
    }

    @Test
    void equalityIsOnTheRawTextAndOrderOnTheDate() {
        assertThat(LenientDate.parse("2022/12/15")).isNotEqualTo(LenientDate.parse("2022-12-15"));
        assertThat(LenientDate.parse("2022/12/15")).hasSameHashCodeAs(LenientDate.parse("2022/12/15"));

        List<LenientDate> values = new ArrayList<>(List.of(
                LenientDate.parse("junk"), LenientDate.parse("2022/12/16"), LenientDate.parse("2022-12-15")));
        Collections.sort(values);

        assertThat(values).map(LenientDate::raw).containsExactly("2022-12-15", "2022/12/16", "junk");
    }
}
