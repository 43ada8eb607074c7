package dev.specgen.runtime_compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specgen.runtime.time.LenientDate;
import dev.specgen.runtime.time.LenientDateTime;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime's JSON-bound types use only {@code com.fasterxml.jackson.annotation}, so they must
 * bind with Jackson 2 exactly as with Jackson 3 (tested in the runtime). Jackson 2 databind is on
 * this module's classpath through Swagger Parser.
 */
class Jackson2CompatibilityTest {

    record Task(String id, @Nullable LenientDateTime created, @Nullable LenientDate due) {}

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"2020-11-10T16:02:04+08:00", "2022-11-30T2:00:00.852Z", "2022-12-15 23:00:00",
            "1669706229286", "not a date", ""})
    void aStringRoundTripsByteForByte(String text) throws Exception {
        String json = "{\"id\":\"t-1\",\"created\":\"" + text + "\",\"due\":\"" + text + "\"}";

        Task task = mapper.readValue(json, Task.class);

        assertThat(task.created().raw()).isEqualTo(text);
        assertThat(task.due().raw()).isEqualTo(text);
        assertThat(mapper.writeValueAsString(task)).isEqualTo(json);
    }

    @Test
    void readsEpochNumbersAndWritesThemBackAsStrings() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t\",\"created\":1669706229286,\"due\":1671062400}", Task.class);

        assertThat(task.created().toInstant()).contains(Instant.parse("2022-11-29T07:17:09.286Z"));
        assertThat(task.due().toLocalDate()).contains(LocalDate.of(2022, 12, 15));
        assertThat(mapper.writeValueAsString(task))
                .isEqualTo("{\"id\":\"t\",\"created\":\"1669706229286\",\"due\":\"1671062400\"}");
    }

    @Test
    void readsFractionalEpochSeconds() throws Exception {
        Task task = mapper.readValue("{\"id\":\"t\",\"created\":1669706229.286}", Task.class);

        assertThat(task.created().raw()).isEqualTo("1669706229.286");
        assertThat(task.created().toInstant()).contains(Instant.parse("2022-11-29T07:17:09.286Z"));
    }

    @Test
    void nullStaysNull() throws Exception {
        assertThat(mapper.readValue("{\"id\":\"t\",\"created\":null}", Task.class)).isEqualTo(new Task("t", null, null));
        assertThat(mapper.readValue("null", LenientDateTime.class)).isNull();
    }

    @Test
    void anObjectIsNotADateAndSaysSo() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"t\",\"created\":{\"seconds\":1}}", Task.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("Cannot read a LenientDateTime from a JSON object");
    }
}
