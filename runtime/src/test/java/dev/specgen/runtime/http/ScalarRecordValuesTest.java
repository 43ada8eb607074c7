package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records written as one JSON scalar ({@code @JsonValue} on their one component), as a generated union of scalars'
 * alternatives are ({@code SortKey.OfInteger}): parameters, list items and multipart parts carry the raw value,
 * never its JSON text ({@code "abc"} with quotes).
 */
class ScalarRecordValuesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record Id(@JsonValue long value) {}

    record Name(@JsonValue String value) {}

    record Amount(@JsonValue BigDecimal value) {}

    @Test
    void aScalarRecordIsAScalarParameter() {
        assertThat(ParameterValue.of(new Id(42), MAPPER)).isEqualTo(new ParameterValue.Scalar("42"));
        assertThat(ParameterValue.of(new Name("ci.yml"), MAPPER)).isEqualTo(new ParameterValue.Scalar("ci.yml"));
        assertThat(ParameterValue.of(new Amount(new BigDecimal("1E+3")), MAPPER))
                .isEqualTo(new ParameterValue.Scalar("1000"));
    }

    @Test
    void listItemsAreTheirRawValues() {
        assertThat(ParameterValue.of(List.of(new Id(1), new Name("a b"), new Amount(new BigDecimal("0.5"))), MAPPER))
                .isEqualTo(new ParameterValue.ListValue(List.of("1", "a b", "0.5")));
    }

    @Test
    void aMultipartPartOfAScalarRecordIsText() {
        Multipart parts = Multipart.builder().part("id", new Id(7)).part("name", new Name("Tom")).build();

        assertThat(new String(MultipartEncoding.encode(parts, "B", MAPPER), StandardCharsets.UTF_8)).isEqualTo("""
                --B\r
                Content-Disposition: form-data; name="id"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                7\r
                --B\r
                Content-Disposition: form-data; name="name"\r
                Content-Type: text/plain; charset=UTF-8\r
                \r
                Tom\r
                --B--\r
                """);
    }
}
