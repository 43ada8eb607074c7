package dev.specgen.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Binding through Jackson 3, as generated models do. */
class LenientJsonTest {

    record Task(String id, @Nullable LenientDateTime created, @Nullable LenientDate due) {}

    private final JsonMapper mapper = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"2020-11-10T16:02:04+08:00", "2022-11-30T02:20:14.852Z", "2022-11-30T2:00:00.852Z",
            "2022-12-15 23:00:00", "1669706229286", "not a date", "", " 2022-12-15 "})
    void aStringRoundTripsByteForByte(String text) {
        String json = "{\"id\":\"t-1\",\"created\":" + quoted(text) + ",\"due\":" + quoted(text) + "}";

        Task task = mapper.readValue(json, Task.class);

        assertThat(task.created()).isNotNull();
        assertThat(task.created().raw()).isEqualTo(text);
        assertThat(task.due().raw()).isEqualTo(text);
        assertThat(mapper.writeValueAsString(task)).isEqualTo(json);
    }

    @Test
    void readsEpochMillisAndSecondsFromJsonNumbersAndWritesThemBackAsStrings() {
        Task task = mapper.readValue("{\"id\":\"t\",\"created\":1669706229286,\"due\":1671062400}", Task.class);

        assertThat(task.created().toInstant()).contains(Instant.parse("2022-11-29T07:17:09.286Z"));
        assertThat(task.due().toLocalDate()).contains(LocalDate.of(2022, 12, 15));
        assertThat(mapper.writeValueAsString(task))
                .isEqualTo("{\"id\":\"t\",\"created\":\"1669706229286\",\"due\":\"1671062400\"}");
    }

    @Test
    void readsFractionalEpochSeconds() {
        Task task = mapper.readValue("{\"id\":\"t\",\"created\":1669706229.286}", Task.class);

        assertThat(task.created().raw()).isEqualTo("1669706229.286");
        assertThat(task.created().toInstant()).contains(Instant.parse("2022-11-29T07:17:09.286Z"));
    }

    @Test
    void nullAndMissingStayNull() {
        assertThat(mapper.readValue("{\"id\":\"t\",\"created\":null}", Task.class))
                .isEqualTo(new Task("t", null, null));
        assertThat(mapper.readValue("null", LenientDateTime.class)).isNull();
        assertThat(mapper.writeValueAsString(new Task("t", null, null)))
                .isEqualTo("{\"id\":\"t\",\"created\":null,\"due\":null}");
    }

    @Test
    void readsTopLevelValuesAndCollections() {
        List<LenientDateTime> values = mapper.readValue("[\"2022-11-30T02:20:14.852Z\", 1669706229, \"x\"]",
                mapper.getTypeFactory().constructCollectionType(List.class, LenientDateTime.class));

        assertThat(values).map(LenientDateTime::raw).containsExactly("2022-11-30T02:20:14.852Z", "1669706229", "x");
        assertThat(mapper.writeValueAsString(values)).isEqualTo("[\"2022-11-30T02:20:14.852Z\",\"1669706229\",\"x\"]");
    }

    @Test
    void aBooleanIsKeptAsTextRatherThanFailingTheResponse() {
        Task task = mapper.readValue("{\"id\":\"t\",\"created\":true}", Task.class);

        assertThat(task.created().raw()).isEqualTo("true");
        assertThat(task.created().toInstant()).isEmpty();
    }

    @Test
    void anObjectIsNotADateAndSaysSo() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"t\",\"created\":{\"seconds\":1}}", Task.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("Cannot read a LenientDateTime from a JSON object");
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
