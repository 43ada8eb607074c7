package dev.specgen.runtime.http;

/** How nested values of an {@code application/x-www-form-urlencoded} body are written. */
public enum FormStyle {
    /**
     * Alibaba Cloud's RPC flattening, as its SDKs do it: list elements as {@code Key.1}, {@code Key.2}, object
     * members as {@code Key.Member}, recursively ({@code Tag.1.Key}).
     */
    ALIBABA_FLAT,
    /**
     * OpenAPI's default for form bodies (style {@code form}, explode): a list as the same key repeated, a nested
     * object as its JSON text.
     */
    OPENAPI
}
