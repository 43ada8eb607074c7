package dev.specgen.runtime.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 mapper that clients use unless given their own. */
public final class JsonMappers {

    private static final JsonMapper STANDARD = JsonMapper.builder()
            // Services add fields before their documentation does; a new field must not break a client.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Generated models use wrapper types, but a hand-written type with a primitive must not fail on null.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private JsonMappers() {}

    /**
     * A shared, thread-safe mapper with unknown properties ignored. Generated models need nothing more: they
     * carry their own annotations for names, open enums and lenient dates.
     */
    public static JsonMapper standard() {
        return STANDARD;
    }
}
