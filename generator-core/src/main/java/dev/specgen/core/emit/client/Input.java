package dev.specgen.core.emit.client;

import com.palantir.javapoet.TypeName;
import dev.specgen.core.model.Docs;
import dev.specgen.core.model.Operation;
import dev.specgen.core.model.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * One value a client method takes: a parameter, the body, or a field of a form body that the method takes
 * field by field.
 *
 * @param javaName the Java name of the argument or request component
 * @param type its Java type (not annotated)
 * @param wireName the parameter's name on the wire, the body's media type, or the form field's JSON name
 * @param parameter the spec's parameter (its style, explode, allowReserved), for path, query, header and cookie
 *     inputs; else {@code null}
 * @param location where the parameter or property is in the spec (its {@code example} is looked up there)
 */
record Input(String javaName, TypeName type, boolean required, Docs docs, Placement placement, String wireName,
        Operation.@Nullable Parameter parameter, @Nullable SourceLocation location) {

    /** Where the value goes. */
    enum Placement {
        PATH,
        QUERY,
        HEADER,
        COOKIE,
        /** The whole body, written as JSON. */
        JSON_BODY,
        /** The whole body, written as form fields. */
        FORM_BODY,
        /** One field of a form body that the method takes field by field. */
        FORM_FIELD,
        /** The whole body, {@code multipart/form-data} parts the caller lists ({@code Multipart}). */
        MULTIPART_BODY,
        /** One part of a {@code multipart/form-data} body that the method takes part by part. */
        MULTIPART_PART,
        /** The whole body, as bytes or text the caller already encoded. */
        RAW_BODY
    }

    /** Whether the value is one of the operation's parameters (path, query, header or cookie), not the body. */
    boolean isParameter() {
        return placement == Placement.PATH || placement == Placement.QUERY || placement == Placement.HEADER
                || placement == Placement.COOKIE;
    }

    /** Whether the value's text may be a secret (a header or a cookie), so that {@code toString} hides it. */
    boolean mayBeSecret() {
        return placement == Placement.HEADER || placement == Placement.COOKIE;
    }
}
