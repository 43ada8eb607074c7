package dev.specgen.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDateTimeTest {

    /** The values the vendor documentation and real responses contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-11-10T16:02:04+08:00      | 2020-11-10T08:02:04Z
            2022-11-30T02:20:14.852Z       | 2022-11-30T02:20:14.852Z
            2022-11-30T2:00:00.852Z        | 2022-11-30T02:00:00.852Z
            2022-12-15 23:00:00            | 2022-12-15T23:00:00Z
            1669706229286                  | 2022-11-29T07:17:09.286Z
            1669706229                     | 2022-11-29T07:17:09Z
            """)
    void readsTheValuesServicesReallySend(String text, String expectedInstant) {
        LenientDateTime value = LenientDateTime.parse(text);

        assertThat(value.toInstant()).contains(Instant.parse(expectedInstant));
        assertThat(value.raw()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-11-30T02:20:14Z                       | 2022-11-30T02:20:14Z
            2022-11-30t02:20:14z                       | 2022-11-30T02:20:14Z
            2022-11-30T02:20Z                          | 2022-11-30T02:20:00Z
            2022-11-30T02:20:14.123456789123Z          | 2022-11-30T02:20:14.123456789Z
            2022-11-30T02:20:14,5Z                     | 2022-11-30T02:20:14.500Z
            2022-11-30T02:20:14+0800                   | 2022-11-29T18:20:14Z
            2022-11-30T02:20:14+08                     | 2022-11-29T18:20:14Z
            2022-11-30T02:20:14-05:30                  | 2022-11-30T07:50:14Z
            2022-11-30 02:20:14 UTC                    | 2022-11-30T02:20:14Z
            2022/11/30 02:20:14                        | 2022-11-30T02:20:14Z
            2022-1-5T2:3:4Z                            | 2022-01-05T02:03:04Z
            2022-11-30                                 | 2022-11-30T00:00:00Z
            '  2022-11-30T02:20:14Z  '                 | 2022-11-30T02:20:14Z
            2020-11-10T16:02:04+08:00[Asia/Shanghai]   | 2020-11-10T08:02:04Z
            'Tue, 3 Jun 2008 11:05:30 GMT'             | 2008-06-03T11:05:30Z
            2016-12-31T23:59:60Z                       | 2016-12-31T23:59:59Z
            2022-11-30T24:00:00Z                       | 2022-12-01T00:00:00Z
            1669706229.286                             | 2022-11-29T07:17:09.286Z
            -86400                                     | 1969-12-31T00:00:00Z
            99999999999                                | 5138-11-16T09:46:39Z
            100000000000                               | 1973-03-03T09:46:40Z
            """)
    void readsCommonRelaxationsOfIso8601(String text, String expectedInstant) {
        assertThat(LenientDateTime.parse(text).toInstant()).contains(Instant.parse(expectedInstant));
    }

    @Test
    void keepsTheOffsetItWasWrittenWith() {
        assertThat(LenientDateTime.parse("2020-11-10T16:02:04+08:00").toOffsetDateTime())
                .contains(OffsetDateTime.of(2020, 11, 10, 16, 2, 4, 0, ZoneOffset.ofHours(8)));
    }

    @Test
    void readsAValueWithoutOffsetAsUtc() {
        assertThat(LenientDateTime.parse("2022-12-15 23:00:00").toOffsetDateTimeOrThrow().getOffset())
                .isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "yesterday", "2022-13-01T00:00:00Z", "2022-02-30",
            "2022-11-30T25:00:00Z", "2022-11-30T02:20:14+25:00", "15/12/2022", "0x1F", "1e12",
            "12345678901234567890123", "2022-11-30T02:20:14Z trailing"})
    void keepsTextItCannotReadAndReportsItAsEmpty(String text) {
        LenientDateTime value = LenientDateTime.parse(text);

        assertThat(value.raw()).isEqualTo(text);
        assertThat(value.toString()).isEqualTo(text);
        assertThat(value.toOffsetDateTime()).isEmpty();
        assertThat(value.toInstant()).isEmpty();
        assertThatThrownBy(value::toOffsetDateTimeOrThrow)
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> LenientDateTime.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ofWritesIso8601() {
        OffsetDateTime time = OffsetDateTime.of(2022, 11, 30, 2, 20, 14, 852_000_000, ZoneOffset.UTC);

        assertThat(LenientDateTime.of(time).raw()).isEqualTo("2022-11-30T02:20:14.852Z");
        assertThat(LenientDateTime.of(time.withNano(0)).raw()).isEqualTo("2022-11-30T02:20:14Z");
        assertThat(LenientDateTime.of(Instant.parse("2022-11-30T02:00:00Z")).raw()).isEqualTo("2022-11-30T02:00:00Z");
        assertThat(LenientDateTime.of(time.withOffsetSameLocal(ZoneOffset.ofHours(8))).raw())
                .isEqualTo("2022-11-30T02:20:14.852+08:00");
        assertThat(LenientDateTime.of(time)).isEqualTo(LenientDateTime.parse("2022-11-30T02:20:14.852Z"));
    }

    @Test
    void equalityIsOnTheRawText() {
        LenientDateTime a = LenientDateTime.parse("2022-11-30T02:20:14Z");
        LenientDateTime sameText = LenientDateTime.parse("2022-11-30T02:20:14Z");
        LenientDateTime sameInstant = LenientDateTime.parse("2022-11-30T02:20:14.000Z");

        assertThat(a).isEqualTo(sameText).hasSameHashCodeAs(sameText);
        assertThat(a).isNotEqualTo(sameInstant);
        assertThat(a.toInstant()).isEqualTo(sameInstant.toInstant());
        assertThat(LenientDateTime.parse("junk")).isEqualTo(LenientDateTime.parse("junk"));
        assertThat(a).isNotEqualTo("2022-11-30T02:20:14Z");
    }

    @Test
    void sortsByInstantWithUnreadableValuesLast() {
        List<LenientDateTime> values = new ArrayList<>();
        for (String text : List.of("2020-01-01T01:00:00+08:00", "2019-12-31T20:00:00Z", "2019-99", "0abc",
                "1577836800", "2020-01-01T00:00:00Z", "2019-12-31T17:00:00Z")) {
            values.add(LenientDateTime.parse(text));
        }
        Collections.shuffle(values, new Random(7));

        Collections.sort(values);

        // 17:00Z and 01:00+08:00 are the same instant: the raw text breaks the tie.
        assertThat(values).map(LenientDateTime::raw).containsExactly(
                "2019-12-31T17:00:00Z", "2020-01-01T01:00:00+08:00", "2019-12-31T20:00:00Z",
                "1577836800", "2020-01-01T00:00:00Z", "0abc", "2019-99");
        assertThat(LenientDateTime.parse("2019-12-31T17:00:00Z").compareTo(LenientDateTime.parse("2019-12-31T17:00:00Z")))
                .isZero();
    }
}
