package dev.specgen.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a generated union of scalars' {@code fromJson} makes of each value Jackson 2 or 3 hands it. */
class ScalarUnionValuesTest {

    @Test
    void integersAreIntegralNumbersThatFit() {
        assertThat(ScalarUnionValues.asLong(12)).isEqualTo(12L);
        assertThat(ScalarUnionValues.asLong(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(ScalarUnionValues.asLong(12.0)).as("JSON Schema's integer 12.0").isEqualTo(12L);
        assertThat(ScalarUnionValues.asLong(new BigDecimal("12.000"))).isEqualTo(12L);
        assertThat(ScalarUnionValues.asLong(12.5)).isNull();
        assertThat(ScalarUnionValues.asLong(new BigInteger("9223372036854775808"))).isNull();
        assertThat(ScalarUnionValues.asLong("12")).isNull();
        assertThat(ScalarUnionValues.asLong(true)).isNull();
        assertThat(ScalarUnionValues.asBigInteger(new BigInteger("9223372036854775808")))
                .isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(ScalarUnionValues.asBigInteger(Double.POSITIVE_INFINITY)).isNull();
    }

    @Test
    void numbersAreAnyNumber() {
        assertThat(ScalarUnionValues.asDouble(3)).isEqualTo(3.0);
        assertThat(ScalarUnionValues.asDouble(0.1)).isEqualTo(0.1);
        assertThat(ScalarUnionValues.asDouble("0.1")).isNull();
        assertThat(ScalarUnionValues.asDecimal(0.1)).isEqualTo(new BigDecimal("0.1"));
        assertThat(ScalarUnionValues.asDecimal(new BigDecimal("0.10000000000000000001")))
                .isEqualTo(new BigDecimal("0.10000000000000000001"));
        assertThat(ScalarUnionValues.asDecimal(7L)).isEqualTo(new BigDecimal("7"));
        assertThat(ScalarUnionValues.asDecimal(List.of())).isNull();
    }

    @Test
    void theErrorNamesTheTypeTheValueAndTheKindsExpected() {
        assertThat(ScalarUnionValues.unexpected(Thread.class, true, "an integer or a string"))
                .hasMessage("Cannot read a Thread from a JSON boolean (true): expected an integer or a string");
        assertThat(ScalarUnionValues.unexpected(Thread.class, Map.of("a", 1), "a string"))
                .hasMessage("Cannot read a Thread from a JSON object: expected a string");
        assertThat(ScalarUnionValues.unexpected(Thread.class, List.of(1), "a string"))
                .hasMessage("Cannot read a Thread from a JSON array: expected a string");
        assertThat(ScalarUnionValues.unexpected(Thread.class, "x".repeat(50), "an integer"))
                .hasMessage("Cannot read a Thread from a JSON string (\"" + "x".repeat(40) + "…\"): expected an integer");
        assertThat(ScalarUnionValues.unexpected(Thread.class, null, "an integer"))
                .hasMessage("Cannot read a Thread from null: expected an integer");
    }
}
