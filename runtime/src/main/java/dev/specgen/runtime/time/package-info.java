/**
 * Date and time values that tolerate what services really send.
 *
 * <p>Generated models use {@link dev.specgen.runtime.time.LenientDateTime} for OpenAPI
 * {@code format: date-time} and {@link dev.specgen.runtime.time.LenientDate} for
 * {@code format: date}. Both keep the text they received verbatim, so a value in a loose or
 * unknown format never makes a response undeserializable and is sent back unchanged; the typed
 * interpretation is available on demand and is empty when the text cannot be understood.
 */
@NullMarked
package dev.specgen.runtime.time;

import org.jspecify.annotations.NullMarked;
